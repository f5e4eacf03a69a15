//! The electoral calendar as iCalendar: the election's dated phases and the meetings of the
//! forums the caller's organisation sits in, for any calendar application to subscribe to.

use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::session::ApiCaller;
use axum::extract::State;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use icalendar::{Calendar, Component, Event, EventLike};
use liaison_domain::access::RecordKind;
use liaison_domain::catalogue::CatalogueEntry;
use liaison_domain::model::Model;
use liaison_store::MeetingEntry;

/// A meeting to put in the calendar.
pub struct CalendarMeeting {
    pub key: String,
    pub forum: String,
    pub title: String,
    pub date: time::Date,
}

fn naive(date: time::Date) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(
        date.year(),
        u32::from(u8::from(date.month())),
        u32::from(date.day()),
    )
}

/// A stable part of an identifier: letters, digits and dashes.
fn slug(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// The calendar: each dated phase as an all-day event over its days, each meeting on its day.
pub fn calendar(model: &Model, meetings: &[CalendarMeeting], host: &str) -> Calendar {
    let mut calendar = Calendar::new();
    let name = model
        .election
        .as_ref()
        .map_or_else(|| "Liaison".to_owned(), |e| e.name.clone());
    calendar.name(&name);
    if let Some(election) = &model.election {
        for phase in &election.phases {
            let Some(range) = phase.dates.known() else {
                continue;
            };
            let (Some(from), Some(to)) = (
                naive(range.from),
                naive(range.to.next_day().unwrap_or(range.to)),
            ) else {
                continue;
            };
            calendar.push(
                Event::new()
                    .uid(&format!(
                        "phase-{}-{}@{host}",
                        slug(&election.name),
                        phase.phase.id()
                    ))
                    .summary(&format!("{}: {}", election.name, phase.phase.label()))
                    .description(phase.phase.description())
                    .starts(from)
                    .ends(to)
                    .done(),
            );
        }
    }
    for meeting in meetings {
        let (Some(day), Some(next)) =
            (naive(meeting.date), meeting.date.next_day().and_then(naive))
        else {
            continue;
        };
        calendar.push(
            Event::new()
                .uid(&format!("meeting-{}@{host}", slug(&meeting.key)))
                .summary(&format!("{}: {}", meeting.forum, meeting.title))
                .starts(day)
                .ends(next)
                .done(),
        );
    }
    calendar.done()
}

/// The meetings of the forums the caller's organisation sits in (every forum's for someone
/// who belongs to no organisation), as far as the caller may read them.
pub async fn meetings_for(
    state: &AppState,
    organisation: Option<&str>,
    audiences: &[liaison_domain::access::Audience],
    model: &Model,
) -> Result<Vec<CalendarMeeting>, liaison_store::StoreError> {
    let mut out = Vec::new();
    for record in state.store.records(RecordKind::Meeting, audiences).await? {
        let Ok(entry) = liaison_interop::model_file::entry_from_yaml::<MeetingEntry>(
            record.kind.id(),
            &record.body,
        ) else {
            continue;
        };
        let Some(forum) = model.forums.items().iter().find(|f| f.key == entry.forum) else {
            continue;
        };
        let member = match organisation {
            None => true,
            Some(org) => forum.members.iter().any(|m| model.key(*m) == org),
        };
        if member {
            out.push(CalendarMeeting {
                key: record.key.clone(),
                forum: forum.name.clone(),
                title: entry.title,
                date: entry.date.0,
            });
        }
    }
    // The meeting dates the model schedules, unless a meeting record already covers the day.
    for forum in model.forums.items() {
        let member = match organisation {
            None => true,
            Some(org) => forum.members.iter().any(|m| model.key(*m) == org),
        };
        if !member {
            continue;
        }
        for &date in &forum.meetings {
            if out.iter().any(|m| m.forum == forum.name && m.date == date) {
                continue;
            }
            out.push(CalendarMeeting {
                key: format!("{}-{date}", forum.key),
                forum: forum.name.clone(),
                title: "meeting".to_owned(),
                date,
            });
        }
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then(a.key.cmp(&b.key)));
    Ok(out)
}

#[utoipa::path(get, path = "/api/v1/calendar.ics", tag = "calendar",
    responses((status = 200, description = "The election's dated phases and the meetings of the caller's forums, as iCalendar (RFC 5545)", content_type = "text/calendar"),
              (status = 401, body = ErrorBody)))]
pub async fn ics(State(state): State<AppState>, caller: ApiCaller) -> Result<Response, ApiError> {
    let audiences = caller.audiences();
    let (_, model) = state.store.model(audiences).await?;
    let meetings = meetings_for(
        &state,
        caller.viewer().organisation.as_deref(),
        audiences,
        &model,
    )
    .await?;
    let host = state
        .config
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("liaison")
        .split(['/', ':'])
        .next()
        .unwrap_or("liaison")
        .to_owned();
    let body = calendar(&model, &meetings, &host).to_string();
    Ok((
        [
            (CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (CONTENT_DISPOSITION, "attachment; filename=\"liaison.ics\""),
        ],
        body,
    )
        .into_response())
}
