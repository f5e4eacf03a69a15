//! How people and systems hear about incidents: one's own e-mail preferences, an
//! organisation's signed webhooks, and, for the platform administrators, deliveries that keep
//! failing.

use super::{html, required};
use crate::AppState;
use crate::error::PageError;
use crate::security::random_token;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use liaison_domain::access::Action;
use liaison_domain::catalogue::{CatalogueEntry, IncidentSeverity};
use liaison_store::{NotificationPreferences, OutboxProblem, Webhook};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/account/notifications",
            get(preferences).post(save_preferences),
        )
        .route("/admin/webhooks", get(webhooks).post(create_webhook))
        .route("/admin/webhooks/{id}/deactivate", post(deactivate_webhook))
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct PreferencesPage {
    chrome: Chrome,
    email: String,
    preferences: NotificationPreferences,
    severities: Vec<(&'static str, String)>,
    saved: bool,
}

async fn preferences(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Response, PageError> {
    let preferences = state
        .store
        .notification_preferences(&user.account.id)
        .await?;
    Ok(html(PreferencesPage {
        chrome: Chrome::of(&user, "account"),
        email: super::organisations::escaped(&user.account.email),
        preferences,
        severities: IncidentSeverity::ALL
            .iter()
            .map(|s| (s.id(), user.locale.label(*s)))
            .collect(),
        saved: false,
    })?
    .into_response())
}

#[derive(Deserialize)]
struct PreferencesForm {
    email: String,
    min_severity: String,
    digest_minutes: String,
}

async fn save_preferences(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(form): Form<PreferencesForm>,
) -> Result<Response, PageError> {
    let preferences = NotificationPreferences {
        email: form.email.trim().to_owned(),
        min_severity: IncidentSeverity::parse_id(form.min_severity.trim())
            .map_err(|e| PageError::BadRequest(e.to_string()))?,
        digest_minutes: form.digest_minutes.trim().parse().map_err(|_| {
            PageError::BadRequest(user.locale.text("notifications-digest-not-number"))
        })?,
    };
    state
        .store
        .set_notification_preferences(&user.account.id, &preferences)
        .await?;
    Ok(html(PreferencesPage {
        chrome: Chrome::of(&user, "account"),
        email: super::organisations::escaped(&user.account.email),
        preferences,
        severities: IncidentSeverity::ALL
            .iter()
            .map(|s| (s.id(), user.locale.label(*s)))
            .collect(),
        saved: true,
    })?
    .into_response())
}

/// The organisation whose webhooks the viewer manages (`None`: every organisation).
fn webhook_scope(user: &CurrentUser) -> Result<Option<String>, PageError> {
    super::admin::managed_scope(user.caller.viewer(), |organisation| {
        Action::ManageWebhooks { organisation }
    })
}

#[derive(Template)]
#[template(path = "admin_webhooks.html")]
struct WebhooksPage {
    chrome: Chrome,
    hooks: Vec<Webhook>,
    organisation: Option<String>,
    new_secret: Option<(String, String)>,
    problems: Vec<OutboxProblem>,
    pending: i64,
    failed: i64,
}

async fn webhooks_page(
    state: &AppState,
    user: &CurrentUser,
    new_secret: Option<(String, String)>,
) -> Result<WebhooksPage, PageError> {
    let scope = webhook_scope(user)?;
    let platform = scope.is_none();
    let outbox = state.store.outbox_state().await?;
    Ok(WebhooksPage {
        chrome: Chrome::of(user, "admin"),
        hooks: state.store.webhooks(scope.as_deref()).await?,
        organisation: scope,
        new_secret,
        // Deliveries cross organisations: only the platform administrators see them, and
        // never their content.
        problems: if platform {
            state.store.outbox_problems(50).await?
        } else {
            Vec::new()
        },
        pending: if platform { outbox.pending } else { 0 },
        failed: if platform { outbox.failed } else { 0 },
    })
}

async fn webhooks(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    Ok(html(webhooks_page(&state, &user, None).await?)?.into_response())
}

#[derive(Deserialize)]
struct WebhookForm {
    url: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    organisation: String,
}

async fn create_webhook(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(form): Form<WebhookForm>,
) -> Result<Response, PageError> {
    let organisation = match webhook_scope(&user)? {
        Some(own) => own,
        None => required("organisation", &form.organisation, 200)?,
    };
    let url = required("url", &form.url, 2_000)?;
    if crate::webhook_target::refusal(&url, state.config.allow_private_webhook_targets).is_some() {
        return Err(PageError::BadRequest(
            user.locale.text("webhooks-private-address"),
        ));
    }
    let secret = random_token(32);
    let hook = state
        .store
        .create_webhook(
            &user.actor(),
            &organisation,
            &url,
            &form.description,
            &secret,
        )
        .await?;
    Ok(html(webhooks_page(&state, &user, Some((hook.url, secret))).await?)?.into_response())
}

async fn deactivate_webhook(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let scope = webhook_scope(&user)?;
    let hook = state.store.webhook(&id).await?;
    if scope.as_deref().is_some_and(|own| own != hook.organisation) {
        return Err(PageError::NotFound);
    }
    state.store.deactivate_webhook(&user.actor(), &id).await?;
    Ok(Redirect::to("/admin/webhooks").into_response())
}
