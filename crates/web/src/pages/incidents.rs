//! Incident pages: the live list, the report form, an incident with its timeline and the work
//! on it, attachments, and the escalation protocols. Every read goes through the store's
//! audience join with the viewer's principals.

use super::html;
use super::item_work::Reported;
use crate::AppState;
use crate::error::PageError;
use crate::incidents::{ListQuery, NewIncident, observables_from_lines};
use crate::picker::Picker;
use crate::session::CurrentUser;
use crate::shared_items::{ReshareForm, form_recipients, form_time, level_choices};
use crate::views::{Chrome, Named, Names};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Form, Router};
use liaison_domain::access::{Action, RecordKind};
use liaison_domain::catalogue::{
    CatalogueEntry, IncidentSeverity, IncidentStatus, Phase, ThreatFamily, ThreatKind,
};
use liaison_domain::incident::phase_on;
use liaison_domain::sharing::TlpLevel;
use liaison_locale::{Arg, Locale};
use liaison_store::{Incident, IncidentDetail, SharedItem};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/incidents", get(list).post(create))
        .route("/incidents/new", get(new_form))
        .route("/incidents/{id}", get(detail))
        .route("/escalations", get(escalations))
        .merge(super::item_work::routes::<Incident>())
}

/// A choice in a select list.
pub(crate) struct Choice {
    pub id: String,
    pub label: String,
    pub selected: bool,
}

/// The entries of a catalogue list as choices in the reader's language, `selected` chosen.
pub(crate) fn choices_in<T: CatalogueEntry>(locale: Locale, selected: &str) -> Vec<Choice> {
    T::ALL
        .iter()
        .map(|e| Choice {
            id: e.id().to_owned(),
            label: locale.label(*e),
            selected: e.id() == selected,
        })
        .collect()
}

/// One row of the list.
struct Row {
    id: String,
    reference: String,
    /// The reader's organisation is asked to acknowledge it and has not.
    awaits_you: bool,
    title: String,
    severity: &'static str,
    severity_label: String,
    status: String,
    tlp: &'static str,
    tlp_class: &'static str,
    threat: String,
    source: String,
    reported_at: String,
}

pub(crate) fn tlp_class(tlp: TlpLevel) -> &'static str {
    match tlp {
        TlpLevel::Clear => "tlp-clear",
        TlpLevel::Green => "tlp-green",
        TlpLevel::Amber | TlpLevel::AmberStrict => "tlp-amber",
        TlpLevel::Red => "tlp-red",
    }
}

#[derive(Template)]
#[template(path = "incidents.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    /// How many of the rows wait for the reader's acknowledgement.
    awaiting: usize,
    total: i64,
    open: i64,
    unacknowledged: i64,
    /// Open incidents by severity: its id, its label, how many.
    by_severity: Vec<(String, String, i64)>,
    q: String,
    statuses: Vec<Choice>,
    severities: Vec<Choice>,
    open_only: bool,
    can_report: bool,
    query_string: String,
    /// The query of the next, older page, when there is one.
    older: Option<String>,
    error: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<ListQuery>,
    uri: axum::http::Uri,
) -> Result<Response, PageError> {
    let (filter, error) = super::item_work::list_filter::<Incident>(&query)?;
    let page = state.store.items::<Incident>(&user.caller, &filter).await?;
    let counts = state.store.incident_counts(&user.caller).await?;
    let names = user.names();
    let locale = user.locale;
    let ids: Vec<String> = page.items.iter().map(|i| i.id.clone()).collect();
    let awaiting = state
        .store
        .awaiting_acknowledgement(&user.caller, &ids)
        .await?;
    let rows: Vec<Row> = page
        .items
        .iter()
        .map(|i| Row {
            id: i.id.clone(),
            reference: i.reference(),
            awaits_you: awaiting.contains(&i.id),
            title: i.title.clone(),
            severity: i.severity.id(),
            severity_label: locale.label(i.severity),
            status: locale.label(i.status),
            tlp: i.tlp.marking(),
            tlp_class: tlp_class(i.tlp),
            threat: locale.label(i.threat_kind),
            source: names.organisation(&i.source_organisation).name,
            reported_at: locale.when(&i.reported_at),
        })
        .collect();
    Ok(html(ListPage {
        chrome: Chrome::of(&user, "incidents"),
        awaiting: rows.iter().filter(|r| r.awaits_you).count(),
        rows,
        total: page.total,
        open: counts.open,
        unacknowledged: counts.unacknowledged,
        by_severity: counts
            .open_by_severity
            .into_iter()
            .map(|(id, count)| {
                let label = IncidentSeverity::from_id(&id)
                    .map(|s| locale.label(s))
                    .unwrap_or_else(|| id.clone());
                (id, label, count)
            })
            .collect(),
        q: query.q.clone().unwrap_or_default(),
        statuses: choices_in::<IncidentStatus>(locale, query.status.as_deref().unwrap_or_default()),
        severities: choices_in::<IncidentSeverity>(
            locale,
            query.min_severity.as_deref().unwrap_or_default(),
        ),
        open_only: filter.open_only,
        can_report: user.caller.may(Action::Report),
        query_string: uri.query().unwrap_or_default().to_owned(),
        older: crate::shared_items::next_page_query(
            uri.query().unwrap_or_default(),
            page.next.as_ref(),
        ),
        error,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "incident_new.html")]
struct NewPage {
    chrome: Chrome,
    error: Option<String>,
    form: ReportForm,
    threats: Vec<(String, Vec<Choice>)>,
    severities: Vec<Choice>,
    phases: Vec<Choice>,
    current_phase: String,
    assets: Picker,
    organisations: Picker,
    levels: Vec<(String, String, String, bool)>,
}

/// The report form as submitted, kept to show it again with an error.
#[derive(Debug, Default, Clone)]
struct ReportForm {
    title: String,
    description: String,
    threat_kind: String,
    severity: String,
    phase: String,
    assets: Vec<String>,
    tlp: String,
    organisations: Vec<String>,
    people: String,
    observers: bool,
    observed_at: String,
    observables: String,
}

impl ReportForm {
    fn from_fields(fields: &[(String, String)]) -> ReportForm {
        let mut form = ReportForm::default();
        for (key, value) in fields {
            match key.as_str() {
                "title" => form.title = value.clone(),
                "description" => form.description = value.clone(),
                "threat_kind" => form.threat_kind = value.clone(),
                "severity" => form.severity = value.clone(),
                "phase" => form.phase = value.clone(),
                "assets" => form.assets.push(value.clone()),
                "tlp" => form.tlp = value.clone(),
                "organisations" => form.organisations.push(value.clone()),
                "people" => form.people = value.clone(),
                "observers" => form.observers = value == "on",
                "observed_at" => form.observed_at = value.clone(),
                "observables" => form.observables = value.clone(),
                _ => {}
            }
        }
        form
    }

    fn to_input(&self, locale: Locale) -> Result<NewIncident, String> {
        let recipients = form_recipients(&self.tlp, &self.people, &self.organisations);
        let observed_at = form_time(&self.observed_at);
        Ok(NewIncident {
            title: self.title.clone(),
            description: self.description.clone(),
            threat_kind: self.threat_kind.clone(),
            severity: self.severity.clone(),
            tlp: Some(self.tlp.clone()),
            recipients,
            observables: observables_from_lines(locale, &self.observables)?,
            phase: Some(self.phase.clone()),
            assets: self.assets.clone(),
            observed_at,
            share_with_observers: self.observers,
        })
    }
}

async fn new_page(
    state: &AppState,
    user: &CurrentUser,
    form: ReportForm,
    error: Option<String>,
) -> Result<NewPage, PageError> {
    let (_, model) = state.store.model(user.audiences()).await?;
    let current = phase_on(&model, state.today());
    let threats = [
        ThreatFamily::TechnologyAttack,
        ThreatFamily::ProcessDisinformation,
    ]
    .into_iter()
    .map(|family| {
        let group = ThreatKind::ALL
            .iter()
            .filter(|t| t.family() == family)
            .map(|t| Choice {
                id: t.id().to_owned(),
                label: user.locale.label(*t),
                selected: t.id() == form.threat_kind,
            })
            .collect();
        (user.locale.label(family), group)
    })
    .collect();
    let locale = user.locale;
    let assets = Picker::new(
        "assets",
        "assets",
        locale.text("report-affected-systems"),
        model
            .assets
            .items()
            .iter()
            .map(|a| (a.key.clone(), a.name.clone())),
        &form.assets,
    )
    .speaking(locale);
    // The matrix's suggestions follow the kind, the phase (today's when none is chosen) and
    // the systems the form names.
    let organisations = Picker::recipients(
        "organisations",
        "organisations",
        locale.text("report-recipients"),
        &model,
        user.caller.viewer().organisation.as_deref(),
        ThreatKind::parse_id(&form.threat_kind).ok(),
        Phase::parse_id(&form.phase).ok().or(current),
        &form.assets,
        &form.organisations,
    )
    .refreshed_from(
        "/incidents/new",
        &["#threat_kind", "#phase", "[name=assets]"],
    )
    .speaking(locale);
    Ok(NewPage {
        chrome: Chrome::of(user, "incidents"),
        error,
        threats,
        severities: choices_in::<IncidentSeverity>(
            locale,
            if form.severity.is_empty() {
                "medium"
            } else {
                &form.severity
            },
        ),
        phases: choices_in::<Phase>(locale, &form.phase),
        current_phase: current
            .map(|p| locale.label(p))
            .unwrap_or_else(|| locale.text("report-phase-not-known")),
        assets,
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
    })
}

/// The report form, filled in with what the query gives (as the picker asks for it again when
/// the kind or phase changes, so that the suggestions follow them).
async fn new_form(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(fields): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    super::require(&user.caller, Action::Report)?;
    let form = ReportForm::from_fields(&fields);
    Ok(html(new_page(&state, &user, form, None).await?)?.into_response())
}

async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    super::require(&user.caller, Action::Report)?;
    let form = ReportForm::from_fields(&fields);
    let outcome = match form
        .to_input(user.locale)
        .and_then(NewIncident::into_report)
    {
        Ok(report) => Reported::of(
            state
                .store
                .report_incident(&user.caller, report, &state.config.public_url)
                .await,
        )?,
        Err(message) => Reported::Refused(message),
    };
    outcome
        .answer(&state, |message| {
            new_page(&state, &user, form, Some(message))
        })
        .await
}

struct AssignmentView {
    organisation: Named,
    role: String,
    withheld: bool,
    alerted_at: String,
    acknowledged: String,
}

/// One line of an item's history, as pages show it (`timeline.html`).
pub(crate) struct TimelineView {
    pub(crate) at: String,
    pub(crate) who: String,
    pub(crate) kind: String,
    pub(crate) text: String,
}

impl TimelineView {
    /// The history in the reader's language: the time, who, what kind of change and what
    /// happened (a person's own note as they wrote it).
    pub(crate) fn in_language(
        timeline: &[liaison_store::TimelineEntry],
        names: &Names,
        locale: Locale,
    ) -> Vec<TimelineView> {
        timeline
            .iter()
            .map(|t| TimelineView {
                at: locale.when(&t.at),
                who: match &t.organisation {
                    Some(key) => names.organisation(key).name,
                    None => locale.text("timeline-platform"),
                },
                kind: timeline_kind(locale, &t.kind),
                text: t.text_in(locale),
            })
            .collect()
    }
}

/// A kind of timeline entry (`status`, `escalation_stopped`…) as people read it; a kind the
/// catalogue does not know shows as it is stored, its underscores as spaces.
fn timeline_kind(locale: Locale, kind: &str) -> String {
    let key = format!("timeline-kind-{}", kind.replace('_', "-"));
    if locale.has(&key) {
        locale.text(&key)
    } else {
        kind.replace('_', " ")
    }
}

/// A sentence with a link in it, as the words before and after the link: the message `key`
/// with `link` standing for the link, so that each language puts it where its grammar wants.
pub(crate) fn around_link(
    locale: Locale,
    key: &str,
    (name, value): (&str, String),
    link: &str,
) -> (String, String) {
    const MARK: &str = "\u{1}link\u{1}";
    let text = locale.text_with(
        key,
        &[(name, Arg::from(value)), (link, Arg::from(MARK.to_owned()))],
    );
    match text.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (text, String::new()),
    }
}

/// Why an organisation is on an incident, as people read it.
#[derive(Template)]
#[template(path = "incident.html")]
struct DetailPage {
    chrome: Chrome,
    d: IncidentDetail,
    source: Named,
    /// Whom the source named, in words.
    named: String,
    systems: Vec<Named>,
    reference: String,
    tlp: &'static str,
    tlp_class: &'static str,
    tlp_description: String,
    severity: &'static str,
    severity_label: String,
    status: String,
    threat: String,
    phase: String,
    /// "<time> by <source>": the words before and after the source's link.
    reported: (String, String),
    assignments: Vec<AssignmentView>,
    /// Nobody is accountable for the incident in the matrix.
    gap: Option<String>,
    timeline: Vec<TimelineView>,
    can_acknowledge: bool,
    can_handle: bool,
    can_comment: bool,
    can_reshare: bool,
    next_statuses: Vec<Choice>,
    severities: Vec<Choice>,
    reshare: ReshareForm,
    duplicate_of: Option<String>,
}

async fn detail(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let d = state
        .store
        .item_detail::<Incident>(&user.caller, &id)
        .await?;
    let i = &d.incident;
    let names = user.names();
    let locale = user.locale;
    let named = super::item_work::named_recipients_in(&state, &names, &i.sharing(), locale).await?;
    let duplicate_of = d.original.as_ref().map(|o| format!("INC-{}", o.number));
    let page = DetailPage {
        chrome: Chrome::of(&user, "incidents"),
        reference: i.reference(),
        tlp: i.tlp.marking(),
        tlp_class: tlp_class(i.tlp),
        tlp_description: locale.tlp_description(i.tlp),
        severity: i.severity.id(),
        severity_label: locale.label(i.severity),
        status: locale.label(i.status),
        threat: locale.label(i.threat_kind),
        phase: i
            .phase
            .map(|p| locale.label(p))
            .unwrap_or_else(|| locale.text("incident-phase-unknown")),
        reported: around_link(
            locale,
            "incident-reported-at-by",
            ("at", locale.when(&i.reported_at)),
            "source",
        ),
        source: names.organisation(&i.source_organisation),
        named,
        systems: i.assets.iter().map(|a| names.asset(a)).collect(),
        assignments: d
            .assignments
            .iter()
            .map(|a| AssignmentView {
                organisation: names.organisation(&a.organisation),
                role: locale.assignment_role(a.role),
                withheld: a.withheld,
                alerted_at: a
                    .alerted_at
                    .as_deref()
                    .map(|at| locale.when(at))
                    .unwrap_or_default(),
                acknowledged: a
                    .acknowledged_at
                    .as_deref()
                    .map(|at| locale.when(at))
                    .unwrap_or_default(),
            })
            .collect(),
        gap: i
            .gap
            .as_ref()
            .map(|_| locale.message(&liaison_store::gap_message(i.threat_kind, i.phase))),
        timeline: TimelineView::in_language(&d.timeline, &names, locale),
        can_acknowledge: d.may.acknowledge,
        can_handle: d.may.handle,
        can_comment: d.may.comment,
        can_reshare: d.may.reshare,
        next_statuses: IncidentStatus::ALL
            .iter()
            .filter(|s| **s != i.status && **s != IncidentStatus::Reported)
            .map(|s| Choice {
                id: s.id().to_owned(),
                label: locale.label(*s),
                selected: false,
            })
            .collect(),
        severities: choices_in::<IncidentSeverity>(locale, i.severity.id()),
        reshare: ReshareForm::of(i, user.model.as_deref(), i.threat_kind, i.phase, &i.assets)
            .speaking(user.locale),
        duplicate_of,
        d: d.clone(),
    };
    Ok(html(page)?.into_response())
}

struct ProtocolView {
    key: String,
    name: String,
    severity: String,
    threats: String,
    phases: String,
    targets: Vec<(String, u32)>,
    acknowledge: u32,
    notes: String,
}

#[derive(Template)]
#[template(path = "escalations.html")]
struct EscalationsPage {
    chrome: Chrome,
    protocols: Vec<ProtocolView>,
    known: bool,
    can_edit: bool,
}

async fn escalations(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Response, PageError> {
    let (_, model) = state.store.model(user.audiences()).await?;
    let locale = user.locale;
    let separator = locale.text("list-separator");
    let all_or = |count: usize, total: usize, list: String| {
        if count == total {
            locale.text("escalations-all")
        } else {
            list
        }
    };
    let protocols = model
        .escalation_protocols
        .items()
        .iter()
        .map(|p| ProtocolView {
            key: p.key.clone(),
            name: p.name.clone(),
            severity: locale.label(p.min_severity),
            threats: all_or(
                p.threats.len(),
                ThreatKind::ALL.len(),
                p.threats
                    .iter()
                    .map(|t| locale.label(t))
                    .collect::<Vec<_>>()
                    .join(&separator),
            ),
            phases: all_or(
                p.phases.len(),
                Phase::ALL.len(),
                p.phases
                    .iter()
                    .map(|t| locale.label(t))
                    .collect::<Vec<_>>()
                    .join(&separator),
            ),
            targets: p
                .targets
                .iter()
                .map(|t| {
                    (
                        model.organisation(t.organisation).name.clone(),
                        t.within_minutes,
                    )
                })
                .collect(),
            acknowledge: p.acknowledge_within_minutes,
            notes: p.notes.clone().unwrap_or_default(),
        })
        .collect();
    Ok(html(EscalationsPage {
        chrome: Chrome::of(&user, "incidents"),
        protocols,
        known: model.escalation_protocols.known().is_some(),
        can_edit: user.caller.may(Action::EditRecord {
            kind: RecordKind::EscalationProtocol,
            owner: None,
        }),
    })?
    .into_response())
}
