//! The settings of the web layer; the binary fills them from a file and the environment.

use std::time::Duration;

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Send cookies only over HTTPS. On for any deployment reached over the network; off only
    /// for a laptop on http://127.0.0.1.
    pub secure_cookies: bool,
    /// How long a session lasts without signing in again.
    pub session_lifetime: Duration,
    /// Failed sign-ins in a row before an account is locked.
    pub max_login_failures: i64,
    /// How long a locked account stays locked.
    pub lockout: Duration,
    /// Sign-in attempts allowed from one address in ten minutes.
    pub attempts_per_address: u32,
    /// The address people use to reach the platform, for invitation links.
    pub public_url: String,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_forwarded_for: bool,
    /// Largest model file accepted for import, in bytes.
    pub max_import_bytes: usize,
    /// Outgoing mail server, as `smtp://host:port` (no TLS, for a relay on the same network),
    /// `smtp://host:587?tls=required` (STARTTLS) or `smtps://host:465`, with `user:password@`
    /// when the relay needs it. None: e-mail waits in the outbox until one is configured.
    pub smtp_url: Option<String>,
    /// The sender of the platform's e-mail.
    pub mail_from: String,
    /// How often the dispatcher looks for due notifications and escalation deadlines when
    /// nothing wakes it earlier.
    pub dispatch_interval: Duration,
    /// How long a webhook receiver has to answer.
    pub webhook_timeout: Duration,
    /// Let webhooks call this machine and private networks (a receiver inside the operator's
    /// own network). Off: only addresses on the internet.
    pub allow_private_webhook_targets: bool,
    /// The bearer token Prometheus presents to read `/metrics`; none: `/metrics` is not served
    /// (it tells sign-in outcomes and traffic, which are not for everyone).
    pub metrics_token: Option<String>,
    /// How long a server reserves a delivery it claimed; if it stops before marking it
    /// delivered, another server (or itself after a restart) tries again after this.
    pub delivery_lease: Duration,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            secure_cookies: true,
            session_lifetime: Duration::from_secs(12 * 3600),
            max_login_failures: 5,
            lockout: Duration::from_secs(15 * 60),
            attempts_per_address: 30,
            public_url: "http://127.0.0.1:8080".to_owned(),
            trust_forwarded_for: false,
            allow_private_webhook_targets: false,
            metrics_token: None,
            max_import_bytes: 16 * 1024 * 1024,
            smtp_url: None,
            mail_from: "Liaison <liaison@localhost>".to_owned(),
            dispatch_interval: Duration::from_secs(2),
            webhook_timeout: Duration::from_secs(10),
            delivery_lease: Duration::from_secs(120),
        }
    }
}
