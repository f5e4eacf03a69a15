//! Pages for false claims about the process: the live list with the report form, and an item
//! with its rectification requests, linked incidents and screenshots. Every read goes through
//! the store's audience join with the viewer's principals.

use super::html;
use super::incidents::{Choice, TimelineView, choices_in, tlp_class};
use super::item_work::Reported;
use crate::AppState;
use crate::disinformation::{ListQuery, NewDisinformation, resolve_incidents};
use crate::error::{ApiError, PageError};
use crate::picker::Picker;
use crate::session::CurrentUser;
use crate::shared_items::{ReshareForm, form_recipients, form_time, level_choices};
use crate::views::{Chrome, Named};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Form, Router};
use liaison_domain::access::Action;
use liaison_domain::catalogue::{
    CatalogueEntry, DisinformationStatus, Phase, RectificationOutcome,
};
use liaison_domain::disinformation::claim_kinds;
use liaison_domain::incident::phase_on;
use liaison_domain::sharing::TlpLevel;
use liaison_store::{DisinformationDetail, DisinformationItem, SharedItem};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/disinformation", get(list).post(create))
        .route("/disinformation/{id}", get(detail))
        .merge(super::item_work::routes::<DisinformationItem>())
}

struct Row {
    id: String,
    reference: String,
    claim: String,
    platform: String,
    reach: String,
    status: String,
    tlp: &'static str,
    tlp_class: &'static str,
    source: String,
    created_at: String,
}

/// The report form as submitted, kept to show it again with an error.
#[derive(Debug, Default, Clone)]
struct ClaimForm {
    claim: String,
    threat_kind: String,
    platform: String,
    where_seen: String,
    reach: String,
    first_seen_at: String,
    phase: String,
    tlp: String,
    organisations: Vec<String>,
    people: String,
    observers: bool,
    incidents: String,
}

impl ClaimForm {
    fn from_fields(fields: &[(String, String)]) -> ClaimForm {
        let mut form = ClaimForm::default();
        for (key, value) in fields {
            let value = value.clone();
            match key.as_str() {
                "claim" => form.claim = value,
                "threat_kind" => form.threat_kind = value,
                "platform" => form.platform = value,
                "where_seen" => form.where_seen = value,
                "reach" => form.reach = value,
                "first_seen_at" => form.first_seen_at = value,
                "phase" => form.phase = value,
                "tlp" => form.tlp = value,
                "organisations" => form.organisations.push(value),
                "people" => form.people = value,
                "observers" => form.observers = value == "on",
                "incidents" => form.incidents = value,
                _ => {}
            }
        }
        form
    }

    fn to_input(&self) -> Result<NewDisinformation, String> {
        let list = |text: &str| -> Vec<String> {
            text.split([',', '\n', ';'])
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect()
        };
        let recipients = form_recipients(&self.tlp, &self.people, &self.organisations);
        let reach = match self.reach.trim().replace([',', ' ', '_'], "") {
            r if r.is_empty() => None,
            r => Some(r.parse::<i64>().map_err(|_| {
                "reach: write the number of people reached, such as 48000".to_owned()
            })?),
        };
        let first_seen_at = form_time(&self.first_seen_at);
        Ok(NewDisinformation {
            claim: self.claim.clone(),
            threat_kind: self.threat_kind.clone(),
            platform: self.platform.clone(),
            where_seen: Some(self.where_seen.clone()).filter(|w| !w.trim().is_empty()),
            reach,
            first_seen_at,
            phase: Some(self.phase.clone()),
            tlp: Some(self.tlp.clone()),
            recipients,
            share_with_observers: self.observers,
            incidents: list(&self.incidents),
        })
    }
}

#[derive(Template)]
#[template(path = "disinformation_list.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    total: i64,
    q: String,
    statuses: Vec<Choice>,
    query_string: String,
    /// The query of the next, older page, when there is one.
    older: Option<String>,
    error: Option<String>,
    can_report: bool,
    form: ClaimForm,
    form_error: Option<String>,
    threats: Vec<Choice>,
    phases: Vec<Choice>,
    current_phase: String,
    organisations: Picker,
    levels: Vec<(String, String, String, bool)>,
}

async fn list_page(
    state: &AppState,
    user: &CurrentUser,
    query: &ListQuery,
    query_string: String,
    form: ClaimForm,
    form_error: Option<String>,
) -> Result<ListPage, PageError> {
    let (filter, error) = super::item_work::list_filter::<DisinformationItem>(query)?;
    let page = state
        .store
        .items::<DisinformationItem>(&user.caller, &filter)
        .await?;
    let names = user.names();
    let locale = user.locale;
    let rows = page
        .items
        .iter()
        .map(|i| Row {
            id: i.id.clone(),
            reference: i.reference(),
            claim: i.claim.chars().take(160).collect(),
            platform: i.platform.clone(),
            reach: i.reach.map(|r| r.to_string()).unwrap_or_default(),
            status: locale.label(i.status),
            tlp: i.tlp.marking(),
            tlp_class: tlp_class(i.tlp),
            source: names.organisation(&i.source_organisation).name,
            created_at: locale.when(&i.created_at),
        })
        .collect();
    let (_, model) = state.store.model(user.audiences()).await?;
    // The kind chosen, else the first the form offers; the phase chosen, else today's.
    let kind = claim_kinds()
        .iter()
        .copied()
        .find(|t| t.id() == form.threat_kind)
        .or_else(|| claim_kinds().first().copied());
    let organisations = Picker::recipients(
        "organisations",
        "organisations",
        locale.text("report-recipients"),
        &model,
        user.caller.organisation(),
        kind,
        Phase::parse_id(&form.phase)
            .ok()
            .or_else(|| phase_on(&model, state.today())),
        &[],
        &form.organisations,
    )
    .refreshed_from("/disinformation", &["#threat_kind", "#phase"])
    .speaking(locale);
    Ok(ListPage {
        chrome: Chrome::of(user, "disinformation"),
        rows,
        total: page.total,
        q: query.q.clone().unwrap_or_default(),
        statuses: choices_in::<DisinformationStatus>(
            locale,
            query.status.as_deref().unwrap_or_default(),
        ),
        older: crate::shared_items::next_page_query(&query_string, page.next.as_ref()),
        query_string,
        error,
        can_report: user.caller.may(Action::Report),
        threats: claim_kinds()
            .iter()
            .map(|t| Choice {
                id: t.id().to_owned(),
                label: locale.label(*t),
                selected: t.id() == form.threat_kind,
            })
            .collect(),
        phases: choices_in::<Phase>(locale, &form.phase),
        current_phase: phase_on(&model, state.today())
            .map(|p| locale.label(p))
            .unwrap_or_else(|| locale.text("report-phase-not-known")),
        organisations,
        levels: level_choices(&form.tlp)
            .into_iter()
            .map(|(id, marking, _, checked)| {
                let description = TlpLevel::parse(&id)
                    .map(|l| locale.tlp_description(l))
                    .unwrap_or_default();
                (id, marking, description, checked)
            })
            .collect(),
        form,
        form_error,
    })
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<ListQuery>,
    Query(fields): Query<Vec<(String, String)>>,
    uri: axum::http::Uri,
) -> Result<Response, PageError> {
    // The report form takes its kind, phase and recipients from the query, as the picker asks
    // for the page again when they change so that its suggestions follow them.
    let form = ClaimForm::from_fields(&fields);
    let page = list_page(
        &state,
        &user,
        &query,
        uri.query().unwrap_or_default().to_owned(),
        form,
        None,
    )
    .await?;
    Ok(html(page)?.into_response())
}

async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    super::require(&user.caller, Action::Report)?;
    let form = ClaimForm::from_fields(&fields);
    let outcome = match form.to_input().and_then(NewDisinformation::into_report) {
        Ok(mut report) => match resolve_incidents(&state, &user.caller, &mut report).await {
            Ok(()) => Reported::of(
                state
                    .store
                    .report_disinformation(&user.caller, report, &state.config.public_url)
                    .await,
            )?,
            Err(ApiError::Invalid(message)) => Reported::Refused(message),
            Err(other) => return Err(PageError::from(other)),
        },
        Err(message) => Reported::Refused(message),
    };
    let query = ListQuery::default();
    outcome
        .answer(&state, |message| {
            list_page(&state, &user, &query, String::new(), form, Some(message))
        })
        .await
}

struct RoutedView {
    organisation: Named,
    role: String,
    withheld: bool,
}

#[derive(Template)]
#[template(path = "disinformation.html")]
struct DetailPage {
    chrome: Chrome,
    d: DisinformationDetail,
    source: Named,
    /// Whom the source named, in words.
    named: String,
    timeline: Vec<TimelineView>,
    reference: String,
    tlp: &'static str,
    tlp_class: &'static str,
    tlp_description: String,
    status: String,
    threat: String,
    phase: String,
    created_at: String,
    first_seen_at: String,
    reach: String,
    routed: Vec<RoutedView>,
    rectifications: Vec<RectificationView>,
    can_handle: bool,
    can_comment: bool,
    can_reshare: bool,
    statuses: Vec<Choice>,
    outcomes: Vec<Choice>,
    reshare: ReshareForm,
}

struct RectificationView {
    id: String,
    platform: String,
    reference: String,
    sent_at: String,
    acknowledged: String,
    acted_on: String,
    outcome: String,
    notes: String,
    acknowledgement_time: String,
    response_time: String,
}

async fn detail(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let d = state
        .store
        .item_detail::<DisinformationItem>(&user.caller, &id)
        .await?;
    let i = &d.item;
    let names = user.names();
    let locale = user.locale;
    let named = super::item_work::named_recipients_in(&state, &names, &i.sharing(), locale).await?;
    let page = DetailPage {
        chrome: Chrome::of(&user, "disinformation"),
        reference: i.reference(),
        tlp: i.tlp.marking(),
        tlp_class: tlp_class(i.tlp),
        tlp_description: locale.tlp_description(i.tlp),
        status: locale.label(i.status),
        threat: locale.label(i.threat_kind),
        phase: i
            .phase
            .map(|p| locale.label(p))
            .unwrap_or_else(|| locale.text("report-phase-not-known")),
        created_at: locale.when(&i.created_at),
        source: names.organisation(&i.source_organisation),
        named,
        first_seen_at: i
            .first_seen_at
            .as_deref()
            .map(|t| locale.when(t))
            .unwrap_or_default(),
        reach: i.reach.map(|r| r.to_string()).unwrap_or_default(),
        routed: i
            .routed
            .iter()
            .map(|r| RoutedView {
                organisation: names.organisation(&r.organisation),
                role: locale.label_in_sentence(r.role),
                withheld: r.withheld,
            })
            .collect(),
        rectifications: d
            .rectifications
            .iter()
            .map(|r| RectificationView {
                id: r.id.clone(),
                platform: r.platform.clone(),
                reference: r.reference.clone().unwrap_or_default(),
                sent_at: locale.when(&r.sent_at),
                acknowledged: r
                    .acknowledged_at
                    .as_deref()
                    .map(|t| locale.when(t))
                    .unwrap_or_default(),
                acted_on: r
                    .acted_on_at
                    .as_deref()
                    .map(|t| locale.when(t))
                    .unwrap_or_default(),
                outcome: r.outcome.map(|o| locale.label(o)).unwrap_or_default(),
                notes: r.notes.clone().unwrap_or_default(),
                acknowledgement_time: r.acknowledgement_time.clone().unwrap_or_default(),
                response_time: r.response_time.clone().unwrap_or_default(),
            })
            .collect(),
        timeline: TimelineView::in_language(&d.timeline, &names, locale),
        can_handle: d.may.handle,
        can_comment: d.may.comment,
        can_reshare: d.may.reshare,
        statuses: choices_in::<DisinformationStatus>(locale, i.status.id()),
        outcomes: choices_in::<RectificationOutcome>(locale, ""),
        reshare: ReshareForm::of(i, user.model.as_deref(), i.threat_kind, i.phase, &[])
            .speaking(user.locale),
        d: d.clone(),
    };
    Ok(html(page)?.into_response())
}
