//! Errors as the user sees them: a page with a sentence for people, a JSON object with a
//! stable `code` for machines. Internal causes go to the log under a reference the user can
//! quote; the response carries only the reference.

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
            StoreError::Invalid(message) => PageError::BadRequest(message),
            StoreError::Conflict { .. } => PageError::Conflict(
                "Someone changed this record after you opened it. Reload the page to see their change, then make yours again.".to_owned(),
            ),
            StoreError::Forbidden(message) => PageError::Refused(message),
            StoreError::Changed => PageError::Conflict(
                "Someone changed this after you opened it. Reload the page to see their change, then make yours again.".to_owned(),
            ),
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

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    status: u16,
    title: &'a str,
    message: &'a str,
    reference: Option<&'a str>,
}

/// Logs an internal cause and returns the reference to quote.
fn log_internal(cause: &str) -> String {
    let reference = liaison_store::new_id();
    tracing::error!(reference = %reference, cause = %cause, "request failed");
    reference
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, title, message, reference) = match &self {
            PageError::NotFound => (StatusCode::NOT_FOUND, "Not found", "There is nothing here, or you may not see it.".to_owned(), None),
            PageError::Forbidden => (StatusCode::FORBIDDEN, "Not allowed", "Your role does not allow this. Ask your organisation's administrator if you need it.".to_owned(), None),
            PageError::Refused(m) => (StatusCode::FORBIDDEN, "Not allowed", m.clone(), None),
            PageError::BadRequest(m) => (StatusCode::UNPROCESSABLE_ENTITY, "That did not work", m.clone(), None),
            PageError::Conflict(m) => (StatusCode::CONFLICT, "Changed by someone else", m.clone(), None),
            PageError::Unavailable(cause) => (StatusCode::SERVICE_UNAVAILABLE, "Temporarily unavailable", "The database cannot be reached. Try again in a moment.".to_owned(), Some(log_internal(cause))),
            PageError::Internal(cause) => (StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong", "The request failed on our side.".to_owned(), Some(log_internal(cause))),
        };
        let page = ErrorPage {
            status: status.as_u16(),
            title,
            message: &message,
            reference: reference.as_deref(),
        };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, message).into_response(),
        }
    }
}

/// An error of the JSON API.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub current: Option<serde_json::Value>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// Stable, for programs: not_found, forbidden, unauthorized, invalid, conflict, unavailable, internal.
    code: &'static str,
    /// For people.
    message: String,
    /// With `conflict`: the record as it is now.
    #[serde(skip_serializing_if = "Option::is_none")]
    current: Option<serde_json::Value>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            current: None,
        }
    }

    pub fn not_found() -> Self {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "no such record, or you may not see it",
        )
    }

    pub fn forbidden() -> Self {
        ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "your role does not allow this",
        )
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", message)
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => ApiError::not_found(),
            StoreError::Invalid(message) => ApiError::invalid(message),
            StoreError::Conflict { current } => ApiError {
                status: StatusCode::CONFLICT,
                code: "conflict",
                message: "the record was changed after you read it; read it again and reapply your change".to_owned(),
                current: (*current).map(|r| crate::api::record_json(&r)),
            },
            StoreError::Forbidden(message) => {
                ApiError::new(StatusCode::FORBIDDEN, "forbidden", message)
            }
            StoreError::Changed => ApiError::new(
                StatusCode::CONFLICT,
                "conflict",
                "the item was changed after you read it; read it again and reapply your change",
            ),
            StoreError::Unavailable(cause) => {
                let reference = log_internal(&cause);
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", format!("the database is unavailable (reference {reference})"))
            }
            StoreError::Internal(cause) => {
                let reference = log_internal(&cause);
                ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", format!("the request failed (reference {reference})"))
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(ErrorBody {
                code: self.code,
                message: self.message,
                current: self.current,
            }),
        )
            .into_response()
    }
}
