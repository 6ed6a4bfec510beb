//! The demo's equality analyses for Vaasa: the home-care decisions (granted
//! hours by gender at equal assessed need and age), the sports subsidies by
//! gender (weighted by participants) and the staff pay survey, each run once
//! through the same jobs as the web pages, with the results attached as
//! evidence to the assessment of home care and of sports services and linked
//! to the measures they support; and, not attached, the staff's
//! representation against the population of Vaasa aged 18–64 (Statistics
//! Finland's table) and the EU pay transparency indicators of their pay.

use jamlik_domain::Email;
use jamlik_i18n::{DisplayZone, Translator};
use jamlik_store::{Actor, Organisation, Store};
use jamlik_web::{AnalysisBaseline, AnalysisKind, AnalysisSpec};

/// The synthetic home-care decisions (see `demo/make_home_care.py`).
pub const HOME_CARE: &[u8] = include_bytes!("../demo/home-care.csv");
/// The synthetic sports subsidies (see `demo/make_sports_subsidies.py`).
pub const SPORTS_SUBSIDIES: &[u8] = include_bytes!("../demo/sports-subsidies.csv");
/// The synthetic staff pay (see `demo/make_staff_pay.py`).
pub const STAFF_PAY: &[u8] = include_bytes!("../demo/staff-pay.csv");

fn spec(kind: AnalysisKind, group: &str, outcome: &str) -> AnalysisSpec {
    AnalysisSpec {
        kind,
        group: group.to_owned(),
        outcome: outcome.to_owned(),
        weight: None,
        controls: Vec::new(),
        job_group: None,
        demand: None,
        variable: None,
        category: None,
        baseline: None,
        exclude_bad_rows: false,
        threshold: 5,
    }
}

/// Runs the demo analyses once (nothing when the organisation has some).
pub async fn seed(store: &Store, org: &Organisation) -> anyhow::Result<()> {
    if !store.analysis_jobs(&org.id, 1).await?.is_empty() {
        return Ok(());
    }
    let email = Email::parse("coordinator@vaasa.example").map_err(|e| anyhow::anyhow!("{e}"))?;
    let coordinator = store
        .user_by_email(&email)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo coordinator missing"))?;
    let actor = Actor {
        user_id: Some(coordinator.id.clone()),
        label: coordinator.email.clone(),
        request_id: None,
    };
    let analyses = [
        (
            "kotihoito-hemvard-2025.csv",
            HOME_CARE,
            AnalysisSpec {
                controls: vec!["assessed_need".into(), "age".into()],
                ..spec(AnalysisKind::Gap, "gender", "granted_hours")
            },
        ),
        (
            "seura-avustukset-foreningsbidrag-2025.csv",
            SPORTS_SUBSIDIES,
            AnalysisSpec {
                weight: Some("participants".into()),
                ..spec(AnalysisKind::Resources, "gender", "subsidy_eur")
            },
        ),
        (
            "palkat-loner-2025.csv",
            STAFF_PAY,
            AnalysisSpec {
                job_group: Some("job_group".into()),
                demand: Some("demand".into()),
                ..spec(AnalysisKind::PaySurvey, "gender", "basic_pay")
            },
        ),
    ];
    // Two more, not attached: the staff against the working-age population
    // of Vaasa, and the EU pay transparency indicators of the staff's pay.
    let more = [
        (
            "henkilosto-personal-2025.csv",
            STAFF_PAY,
            AnalysisSpec {
                baseline: jamlik_web::analysis_population_area(org).map(|area| {
                    AnalysisBaseline::Population {
                        area,
                        age_from: Some(18),
                        age_to: Some(64),
                    }
                }),
                ..spec(AnalysisKind::Representation, "gender", "")
            },
        ),
        (
            "palkat-loner-2025.csv",
            STAFF_PAY,
            AnalysisSpec {
                variable: Some("variable_pay".into()),
                category: Some("category".into()),
                controls: vec!["experience".into()],
                ..spec(AnalysisKind::PayTransparency, "gender", "basic_pay")
            },
        ),
    ];
    let mut jobs = Vec::new();
    for (index, (name, bytes, spec)) in analyses.into_iter().chain(more).enumerate() {
        let (columns, profile) = jamlik_web::analysis_upload_profile(bytes, &Default::default());
        let upload = store
            .add_analysis_upload(&actor, &org.id, name, bytes.to_vec(), &columns, &profile)
            .await?;
        let job = store
            .create_analysis_job(
                &actor,
                &org.id,
                &upload.id,
                spec.kind.as_str(),
                &serde_json::to_string(&spec)?,
                Some(600),
            )
            .await?;
        jamlik_web::run_analysis_job(store, &job, &Default::default()).await?;
        if index < 3 {
            jobs.push(store.analysis_job(&org.id, &job.id).await?);
        }
    }
    // Evidence: the home-care gap and the sports subsidies on their services'
    // assessments; the subsidies and the pay survey on their measures.
    let Some(plan) = store.plans(&org.id).await?.into_iter().next() else {
        return Ok(());
    };
    let services = store.services(&org.id).await?;
    let measures = store.measures(&org.id, &plan.id).await?;
    let translator = Translator::new(jamlik_domain::Language::Finnish, DisplayZone::Helsinki);
    for (job, service_name) in jobs.iter().zip(["Kotihoito", "Liikuntapalvelut"]) {
        let Some(service) = services.iter().find(|s| s.name.contains(service_name)) else {
            continue;
        };
        if let Some(content) = jamlik_web::analysis_evidence_csv(&translator, job) {
            store
                .add_evidence_file(
                    &actor,
                    &org.id,
                    &plan.id,
                    &service.id,
                    jamlik_store::NewEvidenceFile {
                        name: format!("{}.csv", job.file_name.trim_end_matches(".csv")),
                        content_type: "text/csv".into(),
                        content,
                    },
                )
                .await?;
        }
    }
    for (job, words) in jobs
        .iter()
        .skip(1)
        .zip(["Avustusperusteet", "Palkkakartoitus"])
    {
        if let Some(measure) = measures.iter().find(|m| m.title.contains(words)) {
            store
                .link_analysis_to_measure(&actor, &org.id, &job.id, &measure.id)
                .await?;
        }
    }
    Ok(())
}
