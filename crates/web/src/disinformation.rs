//! Disinformation items over HTTP: what a report of a false claim may contain (shared by the
//! JSON API and the form), and the API under `/api/v1/disinformation`. An item the caller may
//! not see answers 404 exactly like one that does not exist.

use crate::AppState;
use crate::error::{ApiError, ErrorBody, PageError};
use crate::item_api::{self, ItemRoutes, apply, created};
use crate::pages::{form_value, required};
use crate::session::{ApiCaller, CurrentUser};
use crate::shared_items::{
    ApiJson, AttachmentSchema, IncidentRefSchema, OtherIncident, PermittedWorkSchema,
    RecipientsSchema, TimelineSchema, given_recipients, parse_entry, parse_phase, parse_time,
    parse_tlp, resolve_reference, search_words, window,
};
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use liaison_domain::catalogue::{
    CatalogueEntry, DisinformationStatus, RectificationOutcome, ThreatKind,
};
use liaison_store::{
    DisinformationDetail, DisinformationFilter, DisinformationItem, DisinformationReport,
    DisinformationUpdate,
};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

impl ItemRoutes for DisinformationItem {
    const PATH: &'static str = "disinformation";
    const ONE: &'static str = "item";
    const MANY: &'static str = "items";
    const SCHEMAS: [&'static str; 3] = [
        "DisinformationSchema",
        "DisinformationPageSchema",
        "DisinformationDetailSchema",
    ];
    type Query = ListQuery;

    fn filter(query: &ListQuery) -> Result<DisinformationFilter, String> {
        query.filter()
    }

    fn item_of(detail: &DisinformationDetail) -> &DisinformationItem {
        &detail.item
    }

    async fn form_update(
        state: &AppState,
        user: &CurrentUser,
        action: &str,
        fields: &[(String, String)],
    ) -> Result<DisinformationUpdate, PageError> {
        let get = |name: &str| form_value(fields, name);
        let optional = |name: &str| Some(get(name)).filter(|v| !v.trim().is_empty());
        // Times from the browser's date-time fields, read as UTC as the form says.
        let utc =
            |name: &str| optional(name).map(|t| if t.len() == 16 { format!("{t}:00Z") } else { t });
        let bad = |m: String| PageError::BadRequest(m);
        Ok(match action {
            "status" => DisinformationUpdate::Status {
                status: DisinformationStatus::parse_id(&get("status"))
                    .map_err(|e| bad(e.to_string()))?,
            },
            "link" => DisinformationUpdate::LinkIncident {
                incident: resolve_reference(
                    state,
                    &user.caller,
                    &required("incident", &get("incident"), 100)?,
                )
                .await?,
            },
            "request" => DisinformationUpdate::RequestRectification {
                platform: get("platform"),
                reference: optional("reference"),
                sent_at: parse_time("sent", utc("sent_at").as_deref()).map_err(bad)?,
                notes: optional("notes"),
            },
            "answer" => {
                let answer = RectificationAnswer {
                    acknowledged_at: utc("acknowledged_at"),
                    acted_on_at: utc("acted_on_at"),
                    outcome: optional("outcome"),
                    notes: optional("notes"),
                };
                answer.into_update(get("request")).map_err(bad)?
            }
            _ => return Err(bad("Unknown action.".to_owned())),
        })
    }
}

/// A new false claim about the process.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDisinformation {
    /// The claim as it was made; up to 5,000 characters.
    pub claim: String,
    /// disinformation_turnout, disinformation_trust or false_hacking_claim.
    pub threat_kind: String,
    /// Where it spreads: a social network, messaging service, website or broadcaster.
    pub platform: String,
    /// Links to the posts or pages, or a description.
    #[serde(default)]
    pub where_seen: Option<String>,
    /// How many people it reached, as far as known.
    #[serde(default)]
    pub reach: Option<i64>,
    /// When it was first seen (RFC 3339).
    #[serde(default)]
    pub first_seen_at: Option<String>,
    /// A phase id; default: the phase the election calendar is in today.
    #[serde(default)]
    pub phase: Option<String>,
    /// clear, green, amber (default), amber+strict or red.
    #[serde(default)]
    pub tlp: Option<String>,
    /// Organisation ids an AMBER item is shared with; for RED, people's e-mail addresses.
    #[serde(default)]
    pub recipients: Vec<String>,
    #[serde(default)]
    pub share_with_observers: bool,
    /// Ids or references (`INC-12`) of incidents the claim belongs to.
    #[serde(default)]
    pub incidents: Vec<String>,
}

impl NewDisinformation {
    /// The report the store takes, or a sentence naming the first field that is wrong.
    pub fn into_report(self) -> Result<DisinformationReport, String> {
        let phase = parse_phase(self.phase.as_deref())?;
        Ok(DisinformationReport {
            claim: self.claim,
            threat: parse_entry::<ThreatKind>("threat_kind", &self.threat_kind)?,
            platform: self.platform,
            where_seen: self.where_seen,
            reach: self.reach,
            first_seen_at: parse_time("first_seen_at", self.first_seen_at.as_deref())?,
            phase,
            tlp: parse_tlp(self.tlp.as_deref())?,
            recipients: given_recipients(self.recipients),
            observers: self.share_with_observers,
            incidents: self.incidents,
        })
    }
}

/// Resolves incident references (`INC-12`) to ids the caller may see.
pub(crate) async fn resolve_incidents(
    state: &AppState,
    caller: &liaison_domain::caller::Caller,
    report: &mut DisinformationReport,
) -> Result<(), ApiError> {
    if report.incidents.len() > 50 {
        return Err(ApiError::invalid("incidents: at most 50"));
    }
    for given in report.incidents.iter_mut() {
        *given = resolve_reference(state, caller, given)
            .await
            .map_err(|e| match e {
                liaison_store::StoreError::NotFound => ApiError::invalid(format!(
                    "incidents: there is no incident '{}' you can see",
                    given.chars().take(80).collect::<String>()
                )),
                other => other.into(),
            })?;
    }
    Ok(())
}

pub fn router() -> Router<AppState> {
    use axum::routing::post;
    item_api::routes::<DisinformationItem>()
        .route("/disinformation", post(create))
        .route("/disinformation/{id}/status", post(set_status))
        .route("/disinformation/{id}/incidents", post(link))
        .route(
            "/disinformation/{id}/rectifications",
            post(request_rectification),
        )
        .route(
            "/disinformation/{id}/rectifications/{request}",
            post(record_answer),
        )
}

/// The shape of a disinformation item in the API.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct DisinformationSchema {
    id: String,
    /// `DIS-<number>`.
    reference: String,
    number: i64,
    claim: String,
    threat_kind: String,
    platform: String,
    where_seen: Option<String>,
    reach: Option<i64>,
    first_seen_at: Option<String>,
    phase: Option<String>,
    /// active, rectifying, countered, closed.
    status: String,
    /// clear, green, amber, amber+strict, red.
    tlp: String,
    recipients: RecipientsSchema,
    observers: bool,
    source_organisation: String,
    reporter: String,
    created_at: String,
    updated_at: String,
    /// Who the matrix names, and whether the sharing reaches them.
    routed: Vec<RoutedSchema>,
    version: i64,
}

/// An organisation the matrix names for an item.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct RoutedSchema {
    organisation: String,
    /// accountable, responsible, consulted or informed.
    role: String,
    /// The sharing does not reach it: not alerted.
    withheld: bool,
}

/// A page of the items the caller may see.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct DisinformationPageSchema {
    /// How many match in all, counting only what the caller may see.
    total: i64,
    items: Vec<DisinformationSchema>,
    /// Where the next page starts (pass it as `after`); null on the last page.
    next: Option<String>,
}

/// A request to a platform to rectify a claim, and its answer.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct RectificationSchema {
    id: String,
    platform: String,
    /// The platform's ticket or case number.
    reference: Option<String>,
    sent_at: String,
    acknowledged_at: Option<String>,
    acted_on_at: Option<String>,
    /// removed, labelled, demoted or declined.
    outcome: Option<String>,
    notes: Option<String>,
    created_by: String,
    /// From sending to acknowledgement, in words.
    acknowledgement_time: Option<String>,
    /// From sending to action, in words.
    response_time: Option<String>,
    version: i64,
}

/// An item with what hangs on it.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct DisinformationDetailSchema {
    item: DisinformationSchema,
    rectifications: Vec<RectificationSchema>,
    /// Linked incidents the caller may see.
    incidents: Vec<IncidentRefSchema>,
    attachments: Vec<AttachmentSchema>,
    timeline: Vec<TimelineSchema>,
    may: PermittedWorkSchema,
}

#[utoipa::path(post, path = "/api/v1/disinformation", tag = "disinformation", request_body = NewDisinformation,
    responses((status = 201, description = "The item as stored, routed and shared", body = DisinformationSchema),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(body): ApiJson<NewDisinformation>,
) -> Result<Response, ApiError> {
    let mut report = body.into_report().map_err(ApiError::invalid)?;
    resolve_incidents(&state, &caller, &mut report).await?;
    let item = state
        .store
        .report_disinformation(&caller, report, &state.config.public_url)
        .await?;
    state.wake.notify_one();
    Ok(created(&item))
}

/// Filters of the list.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Words to find in the claim, the platform or where it was seen.
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    /// At most this many, 50 unless asked, 500 at the most.
    #[serde(default)]
    pub limit: Option<u32>,
    /// Where the page starts: the `next` of the previous page. Left out: from the newest.
    #[serde(default)]
    pub after: Option<String>,
}

impl ListQuery {
    pub fn filter(&self) -> Result<DisinformationFilter, String> {
        let (limit, after) = window(self.limit, self.after.as_deref())?;
        Ok(DisinformationFilter {
            text: search_words(self.q.as_deref())?,
            status: self
                .status
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| parse_entry::<DisinformationStatus>("status", s))
                .transpose()?,
            limit,
            after,
        })
    }
}

/// A change of status.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DisinformationStatusChange {
    /// active, rectifying, countered or closed.
    status: String,
    #[serde(default)]
    version: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/disinformation/{id}/status", tag = "disinformation", request_body = DisinformationStatusChange,
    params(("id" = String, Path)),
    responses((status = 200, body = DisinformationSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_status(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DisinformationStatusChange>,
) -> Result<Response, ApiError> {
    let status =
        parse_entry::<DisinformationStatus>("status", &body.status).map_err(ApiError::invalid)?;
    apply::<DisinformationItem>(
        &state,
        &caller,
        &id,
        body.version,
        DisinformationUpdate::Status { status },
    )
    .await
}

#[utoipa::path(post, path = "/api/v1/disinformation/{id}/incidents", tag = "disinformation", request_body = OtherIncident,
    params(("id" = String, Path)),
    responses((status = 200, body = DisinformationSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn link(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<OtherIncident>,
) -> Result<Response, ApiError> {
    state
        .store
        .ensure_visible::<DisinformationItem>(&caller, &id)
        .await?;
    let incident = resolve_reference(&state, &caller, body.incident())
        .await
        .map_err(|e| match e {
            liaison_store::StoreError::NotFound => {
                ApiError::invalid("incident: there is no such incident you can see")
            }
            other => other.into(),
        })?;
    apply::<DisinformationItem>(
        &state,
        &caller,
        &id,
        None,
        DisinformationUpdate::LinkIncident { incident },
    )
    .await
}

/// A request to a platform to rectify the claim.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RectificationInput {
    /// The platform asked.
    platform: String,
    /// The platform's ticket or case number.
    #[serde(default)]
    reference: Option<String>,
    /// When it was sent (RFC 3339); default: now.
    #[serde(default)]
    sent_at: Option<String>,
    #[serde(default)]
    notes: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/disinformation/{id}/rectifications", tag = "disinformation", request_body = RectificationInput,
    params(("id" = String, Path)),
    responses((status = 200, body = DisinformationSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn request_rectification(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<RectificationInput>,
) -> Result<Response, ApiError> {
    let sent_at = parse_time("sent_at", body.sent_at.as_deref()).map_err(ApiError::invalid)?;
    apply::<DisinformationItem>(
        &state,
        &caller,
        &id,
        None,
        DisinformationUpdate::RequestRectification {
            platform: body.platform,
            reference: body.reference,
            sent_at,
            notes: body.notes,
        },
    )
    .await
}

/// What a platform answered; fields left out keep their value.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RectificationAnswer {
    /// RFC 3339.
    #[serde(default)]
    acknowledged_at: Option<String>,
    /// RFC 3339.
    #[serde(default)]
    acted_on_at: Option<String>,
    /// removed, labelled, demoted or declined.
    #[serde(default)]
    outcome: Option<String>,
    #[serde(default)]
    notes: Option<String>,
}

impl RectificationAnswer {
    pub(crate) fn into_update(self, request: String) -> Result<DisinformationUpdate, String> {
        Ok(DisinformationUpdate::RecordAnswer {
            request,
            acknowledged_at: parse_time("acknowledged_at", self.acknowledged_at.as_deref())?,
            acted_on_at: parse_time("acted_on_at", self.acted_on_at.as_deref())?,
            outcome: self
                .outcome
                .as_deref()
                .map(str::trim)
                .filter(|o| !o.is_empty())
                .map(|o| parse_entry::<RectificationOutcome>("outcome", o))
                .transpose()?,
            notes: self.notes,
        })
    }
}

#[utoipa::path(post, path = "/api/v1/disinformation/{id}/rectifications/{request}", tag = "disinformation", request_body = RectificationAnswer,
    params(("id" = String, Path), ("request" = String, Path)),
    responses((status = 200, body = DisinformationSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn record_answer(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((id, request)): Path<(String, String)>,
    ApiJson(body): ApiJson<RectificationAnswer>,
) -> Result<Response, ApiError> {
    let update = body.into_update(request).map_err(ApiError::invalid)?;
    apply::<DisinformationItem>(&state, &caller, &id, None, update).await
}
