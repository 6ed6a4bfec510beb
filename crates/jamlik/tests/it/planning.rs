//! The planning workspace as coordinators, contributors and viewers use it.

use jamlik_domain::Email;
use reqwest::StatusCode;

use crate::on_both;
use crate::support::{email_of, TestApp, TestDbHandle};

pub(crate) async fn user_id(app: &TestApp, who: &str) -> String {
    let email = Email::parse(&email_of(who)).unwrap_or_else(|e| panic!("{e}"));
    app.store
        .user_by_email(&email)
        .await
        .ok()
        .flatten()
        .map(|u| u.id.to_string())
        .unwrap_or_else(|| panic!("no {who}"))
}

/// The id after `prefix` in a redirect such as `/orgs/x/plans/ID?notice=…`.
pub(crate) fn id_after(location: &str, prefix: &str) -> String {
    location
        .split(prefix)
        .nth(1)
        .unwrap_or_default()
        .split(['?', '#', '/'])
        .next()
        .unwrap_or_default()
        .to_owned()
}

on_both!(
    a_plan_runs_from_start_to_measures_with_roles_holding,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let contributor = app.signed_in("contributor").await.with_language("en");
        let viewer = app.signed_in("viewer").await.with_language("en");

        // Start: dates out of order and no framework are refused with specific messages.
        let backwards = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Plan 2026–2029"),
                    ("frameworks", "fi-non-discrimination"),
                    ("period_start", "2029-12-31"),
                    ("period_end", "2026-01-01"),
                ],
            )
            .await;
        assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(backwards
            .body
            .contains("The end date must come after the start date."));
        let no_framework = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Plan"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2029-12-31"),
                ],
            )
            .await;
        assert!(no_framework
            .body
            .contains("Choose at least one law or framework"));
        let bad_date = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Plan"),
                    ("frameworks", "fi-gender-equality"),
                    ("period_start", "2026-02-30"),
                    ("period_end", "2029-12-31"),
                ],
            )
            .await;
        assert!(bad_date.body.contains("Enter the date as YYYY-MM-DD"));
        assert!(
            app.store
                .plans(&app.world.own.id)
                .await
                .unwrap_or_default()
                .is_empty(),
            "nothing was saved"
        );
        let started = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Equality plan 2026–2029"),
                    ("frameworks", "fi-non-discrimination"),
                    ("frameworks", "fi-gender-equality"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2029-12-31"),
                    ("working_group", "Anna (HR), Björn (staff)"),
                ],
            )
            .await;
        assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
        let plan = id_after(&started.location(), "/plans/");
        assert!(
            viewer
                .post_form(&format!("/orgs/{org}/plans"), &[("title", "x")])
                .await
                .status
                == StatusCode::FORBIDDEN,
            "viewers do not start plans"
        );

        // Services: the coordinator keeps the inventory; one is the contributor's.
        let contributor_id = user_id(&app, "contributor").await;
        let added = coordinator
            .post_form(
                &format!("/orgs/{org}/services"),
                &[
                    ("name", "Home care"),
                    ("unit", "Social services"),
                    ("owner", contributor_id.as_str()),
                ],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER);
        coordinator
            .post_form(
                &format!("/orgs/{org}/services"),
                &[("name", "Library"), ("unit", "Culture")],
            )
            .await;
        let outsider = user_id(&app, "other").await;
        let foreign_owner = coordinator
            .post_form(
                &format!("/orgs/{org}/services"),
                &[("name", "Sports"), ("owner", outsider.as_str())],
            )
            .await;
        assert!(
            foreign_owner
                .body
                .contains("must be a member of the organisation"),
            "an owner from elsewhere is refused"
        );
        let services = app
            .store
            .services(&app.world.own.id)
            .await
            .unwrap_or_default();
        assert_eq!(services.len(), 2);
        let home_care = services
            .iter()
            .find(|s| s.name == "Home care")
            .map(|s| s.id.clone())
            .unwrap_or_default();
        let library = services
            .iter()
            .find(|s| s.name == "Library")
            .map(|s| s.id.clone())
            .unwrap_or_default();

        // Assess: the contributor records a finding for their own service, not for another.
        let finding_path = format!("/orgs/{org}/plans/{plan}/findings");
        let finding = [
            ("service", home_care.as_str()),
            ("ground", "language"),
            ("kind", "indirect"),
            ("description", "Service decisions are sent in Finnish only"),
            ("affected", "Swedish-speaking clients"),
            ("severity", "3"),
            ("likelihood", "4"),
        ];
        assert_eq!(
            contributor.post_form(&finding_path, &finding).await.status,
            StatusCode::SEE_OTHER
        );
        let not_own = contributor
            .post_form(
                &finding_path,
                &[
                    ("service", library.as_str()),
                    ("ground", "age"),
                    ("kind", "direct"),
                    ("description", "x"),
                    ("severity", "1"),
                    ("likelihood", "1"),
                ],
            )
            .await;
        assert_eq!(
            not_own.status,
            StatusCode::FORBIDDEN,
            "a contributor records findings only for services they own"
        );
        let bad_scale = coordinator
            .post_form(
                &finding_path,
                &[
                    ("ground", "age"),
                    ("kind", "direct"),
                    ("description", "x"),
                    ("severity", "9"),
                    ("likelihood", "1"),
                ],
            )
            .await;
        assert!(bad_scale
            .body
            .contains("Severity and likelihood are given as 1–4."));
        assert_eq!(
            viewer.post_form(&finding_path, &finding).await.status,
            StatusCode::FORBIDDEN
        );
        let findings = app
            .store
            .findings(&app.world.own.id, &plan)
            .await
            .unwrap_or_default();
        assert_eq!(findings.len(), 1);

        // Measures: from the finding, owned by the contributor, due soon.
        let measure_path = format!("/orgs/{org}/plans/{plan}/measures");
        let due =
            jamlik_domain::IsoDate::from_date(time_today() + time::Duration::days(10)).to_string();
        let bad_budget = coordinator
            .post_form(
                &measure_path,
                &[("title", "Bilingual decisions"), ("budget", "a lot")],
            )
            .await;
        assert!(bad_budget.body.contains("Enter the budget as an amount"));
        let wrong_order = coordinator
            .post_form(
                &measure_path,
                &[
                    ("title", "Bilingual decisions"),
                    ("start_date", "2026-06-01"),
                    ("due_date", "2026-01-01"),
                ],
            )
            .await;
        assert!(wrong_order
            .body
            .contains("The end date must come after the start date."));
        let created = coordinator
            .post_form(
                &measure_path,
                &[
                    ("title", "Bilingual decisions"),
                    ("finding", findings[0].id.as_str()),
                    ("goal", "Every decision in the client's language"),
                    ("owner", contributor_id.as_str()),
                    ("owner_unit", "Social services"),
                    ("budget", "12 500,50"),
                    ("due_date", due.as_str()),
                ],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let measure = id_after(&created.location(), "/measures/");
        // From the catalogue: the title and the guidance come in the coordinator's language.
        let from_catalogue = coordinator
            .post_form(
                &measure_path,
                &[
                    ("catalogue", "non-electronic-services"),
                    ("owner_unit", "Resident advice"),
                ],
            )
            .await;
        assert_eq!(
            from_catalogue.status,
            StatusCode::SEE_OTHER,
            "{}",
            from_catalogue.body
        );
        let catalogue_page = coordinator.get(&from_catalogue.location()).await;
        assert!(catalogue_page
            .body
            .contains("Offer services also in ways other than electronically"));
        let unknown = coordinator
            .post_form(&measure_path, &[("catalogue", "no-such-measure")])
            .await;
        assert!(unknown.body.contains("not in the catalogue"));
        assert_eq!(
            contributor
                .post_form(&measure_path, &[("title", "Mine")])
                .await
                .status,
            StatusCode::FORBIDDEN,
            "contributors do not add measures"
        );

        // Follow-up: the owner reports; a viewer cannot; the history keeps both entries.
        let status_path = format!("/orgs/{org}/measures/{measure}/status");
        let report = contributor
            .post_form(
                &status_path,
                &[("status", "in_progress"), ("note", "Templates translated")],
            )
            .await;
        assert_eq!(report.status, StatusCode::SEE_OTHER);
        assert_eq!(
            viewer
                .post_form(&status_path, &[("status", "done")])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let bad = contributor
            .post_form(&status_path, &[("status", "finished")])
            .await;
        assert!(bad.body.contains("Choose a status"));
        let page = viewer.get(&format!("/orgs/{org}/measures/{measure}")).await;
        assert!(
            page.body.contains("Templates translated")
                && page.body.contains("contributor@turku.example"),
            "the history is readable"
        );
        assert!(
            page.body.contains("12,500.50"),
            "the budget in the viewer's format"
        );
        let plan_page = viewer.get(&format!("/orgs/{org}/plans/{plan}")).await;
        assert!(plan_page
            .body
            .contains("Service decisions are sent in Finnish only"));
        assert!(plan_page.body.contains("In progress: 1"));
        let dashboard = viewer.get(&format!("/orgs/{org}")).await;
        assert!(
            dashboard.body.contains("Equality plan 2026–2029")
                && dashboard.body.contains("Bilingual decisions"),
            "the dashboard shows the plan and the measure due"
        );

        // Isolation: the plan is not reachable through another organisation, nor by its members.
        let foreign = app.world.foreign.id.to_string();
        let admin = app.signed_in("admin").await.with_language("en");
        let elsewhere = admin.get(&format!("/orgs/{foreign}/plans/{plan}")).await;
        assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);
        assert!(elsewhere
            .body
            .contains("There is no such plan in this organisation."));
        let other = app.signed_in("other").await;
        assert_eq!(
            other.get(&format!("/orgs/{org}/plans/{plan}")).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            other
                .get(&format!("/orgs/{foreign}/measures/{measure}"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );

        // Every change is in the audit trail.
        let trail = app
            .store
            .audit_trail(
                Some(&app.world.own.id),
                jamlik_store::PageRequest {
                    page: 1,
                    per_page: 100,
                },
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        for entity in ["plan", "service", "finding", "measure"] {
            assert!(
                trail.items.iter().any(|e| e.entity_type == entity),
                "{entity} not audited"
            );
        }
    }
);

fn time_today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

on_both!(
    a_plan_is_approved_as_a_version_and_published_for_everyone,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let started = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Plan 2026"),
                    ("frameworks", "fi-non-discrimination"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2027-12-31"),
                ],
            )
            .await;
        let plan = id_after(&started.location(), "/plans/");
        coordinator
            .post_form(
                &format!("/orgs/{org}/plans/{plan}/measures"),
                &[("title", "Orphan measure")],
            )
            .await;
        let approve = format!("/orgs/{org}/plans/{plan}/approve");
        let refused = coordinator
            .post_form(
                &approve,
                &[
                    ("body", "City council"),
                    ("approved_on", "2026-01-15"),
                    ("decision_ref", "§ 12"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused
                .body
                .contains("The measure “Orphan measure” has no responsible person or unit."),
            "{}",
            refused.body
        );
        let publish = format!("/orgs/{org}/plans/{plan}/publish");
        let nothing = coordinator.post_form(&publish, &[]).await;
        assert_eq!(nothing.status, StatusCode::CONFLICT);
        assert!(nothing
            .body
            .contains("There is no approved version to publish."));
        coordinator
            .post_form(
                &format!("/orgs/{org}/plans/{plan}/measures"),
                &[("title", "Owned measure"), ("owner_unit", "HR")],
            )
            .await;
        // The orphan gets a unit through the store (editing measures comes later).
        sqlx::query("UPDATE measures SET owner_unit = 'Culture' WHERE title = 'Orphan measure'")
            .execute(app.store.pool_for_tests())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let future = coordinator
            .post_form(
                &approve,
                &[("body", "City council"), ("approved_on", "2999-01-01")],
            )
            .await;
        assert!(future.body.contains("cannot be in the future"));
        let approved = coordinator
            .post_form(
                &approve,
                &[
                    ("body", "City council"),
                    ("approved_on", "2026-01-15"),
                    ("decision_ref", "§ 12"),
                ],
            )
            .await;
        assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
        let versions = app
            .store
            .plan_versions(&app.world.own.id, &plan)
            .await
            .unwrap_or_default();
        assert_eq!(versions.len(), 1);
        assert_eq!(versions[0].number, 1);
        assert!(
            app.client()
                .get(&format!("/orgs/{org}/plans/{plan}"))
                .await
                .status
                == StatusCode::SEE_OTHER,
            "the draft stays private"
        );
        let published = coordinator.post_form(&publish, &[]).await;
        assert_eq!(published.status, StatusCode::SEE_OTHER);
        let versions = app
            .store
            .plan_versions(&app.world.own.id, &plan)
            .await
            .unwrap_or_default();
        let public_path = format!("/p/{}", versions[0].public_id.clone().unwrap_or_default());
        // Anyone reads it, in their language, without the names of people.
        let public = app.client().with_language("sv").get(&public_path).await;
        assert_eq!(public.status, StatusCode::OK);
        assert!(
            public.body.contains("Plan 2026")
                && public.body.contains("City council")
                && public.body.contains("15 januari 2026")
        );
        assert!(public.body.contains("Owned measure") && public.body.contains("HR"));
        assert!(!public.body.contains("coordinator@turku.example"));
        let stable_path = format!(
            "/p/{}",
            app.store
                .plan(&app.world.own.id, &plan)
                .await
                .ok()
                .and_then(|p| p.public_id)
                .unwrap_or_default()
        );
        let start = app.client().get("/").await;
        assert!(
            start.body.contains(&stable_path),
            "the start page lists published plans at their stable address"
        );
        let missing = app
            .client()
            .with_language("en")
            .get("/p/nothing-here")
            .await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert!(missing
            .body
            .contains("There is no published plan at this address."));
        // Publishing again keeps the address stable.
        coordinator.post_form(&publish, &[]).await;
        let again = app
            .store
            .plan_versions(&app.world.own.id, &plan)
            .await
            .unwrap_or_default();
        assert_eq!(again[0].public_id, versions[0].public_id);

        // A second version, and a readable difference from the first.
        coordinator
            .post_form(
                &format!("/orgs/{org}/plans/{plan}/measures"),
                &[("title", "New measure"), ("owner_unit", "IT")],
            )
            .await;
        let owned = app
            .store
            .measures(&app.world.own.id, &plan)
            .await
            .unwrap_or_default()
            .into_iter()
            .find(|m| m.title == "Owned measure")
            .map(|m| m.id)
            .unwrap_or_default();
        coordinator
            .post_form(
                &format!("/orgs/{org}/measures/{owned}/status"),
                &[("status", "done")],
            )
            .await;
        let second = coordinator
            .post_form(
                &approve,
                &[("body", "City council"), ("approved_on", "2026-02-15")],
            )
            .await;
        assert_eq!(second.status, StatusCode::SEE_OTHER);
        let changes = coordinator
            .get(&format!("/orgs/{org}/plans/{plan}/versions/2/changes"))
            .await;
        assert_eq!(changes.status, StatusCode::OK);
        assert!(
            changes.body.contains("New measure") && changes.body.contains("added"),
            "{}",
            changes.body
        );
        assert!(
            changes
                .body
                .contains("<del>Planned</del> → <ins>Done</ins>"),
            "the status change, before and after"
        );
        assert!(
            !changes.body.contains("Orphan measure"),
            "unchanged measures are not listed"
        );
        let none = coordinator
            .get(&format!("/orgs/{org}/plans/{plan}/versions/9/changes"))
            .await;
        assert_eq!(none.status, StatusCode::NOT_FOUND);
    }
);

on_both!(
    measures_go_out_as_csv_and_come_back_whole_or_not_at_all,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let started = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Plan"),
                    ("frameworks", "fi-non-discrimination"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2027-12-31"),
                ],
            )
            .await;
        let plan = id_after(&started.location(), "/plans/");
        for title in ["Ramps at the library", "Plain-language letters"] {
            coordinator
                .post_form(
                    &format!("/orgs/{org}/plans/{plan}/measures"),
                    &[
                        ("title", title),
                        ("owner_unit", "Culture"),
                        ("due_date", "2026-06-30"),
                    ],
                )
                .await;
        }
        let export = coordinator
            .get(&format!("/orgs/{org}/plans/{plan}/measures.csv"))
            .await;
        assert_eq!(export.status, StatusCode::OK);
        assert!(export
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/csv")));
        assert!(
            export
                .body
                .starts_with("\u{feff}id;title;responsible_unit;due_date;status;note"),
            "{}",
            export.body
        );
        assert!(export
            .body
            .contains(";Ramps at the library;Culture;2026-06-30;planned;"));
        let upload = format!("/orgs/{org}/plans/{plan}/measures/bulk");

        // A file with mistakes is refused whole, with every mistake by row and column.
        let mut lines: Vec<String> = export.body.lines().map(str::to_owned).collect();
        let ramps_line = lines
            .iter()
            .position(|l| l.contains("Ramps at the library"))
            .unwrap_or(1);
        let other_line = if ramps_line == 1 { 2 } else { 1 };
        let good = lines[ramps_line].replace(";planned;", ";in_progress;Ordered the ramps");
        let bad = lines[other_line]
            .replace(";planned;", ";finished;")
            .replace("2026-06-30", "30.6.2026");
        let refused = coordinator
            .post_file(
                &upload,
                format!("{}\n{good}\n{bad}\nnot-a-measure;x;y;;done;\n", lines[0]).into_bytes(),
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("Nothing has changed."));
        assert!(refused.body.contains("“finished” is not a status"));
        assert!(refused.body.contains("“30.6.2026” is not a date"));
        assert!(refused
            .body
            .contains("There is no measure “not-a-measure” in this plan."));
        let measures = app
            .store
            .measures(&app.world.own.id, &plan)
            .await
            .unwrap_or_default();
        assert!(
            measures
                .iter()
                .all(|m| m.status == jamlik_domain::MeasureStatus::Planned),
            "nothing was applied"
        );
        let wrong_columns = coordinator
            .post_file(&upload, b"id,state\nx,done\n".to_vec())
            .await;
        assert!(wrong_columns.body.contains(
            "The columns must be exactly id;title;responsible_unit;due_date;status;note"
        ));
        let latin1 = coordinator
            .post_file(&upload, b"id;title\n\xe4;x\n".to_vec())
            .await;
        assert!(latin1
            .body
            .contains("The file is saved as Windows-1252 (“ANSI”), not UTF-8"));

        // The corrected file is applied, with the note in the history.
        lines[ramps_line] = good;
        let applied = coordinator
            .post_file(&upload, lines.join("\n").into_bytes())
            .await;
        assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.body);
        let measures = app
            .store
            .measures(&app.world.own.id, &plan)
            .await
            .unwrap_or_default();
        let ramps = measures
            .iter()
            .find(|m| m.title == "Ramps at the library")
            .cloned()
            .unwrap_or_else(|| panic!("no measure"));
        assert_eq!(ramps.status, jamlik_domain::MeasureStatus::InProgress);
        let history = app
            .store
            .measure_history(&app.world.own.id, &ramps.id)
            .await
            .unwrap_or_default();
        assert_eq!(history[0].note, "Ordered the ramps");
        // Others may not upload.
        let viewer = app.signed_in("viewer").await;
        assert_eq!(
            viewer
                .post_file(&upload, lines.join("\n").into_bytes())
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    }
);

on_both!(
    owners_are_reminded_once_a_week_even_with_several_instances,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let started = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Plan"),
                    ("frameworks", "fi-non-discrimination"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2027-12-31"),
                ],
            )
            .await;
        let plan = id_after(&started.location(), "/plans/");
        let contributor = user_id(&app, "contributor").await;
        let today = time_today();
        let soon = jamlik_domain::IsoDate::from_date(today + time::Duration::days(3)).to_string();
        let late = jamlik_domain::IsoDate::from_date(today - time::Duration::days(3)).to_string();
        let later = jamlik_domain::IsoDate::from_date(today + time::Duration::days(60)).to_string();
        for (title, due) in [
            ("Due soon", soon.as_str()),
            ("Already late", late.as_str()),
            ("Not yet", later.as_str()),
        ] {
            coordinator
                .post_form(
                    &format!("/orgs/{org}/plans/{plan}/measures"),
                    &[
                        ("title", title),
                        ("owner", contributor.as_str()),
                        ("due_date", due),
                    ],
                )
                .await;
        }
        // Two instances run the job at the same moment: each measure is reminded once.
        let second = jamlik_web::AppState::new(app.store.clone(), app.config.clone());
        let first = jamlik_web::AppState::new(app.store.clone(), app.config.clone());
        let (a, b) = tokio::join!(
            jamlik_web::send_due_reminders(&first),
            jamlik_web::send_due_reminders(&second)
        );
        assert_eq!(
            a.unwrap_or(99) + b.unwrap_or(99),
            2,
            "one reminder per measure due"
        );
        assert_eq!(
            jamlik_web::send_due_reminders(&first).await.ok(),
            Some(0),
            "not again this week"
        );
        let due = app
            .mail_with(&["contributor@turku.example", "Due soon"])
            .await
            .unwrap_or_else(|| panic!("no reminder in {:?}", app.outbox()));
        assert!(due.contains("/measures/"), "{due}");
        let overdue = app
            .mail_with(&["contributor@turku.example", "Already late"])
            .await
            .unwrap_or_default();
        assert!(
            overdue.contains("skulle ha varit klar"),
            "Swedish by default, as overdue: {overdue}"
        );
        assert!(
            !app.outbox().iter().any(|m| m.contains("Not yet")),
            "no reminder two months ahead"
        );
    }
);
