//! The command line: `serve`, `migrate`, `import`, `user`, `backup`, `check`.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use jamlik_domain::{Email, GlobalRole, Password};
use jamlik_store::{Actor, Backend, Store, StoreOptions};

use crate::config::Config;
use crate::demo;

/// Jämlik: statutory equality work for municipalities and other obliged
/// organisations in Finland and Sweden.
#[derive(Debug, Parser)]
#[command(name = "jamlik", version, about)]
pub struct Cli {
    /// A TOML configuration file (default: jamlik.toml when present).
    #[arg(long, global = true, env = "JAMLIK_CONFIG")]
    pub config: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server (migrates the database first).
    Serve {
        /// Load the registers and demo accounts, and print the sign-ins.
        #[arg(long)]
        demo: bool,
        /// Listen here instead of the configured address.
        #[arg(long)]
        listen: Option<String>,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Load reference data.
    Import {
        /// What to load.
        #[command(subcommand)]
        what: ImportCommand,
    },
    /// Manage accounts.
    User {
        /// What to do.
        #[command(subcommand)]
        action: UserCommand,
    },
    /// Write a consistent copy of the database while the server runs.
    Backup {
        /// The file to write (must not exist).
        #[arg(long)]
        output: PathBuf,
    },
    /// Validate the configuration and the database, and say what is wrong.
    Check,
    /// Run an analysis on a file: representation, resources, gap, pay survey,
    /// pay transparency.
    Analyze {
        /// Which analysis.
        #[command(subcommand)]
        analysis: crate::analyze::Analysis,
    },
    /// Add many organisations and people, for benchmarks.
    #[command(hide = true)]
    BenchSeed {
        /// Organisations to add.
        #[arg(long, default_value_t = 600)]
        organisations: usize,
        /// People to add.
        #[arg(long, default_value_t = 3000)]
        users: usize,
    },
}

/// Reference data to import.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// The Finnish and Swedish municipal registers (the shipped files unless given).
    Municipalities {
        /// A Finnish register CSV (name_sv,name_fi,id,population,hva_id).
        #[arg(long)]
        fi: Option<PathBuf>,
        /// A Swedish register CSV (kommun_kod,kommun).
        #[arg(long)]
        se: Option<PathBuf>,
    },
}

/// Account commands. Passwords are read from standard input, never from the
/// command line (where other users could see them).
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an admin account.
    CreateAdmin {
        /// The email.
        #[arg(long)]
        email: String,
        /// The name shown.
        #[arg(long, default_value = "Admin")]
        name: String,
    },
    /// Set a new password for an account (ends its sessions).
    ResetPassword {
        /// The email.
        #[arg(long)]
        email: String,
    },
}

/// Runs the command line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("error: configuration: {error:#}");
            return ExitCode::from(2);
        }
    };
    init_logging(&config);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("JAMLIK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if config.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn open(config: &Config) -> anyhow::Result<Store> {
    let url = config.database_url();
    if url.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir).with_context(|| {
            format!(
                "cannot create the data directory {}",
                config.data_dir.display()
            )
        })?;
    }
    let options = StoreOptions {
        max_connections: config.db_max_connections,
        ..StoreOptions::default()
    };
    let store = Store::connect(&url, &options)
        .await
        .context("cannot open the database")?;
    Ok(store)
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve {
            demo: with_demo,
            listen,
        } => serve(config, with_demo, listen).await,
        Command::Migrate => {
            let store = open(&config).await?;
            let applied = store.migrate().await?;
            println!(
                "migrations applied now: {applied:?}; database at version {}",
                jamlik_store::latest_version()
            );
            Ok(())
        }
        Command::Import {
            what: ImportCommand::Municipalities { fi, se },
        } => {
            let store = open(&config).await?;
            store.migrate().await?;
            let finnish = match fi {
                Some(path) => std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?,
                None => crate::registers::FINNISH_MUNICIPALITIES.to_owned(),
            };
            let swedish = match se {
                Some(path) => std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?,
                None => crate::registers::SWEDISH_MUNICIPALITIES.to_owned(),
            };
            let mut drafts = crate::registers::parse_finnish(&finnish)?;
            drafts.extend(crate::registers::parse_swedish(&swedish)?);
            let count = drafts.len();
            let (added, updated) = store
                .import_organisations(&Actor::system("import"), drafts)
                .await?;
            println!(
                "{count} municipalities read: {added} added, {updated} updated (source: {})",
                crate::registers::SOURCES
            );
            Ok(())
        }
        Command::User { action } => user(config, action).await,
        Command::Backup { output } => backup(config, output).await,
        Command::Check => check(config).await,
        Command::Analyze { analysis } => crate::analyze::run(analysis),
        Command::BenchSeed {
            organisations,
            users,
        } => bench_seed(config, organisations, users).await,
    }
}

async fn serve(config: Config, with_demo: bool, listen: Option<String>) -> anyhow::Result<()> {
    let mut web = config.web()?;
    jamlik_packs::shipped()
        .map_err(|error| anyhow::anyhow!("the framework packs do not load: {error}"))?;
    let store = open(&config).await?;
    store
        .migrate()
        .await
        .context("cannot migrate the database")?;
    if with_demo {
        demo::seed(&store)
            .await
            .context("cannot load the demo data")?;
    }
    let address = listen.unwrap_or_else(|| config.listen.clone());
    let listener = tokio::net::TcpListener::bind(&address)
        .await
        .with_context(|| format!("cannot listen on {address}"))?;
    let bound = listener.local_addr()?;
    web.public_url = config.public_url(&bound.to_string());
    println!(
        "Jämlik is running at http://{bound}/ (public address {})",
        web.public_url
    );
    if with_demo {
        println!("Demo sign-ins (password for all: {}):", demo::DEMO_PASSWORD);
        for account in demo::ACCOUNTS {
            println!("  {:<30} {}", account.email, account.what);
        }
        if web.mail.smtp.is_none() {
            println!(
                "No SMTP server configured: mail is written to {}",
                web.mail.outbox_dir.display()
            );
        }
    }
    tracing::info!(address = %bound, backend = ?store.backend(), "serving");
    let state = jamlik_web::AppState::new(store.clone(), web);
    jamlik_web::serve(listener, state, shutdown_signal()).await?;
    store.close().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

fn read_password() -> anyhow::Result<Password> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!(
            "New password (at least {} characters, shown as you type): ",
            Password::MIN_CHARS
        );
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    let line = line.trim_end_matches(['\n', '\r']);
    Password::new(line).map_err(|code| anyhow::anyhow!("the password is not accepted ({code})"))
}

async fn user(config: Config, action: UserCommand) -> anyhow::Result<()> {
    let store = open(&config).await?;
    store.migrate().await?;
    let actor = Actor::system("cli");
    match action {
        UserCommand::CreateAdmin { email, name } => {
            let email = Email::parse(&email)
                .map_err(|code| anyhow::anyhow!("{email:?} is not a valid email ({code})"))?;
            let password = read_password()?;
            let hash = jamlik_web::hash_password(&password)
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.code))?;
            match store.user_by_email(&email).await? {
                Some(existing) => {
                    store
                        .set_global_role(&actor, &existing.id, Some(GlobalRole::Admin))
                        .await?;
                    store.set_password(&actor, &existing.id, hash, None).await?;
                    println!("{email} exists: made admin and set the password");
                }
                None => {
                    store
                        .create_user(&actor, &email, &name, Some(hash), Some(GlobalRole::Admin))
                        .await?;
                    println!("admin {email} created");
                }
            }
            Ok(())
        }
        UserCommand::ResetPassword { email } => {
            let email = Email::parse(&email)
                .map_err(|code| anyhow::anyhow!("{email:?} is not a valid email ({code})"))?;
            let user = store
                .user_by_email(&email)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no account with the email {email}"))?;
            let password = read_password()?;
            let hash = jamlik_web::hash_password(&password)
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.code))?;
            store.set_password(&actor, &user.id, hash, None).await?;
            println!("password set for {email}; their sessions have ended");
            Ok(())
        }
    }
}

async fn backup(config: Config, output: PathBuf) -> anyhow::Result<()> {
    anyhow::ensure!(
        !output.exists(),
        "{} exists already; choose a new file",
        output.display()
    );
    let store = open(&config).await?;
    match store.backend() {
        Backend::Sqlite => {
            store
                .backup_sqlite(&output)
                .await
                .context("backup failed")?;
            println!("consistent copy written to {}", output.display());
            Ok(())
        }
        Backend::Postgres => {
            let status = std::process::Command::new("pg_dump")
                .arg("--format=custom")
                .arg(format!("--file={}", output.display()))
                .arg(config.database_url())
                .status()
                .context("PostgreSQL is backed up with pg_dump, which was not found: install the PostgreSQL client tools")?;
            anyhow::ensure!(status.success(), "pg_dump failed ({status})");
            println!("pg_dump archive written to {}", output.display());
            Ok(())
        }
    }
}

async fn check(config: Config) -> anyhow::Result<()> {
    let web = config.web()?;
    println!("configuration: ok ({config:?})");
    let store = open(&config).await?;
    store.ping().await.context("the database does not answer")?;
    println!("database: reachable ({:?})", store.backend());
    let applied = store.applied_migrations().await.unwrap_or_default();
    let latest = jamlik_store::latest_version();
    anyhow::ensure!(
        applied.last().copied() == Some(latest),
        "database: at version {:?}, this binary needs {latest}: run `jamlik migrate`",
        applied.last()
    );
    println!("database: migrations up to date (version {latest})");
    match &web.mail.smtp {
        Some(smtp) => println!(
            "mail: SMTP server {}:{} ({:?})",
            smtp.host, smtp.port, smtp.tls
        ),
        None => {
            std::fs::create_dir_all(&web.mail.outbox_dir).with_context(|| {
                format!(
                    "mail: cannot create the outbox {}",
                    web.mail.outbox_dir.display()
                )
            })?;
            println!(
                "mail: no SMTP server; mail goes to {}",
                web.mail.outbox_dir.display()
            );
        }
    }
    let packs =
        jamlik_packs::shipped().map_err(|error| anyhow::anyhow!("framework packs: {error}"))?;
    println!(
        "framework packs: {} loaded ({})",
        packs.packs().len(),
        packs.ids().collect::<Vec<_>>().join(", ")
    );
    let pending = store.pending_mail_count().await?;
    println!("mail: {pending} not yet delivered");
    println!("all checks passed");
    Ok(())
}

async fn bench_seed(config: Config, organisations: usize, users: usize) -> anyhow::Result<()> {
    let store = open(&config).await?;
    store.migrate().await?;
    demo::seed(&store).await?;
    let actor = Actor::system("bench");
    let hash = jamlik_web::hash_password(&Password::new(demo::DEMO_PASSWORD)?)
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.code))?;
    let mut created = Vec::with_capacity(organisations);
    for index in 0..organisations {
        let draft = jamlik_domain::OrganisationDraft {
            code: Some(format!("BENCH-{index:04}")),
            country: jamlik_domain::Country::Finland,
            kind: jamlik_domain::OrgKind::Employer,
            name_fi: Some(format!("Testityönantaja {index}")),
            name_sv: Some(format!("Testarbetsgivare {index}")),
            name_en: None,
            region: None,
            population: None,
            staff_size: Some(30 + index as i64),
            languages: vec![jamlik_domain::Language::Finnish],
            frameworks: vec![],
        };
        match store.create_organisation(&actor, draft, true).await {
            Ok(org) => created.push(org),
            Err(error) if error.code() == jamlik_domain::ErrorCode::DuplicateOrganisationCode => {}
            Err(error) => return Err(error.into()),
        }
    }
    for index in 0..users {
        let email = Email::parse(&format!("person{index}@bench.example"))?;
        if store.user_by_email(&email).await?.is_some() {
            continue;
        }
        let user = store
            .create_user(
                &actor,
                &email,
                &format!("Person {index}"),
                Some(hash.clone()),
                None,
            )
            .await?;
        if let Some(org) = created.get(index % created.len().max(1)) {
            let role = jamlik_domain::Role::ALL[index % 3];
            store
                .add_member(&actor, &org.id, &email, None, role, |_| {
                    jamlik_store::OutgoingMail {
                        to: user.email.clone(),
                        subject: "bench".into(),
                        body: "bench".into(),
                    }
                })
                .await?;
        }
    }
    println!(
        "bench data: {} organisations and {users} people added",
        created.len()
    );
    if let Some(org) = created.first() {
        let public = bench_plan(&store, &actor, org, 200).await?;
        std::fs::write(config.data_dir.join("bench-plan.txt"), &public)?;
        println!("bench plan: 200 measures, published at {public}");
    }
    Ok(())
}

/// A published plan with `measures` measures (each with an indicator), for the
/// benchmarks of the public plan page and the PDF export. Returns its address.
async fn bench_plan(
    store: &jamlik_store::Store,
    actor: &Actor,
    org: &jamlik_store::Organisation,
    measures: usize,
) -> anyhow::Result<String> {
    use jamlik_domain::{IsoDate, PlanDraft};
    let draft = PlanDraft::parse(
        "Yhdenvertaisuussuunnitelma 2026–2029 (benchmark)",
        &["fi-non-discrimination".to_owned()],
        "2026-01-01",
        "2029-12-31",
        "Työryhmä / Arbetsgrupp",
    )?;
    let plan = store.create_plan(actor, &org.id, draft).await?;
    let date = |text: &str| IsoDate::parse(text).map_err(|e| anyhow::anyhow!("{e:?}"));
    for index in 0..measures {
        store
            .create_measure(
                actor,
                &org.id,
                &plan.id,
                jamlik_store::MeasureInput {
                    finding_id: None,
                    title: format!("Toimenpide {index}: saavutettavuus ja kielelliset oikeudet palveluissa"),
                    goal: "Jokainen asukas saa palvelun omalla kielellään ja esteettömästi; päätökset ja lomakkeet selkokielellä.".into(),
                    owner_user_id: None,
                    owner_unit: format!("Yksikkö {}", index % 12),
                    budget_cents: Some(100_000 + index as i64 * 1_000),
                    start_date: Some(date("2026-02-01")?),
                    due_date: Some(date("2027-06-30")?),
                    catalogue_id: None,
                },
            )
            .await?;
    }
    store
        .approve_plan(
            actor,
            &org.id,
            &plan.id,
            "Kaupunginhallitus",
            &date("2026-01-15")?,
            "§ 1",
        )
        .await?;
    store.publish_plan(actor, &org.id, &plan.id).await?;
    let published = store.plan(&org.id, &plan.id).await?;
    let id = published
        .public_id
        .ok_or_else(|| anyhow::anyhow!("the published plan has no public address"))?;
    Ok(format!("/p/{id}"))
}
