//! The electoral calendar as a form: the election's name and each phase's first and last day,
//! saved as the model's election record through the same checks as every record change.

use super::{html, require};
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use liaison_domain::access::{Action, RecordKind};
use liaison_domain::catalogue::{CatalogueEntry, Phase};
use liaison_interop::model_file::{
    DateRangeEntry, Day, ElectionEntry, Entry, Located, OrUnknown, PhaseDates,
};
use liaison_locale::{Locale, MonthStyle};
use liaison_store::{RecordChange, StoreError};
use std::collections::BTreeMap;
use time::Date;

/// The election record's key: a model has one election.
const KEY: &str = "election";

pub fn router() -> Router<AppState> {
    Router::new().route("/calendar", get(page).post(save))
}

struct PhaseRow {
    id: &'static str,
    label: String,
    description: String,
    from: String,
    to: String,
    /// What an empty row keeps: "unknown" (listed without dates) or "absent".
    was: &'static str,
}

#[derive(Template)]
#[template(path = "calendar.html")]
struct CalendarPage {
    chrome: Chrome,
    name: String,
    version: i64,
    phases: Vec<PhaseRow>,
    /// The phases with dates and the forums' meetings, in the order of their days.
    timeline: Vec<Moment>,
    can_edit: bool,
}

/// A moment of the calendar's timeline: a phase, or a forum's meeting within the election.
struct Moment {
    /// When, as the reader's language writes it.
    when: String,
    title: String,
    /// The page it leads to, for a meeting.
    href: Option<String>,
    /// `phase` or `meeting`, and `past` or `now` beside it.
    class: String,
    now: bool,
}

/// The timeline of an election: its dated phases, and the forums' meetings from its first
/// day to its last, in order; what is under way today is marked.
fn timeline(
    election: Option<&ElectionEntry>,
    model: Option<&liaison_domain::model::Model>,
    today: Date,
    locale: Locale,
) -> Vec<Moment> {
    let mut dated: Vec<(Date, Date, Phase)> = Vec::new();
    for (phase, dates) in election.map(|e| &e.phases).into_iter().flatten() {
        match dates {
            OrUnknown::Known(PhaseDates::Day(day)) => dated.push((day.0, day.0, phase.0)),
            OrUnknown::Known(PhaseDates::Range(range)) => {
                dated.push((range.from.value.0, range.to.0, phase.0));
            }
            OrUnknown::Unknown => {}
        }
    }
    let (Some(first), Some(last)) = (
        dated.iter().map(|d| d.0).min(),
        dated.iter().map(|d| d.1).max(),
    ) else {
        return Vec::new();
    };
    let long = |day: Date| locale.date(day, MonthStyle::Long);
    // (day, phases before meetings of that day, the moment)
    let mut moments: Vec<(Date, u8, Moment)> = dated
        .iter()
        .map(|&(from, to, phase)| {
            let now = from <= today && today <= to;
            let when = if from == to {
                long(from)
            } else {
                locale.text_with(
                    "calendar-from-to",
                    &[("from", long(from).into()), ("to", long(to).into())],
                )
            };
            let tense = if now {
                " now"
            } else if to < today {
                " past"
            } else {
                ""
            };
            (
                from,
                0,
                Moment {
                    when,
                    title: locale.label(phase),
                    href: None,
                    class: format!("phase{tense}"),
                    now,
                },
            )
        })
        .collect();
    for forum in model.map(|m| m.forums.items()).unwrap_or_default() {
        for &day in forum
            .meetings
            .iter()
            .filter(|d| first <= **d && **d <= last)
        {
            let tense = if day == today {
                " now"
            } else if day < today {
                " past"
            } else {
                ""
            };
            moments.push((
                day,
                1,
                Moment {
                    when: long(day),
                    title: locale
                        .text_with("calendar-meeting", &[("forum", forum.name.as_str().into())]),
                    href: Some(format!("/forums/{}", forum.key)),
                    class: format!("meeting{tense}"),
                    now: day == today,
                },
            ));
        }
    }
    moments.sort_by_key(|(day, order, _)| (*day, *order));
    moments.into_iter().map(|(_, _, moment)| moment).collect()
}

async fn page(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let (election, version) = match state
        .store
        .record(RecordKind::Election, KEY, user.audiences())
        .await
    {
        Ok(record) => (
            Some(super::entry::<ElectionEntry>(&record)?),
            record.version,
        ),
        Err(StoreError::NotFound) => (None, 0),
        Err(other) => return Err(other.into()),
    };
    let phases = Phase::ALL
        .iter()
        .map(|phase| {
            let dates = election.as_ref().and_then(|e| e.phases.get(&Entry(*phase)));
            let (from, to) = match dates {
                Some(OrUnknown::Known(PhaseDates::Day(day))) => (day.0.to_string(), String::new()),
                Some(OrUnknown::Known(PhaseDates::Range(range))) => {
                    (range.from.value.0.to_string(), range.to.0.to_string())
                }
                _ => (String::new(), String::new()),
            };
            PhaseRow {
                id: phase.id(),
                label: user.locale.label(*phase),
                description: user.locale.description(*phase),
                from,
                to,
                was: if matches!(dates, Some(OrUnknown::Unknown)) {
                    "unknown"
                } else {
                    "absent"
                },
            }
        })
        .collect();
    let timeline = timeline(
        election.as_ref(),
        user.model.as_deref(),
        state.today(),
        user.locale,
    );
    Ok(html(CalendarPage {
        timeline,
        chrome: Chrome::of(&user, "model"),
        name: election.map(|e| e.name).unwrap_or_default(),
        version,
        phases,
        can_edit: user.caller.may(Action::EditRecord {
            kind: RecordKind::Election,
            owner: None,
        }),
    })?
    .into_response())
}

fn day(phase: Phase, end: &str, value: &str) -> Result<Option<Date>, PageError> {
    crate::risks::parse_date(&format!("{} ({end})", phase.label()), Some(value))
        .map_err(PageError::BadRequest)
}

/// The election entry the form describes.
fn read_form(fields: &[(String, String)]) -> Result<(ElectionEntry, i64), PageError> {
    let get = |name: &str| super::form_value(fields, name);
    let name = super::required("name", &get("name"), 200)?;
    let version = super::form_version(&get("version"))?.unwrap_or(0);
    let mut phases = BTreeMap::new();
    for phase in Phase::ALL.iter().copied() {
        let from = day(phase, "first day", &get(&format!("{}_from", phase.id())))?;
        let to = day(phase, "last day", &get(&format!("{}_to", phase.id())))?;
        let dates = match (from, to) {
            (None, None) => {
                if get(&format!("{}_was", phase.id())) == "unknown" {
                    phases.insert(Entry(phase), OrUnknown::Unknown);
                }
                continue;
            }
            (None, Some(_)) => {
                let locale = crate::language::current();
                return Err(PageError::BadRequest(locale.text_with(
                    "calendar-first-day-too",
                    &[("phase", locale.label(phase).into())],
                )));
            }
            (Some(from), None) => PhaseDates::Day(Day(from)),
            (Some(from), Some(to)) if from == to => PhaseDates::Day(Day(from)),
            (Some(from), Some(to)) => PhaseDates::Range(DateRangeEntry {
                from: Located::new(Day(from)),
                to: Day(to),
            }),
        };
        phases.insert(Entry(phase), OrUnknown::Known(dates));
    }
    Ok((ElectionEntry { name, phases }, version))
}

async fn save(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    require(
        &user.caller,
        Action::EditRecord {
            kind: RecordKind::Election,
            owner: None,
        },
    )?;
    let (election, version) = read_form(&fields)?;
    let body = liaison_interop::model_file::entry_to_yaml(&election)
        .map_err(|e| PageError::Internal(e.to_string()))?;
    let change = if version == 0 {
        RecordChange::Create {
            kind: RecordKind::Election,
            key: KEY.to_owned(),
            body: body.clone(),
        }
    } else {
        RecordChange::Update {
            kind: RecordKind::Election,
            key: KEY.to_owned(),
            version,
            body: body.clone(),
        }
    };
    match state.store.change_record(&user.actor(), change).await {
        Ok(_) => Ok(Redirect::to("/calendar").into_response()),
        Err(StoreError::Conflict { current }) => super::records::conflict_page(
            &user,
            RecordKind::Election,
            KEY,
            (*current).as_ref(),
            &body,
        ),
        Err(other) => Err(other.into()),
    }
}
