//! Who is calling: a person signed in with a session cookie, or a machine with an API token.
//! The extractors here are the only way handlers learn the caller.

use crate::AppState;
use crate::error::ApiError;
use crate::security;
use axum::extract::FromRequestParts;
use axum::http::header::{AUTHORIZATION, COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use liaison_domain::access::{Audience, Viewer};
use liaison_domain::caller::Caller;
use liaison_store::{Account, Actor, SessionState, parse_time, sha256_hex};
use std::time::Duration;
use time::OffsetDateTime;

pub const SESSION_COOKIE: &str = "liaison_session";
pub const CSRF_COOKIE: &str = "liaison_csrf";

/// The value of a cookie of the request.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// A `Set-Cookie` header: HttpOnly, SameSite=Strict, Secure unless configured off for plain
/// HTTP on a local machine. `None` as lifetime removes the cookie.
pub fn set_cookie(
    name: &str,
    value: &str,
    lifetime: Option<Duration>,
    secure: bool,
) -> (axum::http::HeaderName, HeaderValue) {
    let max_age = lifetime.map_or(0, |d| d.as_secs());
    let secure = if secure { "; Secure" } else { "" };
    let header =
        format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}");
    (
        SET_COOKIE,
        HeaderValue::from_str(&header).unwrap_or_else(|_| HeaderValue::from_static("")),
    )
}

/// A signed-in person with a complete session.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    /// Who asks, for every decision of access: resolved for this request.
    pub caller: Caller,
    pub account: Account,
    pub csrf: String,
    /// The phase the calendar is in, for the page header (the election is public).
    pub phase: Option<crate::views::PhaseNow>,
    /// The shared model as it was when the request came, for the names pages show.
    pub model: Option<std::sync::Arc<liaison_domain::model::Model>>,
    /// The language the person reads the platform in.
    pub locale: liaison_locale::Locale,
}

impl CurrentUser {
    /// The names to show in place of the model's identifiers.
    pub fn names(&self) -> crate::views::Names<'_> {
        crate::views::Names::of(self.model.as_deref())
    }

    pub fn actor(&self) -> Actor {
        Actor::of(self.caller.viewer())
    }

    pub fn audiences(&self) -> &'static [Audience] {
        self.caller.audiences()
    }
}

/// Starts a new session for an account, ending `replacing` if given, and returns the cookie that
/// carries it. Every sign-in and every change of privilege gets a new token.
pub async fn start_session(
    state: &AppState,
    account_id: &str,
    second_factor_pending: bool,
    replacing: Option<&str>,
) -> Result<(axum::http::HeaderName, HeaderValue), liaison_store::StoreError> {
    let token = security::random_token(32);
    let session = liaison_store::Session {
        token_hash: sha256_hex(token.as_bytes()),
        account_id: account_id.to_owned(),
        csrf_token: security::random_token(32),
        second_factor_pending,
        expires_at: liaison_store::format_time(state.now() + state.config.session_lifetime),
    };
    match replacing {
        Some(old) => state.store.rotate_session(old, &session).await?,
        None => state.store.create_session(&session).await?,
    }
    Ok(set_cookie(
        SESSION_COOKIE,
        &token,
        Some(state.config.session_lifetime),
        state.config.secure_cookies,
    ))
}

pub fn viewer_of(account: &Account) -> Viewer {
    Viewer {
        account: account.id.clone(),
        organisation: account.organisation.clone(),
        role: account.role,
    }
}

/// The session of the request's cookie, valid or not there.
pub async fn session_of(state: &AppState, headers: &HeaderMap) -> Option<SessionState> {
    let token = cookie(headers, SESSION_COOKIE)?;
    state
        .store
        .session(&sha256_hex(token.as_bytes()))
        .await
        .ok()
        .flatten()
}

fn to_login(parts: &Parts) -> Response {
    let next = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or("/");
    let next = if next.starts_with('/') && !next.starts_with("//") {
        next
    } else {
        "/"
    };
    Redirect::to(&format!("/login?next={}", urlencode(next))).into_response()
}

pub fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(to_login(parts));
        };
        let token_hash = sha256_hex(token.as_bytes());
        let Some(SessionState { session, account }) =
            state.store.session(&token_hash).await.ok().flatten()
        else {
            return Err(to_login(parts));
        };
        if session.second_factor_pending {
            return Err(Redirect::to("/login/totp").into_response());
        }
        if account.must_change_password && parts.uri.path() != "/account/password" {
            // Back to the page first asked for once the password is changed.
            let next = parts.uri.path_and_query().map_or("/", |p| p.as_str());
            let to = format!("/account/password?next={}", urlencode(next));
            return Err(Redirect::to(&to).into_response());
        }
        // The cached shared model: one small query. A platform without a calendar shows none.
        let model = state.store.shared_model().await.ok();
        let phase = model
            .as_deref()
            .and_then(|model| crate::views::PhaseNow::of(model, state.today()));
        let locale = crate::language::language_of(Some(&account), &parts.headers);
        crate::language::answer_in(locale);
        Ok(CurrentUser {
            caller: Caller::new(viewer_of(&account)),
            account,
            csrf: session.csrf_token,
            phase,
            model,
            locale,
        })
    }
}

/// A caller of the JSON API: an API token, or a person's session.
#[derive(Debug, Clone)]
pub struct ApiCaller(pub Caller);

impl std::ops::Deref for ApiCaller {
    type Target = Caller;

    fn deref(&self) -> &Caller {
        &self.0
    }
}

impl ApiCaller {
    pub fn actor(&self) -> Actor {
        Actor::of(self.viewer())
    }
}

fn unauthorized(message: &str) -> Response {
    let mut response = ApiError::Unauthorized(message.into()).into_response();
    response.headers_mut().insert(
        axum::http::header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Bearer realm=\"liaison\""),
    );
    response
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        ApiCaller::presenting(state, &parts.headers, Use::Request).await
    }
}

/// Whether a credential is being used for a request, or checked again for a stream it opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Use {
    Request,
    Recheck,
}

impl ApiCaller {
    /// The caller the credentials in these headers stand for now (an API token, or a session
    /// cookie): resolved afresh on each call, so a revoked token, an ended session or a
    /// changed role takes effect at once. A recheck does not count as a use of the token.
    pub(crate) async fn presenting(
        state: &AppState,
        headers: &HeaderMap,
        usage: Use,
    ) -> Result<ApiCaller, Response> {
        Self::presenting_until(state, headers, usage)
            .await
            .map(|(caller, _)| caller)
    }

    /// The caller, with when the credential presented runs out (its expiry).
    async fn presenting_until(
        state: &AppState,
        headers: &HeaderMap,
        usage: Use,
    ) -> Result<(ApiCaller, Option<OffsetDateTime>), Response> {
        if let Some(header) = headers.get(AUTHORIZATION) {
            let presented = header
                .to_str()
                .ok()
                .and_then(|h| h.strip_prefix("Bearer "))
                .map(str::trim)
                .unwrap_or_default();
            let Some((id, secret)) = security::parse_api_token(presented) else {
                return Err(unauthorized("the bearer token is not a Liaison API token"));
            };
            let token = state.store.api_token(id).await.ok().flatten();
            let valid = token.as_ref().is_some_and(|t| {
                !t.revoked
                    && security::same_secret(&t.secret_hash, &sha256_hex(secret.as_bytes()))
                    && parse_time(&t.expires_at).is_some_and(|e| e > state.now())
            });
            let Some(token) = token.filter(|_| valid) else {
                return Err(unauthorized("the API token is unknown, revoked or expired"));
            };
            if usage == Use::Request {
                let _ = state.store.touch_api_token(&token).await;
            }
            let until = parse_time(&token.expires_at);
            let caller = ApiCaller(Caller::new(Viewer {
                account: format!("token:{}", token.id),
                organisation: token.organisation,
                role: token.role,
            }));
            return Ok((caller, until));
        }
        match session_of(state, headers).await {
            Some(s) if !s.session.second_factor_pending && !s.account.must_change_password => Ok((
                ApiCaller(Caller::new(viewer_of(&s.account))),
                parse_time(&s.session.expires_at),
            )),
            _ => Err(unauthorized("sign in or present an API token")),
        }
    }
}

/// The reader of a live stream, checked again before each delivery. The database is asked
/// again only when the access epoch that comes with the event moved since the last check (a
/// session or token ended or changed, an account disabled or given another role) or when the
/// credential's time is up: a revoked token or a changed role still takes effect at the next
/// event, and a thousand open streams cost one read per event and server instead of a
/// thousand.
pub(crate) struct StreamReader {
    credentials: HeaderMap,
    caller: ApiCaller,
    /// The epoch the caller was checked at (none if it could not be read: the next delivery
    /// checks again).
    epoch: Option<i64>,
    until: Option<OffsetDateTime>,
}

impl StreamReader {
    /// The reader who opens a stream with these request headers (only the credentials are
    /// kept), checked at the current epoch: read first, so that a change after it is seen at
    /// the first delivery. Unauthorized, as any API request, when the credentials do not stand.
    pub(crate) async fn open(
        state: &AppState,
        headers: &HeaderMap,
    ) -> Result<StreamReader, Response> {
        let epoch = state.store.access_epoch().await.ok();
        let mut credentials = HeaderMap::new();
        for name in [AUTHORIZATION, COOKIE] {
            if let Some(value) = headers.get(&name) {
                credentials.insert(name, value.clone());
            }
        }
        let (caller, until) =
            ApiCaller::presenting_until(state, &credentials, Use::Request).await?;
        Ok(StreamReader {
            credentials,
            caller,
            epoch,
            until,
        })
    }

    /// The reader as last checked.
    pub(crate) fn caller(&self) -> &ApiCaller {
        &self.caller
    }

    /// The reader as they are now, for a delivery read at `epoch`; `None` once their
    /// credentials no longer stand (the stream ends).
    pub(crate) async fn now(&mut self, state: &AppState, epoch: Option<i64>) -> Option<&ApiCaller> {
        let unchanged = epoch.is_some()
            && epoch == self.epoch
            && self.until.is_some_and(|until| state.now() < until);
        if !unchanged {
            let (caller, until) =
                ApiCaller::presenting_until(state, &self.credentials, Use::Recheck)
                    .await
                    .ok()?;
            metrics::counter!("liaison_live_rechecks").increment(1);
            state.count_recheck();
            (self.caller, self.until, self.epoch) = (caller, until, epoch);
        }
        Some(&self.caller)
    }
}
