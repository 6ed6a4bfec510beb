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
pub const ACCOUNTS: [DemoAccount; 6] = [
    DemoAccount {
        email: "admin@jamlik.example",
        what: "admin",
    },
    DemoAccount {
        email: "monitor@jamlik.example",
        what: "national monitor",
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
    Ok(())
}
