//! Sign-in with a password, then the second factor if the account has one; sign-out.

use super::{html, local_path};
use crate::AppState;
use crate::error::PageError;
use crate::language::Language;
use crate::security::{self, random_token, totp};
use crate::session::{CSRF_COOKIE, SESSION_COOKIE, cookie, session_of, set_cookie, start_session};
use crate::views::Words;
use askama::Template;
use axum::extract::{ConnectInfo, FromRequestParts, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use liaison_locale::Locale;
use liaison_store::{LoginOutcome, sha256_hex};
use serde::Deserialize;
use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login", get(login_form).post(login))
        .route("/login/totp", get(second_factor_form).post(second_factor))
        .route("/logout", post(logout))
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    words: Words,
    csrf: String,
    next: String,
    email: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "login_totp.html")]
struct SecondFactorPage {
    words: Words,
    csrf: String,
    error: Option<String>,
}

/// The CSRF token of a visitor who is not signed in, and the cookie to set if it is new.
pub(crate) fn anonymous_csrf(
    headers: &HeaderMap,
    state: &AppState,
) -> (
    String,
    Option<(axum::http::HeaderName, axum::http::HeaderValue)>,
) {
    match cookie(headers, CSRF_COOKIE).filter(|c| c.len() >= 32) {
        Some(token) => (token, None),
        None => {
            let token = random_token(32);
            let header = set_cookie(
                CSRF_COOKIE,
                &token,
                Some(Duration::from_secs(12 * 3600)),
                state.config.secure_cookies,
            );
            (token, Some(header))
        }
    }
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

async fn login_form(
    State(state): State<AppState>,
    Language(locale): Language,
    headers: HeaderMap,
    Query(query): Query<NextQuery>,
) -> Result<Response, PageError> {
    let (csrf, set) = anonymous_csrf(&headers, &state);
    let page = html(LoginPage {
        words: Words { locale },
        csrf,
        next: local_path(query.next.as_deref()),
        email: String::new(),
        error: None,
    })?;
    Ok(match set {
        Some(header) => ([header], page).into_response(),
        None => page.into_response(),
    })
}

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
    #[serde(default)]
    next: String,
}

/// The peer's socket address, when the server was started with connection info.
pub(crate) struct ClientSocket(Option<SocketAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientSocket {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientSocket(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0),
        ))
    }
}

/// The client's address: the socket's, or behind a trusted proxy the first of X-Forwarded-For.
fn client_address(
    state: &AppState,
    headers: &HeaderMap,
    socket: Option<SocketAddr>,
) -> Option<IpAddr> {
    if state.config.trust_forwarded_for
        && let Some(ip) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .and_then(|v| v.trim().parse().ok())
    {
        return Some(ip);
    }
    socket.map(|s| s.ip())
}

/// Counts an attempt from an address; `false` when it has made too many.
fn allow_attempt(state: &AppState, address: Option<IpAddr>) -> bool {
    let Some(address) = address else { return true };
    let window = Duration::from_secs(600);
    let Ok(mut attempts) = state.attempts.lock() else {
        return true;
    };
    let now = Instant::now();
    attempts.retain(|_, (_, since)| now.duration_since(*since) < window);
    let entry = attempts.entry(address).or_insert((0, now));
    entry.0 += 1;
    entry.0 <= state.config.attempts_per_address
}

/// The sign-in form again, with the message of `key`.
fn refused(
    locale: Locale,
    csrf: &str,
    next: &str,
    email: &str,
    status: StatusCode,
    key: &str,
) -> Result<Response, PageError> {
    Ok((
        status,
        html(LoginPage {
            words: Words { locale },
            csrf: csrf.to_owned(),
            next: next.to_owned(),
            email: email.to_owned(),
            error: Some(locale.text(key)),
        })?,
    )
        .into_response())
}

/// What every refused sign-in says, whatever the reason.
const REFUSED: &str = "login-refused";

/// Counts a failed attempt at the password or the second factor toward the account's lockout.
async fn note_failure(state: &AppState, account: &str) -> Result<LoginOutcome, PageError> {
    Ok(state
        .store
        .note_failed_login(
            account,
            state.config.max_login_failures,
            time::Duration::try_from(state.config.lockout).unwrap_or(time::Duration::minutes(15)),
        )
        .await?)
}

async fn login(
    State(state): State<AppState>,
    Language(locale): Language,
    ClientSocket(socket): ClientSocket,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, PageError> {
    let csrf = cookie(&headers, CSRF_COOKIE).unwrap_or_default();
    let next = local_path(Some(&form.next));
    let email = form.email.trim().chars().take(254).collect::<String>();
    if !allow_attempt(&state, client_address(&state, &headers, socket)) {
        metrics::counter!("liaison_sign_ins_total", "outcome" => "throttled").increment(1);
        return refused(
            locale,
            &csrf,
            &next,
            &email,
            StatusCode::TOO_MANY_REQUESTS,
            "login-throttled",
        );
    }
    let account = state.store.account_by_email(&email).await?;
    let password = form.password.clone();
    let hash = account.as_ref().map_or_else(
        || security::dummy_hash().to_owned(),
        |a| a.password_hash.clone(),
    );
    let matches = tokio::task::spawn_blocking(move || security::verify_password(&password, &hash))
        .await
        .unwrap_or(false);
    // Unknown, disabled, locked or a wrong password: one answer, so that sign-in does not
    // tell which addresses have accounts.
    let Some(account) = account.filter(|a| !a.disabled && !a.is_locked(state.now())) else {
        metrics::counter!("liaison_sign_ins_total", "outcome" => "failed").increment(1);
        return refused(
            locale,
            &csrf,
            &next,
            &email,
            StatusCode::UNAUTHORIZED,
            REFUSED,
        );
    };
    if !matches {
        metrics::counter!("liaison_sign_ins_total", "outcome" => "failed").increment(1);
        note_failure(&state, &account.id).await?;
        return refused(
            locale,
            &csrf,
            &next,
            &email,
            StatusCode::UNAUTHORIZED,
            REFUSED,
        );
    }
    // With a second factor, the failures are forgiven only when it is given too: otherwise
    // each right password would buy another round of guesses at the code.
    if !account.totp_enabled {
        state.store.note_login(&account.id).await?;
    }
    metrics::counter!("liaison_sign_ins_total", "outcome" => "password").increment(1);
    // A new session at every sign-in: a session token known before it is worthless after.
    let old = cookie(&headers, SESSION_COOKIE).map(|t| sha256_hex(t.as_bytes()));
    let session_cookie =
        start_session(&state, &account.id, account.totp_enabled, old.as_deref()).await?;
    let target = if account.totp_enabled {
        "/login/totp".to_owned()
    } else {
        next
    };
    Ok(([session_cookie], Redirect::to(&target)).into_response())
}

async fn second_factor_form(
    State(state): State<AppState>,
    Language(locale): Language,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    match session_of(&state, &headers).await {
        Some(s) if s.session.second_factor_pending => Ok(html(SecondFactorPage {
            words: Words { locale },
            csrf: s.session.csrf_token,
            error: None,
        })?
        .into_response()),
        Some(_) => Ok(Redirect::to("/").into_response()),
        None => Ok(Redirect::to("/login").into_response()),
    }
}

#[derive(Deserialize)]
struct CodeForm {
    code: String,
}

async fn second_factor(
    State(state): State<AppState>,
    Language(locale): Language,
    ClientSocket(socket): ClientSocket,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, PageError> {
    if !allow_attempt(&state, client_address(&state, &headers, socket)) {
        metrics::counter!("liaison_sign_ins_total", "outcome" => "throttled").increment(1);
        return Ok((
            StatusCode::TOO_MANY_REQUESTS,
            locale.text("login-throttled"),
        )
            .into_response());
    }
    let Some(current) = session_of(&state, &headers)
        .await
        .filter(|s| s.session.second_factor_pending)
    else {
        return Ok(Redirect::to("/login").into_response());
    };
    let account = &current.account;
    if account.disabled || account.is_locked(state.now()) {
        state
            .store
            .delete_session(&current.session.token_hash)
            .await?;
        return Ok(Redirect::to("/login").into_response());
    }
    let code = form.code.trim();
    let by_app = match account
        .totp_secret
        .as_deref()
        .and_then(|secret| totp::matching_step(secret, &account.email, code, state.now()))
    {
        Some(step) => state.store.use_totp_step(&account.id, step).await?,
        None => false,
    };
    let by_recovery = !by_app
        && code.len() >= 8
        && state
            .store
            .use_recovery_code(&account.id, &sha256_hex(code.to_lowercase().as_bytes()))
            .await?;
    if !by_app && !by_recovery {
        metrics::counter!("liaison_sign_ins_total", "outcome" => "second_factor_failed")
            .increment(1);
        if note_failure(&state, &account.id).await? == LoginOutcome::Locked {
            state
                .store
                .delete_session(&current.session.token_hash)
                .await?;
        }
        return Ok((
            StatusCode::UNAUTHORIZED,
            html(SecondFactorPage {
                words: Words { locale },
                csrf: current.session.csrf_token.clone(),
                error: Some(locale.text("login-code-wrong")),
            })?,
        )
            .into_response());
    }
    state.store.note_login(&account.id).await?;
    // The privilege changes: the session gets a new token.
    let session_cookie = start_session(
        &state,
        &account.id,
        false,
        Some(&current.session.token_hash),
    )
    .await?;
    metrics::counter!("liaison_sign_ins_total", "outcome" => "second_factor").increment(1);
    Ok(([session_cookie], Redirect::to("/")).into_response())
}

async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, PageError> {
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        state
            .store
            .delete_session(&sha256_hex(token.as_bytes()))
            .await?;
    }
    Ok((
        [set_cookie(
            SESSION_COOKIE,
            "",
            None,
            state.config.secure_cookies,
        )],
        Redirect::to("/login"),
    )
        .into_response())
}
