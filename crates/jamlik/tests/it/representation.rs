//! Representation and the EU pay transparency indicators on the web: the
//! figures on the page are the engine's, the baseline used is named, small
//! groups are hidden with their reason, and bad input gets its own message
//! with nothing half-stored.

use jamlik_domain::Language;
use jamlik_i18n::{DisplayZone, Translator};
use jamlik_stats::{
    pay_transparency, representation, AgeBand, GroupCounts, NumericColumns, PayTransparencySpec,
    PopulationTable, ReadOptions, Table,
};
use reqwest::StatusCode;

use crate::analysis::{run, upload, uploads_kept};
use crate::on_both;
use crate::planning::id_after;
use crate::support::{Client, TestApp, TestDbHandle};

const POPULATION: &[u8] =
    include_bytes!("../../../../data/fi/statfin_11re_population_by_municipality_sex_age_2019.csv");

/// The page's text with HTML's escapes undone (`women's`, `“…”`).
fn text(body: &str) -> String {
    body.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&amp;", "&")
}

fn english() -> Translator {
    Translator::new(Language::English, DisplayZone::Helsinki)
}

/// A share as the pages write it in English: `71 %` (or `4.6 %`).
fn pct(share: f64, decimals: usize) -> String {
    format!("{} %", english().decimal(share * 100.0, decimals))
}

fn people(groups: &[(&str, usize)]) -> String {
    let mut csv = String::from("id,gender\n");
    let mut id = 0;
    for (label, count) in groups {
        for _ in 0..*count {
            id += 1;
            csv.push_str(&format!("{id},{label}\n"));
        }
    }
    csv
}

async fn api_token(app: &TestApp) -> String {
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
    token
}

async fn api_result(app: &TestApp, token: &str, job: &str) -> serde_json::Value {
    let org = app.world.own.id.to_string();
    let job_id = id_after(job, "/analysis/");
    let answer = app
        .client()
        .with_language("en")
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/organisations/{org}/analyses/{job_id}"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    answer.json()
}

async fn failed(client: &Client, path: &str) -> String {
    let page = client.get(path).await;
    assert!(
        page.body.contains("The analysis could not be run:"),
        "{}",
        page.body
    );
    text(&page.body)
}

on_both!(
    representation_against_the_population_of_the_own_municipality,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let csv = people(&[("nainen", 30), ("mies", 12)]);

        // The mapping offers the population of Turku, the organisation's municipality.
        let uploaded = upload(&coordinator, &org, "staff.csv", csv.as_bytes()).await;
        let mapping = coordinator.get(&uploaded.location()).await;
        assert!(
            mapping
                .body
                .contains("<option value=\"population\" selected>Women and men of Turku (Statistics Finland)</option>"),
            "{}",
            mapping.body
        );
        assert!(mapping
            .body
            .contains("Representation against a baseline (population or another file)"));

        let ran = coordinator
            .post_form(
                &uploaded.location(),
                &[
                    ("kind", "representation"),
                    ("group", "gender"),
                    ("outcome", "id"),
                    ("baseline", "population"),
                    ("age_from", "18"),
                    ("age_to", "64"),
                    ("bad_rows", "stop"),
                    ("threshold", "5"),
                ],
            )
            .await;
        assert_eq!(ran.status, StatusCode::SEE_OTHER, "{}", ran.body);
        let job = ran.location();

        // The engine's figures for the same counts and baseline.
        let baseline = PopulationTable::from_px_csv(POPULATION)
            .unwrap()
            .by_sex("Turku", &AgeBand::new("", 18, Some(64)))
            .unwrap()
            .renamed(&[("female", "women"), ("male", "men")]);
        let data = GroupCounts::new([("women", 30), ("men", 12)]);
        let expected = representation(&data, &baseline, 0.95).unwrap();
        let women = expected.groups.iter().find(|g| g.group == "women").unwrap();

        let page = coordinator.get(&job).await;
        assert_eq!(page.status, StatusCode::OK);
        let body = text(&page.body);
        assert!(
            body.contains("Baseline: the population of Turku, aged 18 to 64, on 31 December 2019 (source: Statistics Finland, table 11re, CC BY 4.0)"),
            "{body}"
        );
        let finding = format!(
            "nainen make up {} of the rows (95 % interval {} to {}) against {} of the baseline: over-represented.",
            pct(women.share, 0),
            pct(women.interval.low, 0),
            pct(women.interval.high, 0),
            pct(women.baseline_share, 0)
        );
        assert_eq!(women.flag, jamlik_stats::Flag::Over);
        assert!(body.contains(&finding), "{finding} in {body}");
        // The baseline's count, as a figure in the table beside the chart.
        assert!(body.contains(&english().number(women.baseline_count as i64)));
        assert!(body.contains("<svg class=\"chart\""));
        assert!(body.contains("<desc id=\"chart-desc\">"));
        assert!(body.contains(
            "<caption id=\"result-table-1\">Shares by gender against the baseline</caption>"
        ));

        // In Swedish and Finnish too.
        let swedish = app.signed_in("coordinator").await.with_language("sv");
        let in_swedish = text(&swedish.get(&job).await.body);
        assert!(in_swedish.contains("överrepresenterade"), "{in_swedish}");
        assert!(in_swedish.contains("Statistikcentralen"));
        let finnish = app.signed_in("coordinator").await.with_language("fi");
        let in_finnish = text(&finnish.get(&job).await.body);
        assert!(in_finnish.contains("yliedustettuina"), "{in_finnish}");

        // The API gives the same figures, and which baseline was used.
        let token = api_token(&app).await;
        let json = api_result(&app, &token, &job).await;
        assert_eq!(json["kind"], "representation");
        let result = &json["result"];
        assert_eq!(result["spec"]["baseline"]["source"], "population");
        assert_eq!(result["spec"]["baseline"]["area"], "Turku");
        let first = &result["representation"]["groups"][0];
        assert_eq!(first["group"], "nainen");
        assert_eq!(first["gender"], "women");
        assert!((first["share"].as_f64().unwrap() - women.share).abs() < 1e-12);
        assert!((first["low"].as_f64().unwrap() - women.interval.low).abs() < 1e-12);
        assert_eq!(
            first["baseline_count"].as_u64().unwrap(),
            women.baseline_count
        );
        assert_eq!(first["flag"], "over");
        assert!(json["findings"][0]
            .as_str()
            .unwrap()
            .starts_with("Compared with the population of Turku"));

        // Attached to an assessment, the file names the baseline and its source.
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
                &[("name", "Human resources"), ("unit", "Central")],
            )
            .await;
        let service = app.store.services(&app.world.own.id).await.unwrap()[0]
            .id
            .clone();
        let attached = coordinator
            .post_form(
                &format!("{job}/evidence"),
                &[("target", &format!("assessment:{plan}:{service}"))],
            )
            .await;
        assert_eq!(attached.status, StatusCode::SEE_OTHER, "{}", attached.body);
        let files = app
            .store
            .evidence_files(&app.world.own.id, &plan, &service)
            .await
            .unwrap();
        let (_, bytes) = app
            .store
            .evidence_file(&app.world.own.id, &files[0].id)
            .await
            .unwrap();
        let csv = String::from_utf8(bytes).unwrap();
        assert!(csv.contains("Statistics Finland, table 11re"), "{csv}");
        assert!(csv.contains("over-represented"));
    }
);

on_both!(
    representation_against_an_uploaded_file_in_the_background_hides_small_groups,
    |db: TestDbHandle| async move {
        // Every file goes to the worker.
        let app = db
            .app_with(|config| {
                config.analysis_inline_bytes = 0;
                config.analysis_poll_millis = 3_600_000;
            })
            .await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let baseline = people(&[("kvinna", 60), ("man", 50), ("annan", 10)]);
        let baseline = baseline.replace("id,gender", "nr,kön");
        let stored = upload(&coordinator, &org, "residents.csv", baseline.as_bytes()).await;
        let baseline_id = id_after(&stored.location(), "/uploads/");
        let data =
            people(&[("kvinna", 20), ("man", 25), ("annan", 2)]).replace("id,gender", "nr,kön");
        let uploaded = upload(&coordinator, &org, "applicants.csv", data.as_bytes()).await;

        // The other upload is offered with its columns.
        let mapping = coordinator.get(&uploaded.location()).await;
        assert!(
            mapping
                .body
                .contains("<optgroup label=\"Uploaded file residents.csv: group column\">"),
            "{}",
            mapping.body
        );
        assert!(mapping.body.contains(&format!(
            "<option value=\"upload:{baseline_id}:kön\">kön</option>"
        )));

        let ran = coordinator
            .post_form(
                &uploaded.location(),
                &[
                    ("kind", "representation"),
                    ("group", "kön"),
                    ("outcome", "nr"),
                    ("baseline", &format!("upload:{baseline_id}:kön")),
                    ("bad_rows", "stop"),
                    ("threshold", "5"),
                ],
            )
            .await;
        assert_eq!(ran.status, StatusCode::SEE_OTHER, "{}", ran.body);
        let job = ran.location();
        assert!(coordinator.get(&job).await.body.contains("Waiting to run"));
        let state = jamlik_web::AppState::new(app.store.clone(), app.config.clone());
        assert_eq!(jamlik_web::run_analysis_jobs(&state).await.unwrap(), 1);

        let page = coordinator.get(&job).await;
        let body = text(&page.body);
        assert!(
            body.contains("Baseline: the rows of the uploaded file residents.csv by kön"),
            "{body}"
        );
        // annan (2) is hidden, and another group with it so that the total
        // does not give it away; each says why.
        assert!(
            body.contains("fewer people than the smallest group shown"),
            "{body}"
        );
        assert!(body.contains("hidden so that another hidden figure cannot be worked out"));
        assert!(body.contains("Figures about groups of fewer than 5 people are hidden."));
        let stored = app
            .store
            .analysis_job(&app.world.own.id, &id_after(&job, "/analysis/"))
            .await
            .unwrap();
        let json: serde_json::Value =
            serde_json::from_str(stored.result.as_deref().unwrap()).unwrap();
        let groups = json["representation"]["groups"].as_array().unwrap();
        let annan = groups.iter().find(|g| g["group"] == "annan").unwrap();
        assert!(
            annan["count"].is_null() && annan["share"].is_null(),
            "{json}"
        );
        assert!(annan["low"].is_null() && annan["flag"].is_null());
        assert_eq!(annan["hidden"], "below_threshold");
        assert_eq!(
            groups.iter().filter(|g| g["count"].is_null()).count(),
            2,
            "{json}"
        );
        // The baseline file's counts are large enough to show.
        assert_eq!(annan["baseline_count"], 10);
        // The figures that are shown are the engine's.
        let expected = representation(
            &GroupCounts::new([("kvinna", 20), ("man", 25), ("annan", 2)]),
            &GroupCounts::new([("kvinna", 60), ("man", 50), ("annan", 10)]),
            0.95,
        )
        .unwrap();
        for group in groups.iter().filter(|g| !g["share"].is_null()) {
            let engine = expected
                .groups
                .iter()
                .find(|g| g.group == group["group"].as_str().unwrap())
                .unwrap();
            assert!((group["share"].as_f64().unwrap() - engine.share).abs() < 1e-12);
            assert!((group["ratio"].as_f64().unwrap() - engine.ratio.unwrap()).abs() < 1e-12);
        }
        // Both uploads are gone with the result.
        assert_eq!(uploads_kept(&app).await, 0);
    }
);

on_both!(
    representation_refuses_bad_input_with_its_own_message,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let fields = |baseline: &str, age_from: &str, age_to: &str| {
            vec![
                ("kind", "representation".to_owned()),
                ("group", "gender".to_owned()),
                ("outcome", "id".to_owned()),
                ("baseline", baseline.to_owned()),
                ("age_from", age_from.to_owned()),
                ("age_to", age_to.to_owned()),
                ("bad_rows", "stop".to_owned()),
                ("threshold", "5".to_owned()),
            ]
        };
        let post = |path: String, fields: Vec<(&'static str, String)>| {
            let coordinator = coordinator.clone();
            async move {
                let fields: Vec<(&str, &str)> =
                    fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                coordinator.post_form(&path, &fields).await
            }
        };
        let csv = people(&[("nainen", 30), ("mies", 12)]);

        // An age range the wrong way round, refused on the form.
        let uploaded = upload(&coordinator, &org, "staff.csv", csv.as_bytes()).await;
        let refused = post(uploaded.location(), fields("population", "70", "20")).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused
                .body
                .contains("The ages are whole years from 0 to 100, the first not above the last."),
            "{}",
            refused.body
        );
        // An uploaded baseline that is not (or no longer) there.
        let refused = post(uploaded.location(), fields("upload:gone:gender", "", "")).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused
            .body
            .contains("The file chosen as the baseline is no longer kept"));

        // A value of the group that is no gender, against the population.
        let odd = people(&[("nainen", 30), ("mies", 12), ("muu", 3)]);
        let job = run(
            &coordinator,
            &org,
            odd.as_bytes(),
            &[
                ("kind", "representation"),
                ("group", "gender"),
                ("baseline", "population"),
                ("bad_rows", "stop"),
                ("threshold", "5"),
            ],
        )
        .await;
        let body = failed(&coordinator, &job).await;
        assert!(
            body.contains("The column gender holds muu, which is neither a woman's nor a man's label (first on row 44)."),
            "{body}"
        );

        // A group of the data with nobody in the uploaded baseline.
        let baseline = people(&[("nainen", 30), ("mies", 30)]);
        let stored = upload(&coordinator, &org, "residents.csv", baseline.as_bytes()).await;
        let baseline_id = id_after(&stored.location(), "/uploads/");
        let uploaded = upload(&coordinator, &org, "odd.csv", odd.as_bytes()).await;
        let ran = post(
            uploaded.location(),
            fields(&format!("upload:{baseline_id}:gender"), "", ""),
        )
        .await;
        assert_eq!(ran.status, StatusCode::SEE_OTHER, "{}", ran.body);
        let body = failed(&coordinator, &ran.location()).await;
        assert!(
            body.contains("The group muu of the column gender has nobody in the baseline"),
            "{body}"
        );
        // An error in the baseline file says so.
        let ragged = "id,gender\n1,nainen\n2,mies,3\n";
        let stored = upload(&coordinator, &org, "ragged.csv", ragged.as_bytes()).await;
        let ragged_id = id_after(&stored.location(), "/uploads/");
        let uploaded = upload(&coordinator, &org, "staff.csv", csv.as_bytes()).await;
        let ran = post(
            uploaded.location(),
            fields(&format!("upload:{ragged_id}:gender"), "", ""),
        )
        .await;
        let body = failed(&coordinator, &ran.location()).await;
        assert!(
            body.contains("Row 3 has 3 fields where the header has 2. (in the baseline file)"),
            "{body}"
        );

        // An organisation that is no Finnish municipality has no population
        // baseline: the page says so and a run asking for one is refused.
        sqlx::query("UPDATE organisations SET country = 'SE' WHERE id = $1")
            .bind(org.clone())
            .execute(app.store.pool_for_tests())
            .await
            .unwrap();
        let jobs_before = app
            .store
            .analysis_jobs(&app.world.own.id, 50)
            .await
            .unwrap()
            .len();
        let uploaded = upload(&coordinator, &org, "staff.csv", csv.as_bytes()).await;
        let mapping = coordinator.get(&uploaded.location()).await;
        assert!(!mapping.body.contains("option value=\"population\""));
        assert!(
            mapping
                .body
                .contains("The population table covers Finnish municipalities only"),
            "{}",
            mapping.body
        );
        let refused = post(uploaded.location(), fields("population", "", "")).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused
            .body
            .contains("Choose a baseline for representation."));
        assert_eq!(
            app.store
                .analysis_jobs(&app.world.own.id, 50)
                .await
                .unwrap()
                .len(),
            jobs_before,
            "a refused run queues nothing"
        );

        // Failed jobs store no result.
        let jobs = app
            .store
            .analysis_jobs(&app.world.own.id, 50)
            .await
            .unwrap();
        assert_eq!(jobs.iter().filter(|j| j.error.is_some()).count(), 3);
        assert!(jobs
            .iter()
            .filter(|j| j.error.is_some())
            .all(|j| j.result.is_none()));
    }
);

/// Staff pay: three categories; in `office` women earn about 10 % less, in
/// `care` three men are too few to show (and `admin`, the next smallest,
/// is hidden with them so that they cannot be worked out).
fn staff_pay() -> String {
    let mut csv = String::from("category,gender,basic,bonus,years\n");
    for i in 0..40_u32 {
        let woman = i % 2 == 0;
        let years = i % 9;
        let basic = 3000 + 40 * years - if woman { 320 } else { 0 } + (i * 13) % 50;
        let bonus = if i % 3 == 0 { 200 + (i * 7) % 90 } else { 0 };
        csv.push_str(&format!(
            "office,{},{basic},{bonus},{years}\n",
            if woman { "nainen" } else { "mies" }
        ));
    }
    for i in 0..15_u32 {
        let woman = i % 2 == 0;
        let years = i % 5;
        let basic = 3300 + 25 * years + (i * 11) % 60;
        csv.push_str(&format!(
            "admin,{},{basic},0,{years}\n",
            if woman { "nainen" } else { "mies" }
        ));
    }
    for i in 0..18_u32 {
        let woman = i >= 3;
        let years = i % 7;
        let basic = 2600 + 30 * years + (i * 17) % 40;
        let bonus = if i % 4 == 0 { 150 } else { 0 };
        csv.push_str(&format!(
            "care,{},{basic},{bonus},{years}\n",
            if woman { "nainen" } else { "mies" }
        ));
    }
    csv
}

on_both!(
    pay_transparency_indicators_match_the_engine,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let csv = staff_pay();

        // The roles are guessed from the names.
        let uploaded = upload(&coordinator, &org, "pay.csv", csv.as_bytes()).await;
        let mapping = coordinator.get(&uploaded.location()).await;
        assert!(
            mapping.body.contains("value=\"pay_transparency\" checked"),
            "{}",
            mapping.body
        );
        assert!(mapping
            .body
            .contains("<option value=\"bonus\" selected>bonus</option>"));
        assert!(mapping
            .body
            .contains("<option value=\"category\" selected>category</option>"));

        let ran = coordinator
            .post_form(
                &uploaded.location(),
                &[
                    ("kind", "pay_transparency"),
                    ("group", "gender"),
                    ("outcome", "basic"),
                    ("variable", "bonus"),
                    ("category", "category"),
                    ("bad_rows", "stop"),
                    ("threshold", "5"),
                ],
            )
            .await;
        assert_eq!(ran.status, StatusCode::SEE_OTHER, "{}", ran.body);
        let job = ran.location();

        let table = Table::from_csv(
            csv.as_bytes(),
            &ReadOptions {
                numeric: NumericColumns::Named(vec!["basic".into(), "bonus".into()]),
                ..ReadOptions::default()
            },
        )
        .unwrap();
        let expected = pay_transparency(
            &table,
            &PayTransparencySpec {
                variable: Some("bonus".into()),
                category: Some("category".into()),
                ..PayTransparencySpec::new("gender", "basic")
            },
        )
        .unwrap();
        let overall = &expected.overall;
        let office = &expected.categories[2];
        assert_eq!(office.category.as_deref(), Some("office"));
        assert_eq!(office.flagged, Some(true));

        let page = coordinator.get(&job).await;
        let body = text(&page.body);
        let basic = format!(
            "The gender pay gap in basic pay is {} in the mean and {} in the median",
            pct(overall.basic.mean_gap.unwrap(), 1),
            pct(overall.basic.median_gap.unwrap(), 1)
        );
        assert!(body.contains(&basic), "{basic} in {body}");
        let variable = overall.variable.as_ref().unwrap();
        let receiving = format!(
            "{} of women and {} of men receive variable pay.",
            pct(variable.women_receiving.unwrap(), 0),
            pct(variable.men_receiving.unwrap(), 0)
        );
        assert!(body.contains(&receiving), "{receiving} in {body}");
        let flagged = format!(
            "office: the mean gap is {} in basic pay and {} in total pay, 5 % or more.",
            pct(office.basic.mean_gap.unwrap(), 1),
            pct(office.total.mean_gap.unwrap(), 1)
        );
        assert!(body.contains(&flagged), "{flagged} in {body}");
        let quartiles = format!(
            "Women are {} of the lowest-paid quarter and {} of the highest-paid quarter.",
            pct(expected.quartiles[0].women_share, 0),
            pct(expected.quartiles[3].women_share, 0)
        );
        assert!(body.contains(&quartiles), "{quartiles} in {body}");
        // The three men in care are hidden, with the reason.
        assert!(
            body.contains("fewer people than the smallest group shown"),
            "{body}"
        );
        assert!(body.contains(
            "<caption id=\"result-table-1\">Gender pay gap by category of workers</caption>"
        ));
        assert!(body.contains(
            "<caption id=\"result-table-3\">Women and men in each quarter of total pay</caption>"
        ));
        assert!(body.contains("<svg class=\"chart\""));

        let finnish = app.signed_in("coordinator").await.with_language("fi");
        assert!(text(&finnish.get(&job).await.body).contains("Sukupuolten palkkaero peruspalkassa"));
        let swedish = app.signed_in("coordinator").await.with_language("sv");
        assert!(text(&swedish.get(&job).await.body).contains("gemensam lönebedömning"));

        let token = api_token(&app).await;
        let json = api_result(&app, &token, &job).await;
        assert_eq!(json["kind"], "pay_transparency");
        let stored = &json["result"]["pay_transparency"];
        assert!(
            (stored["overall"]["basic"]["mean_gap"].as_f64().unwrap()
                - overall.basic.mean_gap.unwrap())
            .abs()
                < 1e-12
        );
        assert!(
            (stored["overall"]["total"]["median_gap"].as_f64().unwrap()
                - overall.total.median_gap.unwrap())
            .abs()
                < 1e-12
        );
        let care = &stored["categories"][1];
        assert_eq!(care["category"], "care");
        assert!(care["basic"]["men"]["count"].is_null(), "{stored}");
        assert_eq!(care["basic"]["men"]["count_hidden"], "below_threshold");
        assert!(care["basic"]["mean_gap"].is_null());
        assert_eq!(stored["quartiles"].as_array().unwrap().len(), 4);
        assert!(
            stored["quartiles"][0].get("lower").is_none(),
            "no one person's pay is kept"
        );
    }
);

on_both!(
    pay_transparency_refuses_bad_input_with_its_own_message,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let csv = staff_pay();

        // Without a variable pay column the form is refused and nothing queued.
        let uploaded = upload(&coordinator, &org, "pay.csv", csv.as_bytes()).await;
        let refused = coordinator
            .post_form(
                &uploaded.location(),
                &[
                    ("kind", "pay_transparency"),
                    ("group", "gender"),
                    ("outcome", "basic"),
                    ("variable", ""),
                    ("bad_rows", "stop"),
                    ("threshold", "5"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.body.contains("Choose the variable pay column"),
            "{}",
            refused.body
        );
        assert!(app
            .store
            .analysis_jobs(&app.world.own.id, 50)
            .await
            .unwrap()
            .is_empty());

        // A pay that is not a number names its row, column and value.
        let mut lines: Vec<String> = csv.lines().map(str::to_owned).collect();
        let cells: Vec<String> = lines[2].split(',').map(str::to_owned).collect();
        lines[2] = format!("{},{},lots,{},{}", cells[0], cells[1], cells[3], cells[4]);
        let bad = lines.join("\n") + "\n";
        let fields = [
            ("kind", "pay_transparency"),
            ("group", "gender"),
            ("outcome", "basic"),
            ("variable", "bonus"),
            ("bad_rows", "stop"),
            ("threshold", "5"),
        ];
        let job = run(&coordinator, &org, bad.as_bytes(), &fields).await;
        let body = failed(&coordinator, &job).await;
        assert!(
            body.contains("Row 3, column basic: “lots” is not a number."),
            "{body}"
        );
        // A variable pay below zero.
        let negative = csv.replace(",200,", ",-200,");
        assert_ne!(negative, csv);
        let job = run(&coordinator, &org, negative.as_bytes(), &fields).await;
        let body = failed(&coordinator, &job).await;
        assert!(body.contains("the pay “-200” is negative"), "{body}");

        let jobs = app
            .store
            .analysis_jobs(&app.world.own.id, 50)
            .await
            .unwrap();
        assert_eq!(jobs.len(), 2);
        assert!(jobs.iter().all(|j| j.result.is_none() && j.error.is_some()));
        assert_eq!(uploads_kept(&app).await, 1, "only the upload never run");
    }
);

#[test]
fn every_web_analysis_error_reads_in_three_languages() {
    for language in [Language::Swedish, Language::Finnish, Language::English] {
        let t = Translator::new(language, DisplayZone::Helsinki);
        for code in jamlik_web::ANALYSIS_WEB_ERROR_CODES {
            let key = format!(
                "analysis-error-{}",
                code.trim_start_matches("analysis.").replace('_', "-")
            );
            assert!(t.has(&key), "{key} missing in {language:?}");
        }
        assert!(t.has("analysis-error-in-baseline"));
    }
}
