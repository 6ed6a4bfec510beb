//! National monitoring: statuses computed through the store, self-reports
//! checked whole at submission, the open-data API's paging, filters and
//! errors, what the public sees, and the downloads with their licence line.

use jamlik_domain::{IsoDate, OrgId, PayFigures, PlanDraft, PlanStatus, StatusSource};
use jamlik_store::{Actor, NewSelfReport, OrganisationSettings, StatusFilter, Store};
use reqwest::{Method, StatusCode};

use crate::on_both;
use crate::support::TestDbHandle;

fn day(raw: &str) -> time::Date {
    IsoDate::parse(raw).unwrap().date().unwrap()
}

fn iso(raw: &str) -> IsoDate {
    IsoDate::parse(raw).unwrap()
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// A self-report with every required element of the framework, except
/// those named in `without`.
fn report(framework: &str, approved_on: &str, without: &[&str]) -> NewSelfReport {
    let pack = jamlik_packs::shipped().unwrap().get(framework).unwrap();
    NewSelfReport {
        framework: framework.into(),
        approved_on: iso(approved_on),
        approved_body: "Board".into(),
        link: Some("https://example.org/plan".into()),
        file: None,
        elements: pack
            .required_element_ids()
            .filter(|e| !without.contains(e))
            .map(str::to_owned)
            .collect(),
        pay_survey_on: None,
        followed_up_on: None,
        figures: PayFigures {
            women_pay_percent: Some(95.0),
            ..PayFigures::default()
        },
        jump_confirmed: false,
    }
}

async fn with_staff(store: &Store, org: &OrgId, staff: i64) {
    let current = store.organisation(org).await.unwrap();
    store
        .update_organisation_settings(
            &Actor::system("test"),
            org,
            OrganisationSettings {
                languages: current.languages,
                frameworks: current.frameworks,
                staff_size: Some(staff),
            },
        )
        .await
        .unwrap();
}

async fn status_of(
    store: &Store,
    org: &OrgId,
    framework: &str,
    as_of: time::Date,
) -> jamlik_store::StatusRow {
    let rows = store
        .organisation_statuses(
            &StatusFilter {
                org: Some(org.clone()),
                framework: Some(framework.into()),
                ..StatusFilter::default()
            },
            as_of,
            None,
        )
        .await
        .unwrap()
        .items;
    assert_eq!(rows.len(), 1, "one row for {framework}: {rows:?}");
    rows.into_iter().next().unwrap()
}

on_both!(
    each_status_transition_through_the_store,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let store = &app.store;
        let org = app.world.own.id.clone();
        let actor = Actor::system("test");

        // Without a staff size the 30-employee threshold is not met: no gender
        // equality plan is asked of it, but the non-discrimination plan is.
        let frameworks: Vec<String> = store
            .organisation_statuses(
                &StatusFilter {
                    org: Some(org.clone()),
                    ..StatusFilter::default()
                },
                day("2026-01-10"),
                None,
            )
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|r| r.framework)
            .collect();
        assert!(frameworks.contains(&"fi-non-discrimination".to_owned()));
        assert!(!frameworks.contains(&"fi-gender-equality".to_owned()));
        with_staff(store, &org, 500).await;

        let ge = "fi-gender-equality";
        let none = status_of(store, &org, ge, day("2026-01-10")).await;
        assert_eq!(none.status, PlanStatus::NoPlan);
        assert_eq!(none.source, StatusSource::None);

        // Approved and current until its two-year cycle passes, then outdated.
        store
            .submit_self_report(&actor, &org, report(ge, "2025-06-01", &[]))
            .await
            .unwrap();
        let current = status_of(store, &org, ge, day("2026-01-10")).await;
        assert_eq!(current.status, PlanStatus::ApprovedCurrent);
        assert_eq!(current.source, StatusSource::SelfReport);
        assert_eq!(current.next_change, Some(iso("2027-06-01")));
        assert_eq!(current.size_band, "250-999");
        let outdated = status_of(store, &org, ge, day("2027-06-01")).await;
        assert_eq!(outdated.status, PlanStatus::Outdated);
        assert_eq!(outdated.next_change, None);
        // Before the report was approved, there was no plan.
        let before = status_of(store, &org, ge, day("2025-05-31")).await;
        assert_eq!(before.status, PlanStatus::NoPlan);

        // A newer report without the measures: required elements missing, named.
        store
            .submit_self_report(&actor, &org, report(ge, "2025-09-01", &["measures"]))
            .await
            .unwrap();
        let missing = status_of(store, &org, ge, day("2026-01-10")).await;
        assert_eq!(missing.status, PlanStatus::ElementsMissing);
        assert_eq!(missing.missing, vec!["measures"]);
        assert_eq!(missing.next_change, Some(iso("2027-09-01")));

        // Then one without the pay survey.
        store
            .submit_self_report(&actor, &org, report(ge, "2025-10-01", &["pay-survey"]))
            .await
            .unwrap();
        let pay = status_of(store, &org, ge, day("2026-01-10")).await;
        assert_eq!(pay.status, PlanStatus::PaySurveyMissing);
        assert_eq!(pay.missing, vec!["pay-survey"]);

        // Non-discrimination: follow-up yearly with 90 days' grace.
        let nd = "fi-non-discrimination";
        store
            .submit_self_report(&actor, &org, report(nd, "2024-01-01", &[]))
            .await
            .unwrap();
        let due = status_of(store, &org, nd, day("2025-03-31")).await;
        assert_eq!(due.status, PlanStatus::ApprovedCurrent);
        assert_eq!(due.next_change, Some(iso("2025-04-01")));
        let overdue = status_of(store, &org, nd, day("2025-04-01")).await;
        assert_eq!(overdue.status, PlanStatus::FollowUpOverdue);
        let mut followed = report(nd, "2024-01-02", &[]);
        followed.followed_up_on = Some(iso("2025-01-15"));
        store
            .submit_self_report(&actor, &org, followed)
            .await
            .unwrap();
        let again = status_of(store, &org, nd, day("2025-04-01")).await;
        assert_eq!(again.status, PlanStatus::ApprovedCurrent);
        assert_eq!(again.next_change, Some(iso("2026-04-15")));

        // A plan in Jämlik: a draft, then approved without its elements written.
        let foreign = app.world.foreign.id.clone();
        with_staff(store, &foreign, 200).await;
        let draft = PlanDraft::parse(
            "Tasa-arvosuunnitelma",
            &[ge.to_owned()],
            "2026-01-01",
            "2027-12-31",
            "",
        )
        .unwrap();
        let plan = store.create_plan(&actor, &foreign, draft).await.unwrap();
        let now = today();
        let drafted = status_of(store, &foreign, ge, now).await;
        assert_eq!(drafted.status, PlanStatus::Draft);
        assert_eq!(drafted.source, StatusSource::Plan);
        let approved_on = jamlik_domain::IsoDate::from_date(now);
        store
            .approve_plan(&actor, &foreign, &plan.id, "Board", &approved_on, "§ 1")
            .await
            .unwrap();
        let approved = status_of(store, &foreign, ge, now).await;
        assert_eq!(approved.source, StatusSource::Plan);
        assert_eq!(approved.status, PlanStatus::ElementsMissing);
        assert!(
            approved.missing.contains(&"measures".to_owned()),
            "{approved:?}"
        );
        assert!(
            approved.missing.contains(&"pay-survey".to_owned()),
            "{approved:?}"
        );
        assert_eq!(approved.approved_on, Some(approved_on));

        // Filters narrow the list.
        let outdated_only = store
            .organisation_statuses(
                &StatusFilter {
                    status: Some(PlanStatus::ElementsMissing),
                    ..StatusFilter::default()
                },
                now,
                None,
            )
            .await
            .unwrap();
        assert!(outdated_only
            .items
            .iter()
            .all(|r| r.status == PlanStatus::ElementsMissing));
        assert!(outdated_only
            .items
            .iter()
            .any(|r| r.org_id == foreign.as_str()));
        let by_code = store
            .organisation_statuses(
                &StatusFilter {
                    code: Some("638".into()),
                    ..StatusFilter::default()
                },
                now,
                None,
            )
            .await
            .unwrap();
        assert!(!by_code.items.is_empty());
        assert!(by_code
            .items
            .iter()
            .all(|r| r.code.as_deref() == Some("638")));

        // Several dates read at once (the dashboard's figures over time) give
        // what each date gives alone, across the transitions above.
        let dates = [
            day("2024-06-01"),
            day("2025-07-01"),
            day("2026-01-10"),
            day("2027-09-01"),
            now,
        ];
        let everyone = StatusFilter::default();
        let together = store
            .organisation_statuses_on(&everyone, &dates)
            .await
            .unwrap();
        assert_eq!(together.len(), dates.len());
        for (date, rows) in dates.iter().zip(&together) {
            let alone = store
                .organisation_statuses(&everyone, *date, None)
                .await
                .unwrap()
                .items;
            assert_eq!(format!("{rows:?}"), format!("{alone:?}"), "on {date}");
        }
        let statuses: std::collections::HashSet<_> = together
            .iter()
            .flatten()
            .filter(|r| r.org_id == org.as_str())
            .map(|r| r.status)
            .collect();
        assert!(
            statuses.len() >= 3,
            "the dates span transitions: {statuses:?}"
        );
    }
);

/// Whether a page shows a text (apostrophes escaped as HTML does).
fn has(body: &str, text: &str) -> bool {
    body.contains(text)
        || body.contains(&text.replace('\'', "&#x27;"))
        || body.contains(&text.replace('\'', "&#39;"))
}

/// A multipart self-report form as the page sends it.
fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = vec![
        ("framework".into(), "fi-gender-equality".into()),
        ("approved_on".into(), "2026-03-01".into()),
        ("approved_body".into(), "Kaupunginhallitus".into()),
        ("link".into(), "https://example.org/plan.pdf".into()),
        ("elements".into(), "pay-survey".into()),
        ("elements".into(), "measures".into()),
        ("women_pay_percent".into(), "96,5".into()),
    ];
    for (name, value) in pairs {
        all.retain(|(k, _)| k != name);
        if !value.is_empty() {
            all.push(((*name).to_owned(), (*value).to_owned()));
        }
    }
    all
}

on_both!(
    self_reports_refuse_each_bad_input_and_store_nothing,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.clone();
        with_staff(&app.store, &org, 500).await;
        let client = app.signed_in("coordinator").await.with_language("en");
        let path = format!("/orgs/{org}/self-reports");
        let page = client
            .get(&format!("{path}?framework=fi-gender-equality"))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(has(&page.body, "Women's pay as % of men's"));

        let future = time::OffsetDateTime::now_utc().date() + time::Duration::days(3);
        let future = IsoDate::from_date(future).to_string();
        let cases: Vec<(Vec<(&str, &str)>, StatusCode, &str)> = vec![
            (
                vec![("approved_on", "")],
                StatusCode::UNPROCESSABLE_ENTITY,
                "Approval date: this field is required.",
            ),
            (
                vec![("approved_on", future.as_str())],
                StatusCode::UNPROCESSABLE_ENTITY,
                "Approval date: the date is in the future.",
            ),
            (
                vec![("approved_on", "2026-02-30")],
                StatusCode::UNPROCESSABLE_ENTITY,
                "Approval date: not a real date",
            ),
            (
                vec![("approved_body", "")],
                StatusCode::UNPROCESSABLE_ENTITY,
                "Approving body: this field is required.",
            ),
            (
                vec![("link", "")],
                StatusCode::UNPROCESSABLE_ENTITY,
                "Link to the plan: give a link",
            ),
            (
                vec![("link", "ftp://x")],
                StatusCode::UNPROCESSABLE_ENTITY,
                "Link to the plan: the link must be",
            ),
            (
                vec![("women_pay_percent", "")],
                StatusCode::UNPROCESSABLE_ENTITY,
                "Women's pay as % of men's: this field is required.",
            ),
            (
                vec![("women_pay_percent", "0")],
                StatusCode::UNPROCESSABLE_ENTITY,
                "must be above 0 and at most 200",
            ),
            (
                vec![("women_pay_percent", "lots")],
                StatusCode::UNPROCESSABLE_ENTITY,
                "not a number",
            ),
            (
                vec![("framework", "se-active-measures")],
                StatusCode::UNPROCESSABLE_ENTITY,
                "cannot report under this framework",
            ),
        ];
        for (changes, status, message) in &cases {
            let answer = client.post_multipart(&path, &form(changes), None).await;
            assert_eq!(answer.status, *status, "{changes:?}: {}", answer.body);
            assert!(
                has(&answer.body, message),
                "{changes:?} should say {message:?}"
            );
            assert!(
                answer.body.contains("aria-invalid=\"true\""),
                "{changes:?} marks the field"
            );
        }
        // A file that is not a PDF.
        let answer = client
            .post_multipart(
                &path,
                &form(&[("link", "")]),
                Some(("plan.pdf", b"hello".to_vec())),
            )
            .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(answer
            .body
            .contains("The plan as PDF: the file is not a PDF."));
        assert!(
            app.store.self_reports(&org).await.unwrap().is_empty(),
            "nothing stored"
        );
        let audit = app
            .store
            .audit_trail(Some(&org), jamlik_store::PageRequest::new(1, 500).unwrap())
            .await
            .unwrap();
        assert!(audit.items.iter().all(|e| e.entity_type != "self_report"));

        // A sound report with a PDF is stored and audited; the PDF comes back.
        let answer = client
            .post_multipart(
                &path,
                &form(&[("link", "")]),
                Some(("plan.pdf", b"%PDF-1.7 demo".to_vec())),
            )
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        let stored = app.store.self_reports(&org).await.unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].figures.women_pay_percent, Some(96.5));
        let file = stored[0].file_id.clone().unwrap();
        let (status, _, bytes) = client.get_bytes(&format!("{path}/files/{file}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(bytes, b"%PDF-1.7 demo");

        // A jump of more than ten points asks for confirmation, then passes.
        let jump = form(&[("women_pay_percent", "80"), ("approved_on", "2026-04-01")]);
        let answer = client.post_multipart(&path, &jump, None).await;
        assert_eq!(answer.status, StatusCode::CONFLICT, "{}", answer.body);
        assert!(
            answer.body.contains("changed from 96.5 to 80"),
            "{}",
            answer.body
        );
        assert!(answer.body.contains("name=\"confirm_jump\""));
        assert_eq!(app.store.self_reports(&org).await.unwrap().len(), 1);
        let mut confirmed = jump.clone();
        confirmed.push(("confirm_jump".into(), "yes".into()));
        let answer = client.post_multipart(&path, &confirmed, None).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        let history = app.store.self_reports(&org).await.unwrap();
        assert_eq!(history.len(), 2, "the history keeps both");
        assert!(history[0].jump_confirmed);

        // Quartile shares that do not add up, and a median outside min–max,
        // under the pay transparency directive's figures.
        with_staff(&app.store, &org, 300).await;
        let eu = |changes: &[(&str, &str)]| {
            let mut all = form(&[("framework", "eu-pay-transparency"), ("elements", "")]);
            for (name, value) in [
                ("q1_women", "60"),
                ("q1_men", "40"),
                ("q2_women", "55"),
                ("q2_men", "45"),
                ("q3_women", "50"),
                ("q3_men", "50"),
                ("q4_women", "40"),
                ("q4_men", "60"),
                ("mean", "3400"),
                ("median", "3300"),
                ("min", "2100"),
                ("max", "7800"),
            ] {
                all.push((name.into(), value.into()));
            }
            for (name, value) in changes {
                all.retain(|(k, _)| k != name);
                all.push(((*name).to_owned(), (*value).to_owned()));
            }
            all
        };
        let answer = client
            .post_multipart(&path, &eu(&[("q2_men", "55")]), None)
            .await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            answer.body
        );
        assert!(answer.body.contains("Women in the second quartile: the shares of women and men in the band add up to 110 %"), "{}", answer.body);
        let answer = client
            .post_multipart(&path, &eu(&[("q1_women", "120"), ("q1_men", "-20")]), None)
            .await;
        assert!(answer
            .body
            .contains("Women in the lowest quartile: a share must be between 0 and 100 %"));
        let answer = client
            .post_multipart(&path, &eu(&[("median", "9000")]), None)
            .await;
        assert!(answer
            .body
            .contains("Median monthly pay: the figure lies outside the lowest and highest pay."));
        let answer = client
            .post_multipart(&path, &eu(&[("max", "")]), None)
            .await;
        assert!(answer
            .body
            .contains("Highest monthly pay: this field is required."));
        assert_eq!(
            app.store.self_reports(&org).await.unwrap().len(),
            2,
            "nothing more stored"
        );
        let answer = client.post_multipart(&path, &eu(&[]), None).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);

        // Another organisation's coordinator and a viewer may not report here.
        // They are refused before the body is read, so the test client sends
        // a plain form: its streamed multipart body could still be on its way
        // when the server answers and closes the connection.
        let other = app.signed_in("other").await;
        assert_eq!(
            other
                .post_form(&path, &[("framework", "fi-gender-equality")])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let viewer = app.signed_in("viewer").await;
        assert_eq!(
            viewer
                .post_form(&path, &[("framework", "fi-gender-equality")])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    }
);

async fn seed_reports(app: &crate::support::TestApp) {
    let actor = Actor::system("test");
    for org in [&app.world.own, &app.world.foreign] {
        with_staff(&app.store, &org.id, 400).await;
    }
    app.store
        .submit_self_report(
            &actor,
            &app.world.own.id,
            report("fi-gender-equality", "2025-06-01", &[]),
        )
        .await
        .unwrap();
    app.store
        .submit_self_report(
            &actor,
            &app.world.foreign.id,
            report("fi-non-discrimination", "2022-06-10", &[]),
        )
        .await
        .unwrap();
}

on_both!(
    the_open_data_api_pages_filters_and_refuses,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        seed_reports(&app).await;
        let client = app.client().with_language("en");
        let get = |path: String| {
            let client = client.clone();
            async move { client.api(Method::GET, &path, None, None).await }
        };
        let all = get("/api/v1/statuses".into()).await;
        assert_eq!(all.status, StatusCode::OK, "{}", all.body);
        let all = all.json();
        assert_eq!(all["licence"], "CC-BY-4.0");
        // Two municipalities, each obliged by three Finnish frameworks.
        assert_eq!(all["total"], 6, "{all}");

        let page = get("/api/v1/statuses?page=2&page_size=4".into())
            .await
            .json();
        assert_eq!(page["items"].as_array().unwrap().len(), 2);
        assert_eq!(page["total"], 6);
        assert_eq!(page["page_size"], 4);

        let own = get("/api/v1/statuses?organisation=853".into()).await.json();
        assert_eq!(own["total"], 3);
        assert!(own["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["code"] == "853"));
        let current = get("/api/v1/statuses?status=approved_current".into())
            .await
            .json();
        assert_eq!(current["total"], 1, "{current}");
        assert_eq!(current["items"][0]["framework"], "fi-gender-equality");
        let outdated =
            get("/api/v1/statuses?framework=fi-non-discrimination&status=outdated".into())
                .await
                .json();
        assert_eq!(outdated["total"], 1, "{outdated}");
        assert_eq!(outdated["items"][0]["code"], "638");
        // At the end of 2022 the non-discrimination plan of that year was current.
        let then = get(
            "/api/v1/statuses?framework=fi-non-discrimination&organisation=638&year=2022".into(),
        )
        .await
        .json();
        assert_eq!(then["as_of"], "2022-12-31");
        assert_eq!(then["items"][0]["status"], "approved_current", "{then}");
        let region = get("/api/v1/statuses?region=FI-VS".into()).await.json();
        assert_eq!(region["total"], 6);
        let elsewhere = get("/api/v1/statuses?region=FI-01".into()).await.json();
        assert_eq!(elsewhere["total"], 0);

        for (query, status, code) in [
            ("page_size=501", 422, "national.page_size_too_large"),
            ("page=0", 422, "request.invalid_paging"),
            ("page_size=abc", 422, "request.invalid_paging"),
            ("organisation=999", 404, "national.unknown_municipality"),
            ("status=fine", 422, "national.invalid_status"),
            ("framework=nonsense", 404, "national.unknown_framework"),
            ("year=1999", 422, "national.invalid_year"),
            ("country=DE", 422, "org.invalid_country"),
            ("kind=village", 422, "org.invalid_kind"),
        ] {
            let answer = get(format!("/api/v1/statuses?{query}")).await;
            assert_eq!(answer.status.as_u16(), status, "{query}: {}", answer.body);
            assert_eq!(answer.json()["error"]["code"], code, "{query}");
        }
        let unknown = get("/api/v1/statuses?organisation=999".into()).await.json();
        assert!(unknown["error"]["message"]
            .as_str()
            .unwrap()
            .contains("999"));
        // The statuses a client may send, from the enum, in its order.
        let bad = get("/api/v1/statuses?status=fine".into()).await.json();
        let message = bad["error"]["message"].as_str().unwrap();
        assert!(
            message.ends_with(&format!(": {}.", PlanStatus::wire_names())),
            "{message}"
        );

        let plans = get("/api/v1/published-plans?year=2025".into()).await;
        assert_eq!(plans.status, StatusCode::OK, "{}", plans.body);
        let plans = plans.json();
        assert_eq!(plans["total"], 1);
        assert_eq!(plans["items"][0]["code"], "853");
        assert_eq!(plans["items"][0]["source"], "self_report");
        let answer = get("/api/v1/published-plans?page_size=1000".into()).await;
        assert_eq!(
            answer.json()["error"]["code"],
            "national.page_size_too_large"
        );
    }
);

on_both!(
    the_public_sees_only_published_facts,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let actor = Actor::system("test");
        let org = app.world.own.id.clone();
        with_staff(&app.store, &org, 400).await;
        let draft = PlanDraft::parse(
            "Secret draft title",
            &["fi-gender-equality".to_owned()],
            "2026-01-01",
            "2027-12-31",
            "Working group: Hanna Hemlig",
        )
        .unwrap();
        app.store.create_plan(&actor, &org, draft).await.unwrap();
        let published = PlanDraft::parse(
            "Published plan",
            &["fi-non-discrimination".to_owned()],
            "2026-01-01",
            "2029-12-31",
            "Working group: Petra Publik",
        )
        .unwrap();
        let plan = app
            .store
            .create_plan(&actor, &org, published)
            .await
            .unwrap();
        let approved_on = IsoDate::from_date(today());
        app.store
            .approve_plan(&actor, &org, &plan.id, "Council", &approved_on, "§ 7")
            .await
            .unwrap();
        let unpublished = PlanDraft::parse(
            "Approved but unpublished",
            &["fi-education".to_owned()],
            "2026-01-01",
            "2026-12-31",
            "",
        )
        .unwrap();
        let kept = app
            .store
            .create_plan(&actor, &org, unpublished)
            .await
            .unwrap();
        app.store
            .approve_plan(&actor, &org, &kept.id, "Board", &approved_on, "§ 8")
            .await
            .unwrap();
        app.store
            .publish_plan(&actor, &org, &plan.id)
            .await
            .unwrap();

        let client = app.client();
        let plans = client
            .api(Method::GET, "/api/v1/published-plans", None, None)
            .await;
        assert_eq!(plans.status, StatusCode::OK);
        let json = plans.json();
        assert_eq!(json["total"], 1, "only the published version: {json}");
        assert_eq!(json["items"][0]["frameworks"][0], "fi-non-discrimination");
        // Absolute: a file read elsewhere has no server to be relative to.
        let link = json["items"][0]["link"].as_str().unwrap().to_owned();
        assert!(
            link.starts_with(&format!("{}/p/", app.config.public_url)),
            "{link}"
        );
        let path = link.trim_start_matches(app.config.public_url.as_str());
        assert_eq!(client.get(path).await.status, StatusCode::OK, "{link}");
        // The downloads say the same.
        let csv = client.get("/open-data/plans.csv").await;
        assert!(csv.body.contains(&link), "{}", csv.body);
        let statuses = client
            .api(Method::GET, "/api/v1/statuses", None, None)
            .await;
        // A draft shows as a status, never with its contents.
        assert!(statuses.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["status"] == "draft"));
        // The published version's own page and exports name no one either:
        // the working group is internal.
        let page = client.get(path).await.body;
        let html = client.get(&format!("{path}/plan.html")).await.body;
        let pdf_ok = client.get_bytes(&format!("{path}/plan.pdf")).await.0;
        assert_eq!(pdf_ok, StatusCode::OK);
        for body in [
            page.as_str(),
            html.as_str(),
            plans.body.as_str(),
            statuses.body.as_str(),
            &client.get("/open-data").await.body,
            &String::from_utf8(client.get_bytes("/open-data/plans.csv").await.2).unwrap(),
            &String::from_utf8(client.get_bytes("/open-data/statuses.json").await.2).unwrap(),
        ] {
            for secret in [
                "Secret draft title",
                "Hanna Hemlig",
                "Petra Publik",
                "Approved but unpublished",
                "@turku.example",
                "§ 8",
            ] {
                assert!(!body.contains(secret), "{secret} leaked");
            }
        }
    }
);

on_both!(
    downloads_carry_the_licence_line,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        seed_reports(&app).await;
        let client = app.client().with_language("en");

        let (status, headers, bytes) = client.get_bytes("/open-data/statuses.csv").await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv"));
        let text = String::from_utf8(bytes).unwrap();
        let mut lines = text.lines();
        let licence = lines.next().unwrap();
        assert!(
            licence
                .starts_with("# Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"),
            "{licence}"
        );
        let rest: Vec<&str> = lines.filter(|l| !l.starts_with('#')).collect();
        assert!(rest[0]
            .starts_with("code,country,name_fi,name_sv,region,kind,size_band,framework,status"));
        assert_eq!(rest.len(), 1 + 6, "header and six statuses");
        assert!(
            rest.iter().any(|l| l.starts_with(
                "853,FI,Turku,Åbo,FI-VS,municipality,250-999,fi-gender-equality,approved_current"
            )),
            "{text}"
        );
        assert!(
            !text.contains("DEMO DATA"),
            "no demo line without demo data"
        );

        let (_, _, bytes) = client.get_bytes("/open-data/plans.json").await;
        let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert!(json["licence_line"].as_str().unwrap().contains("CC BY 4.0"));
        assert_eq!(json["items"].as_array().unwrap().len(), 2);

        let (status, headers, bytes) = client.get_bytes("/open-data/statuses.xlsx").await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers["content-type"]
            .to_str()
            .unwrap()
            .contains("spreadsheetml"));
        use calamine::Reader;
        let mut workbook = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let names = workbook.sheet_names();
        assert_eq!(names, vec!["statuses".to_owned(), "Licence".to_owned()]);
        let data = workbook.worksheet_range("statuses").unwrap();
        assert_eq!(data.height(), 7);
        let notes = workbook.worksheet_range("Licence").unwrap();
        let first = notes
            .get((0, 0))
            .map(ToString::to_string)
            .unwrap_or_default();
        assert!(first.contains("CC BY 4.0"), "{first}");

        // Filters apply to downloads; unknown files are not found.
        let (_, _, bytes) = client
            .get_bytes("/open-data/statuses.csv?organisation=638")
            .await;
        let text = String::from_utf8(bytes).unwrap();
        assert!(text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .all(|l| l.starts_with("638,")));
        assert_eq!(
            client.get_bytes("/open-data/people.csv").await.0,
            StatusCode::NOT_FOUND
        );

        // Demo data is marked in the files and on the page.
        sqlx::query("UPDATE organisations SET is_demo = 1")
            .execute(app.store.pool_for_tests())
            .await
            .unwrap();
        let (_, _, bytes) = client.get_bytes("/open-data/statuses.csv").await;
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            text.lines().nth(1).unwrap().starts_with("# DEMO DATA"),
            "{text}"
        );
        assert!(text.lines().any(|l| l.ends_with(",1")));
        let page = client.get("/open-data").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("DEMO DATA"));
        assert!(page.body.contains("Licence: CC BY 4.0"));
        let api = client
            .api(Method::GET, "/api/v1/statuses", None, None)
            .await
            .json();
        assert_eq!(api["contains_demo_data"], true);
    }
);

on_both!(
    the_demo_fills_every_municipality_with_every_status,
    |db: TestDbHandle| async move {
        let store = db.store().await;
        jamlik::demo::seed(&store).await.unwrap();
        let rows = store
            .organisation_statuses(&StatusFilter::default(), today(), None)
            .await
            .unwrap()
            .items;
        let codes: std::collections::HashSet<(&str, &str)> = rows
            .iter()
            .map(|r| (r.country.as_str(), r.code.as_deref().unwrap_or_default()))
            .collect();
        assert_eq!(codes.iter().filter(|(c, _)| *c == "FI").count(), 309);
        assert_eq!(codes.iter().filter(|(c, _)| *c == "SE").count(), 290);
        assert!(
            rows.iter().all(|r| r.is_demo),
            "every demo municipality is marked"
        );
        for status in PlanStatus::ALL {
            let count = rows.iter().filter(|r| r.status == status).count();
            assert!(count >= 5, "{status:?} occurs only {count} times");
        }
        for source in [StatusSource::Plan, StatusSource::SelfReport] {
            assert!(rows.iter().any(|r| r.source == source), "{source:?}");
        }
        // Five years of history: reports approved in each of the last five years.
        let plans = store
            .published_plan_facts(&jamlik_store::PublishedFilter::default(), None)
            .await
            .unwrap()
            .items;
        let this_year = today().year();
        for year in this_year - 4..=this_year {
            assert!(
                plans
                    .iter()
                    .any(|p| p.approved_on.date().unwrap().year() == year),
                "nothing approved in {year}"
            );
        }
        // A second run adds nothing.
        let before = store.count_self_reports().await.unwrap();
        jamlik::demo::seed(&store).await.unwrap();
        assert_eq!(store.count_self_reports().await.unwrap(), before);
    }
);

on_both!(
    every_published_plan_of_the_demo_opens,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        jamlik::demo::seed(&app.store).await.unwrap();
        let plans = app
            .store
            .published_plan_facts(&jamlik_store::PublishedFilter::default(), None)
            .await
            .unwrap()
            .items;
        // The national demo's plans, not only Vaasa's: every one opens, and
        // the start page's ten as page, PDF, DOCX and HTML.

        let client = app.client().with_language("sv");
        let start = client.get("/").await;
        assert_eq!(start.status, StatusCode::OK);
        let links: Vec<String> = start
            .body
            .split("href=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|href| href.starts_with("/p/"))
            .map(str::to_owned)
            .collect();
        assert!(links.len() >= 10, "{links:?}");
        for link in &links {
            let page = client.get(link).await;
            assert_eq!(page.status, StatusCode::OK, "{link}");
            for file in ["plan.pdf", "plan.docx", "plan.html"] {
                let (status, _, bytes) = client.get_bytes(&format!("{link}/{file}")).await;
                assert_eq!(status, StatusCode::OK, "{link}/{file}");
                assert!(!bytes.is_empty(), "{link}/{file}");
            }
        }
        let in_jamlik: Vec<&str> = plans
            .iter()
            .filter_map(|p| p.link.as_deref())
            .filter(|link| link.starts_with("/p/"))
            .collect();
        assert!(
            in_jamlik.len() > 50,
            "{} plans made in Jämlik",
            in_jamlik.len()
        );
        for link in in_jamlik.iter().step_by(10) {
            let page = client.get(link).await;
            assert_eq!(page.status, StatusCode::OK, "{link}");
        }

        // Porvoo / Borgå is bilingual: the plans it made in Jämlik read in
        // Swedish for a Swedish reader and in Finnish for a Finnish one.
        let porvoo: Vec<&str> = plans
            .iter()
            .filter(|p| p.code.as_deref() == Some("638"))
            .filter_map(|p| p.link.as_deref())
            .filter(|link| link.starts_with("/p/"))
            .collect();
        assert!(!porvoo.is_empty(), "Porvoo has plans made in Jämlik");
        let finnish = app.client().with_language("fi");
        for link in porvoo {
            let swedish = client.get(link).await;
            assert!(
                !swedish.body.contains("id=\"language-note\""),
                "{link} has untranslated texts in Swedish"
            );
            assert!(!swedish.body.contains("suunnitelma"), "{link}");
            let page = finnish.get(link).await;
            assert!(page.body.contains("suunnitelma"), "{link}");
            assert!(!page.body.contains("id=\"language-note\""), "{link}");
        }

        // The catalogue counts the demo's use of its measures: several are
        // in the plans of five organisations or more.
        let catalogue = app.client().with_language("en").get("/catalogue").await;
        assert!(
            catalogue.body.matches("In the plans of ").count() >= 5,
            "{}",
            catalogue.body
        );

        // Vaasa's follow-up report is published and found on its page.
        let vaasa = client.get("/o/FI-905").await;
        let report = vaasa
            .body
            .split("href=\"/f/")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("no follow-up report on Vaasa's page"))
            .to_owned();
        let page = client.get(&format!("/f/{report}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Syksyn seuranta"));
        let (status, _, pdf) = client.get_bytes(&format!("/f/{report}/report.pdf")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(pdf.starts_with(b"%PDF"));
    }
);

on_both!(
    a_change_through_one_instance_is_seen_at_once_through_another,
    |db: TestDbHandle| async move {
        // Two instances over one database, each with its own copy of the
        // statuses it computed.
        let app = db.app().await;
        let one = app.store.clone();
        let other = db.store().await;
        let org = app.world.own.id.clone();
        let actor = Actor::system("test");
        with_staff(&one, &org, 500).await;
        let ge = "fi-gender-equality";
        let as_of = day("2026-01-10");
        assert_eq!(
            status_of(&one, &org, ge, as_of).await.status,
            PlanStatus::NoPlan
        );
        assert_eq!(
            status_of(&other, &org, ge, as_of).await.status,
            PlanStatus::NoPlan
        );

        // A self-report through the other instance: the first sees it at once.
        other
            .submit_self_report(&actor, &org, report(ge, "2025-06-01", &[]))
            .await
            .unwrap();
        assert_eq!(
            status_of(&one, &org, ge, as_of).await.status,
            PlanStatus::ApprovedCurrent
        );

        // A change the application did not make (an operator's correction in
        // the database) moves the facts on as well.
        sqlx::query("UPDATE self_reports SET approved_on = '2022-01-01'")
            .execute(other.pool_for_tests())
            .await
            .unwrap();
        assert_eq!(
            status_of(&one, &org, ge, as_of).await.status,
            PlanStatus::Outdated
        );

        // A smaller staff through the first instance: under the threshold,
        // the gender equality plan is no longer asked of it, seen through the
        // other instance.
        with_staff(&one, &org, 10).await;
        let frameworks: Vec<String> = other
            .organisation_statuses(
                &StatusFilter {
                    org: Some(org.clone()),
                    ..StatusFilter::default()
                },
                as_of,
                None,
            )
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|r| r.framework)
            .collect();
        assert!(!frameworks.contains(&ge.to_owned()), "{frameworks:?}");
        other.close().await;
    }
);
