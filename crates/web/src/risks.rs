//! The joint risk register and the measures over HTTP: JSON under `/api/v1/risks` and
//! `/api/v1/measures`, and the register as CSV. Observers have no access: the register is for
//! members.

use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::session::ApiCaller;
use crate::shared_items::{ApiJson, ListPlace, cursor_token, window};
use crate::views::Names;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use liaison_domain::catalogue::{
    CatalogueEntry, MeasureStatus, MitigationFamily, Phase, RiskStatus, RiskTreatment, ThreatKind,
};
use liaison_store::{
    MeasureCursor, NewAssessment, NewMeasure, NewRisk, Risk, RiskCursor, RiskFilter, RiskHandling,
    RiskOrder, RiskPage,
};
use serde::Deserialize;
use time::Date;
use utoipa::ToSchema;

fn parse_entry<T: CatalogueEntry>(field: &str, value: &str) -> Result<T, String> {
    T::parse_id(value.trim()).map_err(|e| format!("{field}: {e}"))
}

/// An optional ISO date (`2027-05-15`), or a sentence naming the field.
pub(crate) fn parse_date(field: &str, given: Option<&str>) -> Result<Option<Date>, String> {
    match given.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => Date::parse(t, &time::format_description::well_known::Iso8601::DATE)
            .map(Some)
            .map_err(|_| {
                format!(
                    "{field}: '{}' is not a date such as 2027-05-15",
                    t.chars().take(40).collect::<String>()
                )
            }),
    }
}

fn some(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// Filters and order of the register.
#[derive(Debug, Default, Deserialize)]
pub struct RiskQuery {
    #[serde(default)]
    pub threat_kind: Option<String>,
    #[serde(default)]
    pub phase: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub owner: Option<String>,
    /// `true`: only risks the agencies disagree on.
    #[serde(default)]
    pub disagreement: Option<String>,
    /// score (default), number or review.
    #[serde(default)]
    pub sort: Option<String>,
    /// Only risks of this joint likelihood, 1 to 5 (a cell of the heat map, with `impact`).
    #[serde(default)]
    pub likelihood: Option<String>,
    /// Only risks of this joint impact, 1 to 5.
    #[serde(default)]
    pub impact: Option<String>,
}

/// Which page of the register: at most `limit` risks after the place `after` names.
#[derive(Debug, Default, Deserialize)]
pub struct RegisterWindow {
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub after: Option<String>,
}

/// Where a page of the register goes on: after the risk the cursor names, with how many risks
/// the pages before showed (for "risks 51 to 100 of 420").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterPlace {
    pub before: usize,
    pub cursor: RiskCursor,
}

impl ListPlace for RegisterPlace {
    fn fields(&self) -> String {
        format!(
            "{}|{}|{}|{}",
            self.before,
            self.cursor.number,
            self.cursor.score,
            self.cursor.review.as_deref().unwrap_or("")
        )
    }

    fn from_fields(text: &str) -> Option<Self> {
        let mut parts = text.splitn(4, '|');
        let before = parts.next()?.parse().ok()?;
        let number = parts.next()?.parse().ok()?;
        let score = parts.next()?.parse().ok()?;
        let review = parts.next()?;
        // A review date as the register stores it, or none.
        if !review.is_empty() {
            parse_date("after", Some(review)).ok()??;
        }
        Some(RegisterPlace {
            before,
            cursor: RiskCursor {
                number,
                score,
                review: (!review.is_empty()).then(|| review.to_owned()),
            },
        })
    }
}

impl ListPlace for MeasureCursor {
    fn fields(&self) -> String {
        format!(
            "{}|{}|{}",
            u8::from(self.overdue),
            self.number,
            self.due_on.as_deref().unwrap_or("")
        )
    }

    fn from_fields(text: &str) -> Option<Self> {
        let mut parts = text.splitn(3, '|');
        let overdue = match parts.next()? {
            "0" => false,
            "1" => true,
            _ => return None,
        };
        let number = parts.next()?.parse().ok()?;
        let due_on = parts.next()?;
        if !due_on.is_empty() {
            parse_date("after", Some(due_on)).ok()??;
        }
        Some(MeasureCursor {
            overdue,
            due_on: (!due_on.is_empty()).then(|| due_on.to_owned()),
            number,
        })
    }
}

impl RegisterWindow {
    /// The page size and where the page starts; an error names a bad `after`.
    pub fn place(&self, default_limit: u32) -> Result<(u32, Option<RegisterPlace>), String> {
        window(
            Some(self.limit.unwrap_or(default_limit)),
            self.after.as_deref(),
        )
    }
}

/// One page of the register as `caller` may read it, and the place of the next page.
pub(crate) async fn register_page(
    state: &AppState,
    caller: &liaison_domain::caller::Caller,
    query: (&RiskFilter, RiskOrder),
    limit: u32,
    after: Option<&RegisterPlace>,
) -> Result<(RiskPage, Option<RegisterPlace>), liaison_store::StoreError> {
    let page = state
        .store
        .risk_page(caller, query.0, query.1, limit, after.map(|a| &a.cursor))
        .await?;
    // `before` comes back from the client: it may be anything, and only counts for the text.
    let before = after
        .map_or(0, |a| a.before)
        .saturating_add(page.risks.len());
    let next = page
        .next
        .clone()
        .map(|cursor| RegisterPlace { before, cursor });
    Ok((page, next))
}

/// A step of a 1–5 scale given in a query.
fn scale_step(field: &str, given: Option<&str>) -> Result<Option<u8>, String> {
    match given {
        None => Ok(None),
        Some(text) => match text.parse::<u8>() {
            Ok(step @ 1..=5) => Ok(Some(step)),
            _ => Err(format!(
                "{field}: '{}' is not a step of the scale; use a whole number from 1 to 5",
                text.chars().take(40).collect::<String>()
            )),
        },
    }
}

impl RiskQuery {
    pub fn filter(&self) -> Result<(RiskFilter, RiskOrder), String> {
        let order = match some(&self.sort) {
            None | Some("score") => RiskOrder::Score,
            Some("number") => RiskOrder::Number,
            Some("review") => RiskOrder::Review,
            Some(other) => {
                return Err(format!(
                    "sort: '{}' is not an order; use score, number or review",
                    other.chars().take(40).collect::<String>()
                ));
            }
        };
        Ok((
            RiskFilter {
                threat: some(&self.threat_kind)
                    .map(|t| parse_entry::<ThreatKind>("threat_kind", t))
                    .transpose()?,
                phase: some(&self.phase)
                    .map(|p| parse_entry::<Phase>("phase", p))
                    .transpose()?,
                status: some(&self.status)
                    .map(|s| parse_entry::<RiskStatus>("status", s))
                    .transpose()?,
                owner: some(&self.owner).map(str::to_owned),
                disagreement_only: matches!(some(&self.disagreement), Some("true" | "1" | "on")),
                likelihood: scale_step("likelihood", some(&self.likelihood))?,
                impact: scale_step("impact", some(&self.impact))?,
            },
            order,
        ))
    }
}

pub fn router() -> Router<AppState> {
    use axum::routing::{get, post};
    Router::new()
        .route("/risks", get(list).post(create))
        .route("/risks.csv", get(csv_export))
        .route("/risks/seed", post(seed))
        .route("/risks/{id}", get(detail))
        .route("/risks/{id}/assessments", post(assess))
        .route("/risks/{id}/handling", post(handle))
        .route("/measures", get(measures).post(create_measure))
        .route("/measures/{id}", post(update_measure))
}

/// A risk of the register in the API.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct RiskSchema {
    id: String,
    /// `RISK-<number>`.
    reference: String,
    number: i64,
    /// The election the register is of.
    election: String,
    threat_kind: String,
    /// An asset key of the register.
    asset: String,
    phase: String,
    /// The organisation that owns the risk.
    owner: Option<String>,
    /// avoid, reduce, transfer or accept.
    treatment: String,
    /// open, treated, accepted or closed.
    status: String,
    next_review: Option<String>,
    notes: Option<String>,
    updated_at: String,
    version: i64,
    /// The joint inherent score, 0 when nobody assessed it.
    score: u8,
    /// The latest assessment of each organisation that gave one.
    assessments: Vec<AssessmentSchema>,
    /// The joint view, once anyone assessed it.
    consensus: Option<ConsensusSchema>,
    measures: Vec<MeasureRefSchema>,
    /// The same threat, asset and phase in the last earlier election that assessed it.
    previous: Option<PreviousCycleSchema>,
}

/// An organisation's assessment of a risk, on 1–5 scales; scores are their products.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct AssessmentSchema {
    organisation: String,
    likelihood: u8,
    impact: u8,
    score: u8,
    residual_likelihood: Option<u8>,
    residual_impact: Option<u8>,
    residual_score: Option<u8>,
    rationale: Option<String>,
    assessed_at: String,
}

/// A likelihood and an impact.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct EstimateSchema {
    likelihood: u8,
    impact: u8,
}

/// The agencies' joint view of a risk.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ConsensusSchema {
    /// The medians (the graver middle for an even count).
    inherent: EstimateSchema,
    residual: Option<EstimateSchema>,
    /// The lowest and the highest inherent score given.
    lowest: u8,
    highest: u8,
    /// Their scores fall two or more bands apart, or a rating two or more steps.
    disagreement: bool,
    /// How many organisations assessed it.
    views: u32,
}

/// A measure, as a risk names it.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct MeasureRefSchema {
    id: String,
    number: i64,
    title: String,
    status: String,
    due_on: Option<String>,
    overdue: bool,
}

/// A risk's joint score in an earlier election.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct PreviousCycleSchema {
    election: String,
    score: u8,
}

/// A risk with every assessment it had.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct RiskDetailSchema {
    #[schema(inline)]
    #[serde(flatten)]
    risk: RiskSchema,
    /// Every assessment, oldest first.
    history: Vec<AssessmentSchema>,
}

/// The register.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct RiskListSchema {
    risks: Vec<RiskSchema>,
    /// Pass as `after` for the next page; null on the last page.
    next: Option<String>,
}

/// What seeding added.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct SeededSchema {
    /// How many risks the catalogue suggested that were not in the register.
    added: u32,
}

/// A measure against risks.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct MeasureSchema {
    id: String,
    /// `M-<number>`.
    number: i64,
    family: String,
    title: String,
    description: String,
    /// The organisation that carries it out.
    owner: String,
    due_on: Option<String>,
    /// planned, in_progress, done or dropped.
    status: String,
    /// Not done or dropped, and past its due date.
    overdue: bool,
    /// Ids of the risks it answers.
    risks: Vec<String>,
    updated_at: String,
    version: i64,
}

/// The measures.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct MeasureListSchema {
    /// Pass as `after` for the next page; null on the last page.
    next: Option<String>,
    /// Overdue ones first, then by due date.
    measures: Vec<MeasureSchema>,
}

/// A risk with its reference.
pub fn risk_json(risk: &Risk) -> serde_json::Value {
    let mut json = serde_json::to_value(risk).unwrap_or_default();
    if let Some(object) = json.as_object_mut() {
        object.insert("reference".to_owned(), risk.reference().into());
        object.insert("score".to_owned(), risk.score().into());
    }
    json
}

#[utoipa::path(get, path = "/api/v1/risks", tag = "risks",
    params(("threat_kind" = Option<String>, Query), ("phase" = Option<String>, Query), ("status" = Option<String>, Query),
           ("owner" = Option<String>, Query), ("disagreement" = Option<bool>, Query, description = "Only risks the agencies disagree on"),
           ("sort" = Option<String>, Query, description = "score (default), number or review"),
           ("likelihood" = Option<u8>, Query, description = "Only risks of this joint likelihood, 1 to 5"),
           ("impact" = Option<u8>, Query, description = "Only risks of this joint impact, 1 to 5"),
           ("limit" = Option<u32>, Query, description = "At most this many risks (50 unless given, 500 at most)"),
           ("after" = Option<String>, Query, description = "The `next` of the previous page")),
    responses((status = 200, description = "`{risks, next}`: a page of the register of the current election, each risk with every organisation's latest assessment and the joint view", body = RiskListSchema),
              (status = 403, description = "Observers do not read the register", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    caller: ApiCaller,
    Query(query): Query<RiskQuery>,
    Query(paging): Query<RegisterWindow>,
) -> Result<Response, ApiError> {
    let (filter, order) = query.filter().map_err(ApiError::invalid)?;
    let (limit, after) = paging.place(50).map_err(ApiError::invalid)?;
    let (page, next) =
        register_page(&state, &caller, (&filter, order), limit, after.as_ref()).await?;
    Ok(Json(serde_json::json!({
        "risks": page.risks.iter().map(risk_json).collect::<Vec<_>>(),
        "next": next.as_ref().map(cursor_token),
    }))
    .into_response())
}

/// A cell as a spreadsheet will read it without running it: text starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return is a formula to Excel and LibreOffice, so it is
/// prefixed with an apostrophe (shown as text, as OWASP advises for CSV exports).
fn spreadsheet_cell(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
}

/// The register as a CSV file, one row per risk, with each agency's score.
pub fn register_csv(risks: &[Risk], names: &Names) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record([
        "reference",
        "threat_kind",
        "asset",
        "asset_name",
        "phase",
        "owner",
        "owner_name",
        "treatment",
        "status",
        "next_review",
        "likelihood",
        "impact",
        "score",
        "residual_score",
        "lowest_score",
        "highest_score",
        "disagreement",
        "previous_election",
        "previous_score",
        "assessments",
        "measures",
    ])?;
    for r in risks {
        let c = r.consensus.as_ref();
        let number = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_default();
        let cells = [
            r.reference(),
            r.threat_kind.id().to_owned(),
            r.asset.clone(),
            names.asset(&r.asset).name,
            r.phase.id().to_owned(),
            r.owner.clone().unwrap_or_default(),
            r.owner
                .as_deref()
                .map(|o| names.organisation(o).name)
                .unwrap_or_default(),
            r.treatment.id().to_owned(),
            r.status.id().to_owned(),
            r.next_review.clone().unwrap_or_default(),
            number(c.map(|c| c.inherent.likelihood.value())),
            number(c.map(|c| c.inherent.impact.value())),
            number(c.map(|c| c.inherent.score())),
            number(c.and_then(|c| c.residual).map(|e| e.score())),
            number(c.map(|c| c.lowest)),
            number(c.map(|c| c.highest)),
            c.map(|c| c.disagreement.to_string()).unwrap_or_default(),
            r.previous
                .as_ref()
                .map(|p| p.election.clone())
                .unwrap_or_default(),
            number(r.previous.as_ref().map(|p| p.score)),
            r.assessments
                .iter()
                .map(|a| format!("{}={}", a.organisation, a.score))
                .collect::<Vec<_>>()
                .join(" "),
            r.measures
                .iter()
                .map(|m| format!("M-{}", m.number))
                .collect::<Vec<_>>()
                .join(" "),
        ];
        writer.write_record(cells.map(spreadsheet_cell))?;
    }
    writer.flush()?;
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// A CSV download.
pub fn csv_response(bytes: Vec<u8>) -> Response {
    (
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"risk-register.csv\"",
            ),
        ],
        bytes,
    )
        .into_response()
}

#[utoipa::path(get, path = "/api/v1/risks.csv", tag = "risks",
    params(("threat_kind" = Option<String>, Query), ("phase" = Option<String>, Query), ("status" = Option<String>, Query),
           ("owner" = Option<String>, Query), ("disagreement" = Option<bool>, Query), ("sort" = Option<String>, Query)),
    responses((status = 200, description = "The register as CSV", content_type = "text/csv"), (status = 403, body = ErrorBody)))]
pub async fn csv_export(
    State(state): State<AppState>,
    caller: ApiCaller,
    Query(query): Query<RiskQuery>,
) -> Result<Response, ApiError> {
    let (filter, order) = query.filter().map_err(ApiError::invalid)?;
    let risks = state.store.risks(&caller, &filter, order).await?;
    let model = state.store.shared_model().await?;
    let bytes = register_csv(&risks, &Names::of(Some(&model))).map_err(ApiError::internal)?;
    Ok(csv_response(bytes))
}

/// A new risk.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskInput {
    pub threat_kind: String,
    /// An asset id of the register.
    pub asset: String,
    pub phase: String,
    /// The organisation that owns the risk.
    #[serde(default)]
    pub owner: Option<String>,
    /// reduce (default), accept, transfer or avoid.
    #[serde(default)]
    pub treatment: Option<String>,
    /// An ISO date.
    #[serde(default)]
    pub next_review: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
}

impl RiskInput {
    pub fn into_new(self) -> Result<NewRisk, String> {
        Ok(NewRisk {
            threat: parse_entry::<ThreatKind>("threat_kind", &self.threat_kind)?,
            asset: self.asset.trim().to_owned(),
            phase: parse_entry::<Phase>("phase", &self.phase)?,
            owner: some(&self.owner).map(str::to_owned),
            treatment: some(&self.treatment)
                .map(|t| parse_entry::<RiskTreatment>("treatment", t))
                .transpose()?
                .unwrap_or(RiskTreatment::Reduce),
            next_review: parse_date("next_review", self.next_review.as_deref())?,
            notes: self.notes,
        })
    }
}

#[utoipa::path(post, path = "/api/v1/risks", tag = "risks", request_body = RiskInput,
    responses((status = 201, description = "The risk", body = RiskSchema), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(body): ApiJson<RiskInput>,
) -> Result<Response, ApiError> {
    let new = body.into_new().map_err(ApiError::invalid)?;
    let risk = state.store.add_risk(&caller, new).await?;
    Ok((StatusCode::CREATED, Json(risk_json(&risk))).into_response())
}

#[utoipa::path(post, path = "/api/v1/risks/seed", tag = "risks",
    responses((status = 200, description = "`{added}`: the risks the catalogue suggests for the model's technology that were not in the register", body = SeededSchema), (status = 403, body = ErrorBody)))]
pub async fn seed(State(state): State<AppState>, caller: ApiCaller) -> Result<Response, ApiError> {
    let added = state.store.seed_risks(&caller).await?;
    Ok(Json(serde_json::json!({"added": added})).into_response())
}

#[utoipa::path(get, path = "/api/v1/risks/{id}", tag = "risks", params(("id" = String, Path)),
    responses((status = 200, description = "The risk and `history`: every assessment, oldest first", body = RiskDetailSchema), (status = 404, body = ErrorBody)))]
pub async fn detail(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let risk = state.store.risk(&caller, &id).await?;
    let history = state.store.risk_history(&caller, &id).await?;
    let mut json = risk_json(&risk);
    if let Some(object) = json.as_object_mut() {
        object.insert(
            "history".to_owned(),
            serde_json::to_value(history).unwrap_or_default(),
        );
    }
    Ok(Json(json).into_response())
}

/// An organisation's assessment of a risk, on the documented 1–5 scales.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentInput {
    /// 1 rare … 5 almost certain.
    pub likelihood: i64,
    /// 1 negligible … 5 severe.
    pub impact: i64,
    /// After the treatment in place; with `residual_impact`, or neither.
    #[serde(default)]
    pub residual_likelihood: Option<i64>,
    #[serde(default)]
    pub residual_impact: Option<i64>,
    #[serde(default)]
    pub rationale: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/risks/{id}/assessments", tag = "risks", request_body = AssessmentInput,
    params(("id" = String, Path)),
    responses((status = 200, description = "The risk with the caller's organisation's new assessment", body = RiskSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn assess(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AssessmentInput>,
) -> Result<Response, ApiError> {
    let risk = state
        .store
        .assess_risk(
            &caller,
            &id,
            NewAssessment {
                likelihood: body.likelihood,
                impact: body.impact,
                residual_likelihood: body.residual_likelihood,
                residual_impact: body.residual_impact,
                rationale: body.rationale,
            },
        )
        .await?;
    Ok(Json(risk_json(&risk)).into_response())
}

/// How a risk is handled.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HandlingInput {
    #[serde(default)]
    pub owner: Option<String>,
    pub treatment: String,
    /// open, treated, accepted or closed.
    pub status: String,
    #[serde(default)]
    pub next_review: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub version: Option<i64>,
}

impl HandlingInput {
    pub fn into_handling(self) -> Result<(RiskHandling, Option<i64>), String> {
        Ok((
            RiskHandling {
                owner: some(&self.owner).map(str::to_owned),
                treatment: parse_entry::<RiskTreatment>("treatment", &self.treatment)?,
                status: parse_entry::<RiskStatus>("status", &self.status)?,
                next_review: parse_date("next_review", self.next_review.as_deref())?,
                notes: self.notes,
            },
            self.version,
        ))
    }
}

#[utoipa::path(post, path = "/api/v1/risks/{id}/handling", tag = "risks", request_body = HandlingInput,
    params(("id" = String, Path)),
    responses((status = 200, description = "The risk as it is now handled", body = RiskSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn handle(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<HandlingInput>,
) -> Result<Response, ApiError> {
    let (handling, version) = body.into_handling().map_err(ApiError::invalid)?;
    let risk = state
        .store
        .handle_risk(&caller, &id, version, handling)
        .await?;
    Ok(Json(risk_json(&risk)).into_response())
}

#[utoipa::path(get, path = "/api/v1/measures", tag = "risks",
    params(("limit" = Option<u32>, Query, description = "At most this many measures (50 unless given, 500 at most)"),
           ("after" = Option<String>, Query, description = "The `next` of the previous page")),
    responses((status = 200, description = "`{measures, next}`: a page of the measures, overdue ones first, then by due date", body = MeasureListSchema), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn measures(
    State(state): State<AppState>,
    caller: ApiCaller,
    Query(paging): Query<RegisterWindow>,
) -> Result<Response, ApiError> {
    let (limit, after) = window::<MeasureCursor>(paging.limit, paging.after.as_deref())
        .map_err(ApiError::invalid)?;
    let page = state
        .store
        .measure_page(&caller, limit, after.as_ref())
        .await?;
    Ok(Json(serde_json::json!({
        "measures": page.measures,
        "next": page.next.as_ref().map(cursor_token),
    }))
    .into_response())
}

/// A new measure.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureInput {
    /// A mitigation family: securing_technology, quality_control, supply_chain_security,
    /// human_resources, online_monitoring, criminal_liability or continuous_collaboration.
    pub family: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The organisation that carries it out.
    pub owner: String,
    /// An ISO date.
    #[serde(default)]
    pub due_on: Option<String>,
    /// Ids of the risks it answers.
    #[serde(default)]
    pub risks: Vec<String>,
}

impl MeasureInput {
    pub fn into_new(self) -> Result<NewMeasure, String> {
        Ok(NewMeasure {
            family: parse_entry::<MitigationFamily>("family", &self.family)?,
            title: self.title,
            description: self.description,
            owner: self.owner.trim().to_owned(),
            due_on: parse_date("due_on", self.due_on.as_deref())?,
            risks: self.risks,
        })
    }
}

#[utoipa::path(post, path = "/api/v1/measures", tag = "risks", request_body = MeasureInput,
    responses((status = 201, description = "The measure", body = MeasureSchema), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_measure(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(body): ApiJson<MeasureInput>,
) -> Result<Response, ApiError> {
    let new = body.into_new().map_err(ApiError::invalid)?;
    let measure = state.store.add_measure(&caller, new).await?;
    Ok((StatusCode::CREATED, Json(measure)).into_response())
}

/// A measure moved on.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureUpdate {
    /// planned, in_progress, done or dropped.
    pub status: String,
    /// A new due date (ISO).
    #[serde(default)]
    pub due_on: Option<String>,
    #[serde(default)]
    pub version: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/measures/{id}", tag = "risks", request_body = MeasureUpdate,
    params(("id" = String, Path)),
    responses((status = 200, description = "The measure as it now stands", body = MeasureSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_measure(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<MeasureUpdate>,
) -> Result<Response, ApiError> {
    let status = parse_entry::<MeasureStatus>("status", &body.status).map_err(ApiError::invalid)?;
    let due_on = parse_date("due_on", body.due_on.as_deref()).map_err(ApiError::invalid)?;
    let measure = state
        .store
        .update_measure(&caller, &id, body.version, status, due_on)
        .await?;
    Ok(Json(measure).into_response())
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_cell;

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_kept_as_text() {
        for formula in [
            "=HYPERLINK(\"http://x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(spreadsheet_cell(formula.to_owned()), format!("'{formula}"));
        }
        for plain in ["RISK-1", "cec=12 cert=9", "", "voter-register"] {
            assert_eq!(spreadsheet_cell(plain.to_owned()), plain);
        }
    }
}
