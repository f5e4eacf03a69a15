//! Errors as the user sees them: a page with a sentence for people, a JSON object with a
//! stable `code` for machines. Internal causes go to the log under a reference the user can
//! quote; the response carries only the reference.

use crate::views::Words;
use askama::Template;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use liaison_store::StoreError;
use serde::Serialize;

/// An error of a page.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// Not allowed, with the reason.
    #[error("{0}")]
    Refused(String),
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Conflict(String),
    #[error("the database is unavailable")]
    Unavailable(String),
    #[error("internal error")]
    Internal(String),
}

impl From<StoreError> for PageError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => PageError::NotFound,
            StoreError::Invalid(message) => {
                PageError::BadRequest(crate::language::current().message(&message))
            }
            StoreError::Conflict { .. } | StoreError::Changed => {
                PageError::Conflict(crate::language::current().text("error-changed"))
            }
            StoreError::Forbidden(message) => {
                PageError::Refused(crate::language::current().message(&message))
            }
            StoreError::AlreadyExists => {
                PageError::Conflict(crate::language::current().text("error-already-exists"))
            }
            StoreError::Unavailable(cause) => PageError::Unavailable(cause),
            StoreError::Internal(cause) => PageError::Internal(cause),
        }
    }
}

impl From<askama::Error> for PageError {
    fn from(error: askama::Error) -> Self {
        PageError::Internal(format!("template: {error}"))
    }
}

/// What an error page says: kept on the response, so that the page can be drawn again with
/// the navigation once the person asking is known (see [`crate::middleware`]).
#[derive(Debug, Clone)]
pub struct ErrorShown {
    pub status: u16,
    pub title: String,
    pub message: String,
    pub reference: Option<String>,
}

/// An error page for someone not signed in: the page alone.
#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    words: Words,
    error: &'a ErrorShown,
}

/// Logs an internal cause and returns the reference to quote.
fn log_internal(cause: &str) -> String {
    let reference = liaison_store::new_id();
    tracing::error!(reference = %reference, cause = %cause, "request failed");
    reference
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let locale = crate::language::current();
        let (status, title, message, reference) = match &self {
            PageError::NotFound => (
                StatusCode::NOT_FOUND,
                "error-not-found",
                locale.text("error-not-found-text"),
                None,
            ),
            PageError::Forbidden => (
                StatusCode::FORBIDDEN,
                "error-forbidden",
                locale.text("error-forbidden-text"),
                None,
            ),
            PageError::Refused(m) => (StatusCode::FORBIDDEN, "error-forbidden", m.clone(), None),
            PageError::BadRequest(m) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "error-bad-request",
                m.clone(),
                None,
            ),
            PageError::Conflict(m) => (StatusCode::CONFLICT, "error-conflict", m.clone(), None),
            PageError::Unavailable(cause) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "error-unavailable",
                locale.text("error-unavailable-text"),
                Some(log_internal(cause)),
            ),
            PageError::Internal(cause) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "error-internal",
                locale.text("error-internal-text"),
                Some(log_internal(cause)),
            ),
        };
        let shown = ErrorShown {
            status: status.as_u16(),
            title: locale.text(title),
            message,
            reference,
        };
        let page = ErrorPage {
            words: Words { locale },
            error: &shown,
        };
        let mut response = match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, shown.message.clone()).into_response(),
        };
        response.extensions_mut().insert(shown);
        response
    }
}

/// An error of the JSON API: a closed set, each with its status and stable `code`. Internal
/// causes are logged under a reference; the client receives only the reference.
#[derive(Debug)]
pub enum ApiError {
    NotFound,
    /// No credential, or one that is unknown, revoked or expired.
    Unauthorized(String),
    Forbidden(String),
    /// A state-changing request without the page's CSRF token.
    Csrf,
    /// The request cannot be read (a parameter of the wrong type, say).
    BadRequest(String),
    MethodNotAllowed,
    Invalid(String),
    UnsupportedMediaType(String),
    TooLarge(String),
    /// Changed by someone else; with the record as it is now, where there is one.
    Conflict {
        message: String,
        current: Option<serde_json::Value>,
    },
    /// The database cannot be reached (the cause is logged).
    Unavailable(String),
    /// A fault on our side (the cause is logged).
    Internal(String),
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// Stable, for programs: not_found, unauthorized, forbidden, csrf, invalid, conflict,
    /// unavailable, internal.
    code: &'static str,
    /// For people.
    message: String,
    /// With `conflict`: the record as it is now.
    #[serde(skip_serializing_if = "Option::is_none")]
    current: Option<serde_json::Value>,
}

impl ApiError {
    pub fn not_found() -> Self {
        ApiError::NotFound
    }

    pub fn forbidden() -> Self {
        ApiError::Forbidden("your role does not allow this".to_owned())
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        ApiError::Invalid(message.into())
    }

    /// A fault on our side: `cause` goes to the log, never to the client.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        ApiError::Internal(cause.to_string())
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) | ApiError::Csrf => StatusCode::FORBIDDEN,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Conflict { .. } => StatusCode::CONFLICT,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            ApiError::NotFound => "not_found",
            ApiError::Unauthorized(_) => "unauthorized",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::Csrf => "csrf",
            ApiError::Invalid(_)
            | ApiError::BadRequest(_)
            | ApiError::UnsupportedMediaType(_)
            | ApiError::TooLarge(_) => "invalid",
            ApiError::MethodNotAllowed => "method_not_allowed",
            ApiError::Conflict { .. } => "conflict",
            ApiError::Unavailable(_) => "unavailable",
            ApiError::Internal(_) => "internal",
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => ApiError::NotFound,
            StoreError::Invalid(message) => ApiError::Invalid(message.to_string()),
            StoreError::Conflict { current } => ApiError::Conflict {
                message: "the record was changed after you read it; read it again and reapply your change".to_owned(),
                current: (*current).map(|r| crate::api::record_json(&r)),
            },
            StoreError::Forbidden(message) => ApiError::Forbidden(message.to_string()),
            StoreError::AlreadyExists => ApiError::Conflict {
                message: "that already exists".to_owned(),
                current: None,
            },
            StoreError::Changed => ApiError::Conflict {
                message: "the item was changed after you read it; read it again and reapply your change".to_owned(),
                current: None,
            },
            StoreError::Unavailable(cause) => ApiError::Unavailable(cause),
            StoreError::Internal(cause) => ApiError::Internal(cause),
        }
    }
}

impl ApiError {
    /// The API's error for a response a framework layer answered in plain text (a query or
    /// path parameter that cannot be read, a body too large): the same status, as JSON.
    pub fn for_plain_response(status: StatusCode, text: String) -> Option<ApiError> {
        let text = text.trim().to_owned();
        Some(match status {
            StatusCode::BAD_REQUEST => ApiError::BadRequest(text),
            StatusCode::NOT_FOUND => ApiError::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => ApiError::TooLarge(text),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::UnsupportedMediaType(text),
            StatusCode::UNPROCESSABLE_ENTITY => ApiError::Invalid(text),
            _ => return None,
        })
    }
}

/// For a page that shares a step with the API.
impl From<ApiError> for PageError {
    fn from(error: ApiError) -> Self {
        match error {
            ApiError::NotFound => PageError::NotFound,
            ApiError::Unauthorized(m) | ApiError::Forbidden(m) => PageError::Refused(m),
            ApiError::Csrf | ApiError::MethodNotAllowed => PageError::Forbidden,
            ApiError::Invalid(m)
            | ApiError::BadRequest(m)
            | ApiError::UnsupportedMediaType(m)
            | ApiError::TooLarge(m) => PageError::BadRequest(m),
            ApiError::Conflict { message, .. } => PageError::Conflict(message),
            ApiError::Unavailable(cause) => PageError::Unavailable(cause),
            ApiError::Internal(cause) => PageError::Internal(cause),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = (self.status(), self.code());
        let (message, current) = match self {
            ApiError::NotFound => ("no such record, or you may not see it".to_owned(), None),
            ApiError::Csrf => (
                "missing or wrong CSRF token: send the X-CSRF-Token header, or use an API token"
                    .to_owned(),
                None,
            ),
            ApiError::MethodNotAllowed => {
                ("the operation does not take this method".to_owned(), None)
            }
            ApiError::Unauthorized(m)
            | ApiError::Forbidden(m)
            | ApiError::BadRequest(m)
            | ApiError::Invalid(m)
            | ApiError::UnsupportedMediaType(m)
            | ApiError::TooLarge(m) => (m, None),
            ApiError::Conflict { message, current } => (message, current),
            ApiError::Unavailable(cause) => (
                format!(
                    "the database is unavailable (reference {})",
                    log_internal(&cause)
                ),
                None,
            ),
            ApiError::Internal(cause) => (
                format!("the request failed (reference {})", log_internal(&cause)),
                None,
            ),
        };
        (
            status,
            Json(ErrorBody {
                code,
                message,
                current,
            }),
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    // Tests fail loudly.
    #![allow(clippy::unwrap_used)]
    use super::*;
    use http_body_util::BodyExt;

    async fn body_of(response: Response) -> String {
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// The client learns a reference to quote, never the cause (a query, a path, a backend's
    /// words).
    #[tokio::test]
    async fn an_internal_error_answers_with_a_reference_only() {
        let cause = "error returned from database: relation \"secret_table\" does not exist";
        for response in [
            ApiError::Internal(cause.to_owned()).into_response(),
            ApiError::from(StoreError::Internal(cause.to_owned())).into_response(),
            ApiError::from(StoreError::Unavailable(cause.to_owned())).into_response(),
        ] {
            let status = response.status();
            let body = body_of(response).await;
            assert!(status.is_server_error());
            assert!(!body.contains("secret_table"), "{body}");
            assert!(body.contains("(reference "), "{body}");
        }
        let body = body_of(ApiError::from(StoreError::AlreadyExists).into_response()).await;
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&body).unwrap()["code"],
            "conflict"
        );
    }
}
