//! Knowledge and learning in public: the guide's pages read from the packs,
//! the search that finds a word in its other forms, and the measure
//! catalogue with its usage counted from plans, shown only from five
//! organisations on.

use jamlik_domain::{
    Country, Framework, IsoDate, Language, MeasureStatus, OrgKind, OrganisationDraft, PlanDraft,
};
use jamlik_store::{Actor, MeasureInput};
use reqwest::StatusCode;

use crate::on_both;
use crate::planning::id_after;
use crate::support::TestDbHandle;

fn pack(id: &str) -> &'static jamlik_packs::Pack {
    jamlik_packs::shipped()
        .ok()
        .and_then(|r| r.get(id))
        .unwrap_or_else(|| panic!("no pack {id}"))
}

on_both!(
    the_guide_shows_each_step_with_what_it_produces_in_the_readers_language,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let pack = pack("fi-gender-equality");
        let step = pack
            .steps
            .iter()
            .find(|s| s.id == "pay-survey")
            .unwrap_or_else(|| panic!("no pay survey step"));
        for (tag, language) in [
            ("sv", Language::Swedish),
            ("fi", Language::Finnish),
            ("en", Language::English),
        ] {
            let reader = app.client().with_language(tag);
            let index = reader.get("/guide").await;
            assert_eq!(index.status, StatusCode::OK);
            assert!(index.body.contains(pack.title.get(language)), "{tag}");
            let overview = reader.get("/guide/fi-gender-equality").await;
            assert_eq!(overview.status, StatusCode::OK);
            assert!(overview
                .body
                .contains("href=\"/guide/fi-gender-equality/pay-survey\""));
            let page = reader.get("/guide/fi-gender-equality/pay-survey").await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.body);
            assert!(page.body.contains(step.name.get(language)), "{tag}");
            let guidance = step.guidance.get(language);
            assert!(page.body.contains(&guidance[..40]), "{tag}");
            // What the step produces: the elements written in it.
            for element in pack
                .elements
                .iter()
                .filter(|e| e.step.as_deref() == Some("pay-survey"))
            {
                assert!(page.body.contains(element.name.get(language)), "{tag}");
            }
            assert!(page.body.contains("rel=\"prev\"") && page.body.contains("rel=\"next\""));
        }
        let missing = app
            .client()
            .with_language("en")
            .get("/guide/fi-gender-equality/no-such-step")
            .await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert!(missing
            .body
            .contains("The guide has no such obligation or step."));
        assert_eq!(
            app.client().get("/guide/measure-catalogue").await.status,
            StatusCode::NOT_FOUND,
            "the catalogue is no framework with steps"
        );

        // The workspace's step page links to the step in the guide.
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await;
        let started = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Plan"),
                    ("frameworks", "fi-gender-equality"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2029-12-31"),
                ],
            )
            .await;
        let plan = id_after(&started.location(), "/plans/");
        let working = coordinator
            .get(&format!(
                "/orgs/{org}/plans/{plan}/steps/fi-gender-equality/pay-survey"
            ))
            .await;
        assert!(working
            .body
            .contains("href=\"/guide/fi-gender-equality/pay-survey\""));
    }
);

on_both!(
    the_search_finds_words_in_their_other_forms_and_refuses_nonsense,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let finnish = app.client().with_language("fi");
        // "palkkakartoitukseen" is no form written in the guide's step
        // title, but it shares the stem of "Palkkakartoituksen tekeminen".
        let found = finnish.get("/guide/search?q=palkkakartoitukseen").await;
        assert_eq!(found.status, StatusCode::OK);
        assert!(
            found.body.contains("Palkkakartoituksen tekeminen"),
            "{}",
            found.body
        );
        assert!(found
            .body
            .contains("href=\"/guide/fi-gender-equality/pay-survey\""));
        let swedish = app.client().with_language("sv");
        let found = swedish
            .get("/guide/search?q=l%C3%B6nekartl%C3%A4ggningar")
            .await;
        assert!(
            found.body.contains("Gör lönekartläggningen"),
            "{}",
            found.body
        );
        // Catalogue measures are found too, and link to their entry.
        let english = app.client().with_language("en");
        let found = english.get("/guide/search?q=digital%20support").await;
        assert!(
            found.body.contains("#measure-digital-support"),
            "{}",
            found.body
        );

        let nothing = english.get("/guide/search?q=zzyzzq").await;
        assert_eq!(nothing.status, StatusCode::OK);
        assert!(nothing.body.contains("Nothing found for “zzyzzq”"));
        let punctuation = english.get("/guide/search?q=%25%25").await;
        assert_eq!(punctuation.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(punctuation.body.contains("at least one letter or digit"));
        let long = english
            .get(&format!("/guide/search?q={}", "a".repeat(101)))
            .await;
        assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(long.body.contains("at most 100 characters"));
    }
);

on_both!(
    the_catalogue_counts_its_use_from_five_organisations_on,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let store = &app.store;
        let actor = Actor::system("test");
        let english = app.client().with_language("en");
        let filtered = english
            .get("/catalogue?framework=fi-non-discrimination&category=services")
            .await;
        assert_eq!(filtered.status, StatusCode::OK);
        assert!(filtered.body.contains("id=\"measure-digital-support\""));
        assert!(
            !filtered.body.contains("id=\"measure-pay-survey"),
            "another category is not listed"
        );
        let unknown = english.get("/catalogue?category=nonsense").await;
        assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(unknown
            .body
            .contains("The catalogue has no obligation or category “nonsense”"));

        // A coordinator who takes the measure from the catalogue: it
        // remembers where it came from.
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await;
        let started = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Plan"),
                    ("frameworks", "fi-non-discrimination"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2029-12-31"),
                ],
            )
            .await;
        let plan = id_after(&started.location(), "/plans/");
        let added = coordinator
            .post_form(
                &format!("/orgs/{org}/plans/{plan}/measures"),
                &[("catalogue", "digital-support"), ("owner_unit", "Library")],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        let measures = store
            .measures(&app.world.own.id, &plan)
            .await
            .unwrap_or_default();
        assert_eq!(measures[0].catalogue_id.as_deref(), Some("digital-support"));

        // Three more organisations, then a fourth: five in all.
        let mut others = Vec::new();
        for n in 0..4 {
            let created = store
                .create_organisation(
                    &actor,
                    OrganisationDraft {
                        code: Some(format!("90{n}")),
                        country: Country::Finland,
                        kind: OrgKind::Municipality,
                        name_fi: Some(format!("Kunta {n}")),
                        name_sv: None,
                        name_en: None,
                        region: None,
                        population: None,
                        staff_size: None,
                        languages: vec![Language::Finnish],
                        frameworks: vec![],
                    },
                    false,
                )
                .await
                .unwrap_or_else(|e| panic!("{e:?}"));
            others.push(created.id);
        }
        let use_in = |org: jamlik_domain::OrgId, done: bool| {
            let store = store.clone();
            let actor = actor.clone();
            async move {
                let plan = store
                    .create_plan(
                        &actor,
                        &org,
                        PlanDraft {
                            title: "Suunnitelma".into(),
                            frameworks: vec![Framework::parse("fi-non-discrimination")
                                .unwrap_or_else(|e| panic!("{e:?}"))],
                            period_start: IsoDate::parse("2026-01-01")
                                .unwrap_or_else(|e| panic!("{e:?}")),
                            period_end: IsoDate::parse("2029-12-31")
                                .unwrap_or_else(|e| panic!("{e:?}")),
                            working_group: String::new(),
                        },
                    )
                    .await
                    .unwrap_or_else(|e| panic!("{e:?}"));
                let measure = store
                    .create_measure(
                        &actor,
                        &org,
                        &plan.id,
                        MeasureInput {
                            finding_id: None,
                            title: "Digituki".into(),
                            goal: String::new(),
                            owner_user_id: None,
                            owner_unit: "Kirjasto".into(),
                            budget_cents: None,
                            start_date: None,
                            due_date: None,
                            catalogue_id: Some("digital-support".into()),
                        },
                    )
                    .await
                    .unwrap_or_else(|e| panic!("{e:?}"));
                if done {
                    store
                        .update_measure_status(&actor, &org, &measure.id, MeasureStatus::Done, "")
                        .await
                        .unwrap_or_else(|e| panic!("{e:?}"));
                }
            }
        };
        for (n, org) in others.iter().take(3).enumerate() {
            use_in(org.clone(), n == 0).await;
        }
        let entry = |body: &str| {
            body.split("id=\"measure-digital-support\"")
                .nth(1)
                .and_then(|rest| rest.split("</li>").next())
                .unwrap_or_default()
                .to_owned()
        };
        let four = english.get("/catalogue").await;
        assert!(
            entry(&four.body).contains("Used by fewer than 5 organisations so far."),
            "{}",
            entry(&four.body)
        );
        use_in(others[3].clone(), true).await;
        let five = english.get("/catalogue").await;
        assert!(
            entry(&five.body).contains("In the plans of 5 organisations; done by 2."),
            "{}",
            entry(&five.body)
        );
    }
);

on_both!(
    every_handbook_chapter_reads_in_each_language_and_is_found,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let registry = jamlik_packs::shipped().unwrap_or_else(|e| panic!("{e}"));
        assert!(registry.handbooks().len() >= 2);
        for (tag, language) in [
            ("sv", Language::Swedish),
            ("fi", Language::Finnish),
            ("en", Language::English),
        ] {
            let reader = app.client().with_language(tag);
            let guide = reader.get("/guide").await;
            for handbook in registry.handbooks() {
                assert!(guide
                    .body
                    .contains(&format!("href=\"/handbooks/{}\"", handbook.id)));
                let contents = reader.get(&format!("/handbooks/{}", handbook.id)).await;
                assert_eq!(contents.status, StatusCode::OK);
                for chapter in &handbook.chapters {
                    let path = format!("/handbooks/{}/{}", handbook.id, chapter.id);
                    assert!(
                        contents.body.contains(&format!("href=\"{path}\"")),
                        "{path}"
                    );
                    let page = reader.get(&path).await;
                    assert_eq!(page.status, StatusCode::OK, "{path}");
                    assert!(
                        page.body.contains(chapter.title.get(language)),
                        "{path} {tag}"
                    );
                    let first = chapter
                        .body
                        .get(language)
                        .split_whitespace()
                        .take(6)
                        .collect::<Vec<_>>()
                        .join(" ");
                    assert!(page.body.contains(&first), "{path} {tag}: {first}");
                    for action in &chapter.actions {
                        assert!(page.body.contains(action.service.get(language)), "{path}");
                    }
                }
            }
        }
        // A chapter is found by the words of its title, in their forms.
        let chapter = &registry.handbooks()[0].chapters[1];
        let title = chapter.title.get(Language::Finnish);
        let found = app
            .client()
            .with_language("fi")
            .get(&format!("/guide/search?q={}", title.replace(' ', "%20")))
            .await;
        assert!(
            found.body.contains(&format!(
                "href=\"/handbooks/{}/{}\"",
                registry.handbooks()[0].id,
                chapter.id
            )),
            "{}",
            found.body
        );
        let missing = app.client().get("/handbooks/good-relations/no-such").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert_eq!(
            app.client().get("/handbooks/no-such").await.status,
            StatusCode::NOT_FOUND
        );
    }
);
