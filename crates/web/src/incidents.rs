//! Incidents over HTTP: what a report may contain (shared by the JSON API and the form), and
//! the API under `/api/v1/incidents`. Reading goes through the store's audience join; an
//! incident the caller may not see answers 404 exactly like one that does not exist.

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
    CatalogueEntry, IncidentSeverity, IncidentStatus, ObservableKind, ThreatKind,
};
use liaison_domain::incident::Observable;
use liaison_domain::sharing::TlpLevel;
use liaison_locale::{Arg, Locale, Message};
use liaison_store::{Incident, IncidentDetail, IncidentFilter, IncidentReport, IncidentUpdate};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

impl ItemRoutes for Incident {
    const PATH: &'static str = "incidents";
    const ONE: &'static str = "incident";
    const MANY: &'static str = "incidents";
    const SCHEMAS: [&'static str; 3] = [
        "IncidentSchema",
        "IncidentPageSchema",
        "IncidentDetailSchema",
    ];
    type Query = ListQuery;

    fn filter(query: &ListQuery) -> Result<IncidentFilter, String> {
        query.filter()
    }

    fn item_of(detail: &IncidentDetail) -> &Incident {
        &detail.incident
    }

    async fn form_update(
        state: &AppState,
        user: &CurrentUser,
        action: &str,
        fields: &[(String, String)],
    ) -> Result<IncidentUpdate, PageError> {
        let get = |name: &str| form_value(fields, name);
        let optional = |name: &str| Some(get(name)).filter(|v| !v.trim().is_empty());
        let bad = |m: String| PageError::BadRequest(m);
        let other = || required("incident", &get("incident"), 100);
        Ok(match action {
            "acknowledge" => IncidentUpdate::Acknowledge {
                note: optional("note"),
            },
            "note" => IncidentUpdate::Note {
                text: required("note", &get("note"), 10_000)?,
                action: get("is_action") == "on",
            },
            "status" => IncidentUpdate::Status {
                status: IncidentStatus::parse_id(&get("status")).map_err(|e| bad(e.to_string()))?,
                lessons: optional("lessons"),
                note: optional("note"),
            },
            "severity" => IncidentUpdate::Severity {
                severity: IncidentSeverity::parse_id(&get("severity"))
                    .map_err(|e| bad(e.to_string()))?,
                note: optional("note"),
            },
            "link" => IncidentUpdate::Link {
                other: resolve_reference(state, &user.caller, &other()?).await?,
            },
            "merge" => IncidentUpdate::MergeInto {
                original: resolve_reference(state, &user.caller, &other()?).await?,
            },
            _ => return Err(bad(user.locale.text("incident-form-unknown-action"))),
        })
    }
}

/// An observable as given.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ObservableInput {
    /// ipv4, ipv6, domain, url, email, file_hash, account or text.
    pub kind: String,
    pub value: String,
}

/// A new incident.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewIncident {
    /// Up to 200 characters.
    pub title: String,
    /// What happened, what is affected, what was done; up to 20,000 characters.
    #[serde(default)]
    pub description: String,
    /// A threat kind id of the catalogue, such as `ddos`, `phishing`… (`liaison catalogue threats`).
    pub threat_kind: String,
    /// low, medium, high or critical.
    pub severity: String,
    /// clear, green, amber (default), amber+strict or red.
    #[serde(default)]
    pub tlp: Option<String>,
    /// Organisation ids an AMBER or AMBER+STRICT incident is shared with; for RED, people's
    /// e-mail addresses.
    #[serde(default)]
    pub recipients: Vec<String>,
    #[serde(default)]
    pub observables: Vec<ObservableInput>,
    /// A phase id; default: the phase the election calendar is in today.
    #[serde(default)]
    pub phase: Option<String>,
    /// Asset ids of the register.
    #[serde(default)]
    pub assets: Vec<String>,
    /// When it was first observed (RFC 3339).
    #[serde(default)]
    pub observed_at: Option<String>,
    /// Share a GREEN or AMBER incident with observers.
    #[serde(default)]
    pub share_with_observers: bool,
}

impl NewIncident {
    /// The report the store takes, or a sentence naming the first field that is wrong.
    pub fn into_report(self) -> Result<IncidentReport, String> {
        let tlp = parse_tlp(self.tlp.as_deref())?;
        let phase = parse_phase(self.phase.as_deref())?;
        let observed_at = parse_time("observed_at", self.observed_at.as_deref())?;
        if self.observables.len() > liaison_domain::incident::MAX_PER_INCIDENT {
            return Err(format!(
                "observables: at most {} per incident",
                liaison_domain::incident::MAX_PER_INCIDENT
            ));
        }
        let mut observables = Vec::with_capacity(self.observables.len());
        for (i, o) in self.observables.iter().enumerate() {
            let kind = parse_entry::<ObservableKind>(&format!("observables[{i}].kind"), &o.kind)?;
            let observable =
                Observable::parse(kind, &o.value).map_err(|e| format!("observables[{i}]: {e}"))?;
            if !observables.contains(&observable) {
                observables.push(observable);
            }
        }
        Ok(IncidentReport {
            title: self.title,
            description: self.description,
            threat: parse_entry::<ThreatKind>("threat_kind", &self.threat_kind)?,
            severity: parse_entry::<IncidentSeverity>("severity", &self.severity)?,
            phase,
            assets: self
                .assets
                .into_iter()
                .map(|a| a.trim().to_owned())
                .collect(),
            tlp,
            recipients: given_recipients(self.recipients),
            observers: self.share_with_observers,
            observed_at,
            observables,
        })
    }
}

/// Observables written one per line as `kind value` (the form's text area); what is wrong in
/// the reader's language.
pub fn observables_from_lines(locale: Locale, text: &str) -> Result<Vec<ObservableInput>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (kind, value) = line.split_once(char::is_whitespace).ok_or_else(|| {
            locale.text_with(
                "incident-form-observable-line",
                &[("line", Arg::from(n + 1))],
            )
        })?;
        // Checked here too, so that a page says what is wrong in its reader's language.
        let line = n + 1;
        let parsed = ObservableKind::parse_id(kind).map_err(|_| {
            let kinds: Vec<&str> = ObservableKind::ALL.iter().map(|k| k.id()).collect();
            locale.text_with(
                "incident-form-observable-kind",
                &[
                    ("line", Arg::from(line)),
                    ("kind", kind.chars().take(40).collect::<String>().into()),
                    ("kinds", kinds.join(", ").into()),
                ],
            )
        })?;
        Observable::parse(parsed, value).map_err(|e| {
            locale.text_with(
                "incident-form-observable-value",
                &[
                    ("line", Arg::from(line)),
                    ("problem", locale.message(&Message::from(&e)).into()),
                ],
            )
        })?;
        out.push(ObservableInput {
            kind: kind.to_owned(),
            value: value.trim().to_owned(),
        });
    }
    Ok(out)
}

pub fn router() -> Router<AppState> {
    use axum::routing::post;
    item_api::routes::<Incident>()
        .route("/incidents", post(create))
        .route("/incidents/{id}/status", post(set_status))
        .route("/incidents/{id}/severity", post(set_severity))
        .route("/incidents/{id}/notes", post(add_note))
        .route("/incidents/{id}/acknowledge", post(acknowledge))
        .route("/incidents/{id}/links", post(link))
        .route("/incidents/{id}/merge", post(merge))
        .route("/events", axum::routing::get(crate::live::events))
}

#[utoipa::path(post, path = "/api/v1/incidents", tag = "incidents", request_body = NewIncident,
    responses((status = 201, description = "The incident as stored, routed and shared", body = IncidentSchema),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(body): ApiJson<NewIncident>,
) -> Result<Response, ApiError> {
    let report = body.into_report().map_err(ApiError::invalid)?;
    let incident = state
        .store
        .report_incident(&caller, report, &state.config.public_url)
        .await?;
    state.wake.notify_one();
    Ok(created(&incident))
}

/// The shape of an incident in the API.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct IncidentSchema {
    id: String,
    /// `INC-<number>`.
    reference: String,
    number: i64,
    title: String,
    description: String,
    threat_kind: String,
    phase: Option<String>,
    assets: Vec<String>,
    /// low, medium, high, critical.
    severity: String,
    /// reported, triaged, in_progress, contained, resolved, closed.
    status: String,
    /// clear, green, amber, amber+strict, red.
    tlp: String,
    recipients: RecipientsSchema,
    observers: bool,
    source_organisation: String,
    reporter: String,
    observed_at: Option<String>,
    reported_at: String,
    updated_at: String,
    duplicate_of: Option<String>,
    lessons_learned: Option<String>,
    /// Set when the incident fell in a gap of the responsibility matrix.
    gap: Option<String>,
    observables: Vec<ObservableSchema>,
    /// Give it back as `version` with a change to refuse changes to a stale copy.
    version: i64,
}

/// A page of the incidents the caller may see.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct IncidentPageSchema {
    /// How many match in all, counting only what the caller may see.
    total: i64,
    incidents: Vec<IncidentSchema>,
    /// Where the next page starts (pass it as `after`); null on the last page.
    next: Option<String>,
}

/// An organisation on an incident.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct AssignmentSchema {
    organisation: String,
    /// accountable, responsible, consulted, informed, escalation or coordinator.
    role: String,
    /// Routing wanted it, the sharing does not reach it: not alerted.
    withheld: bool,
    alerted_at: Option<String>,
    acknowledged_at: Option<String>,
    acknowledged_by: Option<String>,
}

/// An incident with what hangs on it.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct IncidentDetailSchema {
    incident: IncidentSchema,
    assignments: Vec<AssignmentSchema>,
    timeline: Vec<TimelineSchema>,
    /// Related incidents the caller may see.
    links: Vec<IncidentRefSchema>,
    /// Incidents merged into this one that the caller may see.
    duplicates: Vec<IncidentRefSchema>,
    /// The incident this one was merged into, if the caller may see it.
    original: Option<IncidentRefSchema>,
    attachments: Vec<AttachmentSchema>,
    may: PermittedWorkSchema,
}

#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ObservableSchema {
    kind: String,
    value: String,
}

/// Filters of the incident list.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Words to find in the title, description or observables.
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    /// `true`: only those not resolved or closed.
    #[serde(default)]
    pub open: Option<String>,
    #[serde(default)]
    pub min_severity: Option<String>,
    #[serde(default)]
    pub threat_kind: Option<String>,
    #[serde(default)]
    pub tlp: Option<String>,
    /// Only those assigned to this organisation.
    #[serde(default)]
    pub organisation: Option<String>,
    /// At most this many, 50 unless asked, 500 at the most.
    #[serde(default)]
    pub limit: Option<u32>,
    /// Where the page starts: the `next` of the previous page. Left out: from the newest.
    #[serde(default)]
    pub after: Option<String>,
}

impl ListQuery {
    pub fn filter(&self) -> Result<IncidentFilter, String> {
        let (limit, after) = window(self.limit, self.after.as_deref())?;
        let some = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        Ok(IncidentFilter {
            text: search_words(self.q.as_deref())?,
            status: some(&self.status)
                .map(|s| parse_entry::<IncidentStatus>("status", &s))
                .transpose()?,
            open_only: matches!(some(&self.open).as_deref(), Some("true" | "1" | "on")),
            min_severity: some(&self.min_severity)
                .map(|s| parse_entry::<IncidentSeverity>("min_severity", &s))
                .transpose()?,
            threat: some(&self.threat_kind)
                .map(|s| parse_entry::<ThreatKind>("threat_kind", &s))
                .transpose()?,
            tlp: some(&self.tlp)
                .map(|t| {
                    TlpLevel::parse(&t).ok_or_else(|| format!("tlp: '{t}' is not a TLP level"))
                })
                .transpose()?,
            organisation: some(&self.organisation),
            limit,
            after,
        })
    }
}

/// A change of status.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// triaged, in_progress, contained, resolved or closed.
    status: String,
    /// Required to close.
    #[serde(default)]
    lessons_learned: Option<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    version: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/incidents/{id}/status", tag = "incidents", request_body = StatusChange,
    params(("id" = String, Path)),
    responses((status = 200, body = IncidentSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_status(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<StatusChange>,
) -> Result<Response, ApiError> {
    let status =
        parse_entry::<IncidentStatus>("status", &body.status).map_err(ApiError::invalid)?;
    let update = IncidentUpdate::Status {
        status,
        lessons: body.lessons_learned,
        note: body.note,
    };
    apply::<Incident>(&state, &caller, &id, body.version, update).await
}

/// A change of severity.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SeverityChange {
    severity: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    version: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/incidents/{id}/severity", tag = "incidents", request_body = SeverityChange,
    params(("id" = String, Path)),
    responses((status = 200, body = IncidentSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_severity(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<SeverityChange>,
) -> Result<Response, ApiError> {
    let severity =
        parse_entry::<IncidentSeverity>("severity", &body.severity).map_err(ApiError::invalid)?;
    let update = IncidentUpdate::Severity {
        severity,
        note: body.note,
    };
    apply::<Incident>(&state, &caller, &id, body.version, update).await
}

/// A note on the timeline.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoteInput {
    text: String,
    /// An action taken rather than a remark.
    #[serde(default)]
    action: bool,
}

#[utoipa::path(post, path = "/api/v1/incidents/{id}/notes", tag = "incidents", request_body = NoteInput,
    params(("id" = String, Path)),
    responses((status = 200, body = IncidentSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_note(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NoteInput>,
) -> Result<Response, ApiError> {
    let update = IncidentUpdate::Note {
        text: body.text,
        action: body.action,
    };
    apply::<Incident>(&state, &caller, &id, None, update).await
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AcknowledgeInput {
    #[serde(default)]
    note: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/incidents/{id}/acknowledge", tag = "incidents", request_body = AcknowledgeInput,
    params(("id" = String, Path)),
    responses((status = 200, description = "Acknowledged for the caller's organisation; its escalation stops", body = IncidentSchema), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn acknowledge(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AcknowledgeInput>,
) -> Result<Response, ApiError> {
    apply::<Incident>(
        &state,
        &caller,
        &id,
        None,
        IncidentUpdate::Acknowledge { note: body.note },
    )
    .await
}

#[utoipa::path(post, path = "/api/v1/incidents/{id}/links", tag = "incidents", request_body = OtherIncident,
    params(("id" = String, Path)),
    responses((status = 200, body = IncidentSchema), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn link(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<OtherIncident>,
) -> Result<Response, ApiError> {
    state.store.ensure_visible::<Incident>(&caller, &id).await?;
    let other = resolve_reference(&state, &caller, body.incident()).await?;
    apply::<Incident>(&state, &caller, &id, None, IncidentUpdate::Link { other }).await
}

#[utoipa::path(post, path = "/api/v1/incidents/{id}/merge", tag = "incidents", request_body = OtherIncident,
    params(("id" = String, Path)),
    responses((status = 200, description = "This incident is closed as a duplicate of the other", body = IncidentSchema), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn merge(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<OtherIncident>,
) -> Result<Response, ApiError> {
    state.store.ensure_visible::<Incident>(&caller, &id).await?;
    let original = resolve_reference(&state, &caller, body.incident()).await?;
    apply::<Incident>(
        &state,
        &caller,
        &id,
        None,
        IncidentUpdate::MergeInto { original },
    )
    .await
}
