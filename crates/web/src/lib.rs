//! Liaison's web interface: server-rendered pages (askama, htmx), the JSON API under
//! `/api/v1`, sign-in with a second factor, and the operational endpoints.
//!
//! Handlers are thin: they extract the caller, ask the domain whether it may act
//! (`liaison_domain::access::allows`), call one store function and render. No SQL lives here.

mod api;
mod asset_register;
mod assets;
mod calendar;
mod config;
mod disinformation;
pub mod dispatch;
mod entries;
mod error;
mod findings;
mod hygiene;
mod incidents;
mod item_api;
mod language;
mod live;
mod live_dashboards;
mod middleware;
mod ops;
mod pages;
mod picker;
mod risks;
mod search;
mod security;
mod session;
mod shared_items;
mod sitreps;
mod views;
mod webhook_target;

pub use config::WebConfig;
pub use dispatch::{Dispatcher, webhook_signature};
pub use security::{generate_password, hash_password, new_api_token};

/// The code of a TOTP secret at `at`, as an authenticator app shows it (for tests and tools).
pub fn totp_code_at(secret: &str, account: &str, at: time::OffsetDateTime) -> Option<String> {
    security::totp::code_at(secret, account, at)
}

use axum::Router;
use liaison_store::Store;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<WebConfig>,
    /// Sign-in attempts per address, against password guessing from one place.
    attempts: Arc<Mutex<HashMap<IpAddr, (u32, std::time::Instant)>>>,
    metrics: metrics_exporter_prometheus::PrometheusHandle,
    /// Wakes this server's dispatcher after a change that others must hear about.
    pub wake: Arc<tokio::sync::Notify>,
    /// Set when the server shuts down, so that open event streams end.
    closing: Arc<tokio::sync::watch::Sender<bool>>,
    /// The open live dashboards, rendered once per audience class.
    dashboards: Arc<live_dashboards::LiveDashboards>,
    /// Credentials of open live streams checked again against the database.
    rechecks: Arc<std::sync::atomic::AtomicU64>,
    /// The live event streams' last message, shared by all of them.
    live_messages: Arc<live::LiveMessages>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl AppState {
    pub fn new(store: Store, config: WebConfig) -> Self {
        AppState {
            store,
            config: Arc::new(config),
            attempts: Arc::default(),
            metrics: ops::metrics_handle(),
            wake: Arc::default(),
            closing: Arc::new(tokio::sync::watch::channel(false).0),
            dashboards: Arc::default(),
            rechecks: Arc::default(),
            live_messages: Arc::default(),
        }
    }

    /// Now, from the platform's one clock (the store's): pinned in tests and demos.
    pub fn now(&self) -> time::OffsetDateTime {
        self.store.clock().now()
    }

    /// Today's date in UTC, from the platform's clock.
    pub fn today(&self) -> time::Date {
        self.store.clock().today()
    }

    /// How many times this server has rendered the live part of a dashboard.
    pub fn dashboard_renders(&self) -> u64 {
        self.dashboards.renders()
    }

    /// How many times this server has checked the credentials of an open live stream again
    /// against the database.
    pub fn stream_rechecks(&self) -> u64 {
        self.rechecks.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub(crate) fn count_recheck(&self) {
        self.rechecks
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// Ends the open event streams, so that a graceful shutdown does not wait for them.
    pub fn close_streams(&self) {
        self.closing.send_replace(true);
    }

    pub(crate) fn closing(&self) -> tokio::sync::watch::Receiver<bool> {
        self.closing.subscribe()
    }
}

/// The whole application: pages, API, static files and operational endpoints, with the
/// security layers around them.
pub fn app(state: AppState) -> Router {
    let routes = Router::new()
        .merge(pages::router())
        .nest("/api/v1", api::router())
        .merge(assets::router())
        .merge(ops::router());
    middleware::wrap(routes, state)
}
