//! Situation reports over HTTP: `/api/v1/sitreps`. A report the caller may not see answers 404
//! like one that does not exist.

use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::risks::parse_date;
use crate::session::ApiCaller;
use crate::shared_items::{ApiJson, cursor_token, window};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use liaison_domain::caller::Caller;
use liaison_domain::sharing::TlpLevel;
use liaison_interop::sitrep_pdf::{PrintedSitrep, to_pdf};
use liaison_store::{Sitrep, SitrepFilter, StoreError};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

pub fn router() -> Router<AppState> {
    use axum::routing::{get, post};
    Router::new()
        .route("/sitreps", get(list).post(draft))
        .route("/sitreps/{id}", get(detail).post(edit))
        .route("/sitreps/{id}/approve", post(approve))
        .route("/sitreps/{id}/pdf", get(pdf))
}

/// A situation report in the API.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct SitrepSchema {
    id: String,
    /// `SITREP-<number>`.
    reference: String,
    number: i64,
    /// The forum it is written for.
    forum: String,
    period_from: String,
    period_to: String,
    title: String,
    /// The report, in Markdown.
    body: String,
    /// draft or approved.
    status: String,
    /// clear, green, amber or amber+strict.
    tlp: String,
    /// The forum's chair organisation.
    source_organisation: String,
    created_by: String,
    created_at: String,
    approved_by: Option<String>,
    approved_at: Option<String>,
    updated_at: String,
    version: i64,
}

/// The reports the caller may see.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct SitrepListSchema {
    /// How many reports the caller may see in all.
    total: i64,
    /// Newest first.
    sitreps: Vec<SitrepSchema>,
    /// Where the next page starts (`after=`), when this one is full.
    next: Option<String>,
}

/// A page of the list of reports.
#[derive(Debug, Default, Deserialize, IntoParams)]
pub struct SitrepListQuery {
    /// At most this many (1 to 500; 50 when not given).
    pub limit: Option<u32>,
    /// The `next` of the previous page.
    pub after: Option<String>,
}

impl SitrepListQuery {
    pub(crate) fn filter(&self) -> Result<SitrepFilter, String> {
        let (limit, after) = window(self.limit, self.after.as_deref())?;
        Ok(SitrepFilter {
            drafts_only: false,
            limit,
            after,
        })
    }
}

/// A report with its reference.
pub fn sitrep_json(report: &Sitrep) -> serde_json::Value {
    let mut json = serde_json::to_value(report).unwrap_or_default();
    if let Some(object) = json.as_object_mut() {
        object.insert("reference".to_owned(), report.reference().into());
    }
    json
}

/// A TLP level a report may have, or what is wrong.
pub(crate) fn report_tlp(given: &str) -> Result<TlpLevel, String> {
    TlpLevel::parse(given.trim()).ok_or_else(|| {
        format!(
            "tlp: '{}' is not a TLP level; use clear, green, amber or amber+strict",
            given.chars().take(40).collect::<String>()
        )
    })
}

#[utoipa::path(get, path = "/api/v1/sitreps", tag = "sitreps", params(SitrepListQuery),
    responses((status = 200, description = "`{total, sitreps, next}`: the reports the caller may see, newest first, a page at a time", body = SitrepListSchema), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    caller: ApiCaller,
    Query(query): Query<SitrepListQuery>,
) -> Result<Response, ApiError> {
    let filter = query.filter().map_err(ApiError::invalid)?;
    let page = state.store.sitreps(&caller, &filter).await?;
    Ok(Json(serde_json::json!({
        "total": page.total,
        "sitreps": page.items.iter().map(sitrep_json).collect::<Vec<_>>(),
        "next": page.next.as_ref().map(cursor_token),
    }))
    .into_response())
}

/// A draft to write.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftInput {
    /// A forum id of the model.
    pub forum: String,
    /// ISO date; default: the end of the forum's last report, or seven days before `to`.
    #[serde(default)]
    pub from: Option<String>,
    /// ISO date; default: today.
    #[serde(default)]
    pub to: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/sitreps", tag = "sitreps", request_body = DraftInput,
    responses((status = 201, description = "The draft, written from the incidents, false claims, risk changes and measures of the period that every member of the forum may read", body = SitrepSchema),
              (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn draft(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(body): ApiJson<DraftInput>,
) -> Result<Response, ApiError> {
    let from = parse_date("from", body.from.as_deref()).map_err(ApiError::invalid)?;
    let to = parse_date("to", body.to.as_deref()).map_err(ApiError::invalid)?;
    let report = state
        .store
        .draft_sitrep(&caller, body.forum.trim(), from, to)
        .await?;
    Ok((StatusCode::CREATED, Json(sitrep_json(&report))).into_response())
}

#[utoipa::path(get, path = "/api/v1/sitreps/{id}", tag = "sitreps", params(("id" = String, Path)),
    responses((status = 200, description = "The report", body = SitrepSchema), (status = 404, body = ErrorBody)))]
pub async fn detail(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let report = state.store.sitrep(&caller, &id).await?;
    Ok(Json(sitrep_json(&report)).into_response())
}

#[utoipa::path(get, path = "/api/v1/sitreps/{id}/pdf", tag = "sitreps", params(("id" = String, Path)),
    responses((status = 200, description = "The report printed on A4, its TLP label at the top and the bottom of every page", content_type = "application/pdf", body = Vec<u8>),
              (status = 404, body = ErrorBody)))]
pub async fn pdf(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    Ok(pdf_download(&state, &caller, &id).await?)
}

/// A report the viewer may read, printed to PDF and served as a download named after its
/// reference. Printing runs on the blocking pool: laying out and embedding fonts is CPU work.
pub(crate) async fn pdf_download(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<Response, StoreError> {
    let report = state.store.sitrep(caller, id).await?;
    let (_, model) = state.store.model(caller.audiences()).await?;
    let forum = model
        .forums
        .items()
        .iter()
        .find(|f| f.key == report.forum)
        .map_or_else(|| report.forum.clone(), |f| f.name.clone());
    let reference = report.reference();
    let locale = crate::language::current();
    let pdf = tokio::task::spawn_blocking(move || {
        let standing = match (&report.approved_at, report.status.as_str()) {
            (Some(at), "approved") => {
                locale.text_with("sitrep-approved-at", &[("at", locale.when(at).into())])
            }
            _ => locale.text("sitrep-draft-export"),
        };
        to_pdf(&PrintedSitrep {
            reference: &report.reference(),
            title: &report.title,
            forum: &forum,
            period: &locale.text_with(
                "sitrep-period",
                &[
                    ("from", locale.when(&report.period_from).into()),
                    ("to", locale.when(&report.period_to).into()),
                ],
            ),
            standing: &standing,
            tlp: report.tlp,
            body: &report.body,
            locale,
        })
    })
    .await
    .map_err(|e| StoreError::Internal(format!("printing a report stopped: {e}")))?
    .map_err(|e| StoreError::Internal(e.to_string()))?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "application/pdf".to_owned(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{reference}.pdf\""),
            ),
        ],
        pdf,
    )
        .into_response())
}

/// A draft's new title and text.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EditInput {
    pub title: String,
    pub body: String,
    #[serde(default)]
    pub version: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/sitreps/{id}", tag = "sitreps", request_body = EditInput, params(("id" = String, Path)),
    responses((status = 200, description = "The report as it now stands", body = SitrepSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn edit(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<EditInput>,
) -> Result<Response, ApiError> {
    let report = state
        .store
        .edit_sitrep(&caller, &id, body.version, &body.title, &body.body)
        .await?;
    Ok(Json(sitrep_json(&report)).into_response())
}

/// Approval at a TLP level.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApproveInput {
    /// clear, green, amber or amber+strict; refused when wider than what the report draws on.
    pub tlp: String,
    #[serde(default)]
    pub version: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/sitreps/{id}/approve", tag = "sitreps", request_body = ApproveInput, params(("id" = String, Path)),
    responses((status = 200, description = "The report as it now stands", body = SitrepSchema), (status = 403, description = "Only the forum's chair approves", body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn approve(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ApproveInput>,
) -> Result<Response, ApiError> {
    let tlp = report_tlp(&body.tlp).map_err(ApiError::invalid)?;
    let report = state
        .store
        .approve_sitrep(&caller, &id, body.version, tlp, &state.config.public_url)
        .await?;
    state.wake.notify_one();
    Ok(Json(sitrep_json(&report)).into_response())
}
