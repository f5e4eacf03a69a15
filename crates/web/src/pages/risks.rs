//! The joint risk register: the heat map and the list with each agency's view, a risk with its
//! history, and the measures with the overdue ones first. For members; observers get 403.

use super::incidents::{Choice, choices_in};
use super::{html, require, required};
use crate::AppState;
use crate::error::PageError;
use crate::picker::Picker;
use crate::risks::{
    RegisterWindow, RiskQuery, csv_response, parse_date, register_csv, register_page,
};
use crate::session::CurrentUser;
use crate::shared_items::{next_page_query, window};
use crate::views::{Chrome, Named, Names};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use liaison_domain::access::Action;
use liaison_domain::catalogue::{
    CatalogueEntry, MeasureStatus, MitigationFamily, Phase, RiskStatus, RiskTreatment, ThreatKind,
};
use liaison_locale::Locale;
use liaison_store::{Measure, MeasureCursor, NewAssessment, NewMeasure, Risk, RiskHandling};
use std::collections::BTreeMap;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/risks", get(register))
        .route("/risks.csv", get(export))
        .route("/risks/seed", post(seed))
        .route("/risks/{id}", get(detail))
        .route("/risks/{id}/work", post(work))
        .route("/measures", get(measures).post(add_measure))
        .route("/measures/{id}", post(update_measure))
}

/// One cell of the heat map: likelihood across, impact up.
pub(crate) struct HeatCell {
    pub x: u32,
    pub y: u32,
    pub count: usize,
    pub band: &'static str,
    pub label: String,
    /// The register filtered to the cell's risks.
    pub href: String,
}

/// The 5 × 5 heat map of the joint views, as cells for the SVG template; `cells` counts the
/// risks of each (likelihood, impact).
pub(crate) fn heat_map(cells: &BTreeMap<(u8, u8), usize>) -> Vec<HeatCell> {
    let mut map = Vec::with_capacity(25);
    for impact in 1..=5u8 {
        for likelihood in 1..=5u8 {
            let count = cells.get(&(likelihood, impact)).copied().unwrap_or(0);
            map.push(HeatCell {
                x: u32::from(likelihood - 1) * 56 + 40,
                y: u32::from(5 - impact) * 40 + 8,
                count,
                band: liaison_domain::risk::RiskBand::of(likelihood * impact).id(),
                label: format!(
                    "{count} risk{} of likelihood {likelihood} and impact {impact}",
                    if count == 1 { "" } else { "s" }
                ),
                href: format!("/risks?likelihood={likelihood}&impact={impact}"),
            });
        }
    }
    map
}

/// A row of the register.
struct RiskRow {
    id: String,
    reference: String,
    threat: String,
    asset: Named,
    phase: String,
    owner: Option<Named>,
    score: u8,
    band: &'static str,
    residual: String,
    /// The joint score in the last earlier election that assessed the same risk.
    previous: String,
    views: Vec<(String, u8)>,
    disagreement: bool,
    status: String,
    next_review: String,
    measures: Vec<(String, bool)>,
}

fn row(r: &Risk, names: &Names, locale: Locale) -> RiskRow {
    RiskRow {
        id: r.id.clone(),
        reference: r.reference(),
        threat: locale.label(r.threat_kind),
        asset: names.asset(&r.asset),
        phase: locale.label(r.phase),
        owner: r.owner.as_deref().map(|o| names.organisation(o)),
        score: r.score(),
        band: r
            .consensus
            .as_ref()
            .map_or("info", |c| c.inherent.band().id()),
        residual: r
            .consensus
            .as_ref()
            .and_then(|c| c.residual)
            .map(|e| e.score().to_string())
            .unwrap_or_default(),
        previous: r
            .previous
            .as_ref()
            .map(|p| {
                locale.text_with(
                    "risk-previous",
                    &[
                        ("score", p.score.into()),
                        ("election", p.election.as_str().into()),
                    ],
                )
            })
            .unwrap_or_default(),
        views: r
            .assessments
            .iter()
            .map(|a| (names.organisation(&a.organisation).name, a.score))
            .collect(),
        disagreement: r.consensus.as_ref().is_some_and(|c| c.disagreement),
        status: locale.label(r.status),
        next_review: r.next_review.clone().unwrap_or_default(),
        measures: r
            .measures
            .iter()
            .map(|m| (format!("M-{}", m.number), m.overdue))
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "risks.html")]
struct RegisterPage {
    chrome: Chrome,
    election: String,
    rows: Vec<RiskRow>,
    cells: Vec<HeatCell>,
    assessed: usize,
    disagreements: usize,
    threats: Vec<Choice>,
    phases: Vec<Choice>,
    statuses: Vec<Choice>,
    sort: String,
    disagreement_only: bool,
    query_string: String,
    /// The cell of the heat map the list is filtered to: (likelihood, impact).
    cell: Option<(u8, u8)>,
    error: Option<String>,
    can_manage: bool,
    /// Every risk the filters keep; `rows` is one page of them.
    total: usize,
    /// The first and last row shown, counted from 1.
    shown: (usize, usize),
    /// Links to the first and the next page, keeping the filters.
    first_page: Option<String>,
    next_page: Option<String>,
}

/// Rows on one page of the register: the list stays readable on a phone.
const PAGE_SIZE: u32 = 50;

async fn register(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<RiskQuery>,
    Query(paging): Query<RegisterWindow>,
    uri: axum::http::Uri,
) -> Result<Response, PageError> {
    require(&user.caller, Action::ReadRiskRegister)?;
    let ((filter, order), mut error) = match query.filter() {
        Ok(parts) => (parts, None),
        Err(e) => (
            RiskQuery::default()
                .filter()
                .map_err(PageError::BadRequest)?,
            Some(e),
        ),
    };
    let after = paging.place(PAGE_SIZE).map_or_else(
        |_| {
            error = Some(user.locale.text("risks-page-unknown"));
            None
        },
        |(_, after)| after,
    );
    // One page of the rows, from where the link says; the heat map and the counts are of
    // every risk the filters keep, counted by the database.
    let (page, next) = register_page(
        &state,
        &user.caller,
        (&filter, order),
        PAGE_SIZE,
        after.as_ref(),
    )
    .await?;
    let summary = state.store.risk_summary(&user.caller, &filter).await?;
    let (_, model) = state.store.model(user.audiences()).await?;
    let names = user.names();
    let query_string = uri.query().unwrap_or_default().to_owned();
    let base = without_after(&query_string);
    let first = after.as_ref().map_or(0, |a| a.before);
    Ok(html(RegisterPage {
        total: summary.total,
        shown: (
            first.saturating_add(1).min(summary.total),
            first.saturating_add(page.risks.len()).min(summary.total),
        ),
        first_page: after.is_some().then(|| {
            if base.is_empty() {
                "/risks".to_owned()
            } else {
                format!("/risks?{base}")
            }
        }),
        next_page: next_page_query(&query_string, next.as_ref()).map(|q| format!("/risks?{q}")),
        chrome: Chrome::of(&user, "risks"),
        election: model
            .election
            .as_ref()
            .map(|e| e.name.clone())
            .unwrap_or_default(),
        cells: heat_map(&summary.cells),
        assessed: summary.assessed,
        disagreements: summary.disagreements,
        rows: page
            .risks
            .iter()
            .map(|r| row(r, &names, user.locale))
            .collect(),
        threats: choices_in::<ThreatKind>(
            user.locale,
            query.threat_kind.as_deref().unwrap_or_default(),
        ),
        phases: choices_in::<Phase>(user.locale, query.phase.as_deref().unwrap_or_default()),
        statuses: choices_in::<RiskStatus>(
            user.locale,
            query.status.as_deref().unwrap_or_default(),
        ),
        sort: query.sort.clone().unwrap_or_else(|| "score".to_owned()),
        disagreement_only: filter.disagreement_only,
        cell: filter.likelihood.zip(filter.impact),
        query_string: base,
        error,
        can_manage: user.caller.may(Action::ManageRiskRegister),
    })?
    .into_response())
}

/// The query string without its place in the register: the filters and the order.
fn without_after(query: &str) -> String {
    query
        .split('&')
        .filter(|pair| {
            !pair.is_empty() && !pair.starts_with("after=") && !pair.starts_with("page=")
        })
        .collect::<Vec<_>>()
        .join("&")
}

async fn export(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<RiskQuery>,
) -> Result<Response, PageError> {
    let (filter, order) = query.filter().map_err(PageError::BadRequest)?;
    let risks = state.store.risks(&user.caller, &filter, order).await?;
    let bytes =
        register_csv(&risks, &user.names()).map_err(|e| PageError::Internal(e.to_string()))?;
    Ok(csv_response(bytes))
}

async fn seed(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    state.store.seed_risks(&user.caller).await?;
    Ok(Redirect::to("/risks").into_response())
}

struct HistoryRow {
    at: String,
    organisation: String,
    inherent: String,
    residual: String,
    rationale: String,
}

#[derive(Template)]
#[template(path = "risk.html")]
struct DetailPage {
    chrome: Chrome,
    r: RiskRow,
    risk: Risk,
    /// The organisations that assessed it, by name, in the order of its assessments.
    assessors: Vec<String>,
    history: Vec<HistoryRow>,
    likelihoods: Vec<(u8, String, String)>,
    impacts: Vec<(u8, String, String)>,
    /// The treatment, as the reader's language names it.
    treatment: String,
    /// The measures answering it, one line each, and whether each is overdue.
    measure_lines: Vec<(String, bool)>,
    can_assess: bool,
    can_manage: bool,
    treatments: Vec<Choice>,
    statuses: Vec<Choice>,
    organisations: Vec<Choice>,
}

/// A 1–5 scale (`likelihood` or `impact`) with each step's label and meaning.
fn scale(locale: Locale, name: &str) -> Vec<(u8, String, String)> {
    (1..=5u8)
        .map(|n| {
            (
                n,
                locale.text(&format!("risk-{name}-{n}")),
                locale.text(&format!("risk-{name}-{n}.meaning")),
            )
        })
        .collect()
}

async fn detail(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let risk = state.store.risk(&user.caller, &id).await?;
    let history = state.store.risk_history(&user.caller, &id).await?;
    let (_, model) = state.store.model(user.audiences()).await?;
    let names = user.names();
    let locale = user.locale;
    let estimate = |l: u8, i: u8| {
        locale.text_with(
            "risk-estimate",
            &[
                ("score", (l * i).into()),
                ("likelihood", l.into()),
                ("impact", i.into()),
                (
                    "likelihood_label",
                    locale.text(&format!("risk-likelihood-{l}")).into(),
                ),
                (
                    "impact_label",
                    locale.text(&format!("risk-impact-{i}")).into(),
                ),
            ],
        )
    };
    Ok(html(DetailPage {
        chrome: Chrome::of(&user, "risks"),
        r: row(&risk, &names, locale),
        assessors: risk
            .assessments
            .iter()
            .map(|a| names.organisation(&a.organisation).name)
            .collect(),
        history: history
            .iter()
            .rev()
            .map(|a| HistoryRow {
                at: locale.when(&a.assessed_at),
                organisation: names.organisation(&a.organisation).name,
                inherent: estimate(a.likelihood, a.impact),
                residual: a
                    .residual_likelihood
                    .zip(a.residual_impact)
                    .map(|(l, i)| estimate(l, i))
                    .unwrap_or_default(),
                rationale: a.rationale.clone().unwrap_or_default(),
            })
            .collect(),
        likelihoods: scale(locale, "likelihood"),
        impacts: scale(locale, "impact"),
        can_assess: user.caller.may(Action::AssessRisk),
        can_manage: user.caller.may(Action::ManageRiskRegister),
        treatments: choices_in::<RiskTreatment>(locale, risk.treatment.id()),
        statuses: choices_in::<RiskStatus>(locale, risk.status.id()),
        treatment: locale.label(risk.treatment),
        measure_lines: risk
            .measures
            .iter()
            .map(|m| {
                let args = [
                    ("number", liaison_locale::Arg::from(m.number)),
                    ("title", m.title.as_str().into()),
                    ("status", locale.label(m.status).into()),
                    (
                        "due",
                        m.due_on
                            .as_deref()
                            .map(|d| locale.when(d))
                            .unwrap_or_default()
                            .into(),
                    ),
                ];
                let key = if m.due_on.is_some() {
                    "risk-measure-due"
                } else {
                    "risk-measure"
                };
                (locale.text_with(key, &args), m.overdue)
            })
            .collect(),
        organisations: model
            .organisations
            .iter()
            .map(|o| Choice {
                id: o.key.clone(),
                label: o.name.clone(),
                selected: risk.owner.as_deref() == Some(o.key.as_str()),
            })
            .collect(),
        risk,
    })?
    .into_response())
}

fn number(name: &str, value: &str) -> Result<Option<i64>, PageError> {
    match value.trim() {
        "" => Ok(None),
        v => v
            .parse::<i64>()
            .map(Some)
            .map_err(|_| PageError::BadRequest(format!("'{name}' is a number from 1 to 5."))),
    }
}

async fn work(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let get = |name: &str| super::form_value(&fields, name);
    let bad = |m: String| PageError::BadRequest(m);
    match get("action").as_str() {
        "assess" => {
            let required_number = |name: &str| {
                number(name, &get(name))?.ok_or_else(|| bad(format!("Choose a {name}.")))
            };
            state
                .store
                .assess_risk(
                    &user.caller,
                    &id,
                    NewAssessment {
                        likelihood: required_number("likelihood")?,
                        impact: required_number("impact")?,
                        residual_likelihood: number(
                            "residual likelihood",
                            &get("residual_likelihood"),
                        )?,
                        residual_impact: number("residual impact", &get("residual_impact"))?,
                        rationale: Some(get("rationale")),
                    },
                )
                .await?;
        }
        "handle" => {
            let owner = get("owner");
            state
                .store
                .handle_risk(
                    &user.caller,
                    &id,
                    super::form_version(&get("version"))?,
                    RiskHandling {
                        owner: Some(owner).filter(|o| !o.trim().is_empty()),
                        treatment: RiskTreatment::parse_id(&get("treatment"))
                            .map_err(|e| bad(e.to_string()))?,
                        status: RiskStatus::parse_id(&get("status"))
                            .map_err(|e| bad(e.to_string()))?,
                        next_review: parse_date("next review", Some(&get("next_review")))
                            .map_err(bad)?,
                        notes: Some(get("notes")),
                    },
                )
                .await?;
        }
        _ => return Err(bad("Unknown action.".to_owned())),
    }
    Ok(Redirect::to(&format!("/risks/{id}")).into_response())
}

struct MeasureRow {
    id: String,
    reference: String,
    family: String,
    title: String,
    owner: String,
    due_on: String,
    status: String,
    overdue: bool,
    risks: usize,
    version: i64,
    can_update: bool,
    next: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "measures.html")]
struct MeasuresPage {
    chrome: Chrome,
    /// One page of the measures, the overdue ones first.
    rows: Vec<MeasureRow>,
    /// Of every measure, not only this page.
    overdue: usize,
    error: Option<String>,
    first_page: Option<String>,
    next_page: Option<String>,
    can_manage: bool,
    families: Vec<Choice>,
    organisations: Vec<Choice>,
    risks: Picker,
}

fn measure_row(user: &CurrentUser, names: &Names, m: &Measure) -> MeasureRow {
    let locale = user.locale;
    MeasureRow {
        id: m.id.clone(),
        reference: format!("M-{}", m.number),
        family: locale.label(m.family),
        title: m.title.clone(),
        owner: names.organisation(&m.owner).name,
        due_on: m
            .due_on
            .as_deref()
            .map(|d| locale.when(d))
            .unwrap_or_default(),
        status: locale.label(m.status),
        overdue: m.overdue,
        risks: m.risks.len(),
        version: m.version,
        can_update: user.caller.may(Action::UpdateMeasure { owner: &m.owner }),
        next: choices_in::<MeasureStatus>(locale, m.status.id()),
    }
}

async fn measures(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(paging): Query<RegisterWindow>,
    uri: axum::http::Uri,
) -> Result<Response, PageError> {
    require(&user.caller, Action::ReadRiskRegister)?;
    let mut error = None;
    let after = window::<MeasureCursor>(Some(PAGE_SIZE), paging.after.as_deref()).map_or_else(
        |_| {
            error = Some(user.locale.text("risks-page-unknown"));
            None
        },
        |(_, after)| after,
    );
    let page = state
        .store
        .measure_page(&user.caller, PAGE_SIZE, after.as_ref())
        .await?;
    let (_, overdue) = state.store.measure_counts(&user.caller).await?;
    let (_, model) = state.store.model(user.audiences()).await?;
    let risks = state
        .store
        .risks(&user.caller, &Default::default(), Default::default())
        .await?;
    let names = user.names();
    Ok(html(MeasuresPage {
        overdue,
        error,
        first_page: after.is_some().then(|| "/measures".to_owned()),
        next_page: next_page_query(uri.query().unwrap_or_default(), page.next.as_ref())
            .map(|q| format!("/measures?{q}")),
        rows: page
            .measures
            .iter()
            .map(|m| measure_row(&user, &names, m))
            .collect(),
        can_manage: user.caller.may(Action::ManageRiskRegister),
        families: choices_in::<MitigationFamily>(user.locale, ""),
        organisations: model
            .organisations
            .iter()
            .map(|o| Choice {
                id: o.key.clone(),
                label: o.name.clone(),
                selected: false,
            })
            .collect(),
        risks: Picker::new(
            "risks",
            "risks",
            user.locale.text("measures-risks"),
            risks.iter().map(|r| {
                (
                    r.id.clone(),
                    user.locale.text_with(
                        "measures-risk-option",
                        &[
                            ("reference", r.reference().into()),
                            ("threat", user.locale.label(r.threat_kind).into()),
                            ("asset", names.asset(&r.asset).name.into()),
                            ("score", r.score().into()),
                        ],
                    ),
                )
            }),
            &[],
        )
        .speaking(user.locale),
        chrome: Chrome::of(&user, "risks"),
    })?
    .into_response())
}

async fn add_measure(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let get = |name: &str| super::form_value(&fields, name);
    let bad = |m: String| PageError::BadRequest(m);
    state
        .store
        .add_measure(
            &user.caller,
            NewMeasure {
                family: MitigationFamily::parse_id(&get("family"))
                    .map_err(|e| bad(e.to_string()))?,
                title: required("title", &get("title"), 200)?,
                description: get("description"),
                owner: required("owner", &get("owner"), 100)?,
                due_on: parse_date("due date", Some(&get("due_on"))).map_err(bad)?,
                risks: fields
                    .iter()
                    .filter(|(k, _)| k == "risks")
                    .map(|(_, v)| v.clone())
                    .collect(),
            },
        )
        .await?;
    Ok(Redirect::to("/measures").into_response())
}

async fn update_measure(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let get = |name: &str| super::form_value(&fields, name);
    let bad = |m: String| PageError::BadRequest(m);
    state
        .store
        .update_measure(
            &user.caller,
            &id,
            super::form_version(&get("version"))?,
            MeasureStatus::parse_id(&get("status")).map_err(|e| bad(e.to_string()))?,
            parse_date("due date", Some(&get("due_on"))).map_err(bad)?,
        )
        .await?;
    Ok(Redirect::to("/measures").into_response())
}

#[cfg(test)]
mod scale_tests {
    use liaison_domain::risk::{IMPACT, LIKELIHOOD};
    use liaison_locale::Locale;

    #[test]
    fn the_english_scales_are_the_domain_s() {
        for (name, scale) in [("likelihood", LIKELIHOOD), ("impact", IMPACT)] {
            for (n, (label, meaning)) in scale.iter().enumerate() {
                let key = format!("risk-{name}-{}", n + 1);
                assert_eq!(Locale::En.text(&key), *label);
                assert_eq!(Locale::En.text(&format!("{key}.meaning")), *meaning);
            }
        }
    }
}
