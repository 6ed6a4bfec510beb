//! Demo data for national monitoring, part 2: an instructor who supports the
//! municipalities of Ostrobothnia (Vaasa among them), and a monitor's review
//! of Vaasa's plan that the coordinator has answered. Safe to run again:
//! what exists is left alone.

use jamlik_domain::{
    Country, ElementVerdict, Email, GlobalRole, OrgId, Password, Recommendation, UserId, Verdict,
};
use jamlik_store::{Actor, OutgoingMail, ReviewInput, ReviewSubject, Store};

use crate::demo::DEMO_PASSWORD;

/// The demo instructor.
pub const INSTRUCTOR: &str = "instructor@jamlik.example";

/// The municipalities the instructor supports: Ostrobothnia's (region FI-PO).
const REGION: &str = "FI-PO";

/// Seeds the instructor, their assignments and a review with an answer.
pub async fn seed(store: &Store) -> anyhow::Result<()> {
    let actor = Actor::system("demo");
    let email = Email::parse(INSTRUCTOR)?;
    let instructor = match store.user_by_email(&email).await? {
        Some(user) => user,
        None => {
            let hash = jamlik_web::hash_password(&Password::new(DEMO_PASSWORD)?)
                .await
                .map_err(|e| anyhow::anyhow!("{:?}", e.code))?;
            store
                .create_user(
                    &actor,
                    &email,
                    "Ilona Instructor",
                    Some(hash),
                    Some(GlobalRole::Instructor),
                )
                .await?
        }
    };
    let assigned = store.assigned_organisations(&instructor.id).await?;
    if assigned.is_empty() {
        let region = store
            .organisations(
                &jamlik_store::OrgFilter {
                    country: Some(Country::Finland),
                    ..jamlik_store::OrgFilter::default()
                },
                jamlik_store::PageRequest::new(1, jamlik_store::PageRequest::MAX_PER_PAGE)?,
            )
            .await?;
        for org in region
            .items
            .iter()
            .filter(|o| o.region.as_deref() == Some(REGION))
        {
            store
                .assign_instructor(&actor, &instructor.id, &org.id)
                .await?;
        }
    }
    let vaasa = store.organisation_by_code(Country::Finland, "905").await?;
    if store.reviews(&vaasa.id).await?.is_empty() {
        seed_review(store, &vaasa.id).await?;
    }
    Ok(())
}

async fn seed_review(store: &Store, vaasa: &OrgId) -> anyhow::Result<()> {
    let monitor = store
        .user_by_email(&Email::parse("monitor@jamlik.example")?)
        .await?;
    let coordinator = store
        .user_by_email(&Email::parse("coordinator@vaasa.example")?)
        .await?;
    let (Some(monitor), Some(coordinator)) = (monitor, coordinator) else {
        return Ok(());
    };
    let framework = jamlik_domain::Framework::parse("fi-non-discrimination")?;
    let Some(plan) = store
        .plans(vaasa)
        .await?
        .into_iter()
        .find(|p| p.frameworks.contains(&framework))
    else {
        return Ok(());
    };
    let pack = jamlik_packs::shipped()
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .get(framework.as_str())
        .ok_or_else(|| anyhow::anyhow!("no pack {}", framework.as_str()))?;
    let verdicts = pack
        .elements
        .iter()
        .filter(|e| e.required)
        .enumerate()
        .map(|(index, element)| ElementVerdict {
            element: element.id.clone(),
            verdict: if index == 1 {
                Verdict::Partly
            } else {
                Verdict::Met
            },
            note: if index == 1 {
                "Staff data by age and language are missing from the assessment.".into()
            } else {
                String::new()
            },
        })
        .collect();
    let as_person = |id: &UserId, label: &str| Actor {
        user_id: Some(id.clone()),
        label: label.to_owned(),
        request_id: None,
    };
    let review = store
        .create_review(
            &as_person(&monitor.id, &monitor.email),
            vaasa,
            ReviewInput {
                framework,
                subject: ReviewSubject {
                    kind: "plan".into(),
                    id: Some(plan.id.clone()),
                    label: String::new(),
                },
                verdicts,
                findings: "A thorough plan with owners and budgets for every measure. \
                           The assessment of the current situation lacks staff data by age and language."
                    .into(),
                recommendation: Recommendation::Revise,
                feedback: "Please complete the assessment with staff data by age and \
                           language before the next follow-up round."
                    .into(),
            },
            |_, to| OutgoingMail {
                to: to.email.clone(),
                subject: "Jämlik demo".into(),
                body: "A demo review was sent.".into(),
            },
        )
        .await?;
    store
        .answer_review(
            &as_person(&coordinator.id, &coordinator.email),
            vaasa,
            &review.id,
            "Thank you. HR will add the staff figures by age and language in the spring round.",
            |_, _, to| OutgoingMail {
                to: to.email.clone(),
                subject: "Jämlik demo".into(),
                body: "A demo answer was sent.".into(),
            },
        )
        .await?;
    Ok(())
}
