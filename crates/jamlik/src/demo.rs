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
    crate::demo_learning::seed(store, &hash).await?;
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
        "Yhdenvertaisuus- ja tasa-arvosuunnitelma 2025–2028",
        &frameworks,
        "2025-06-01",
        "2028-05-31",
        "Kaisa Koordinaattori (tasa-arvokoordinaattori), Björn Bidragare (sosiaalipalvelut), henkilöstöhallinto, henkilöstön edustaja, vammaisneuvosto, nuorisovaltuusto",
    )?;
    let plan = store.create_plan(&as_coordinator, &org.id, draft).await?;
    let services = [
        (
            "Kotihoito",
            "Sosiaali- ja terveyspalvelut",
            "Kotihoito ikääntyneille ja vammaisille henkilöille",
            true,
        ),
        (
            "Varhaiskasvatus",
            "Sivistystoimi",
            "Päiväkodit ja esiopetus suomeksi ja ruotsiksi",
            false,
        ),
        (
            "Kaupunginkirjasto",
            "Kulttuuri- ja vapaa-aikapalvelut",
            "Pääkirjasto ja kolme lähikirjastoa",
            false,
        ),
        (
            "Liikuntapalvelut",
            "Kulttuuri- ja vapaa-aikapalvelut",
            "Liikuntahallit, uimahalli ja seura-avustukset",
            false,
        ),
        (
            "Asukasneuvonta",
            "Konsernihallinto",
            "Neuvontaa asukkaille puhelimitse, sähköpostitse ja asiointipisteessä",
            true,
        ),
        (
            "Rekrytointi",
            "Henkilöstöhallinto",
            "Kaupungin henkilöstön rekrytointi",
            false,
        ),
        (
            "Joukkoliikenne",
            "Tekninen toimi",
            "Bussilinjat ja palveluliikenne",
            false,
        ),
        (
            "Nuorisopalvelut",
            "Sivistystoimi",
            "Nuorisotalot ja etsivä nuorisotyö",
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
        (0, "language", DiscriminationKind::Indirect, "Palvelupäätökset ja kirjeet lähetetään vain suomeksi, vaikka neljännes asiakkaista on ruotsinkielisiä", "Ruotsinkieliset asiakkaat", 3, 4),
        (0, "gender", DiscriminationKind::Indirect, "75 vuotta täyttäneille miehille myönnetään vähemmän kotihoidon tunteja kuin naisille, vaikka arvioitu palveluntarve on sama", "Yksin asuvat ikääntyneet miehet", 3, 2),
        (4, "age", DiscriminationKind::Indirect, "Neuvontaa tarjotaan yhä useammin vain sähköisesti", "Ikääntyneet asukkaat, joilla ei ole verkkopankkitunnuksia", 3, 3),
        (4, "disability", DiscriminationKind::Indirect, "Asiointipisteessä ei ole induktiosilmukkaa, ja palvelutiski on liian korkea pyörätuolin käyttäjille", "Kuulo- ja liikuntavammaiset henkilöt", 2, 4),
        (5, "origin", DiscriminationKind::Direct, "Hakijoita, joiden nimi kuulostaa vieraskieliseltä, kutsutaan haastatteluun muita harvemmin", "Ulkomaalaistaustaiset hakijat", 4, 2),
        (3, "gender", DiscriminationKind::Indirect, "Seura-avustukset kohdistuvat enimmäkseen lajeihin, joiden harrastajista suurin osa on poikia", "Tytöt ja nuoret naiset", 2, 3),
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
            "Kaksikieliset päätöspohjat kotihoitoon",
            Some(0),
            true,
            "Sosiaalipalvelut",
            1_200_000,
            -20,
            MeasureStatus::InProgress,
            &["Suomen- ja ruotsinkielisten päätöspohjien luonnokset on laadittu"],
        ),
        (
            "Myönnettyjen kotihoidon tuntien tarkastelu sukupuolen mukaan",
            Some(1),
            true,
            "Sosiaalipalvelut",
            0,
            45,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Puhelinneuvonnan ja palvelutiskin säilyttäminen",
            Some(2),
            true,
            "Asukasneuvonta",
            500_000,
            -120,
            MeasureStatus::Done,
            &[
                "Kaupunginhallitus on tehnyt päätöksen",
                "Palvelutiskin aukioloajat on julkaistu",
            ],
        ),
        (
            "Induktiosilmukka asiointipisteeseen",
            Some(3),
            false,
            "Tilapalvelut",
            350_000,
            -10,
            MeasureStatus::Delayed,
            &["Toimittaja on siirtänyt toimituksen kevääseen"],
        ),
        (
            "Matalampi palvelutiski pyörätuolin käyttäjille",
            Some(3),
            false,
            "Tilapalvelut",
            800_000,
            25,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Anonymisoidut hakemukset rekrytoinnissa",
            Some(4),
            false,
            "Henkilöstöhallinto",
            0,
            60,
            MeasureStatus::InProgress,
            &["Kokeilu on käynnissä kahdella toimialalla"],
        ),
        (
            "Syrjimättömän rekrytoinnin koulutus esihenkilöille",
            Some(4),
            false,
            "Henkilöstöhallinto",
            600_000,
            90,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Avustusperusteet, joissa otetaan huomioon tyttöjen osallistuminen",
            Some(5),
            false,
            "Liikuntapalvelut",
            0,
            5,
            MeasureStatus::InProgress,
            &["Perusteiden luonnos on viety liikuntalautakunnalle"],
        ),
        (
            "Palkkakartoitus 2026 ja työn vaativuuden arviointi",
            None,
            false,
            "Henkilöstöhallinto",
            0,
            150,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Tärkeimpien verkkosivujen selkokieliset versiot",
            None,
            true,
            "Viestintä",
            300_000,
            -60,
            MeasureStatus::Done,
            &["Kaksikymmentä sivua on kirjoitettu uudelleen"],
        ),
        (
            "Lähikirjastojen esteettömyyskartoitus",
            None,
            false,
            "Kulttuuripalvelut",
            200_000,
            120,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Tulkkauspalvelujen käyttöohje kaikille yksiköille",
            None,
            false,
            "Sosiaalipalvelut",
            0,
            -5,
            MeasureStatus::InProgress,
            &["Ohjeen luonnos on laadittu"],
        ),
        (
            "Nuorisovaltuuston kuuleminen nuorisotalojen säännöistä",
            None,
            false,
            "Nuorisopalvelut",
            0,
            -200,
            MeasureStatus::Done,
            &["Kokous on pidetty", "Sääntöjä on muutettu"],
        ),
        (
            "Sukupuolen mukaan eritellyt tilastot toimintakertomukseen",
            None,
            false,
            "Talouspalvelut",
            0,
            200,
            MeasureStatus::Planned,
            &[],
        ),
        (
            "Häirinnän ilmoituskanava henkilöstölle",
            None,
            false,
            "Henkilöstöhallinto",
            150_000,
            -30,
            MeasureStatus::Done,
            &["Ilmoituskanava on avattu"],
        ),
        (
            "Palveluliikenteen tilaaminen ilman älypuhelinta",
            None,
            false,
            "Tekninen toimi",
            0,
            30,
            MeasureStatus::Dropped,
            &["Korvattu jo käytössä olevalla puhelintilauksella"],
        ),
    ];
    // The autumn follow-up round is open: the updates below belong to it,
    // and the measures nobody has reported on show as missing.
    let round = store
        .create_round(
            &as_coordinator,
            &org.id,
            &plan.id,
            jamlik_store::RoundInput {
                name: "Syksyn seuranta".into(),
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
            catalogue_id: None,
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
    // Vasa is bilingual: the plan goes to the council in Finnish and Swedish.
    crate::demo_texts::translate(store, &as_coordinator, org, &plan.id).await?;
    // The council approved the plan two months ago; it is published.
    store
        .approve_plan(
            &as_coordinator,
            &org.id,
            &plan.id,
            "Kaupunginvaltuusto",
            &day(-60)?,
            "§ 112",
        )
        .await?;
    store
        .publish_plan(&as_coordinator, &org.id, &plan.id)
        .await?;
    // Halfway through the round, the city publishes where the measures stand.
    store
        .publish_round(&as_coordinator, &org.id, &plan.id, &round.id, &day(0)?)
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
            conclusion("language", Conclusion::Risk, "Asiakasrekisteri 2024: 24 % ruotsinkielisiä; kaikki päätöspohjat vain suomeksi"),
            conclusion("gender", Conclusion::Risk, "Myönnetyt tunnit sukupuolen ja arvioidun palveluntarpeen (RAI) mukaan, 2024"),
            conclusion("age", Conclusion::NoRisk, "Palvelun myöntämisperusteet on käyty läpi vanhusneuvoston kanssa"),
            conclusion("disability", Conclusion::NoRisk, "Kotikäynnit; apuvälineiden tarve arvioidaan yksilöllisesti"),
            conclusion("origin", Conclusion::Unclear, "Asiakkaiden taustasta ei ole tietoa; tulkkauskulut kasvavat"),
        ]),
        (4, true, vec![
            conclusion("age", Conclusion::Risk, "Verkossa annetun neuvonnan osuus nousi kahdessa vuodessa 40 prosentista 75 prosenttiin"),
            conclusion("disability", Conclusion::Risk, "Esteettömyyskatselmus vammaisneuvoston kanssa maaliskuussa"),
            conclusion("language", Conclusion::NoRisk, "Neuvontaa suomeksi, ruotsiksi ja englanniksi; tulkki pyynnöstä"),
        ]),
        (1, false, vec![
            conclusion("language", Conclusion::NoRisk, "Suomen- ja ruotsinkielisiä ryhmiä kaikilla alueilla"),
            conclusion("disability", Conclusion::Unclear, "Erityisen tuen odotusaikoja ei ole vielä analysoitu"),
            conclusion("religion", Conclusion::NoRisk, "Ruokalistat ja juhlat on käyty läpi vanhempien kanssa"),
        ]),
        (3, false, vec![
            conclusion("gender", Conclusion::Risk, "Seura-avustukset 2024 jäsenten sukupuolen mukaan"),
            conclusion("age", Conclusion::NoRisk, "Seniorivuorot uimahallissa"),
        ]),
        (5, false, vec![
            conclusion("origin", Conclusion::Risk, "Anonyymin rekrytoinnin kokeilu: haastatteluun kutsuttujen osuus nimen mukaan"),
            conclusion("age", Conclusion::Unclear, "Hakijoiden ikää ei kirjata"),
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
        (ConsultedParty::DisabilityCouncil, "Vammaisneuvosto", "2025-03-11", "Toivoo asiointipisteeseen induktiosilmukkaa ja matalampaa palvelutiskiä sekä selkokielisiä päätöksiä."),
        (ConsultedParty::ElderlyCouncil, "Vanhusneuvosto", "2025-03-18", "On huolissaan neuvonnan siirtymisestä verkkoon; toivoo, että neuvontaa saa jatkossakin puhelimitse ja palvelutiskiltä."),
        (ConsultedParty::YouthCouncil, "Nuorisovaltuusto", "2025-03-25", "Tyttöjen lajit saavat liian vähän salivuoroja; toivoo selvitystä seura-avustusten jakautumisesta."),
        (ConsultedParty::StaffRepresentatives, "JHL, Tehy, JUKO", "2025-04-02", "Kannattavat anonyymia rekrytointia; toivovat koulutusta rekrytoiville esihenkilöille."),
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
        ("fi-gender-equality", "situation-report", "Kaupungin 3000 työntekijästä 78 % on naisia. Naiset ovat enemmistönä kaikilla toimialoilla teknistä tointa lukuun ottamatta. Hoitotyössä osa-aikaiset ja määräaikaiset palvelussuhteet ovat yleisempiä naisilla kuin miehillä."),
        ("fi-gender-equality", "previous-evaluation", "Vuosien 2021–2024 suunnitelmassa oli 12 toimenpidettä: niistä 8 toteutui, 3 viivästyi ja 1 jätettiin toteuttamatta. Viivästyneet toimenpiteet siirretään tähän suunnitelmaan."),
        ("fi-gender-equality", "cooperation", "Valmisteltu yhteistoimintaelimessä yhdessä henkilöstön edustajien kanssa; henkilöstökysely tehtiin helmikuussa 2025."),
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
