//! Measures after they are added: editing, indicators, the plan's stable
//! public address, and carrying measures forward into the next plan.

use jamlik_domain::MeasureStatus;
use jamlik_store::{Measure, PageRequest};
use reqwest::StatusCode;

use crate::on_both;
use crate::planning::{id_after, user_id};
use crate::support::{Client, TestApp, TestDbHandle};

async fn start_plan(app: &TestApp, coordinator: &Client, title: &str, previous: &str) -> String {
    let org = app.world.own.id.to_string();
    let started = coordinator
        .post_form(
            &format!("/orgs/{org}/plans"),
            &[
                ("title", title),
                ("frameworks", "fi-non-discrimination"),
                ("period_start", "2026-01-01"),
                ("period_end", "2027-12-31"),
                ("previous", previous),
            ],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    id_after(&started.location(), "/plans/")
}

async fn add_measure(
    app: &TestApp,
    coordinator: &Client,
    plan: &str,
    fields: &[(&str, &str)],
) -> String {
    let org = app.world.own.id.to_string();
    let created = coordinator
        .post_form(&format!("/orgs/{org}/plans/{plan}/measures"), fields)
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    id_after(&created.location(), "/measures/")
}

async fn stored(app: &TestApp, measure: &str) -> Measure {
    app.store
        .measure(&app.world.own.id, measure)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

on_both!(
    a_measure_is_edited_field_by_field_by_whom_the_roles_allow,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let contributor = app.signed_in("contributor").await.with_language("en");
        let contributor_id = user_id(&app, "contributor").await;
        let coordinator_id = user_id(&app, "coordinator").await;
        let plan = start_plan(&app, &coordinator, "Plan", "").await;
        let measure = add_measure(
            &app,
            &coordinator,
            &plan,
            &[("title", "Ramps"), ("owner_unit", "Culture")],
        )
        .await;
        let edit = format!("/orgs/{org}/measures/{measure}/edit");
        let all = |title: &'static str, owner: String, unit: &'static str| {
            vec![
                ("title", title.to_owned()),
                ("goal", "Every library step-free".to_owned()),
                ("owner", owner),
                ("owner_unit", unit.to_owned()),
                ("budget", "1 250,50".to_owned()),
                ("start_date", "2026-02-01".to_owned()),
                ("due_date", "2026-09-30".to_owned()),
            ]
        };
        let fields = all(
            "Ramps at every library",
            contributor_id.clone(),
            "Library services",
        );
        let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let saved = coordinator.post_form(&edit, &form).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let after = stored(&app, &measure).await;
        assert_eq!(after.title, "Ramps at every library");
        assert_eq!(after.goal, "Every library step-free");
        assert_eq!(
            after.owner_user_id.as_ref().map(|u| u.to_string()),
            Some(contributor_id.clone())
        );
        assert_eq!(after.owner_unit, "Library services");
        assert_eq!(after.budget_cents, Some(125_050));
        assert_eq!(
            after.start_date.as_ref().map(|d| d.to_string()).as_deref(),
            Some("2026-02-01")
        );
        assert_eq!(
            after.due_date.as_ref().map(|d| d.to_string()).as_deref(),
            Some("2026-09-30")
        );
        // The audit trail has the field-level change, before and after.
        let trail = app
            .store
            .audit_trail(
                Some(&app.world.own.id),
                PageRequest {
                    page: 1,
                    per_page: 100,
                },
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let entry = trail
            .items
            .iter()
            .find(|e| e.entity_type == "measure" && e.action == "edit")
            .unwrap_or_else(|| panic!("the edit is not audited"));
        let before: serde_json::Value =
            serde_json::from_str(entry.before_json.as_deref().unwrap_or("null")).unwrap();
        let after_json: serde_json::Value =
            serde_json::from_str(entry.after_json.as_deref().unwrap_or("null")).unwrap();
        assert_eq!(before["title"], "Ramps");
        assert_eq!(after_json["title"], "Ramps at every library");
        assert_eq!(before["owner_unit"], "Culture");
        assert_eq!(after_json["budget_cents"], 125_050);
        let audit_page = coordinator.get(&format!("/orgs/{org}/audit")).await;
        assert!(
            audit_page
                .body
                .contains("<del>Ramps</del> → <ins>Ramps at every library</ins>"),
            "the audit page shows the title before and after"
        );

        // Each bad input is refused next to its field, and nothing is saved.
        let outsider = user_id(&app, "other").await;
        let long_unit = "x".repeat(201);
        for (field, bad, message) in [
            (
                "due_date",
                "2026-01-15",
                "The due date cannot be before the start date.",
            ),
            (
                "owner",
                outsider.as_str(),
                "The responsible person must be a member of the organisation.",
            ),
            ("budget", "a lot", "Enter the budget as an amount"),
            (
                "owner_unit",
                long_unit.as_str(),
                "The text is too long (at most 200 characters on one line).",
            ),
            ("title", "", "Enter a name or a description."),
            ("start_date", "2026-02-30", "Enter the date as YYYY-MM-DD"),
        ] {
            let mut form = form.clone();
            for pair in form.iter_mut() {
                if pair.0 == field {
                    pair.1 = bad;
                }
            }
            let refused = coordinator.post_form(&edit, &form).await;
            assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
            let id = match field {
                "owner_unit" => "edit-unit-error".to_owned(),
                "start_date" => "edit-start-error".to_owned(),
                "due_date" => "edit-due-error".to_owned(),
                other => format!("edit-{other}-error"),
            };
            let next_to_field = refused
                .body
                .split(&format!("id=\"{id}\">"))
                .nth(1)
                .unwrap_or_default();
            assert!(
                next_to_field.starts_with(message),
                "{field}: {message:?} not next to the field"
            );
            assert_eq!(
                stored(&app, &measure).await,
                after,
                "{field}: nothing saved"
            );
        }

        // The contributor who owns it edits the goal, but may not reassign it.
        let own_goal = contributor
            .post_form(&edit, &[("goal", "Step-free entrances by autumn")])
            .await;
        assert_eq!(own_goal.status, StatusCode::SEE_OTHER, "{}", own_goal.body);
        assert_eq!(
            stored(&app, &measure).await.goal,
            "Step-free entrances by autumn"
        );
        let reassign = contributor
            .post_form(
                &edit,
                &[("goal", "Mine"), ("owner", coordinator_id.as_str())],
            )
            .await;
        assert_eq!(reassign.status, StatusCode::FORBIDDEN);
        let retitle = contributor
            .post_form(&edit, &[("goal", "Mine"), ("title", "Renamed")])
            .await;
        assert_eq!(retitle.status, StatusCode::FORBIDDEN);
        let unchanged = stored(&app, &measure).await;
        assert_eq!(unchanged.goal, "Step-free entrances by autumn");
        assert_eq!(
            unchanged.owner_user_id.map(|u| u.to_string()),
            Some(contributor_id)
        );
        // A measure they do not own is not theirs to edit.
        let others = add_measure(
            &app,
            &coordinator,
            &plan,
            &[("title", "Plain letters"), ("owner_unit", "Communications")],
        )
        .await;
        let not_own = contributor
            .post_form(
                &format!("/orgs/{org}/measures/{others}/edit"),
                &[("goal", "Mine now")],
            )
            .await;
        assert_eq!(not_own.status, StatusCode::FORBIDDEN);
        assert_eq!(stored(&app, &others).await.goal, "");
        let viewer = app.signed_in("viewer").await;
        assert_eq!(
            viewer.post_form(&edit, &[("goal", "x")]).await.status,
            StatusCode::FORBIDDEN
        );
    }
);

on_both!(
    indicators_live_on_measures_and_in_versions_and_the_plan_keeps_one_public_address,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let contributor = app.signed_in("contributor").await.with_language("en");
        let contributor_id = user_id(&app, "contributor").await;
        let plan = start_plan(&app, &coordinator, "Plan 2026", "").await;
        let measure = add_measure(
            &app,
            &coordinator,
            &plan,
            &[
                ("title", "Swedish forms"),
                ("owner", contributor_id.as_str()),
                ("owner_unit", "Social services"),
            ],
        )
        .await;
        let indicators = format!("/orgs/{org}/measures/{measure}/indicators");
        // The owner adds indicators; an empty name is refused next to the field.
        let nameless = contributor
            .post_form(&indicators, &[("name", " "), ("baseline", "40 %")])
            .await;
        assert_eq!(nameless.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(nameless
            .body
            .contains("id=\"indicator-new-name-error\">Enter a name or a description."));
        assert!(stored(&app, &measure).await.indicators.is_empty());
        for (name, baseline, target) in [
            ("Share of forms available in Swedish", "40 %", "100 %"),
            ("Complaints about language", "12", "0"),
        ] {
            let added = contributor
                .post_form(
                    &indicators,
                    &[("name", name), ("baseline", baseline), ("target", target)],
                )
                .await;
            assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        }
        let listed = stored(&app, &measure).await.indicators;
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[0].name, "Share of forms available in Swedish");
        let complaints = listed[1].id.clone();
        let removed = coordinator
            .post_form(&format!("{indicators}/{complaints}/remove"), &[])
            .await;
        assert_eq!(removed.status, StatusCode::SEE_OTHER);
        let listed = stored(&app, &measure).await.indicators;
        assert_eq!(listed.len(), 1);
        let share = listed[0].id.clone();
        let plan_page = coordinator.get(&format!("/orgs/{org}/plans/{plan}")).await;
        assert!(
            plan_page
                .body
                .contains("Share of forms available in Swedish: 40 % → 100 %"),
            "the plan's measure rows show the indicators"
        );

        // Version 1, published: the stable address and the version's own show it.
        let approve = format!("/orgs/{org}/plans/{plan}/approve");
        let publish = format!("/orgs/{org}/plans/{plan}/publish");
        assert_eq!(
            app.client().get("/p/no-such-plan").await.status,
            StatusCode::NOT_FOUND
        );
        coordinator
            .post_form(
                &approve,
                &[("body", "City council"), ("approved_on", "2026-01-15")],
            )
            .await;
        assert!(
            app.store
                .plan(&app.world.own.id, &plan)
                .await
                .unwrap_or_else(|e| panic!("{e}"))
                .public_id
                .is_none(),
            "an approved but unpublished plan has no public address"
        );
        coordinator.post_form(&publish, &[]).await;
        let stable = app
            .store
            .plan(&app.world.own.id, &plan)
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .public_id
            .map(|id| format!("/p/{id}"))
            .unwrap_or_else(|| panic!("no stable address"));
        let versions = app
            .store
            .plan_versions(&app.world.own.id, &plan)
            .await
            .unwrap_or_default();
        let first = format!("/p/{}", versions[0].public_id.clone().unwrap_or_default());
        assert_ne!(stable, first);
        let plan_page = coordinator.get(&format!("/orgs/{org}/plans/{plan}")).await;
        assert!(
            plan_page.body.contains(&format!("href=\"{stable}\"")),
            "the plan page shows its address"
        );
        let public = app.client().with_language("en").get(&stable).await;
        assert_eq!(public.status, StatusCode::OK);
        assert!(
            public.body.contains("<dd>1</dd>"),
            "version 1 at the stable address"
        );
        assert!(public
            .body
            .contains("Share of forms available in Swedish: 40 % → 100 %"));
        let (_, snapshot) = app
            .store
            .plan_version(&app.world.own.id, &plan, 1)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            snapshot.measures[0].indicators.len(),
            1,
            "the snapshot keeps the indicators"
        );

        // The follow-up updates the current value; version 2 is approved, not yet published.
        let updated = contributor
            .post_form(
                &format!("{indicators}/{share}"),
                &[
                    ("name", "Share of forms available in Swedish"),
                    ("baseline", "40 %"),
                    ("target", "100 %"),
                    ("current", "70 %"),
                ],
            )
            .await;
        assert_eq!(updated.status, StatusCode::SEE_OTHER, "{}", updated.body);
        coordinator
            .post_form(
                &approve,
                &[("body", "City council"), ("approved_on", "2026-03-15")],
            )
            .await;
        let unpublished = app.client().with_language("en").get(&stable).await;
        assert!(
            unpublished.body.contains("<dd>1</dd>") && !unpublished.body.contains("70 %"),
            "the public never sees a version before it is published"
        );
        let changes = coordinator
            .get(&format!("/orgs/{org}/plans/{plan}/versions/2/changes"))
            .await;
        assert!(
            changes.body.contains(
                "<del>Share of forms available in Swedish: 40 % → 100 %</del> → <ins>Share of forms available in Swedish: 40 % → 100 % (now 70 %)</ins>"
            ),
            "{}",
            changes.body
        );
        coordinator.post_form(&publish, &[]).await;
        let newest = app.client().with_language("en").get(&stable).await;
        assert!(newest.body.contains("<dd>2</dd>") && newest.body.contains("(now 70 %)"));
        assert!(newest
            .body
            .contains("always shows the newest published version"));
        let old = app.client().with_language("en").get(&first).await;
        assert_eq!(old.status, StatusCode::OK);
        assert!(old.body.contains("<dd>1</dd>") && !old.body.contains("(now 70 %)"));
        assert!(old
            .body
            .contains("This is version 1 of the plan. A newer version has been published since."));
        assert!(old.body.contains(&format!("href=\"{stable}\"")));
        let start = app.client().get("/").await;
        assert!(
            start.body.contains(&stable),
            "the start page links the stable address"
        );

        // A plan that is only a draft has no public page.
        let draft = start_plan(&app, &coordinator, "Draft plan", "").await;
        assert!(app
            .store
            .plan(&app.world.own.id, &draft)
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .public_id
            .is_none());
        let missing = app
            .client()
            .with_language("en")
            .get(&format!("/p/{draft}"))
            .await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
    }
);

on_both!(
    a_new_plan_carries_forward_the_unfinished_measures_and_evaluates_the_previous_plan,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let previous = start_plan(&app, &coordinator, "Plan 2022–2025", "").await;
        let mut ids = Vec::new();
        for (title, status) in [
            ("Done measure", "done"),
            ("Dropped measure", "dropped"),
            ("Going measure", "in_progress"),
            ("Late measure", "delayed"),
            ("Waiting measure", "planned"),
        ] {
            let id = add_measure(
                &app,
                &coordinator,
                &previous,
                &[
                    ("title", title),
                    ("owner_unit", "HR"),
                    ("due_date", "2025-06-30"),
                ],
            )
            .await;
            coordinator
                .post_form(
                    &format!("/orgs/{org}/measures/{id}/status"),
                    &[("status", status)],
                )
                .await;
            ids.push((title, id));
        }
        let going = ids[2].1.clone();
        coordinator
            .post_form(
                &format!("/orgs/{org}/measures/{going}/indicators"),
                &[
                    ("name", "Trained managers"),
                    ("baseline", "0"),
                    ("target", "40"),
                ],
            )
            .await;
        // A plan of another organisation cannot be continued.
        let refused = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Plan 2026–2029"),
                    ("frameworks", "fi-non-discrimination"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2029-12-31"),
                    ("previous", "no-such-plan"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused
            .body
            .contains("Choose a previous plan of this organisation, or none."));
        assert_eq!(
            app.store
                .plans(&app.world.own.id)
                .await
                .unwrap_or_default()
                .len(),
            1,
            "nothing was saved"
        );
        let next = start_plan(&app, &coordinator, "Plan 2026–2029", &previous).await;
        let carried = app
            .store
            .measures(&app.world.own.id, &next)
            .await
            .unwrap_or_default();
        let mut titles: Vec<&str> = carried.iter().map(|m| m.title.as_str()).collect();
        titles.sort_unstable();
        assert_eq!(titles, ["Going measure", "Late measure", "Waiting measure"]);
        for measure in &carried {
            assert_eq!(measure.status, MeasureStatus::Planned);
            let origin = ids
                .iter()
                .find(|(title, _)| *title == measure.title)
                .map(|(_, id)| id.clone());
            assert_eq!(
                measure.carried_from, origin,
                "the copy remembers its origin"
            );
            let history = app
                .store
                .measure_history(&app.world.own.id, &measure.id)
                .await
                .unwrap_or_default();
            assert_eq!(history.len(), 1);
            assert_eq!(
                history[0].carried_from_plan,
                Some((previous.clone(), "Plan 2022–2025".to_owned()))
            );
        }
        let going_copy = carried
            .iter()
            .find(|m| m.title == "Going measure")
            .unwrap_or_else(|| panic!("not carried"));
        assert_eq!(going_copy.indicators[0].name, "Trained managers");
        let page = coordinator
            .get(&format!("/orgs/{org}/measures/{}", going_copy.id))
            .await;
        assert!(page.body.contains("Carried forward from “Plan 2022–2025”"));
        let old_measures = app
            .store
            .measures(&app.world.own.id, &previous)
            .await
            .unwrap_or_default();
        assert_eq!(
            old_measures.len(),
            5,
            "the previous plan keeps its measures"
        );

        // The evaluation lists every measure of the previous plan with its final status.
        let plan_page = coordinator.get(&format!("/orgs/{org}/plans/{next}")).await;
        assert!(plan_page.body.contains("Evaluation of the previous plan"));
        for (title, _) in &ids {
            assert!(
                plan_page.body.contains(title),
                "{title} is not in the evaluation"
            );
        }
        let done = ids[0].1.clone();
        let late = ids[3].1.clone();
        let evaluation = format!("/orgs/{org}/plans/{next}/evaluation");
        let too_long = "x".repeat(5_001);
        let refused = coordinator
            .post_form(
                &evaluation,
                &[
                    (format!("evaluation:{done}").as_str(), "Worked well"),
                    (format!("evaluation:{late}").as_str(), too_long.as_str()),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("The text is too long"));
        let foreign = coordinator
            .post_form(&evaluation, &[("evaluation:not-a-measure", "x")])
            .await;
        assert!(foreign
            .body
            .contains("The evaluation names a measure that is not in the previous plan."));
        let saved = coordinator
            .post_form(
                &evaluation,
                &[
                    (format!("evaluation:{done}").as_str(), "Worked well"),
                    (
                        format!("evaluation:{late}").as_str(),
                        "Too little time; continues",
                    ),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let (_, rows) = app
            .store
            .previous_plan_evaluation(&app.world.own.id, &next)
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no previous plan"));
        let text = |id: &str| {
            rows.iter()
                .find(|r| r.measure.id == id)
                .map(|r| r.evaluation.clone())
                .unwrap_or_default()
        };
        assert_eq!(text(&done), "Worked well");
        assert_eq!(text(&late), "Too little time; continues");
        assert_eq!(rows.len(), 5);
        // The evaluation goes into the approved version.
        coordinator
            .post_form(
                &format!("/orgs/{org}/plans/{next}/approve"),
                &[("body", "City council"), ("approved_on", "2026-01-15")],
            )
            .await;
        let (_, snapshot) = app
            .store
            .plan_version(&app.world.own.id, &next, 1)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(snapshot.evaluations.len(), 5);
        assert!(snapshot
            .evaluations
            .iter()
            .any(|e| e.title == "Done measure"
                && e.status == MeasureStatus::Done
                && e.evaluation == "Worked well"));
        // Only a coordinator evaluates.
        let contributor = app.signed_in("contributor").await;
        assert_eq!(
            contributor
                .post_form(&evaluation, &[(format!("evaluation:{done}").as_str(), "x")])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    }
);
