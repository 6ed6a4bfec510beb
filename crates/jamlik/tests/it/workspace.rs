//! The cycle's working pages: steps with checklists and plan texts, the
//! completeness check, consultations, the assessment of services with
//! evidence and the matrix, and follow-up rounds with their report.

use reqwest::StatusCode;

use crate::on_both;
use crate::planning::{id_after, user_id};
use crate::support::{TestApp, TestDbHandle};

fn today_plus(days: i64) -> String {
    jamlik_domain::IsoDate::from_date(
        time::OffsetDateTime::now_utc().date() + time::Duration::days(days),
    )
    .to_string()
}

async fn audit_count(app: &TestApp, entity: &str) -> usize {
    app.store
        .audit_trail(
            Some(&app.world.own.id),
            jamlik_store::PageRequest::new(1, 500).unwrap_or_else(|e| panic!("{e:?}")),
        )
        .await
        .map(|page| {
            page.items
                .iter()
                .filter(|e| e.entity_type == entity)
                .count()
        })
        .unwrap_or(0)
}

on_both!(
    steps_consultations_and_completeness_work_together,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let viewer = app.signed_in("viewer").await.with_language("en");
        let started = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Non-discrimination plan 2026–2029"),
                    ("frameworks", "fi-non-discrimination"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2029-12-31"),
                ],
            )
            .await;
        let plan = id_after(&started.location(), "/plans/");
        let plan_path = format!("/orgs/{org}/plans/{plan}");

        // A new plan lacks every required element, each linked to its step.
        let page = coordinator.get(&plan_path).await;
        assert!(
            page.body.contains("Missing required elements: 5"),
            "{}",
            page.body
        );
        assert!(page.body.contains("Participation and consultation"));
        assert!(page.body.contains(&format!(
            "{plan_path}/steps/fi-non-discrimination/involve#element-participation"
        )));

        // A step explains itself and shows its checklist.
        let step_path = format!("{plan_path}/steps/fi-non-discrimination/working-group");
        let step = coordinator.get(&step_path).await;
        assert_eq!(step.status, StatusCode::OK);
        assert!(step
            .body
            .contains("Has a working group been set up for the non-discrimination planning?"));
        assert!(coordinator
            .get(&format!("{plan_path}/steps/fi-non-discrimination/nowhere"))
            .await
            .body
            .contains("have no such step."));

        // An answer that does not fit its question is refused, naming it, and nothing is saved.
        let bad = coordinator
            .post_form(
                &step_path,
                &[
                    (
                        "answer:fi-non-discrimination:working-group:appointed",
                        "yes",
                    ),
                    (
                        "answer:fi-non-discrimination:working-group:members",
                        "seven",
                    ),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains(
            "The answer to “How many members does the working group have?” does not fit"
        ));
        let unknown = coordinator
            .post_form(
                &step_path,
                &[("answer:fi-non-discrimination:working-group:colour", "blue")],
            )
            .await;
        assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
        let (answers, _) = app
            .store
            .plan_texts(&app.world.own.id, &plan)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(answers.is_empty(), "nothing saved in part: {answers:?}");

        let saved = coordinator
            .post_form(
                &step_path,
                &[
                    (
                        "answer:fi-non-discrimination:working-group:appointed",
                        "yes",
                    ),
                    ("answer:fi-non-discrimination:working-group:members", "7"),
                    (
                        "answer:fi-non-discrimination:working-group:appointed-on",
                        "2026-01-20",
                    ),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let again = coordinator.get(&step_path).await;
        assert!(again.body.contains("value=\"2026-01-20\""));
        assert!(
            viewer
                .post_form(
                    &step_path,
                    &[("answer:fi-non-discrimination:working-group:members", "3")]
                )
                .await
                .status
                == StatusCode::FORBIDDEN,
            "viewers read the steps but do not change them"
        );
        assert!(viewer.get(&step_path).await.body.contains("disabled"));

        // The follow-up element is written as a section of the plan.
        let monitor = coordinator
            .post_form(
                &format!("{plan_path}/steps/fi-non-discrimination/monitor"),
                &[(
                    "section:follow-up",
                    "The working group reports to the board each spring.",
                )],
            )
            .await;
        assert_eq!(monitor.status, StatusCode::SEE_OTHER, "{}", monitor.body);

        // Consultations: a future date and a nameless "other" are refused.
        let consult = format!("{plan_path}/consultations");
        let future = coordinator
            .post_form(
                &consult,
                &[
                    ("party", "disability_council"),
                    ("held_on", today_plus(3).as_str()),
                    ("summary", "x"),
                ],
            )
            .await;
        assert_eq!(future.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(future.body.contains("the date cannot be in the future"));
        let nameless = coordinator
            .post_form(
                &consult,
                &[
                    ("party", "other"),
                    ("held_on", "2026-02-01"),
                    ("summary", "x"),
                ],
            )
            .await;
        assert!(nameless.body.contains("for “Other”, also give the name"));
        assert_eq!(audit_count(&app, "consultation").await, 0);
        let recorded = coordinator
            .post_form(
                &consult,
                &[
                    ("party", "disability_council"),
                    ("held_on", "2026-02-01"),
                    (
                        "summary",
                        "Ask for easy-to-read letters and step-free entrances.",
                    ),
                ],
            )
            .await;
        assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.body);
        let listed = viewer.get(&consult).await;
        assert!(listed.body.contains("Council on disability"));
        assert!(listed.body.contains("Ask for easy-to-read letters"));
        assert_eq!(audit_count(&app, "consultation").await, 1);

        // Consultation covers participation; the written section covers follow-up.
        let page = coordinator.get(&plan_path).await;
        assert!(
            page.body.contains("Missing required elements: 3"),
            "{}",
            page.body
        );
        assert!(!page.body.contains("#element-participation"));
        assert!(!page.body.contains("#element-follow-up"));
        assert!(page.body.contains("#element-measures"));
    }
);

on_both!(
    services_are_assessed_per_ground_with_evidence_and_shown_in_the_matrix,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let contributor = app.signed_in("contributor").await.with_language("en");
        let viewer = app.signed_in("viewer").await.with_language("en");
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
        let contributor_id = user_id(&app, "contributor").await;
        coordinator
            .post_form(
                &format!("/orgs/{org}/services"),
                &[("name", "Home care"), ("owner", contributor_id.as_str())],
            )
            .await;
        coordinator
            .post_form(&format!("/orgs/{org}/services"), &[("name", "Library")])
            .await;
        let services = app
            .store
            .services(&app.world.own.id)
            .await
            .unwrap_or_default();
        let home_care = services.iter().find(|s| s.name == "Home care").unwrap();
        let library = services.iter().find(|s| s.name == "Library").unwrap();
        let assess = |service: &str| format!("/orgs/{org}/plans/{plan}/assessment/{service}");

        // The page shows the service provider's checklist.
        let page = contributor.get(&assess(&home_care.id)).await;
        assert!(page
            .body
            .contains("Can every service also be used in ways other than electronically?"));

        // A conclusion that is not one of the four is refused; nothing is saved.
        let bad = contributor
            .post_form(
                &assess(&home_care.id),
                &[
                    ("perspective", "service-provider"),
                    ("conclusion:age", "no_risk"),
                    ("conclusion:disability", "probably"),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("Choose one of the conclusions"));
        let (conclusions, _) = app
            .store
            .service_assessment(&app.world.own.id, &plan, &home_care.id)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(conclusions.is_empty());

        // The owner assesses their service.
        let saved = contributor
            .post_form(
                &assess(&home_care.id),
                &[
                    ("perspective", "service-provider"),
                    ("conclusion:age", "no_risk"),
                    ("evidence:age", "Customer survey 2025"),
                    ("conclusion:disability", "risk"),
                    (
                        "evidence:disability",
                        "Two entrances have steps; complaints 2025",
                    ),
                    ("conclusion:language", "unclear"),
                    (
                        "answer:fi-non-discrimination:assess-services:non-electronic",
                        "no",
                    ),
                    ("answer:fi-non-discrimination:assess-services:premises", "2"),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let (conclusions, answers) = app
            .store
            .service_assessment(&app.world.own.id, &plan, &home_care.id)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(conclusions.len(), 3);
        assert_eq!(answers.len(), 2);
        assert_eq!(audit_count(&app, "assessment").await, 1);

        // Not the owner: refused. A viewer: refused, but may read.
        let refused = contributor
            .post_form(&assess(&library.id), &[("conclusion:age", "no_risk")])
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert_eq!(
            viewer
                .post_form(&assess(&home_care.id), &[("conclusion:age", "risk")])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        assert!(viewer
            .get(&assess(&home_care.id))
            .await
            .body
            .contains("Two entrances have steps"));

        // A finding with a high score makes a hot spot in the matrix.
        coordinator
            .post_form(
                &format!("/orgs/{org}/plans/{plan}/findings"),
                &[
                    ("service", home_care.id.as_str()),
                    ("ground", "disability"),
                    ("kind", "indirect"),
                    ("description", "Steps at two entrances"),
                    ("severity", "3"),
                    ("likelihood", "4"),
                ],
            )
            .await;
        let matrix = viewer
            .get(&format!("/orgs/{org}/plans/{plan}/assessment"))
            .await;
        assert_eq!(matrix.status, StatusCode::OK);
        // Two services × 14 grounds; three assessed; one hot spot.
        assert!(matrix.body.contains("3 / 28"), "{}", matrix.body);
        assert!(matrix.body.contains("cell cell-risk"));
        assert!(matrix.body.contains("findings: 1"));
        assert!(matrix.body.contains("class=\"hot\""));

        // Evidence files: attached by the owner, downloaded as an attachment by members.
        let attached = contributor
            .post_file(
                &format!("{}/files", assess(&home_care.id)),
                b"entrance photos and notes".to_vec(),
            )
            .await;
        assert_eq!(attached.status, StatusCode::SEE_OTHER, "{}", attached.body);
        let files = app
            .store
            .evidence_files(&app.world.own.id, &plan, &home_care.id)
            .await
            .unwrap_or_default();
        assert_eq!(files.len(), 1);
        let download = viewer
            .get(&format!("/orgs/{org}/evidence/{}", files[0].id))
            .await;
        assert_eq!(download.status, StatusCode::OK);
        assert_eq!(download.body, "entrance photos and notes");
        let empty = contributor
            .post_file(&format!("{}/files", assess(&home_care.id)), Vec::new())
            .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        let foreign = app.signed_in("other").await;
        assert_eq!(
            foreign
                .get(&format!("/orgs/{org}/evidence/{}", files[0].id))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    }
);

on_both!(
    a_follow_up_round_collects_the_owners_updates,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let contributor = app.signed_in("contributor").await.with_language("en");
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
        let contributor_id = user_id(&app, "contributor").await;
        for (title, owner) in [
            ("Easy-to-read letters", contributor_id.as_str()),
            ("Ramps at entrances", ""),
        ] {
            let added = coordinator
                .post_form(
                    &format!("/orgs/{org}/plans/{plan}/measures"),
                    &[
                        ("title", title),
                        ("owner", owner),
                        ("owner_unit", "Social services"),
                    ],
                )
                .await;
            assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        }
        let measures = app
            .store
            .measures(&app.world.own.id, &plan)
            .await
            .unwrap_or_default();
        let letters = measures
            .iter()
            .find(|m| m.title == "Easy-to-read letters")
            .unwrap();

        let rounds = format!("/orgs/{org}/plans/{plan}/rounds");
        let backwards = coordinator
            .post_form(
                &rounds,
                &[
                    ("name", "Spring"),
                    ("opens_on", today_plus(5).as_str()),
                    ("closes_on", today_plus(-5).as_str()),
                ],
            )
            .await;
        assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
        let opened = coordinator
            .post_form(
                &rounds,
                &[
                    ("name", "Spring follow-up"),
                    ("opens_on", today_plus(-1).as_str()),
                    ("closes_on", today_plus(20).as_str()),
                ],
            )
            .await;
        assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
        let round = id_after(&opened.location(), "/rounds/");
        let overlapping = coordinator
            .post_form(
                &rounds,
                &[
                    ("name", "Overlap"),
                    ("opens_on", today_plus(10).as_str()),
                    ("closes_on", today_plus(40).as_str()),
                ],
            )
            .await;
        assert_eq!(overlapping.status, StatusCode::CONFLICT);
        assert!(overlapping.body.contains("overlap another follow-up round"));
        assert_eq!(
            contributor
                .post_form(&rounds, &[("name", "Mine")])
                .await
                .status,
            StatusCode::FORBIDDEN
        );

        // The owner who has not reported is reminded once per round, even by two instances.
        let first = jamlik_web::AppState::new(app.store.clone(), app.config.clone());
        let second = jamlik_web::AppState::new(app.store.clone(), app.config.clone());
        let (a, b) = tokio::join!(
            jamlik_web::send_due_reminders(&first),
            jamlik_web::send_due_reminders(&second)
        );
        assert_eq!(
            a.unwrap_or(99) + b.unwrap_or(99),
            1,
            "one owner, one measure"
        );
        assert_eq!(jamlik_web::send_due_reminders(&first).await.ok(), Some(0));
        let reminder = app
            .mail_with(&["Easy-to-read letters"])
            .await
            .unwrap_or_else(|| panic!("no reminder in {:?}", app.outbox()));
        assert!(reminder.contains("uppföljningsomgång"), "{reminder}");

        // Before any update, both measures are missing from the round.
        let report = contributor.get(&format!("{rounds}/{round}")).await;
        assert!(report.body.contains("No update yet"));
        let reported = contributor
            .post_form(
                &format!("/orgs/{org}/measures/{}/status", letters.id),
                &[
                    ("status", "in_progress"),
                    ("note", "Ten templates rewritten"),
                ],
            )
            .await;
        assert_eq!(reported.status, StatusCode::SEE_OTHER);
        let updates = app
            .store
            .round_updates(&app.world.own.id, &plan, &round)
            .await
            .unwrap_or_default();
        assert_eq!(updates.len(), 1, "the update belongs to the open round");
        assert_eq!(updates[0].measure_id, letters.id);
        let report = coordinator.get(&format!("{rounds}/{round}")).await;
        assert!(report.body.contains("Ten templates rewritten"));
        assert_eq!(report.body.matches("No update yet").count(), 1);
        // A round covers the follow-up element of the framework.
        let page = coordinator.get(&format!("/orgs/{org}/plans/{plan}")).await;
        assert!(!page.body.contains("#element-follow-up"));
    }
);

on_both!(
    the_plan_and_a_round_export_to_pdf_docx_and_html_in_each_language,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let started = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Jämlikhetsplan 2026–2029"),
                    ("frameworks", "fi-non-discrimination"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2029-12-31"),
                ],
            )
            .await;
        let plan = id_after(&started.location(), "/plans/");
        let plan_path = format!("/orgs/{org}/plans/{plan}");
        let coordinator_id = user_id(&app, "coordinator").await;
        coordinator
            .post_form(
                &format!("{plan_path}/measures"),
                &[
                    ("title", "Blanketter på svenska och lättläst språk"),
                    ("owner", coordinator_id.as_str()),
                    ("owner_unit", "Socialväsendet"),
                ],
            )
            .await;
        coordinator
            .post_form(
                &format!("{plan_path}/consultations"),
                &[
                    ("party", "youth_council"),
                    ("held_on", "2026-02-02"),
                    ("summary", "Ungdomsfullmäktige vill ha fler kvällstider."),
                ],
            )
            .await;

        // PDF, DOCX and HTML, each in the language asked for.
        let (status, headers, pdf) = coordinator
            .get_bytes(&format!("{plan_path}/export/plan.pdf?lang=fi"))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers["content-type"], "application/pdf");
        assert!(pdf.starts_with(b"%PDF"));
        assert!(headers["content-disposition"]
            .to_str()
            .unwrap_or_default()
            .contains("plan-fi.pdf"));
        let (status, _, docx) = coordinator
            .get_bytes(&format!("{plan_path}/export/plan.docx?lang=sv"))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(docx.starts_with(b"PK"), "a DOCX is a ZIP package");
        let html = coordinator
            .get(&format!("{plan_path}/export/plan.html?lang=sv"))
            .await;
        assert_eq!(html.status, StatusCode::OK);
        assert!(html.body.contains("lang=\"sv\""));
        assert!(html
            .body
            .contains("Blanketter på svenska och lättläst språk"));
        assert!(html
            .body
            .contains("Ungdomsfullmäktige vill ha fler kvällstider."));
        // Members see who is responsible.
        assert!(html.body.contains("coordinator, Socialväsendet"));
        // Each measure's latest report: none yet, then the one just made.
        assert!(html.body.contains("Ingen lägesrapport ännu."));
        let measure = app
            .store
            .measures(&app.world.own.id, &plan)
            .await
            .unwrap_or_default()
            .remove(0);
        coordinator
            .post_form(
                &format!("/orgs/{org}/measures/{}/status", measure.id),
                &[("status", "in_progress"), ("note", "Mallarna översatta")],
            )
            .await;
        let html = coordinator
            .get(&format!("{plan_path}/export/plan.html?lang=sv"))
            .await;
        assert!(html.body.contains("Mallarna översatta"), "{}", html.body);
        assert!(!html.body.contains("Ingen lägesrapport ännu."));
        assert_eq!(
            coordinator
                .get(&format!("{plan_path}/export/plan.odt"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            coordinator
                .get(&format!("{plan_path}/export/plan.pdf?lang=de"))
                .await
                .status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        let foreign = app.signed_in("other").await;
        assert_eq!(
            foreign
                .get(&format!("{plan_path}/export/plan.pdf"))
                .await
                .status,
            StatusCode::FORBIDDEN
        );

        // The follow-up report of a round.
        let opened = coordinator
            .post_form(
                &format!("{plan_path}/rounds"),
                &[
                    ("name", "Vårens uppföljning"),
                    ("opens_on", today_plus(-1).as_str()),
                    ("closes_on", today_plus(10).as_str()),
                ],
            )
            .await;
        let round = id_after(&opened.location(), "/rounds/");
        let report = coordinator
            .get(&format!(
                "{plan_path}/rounds/{round}/export/report.html?lang=en"
            ))
            .await;
        assert_eq!(report.status, StatusCode::OK);
        assert!(report.body.contains("Vårens uppföljning"));
        let (status, _, pdf) = coordinator
            .get_bytes(&format!(
                "{plan_path}/rounds/{round}/export/report.pdf?lang=sv"
            ))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(pdf.starts_with(b"%PDF"));

        // Published: the public gets the version's PDF and HTML, with units, never people.
        coordinator
            .post_form(
                &format!("{plan_path}/approve"),
                &[("body", "Stadsfullmäktige"), ("approved_on", "2026-01-20")],
            )
            .await;
        coordinator
            .post_form(&format!("{plan_path}/publish"), &[])
            .await;
        let page = coordinator.get(&plan_path).await;
        let public = page
            .body
            .split("href=\"/p/")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("no public address in the plan page"))
            .to_owned();
        let reader = app.client();
        let public_html = reader.get(&format!("/p/{public}/plan.html?lang=sv")).await;
        assert_eq!(public_html.status, StatusCode::OK, "{}", public_html.body);
        assert!(public_html.body.contains("Blanketter på svenska"));
        assert!(public_html
            .body
            .contains("Ungdomsfullmäktige vill ha fler kvällstider."));
        assert!(public_html.body.contains("Socialväsendet"));
        assert!(
            !public_html.body.contains("coordinator, Socialväsendet"),
            "no people's names"
        );
        // Progress notes are internal working text: the public version has none,
        // and does not claim that a measure was never reported on either.
        assert!(!public_html.body.contains("Mallarna översatta"));
        assert!(!public_html.body.contains("Senaste lägesrapport"));
        assert!(!public_html.body.contains("Ingen lägesrapport ännu."));
        let (status, _, pdf) = reader.get_bytes(&format!("/p/{public}/plan.pdf")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(pdf.starts_with(b"%PDF"));
        assert_eq!(
            reader.get("/p/no-such-plan/plan.pdf").await.status,
            StatusCode::NOT_FOUND
        );
    }
);

on_both!(
    a_rounds_report_is_published_frozen_with_units_and_found_on_the_organisations_page,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let contributor = app.signed_in("contributor").await.with_language("en");
        let reader = app.client().with_language("en");
        let started = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Equality plan"),
                    ("frameworks", "fi-non-discrimination"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2029-12-31"),
                ],
            )
            .await;
        let plan = id_after(&started.location(), "/plans/");
        let plan_path = format!("/orgs/{org}/plans/{plan}");
        let contributor_id = user_id(&app, "contributor").await;
        coordinator
            .post_form(
                &format!("{plan_path}/measures"),
                &[
                    ("title", "Easy-to-read letters"),
                    ("owner", contributor_id.as_str()),
                    ("owner_unit", "Social services"),
                ],
            )
            .await;
        let measure = app
            .store
            .measures(&app.world.own.id, &plan)
            .await
            .unwrap_or_default()
            .remove(0);
        let opened = coordinator
            .post_form(
                &format!("{plan_path}/rounds"),
                &[
                    ("name", "Spring follow-up"),
                    ("opens_on", today_plus(-1).as_str()),
                    ("closes_on", today_plus(10).as_str()),
                ],
            )
            .await;
        let round = id_after(&opened.location(), "/rounds/");
        let later = coordinator
            .post_form(
                &format!("{plan_path}/rounds"),
                &[
                    ("name", "Autumn follow-up"),
                    ("opens_on", today_plus(30).as_str()),
                    ("closes_on", today_plus(40).as_str()),
                ],
            )
            .await;
        let later = id_after(&later.location(), "/rounds/");
        let report_on = |note: &'static str| {
            let contributor = &contributor;
            let path = format!("/orgs/{org}/measures/{}/status", measure.id);
            async move {
                let done = contributor
                    .post_form(&path, &[("status", "in_progress"), ("note", note)])
                    .await;
                assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
            }
        };
        report_on("Ten templates rewritten").await;
        let publish = format!("{plan_path}/rounds/{round}/publish");

        // Only a coordinator publishes, only for a published plan, only once the round has opened.
        assert_eq!(
            contributor.post_form(&publish, &[]).await.status,
            StatusCode::FORBIDDEN
        );
        let unpublished = coordinator.post_form(&publish, &[]).await;
        assert_eq!(unpublished.status, StatusCode::CONFLICT);
        assert!(
            unpublished.body.contains("Publish the plan first"),
            "{}",
            unpublished.body
        );
        coordinator
            .post_form(
                &format!("{plan_path}/approve"),
                &[("body", "City council"), ("approved_on", "2026-01-20")],
            )
            .await;
        coordinator
            .post_form(&format!("{plan_path}/publish"), &[])
            .await;
        let early = coordinator
            .post_form(&format!("{plan_path}/rounds/{later}/publish"), &[])
            .await;
        assert_eq!(early.status, StatusCode::CONFLICT);
        assert!(early.body.contains("has not opened yet"), "{}", early.body);
        let nothing = app
            .store
            .published_rounds(&app.world.own.id, jamlik_domain::Language::English)
            .await
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert!(nothing.is_empty(), "a refused publication leaves nothing");

        // Published: the round's page links the public report.
        let published = coordinator.post_form(&publish, &[]).await;
        assert_eq!(
            published.status,
            StatusCode::SEE_OTHER,
            "{}",
            published.body
        );
        let round_page = coordinator.get(&published.location()).await;
        assert!(round_page
            .body
            .contains("The follow-up report is published."));
        let public = round_page
            .body
            .split("href=\"/f/")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("no public address on the round's page"))
            .to_owned();
        let page = reader.get(&format!("/f/{public}")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("Spring follow-up"));
        assert!(page.body.contains("Ten templates rewritten"));
        assert!(page.body.contains("Social services"));
        // Long words in its table break at syllables (soft hyphens, in the
        // patterns of the language the texts are written in).
        assert!(
            !page.raw.contains("Ten templates rewritten") && page.raw.contains("Ten temp\u{AD}"),
            "{}",
            page.raw
        );
        assert!(!page.body.contains("contributor"), "no people's names");
        let html = reader
            .get(&format!("/f/{public}/report.html?lang=en"))
            .await;
        assert_eq!(html.status, StatusCode::OK);
        assert!(html.body.contains("Ten templates rewritten"));
        assert!(!html.body.contains("contributor"), "no people's names");
        let (status, _, pdf) = reader
            .get_bytes(&format!("/f/{public}/report.pdf?lang=fi"))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(pdf.starts_with(b"%PDF"));

        // The organisation's page lists it.
        let code = app.world.own.code.clone().unwrap_or_default();
        let org_page = reader.get(&format!("/o/FI-{code}")).await;
        assert!(
            org_page.body.contains(&format!("href=\"/f/{public}\"")),
            "{}",
            org_page.body
        );
        assert!(org_page.body.contains("Spring follow-up"));

        // Frozen: a later update is not in it until the round is published again,
        // at the same address.
        report_on("Twenty templates rewritten").await;
        let page = reader.get(&format!("/f/{public}")).await;
        assert!(page.body.contains("Ten templates rewritten"));
        assert!(!page.body.contains("Twenty templates rewritten"));
        coordinator.post_form(&publish, &[]).await;
        let page = reader.get(&format!("/f/{public}")).await;
        assert!(
            page.body.contains("Twenty templates rewritten"),
            "{}",
            page.body
        );
        assert_eq!(audit_count(&app, "followup_report").await, 2);

        let missing = reader.get("/f/nothing-here").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert!(missing.body.contains("no published follow-up report"));
        assert_eq!(
            reader.get(&format!("/f/{public}/report.odt")).await.status,
            StatusCode::NOT_FOUND
        );
    }
);
