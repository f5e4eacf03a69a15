//! The election-day dashboard: the current phase, open incidents by severity and kind, the top
//! risks with each agency's view, overdue measures, and who is reachable now. Every figure is
//! computed over what the viewer may see. Its live part follows changes through
//! `/dashboard/live` (see `live_dashboards`): rendered once per audience class, not per screen.
//!
//! It is made for a wall screen (1920×1080) and must fit one whatever the size of the country:
//! every list shows its first few lines and sums up the rest with a link to the whole list.

use super::html;
use super::risks::{HeatCell, heat_map};
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::{Chrome, Names, Words};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use liaison_domain::access::Action;
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{CatalogueEntry, IncidentSeverity, Phase, ThreatKind};
use liaison_domain::model::Model;
use liaison_locale::{Locale, MonthStyle};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/dashboard", get(dashboard))
        .route("/dashboard/live", get(crate::live_dashboards::stream))
}

/// One bar of a horizontal bar chart.
pub(crate) struct Bar {
    pub label: String,
    pub count: i64,
    pub width: u32,
    pub y: u32,
    pub class: String,
}

/// How many lines each list of the dashboard shows before it sums up the rest.
const REACHABLE_SHOWN: usize = 10;
const OVERDUE_SHOWN: usize = 5;
const TO_APPROVE_SHOWN: usize = 4;
const KINDS_SHOWN: usize = 5;

/// The first lines of a list, and how many more there are.
struct Cut<T> {
    shown: Vec<T>,
    more: usize,
}

impl<T> Cut<T> {
    fn of(all: impl IntoIterator<Item = T>, shown: usize) -> Cut<T> {
        let mut all = all.into_iter();
        let first: Vec<T> = all.by_ref().take(shown).collect();
        Cut {
            shown: first,
            more: all.count(),
        }
    }

    fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }
}

/// Rows of the severity chart (label beside the bar) and of the kind chart (label above it: the
/// kinds' names are long).
const SEVERITY_ROW: u32 = 26;
const KIND_ROW: u32 = 34;

/// Bars scaled to the largest count, one every `row` units down; `width` is in the SVG's units
/// (0–200).
fn bars(items: &[(String, i64, String)], row: u32) -> Vec<Bar> {
    let max = items.iter().map(|i| i.1).max().unwrap_or(0).max(1);
    items
        .iter()
        .enumerate()
        .map(|(i, (label, count, class))| Bar {
            label: label.clone(),
            count: *count,
            width: u32::try_from(count * 200 / max).unwrap_or(0),
            y: i as u32 * row,
            class: class.clone(),
        })
        .collect()
}

struct PhaseView {
    label: String,
    dates: String,
}

/// The phase the calendar is in, and the next one to start.
fn phases(
    model: &Model,
    today: time::Date,
    locale: Locale,
) -> (Option<PhaseView>, Option<PhaseView>, Option<i64>) {
    let Some(election) = &model.election else {
        return (None, None, None);
    };
    let current = liaison_domain::incident::phase_on(model, today);
    let dated: Vec<(Phase, liaison_domain::model::DateRange)> = election
        .phases
        .iter()
        .filter_map(|p| p.dates.known().map(|d| (p.phase, *d)))
        .collect();
    let view = |phase: Phase| {
        dated.iter().find(|(p, _)| *p == phase).map(|(p, d)| {
            let long = |day| locale.date(day, MonthStyle::Long);
            PhaseView {
                label: locale.label(*p),
                dates: if d.from == d.to {
                    long(d.from)
                } else {
                    locale.text_with(
                        "calendar-from-to",
                        &[("from", long(d.from).into()), ("to", long(d.to).into())],
                    )
                },
            }
        })
    };
    let next = dated
        .iter()
        .filter(|(_, d)| d.from > today)
        .min_by_key(|(_, d)| d.from)
        .and_then(|(p, _)| view(*p));
    let polling = dated
        .iter()
        .find(|(p, _)| *p == Phase::Voting)
        .map(|(_, d)| (d.from - today).whole_days())
        .filter(|days| *days >= 0);
    (current.and_then(view), next, polling)
}

struct DutyView {
    organisation: String,
    name: String,
    availability: String,
    channel: String,
    /// Where a tap on the channel leads (`tel:`, `mailto:`).
    href: Option<String>,
}

struct RiskView {
    id: String,
    reference: String,
    title: String,
    score: u8,
    band: &'static str,
    views: Vec<(String, u8)>,
    disagreement: bool,
}

struct MeasureView {
    reference: String,
    title: String,
    owner: String,
    due_on: String,
}

/// The page around the live part: the heading and the state of the live stream.
#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    chrome: Chrome,
    election: String,
    /// The live part, rendered by [`render_live_part`].
    fragment: String,
}

/// The part of the dashboard that follows live changes.
#[derive(Template)]
#[template(path = "dashboard_fragment.html")]
struct DashboardFragment {
    words: Words,
    current: Option<PhaseView>,
    next: Option<PhaseView>,
    days_to_polling: Option<i64>,
    open: i64,
    unacknowledged: i64,
    severity_bars: Vec<Bar>,
    kind_bars: Vec<Bar>,
    /// Open incidents of the kinds the chart leaves out.
    other_kinds: i64,
    severity_row: u32,
    kind_row: u32,
    can_read_risks: bool,
    risks: Vec<RiskView>,
    cells: Vec<HeatCell>,
    overdue: Cut<MeasureView>,
    on_duty: Cut<DutyView>,
    /// Draft reports the viewer's organisation may approve.
    to_approve: Cut<(String, String, String)>,
    now: String,
}

async fn dashboard(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Response, PageError> {
    let (election, fragment) = render_live_part(&state, &user.caller, user.locale).await?;
    Ok(html(DashboardPage {
        chrome: Chrome::of(&user, "dashboard"),
        election,
        fragment,
    })?
    .into_response())
}

/// The election's name and the live part of the dashboard as `caller` sees it in `locale`.
/// Everything in it depends on the caller's principals, organisation and role only, never on
/// the person otherwise: the live stream renders it once for all readers who share those.
pub(crate) async fn render_live_part(
    state: &AppState,
    caller: &Caller,
    locale: Locale,
) -> Result<(String, String), PageError> {
    let (_, model) = state.store.model(caller.audiences()).await?;
    let shared = state.store.shared_model().await.ok();
    let names = Names::of(shared.as_deref());
    let now = state.now();
    let today = now.date();
    let (current, next, days_to_polling) = phases(&model, today, locale);

    let counts = state.store.incident_counts(caller).await?;
    let severity_bars = bars(
        &counts
            .open_by_severity
            .iter()
            .map(|(s, n)| {
                let label =
                    IncidentSeverity::from_id(s).map_or_else(|| s.clone(), |e| locale.label(e));
                (label, *n, format!("sev-{s}"))
            })
            .collect::<Vec<_>>(),
        SEVERITY_ROW,
    );
    let mut kinds: Vec<(String, i64, String)> = counts
        .open_by_threat
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(t, n)| {
            let label = ThreatKind::from_id(t).map_or_else(|| t.clone(), |t| locale.label(t));
            (label, *n, "bar".to_owned())
        })
        .collect();
    kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let other_kinds = kinds.iter().skip(KINDS_SHOWN).map(|k| k.1).sum();
    kinds.truncate(KINDS_SHOWN);

    let can_read_risks = caller.may(Action::ReadRiskRegister);
    let (risks, cells, overdue) = if can_read_risks {
        let overview = state.store.risk_overview(caller, 5).await?;
        // The overdue measures come first: the first page holds those shown.
        let first = state
            .store
            .measure_page(caller, OVERDUE_SHOWN as u32, None)
            .await?;
        let (_, overdue_count) = state.store.measure_counts(caller).await?;
        (
            overview
                .top
                .iter()
                .map(|r| RiskView {
                    id: r.id.clone(),
                    reference: r.reference(),
                    title: locale.text_with(
                        "risks-threat-on",
                        &[
                            ("threat", locale.label(r.threat_kind).into()),
                            ("asset", names.asset(&r.asset).name.into()),
                        ],
                    ),
                    score: r.score(),
                    band: r
                        .consensus
                        .as_ref()
                        .map_or("info", |c| c.inherent.band().id()),
                    views: r
                        .assessments
                        .iter()
                        .map(|a| (short_name(&model, &a.organisation), a.score))
                        .collect(),
                    disagreement: r.consensus.as_ref().is_some_and(|c| c.disagreement),
                })
                .collect(),
            heat_map(&overview.cells),
            overdue_first(&first.measures, &model, locale, overdue_count),
        )
    } else {
        (Vec::new(), Vec::new(), Cut::of(Vec::new(), 0))
    };

    // Emergency contacts reachable now (contacts are for members: observers see none).
    let on_duty = Cut::of(
        model
            .emergency_contacts_reachable_at(now)
            .into_iter()
            .map(|c| DutyView {
                organisation: model.organisation(c.organisation).name.clone(),
                name: c.name.clone(),
                availability: c
                    .availability
                    .known()
                    .map_or_else(String::new, |a| locale.label(*a)),
                // The number first: on a wall screen a line may be cut short at its end.
                channel: c
                    .channels
                    .first()
                    .map(|ch| format!("{} ({})", ch.value, locale.label_in_sentence(ch.kind)))
                    .unwrap_or_default(),
                href: c
                    .channels
                    .first()
                    .and_then(|ch| crate::views::channel_href(ch.kind, &ch.value)),
            }),
        REACHABLE_SHOWN,
    );

    let to_approve = Cut::of(
        state
            .store
            .sitreps(
                caller,
                &liaison_store::SitrepFilter {
                    drafts_only: true,
                    limit: liaison_store::MAX_PAGE,
                    after: None,
                },
            )
            .await?
            .items
            .into_iter()
            .filter(|r| {
                r.status == "draft"
                    && caller.may(Action::ApproveSitrep {
                        chair: &r.source_organisation,
                    })
            })
            .map(|r| (r.id.clone(), r.reference(), r.title.clone())),
        TO_APPROVE_SHOWN,
    );

    let fragment = DashboardFragment {
        words: Words { locale },
        current,
        next,
        days_to_polling,
        open: counts.open,
        unacknowledged: counts.unacknowledged,
        severity_bars,
        kind_bars: bars(&kinds, KIND_ROW),
        other_kinds,
        severity_row: SEVERITY_ROW,
        kind_row: KIND_ROW,
        can_read_risks,
        risks,
        cells,
        overdue,
        on_duty,
        to_approve,
        now: locale.date_time(now),
    }
    .render()?;
    let election = model
        .election
        .as_ref()
        .map(|e| e.name.clone())
        .unwrap_or_default();
    Ok((election, fragment))
}

/// An organisation as a short line names it: its short name (CEC), else its name.
fn short_name(model: &Model, key: &str) -> String {
    model
        .organisations
        .iter()
        .find(|o| o.key == key)
        .map_or_else(
            || key.to_owned(),
            |o| o.short_name.clone().unwrap_or_else(|| o.name.clone()),
        )
}

/// The overdue measures of `measures` (the longest overdue first), and how many more of the
/// `overdue` in all there are.
fn overdue_first(
    measures: &[liaison_store::Measure],
    model: &Model,
    locale: Locale,
    overdue: usize,
) -> Cut<MeasureView> {
    let mut late: Vec<&liaison_store::Measure> = measures.iter().filter(|m| m.overdue).collect();
    late.sort_by(|a, b| a.due_on.cmp(&b.due_on).then(a.number.cmp(&b.number)));
    let shown: Vec<MeasureView> = late
        .into_iter()
        .map(|m| MeasureView {
            reference: format!("M-{}", m.number),
            title: m.title.clone(),
            owner: short_name(model, &m.owner),
            due_on: m
                .due_on
                .as_deref()
                .map(|d| locale.when(d))
                .unwrap_or_default(),
        })
        .collect();
    Cut {
        more: overdue.saturating_sub(shown.len()),
        shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_count() {
        let b = bars(
            &[
                ("high".into(), 4, "sev-high".into()),
                ("low".into(), 1, "sev-low".into()),
                ("none".into(), 0, "sev-low".into()),
            ],
            26,
        );
        assert_eq!((b[0].width, b[1].width, b[2].width), (200, 50, 0));
        assert_eq!(b[1].y, 26);
    }

    #[test]
    fn a_cut_list_counts_what_it_leaves_out() {
        let cut = Cut::of(1..=40, 12);
        assert_eq!((cut.shown.len(), cut.more), (12, 28));
        let short = Cut::of(1..=3, 12);
        assert_eq!((short.shown, short.more), (vec![1, 2, 3], 0));
        assert!(Cut::of(Vec::<u8>::new(), 5).is_empty());
    }
}
