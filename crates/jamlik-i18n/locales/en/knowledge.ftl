# Knowledge and learning: the public guide, the measure catalogue and the search.
guide-title = Guide to equality planning
guide-intro = What the law asks of an organisation and how to do it, step by step, for each obligation. Everyone can read it; in Jämlik, each step is also done in the plan.
guide-steps = { $count ->
    [one] One step
   *[other] { $formatted } steps
}
guide-country-FI = Finland
guide-country-SE = Sweden
guide-country-EU = European Union
guide-law = The law
guide-law-link = Read the law
guide-obligations = Who it obliges
guide-steps-heading = The steps
guide-step-of = Step { $number } of { $count }
guide-what-to-do = What to do and why
guide-produces = What the step produces
guide-produces-none = This step prepares the work; it writes no part of the plan of its own.
guide-required = required
guide-optional = optional
guide-checklists = Questions to go through
guide-previous = Previous step
guide-next = Next step
guide-do-it = Do this step in your plan: open your organisation, then the plan.
guide-do-it-link = Your organisations
guide-sign-in = Sign in to do this step in your organisation's plan.
guide-catalogue-link = Measures for this work in the catalogue
search-title = Search the guide and the catalogue
search-label = Search
search-hint = Words are found in any of their forms, also inside compound words.
search-button = Search
search-none = Nothing found for “{ $query }”. Try another word or a shorter one.
search-count = { $count ->
    [one] One result
   *[other] { $formatted } results
}
search-kind-framework = Obligation
search-kind-step = Step
search-kind-measure = Measure
catalogue-title = Catalogue of measures
catalogue-intro = Common measures with guidance on how to carry them out and follow them up. A measure chosen from the catalogue in a plan is counted here, once at least five organisations have used it.
catalogue-framework = Obligation
catalogue-category = Category
catalogue-all-frameworks = All obligations
catalogue-all-categories = All categories
catalogue-all = Show all measures
catalogue-filter = Show
catalogue-none = No measure matches the choice.
catalogue-serves = Serves
catalogue-used-by = In the plans of { $count } organisations; done by { $done }.
catalogue-used-by-few = Used by fewer than { $min } organisations so far.
catalogue-count = { $count ->
    [one] One measure
   *[other] { $formatted } measures
}
handbook-contents = Contents
handbook-actions = What each service can do
handbook-examples = Examples
guide-handbooks = Handbooks
search-kind-chapter = Handbook
