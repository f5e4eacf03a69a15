//! `liaison serve`, `liaison audit verify`, `liaison admin …` and `liaison import`: the
//! commands that work with the platform's database.

use crate::outln;
use crate::settings::{Settings, SettingsArgs};
use anyhow::Context;
use clap::{Args, Subcommand};
use liaison_domain::access::{RecordKind, Role};
use liaison_interop::model_file::{LoadOptions, ModelSources, load_model, parse_model};
use liaison_store::{Actor, ApiToken, NewAccount, Store, format_time, sha256_hex};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

/// The e-mail address of the administrator created at first start.
pub const FIRST_ADMIN: &str = "admin@liaison.local";

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    settings: SettingsArgs,
    /// Address and port to listen on (default 127.0.0.1:8080).
    #[arg(long, value_name = "ADDR:PORT")]
    listen: Option<String>,
    /// Do not load the Demoland example into an empty platform.
    #[arg(long)]
    no_demo: bool,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Walk the audit chain and report the first altered, removed or inserted entry.
    Verify(SettingsArgs),
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an API token of an organisation; the token is the last line printed.
    Token(TokenArgs),
    /// List the organisations, one a line, id first.
    Organisations(SettingsArgs),
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    #[command(flatten)]
    settings: SettingsArgs,
    /// The organisation's id.
    #[arg(long, value_name = "ORG_ID")]
    org: String,
    /// The role: organisation_admin, coordinator, analyst, reader or observer.
    #[arg(long)]
    role: String,
    /// What uses the token.
    #[arg(long, default_value = "script")]
    name: String,
    /// Days until it expires.
    #[arg(long, default_value_t = 90)]
    days: i64,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    settings: SettingsArgs,
    /// A model file or directory to replace the shared model with.
    path: PathBuf,
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

async fn open_store(settings: &Settings) -> anyhow::Result<Store> {
    if settings.database_url().starts_with("sqlite:") {
        std::fs::create_dir_all(&settings.data_dir).with_context(|| {
            format!(
                "cannot create the data directory '{}'",
                settings.data_dir.display()
            )
        })?;
    }
    Store::open(
        &settings.database_url(),
        settings.database_max_connections,
        settings.clock()?,
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))
}

fn init_logs(settings: &Settings) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_new(&settings.log_level).unwrap_or_else(|_| EnvFilter::new("info"));
    let json = match settings.log_format.as_str() {
        "json" => true,
        "text" => false,
        _ => !std::io::stderr().is_terminal(),
    };
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

/// The Demoland example, built into the binary as demo data.
fn demoland() -> anyhow::Result<liaison_domain::model::Model> {
    macro_rules! files {
        ($($name:literal),+) => {
            ModelSources {
                names: vec![$(concat!("examples/models/demoland/", $name).to_owned()),+],
                texts: vec![$(include_str!(concat!("../../../examples/models/demoland/", $name)).to_owned()),+],
            }
        };
    }
    let sources = files!(
        "model.yaml",
        "organisations.yaml",
        "contacts.yaml",
        "forums.yaml",
        "agreements.yaml",
        "assets.yaml",
        "responsibilities.yaml",
        "activities.yaml",
        "escalations.yaml"
    );
    parse_model(&sources, &LoadOptions::default())
        .map_err(|e| anyhow::anyhow!("the built-in demo is invalid:\n{e}"))
}

/// First start: demo data into an empty platform, and an administrator if there is none.
/// Safe when several servers start at once against the same PostgreSQL database.
async fn first_start(store: &Store, demo: bool) -> anyhow::Result<Option<String>> {
    if demo && store.is_empty().await? && store.meta("demo_loaded").await?.is_none() {
        let model = demoland()?;
        let summary = store.import_model(&Actor::system(), &model).await?;
        store
            .set_meta("demo_loaded", &format_time(store.clock().now()))
            .await?;
        tracing::info!(records = summary.added(), "loaded the Demoland demo data");
    }
    if !store.accounts(None).await?.is_empty() {
        return Ok(None);
    }
    let password = liaison_web::generate_password();
    let hash = liaison_web::hash_password(&password).map_err(|e| anyhow::anyhow!(e))?;
    let created = store
        .create_account(
            &Actor::system(),
            &NewAccount {
                email: FIRST_ADMIN.to_owned(),
                name: "Platform administrator".to_owned(),
                organisation: None,
                role: Role::PlatformAdmin,
                password_hash: hash,
                must_change_password: true,
            },
        )
        .await;
    match created {
        Ok(_) => Ok(Some(password)),
        // Another server created it first.
        Err(liaison_store::StoreError::Invalid(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

async fn shutdown_signal() {
    let interrupt = async {
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
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing the requests under way");
}

pub fn serve(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let mut settings = Settings::load(&args.settings)?;
    if let Some(listen) = &args.listen {
        settings.listen = listen.clone();
    }
    if args.no_demo {
        settings.demo = false;
    }
    init_logs(&settings);
    runtime()?.block_on(async {
        let store = open_store(&settings).await?;
        let password = first_start(&store, settings.demo).await?;
        let listener = tokio::net::TcpListener::bind(&settings.listen)
            .await
            .with_context(|| format!("cannot listen on {}", settings.listen))?;
        let address = listener.local_addr()?;
        let url = settings
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{address}"));
        tracing::info!(address = %address, backend = store.backend().name(), "listening");
        if store.clock().is_pinned() {
            tracing::warn!(
                now = %format_time(store.clock().now()),
                "the clock is pinned by the setting now (LIAISON_NOW): for tests and demos only"
            );
        }
        outln!("Liaison is running on {} at {url}", store.backend().name())?;
        if let Some(password) = password {
            outln!("First sign-in: {FIRST_ADMIN} with the one-time password {password}")?;
            outln!("(shown only now; you will choose your own password at the first sign-in)")?;
        }
        // The last line: scripts wait for it.
        outln!("Sign in at {url}/login")?;
        let mut web = settings.web();
        web.public_url = url.clone();
        let state = liaison_web::AppState::new(store.clone(), web);
        // Escalation deadlines and notifications: this server takes its share of the due ones.
        let dispatcher = liaison_web::Dispatcher::new(state.clone())?;
        let background = tokio::spawn(dispatcher.run());
        let app = liaison_web::app(state.clone());
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            state.close_streams();
        })
        .await
        .context("the server stopped")?;
        // A delivery cut off here was claimed with a lease: it is retried after a restart.
        background.abort();
        store.close().await;
        Ok(ExitCode::SUCCESS)
    })
}

pub fn audit(command: &AuditCommand) -> anyhow::Result<ExitCode> {
    let AuditCommand::Verify(args) = command;
    let settings = Settings::load(args)?;
    runtime()?.block_on(async {
        let store = open_store(&settings).await?;
        let report = store.verify_audit_chain().await?;
        match report.first_break {
            None => {
                outln!(
                    "The audit chain holds: {} entries, the last hash {}.",
                    report.entries,
                    report.head_hash
                )?;
                Ok(ExitCode::SUCCESS)
            }
            Some(broken) => {
                let id = broken.id.unwrap_or_else(|| "(none)".to_owned());
                outln!(
                    "The audit chain is broken at entry {} (id {id}): {}.",
                    broken.seq,
                    broken.problem
                )?;
                Ok(ExitCode::from(1))
            }
        }
    })
}

pub fn admin(command: &AdminCommand) -> anyhow::Result<ExitCode> {
    match command {
        AdminCommand::Organisations(args) => {
            let settings = Settings::load(args)?;
            runtime()?.block_on(async {
                let store = open_store(&settings).await?;
                let all = liaison_domain::access::Audience::readable_by(
                    &liaison_domain::access::Viewer {
                        account: "cli".to_owned(),
                        organisation: None,
                        role: Role::PlatformAdmin,
                    },
                );
                for record in store.records(RecordKind::Organisation, all).await? {
                    let entry: liaison_interop::model_file::OrganisationEntry =
                        liaison_interop::model_file::entry_from_yaml("organisation", &record.body)
                            .map_err(|e| anyhow::anyhow!("{e}"))?;
                    outln!("{}\t{}", record.key, entry.name)?;
                }
                Ok(ExitCode::SUCCESS)
            })
        }
        AdminCommand::Token(args) => {
            let settings = Settings::load(&args.settings)?;
            let role = Role::from_id(&args.role)
                .filter(|r| *r != Role::PlatformAdmin)
                .with_context(|| format!("'{}' is not a role a token can have: organisation_admin, coordinator, analyst, reader or observer", args.role))?;
            anyhow::ensure!(
                (1..=365).contains(&args.days),
                "--days must be between 1 and 365"
            );
            runtime()?.block_on(async {
                let store = open_store(&settings).await?;
                store
                    .record(
                        RecordKind::Organisation,
                        &args.org,
                        &[
                            liaison_domain::access::Audience::Everyone,
                            liaison_domain::access::Audience::Members,
                        ],
                    )
                    .await
                    .map_err(|_| {
                        anyhow::anyhow!(
                            "'{}' is not an organisation; `liaison admin organisations` lists them",
                            args.org
                        )
                    })?;
                let (id, secret, token) = liaison_web::new_api_token();
                let expires = store.clock().now() + time::Duration::days(args.days);
                store
                    .create_api_token(
                        &Actor::system(),
                        &ApiToken {
                            id,
                            secret_hash: sha256_hex(secret.as_bytes()),
                            name: args.name.clone(),
                            organisation: Some(args.org.clone()),
                            role,
                            created_by: None,
                            created_at: format_time(store.clock().now()),
                            expires_at: format_time(expires),
                            last_used: None,
                            revoked: false,
                        },
                    )
                    .await?;
                outln!(
                    "API token '{}' of {} as {}, valid until {}:",
                    args.name,
                    args.org,
                    role.id(),
                    expires.date()
                )?;
                outln!("{token}")?;
                Ok(ExitCode::SUCCESS)
            })
        }
    }
}

pub fn import(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let settings = Settings::load(&args.settings)?;
    let model = match load_model(&args.path, &LoadOptions::default()) {
        Ok(model) => model,
        Err(invalid) => {
            anstream::eprint!("{invalid}");
            return Ok(ExitCode::from(2));
        }
    };
    runtime()?.block_on(async {
        let store = open_store(&settings).await?;
        let summary = store.import_model(&Actor::system(), &model).await?;
        outln!(
            "Imported: {} added, {} changed, {} removed, {} unchanged.",
            summary.added(),
            summary.changed(),
            summary.removed(),
            summary.unchanged
        )?;
        Ok(ExitCode::SUCCESS)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_demo_holds_every_file_of_the_example() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/models/demoland");
        let options = LoadOptions::default();
        let sources = liaison_interop::model_file::read_sources(&dir, &options).expect("reads");
        let on_disk = parse_model(&sources, &options).expect("the example is valid");
        let built_in = demoland().expect("the demo is valid");
        assert_eq!(
            built_in, on_disk,
            "a file of the example is missing from demoland()"
        );
    }
}
