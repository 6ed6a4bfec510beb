//! National monitoring, part 2, through the web as people meet it: who sees
//! the national pages, the dashboard's numbers against the computed statuses,
//! the map against its list, a review sent and answered, deadline reminders
//! sent once by two instances, and unsubscribing by the mailed link.

use jamlik_domain::{Country, Framework, IsoDate, Language, PayFigures, PlanDraft};
use jamlik_store::{Actor, NewSelfReport, Organisation, OrganisationSettings, StatusFilter};
use reqwest::StatusCode;

use crate::on_both;
use crate::support::{link_after, TestApp, TestDbHandle};

/// Obliges both test municipalities by the Finnish non-discrimination plan.
async fn oblige(app: &TestApp) {
    for org in [&app.world.own, &app.world.foreign] {
        app.store
            .update_organisation_settings(
                &Actor::system("test"),
                &org.id,
                OrganisationSettings {
                    languages: vec![Language::Finnish, Language::Swedish],
                    frameworks: vec![framework()],
                    staff_size: Some(120),
                },
            )
            .await
            .unwrap();
    }
}

fn framework() -> Framework {
    Framework::parse("fi-non-discrimination").unwrap()
}

fn english(key: &str) -> String {
    jamlik_i18n::Translator::new(Language::English, jamlik_i18n::DisplayZone::Helsinki).t(key)
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// A plan of `org` approved on `approved_on`, as if made long before.
async fn approved_plan(app: &TestApp, org: &Organisation, approved_on: time::Date) -> String {
    let actor = Actor::system("test");
    let start = IsoDate::from_date(approved_on);
    let end = IsoDate::from_date(approved_on + time::Duration::days(4 * 365));
    let draft = PlanDraft::parse(
        "Likabehandlingsplan",
        &[framework().as_str().to_owned()],
        start.as_str(),
        end.as_str(),
        "",
    )
    .unwrap();
    let plan = app.store.create_plan(&actor, &org.id, draft).await.unwrap();
    app.store
        .approve_plan(&actor, &org.id, &plan.id, "Council", &start, "§ 1")
        .await
        .unwrap();
    // The plan existed before it was approved.
    let made = approved_on
        .with_hms(8, 0, 0)
        .unwrap()
        .assume_utc()
        .unix_timestamp()
        - 86_400;
    sqlx::query("UPDATE plans SET created_at = $1 WHERE id = $2")
        .bind(made)
        .bind(plan.id.clone())
        .execute(app.store.pool_for_tests())
        .await
        .unwrap();
    plan.id
}

on_both!(
    monitors_see_all_instructors_their_own_and_others_nothing,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        oblige(&app).await;
        let monitor = app.signed_in("monitor").await.with_language("en");
        let instructor = app.signed_in("instructor").await.with_language("en");
        let listed = |body: &str, name: &str| body.contains(&format!(">{name}</a>"));
        let all = monitor.get("/national?status=no_plan").await;
        assert_eq!(all.status, StatusCode::OK, "{}", all.body);
        assert!(listed(&all.body, "Turku") && listed(&all.body, "Porvoo"));
        let own = instructor.get("/national?status=no_plan").await;
        assert_eq!(own.status, StatusCode::OK);
        assert!(listed(&own.body, "Turku"), "the instructor sees Turku");
        assert!(!listed(&own.body, "Porvoo"), "but not Porvoo, not assigned");
        // The instructor reads the assigned organisation, not the other.
        let turku = format!("/orgs/{}", app.world.own.id);
        let porvoo = format!("/orgs/{}", app.world.foreign.id);
        assert_eq!(instructor.get(&turku).await.status, StatusCode::OK);
        assert_eq!(
            instructor.get(&format!("{turku}/reviews")).await.status,
            StatusCode::OK
        );
        assert_eq!(instructor.get(&porvoo).await.status, StatusCode::FORBIDDEN);
        assert_eq!(
            instructor.get(&format!("{porvoo}/reviews")).await.status,
            StatusCode::FORBIDDEN
        );
        // …and changes nothing.
        let refused = instructor
            .post_form(&format!("{turku}/plans"), &[("title", "Mine")])
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        // Members and the public see no national pages.
        let coordinator = app.signed_in("coordinator").await;
        assert_eq!(
            coordinator.get("/national").await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            coordinator.get("/national/map").await.status,
            StatusCode::FORBIDDEN
        );
        let anonymous = app.client().get("/national").await;
        assert!(anonymous.location().starts_with("/sign-in"));

        // An admin assigns Porvoo too; now the instructor sees it.
        let admin = app.signed_in("admin").await.with_language("en");
        let instructor_id = app
            .store
            .user_by_email(&jamlik_domain::Email::parse("instructor@jamlik.example").unwrap())
            .await
            .unwrap()
            .unwrap()
            .id;
        let assigned = admin
            .post_form(
                "/admin/instructors",
                &[
                    ("instructor", instructor_id.as_str()),
                    ("country", "FI"),
                    ("code", "638"),
                ],
            )
            .await;
        assert_eq!(assigned.status, StatusCode::SEE_OTHER, "{}", assigned.body);
        assert!(listed(
            &instructor.get("/national?status=no_plan").await.body,
            "Porvoo"
        ));
        // Assigning twice, or to someone not an instructor, is refused by name.
        let twice = admin
            .post_form(
                "/admin/instructors",
                &[
                    ("instructor", instructor_id.as_str()),
                    ("country", "FI"),
                    ("code", "638"),
                ],
            )
            .await;
        assert_eq!(twice.status, StatusCode::CONFLICT);
        assert!(twice.body.contains("already assigned"));
        let monitor_id = app
            .store
            .user_by_email(&jamlik_domain::Email::parse("monitor@jamlik.example").unwrap())
            .await
            .unwrap()
            .unwrap()
            .id;
        let not_instructor = admin
            .post_form(
                "/admin/instructors",
                &[
                    ("instructor", monitor_id.as_str()),
                    ("country", "FI"),
                    ("code", "638"),
                ],
            )
            .await;
        assert_eq!(not_instructor.status, StatusCode::UNPROCESSABLE_ENTITY);
        // The assignments and their removal are audited.
        let removed = admin
            .post_form(
                &format!(
                    "/admin/instructors/{}/{}/remove",
                    instructor_id, app.world.foreign.id
                ),
                &[],
            )
            .await;
        assert_eq!(removed.status, StatusCode::SEE_OTHER);
        assert!(!listed(
            &instructor.get("/national?status=no_plan").await.body,
            "Porvoo"
        ));
        let trail = app
            .store
            .audit_trail(
                Some(&app.world.foreign.id),
                jamlik_store::PageRequest::new(1, 50).unwrap(),
            )
            .await
            .unwrap();
        let actions: Vec<_> = trail
            .items
            .iter()
            .filter(|e| e.entity_type == "instructor_assignment")
            .map(|e| e.action.clone())
            .collect();
        assert_eq!(actions, ["delete", "create"]);
    }
);

on_both!(
    the_dashboard_counts_match_the_statuses,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        oblige(&app).await;
        // Turku has a current plan, Porvoo none.
        approved_plan(&app, &app.world.own, today() - time::Duration::days(30)).await;
        let statuses = app
            .store
            .organisation_statuses(&StatusFilter::default(), today(), None)
            .await
            .unwrap()
            .items;
        assert!(statuses.len() >= 2, "both municipalities have statuses");
        let monitor = app.signed_in("monitor").await.with_language("en");
        let page = monitor.get("/national").await;
        assert_eq!(page.status, StatusCode::OK);
        for status in jamlik_domain::PlanStatus::ALL {
            let expected = statuses.iter().filter(|r| r.status == status).count();
            let label = english(&status.message_key());
            let row = format!("{label}</th><td class=\"num\">{expected}</td>");
            assert!(
                page.body.contains(&row),
                "the headline table says {expected} for {label}"
            );
        }
        assert!(
            page.body
                .contains(&format!("{} obligations", statuses.len())),
            "the summary counts both"
        );
        // Filtering by a region or status narrows the numbers; a bad filter is named.
        let none = monitor.get("/national?region=FI-XX").await;
        assert!(none.body.contains("0 obligations"));
        let bad = monitor.get("/national?size=huge").await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad
            .body
            .contains("A filter has a value that does not exist"));
        // The charts each come with a table: one per breakdown and over time.
        assert_eq!(page.body.matches("<figure class=\"chart card\"").count(), 6);
        assert_eq!(
            page.body.matches("role=\"img\"").count(),
            page.body.matches("<table class=\"chart-table\">").count()
        );
    }
);

on_both!(
    the_map_has_every_municipality_and_its_list_the_same,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        jamlik::demo::import_registers(&app.store).await.unwrap();
        oblige(&app).await;
        let monitor = app.signed_in("monitor").await.with_language("en");
        let page = monitor.get("/national/map").await;
        assert_eq!(page.status, StatusCode::OK);
        let (map, list) = page.body.split_once("map-list").unwrap();
        // Every municipality of the register is a link on the map, named with its status.
        let linked: Vec<(String, String)> = map
            .split("<a href=\"/orgs/")
            .skip(1)
            .map(|part| {
                let label = part
                    .split("aria-label=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap();
                let code = part
                    .split("data-code=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap();
                (code.to_owned(), label.to_owned())
            })
            .collect();
        let statuses = app
            .store
            .organisation_statuses(
                &StatusFilter {
                    framework: Some(framework().as_str().to_owned()),
                    country: Some(Country::Finland),
                    ..StatusFilter::default()
                },
                today(),
                None,
            )
            .await
            .unwrap()
            .items;
        let finnish = app
            .store
            .count_organisations(Country::Finland)
            .await
            .unwrap();
        assert_eq!(finnish, 309);
        assert_eq!(
            statuses.len() as i64,
            finnish,
            "every municipality has a status"
        );
        assert_eq!(
            linked.len() as i64,
            finnish,
            "every Finnish municipality is on the map"
        );
        for row in &statuses {
            let label = linked
                .iter()
                .find(|(code, _)| Some(code) == row.code.as_ref())
                .map(|(_, label)| label.clone())
                .unwrap_or_default();
            assert!(
                label.ends_with(&format!(": {}", english(&row.status.message_key()))),
                "{label}"
            );
        }
        assert!(linked
            .iter()
            .any(|(code, label)| code == "091" && label == "Helsinki: No plan"));
        // The list holds the same municipalities with the same statuses.
        let rows: Vec<String> = list
            .split("<tr data-code=\"")
            .skip(1)
            .map(|r| r.split('"').next().unwrap().to_owned())
            .collect();
        let mut map_codes: Vec<String> = linked.iter().map(|(c, _)| c.clone()).collect();
        let mut list_codes = rows.clone();
        map_codes.sort();
        list_codes.sort();
        assert_eq!(map_codes, list_codes);
        // The shape outside the register (Honkajoki, merged in 2021) is drawn, not linked.
        assert!(!linked.iter().any(|(code, _)| code == "099"));
        // An instructor's map links only their municipality.
        let instructor = app.signed_in("instructor").await.with_language("en");
        let theirs = instructor.get("/national/map").await;
        let (their_map, _) = theirs.body.split_once("map-list").unwrap();
        assert_eq!(their_map.matches("<a href=\"/orgs/").count(), 1);
    }
);

on_both!(
    a_review_is_sent_answered_and_kept,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        oblige(&app).await;
        let plan = approved_plan(&app, &app.world.own, today() - time::Duration::days(30)).await;
        let turku = format!("/orgs/{}", app.world.own.id);
        let monitor = app.signed_in("monitor").await.with_language("en");
        let form = monitor
            .get(&format!("{turku}/reviews/new/fi-non-discrimination"))
            .await;
        assert_eq!(form.status, StatusCode::OK);
        // The checklist is the framework's required elements.
        let pack = jamlik_packs::shipped()
            .unwrap()
            .get("fi-non-discrimination")
            .unwrap();
        let required: Vec<_> = pack.elements.iter().filter(|e| e.required).collect();
        assert_eq!(form.body.matches("name=\"verdict:").count(), required.len());
        // Empty feedback: refused by name, nothing written.
        let first = format!("verdict:{}", required[0].id);
        let refused = monitor
            .post_form(
                &format!("{turku}/reviews"),
                &[
                    ("framework", "fi-non-discrimination"),
                    ("subject", plan.as_str()),
                    (first.as_str(), "partly"),
                    ("recommendation", "revise"),
                    ("feedback", " "),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused
            .body
            .contains("Write the feedback to the organisation."));
        assert!(app
            .store
            .reviews(&app.world.own.id)
            .await
            .unwrap()
            .is_empty());
        let bad = monitor
            .post_form(
                &format!("{turku}/reviews"),
                &[
                    ("framework", "fi-non-discrimination"),
                    (first.as_str(), "splendid"),
                    ("recommendation", "revise"),
                    ("feedback", "x"),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        // A plan of another organisation is not this one's.
        let foreign_plan = approved_plan(&app, &app.world.foreign, today()).await;
        let wrong = monitor
            .post_form(
                &format!("{turku}/reviews"),
                &[
                    ("framework", "fi-non-discrimination"),
                    ("subject", foreign_plan.as_str()),
                    ("recommendation", "revise"),
                    ("feedback", "x"),
                ],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::NOT_FOUND);
        assert!(app
            .store
            .reviews(&app.world.own.id)
            .await
            .unwrap()
            .is_empty());

        let sent = monitor
            .post_form(
                &format!("{turku}/reviews"),
                &[
                    ("framework", "fi-non-discrimination"),
                    ("subject", plan.as_str()),
                    (first.as_str(), "partly"),
                    (
                        format!("note:{}", required[0].id).as_str(),
                        "Thin on staff data",
                    ),
                    ("findings", "The measures lack budgets."),
                    ("recommendation", "revise"),
                    ("feedback", "Please add budgets to the measures."),
                ],
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
        // The coordinator is mailed the feedback, in the same transaction as the review.
        let mail = app
            .mail_with(&[
                "coordinator@turku.example",
                "Please add budgets to the measures.",
            ])
            .await
            .expect("the feedback is mailed to the coordinator");
        let link = link_after(&mail, &format!("{}/orgs/", app.config.public_url)).unwrap();
        assert!(link.contains("/reviews#review-"));

        // The coordinator reads it and answers; the viewer may not.
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let page = coordinator.get(&format!("{turku}/reviews")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Please add budgets to the measures."));
        assert!(page.body.contains("Thin on staff data"));
        assert!(page.body.contains("Complete the plan"));
        assert_eq!(
            app.signed_in("viewer")
                .await
                .get(&format!("{turku}/reviews"))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let review = app.store.reviews(&app.world.own.id).await.unwrap()[0]
            .id
            .clone();
        let empty = coordinator
            .post_form(
                &format!("{turku}/reviews/{review}/answers"),
                &[("body", "")],
            )
            .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(empty.body.contains("Write your answer."));
        let answered = coordinator
            .post_form(
                &format!("{turku}/reviews/{review}/answers"),
                &[("body", "Budgets come with the 2027 budget.")],
            )
            .await;
        assert_eq!(answered.status, StatusCode::SEE_OTHER);
        assert!(app
            .mail_with(&[
                "monitor@jamlik.example",
                "Budgets come with the 2027 budget."
            ])
            .await
            .is_some());
        // The monitor sees the answer; the history keeps both.
        let history = monitor.get(&format!("{turku}/reviews")).await;
        assert!(history.body.contains("Budgets come with the 2027 budget."));
        // Every step is audited.
        let trail = app
            .store
            .audit_trail(
                Some(&app.world.own.id),
                jamlik_store::PageRequest::new(1, 50).unwrap(),
            )
            .await
            .unwrap();
        let kinds: Vec<_> = trail
            .items
            .iter()
            .map(|e| (e.entity_type.as_str(), e.action.as_str()))
            .collect();
        assert!(kinds.contains(&("review", "send")));
        assert!(kinds.contains(&("review_answer", "create")));
    }
);

/// A self-report of `org` for the framework, approved on `approved_on`,
/// without the required elements `without`.
async fn self_report(
    app: &TestApp,
    org: &Organisation,
    approved_on: &str,
    without: &[&str],
) -> String {
    let pack = jamlik_packs::shipped()
        .unwrap()
        .get(framework().as_str())
        .unwrap();
    app.store
        .submit_self_report(
            &Actor::system("test"),
            &org.id,
            NewSelfReport {
                framework: framework().as_str().into(),
                approved_on: IsoDate::parse(approved_on).unwrap(),
                approved_body: "Kaupunginvaltuusto".into(),
                link: Some("https://example.org/yhdenvertaisuussuunnitelma".into()),
                file: None,
                elements: pack
                    .required_element_ids()
                    .filter(|e| !without.contains(e))
                    .map(str::to_owned)
                    .collect(),
                pay_survey_on: None,
                followed_up_on: None,
                figures: PayFigures {
                    women_pay_percent: Some(93.5),
                    ..PayFigures::default()
                },
                jump_confirmed: false,
            },
        )
        .await
        .unwrap()
        .id
}

on_both!(
    a_monitor_reviews_a_self_report,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        oblige(&app).await;
        let pack = jamlik_packs::shipped()
            .unwrap()
            .get(framework().as_str())
            .unwrap();
        let required: Vec<_> = pack.elements.iter().filter(|e| e.required).collect();
        let left_out = required[0];
        // Turku plans outside Jämlik: an older plan in Jämlik, a newer self-report.
        let plan = approved_plan(&app, &app.world.own, today() - time::Duration::days(900)).await;
        let report = self_report(&app, &app.world.own, "2026-01-15", &[left_out.id.as_str()]).await;
        let turku = format!("/orgs/{}", app.world.own.id);
        let monitor = app.signed_in("monitor").await.with_language("en");

        // The form opens on the newest: the self-report, its facts shown and
        // the element it does not tick marked.
        let form = monitor
            .get(&format!("{turku}/reviews/new/fi-non-discrimination"))
            .await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(
            form.body.contains("id=\"review-self-report\""),
            "{}",
            form.body
        );
        assert!(form.body.contains("Kaupunginvaltuusto"));
        assert!(form
            .body
            .contains("https://example.org/yhdenvertaisuussuunnitelma"));
        assert!(form.body.contains("93.5 %"));
        let value = format!("self-report:{report}");
        assert!(form
            .body
            .contains(&format!("<option value=\"{value}\" selected>")));
        assert_eq!(
            form.body
                .matches(&english("review-missing-in-self-report"))
                .count(),
            1
        );
        // The plan can be opened instead, by its link.
        let as_plan = monitor
            .get(&format!(
                "{turku}/reviews/new/fi-non-discrimination?subject={plan}"
            ))
            .await;
        assert!(as_plan
            .body
            .contains(&format!("<option value=\"{plan}\" selected>")));
        assert!(!as_plan.body.contains("id=\"review-self-report\""));

        // Another organisation's self-report is not this one's: refused, nothing stored.
        let foreign = self_report(&app, &app.world.foreign, "2026-02-01", &[]).await;
        let foreign_value = format!("self-report:{foreign}");
        let wrong = monitor
            .post_form(
                &format!("{turku}/reviews"),
                &[
                    ("framework", "fi-non-discrimination"),
                    ("subject", foreign_value.as_str()),
                    ("recommendation", "revise"),
                    ("feedback", "x"),
                ],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::NOT_FOUND);
        assert!(wrong.body.contains(&english("error-self-report-not-found")));
        assert!(app
            .store
            .reviews(&app.world.own.id)
            .await
            .unwrap()
            .is_empty());

        let verdict = format!("verdict:{}", left_out.id);
        let sent = monitor
            .post_form(
                &format!("{turku}/reviews"),
                &[
                    ("framework", "fi-non-discrimination"),
                    ("subject", value.as_str()),
                    (verdict.as_str(), "missing"),
                    ("recommendation", "revise"),
                    ("feedback", "The self-reported plan lacks an element."),
                ],
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
        let reviews = app.store.reviews(&app.world.own.id).await.unwrap();
        assert_eq!(reviews.len(), 1);
        assert_eq!(reviews[0].subject.kind, "self_report");
        assert_eq!(reviews[0].subject.id.as_deref(), Some(report.as_str()));
        // The coordinator sees which self-report was reviewed, and the verdict.
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let page = coordinator.get(&format!("{turku}/reviews")).await;
        assert!(page
            .body
            .contains("Self-report: 2026-01-15 · Kaupunginvaltuusto"));
        assert!(page
            .body
            .contains("The self-reported plan lacks an element."));
    }
);

on_both!(
    deadline_reminders_go_once_from_two_instances_and_advice_can_be_unsubscribed,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        oblige(&app).await;
        // Turku's plan's council-term cycle (48 months) ends in 20 days.
        let deadline = today() + time::Duration::days(20);
        let approved = deadline.replace_year(deadline.year() - 4).unwrap();
        approved_plan(&app, &app.world.own, approved).await;
        let first = app
            .store
            .organisation_statuses(
                &StatusFilter {
                    org: Some(app.world.own.id.clone()),
                    framework: Some(framework().as_str().to_owned()),
                    ..StatusFilter::default()
                },
                today(),
                None,
            )
            .await
            .unwrap()
            .items;
        assert_eq!(first[0].next_change, Some(IsoDate::from_date(deadline)));

        // Two instances run the job at once: one mail, one run that queued it.
        let one = jamlik_web::AppState::new(app.store.clone(), app.config.clone());
        let two = jamlik_web::AppState::new(db.store().await, app.config.clone());
        let (a, b) = tokio::join!(
            jamlik_web::send_deadline_reminders_on(&one, today()),
            jamlik_web::send_deadline_reminders_on(&two, today())
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        let queued: i64 = [a, b].iter().flatten().map(|c| c.queued).sum();
        // (The test server's own reminder job may have sent it already: a
        // third instance.)
        assert!(queued <= 1, "{a:?} {b:?}");
        let pool = app.store.pool_for_tests().clone();
        let count = |sql: &'static str| {
            let pool = pool.clone();
            async move {
                use sqlx::Row;
                sqlx::query(sql)
                    .fetch_one(&pool)
                    .await
                    .unwrap()
                    .try_get::<i64, _>(0)
                    .unwrap()
            }
        };
        // Wait until no run holds the lease (the server's may still be going).
        let mut settled = None;
        for _ in 0..200 {
            settled = jamlik_web::send_deadline_reminders_on(&one, today())
                .await
                .unwrap();
            if settled.is_some() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert!(settled.is_some(), "the lease is given back after a run");
        assert_eq!(count("SELECT COUNT(*) FROM deadline_reminders").await, 1);
        let reminders = "SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'coordinator@turku.example' AND body LIKE '%/unsubscribe/%'";
        assert_eq!(
            count(reminders).await,
            1,
            "the coordinator is reminded once"
        );
        let again = jamlik_web::send_deadline_reminders_on(&one, today())
            .await
            .unwrap();
        assert_eq!(
            again.map_or(0, |c| c.queued),
            0,
            "and not again for the same step"
        );
        assert_eq!(count(reminders).await, 1);
        let mail = app
            .mail_with(&["coordinator@turku.example", "/unsubscribe/"])
            .await
            .expect("the advance reminder carries an unsubscribe link");
        let unsubscribe =
            link_after(&mail, &format!("{}/unsubscribe/", app.config.public_url)).unwrap();
        let path = unsubscribe
            .trim_start_matches(&app.config.public_url)
            .to_owned();

        // The run log shows the runs to monitors.
        let monitor = app.signed_in("monitor").await.with_language("en");
        let log = monitor.get("/national/reminders").await;
        assert_eq!(log.status, StatusCode::OK);
        assert!(log.body.contains("Done"));

        // Unsubscribing works without signing in; the page asks first.
        let visitor = app.client().with_language("en");
        let ask = visitor.get(&path).await;
        assert_eq!(ask.status, StatusCode::OK);
        assert!(ask.body.contains("coordinator@turku.example"));
        let done = visitor.post_form(&path, &[]).await;
        assert_eq!(done.status, StatusCode::OK);
        assert!(done
            .body
            .contains("You have unsubscribed from reminders before deadlines."));
        assert_eq!(
            visitor.get("/unsubscribe/not-a-link").await.status,
            StatusCode::NOT_FOUND
        );

        // The next advance step is not sent to them…
        let later =
            jamlik_web::send_deadline_reminders_on(&one, today() + time::Duration::days(10))
                .await
                .unwrap()
                .unwrap();
        assert_eq!((later.queued, later.skipped), (0, 1));
        // …but the reminder after the deadline has passed unmet is mandatory.
        let lapsed =
            jamlik_web::send_deadline_reminders_on(&one, deadline + time::Duration::days(1))
                .await
                .unwrap()
                .unwrap();
        assert_eq!(lapsed.queued, 1, "{lapsed:?}");
        // (The coordinator has chosen no language: the mail is in Swedish.)
        assert!(app
            .mail_with(&["coordinator@turku.example", "har passerat"])
            .await
            .is_some());
    }
);
