//! The platform's settings: built-in defaults, then a TOML file, then `LIAISON_*` environment
//! variables, then command-line flags. Every option and its default is in docs/OPERATIONS.md.

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Address and port to listen on.
    pub listen: String,
    /// Where the SQLite database and other state live.
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`; default: SQLite in the data directory.
    pub database_url: Option<String>,
    pub database_max_connections: u32,
    /// Load the Demoland example into an empty platform.
    pub demo: bool,
    /// The address people reach the platform at (for links); default `http://<listen>`.
    pub public_url: Option<String>,
    /// Send cookies over HTTPS only; default: on when `public_url` is https.
    pub secure_cookies: Option<bool>,
    pub session_hours: u64,
    pub max_login_failures: i64,
    pub lockout_minutes: u64,
    pub attempts_per_address: u32,
    pub trust_forwarded_for: bool,
    pub max_import_mib: usize,
    /// Outgoing mail server (`smtp://host:port`, `smtp://host:587?tls=required`,
    /// `smtps://user:password@host:465`); none keeps e-mail in the outbox.
    pub smtp_url: Option<String>,
    /// The sender of the platform's e-mail.
    pub mail_from: String,
    /// Seconds between the dispatcher's rounds when nothing wakes it earlier.
    pub dispatch_interval_seconds: u64,
    /// Seconds a webhook receiver has to answer.
    pub webhook_timeout_seconds: u64,
    /// Let webhooks call this machine and private networks; off: the internet only.
    pub allow_private_webhook_targets: bool,
    /// The bearer token Prometheus presents to read `/metrics`; none: no `/metrics`.
    pub metrics_token: Option<String>,
    /// Seconds a server reserves a delivery it claimed before another may retry it.
    pub delivery_lease_seconds: u64,
    /// `auto` (JSON when not on a terminal), `json` or `text`.
    pub log_format: String,
    /// A tracing filter such as `info` or `liaison_web=debug,info`.
    pub log_level: String,
    /// Pins the platform's clock at an RFC 3339 time (`2027-05-15T11:20:00Z`), from which it
    /// runs on: for tests and demos. Default: the system clock.
    pub now: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            listen: "127.0.0.1:8080".to_owned(),
            data_dir: PathBuf::from("./liaison-data"),
            database_url: None,
            database_max_connections: 10,
            demo: true,
            public_url: None,
            secure_cookies: None,
            session_hours: 12,
            max_login_failures: 5,
            lockout_minutes: 15,
            attempts_per_address: 30,
            trust_forwarded_for: false,
            max_import_mib: 16,
            smtp_url: None,
            mail_from: "Liaison <liaison@localhost>".to_owned(),
            dispatch_interval_seconds: 2,
            webhook_timeout_seconds: 10,
            allow_private_webhook_targets: false,
            metrics_token: None,
            delivery_lease_seconds: 120,
            log_format: "auto".to_owned(),
            log_level: "info".to_owned(),
            now: None,
        }
    }
}

/// Flags that override the file and the environment.
#[derive(Debug, Default, Clone, clap::Args)]
pub struct SettingsArgs {
    /// A TOML settings file (default: `liaison.toml` in the data directory, if there is one).
    #[arg(long, env = "LIAISON_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The data directory.
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

impl Settings {
    pub fn load(args: &SettingsArgs) -> anyhow::Result<Settings> {
        let base = Figment::from(Serialized::defaults(Settings::default()));
        // The data directory may come from the environment or a flag, and the default file
        // lives in it: find it first.
        let early: Settings = base
            .clone()
            .merge(Env::prefixed("LIAISON_").ignore(&["config"]))
            .extract()?;
        let data_dir = args.data_dir.clone().unwrap_or(early.data_dir);
        let file = match &args.config {
            Some(path) => {
                anyhow::ensure!(
                    path.exists(),
                    "the settings file '{}' does not exist",
                    path.display()
                );
                Some(path.clone())
            }
            None => Some(data_dir.join("liaison.toml")).filter(|p| p.exists()),
        };
        let mut figment = base;
        if let Some(file) = &file {
            figment = figment.merge(Toml::file(file));
        }
        let mut settings: Settings = figment
            .merge(Env::prefixed("LIAISON_").ignore(&["config", "test_database_url"]))
            .extract()
            .map_err(|e| anyhow::anyhow!("the settings are not valid: {e}"))?;
        if let Some(dir) = &args.data_dir {
            settings.data_dir = dir.clone();
        }
        Ok(settings)
    }

    /// The platform's clock: pinned when `now` is set, the system's otherwise.
    pub fn clock(&self) -> anyhow::Result<liaison_store::Clock> {
        liaison_store::Clock::from_setting(self.now.as_deref())
            .map_err(|e| anyhow::anyhow!("the setting now (LIAISON_NOW): {e}"))
    }

    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| sqlite_url(&self.data_dir))
    }

    pub fn public_url(&self) -> String {
        self.public_url
            .clone()
            .filter(|url| !url.trim().is_empty())
            .unwrap_or_else(|| format!("http://{}", self.listen))
    }

    pub fn web(&self) -> liaison_web::WebConfig {
        let public_url = self.public_url();
        liaison_web::WebConfig {
            secure_cookies: self
                .secure_cookies
                .unwrap_or(public_url.starts_with("https://")),
            session_lifetime: std::time::Duration::from_secs(self.session_hours.max(1) * 3600),
            max_login_failures: self.max_login_failures.max(1),
            lockout: std::time::Duration::from_secs(self.lockout_minutes * 60),
            attempts_per_address: self.attempts_per_address.max(1),
            public_url,
            trust_forwarded_for: self.trust_forwarded_for,
            allow_private_webhook_targets: self.allow_private_webhook_targets,
            metrics_token: self.metrics_token.clone().filter(|t| !t.trim().is_empty()),
            max_import_bytes: self.max_import_mib.max(1) * 1024 * 1024,
            smtp_url: self.smtp_url.clone().filter(|u| !u.trim().is_empty()),
            mail_from: self.mail_from.clone(),
            dispatch_interval: std::time::Duration::from_secs(
                self.dispatch_interval_seconds.clamp(1, 60),
            ),
            webhook_timeout: std::time::Duration::from_secs(
                self.webhook_timeout_seconds.clamp(1, 120),
            ),
            // Longer than a delivery can take (the SMTP and webhook time limits).
            delivery_lease: std::time::Duration::from_secs(
                self.delivery_lease_seconds
                    .clamp(self.webhook_timeout_seconds.clamp(1, 120) + 1, 3_600),
            ),
        }
    }
}

/// The clock of the commands that read no settings file (`check`, `generate`): pinned by
/// `LIAISON_NOW` as the platform's is, the system's otherwise.
pub fn environment_clock() -> anyhow::Result<liaison_store::Clock> {
    let now = std::env::var("LIAISON_NOW").ok();
    liaison_store::Clock::from_setting(now.as_deref())
        .map_err(|e| anyhow::anyhow!("LIAISON_NOW: {e}"))
}

fn sqlite_url(data_dir: &Path) -> String {
    format!(
        "sqlite://{}?mode=rwc",
        data_dir.join("liaison.db").display()
    )
}
