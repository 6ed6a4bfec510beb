//! The public face without signing in: the register and its search, each
//! organisation's page at its code's address, and the national overview and
//! maps, with clear answers to bad input.

use jamlik_domain::{IsoDate, PayFigures};
use jamlik_store::{Actor, NewSelfReport};
use reqwest::StatusCode;

use crate::on_both;
use crate::support::TestDbHandle;

/// A self-report with every required element of the framework.
fn whole_report(framework: &str, approved_on: &str) -> NewSelfReport {
    let pack = jamlik_packs::shipped().unwrap().get(framework).unwrap();
    NewSelfReport {
        framework: framework.into(),
        approved_on: IsoDate::parse(approved_on).unwrap(),
        approved_body: "Kaupunginvaltuusto".into(),
        link: Some("https://example.org/turku/plan".into()),
        file: None,
        elements: pack.required_element_ids().map(str::to_owned).collect(),
        pay_survey_on: None,
        followed_up_on: None,
        figures: PayFigures {
            women_pay_percent: Some(95.0),
            ..PayFigures::default()
        },
        jump_confirmed: false,
    }
}

fn recent() -> String {
    let day = time::OffsetDateTime::now_utc().date() - time::Duration::days(30);
    IsoDate::from_date(day).to_string()
}

on_both!(
    the_register_finds_a_municipality_by_any_name_or_part_of_one,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let public = app.client().with_language("en");
        let turku = "href=\"/o/FI-853\"";
        let porvoo = "href=\"/o/FI-638\"";
        for query in ["åbo", "Åbo", "ABO", "Turku", "tur", "853"] {
            let found = public
                .get(&format!("/register?q={}", urlencoding(query)))
                .await;
            assert_eq!(found.status, StatusCode::OK, "{query}");
            assert!(found.body.contains(turku), "{query} finds Turku");
            assert!(!found.body.contains(porvoo), "{query} finds only Turku");
        }
        let borga = public.get("/register?q=borg").await;
        assert!(borga.body.contains(porvoo) && !borga.body.contains(turku));
        assert!(
            borga.body.contains("One organisation found."),
            "{}",
            borga.body
        );
        // Everything, without a query.
        let all = public.get("/register").await;
        assert!(all.body.contains(turku) && all.body.contains(porvoo));

        // No match: a sentence that says so and what to try, not an empty page.
        let none = public.get("/register?q=vaa").await;
        assert_eq!(none.status, StatusCode::OK);
        assert!(
            none.body.contains("No organisation matches"),
            "{}",
            none.body
        );
        assert!(!none.body.contains(turku));

        // Punctuation only, a query longer than any name, a filter that
        // names nothing: translated refusals, never a 500.
        for (query, status, words) in [
            (
                "q=%25%25!!",
                StatusCode::UNPROCESSABLE_ENTITY,
                "at least one letter",
            ),
            (
                &*format!("q={}", "a".repeat(101)),
                StatusCode::UNPROCESSABLE_ENTITY,
                "at most 100 characters",
            ),
            (
                "country=XX",
                StatusCode::UNPROCESSABLE_ENTITY,
                "does not exist",
            ),
            (
                "status=lost",
                StatusCode::UNPROCESSABLE_ENTITY,
                "does not exist",
            ),
            (
                "region=FI-NOPE",
                StatusCode::UNPROCESSABLE_ENTITY,
                "does not exist",
            ),
            ("page=0", StatusCode::UNPROCESSABLE_ENTITY, "does not exist"),
        ] {
            let answer = public.get(&format!("/register?{query}")).await;
            assert_eq!(answer.status, status, "{query}");
            assert!(answer.body.contains(words), "{query}: {}", answer.body);
        }
        let swedish = app
            .client()
            .with_language("sv")
            .get("/register?q=%25")
            .await;
        assert!(swedish.body.contains("Skriv minst en bokstav"));

        // The status filter: no plan anywhere yet; once Turku reports a
        // current plan, it is listed under that status.
        let current = public.get("/register?status=approved_current").await;
        assert!(!current.body.contains(turku));
        app.store
            .submit_self_report(
                &Actor::system("test"),
                &app.world.own.id,
                whole_report("fi-non-discrimination", &recent()),
            )
            .await
            .unwrap();
        let current = public.get("/register?status=approved_current").await;
        assert!(current.body.contains(turku) && !current.body.contains(porvoo));

        // The start page searches the register without JavaScript: a plain form.
        let start = public.get("/").await;
        assert!(start.body.contains("action=\"/register\""));
        assert!(start.body.contains("name=\"q\""));
    }
);

on_both!(
    an_organisation_s_page_shows_its_obligations_and_what_it_published,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let public = app.client().with_language("en");
        let page = public.get("/o/FI-853").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("<h1>Turku</h1>"), "{}", page.body);
        assert!(page.body.contains("Åbo"));
        assert!(page.body.contains("Non-discrimination plan"));
        assert!(page.body.contains("No plan"));
        assert!(page.body.contains("Nothing has been published yet."));

        app.store
            .submit_self_report(
                &Actor::system("test"),
                &app.world.own.id,
                whole_report("fi-non-discrimination", &recent()),
            )
            .await
            .unwrap();
        let page = public.get("/o/FI-853").await;
        assert!(page.body.contains("Approved and current"));
        assert!(page.body.contains("Kaupunginvaltuusto"));
        assert!(page
            .body
            .contains("href=\"https://example.org/turku/plan\""));
        // In Swedish, its Swedish name comes first.
        let swedish = app.client().with_language("sv").get("/o/FI-853").await;
        assert!(swedish.body.contains("<h1>Åbo</h1>"));

        // The id address works for an organisation reached by id.
        let by_id = public.get(&format!("/o/{}", app.world.own.id)).await;
        assert_eq!(by_id.status, StatusCode::OK);
        assert!(by_id.body.contains("<h1>Turku</h1>"));

        // Unknown codes and addresses that cannot be one: a translated 404.
        for bad in ["/o/FI-999", "/o/SE-853", "/o/%3Cscript%3E", "/o/FI-"] {
            let answer = public.get(bad).await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{bad}");
            assert!(
                answer.body.contains("There is no such organisation")
                    || answer.body.contains("There is no such page"),
                "{bad}: {}",
                answer.body
            );
        }
    }
);

on_both!(
    the_national_overview_and_both_maps_are_public_and_link_to_public_pages,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let public = app.client().with_language("en");
        let overview = public.get("/overview?status=no_plan").await;
        assert_eq!(overview.status, StatusCode::OK);
        assert!(overview.body.contains("action=\"/overview\""));
        assert!(overview.body.contains("href=\"/o/FI-853\""));
        assert!(
            !overview.body.contains("/orgs/"),
            "the public overview links to no internal page"
        );

        let map = public.get("/overview/map").await;
        assert_eq!(map.status, StatusCode::OK);
        assert!(map.body.contains("href=\"/o/FI-853\""));
        assert!(map.body.contains("Statistics Finland"));
        assert!(!map.body.contains("/orgs/"));

        let sweden = public.get("/overview/map?country=SE").await;
        assert_eq!(sweden.status, StatusCode::OK);
        assert!(
            sweden.body.contains("Valmyndigheten"),
            "Sweden's map with its source line"
        );
        assert!(
            sweden.body.matches("<path d=\"M").count() >= 290,
            "every Swedish municipality drawn"
        );
        // The Finnish framework left in the form when the country changes:
        // Sweden's own framework, no error.
        let switched = public
            .get("/overview/map?country=SE&framework=fi-gender-equality")
            .await;
        assert_eq!(switched.status, StatusCode::OK);

        for bad in [
            "/overview?country=XX",
            "/overview/map?country=XX",
            "/overview/map?framework=nope",
        ] {
            let answer = public.get(bad).await;
            assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
            assert!(
                answer.body.contains("does not exist")
                    || answer.body.contains("Choose Finland or Sweden"),
                "{bad}"
            );
        }

        // The overview is kept between requests, yet a change shows at once.
        let current = public.get("/overview?status=approved_current").await;
        assert!(!current.body.contains("href=\"/o/FI-853\""));
        app.store
            .submit_self_report(
                &Actor::system("test"),
                &app.world.own.id,
                whole_report("fi-non-discrimination", &recent()),
            )
            .await
            .unwrap();
        let current = public.get("/overview?status=approved_current").await;
        assert!(current.body.contains("href=\"/o/FI-853\""), "seen at once");
        let map = public.get("/overview/map").await;
        assert!(map.body.contains("Approved and current"));

        // Monitors keep their fuller pages, linking to reviews.
        let monitor = app.signed_in("monitor").await;
        let national = monitor.get("/national?status=no_plan").await;
        assert_eq!(national.status, StatusCode::OK);
        assert!(national
            .body
            .contains(&format!("/orgs/{}/reviews", app.world.own.id)));
        // And the public pages stay closed to nobody: signed out, /national is not.
        assert_ne!(public.get("/national").await.status, StatusCode::OK);
    }
);

/// Percent-encodes a query value.
fn urlencoding(text: &str) -> String {
    let mut out = String::new();
    for byte in text.as_bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(*byte));
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

on_both!(
    a_bilingual_plan_is_written_in_both_languages_and_read_in_the_reader_s,
    |db: TestDbHandle| async move {
        use jamlik_domain::{Language, PlanDraft, TextField};
        use jamlik_store::MeasureInput;
        let app = db.app().await;
        let actor = Actor::system("test");
        let org = app.world.own.id.clone(); // Turku / Åbo: Finnish and Swedish
        let draft = PlanDraft::parse(
            "Yhdenvertaisuussuunnitelma 2026–2029",
            &["fi-non-discrimination".to_owned()],
            "2026-01-01",
            "2029-12-31",
            "",
        )
        .unwrap();
        let plan = app.store.create_plan(&actor, &org, draft).await.unwrap();
        let measure = app
            .store
            .create_measure(
                &actor,
                &org,
                &plan.id,
                MeasureInput {
                    finding_id: None,
                    title: "Kaksikieliset päätöspohjat".into(),
                    goal: String::new(),
                    owner_user_id: None,
                    owner_unit: "Sosiaalipalvelut".into(),
                    budget_cents: None,
                    start_date: None,
                    due_date: None,
                    catalogue_id: None,
                },
            )
            .await
            .unwrap();
        let path = format!("/orgs/{org}/plans/{}/translations", plan.id);

        // The workspace lists every text with what still lacks a translation.
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let page = coordinator.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Kaksikieliset päätöspohjat"));
        assert!(
            page.body.contains("3 texts have no translation yet"),
            "{}",
            page.body
        );

        // Saved in one go; the page then counts one fewer.
        let title_field = format!("t:plan_title:{}", plan.id);
        let measure_field = format!("t:measure_title:{}", measure.id);
        let unit_field = format!("t:measure_unit:{}", measure.id);
        let saved = coordinator
            .post_form(
                &format!("{path}?lang=sv"),
                &[
                    (title_field.as_str(), "Likabehandlingsplan 2026–2029"),
                    (measure_field.as_str(), "Tvåspråkiga beslutsmallar"),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let page = coordinator.get(&path).await;
        assert!(
            page.body.contains("One text has no translation yet"),
            "{}",
            page.body
        );

        // Into a language the organisation does not work in, or a text the
        // plan does not have: refused, translated, nothing kept.
        let english = coordinator
            .post_form(
                &format!("{path}?lang=en"),
                &[(title_field.as_str(), "Plan")],
            )
            .await;
        assert_eq!(english.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            english.body.contains("other working language"),
            "{}",
            english.body
        );
        let unknown = coordinator
            .post_form(
                &format!("{path}?lang=sv"),
                &[
                    (unit_field.as_str(), "Socialservice"),
                    ("t:finding_description:no-such-finding", "x"),
                ],
            )
            .await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);
        let kept = app.store.plan_translations(&org, &plan.id).await.unwrap();
        assert_eq!(kept.len(), 2, "the refused form kept nothing: {kept:?}");
        assert!(kept.iter().all(|t| t.language == Language::Swedish));
        assert!(!kept.iter().any(|t| t.field == TextField::MeasureUnit));

        // Approved and published: each reader reads their language, and
        // what has no translation is said to be in Finnish.
        app.store
            .approve_plan(
                &actor,
                &org,
                &plan.id,
                "Kaupunginvaltuusto",
                &IsoDate::parse(&recent()).unwrap(),
                "§ 1",
            )
            .await
            .unwrap();
        let version = app
            .store
            .publish_plan(&actor, &org, &plan.id)
            .await
            .unwrap();
        let public = format!("/p/{}", version.public_id.unwrap());
        let swedish = app.client().with_language("sv").get(&public).await;
        assert!(
            swedish.body.contains("Likabehandlingsplan 2026–2029"),
            "{}",
            swedish.body
        );
        assert!(swedish.body.contains("Tvåspråkiga beslutsmallar"));
        assert!(
            swedish.body.contains("Sosiaalipalvelut"),
            "the untranslated unit as written"
        );
        assert!(
            swedish.body.contains("endast på finska"),
            "said to be in Finnish: {}",
            swedish.body
        );
        let finnish = app.client().with_language("fi").get(&public).await;
        assert!(finnish.body.contains("Kaksikieliset päätöspohjat"));
        assert!(!finnish.body.contains("id=\"language-note\""));
        let html = app
            .client()
            .get(&format!("{public}/plan.html?lang=sv"))
            .await;
        assert!(html.body.contains("Tvåspråkiga beslutsmallar"));
        assert!(html.body.contains("endast på finska"));
    }
);
