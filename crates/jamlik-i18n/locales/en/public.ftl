# Public: the start page.

start-title = Home
start-heading = Equality and non-discrimination – planned, done and followed up
start-lead = Jämlik helps municipalities and other organisations in Finland and Sweden do their statutory equality work end to end: assess their services, plan measures, act, follow up and publish – and shows national bodies where the whole country stands.
start-go-home = Go to my organisations
start-who-heading = Who it is for
start-who-coordinator = Coordinators
start-who-coordinator-text = Run the planning cycle, invite colleagues and publish the plan.
start-who-contributor = Contributors
start-who-contributor-text = Assess their own services and units, own measures and report progress.
start-who-monitor = National monitors
start-who-monitor-text = See the status of every obliged organisation, review plans and give feedback.
start-who-public = Residents
start-who-public-text = Read published plans, follow-up reports and open data without an account.
start-register-heading = The register
start-register-fi = municipalities in Finland
start-register-se = municipalities in Sweden
start-register-source = Sources: Statistics Finland (CC BY 4.0), SCB (CC0).

start-published-heading = Published plans
