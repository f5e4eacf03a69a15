//! One's own account: the password, and the second factor with its recovery codes.

use super::html;
use crate::AppState;
use crate::error::PageError;
use crate::security::{self, random_token, totp};
use crate::session::{CurrentUser, start_session};
use crate::views::Chrome;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use base64::Engine;
use liaison_locale::Locale;
use liaison_store::sha256_hex;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(account))
        .route(
            "/account/password",
            get(password_form).post(change_password),
        )
        .route("/account/language", post(choose_language))
        .route("/account/totp/start", post(start_totp))
        .route("/account/totp/confirm", post(confirm_totp))
        .route("/account/totp/disable", post(disable_totp))
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    chrome: Chrome,
    email: String,
    totp_enabled: bool,
    recovery_left: usize,
    message: Option<String>,
    /// What was just done, said once.
    done: Option<String>,
    /// The language chosen on the account; empty when the browser chooses.
    language: String,
    languages: [Locale; 4],
}

#[derive(Deserialize)]
struct AccountQuery {
    #[serde(default)]
    changed: Option<String>,
}

async fn account(
    user: CurrentUser,
    Query(query): Query<AccountQuery>,
) -> Result<Response, PageError> {
    let done = match query.changed.as_deref() {
        Some("password") => Some(user.locale.text("account-password-changed")),
        Some("language") => Some(user.locale.text("account-language-changed")),
        _ => None,
    };
    Ok(html(AccountPage {
        language: user.account.language.clone().unwrap_or_default(),
        languages: Locale::ALL,
        chrome: Chrome::of(&user, "account"),
        email: user.account.email.clone(),
        totp_enabled: user.account.totp_enabled,
        recovery_left: user.account.recovery_codes.len(),
        message: None,
        done,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordPage {
    chrome: Chrome,
    must_change: bool,
    /// The page to go on to once the password is changed.
    next: String,
    error: Option<String>,
}

#[derive(Deserialize)]
struct NextQuery {
    #[serde(default)]
    next: Option<String>,
}

async fn password_form(
    user: CurrentUser,
    Query(query): Query<NextQuery>,
) -> Result<Response, PageError> {
    Ok(html(PasswordPage {
        chrome: Chrome::of(&user, "account"),
        must_change: user.account.must_change_password,
        next: query.next.unwrap_or_default(),
        error: None,
    })?
    .into_response())
}

#[derive(Deserialize)]
struct PasswordForm {
    current: String,
    new: String,
    repeat: String,
    #[serde(default)]
    next: String,
}

async fn change_password(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(form): Form<PasswordForm>,
) -> Result<Response, PageError> {
    // `key`: the message of the catalogue that says what is wrong.
    let refuse = |key: &str| -> Result<Response, PageError> {
        Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            html(PasswordPage {
                chrome: Chrome::of(&user, "account"),
                must_change: user.account.must_change_password,
                next: form.next.clone(),
                error: Some(user.locale.text(key)),
            })?,
        )
            .into_response())
    };
    let (current, hash) = (form.current.clone(), user.account.password_hash.clone());
    let correct = tokio::task::spawn_blocking(move || security::verify_password(&current, &hash))
        .await
        .unwrap_or(false);
    if !correct {
        return refuse("password-current-wrong");
    }
    if form.new != form.repeat {
        return refuse("password-differ");
    }
    if let Some(problem) = security::password_problem(&form.new) {
        return refuse(problem);
    }
    if form.new == form.current {
        return refuse("password-same");
    }
    let new = form.new.clone();
    let hash = tokio::task::spawn_blocking(move || security::hash_password(&new))
        .await
        .map_err(|e| PageError::Internal(e.to_string()))?
        .map_err(PageError::Internal)?;
    state
        .store
        .set_password(&user.actor(), &user.account.id, &hash, false)
        .await?;
    // Every other session of the account ends; this one continues under a new token.
    state.store.delete_sessions_of(&user.account.id).await?;
    let session_cookie = start_session(&state, &user.account.id, false, None).await?;
    // On to the page first asked for; else the account page says it is done.
    let to = if form.next.is_empty() {
        "/account?changed=password".to_owned()
    } else {
        super::local_path(Some(&form.next))
    };
    Ok(([session_cookie], Redirect::to(&to)).into_response())
}

#[derive(Deserialize)]
struct LanguageForm {
    #[serde(default)]
    language: String,
}

/// Sets the language of the account: one of the shipped ones, or none to follow the browser.
async fn choose_language(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(form): Form<LanguageForm>,
) -> Result<Response, PageError> {
    let language = match form.language.as_str() {
        "" => None,
        tag => Some(
            Locale::ALL
                .into_iter()
                .find(|l| l.tag() == tag)
                .ok_or_else(|| {
                    PageError::BadRequest(user.locale.text("account-language-unknown"))
                })?,
        ),
    };
    state
        .store
        .set_language(&user.actor(), &user.account.id, language.map(Locale::tag))
        .await?;
    Ok(Redirect::to("/account?changed=language").into_response())
}

#[derive(Template)]
#[template(path = "totp_enrol.html")]
struct EnrolPage {
    chrome: Chrome,
    qr_data_url: String,
    secret: String,
    error: Option<String>,
}

fn enrol_page(
    user: &CurrentUser,
    secret: &str,
    error: Option<String>,
) -> Result<EnrolPage, PageError> {
    let url = totp::url(secret, &user.account.email)
        .ok_or_else(|| PageError::Internal("TOTP URL".to_owned()))?;
    let svg = totp::qr_svg(&url).ok_or_else(|| PageError::Internal("QR code".to_owned()))?;
    Ok(EnrolPage {
        chrome: Chrome::of(user, "account"),
        qr_data_url: format!(
            "data:image/svg+xml;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(svg)
        ),
        secret: secret.to_owned(),
        error,
    })
}

async fn start_totp(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Response, PageError> {
    if user.account.totp_enabled {
        return Ok(Redirect::to("/account").into_response());
    }
    let secret = totp::new_secret();
    state
        .store
        .set_totp(&user.actor(), &user.account.id, Some(&secret), false, &[])
        .await?;
    Ok(html(enrol_page(&user, &secret, None)?)?.into_response())
}

#[derive(Deserialize)]
struct CodeForm {
    code: String,
}

#[derive(Template)]
#[template(path = "recovery_codes.html")]
struct RecoveryPage {
    chrome: Chrome,
    codes: Vec<String>,
}

async fn confirm_totp(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(form): Form<CodeForm>,
) -> Result<Response, PageError> {
    let Some(secret) = user
        .account
        .totp_secret
        .clone()
        .filter(|_| !user.account.totp_enabled)
    else {
        return Ok(Redirect::to("/account").into_response());
    };
    if !totp::check(&secret, &user.account.email, &form.code, state.now()) {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            html(enrol_page(
                &user,
                &secret,
                Some(user.locale.text("totp-code-wrong")),
            )?)?,
        )
            .into_response());
    }
    let codes: Vec<String> = (0..10).map(|_| random_token(8).to_lowercase()).collect();
    let hashes: Vec<String> = codes.iter().map(|c| sha256_hex(c.as_bytes())).collect();
    state
        .store
        .set_totp(
            &user.actor(),
            &user.account.id,
            Some(&secret),
            true,
            &hashes,
        )
        .await?;
    Ok(html(RecoveryPage {
        chrome: Chrome::of(&user, "account"),
        codes,
    })?
    .into_response())
}

#[derive(Deserialize)]
struct DisableForm {
    password: String,
}

async fn disable_totp(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(form): Form<DisableForm>,
) -> Result<Response, PageError> {
    let (password, hash) = (form.password.clone(), user.account.password_hash.clone());
    let correct = tokio::task::spawn_blocking(move || security::verify_password(&password, &hash))
        .await
        .unwrap_or(false);
    if !correct {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            html(AccountPage {
                chrome: Chrome::of(&user, "account"),
                email: user.account.email.clone(),
                totp_enabled: user.account.totp_enabled,
                recovery_left: user.account.recovery_codes.len(),
                message: Some(user.locale.text("account-totp-off-wrong-password")),
                done: None,
                language: user.account.language.clone().unwrap_or_default(),
                languages: Locale::ALL,
            })?,
        )
            .into_response());
    }
    state
        .store
        .set_totp(&user.actor(), &user.account.id, None, false, &[])
        .await?;
    Ok(Redirect::to("/account").into_response())
}
