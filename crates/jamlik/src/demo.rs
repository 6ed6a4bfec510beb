//! Demo data: the registers, a bilingual demo municipality with people in
//! every role, and a second municipality to show that organisations are
//! isolated. Safe to run again: what exists is left alone.

use jamlik_domain::{Country, Email, GlobalRole, Language, Password, Role};
use jamlik_store::{Actor, OrganisationSettings, Store};

use crate::registers;

/// The password of every demo account. Printed when the demo starts.
pub const DEMO_PASSWORD: &str = "jamlik-demo-2026";

/// One demo account, for the printout.
#[derive(Clone, Debug)]
pub struct DemoAccount {
    /// The email to sign in with.
    pub email: &'static str,
    /// What the account can do.
    pub what: &'static str,
}

/// The demo accounts.
pub const ACCOUNTS: [DemoAccount; 7] = [
    DemoAccount {
        email: "admin@jamlik.example",
        what: "admin",
    },
    DemoAccount {
        email: "monitor@jamlik.example",
        what: "national monitor",
    },
    DemoAccount {
        email: crate::demo_monitoring::INSTRUCTOR,
        what: "instructor, the municipalities of Ostrobothnia",
    },
    DemoAccount {
        email: "coordinator@vaasa.example",
        what: "coordinator, Vaasa / Vasa",
    },
    DemoAccount {
        email: "contributor@vaasa.example",
        what: "contributor, Vaasa / Vasa",
    },
    DemoAccount {
        email: "viewer@vaasa.example",
        what: "viewer, Vaasa / Vasa",
    },
    DemoAccount {
        email: "coordinator@porvoo.example",
        what: "coordinator, Porvoo / Borgå",
    },
];

/// A demo person: email, name, global role, membership.
type DemoPerson<'a> = (
    &'static str,
    &'static str,
    Option<GlobalRole>,
    Option<(&'a jamlik_store::Organisation, Role)>,
);

/// Loads both registers; returns (added, updated).
pub async fn import_registers(store: &Store) -> anyhow::Result<(usize, usize)> {
    let mut drafts = registers::parse_finnish(registers::FINNISH_MUNICIPALITIES)?;
    drafts.extend(registers::parse_swedish(registers::SWEDISH_MUNICIPALITIES)?);
    Ok(store
        .import_organisations(&Actor::system("import"), drafts)
        .await?)
}

/// Seeds the demo.
pub async fn seed(store: &Store) -> anyhow::Result<()> {
    import_registers(store).await?;
    let actor = Actor::system("demo");
    let vaasa = store.organisation_by_code(Country::Finland, "905").await?;
    let porvoo = store.organisation_by_code(Country::Finland, "638").await?;
    // Both are officially bilingual municipalities.
    for org in [&vaasa, &porvoo] {
        if org.languages.len() < 2 {
            let settings = OrganisationSettings {
                languages: vec![Language::Finnish, Language::Swedish],
                frameworks: org.frameworks.clone(),
                staff_size: org.staff_size,
            };
            store
                .update_organisation_settings(&actor, &org.id, settings)
                .await?;
        }
    }
    let password = Password::new(DEMO_PASSWORD)?;
    let hash = jamlik_web::hash_password(&password)
        .await
        .map_err(|e| anyhow::anyhow!("{:?}", e.code))?;
    let people: [DemoPerson<'_>; 6] = [
        (
            "admin@jamlik.example",
            "Alex Admin",
            Some(GlobalRole::Admin),
            None,
        ),
        (
            "monitor@jamlik.example",
            "Maria Monitor",
            Some(GlobalRole::NationalMonitor),
            None,
        ),
        (
            "coordinator@vaasa.example",
            "Kaisa Koordinaattori",
            None,
            Some((&vaasa, Role::Coordinator)),
        ),
        (
            "contributor@vaasa.example",
            "Björn Bidragare",
            None,
            Some((&vaasa, Role::Contributor)),
        ),
        (
            "viewer@vaasa.example",
            "Veera Viewer",
            None,
            Some((&vaasa, Role::Viewer)),
        ),
        (
            "coordinator@porvoo.example",
            "Pia Porvoo",
            None,
            Some((&porvoo, Role::Coordinator)),
        ),
    ];
    for (email, name, global, membership) in people {
        let email = Email::parse(email)?;
        let user = match store.user_by_email(&email).await? {
            Some(user) => user,
            None => {
                store
                    .create_user(&actor, &email, name, Some(hash.clone()), global)
                    .await?
            }
        };
        if let Some((org, role)) = membership {
            if store.role_in(&org.id, &user.id).await?.is_none() {
                store
                    .add_member(&actor, &org.id, &email, Some(name), role, |invitation| {
                        jamlik_store::OutgoingMail {
                            to: invitation.user.email.clone(),
                            subject: "Jämlik demo".into(),
                            body: "This demo account was added to its organisation.".into(),
                        }
                    })
                    .await?;
            }
        }
    }
    seed_plan(store, &vaasa).await?;
    crate::demo_analysis::seed(store, &vaasa).await?;
    crate::demo_national::seed(store).await?;
    crate::demo_monitoring::seed(store).await?;
    Ok(())
}

/// A realistic plan for the demo municipality: its services, findings from
/// the assessment, and measures in every state with a history.
async fn seed_plan(store: &Store, org: &jamlik_store::Organisation) -> anyhow::Result<()> {
    use jamlik_domain::{DiscriminationKind, IsoDate, MeasureStatus, PlanDraft};
    use jamlik_store::{FindingInput, MeasureInput, ServiceInput};

    if !store.plans(&org.id).await?.is_empty() {
        return Ok(());
    }
    let email = |text: &str| Email::parse(text).map_err(|e| anyhow::anyhow!("{e}"));
    let coordinator = store
        .user_by_email(&email("coordinator@vaasa.example")?)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo coordinator missing"))?;
    let contributor = store
        .user_by_email(&email("contributor@vaasa.example")?)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo contributor missing"))?;
    let as_coordinator = Actor {
        user_id: Some(coordinator.id.clone()),
        label: coordinator.email.clone(),
        request_id: None,
    };
    let as_contributor = Actor {
        user_id: Some(contributor.id.clone()),
        label: contributor.email.clone(),
        request_id: None,
    };
    let today = jamlik_store::now() / 86_400;
    let day = |offset: i64| -> anyhow::Result<IsoDate> {
        let date = time::OffsetDateTime::from_unix_timestamp((today + offset) * 86_400)?.date();
        Ok(IsoDate::from_date(date))
    };
    let frameworks = vec![
        "fi-non-discrimination".to_owned(),
        "fi-gender-equality".to_owned(),
    ];
    let draft = PlanDraft::parse(
        "Yhdenvertaisuus- ja tasa-arvosuunnitelma / Likabehandlings- och jämställdhetsplan 2025–2028",
        &frameworks,
        "2025-06-01",
        "2028-05-31",
        "Kaisa Koordinaattori (equality coordinator), Björn Bidragare (social services), HR, staff representative, disability council, youth council",
    )?;
    let plan = store.create_plan(&as_coordinator, &org.id, draft).await?;
    let services = [
        (
            "Hemvård / Kotihoito",
            "Social- och hälsovård / Sosiaali- ja terveyspalvelut",
            "Home care for older people and people with disabilities",
            true,
        ),
        (
            "Småbarnspedagogik / Varhaiskasvatus",
            "Bildning / Sivistys",
            "Day care and pre-school, Finnish and Swedish",
            false,
        ),
        (
            "Stadsbibliotek / Kaupunginkirjasto",
            "Kultur / Kulttuuri",
            "Main library and three branches",
            false,
        ),
        (
            "Idrottstjänster / Liikuntapalvelut",
            "Kultur / Kulttuuri",
            "Sports halls, swimming hall, club subsidies",
            false,
        ),
        (
            "Rådgivning / Asukasneuvonta",
            "Koncernförvaltning / Konsernihallinto",
            "Resident advice by phone, e-mail and at the service point",
            true,
        ),
        (
            "Rekrytering / Rekrytointi",
            "Personal / Henkilöstö",
            "Recruitment of the city's staff",
            false,
        ),
        (
            "Kollektivtrafik / Joukkoliikenne",
            "Teknik / Tekniikka",
            "Bus lines and service transport",
            false,
        ),
        (
            "Ungdomstjänster / Nuorisopalvelut",
            "Bildning / Sivistys",
            "Youth centres and outreach youth work",
            false,
        ),
    ];
    let mut service_ids = Vec::new();
    for (name, unit, description, contributors) in services {
        let owner = if contributors {
            Some(contributor.id.clone())
        } else {
            None
        };
        let service = store
            .create_service(
                &as_coordinator,
                &org.id,
                ServiceInput {
                    name: name.into(),
                    unit: unit.into(),
                    description: description.into(),
                    owner_user_id: owner,
                },
            )
            .await?;
        service_ids.push(service.id);
    }
    let findings = [
        (0, "language", DiscriminationKind::Indirect, "Service decisions and letters are sent in Finnish only, although a quarter of clients are Swedish-speaking", "Swedish-speaking clients", 3, 4),
        (0, "gender", DiscriminationKind::Indirect, "Men aged 75+ with the same assessed need are granted fewer home-care hours than women", "Older men living alone", 3, 2),
        (4, "age", DiscriminationKind::Indirect, "Advice is increasingly offered only electronically", "Older residents without online banking codes", 3, 3),
        (4, "disability", DiscriminationKind::Indirect, "The service point has no induction loop and the counter is too high for wheelchair users", "People with hearing or mobility impairments", 2, 4),
        (5, "origin", DiscriminationKind::Direct, "Applicants with foreign-sounding names are invited to interviews less often", "Applicants with a foreign background", 4, 2),
        (3, "gender", DiscriminationKind::Indirect, "Club subsidies go mostly to sports with mainly boys as members", "Girls and young women", 2, 3),
    ];
    let mut finding_ids = Vec::new();
    for (service, ground, kind, description, affected, severity, likelihood) in findings {
        let actor = if service == 0 || service == 4 {
            &as_contributor
        } else {
            &as_coordinator
        };
        let finding = store
            .create_finding(
                actor,
                &org.id,
                &plan.id,
                FindingInput {
                    service_id: service_ids.get(service).cloned(),
                    ground: ground.into(),
                    kind,
                    description: description.into(),
                    affected: affected.into(),
                    severity,
                    likelihood,
                },
            )
            .await?;
        finding_ids.push(finding.id);
    }
    seed_assessment(
        store,
        org,
        &plan.id,
        &service_ids,
        &as_coordinator,
        &as_contributor,
    )
    .await?;
    #[allow(clippy::type_complexity)]
    let measures: [(
        &str,
        Option<usize>,
        bool,
        &str,
        i64,
        i64,
        MeasureStatus,
        &[&str],
    ); 16] = [
        (
            "Bilingual decision templates in home care",
            Some(0),
            true,
            "Social services",
            1_200_000,
            -20,
            MeasureStatus::InProgress,
            &["Finnish and Swedish templates drafted"],
        ),
        (
            "Review of granted home-care hours by gender",
            Some(1),
            true,
            "Social services",
            0,
            45,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Keep phone and counter service for advice",
            Some(2),
            true,
            "Resident advice",
            500_000,
            -120,
            MeasureStatus::Done,
            &["Decision by the city board", "Counter hours published"],
        ),
        (
            "Induction loop at the service point",
            Some(3),
            false,
            "Premises",
            350_000,
            -10,
            MeasureStatus::Delayed,
            &["Supplier delayed until spring"],
        ),
        (
            "Lower counter for wheelchair users",
            Some(3),
            false,
            "Premises",
            800_000,
            25,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Anonymised applications in recruitment",
            Some(4),
            false,
            "HR",
            0,
            60,
            MeasureStatus::InProgress,
            &["Pilot in two departments"],
        ),
        (
            "Training in non-discriminatory recruitment for managers",
            Some(4),
            false,
            "HR",
            600_000,
            90,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Subsidy criteria that count girls' participation",
            Some(5),
            false,
            "Sports services",
            0,
            5,
            MeasureStatus::InProgress,
            &["Draft criteria to the sports board"],
        ),
        (
            "Pay survey 2026 with job evaluation",
            None,
            false,
            "HR",
            0,
            150,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Plain-language versions of key web pages",
            None,
            true,
            "Communications",
            300_000,
            -60,
            MeasureStatus::Done,
            &["Twenty pages rewritten"],
        ),
        (
            "Accessibility review of the library branches",
            None,
            false,
            "Culture",
            200_000,
            120,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Interpretation service guidance for all units",
            None,
            false,
            "Social services",
            0,
            -5,
            MeasureStatus::InProgress,
            &["Guidance drafted"],
        ),
        (
            "Youth council consulted on the youth centre rules",
            None,
            false,
            "Youth services",
            0,
            -200,
            MeasureStatus::Done,
            &["Meeting held", "Rules changed"],
        ),
        (
            "Gender-disaggregated statistics in the annual report",
            None,
            false,
            "Finance",
            0,
            200,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Harassment reporting channel for staff",
            None,
            false,
            "HR",
            150_000,
            -30,
            MeasureStatus::Done,
            &["Channel opened"],
        ),
        (
            "Service transport booking without a smartphone",
            None,
            false,
            "Technical services",
            0,
            30,
            MeasureStatus::Dropped,
            &["Replaced by the phone booking already in place"],
        ),
    ];
    // The autumn follow-up round is open: the updates below belong to it,
    // and the measures nobody has reported on show as missing.
    store
        .create_round(
            &as_coordinator,
            &org.id,
            &plan.id,
            jamlik_store::RoundInput {
                name: "Syksyn seuranta / Höstens uppföljning".into(),
                opens_on: day(-14)?,
                closes_on: day(14)?,
            },
        )
        .await?;
    for (title, finding, owned, unit, budget, due, status, notes) in measures {
        let owner = if owned {
            Some(contributor.id.clone())
        } else {
            Some(coordinator.id.clone())
        };
        let input = MeasureInput {
            finding_id: finding.and_then(|index| finding_ids.get(index).cloned()),
            title: title.into(),
            goal: String::new(),
            owner_user_id: owner,
            owner_unit: unit.into(),
            budget_cents: (budget > 0).then_some(budget),
            start_date: Some(day(due - 120)?),
            due_date: Some(day(due)?),
        };
        let measure = store
            .create_measure(&as_coordinator, &org.id, &plan.id, input)
            .await?;
        let actor = if owned {
            &as_contributor
        } else {
            &as_coordinator
        };
        for (index, note) in notes.iter().enumerate() {
            let step = if index + 1 == notes.len() {
                status
            } else {
                MeasureStatus::InProgress
            };
            store
                .update_measure_status(actor, &org.id, &measure.id, step, note)
                .await?;
        }
        if notes.is_empty() && status != MeasureStatus::Planned {
            store
                .update_measure_status(actor, &org.id, &measure.id, status, "")
                .await?;
        }
    }
    // The council approved the plan two months ago; it is published.
    store
        .approve_plan(
            &as_coordinator,
            &org.id,
            &plan.id,
            "Kaupunginvaltuusto / Stadsfullmäktige",
            &day(-60)?,
            "§ 112",
        )
        .await?;
    store
        .publish_plan(&as_coordinator, &org.id, &plan.id)
        .await?;
    Ok(())
}

/// The demo plan's assessment, consultations and written sections: enough to
/// show the matrix with hot spots and a completeness check with one gap left
/// (the pay survey), as a real plan in progress would have.
async fn seed_assessment(
    store: &Store,
    org: &jamlik_store::Organisation,
    plan: &str,
    services: &[String],
    as_coordinator: &Actor,
    as_contributor: &Actor,
) -> anyhow::Result<()> {
    use jamlik_domain::{Conclusion, ConsultedParty, IsoDate};
    use jamlik_store::{Answer, AssessmentInput, ConsultationInput, Section};

    let conclusion = |ground: &str, conclusion: Conclusion, evidence: &str| AssessmentInput {
        ground: ground.into(),
        conclusion,
        evidence: evidence.into(),
    };
    let assessed: [(usize, bool, Vec<AssessmentInput>); 5] = [
        (0, true, vec![
            conclusion("language", Conclusion::Risk, "Client register 2024: 24 % Swedish-speaking; all decision templates in Finnish only"),
            conclusion("gender", Conclusion::Risk, "Granted hours by gender and assessed need (RAI), 2024"),
            conclusion("age", Conclusion::NoRisk, "Service criteria reviewed with the elderly council"),
            conclusion("disability", Conclusion::NoRisk, "Home visits; aids assessed individually"),
            conclusion("origin", Conclusion::Unclear, "No data on clients' background; interpretation costs rising"),
        ]),
        (4, true, vec![
            conclusion("age", Conclusion::Risk, "Share of advice given online rose from 40 % to 75 % in two years"),
            conclusion("disability", Conclusion::Risk, "Accessibility walk-through with the disability council, March"),
            conclusion("language", Conclusion::NoRisk, "Advice in Finnish, Swedish and English; interpreter on request"),
        ]),
        (1, false, vec![
            conclusion("language", Conclusion::NoRisk, "Finnish- and Swedish-language groups in every district"),
            conclusion("disability", Conclusion::Unclear, "Waiting times for special support not yet analysed"),
            conclusion("religion", Conclusion::NoRisk, "Menus and celebrations reviewed with parents"),
        ]),
        (3, false, vec![
            conclusion("gender", Conclusion::Risk, "Club subsidies 2024 by members' gender"),
            conclusion("age", Conclusion::NoRisk, "Senior hours in the swimming hall"),
        ]),
        (5, false, vec![
            conclusion("origin", Conclusion::Risk, "Anonymous recruitment pilot: invitation rates by name"),
            conclusion("age", Conclusion::Unclear, "Applicants' age not recorded"),
        ]),
    ];
    for (index, owned, conclusions) in assessed {
        let Some(service) = services.get(index) else {
            continue;
        };
        let actor = if owned {
            as_contributor
        } else {
            as_coordinator
        };
        let answers = if index == 0 {
            vec![
                Answer {
                    framework: "fi-non-discrimination".into(),
                    checklist: "assess-services".into(),
                    question: "non-electronic".into(),
                    value: "yes".into(),
                },
                Answer {
                    framework: "fi-non-discrimination".into(),
                    checklist: "assess-services".into(),
                    question: "interpretation".into(),
                    value: "no".into(),
                },
            ]
        } else {
            Vec::new()
        };
        store
            .save_assessment(actor, &org.id, plan, service, &conclusions, &answers)
            .await?;
    }
    let date = |text: &str| IsoDate::parse(text).map_err(|e| anyhow::anyhow!("{e:?}"));
    let consultations = [
        (ConsultedParty::DisabilityCouncil, "Vammaisneuvosto / Rådet för personer med funktionsnedsättning", "2025-03-11", "Asked for an induction loop and a lower counter at the service point, and for easy-to-read decisions."),
        (ConsultedParty::ElderlyCouncil, "Vanhusneuvosto / Äldrerådet", "2025-03-18", "Worried that advice is moving online; asks that phone and counter service stay."),
        (ConsultedParty::YouthCouncil, "Nuorisovaltuusto / Ungdomsfullmäktige", "2025-03-25", "Girls' sports get too few hours in the halls; asks for a survey of club subsidies."),
        (ConsultedParty::StaffRepresentatives, "JHL, Tehy, JUKO", "2025-04-02", "Supports anonymous recruitment; asks for training for recruiting managers."),
    ];
    for (party, name, held_on, summary) in consultations {
        store
            .add_consultation(
                as_coordinator,
                &org.id,
                plan,
                ConsultationInput {
                    party,
                    party_name: name.into(),
                    held_on: date(held_on)?,
                    summary: summary.into(),
                },
            )
            .await?;
    }
    let sections = [
        ("fi-gender-equality", "situation-report", "Of the city's 3,000 staff, 78 % are women. Women are the majority in every sector except technical services. Part-time and fixed-term contracts are more common among women in care work."),
        ("fi-gender-equality", "previous-evaluation", "The 2021–2024 plan had 12 measures: 8 were done, 3 were delayed and 1 was dropped. The delayed ones are carried into this plan."),
        ("fi-gender-equality", "cooperation", "Prepared in the cooperation committee with the staff representatives; staff survey in February 2025."),
    ];
    store
        .save_step(
            as_coordinator,
            &org.id,
            plan,
            &[],
            &sections
                .iter()
                .map(|(framework, element, body)| Section {
                    framework: (*framework).into(),
                    element: (*element).into(),
                    body: (*body).into(),
                })
                .collect::<Vec<_>>(),
        )
        .await?;
    Ok(())
}
