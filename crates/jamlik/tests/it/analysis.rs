//! The analysis pages: upload, map, run, result; background jobs with
//! progress; results as evidence; retention of uploaded data; who may do
//! what; and every kind of bad input, each with its own translated message.

use jamlik_domain::Language;
use jamlik_i18n::{DisplayZone, Translator};
use reqwest::StatusCode;

use crate::on_both;
use crate::planning::id_after;
use crate::support::{Client, TestApp, TestDbHandle};

/// A small home-care table: gender, assessed need, age, granted hours.
/// Women are granted three hours less at equal need and age.
fn home_care() -> (String, f64, f64, usize, usize) {
    let mut csv = String::from("gender,need,age,hours\n");
    let (mut women_hours, mut men_hours, mut women, mut men) = (0.0, 0.0, 0, 0);
    for i in 0..40_u32 {
        let woman = i % 5 < 3;
        let need = 1 + i % 4;
        let age = 70 + (i * 7) % 25;
        let noise = f64::from((i * 37) % 10) / 10.0;
        let hours =
            2.0 * f64::from(need) + 0.1 * f64::from(age) + noise - if woman { 3.0 } else { 0.0 };
        let hours = (hours * 10.0).round() / 10.0;
        if woman {
            women_hours += hours;
            women += 1;
        } else {
            men_hours += hours;
            men += 1;
        }
        csv.push_str(&format!(
            "{},{need},{age},{hours:.1}\n",
            if woman { "nainen" } else { "mies" }
        ));
    }
    (csv, women_hours, men_hours, women, men)
}

pub(crate) async fn upload(
    client: &Client,
    org: &str,
    name: &str,
    bytes: &[u8],
) -> crate::support::Answer {
    client
        .post_named_file(&format!("/orgs/{org}/analysis"), name, bytes.to_vec())
        .await
}

/// Uploads a file and runs an analysis on it; returns the job's path.
pub(crate) async fn run(
    client: &Client,
    org: &str,
    bytes: &[u8],
    fields: &[(&str, &str)],
) -> String {
    let uploaded = upload(client, org, "data.csv", bytes).await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let mapping = uploaded.location();
    let ran = client.post_form(&mapping, fields).await;
    assert_eq!(ran.status, StatusCode::SEE_OTHER, "{}", ran.body);
    ran.location()
}

pub(crate) async fn uploads_kept(app: &TestApp) -> usize {
    app.store
        .analysis_uploads(&app.world.own.id)
        .await
        .map(|u| u.len())
        .unwrap_or(usize::MAX)
}

on_both!(
    upload_map_run_and_see_the_result,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let (csv, women_hours, men_hours, women, men) = home_care();

        // The preview names the columns with their types and guesses the roles.
        let uploaded = upload(&coordinator, &org, "home-care.csv", csv.as_bytes()).await;
        assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
        let mapping = coordinator.get(&uploaded.location()).await;
        assert_eq!(mapping.status, StatusCode::OK);
        assert!(mapping.body.contains("whole numbers"), "{}", mapping.body);
        assert!(mapping.body.contains("numbers"));
        assert!(mapping.body.contains("No bad rows"));
        assert!(mapping
            .body
            .contains("<option value=\"gender\" selected>gender</option>"));
        assert!(mapping
            .body
            .contains("<option value=\"hours\" selected>hours</option>"));

        // Run: a small file is analysed at once.
        let ran = coordinator
            .post_form(
                &uploaded.location(),
                &[
                    ("kind", "resources"),
                    ("group", "gender"),
                    ("outcome", "hours"),
                    ("bad_rows", "stop"),
                    ("threshold", "5"),
                ],
            )
            .await;
        assert_eq!(ran.status, StatusCode::SEE_OTHER, "{}", ran.body);
        let result = coordinator.get(&ran.location()).await;
        assert_eq!(result.status, StatusCode::OK);
        let share = |part: f64, whole: f64| format!("{:.0} %", part / whole * 100.0);
        let total = women_hours + men_hours;
        let finding = format!(
            "nainen received {} of the hours but make up {} of the rows.",
            share(women_hours, total),
            share(women as f64, (women + men) as f64)
        );
        assert!(
            result.body.contains(&finding),
            "{finding} in {}",
            result.body
        );
        // A chart with a text alternative, and the same figures in a table.
        assert!(result.body.contains("<svg class=\"chart\""));
        assert!(result.body.contains("<desc id=\"chart-desc\">"));
        assert!(result
            .body
            .contains("<caption id=\"result-table-1\">Shares of hours by gender</caption>"));
        assert!(result
            .body
            .contains("40 rows analysed; 0 left out as bad; 0 left out for a missing value."));
        // The same result reads in Swedish and Finnish.
        let swedish = app.signed_in("coordinator").await.with_language("sv");
        let in_swedish = swedish.get(&ran.location()).await;
        assert!(
            in_swedish.body.contains("nainen fick"),
            "{}",
            in_swedish.body
        );
        let finnish = app.signed_in("coordinator").await.with_language("fi");
        assert!(finnish
            .get(&ran.location())
            .await
            .body
            .contains("nainen sai"));

        // The uploaded rows are gone once the analysis is done (the default).
        assert_eq!(uploads_kept(&app).await, 0);
        assert_eq!(
            coordinator.get(&uploaded.location()).await.status,
            StatusCode::NOT_FOUND
        );
        // The list shows the analysis.
        let list = coordinator.get(&format!("/orgs/{org}/analysis")).await;
        assert!(list.body.contains("home-care.csv"));
        assert!(list.body.contains("Done"));
    }
);

on_both!(
    a_gap_with_controls_is_decomposed_and_small_groups_are_hidden,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let (csv, ..) = home_care();
        let job = run(
            &coordinator,
            &org,
            csv.as_bytes(),
            &[
                ("kind", "gap"),
                ("group", "gender"),
                ("outcome", "hours"),
                ("controls", "need"),
                ("controls", "age"),
                ("bad_rows", "stop"),
                ("threshold", "5"),
            ],
        )
        .await;
        let page = coordinator.get(&job).await;
        assert!(
            page.body.contains("The mean hours of nainen"),
            "{}",
            page.body
        );
        assert!(page.body.contains("lower than that of mies"));
        assert!(page
            .body
            .contains("At equal need, age, the mean hours of nainen is"));
        assert!(page
            .body
            .contains("the part of the gap the controls do not explain."));
        assert!(page.body.contains("explained by need"));

        // With the smallest group shown above the groups' sizes, the figures are hidden, with the reason.
        let hidden = run(
            &coordinator,
            &org,
            csv.as_bytes(),
            &[
                ("kind", "gap"),
                ("group", "gender"),
                ("outcome", "hours"),
                ("bad_rows", "stop"),
                ("threshold", "20"),
            ],
        )
        .await;
        let page = coordinator.get(&hidden).await;
        assert!(
            page.body
                .contains("fewer people than the smallest group shown"),
            "{}",
            page.body
        );
        assert!(page
            .body
            .contains("Figures about groups of fewer than 20 people are hidden."));
        assert!(!page.body.contains("The mean hours of nainen"));
        let stored = app
            .store
            .analysis_job(&app.world.own.id, &id_after(&hidden, "/analysis/"))
            .await
            .unwrap();
        let json: serde_json::Value =
            serde_json::from_str(stored.result.as_deref().unwrap()).unwrap();
        assert!(json["gap"]["first"]["mean"].is_null(), "{json}");
        assert!(json["gap"]["gap"].is_null());

        // Resources: a group below the threshold is hidden, and another with it.
        let mut small = String::from("gender,hours\n");
        for (gender, count) in [("nainen", 30), ("mies", 25), ("muu", 2)] {
            for i in 0..count {
                small.push_str(&format!("{gender},{}\n", 3 + i % 4));
            }
        }
        let job = run(
            &coordinator,
            &org,
            small.as_bytes(),
            &[
                ("kind", "resources"),
                ("group", "gender"),
                ("outcome", "hours"),
                ("bad_rows", "stop"),
                ("threshold", "5"),
            ],
        )
        .await;
        let stored = app
            .store
            .analysis_job(&app.world.own.id, &id_after(&job, "/analysis/"))
            .await
            .unwrap();
        let json: serde_json::Value =
            serde_json::from_str(stored.result.as_deref().unwrap()).unwrap();
        let groups = json["resources"]["groups"].as_array().unwrap();
        let hidden: Vec<&str> = groups
            .iter()
            .filter(|g| g["count"].is_null())
            .map(|g| g["hidden"].as_str().unwrap())
            .collect();
        assert!(hidden.contains(&"below_threshold"), "{json}");
        assert_eq!(
            hidden.len(),
            2,
            "the small group and one to protect it: {json}"
        );
        let page = coordinator.get(&job).await;
        assert!(page
            .body
            .contains("hidden so that another hidden figure cannot be worked out"));
    }
);

on_both!(
    a_large_file_runs_in_the_background_with_progress,
    |db: TestDbHandle| async move {
        // Every file goes to the worker, which looks for work once an hour.
        let app = db
            .app_with(|config| {
                config.analysis_inline_bytes = 0;
                config.analysis_poll_millis = 3_600_000;
            })
            .await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let (csv, ..) = home_care();
        let job = run(
            &coordinator,
            &org,
            csv.as_bytes(),
            &[
                ("kind", "resources"),
                ("group", "gender"),
                ("outcome", "hours"),
                ("bad_rows", "stop"),
                ("threshold", "5"),
            ],
        )
        .await;
        let waiting = coordinator.get(&job).await;
        assert!(waiting.body.contains("Waiting to run"), "{}", waiting.body);
        assert!(waiting.body.contains("<progress max=\"100\" value=\"0\""));
        // Without JavaScript a link reloads the page; with it, htmx polls.
        assert!(waiting.body.contains(&format!(
            "<a href=\"{job}\">Refresh to see the progress</a>"
        )));
        assert!(waiting.body.contains("hx-trigger=\"every 2s\""));
        assert_eq!(uploads_kept(&app).await, 1, "the upload waits for its job");

        // Another instance's worker picks it up: the job is a row, not memory.
        let other_instance = jamlik_web::AppState::new(app.store.clone(), app.config.clone());
        let ran = jamlik_web::run_analysis_jobs(&other_instance)
            .await
            .unwrap();
        assert_eq!(ran, 1);
        assert_eq!(
            jamlik_web::run_analysis_jobs(&other_instance)
                .await
                .unwrap(),
            0,
            "a job runs once"
        );
        let done = coordinator.get(&job).await;
        // A run that dies (its lease runs out) is taken over; after three the job fails.
        let store = &app.store;
        let (csv, ..) = home_care();
        let upload = store
            .add_analysis_upload(
                &jamlik_store::Actor::system("test"),
                &app.world.own.id,
                "x.csv",
                csv.into_bytes(),
                &[],
                "",
            )
            .await
            .unwrap();
        let spec = r#"{"kind":"resources","group":"gender","outcome":"hours","exclude_bad_rows":false,"threshold":5}"#;
        let dying = store
            .create_analysis_job(
                &jamlik_store::Actor::system("test"),
                &app.world.own.id,
                &upload.id,
                "resources",
                spec,
                None,
            )
            .await
            .unwrap();
        for attempt in 1..=jamlik_store::MAX_JOB_ATTEMPTS {
            let claimed = store.claim_analysis_job(600).await.unwrap().unwrap();
            assert_eq!(
                (claimed.id.as_str(), claimed.attempts),
                (dying.id.as_str(), attempt)
            );
            assert!(
                store.claim_analysis_job(600).await.unwrap().is_none(),
                "leased"
            );
            sqlx::query("UPDATE analysis_jobs SET lease_until = 0")
                .execute(store.pool_for_tests())
                .await
                .unwrap();
        }
        assert!(store.claim_analysis_job(600).await.unwrap().is_none());
        jamlik_web::run_analysis_jobs(&other_instance)
            .await
            .unwrap();
        let failed = store
            .analysis_job(&app.world.own.id, &dying.id)
            .await
            .unwrap();
        assert_eq!(failed.state, jamlik_store::JobState::Failed);
        assert!(done.body.contains("received"), "{}", done.body);
        assert!(!done.body.contains("hx-trigger"));
        assert_eq!(uploads_kept(&app).await, 0);
    }
);

on_both!(
    a_result_is_attached_as_evidence_to_an_assessment_and_a_measure,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let started = coordinator
            .post_form(
                &format!("/orgs/{org}/plans"),
                &[
                    ("title", "Equality plan 2026"),
                    ("frameworks", "fi-non-discrimination"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2027-12-31"),
                ],
            )
            .await;
        let plan = id_after(&started.location(), "/plans/");
        coordinator
            .post_form(
                &format!("/orgs/{org}/services"),
                &[("name", "Home care"), ("unit", "Social")],
            )
            .await;
        let service = app.store.services(&app.world.own.id).await.unwrap()[0]
            .id
            .clone();
        let created = coordinator
            .post_form(
                &format!("/orgs/{org}/plans/{plan}/measures"),
                &[("title", "Review the home-care criteria")],
            )
            .await;
        let measure = id_after(&created.location(), "/measures/");
        let (csv, ..) = home_care();
        let job = run(
            &coordinator,
            &org,
            csv.as_bytes(),
            &[
                ("kind", "resources"),
                ("group", "gender"),
                ("outcome", "hours"),
                ("bad_rows", "stop"),
                ("threshold", "5"),
            ],
        )
        .await;
        let page = coordinator.get(&job).await;
        assert!(
            page.body
                .contains(&format!("value=\"assessment:{plan}:{service}\"")),
            "{}",
            page.body
        );

        // To the assessment: a file of the aggregates, never the rows.
        let attached = coordinator
            .post_form(
                &format!("{job}/evidence"),
                &[("target", &format!("assessment:{plan}:{service}"))],
            )
            .await;
        assert_eq!(attached.status, StatusCode::SEE_OTHER, "{}", attached.body);
        assert!(attached
            .location()
            .contains(&format!("/assessment/{service}")));
        let files = app
            .store
            .evidence_files(&app.world.own.id, &plan, &service)
            .await
            .unwrap();
        assert_eq!(files.len(), 1);
        let (_, bytes) = app
            .store
            .evidence_file(&app.world.own.id, &files[0].id)
            .await
            .unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.contains("received"), "{text}");
        assert!(text.contains("nainen"));
        assert!(!text.contains("need,age"), "no individual rows: {text}");
        let assessment = coordinator.get(&attached.location()).await;
        assert!(assessment.body.contains(&files[0].name));

        // To the measure: linked, and listed on the measure's page.
        let linked = coordinator
            .post_form(
                &format!("{job}/evidence"),
                &[("target", &format!("measure:{measure}"))],
            )
            .await;
        assert_eq!(linked.status, StatusCode::SEE_OTHER, "{}", linked.body);
        let measure_page = coordinator.get(&linked.location()).await;
        assert!(
            measure_page.body.contains("Analyses used as evidence"),
            "{}",
            measure_page.body
        );
        assert!(measure_page.body.contains(&job));

        // A contributor cannot attach to a service they do not own.
        let contributor = app.signed_in("contributor").await.with_language("en");
        let refused = contributor
            .post_form(
                &format!("{job}/evidence"),
                &[("target", &format!("assessment:{plan}:{service}"))],
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert_eq!(
            app.store
                .evidence_files(&app.world.own.id, &plan, &service)
                .await
                .unwrap()
                .len(),
            1
        );
    }
);

on_both!(
    uploads_are_kept_only_as_long_as_the_organisation_says,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let (csv, ..) = home_care();
        let fields = [
            ("kind", "resources"),
            ("group", "gender"),
            ("outcome", "hours"),
            ("bad_rows", "stop"),
            ("threshold", "5"),
        ];
        // The settings page sets the retention; a bad value is refused.
        let settings = coordinator.get(&format!("/orgs/{org}/settings")).await;
        assert!(settings
            .body
            .contains("Keep uploaded rows after the analysis, in days"));
        let refused = coordinator
            .post_form(
                &format!("/orgs/{org}/analysis/retention"),
                &[("days", "-3")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let saved = coordinator
            .post_form(
                &format!("/orgs/{org}/analysis/retention"),
                &[("days", "30")],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        assert_eq!(
            app.store
                .analysis_retention(&app.world.own.id)
                .await
                .unwrap(),
            30
        );

        run(&coordinator, &org, csv.as_bytes(), &fields).await;
        let kept = app.store.analysis_uploads(&app.world.own.id).await.unwrap();
        assert_eq!(kept.len(), 1, "kept for 30 days");
        let days = (kept[0].purge_after - jamlik_store::now()) as f64 / 86_400.0;
        assert!((29.9..=30.1).contains(&days), "{days}");
        // The purge leaves it while its time runs…
        let state = jamlik_web::AppState::new(app.store.clone(), app.config.clone());
        jamlik_web::run_analysis_jobs(&state).await.unwrap();
        assert_eq!(uploads_kept(&app).await, 1);
        // …and deletes it once the time has run out.
        sqlx::query("UPDATE analysis_uploads SET purge_after = $1")
            .bind(jamlik_store::now() - 1)
            .execute(app.store.pool_for_tests())
            .await
            .unwrap();
        jamlik_web::run_analysis_jobs(&state).await.unwrap();
        assert_eq!(uploads_kept(&app).await, 0);
        let trail = app
            .store
            .audit_trail(
                Some(&app.world.own.id),
                jamlik_store::PageRequest::new(1, 500).unwrap(),
            )
            .await
            .unwrap();
        assert!(trail
            .items
            .iter()
            .any(|e| e.entity_type == "analysis_upload" && e.action == "delete"));
    }
);

on_both!(
    viewers_read_results_but_do_not_run_and_others_see_nothing,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let (csv, ..) = home_care();
        let job = run(
            &coordinator,
            &org,
            csv.as_bytes(),
            &[
                ("kind", "resources"),
                ("group", "gender"),
                ("outcome", "hours"),
                ("bad_rows", "stop"),
                ("threshold", "5"),
            ],
        )
        .await;
        let viewer = app.signed_in("viewer").await.with_language("en");
        let page = viewer.get(&job).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("received"));
        assert!(!page.body.contains("Attach as evidence"));
        let list = viewer.get(&format!("/orgs/{org}/analysis")).await;
        assert!(!list.body.contains("Upload and check"));
        let refused = upload(&viewer, &org, "x.csv", csv.as_bytes()).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);

        let contributor = app.signed_in("contributor").await.with_language("en");
        let allowed = upload(&contributor, &org, "x.csv", csv.as_bytes()).await;
        assert_eq!(allowed.status, StatusCode::SEE_OTHER);

        let other = app.signed_in("other").await.with_language("en");
        assert_eq!(other.get(&job).await.status, StatusCode::FORBIDDEN);
        // Not even by their own organisation's address.
        let foreign = app.world.foreign.id.to_string();
        let job_id = id_after(&job, "/analysis/");
        assert_eq!(
            other
                .get(&format!("/orgs/{foreign}/analysis/{job_id}"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    }
);

on_both!(
    every_bad_input_gets_its_own_message_and_nothing_half_stored,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");

        // Files that are no table are refused at upload and not stored.
        for (bytes, message) in [
            (&b""[..], "The file is empty."),
            (
                b"gender,hours\n",
                "The file has a header row but no data rows.",
            ),
            // An image and a PDF are not read as one column of mojibake.
            (
                b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x04",
                "The file is not a table",
            ),
            (
                b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\nstream\n\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f",
                "The file is not a table",
            ),
        ] {
            let refused = upload(&coordinator, &org, "bad.csv", bytes).await;
            assert_eq!(
                refused.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{}",
                refused.body
            );
            assert!(
                refused.body.contains(message),
                "{message}: {}",
                refused.body
            );
        }
        assert_eq!(uploads_kept(&app).await, 0);
        let finnish = app.signed_in("coordinator").await.with_language("fi");
        assert!(upload(&finnish, &org, "bad.csv", b"")
            .await
            .body
            .contains("Tiedosto on tyhjä."));

        let resources = [
            ("kind", "resources"),
            ("group", "gender"),
            ("outcome", "hours"),
            ("bad_rows", "stop"),
            ("threshold", "3"),
        ];
        let gap = |controls: &'static [&'static str]| {
            let mut fields = vec![
                ("kind", "gap"),
                ("group", "gender"),
                ("outcome", "hours"),
                ("bad_rows", "stop"),
                ("threshold", "3"),
            ];
            fields.extend(controls.iter().map(|c| ("controls", *c)));
            fields
        };
        let failed = |path: String| {
            let coordinator = coordinator.clone();
            async move {
                let page = coordinator.get(&path).await;
                assert!(
                    page.body.contains("The analysis could not be run:"),
                    "{}",
                    page.body
                );
                page.body
            }
        };

        // Through the API the same error has its code, its details and a
        // message in the caller's language.
        let flat_job = run(
            &coordinator,
            &org,
            b"gender,hours\nnainen,4\nmies,4\n",
            &resources,
        )
        .await;
        let job_id = id_after(&flat_job, "/analysis/");
        let user = app
            .store
            .user_by_email(&jamlik_domain::Email::parse("coordinator@turku.example").unwrap())
            .await
            .unwrap()
            .unwrap();
        let (_, token) = app
            .store
            .create_api_token(&jamlik_store::Actor::system("test"), &user.id, "analysis")
            .await
            .unwrap();
        let answer = app
            .client()
            .with_language("sv")
            .api(
                reqwest::Method::GET,
                &format!("/api/v1/organisations/{org}/analyses/{job_id}"),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        let json = answer.json();
        assert_eq!(json["state"], "failed");
        assert_eq!(json["error"]["code"], "analysis.no_variation");
        assert_eq!(json["error"]["details"]["what"], "hours");
        assert_eq!(
            json["error"]["message"],
            "hours varierar inte: alla rader har samma värde."
        );

        // Ragged rows: listed on the preview with row, and the run stops there…
        let ragged = "gender,hours\nnainen,3\nmies,4,9\nnainen,5\nmies,6\nnainen,2\nmies,8\n";
        let uploaded = upload(&coordinator, &org, "ragged.csv", ragged.as_bytes()).await;
        let preview = coordinator.get(&uploaded.location()).await;
        assert!(
            preview
                .body
                .contains("the row has 3 fields where the header has 2"),
            "{}",
            preview.body
        );
        let stopped = coordinator
            .post_form(&uploaded.location(), &resources)
            .await;
        let body = failed(stopped.location()).await;
        assert!(
            body.contains("Row 3 has 3 fields where the header has 2."),
            "{body}"
        );
        // …or leaves them out and counts them in the result.
        let mut excluded = resources.to_vec();
        excluded[3] = ("bad_rows", "exclude");
        let job = run(&coordinator, &org, ragged.as_bytes(), &excluded).await;
        let page = coordinator.get(&job).await;
        assert!(
            page.body.contains("5 rows analysed; 1 left out as bad;"),
            "{}",
            page.body
        );

        // A non-numeric outcome names its row, column and value.
        let text = "gender,hours\nnainen,many\nmies,4\nnainen,5\nmies,6\n";
        let body = failed(run(&coordinator, &org, text.as_bytes(), &resources).await).await;
        assert!(
            body.contains("Row 2, column hours: “many” is not a number."),
            "{body}"
        );

        // An outcome with no variation.
        let flat = "gender,hours\nnainen,4\nmies,4\nnainen,4\nmies,4\n";
        let body = failed(run(&coordinator, &org, flat.as_bytes(), &resources).await).await;
        assert!(body.contains("hours does not vary"), "{body}");

        // A group with no members: every woman's row lacks the outcome.
        let empty =
            "gender,need,hours\nnainen,1,\nnainen,2,\nmies,1,4\nmies,2,5\nmies,3,7\nmies,4,8\n";
        let body = failed(run(&coordinator, &org, empty.as_bytes(), &gap(&[])).await).await;
        assert!(body.contains("The group nainen has no members."), "{body}");

        // A constant control makes the design singular.
        let mut constant = String::from("gender,need,region,hours\n");
        for i in 0..20 {
            constant.push_str(&format!(
                "{},{},1,{}\n",
                if i % 2 == 0 { "nainen" } else { "mies" },
                1 + i % 4,
                3 + (i * 7) % 5
            ));
        }
        let body = failed(
            run(
                &coordinator,
                &org,
                constant.as_bytes(),
                &gap(&["need", "region"]),
            )
            .await,
        )
        .await;
        assert!(
            body.contains("The control region is constant or follows from the other controls"),
            "{body}"
        );

        // Fewer observations than parameters.
        let few = "gender,need,age,hours\nnainen,1,70,3\nnainen,2,80,4\nmies,1,75,5\nmies,2,71,6\nmies,3,90,7\nmies,4,85,8\n";
        let body =
            failed(run(&coordinator, &org, few.as_bytes(), &gap(&["need", "age"])).await).await;
        assert!(
            body.contains("There are 2 usable rows where at least 4 are needed"),
            "{body}"
        );

        // A mapping that does not fit the analysis is refused on the form.
        let uploaded = upload(&coordinator, &org, "x.csv", flat.as_bytes()).await;
        let refused = coordinator
            .post_form(
                &uploaded.location(),
                &[
                    ("kind", "resources"),
                    ("group", "hours"),
                    ("outcome", "hours"),
                    ("threshold", "5"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("each column in one role only"));

        // Failed jobs store no result, and their uploads are gone too.
        let jobs = app
            .store
            .analysis_jobs(&app.world.own.id, 50)
            .await
            .unwrap();
        assert!(jobs
            .iter()
            .filter(|j| j.error.is_some())
            .all(|j| j.result.is_none()));
        assert_eq!(jobs.iter().filter(|j| j.error.is_some()).count(), 7);
        assert_eq!(uploads_kept(&app).await, 1, "only the upload never run");
    }
);

#[test]
fn every_analysis_error_reads_in_three_languages() {
    for language in [Language::Swedish, Language::Finnish, Language::English] {
        let t = Translator::new(language, DisplayZone::Helsinki);
        for code in jamlik_stats::AnalysisError::CODES {
            let key = format!(
                "analysis-error-{}",
                code.trim_start_matches("analysis.").replace('_', "-")
            );
            assert!(t.has(&key), "{key} missing in {language:?}");
        }
    }
}

on_both!(
    an_upload_is_read_once_and_its_mapping_page_never_reads_it_again,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let contributor = app.signed_in("contributor").await.with_language("en");
        let (csv, ..) = home_care();
        let bad = format!("{csv}mies,x,80,3.0\n");
        let uploaded = upload(&contributor, &org, "home-care.csv", bad.as_bytes()).await;
        assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
        // The kept bytes are replaced by ones that do not read: the page
        // shows what was read when the file arrived all the same.
        sqlx::query("UPDATE analysis_uploads SET content = $1")
            .bind(b"\x00\x01 not a table".to_vec())
            .execute(app.store.pool_for_tests())
            .await
            .unwrap();
        let mapping = contributor.get(&uploaded.location()).await;
        assert_eq!(mapping.status, StatusCode::OK, "{}", mapping.body);
        assert!(mapping.body.contains("whole numbers"), "{}", mapping.body);
        assert!(
            mapping.body.contains("<td>nainen</td>") || mapping.body.contains(">nainen<"),
            "the preview's first rows"
        );
        assert!(mapping.body.contains("x"), "the bad row's value");
        assert!(!mapping.body.contains("No bad rows"));
        // A mapping that cannot run shows the page again, from the same profile.
        let again = contributor
            .post_form(&uploaded.location(), &[("kind", "nonsense")])
            .await;
        assert_eq!(
            again.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            again.body
        );
        assert!(again.body.contains("whole numbers"));
        // Only running reads the bytes.
        let ran = contributor
            .post_form(
                &uploaded.location(),
                &[
                    ("kind", "resources"),
                    ("group", "gender"),
                    ("outcome", "hours"),
                    ("bad_rows", "exclude"),
                    ("threshold", "5"),
                ],
            )
            .await;
        assert_eq!(ran.status, StatusCode::SEE_OTHER, "{}", ran.body);
        let result = contributor.get(&ran.location()).await;
        assert!(
            result.body.contains("The analysis could not be run"),
            "{}",
            result.body
        );
    }
);
