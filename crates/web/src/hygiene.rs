//! The cyber-hygiene self-assessment over HTTP: `/api/v1/hygiene`.

use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::session::ApiCaller;
use crate::shared_items::ApiJson;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use liaison_domain::hygiene::HygieneSharing;
use serde::Deserialize;
use utoipa::ToSchema;

pub fn router() -> Router<AppState> {
    use axum::routing::get;
    Router::new().route("/hygiene", get(overview).post(assess))
}

/// What `shared_with` may be, or what is wrong.
pub(crate) fn sharing(given: &str) -> Result<HygieneSharing, String> {
    HygieneSharing::parse(given.trim()).ok_or_else(|| {
        format!(
            "shared_with: '{}' is not a choice; use own, coordinators or members",
            given.chars().take(40).collect::<String>()
        )
    })
}

/// An organisation's self-assessment of its cyber hygiene.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct HygieneAssessmentSchema {
    organisation: String,
    /// 0–3 for each of the six aspects, in order.
    answers: Vec<u8>,
    /// Percent of the best answers.
    score: u8,
    /// own, coordinators or members.
    shared_with: String,
    notes: Option<String>,
    assessed_at: String,
}

/// An organisation's latest result beside others'.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ComparedAssessmentSchema {
    #[schema(inline)]
    #[serde(flatten)]
    latest: HygieneAssessmentSchema,
    /// The score of the one before, when that one is shared with the caller too.
    previous_score: Option<u8>,
}

/// One aspect of the self-assessment.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct AspectSchema {
    id: String,
    question: String,
}

/// The self-assessment as the caller sees it.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct HygieneOverviewSchema {
    aspects: Vec<AspectSchema>,
    /// The caller's organisation's assessments, newest first.
    history: Vec<HygieneAssessmentSchema>,
    /// Each organisation's latest result it lets the caller see.
    comparison: Vec<ComparedAssessmentSchema>,
    /// For coordinators: the organisations that share no result with them.
    without_shared_result: Vec<String>,
}

#[utoipa::path(get, path = "/api/v1/hygiene", tag = "hygiene",
    responses((status = 200, description = "`{aspects, history, comparison, without_shared_result}`: the six aspects, the caller's organisation's assessments (newest first), each organisation's latest result that it lets the caller see (with `previous_score` when the one before is shared too), and, for coordinators, the organisations that share no result with them", body = HygieneOverviewSchema),
              (status = 401, body = ErrorBody)))]
pub async fn overview(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Response, ApiError> {
    let history = state.store.hygiene_history(&caller).await?;
    let comparison = state.store.hygiene_comparison(&caller).await?;
    let missing = without_shared_result(&state, &caller, &comparison).await?;
    Ok(Json(serde_json::json!({
        "aspects": liaison_domain::hygiene::ASPECTS.iter().map(|(id, q)| serde_json::json!({"id": id, "question": q})).collect::<Vec<_>>(),
        "history": history,
        "comparison": comparison,
        "without_shared_result": missing.iter().map(|(key, _)| key).collect::<Vec<_>>(),
    }))
    .into_response())
}

/// For coordinators, who follow up: the organisations of the model (key, name) whose result
/// the comparison does not show them, whether none was made or it is not shared with them.
/// Others get an empty list.
pub(crate) async fn without_shared_result(
    state: &AppState,
    caller: &liaison_domain::caller::Caller,
    comparison: &[liaison_store::ComparedAssessment],
) -> Result<Vec<(String, String)>, liaison_store::StoreError> {
    if !caller.may(liaison_domain::access::Action::FollowUpHygiene) {
        return Ok(Vec::new());
    }
    let model = state.store.shared_model().await?;
    Ok(model
        .organisations
        .iter()
        .filter(|o| !comparison.iter().any(|c| c.latest.organisation == o.key))
        .map(|o| (o.key.clone(), o.name.clone()))
        .collect())
}

/// A self-assessment.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HygieneInput {
    /// Six answers from 0 (not in place) to 3 (in place), in the order of `aspects`.
    pub answers: Vec<i64>,
    /// own (default), coordinators or members.
    #[serde(default)]
    pub shared_with: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/hygiene", tag = "hygiene", request_body = HygieneInput,
    responses((status = 201, description = "The assessment as recorded", body = HygieneAssessmentSchema), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn assess(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(body): ApiJson<HygieneInput>,
) -> Result<Response, ApiError> {
    let shared = match body.shared_with.as_deref() {
        None => HygieneSharing::Own,
        Some(s) => sharing(s).map_err(ApiError::invalid)?,
    };
    let assessment = state
        .store
        .assess_hygiene(&caller, body.answers, shared, body.notes)
        .await?;
    Ok((StatusCode::CREATED, Json(assessment)).into_response())
}
