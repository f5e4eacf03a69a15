//! The layers every request passes: request ids and logs (without secrets), metrics, security
//! headers, a time limit, and the CSRF check on every state-changing request.

use crate::AppState;
use crate::error::{ApiError, ErrorShown, PageError};
use crate::session::CurrentUser;
use crate::session::{CSRF_COOKIE, SESSION_COOKIE, cookie};
use axum::Router;
use axum::body::Body;
use axum::extract::FromRequestParts;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use liaison_store::sha256_hex;
use std::time::{Duration, Instant};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// Largest form body read for the CSRF check; uploads are multipart and checked by header or
/// query.
const MAX_FORM_BYTES: usize = 2 * 1024 * 1024;

/// The policy that keeps injected markup inert: scripts and styles only from our own files.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

pub fn wrap(routes: Router<AppState>, state: AppState) -> Router {
    let header = |name: &'static str, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        )
    };
    routes
        .layer(from_fn_with_state(state.clone(), csrf))
        .layer(from_fn_with_state(state.clone(), errors_with_navigation))
        .layer(from_fn(crate::language::in_request_language))
        .layer(from_fn(record_metrics))
        .layer(header("content-security-policy", CONTENT_SECURITY_POLICY))
        .layer(header("x-content-type-options", "nosniff"))
        .layer(header("x-frame-options", "DENY"))
        .layer(header("referrer-policy", "same-origin"))
        .layer(header(
            "permissions-policy",
            "camera=(), microphone=(), geolocation=()",
        ))
        .layer(header("cross-origin-opener-policy", "same-origin"))
        .layer(from_fn(time_limit))
        .layer(
            // Spans name the route pattern, never the raw path: paths can carry invitation
            // tokens, and query strings carry CSRF tokens.
            TraceLayer::new_for_http().make_span_with(|request: &Request| {
                let route = request
                    .extensions()
                    .get::<MatchedPath>()
                    .map_or("unmatched", |p| p.as_str());
                tracing::info_span!("request", method = %request.method(), route = %route)
            }),
        )
        .with_state(state)
}

#[derive(askama::Template)]
#[template(path = "error_signed_in.html")]
struct SignedInErrorPage<'a> {
    chrome: crate::views::Chrome,
    error: &'a ErrorShown,
}

/// An error page shown to someone signed in is drawn with the navigation, so that they always
/// have a way on; for anyone else it stays the page alone.
async fn errors_with_navigation(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let (uri, headers) = (request.uri().clone(), request.headers().clone());
    let response = next.run(request).await;
    let Some(shown) = response.extensions().get::<ErrorShown>().cloned() else {
        return response;
    };
    let mut asking = Request::new(());
    *asking.uri_mut() = uri;
    *asking.headers_mut() = headers;
    let (mut parts, ()) = asking.into_parts();
    let Ok(user) = CurrentUser::from_request_parts(&mut parts, &state).await else {
        return response;
    };
    let page = SignedInErrorPage {
        chrome: crate::views::Chrome::of(&user, ""),
        error: &shown,
    };
    match askama::Template::render(&page) {
        Ok(html) => {
            let (mut parts, _) = response.into_parts();
            parts.headers.remove(axum::http::header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(html))
        }
        Err(_) => response,
    }
}

/// Requests get a minute; the live event stream, which stays open, is exempt.
async fn time_limit(request: Request, next: Next) -> Response {
    if request.uri().path() == "/api/v1/events" {
        return next.run(request).await;
    }
    match tokio::time::timeout(Duration::from_secs(60), next.run(request)).await {
        Ok(response) => response,
        Err(_) => StatusCode::REQUEST_TIMEOUT.into_response(),
    }
}

async fn record_metrics(request: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = request.method().to_string();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("liaison_http_requests_total", "method" => method, "route" => route.clone(), "status" => status).increment(1);
    metrics::histogram!("liaison_http_request_duration_seconds", "route" => route)
        .record(start.elapsed().as_secs_f64());
    response
}

fn rejected(api: bool) -> Response {
    let message =
        "This form has expired or did not come from Liaison. Reload the page and try again.";
    if api {
        ApiError::Csrf.into_response()
    } else {
        let mut response = PageError::BadRequest(message.to_owned()).into_response();
        *response.status_mut() = StatusCode::FORBIDDEN;
        response
    }
}

/// Every state-changing request made with a cookie must carry the token that only our pages
/// know: the session's, or before sign-in the one of the `liaison_csrf` cookie. Only API
/// requests that present a bearer token need none: the API then reads the token and ignores
/// cookies, so no ambient credential acts. Any other `Authorization` header (on a page, or not
/// a bearer token) exempts nothing.
async fn csrf(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let bearer = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bearer "));
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) || (api && bearer)
    {
        return next.run(request).await;
    }
    // A valid session's token; otherwise (no session, or a stale or planted cookie) the
    // visitor's own CSRF cookie, as before sign-in.
    let session_token = match cookie(request.headers(), SESSION_COOKIE) {
        Some(token) => state
            .store
            .session(&sha256_hex(token.as_bytes()))
            .await
            .ok()
            .flatten()
            .map(|s| s.session.csrf_token),
        None => None,
    };
    let expected = session_token.or_else(|| cookie(request.headers(), CSRF_COOKIE));
    let Some(expected) = expected.filter(|e| !e.is_empty()) else {
        return rejected(api);
    };
    let from_header = request
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let from_query = request.uri().query().and_then(|q| {
        serde_urlencoded::from_str::<Vec<(String, String)>>(q)
            .ok()?
            .into_iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v)
    });
    let is_form = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let (request, from_body) = if from_header.is_none() && from_query.is_none() && is_form {
        let (parts, body) = request.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
            let message = crate::language::current().text("form-too-large");
            return PageError::BadRequest(message).into_response();
        };
        let token = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .ok()
            .and_then(|fields| {
                fields
                    .into_iter()
                    .find(|(k, _)| k == "csrf")
                    .map(|(_, v)| v)
            });
        (Request::from_parts(parts, Body::from(bytes)), token)
    } else {
        (request, None)
    };
    let provided = from_header.or(from_query).or(from_body);
    match provided {
        Some(token) if crate::security::same_secret(&token, &expected) => next.run(request).await,
        _ => rejected(api),
    }
}
