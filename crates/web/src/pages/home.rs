//! The start page: the state of the collaboration at a glance, and what needs doing.

use super::{entry, html};
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use liaison_domain::access::RecordKind;
use liaison_store::MeetingEntry;

pub fn router() -> Router<AppState> {
    Router::new().route("/", get(home))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    jurisdiction: String,
    organisations: usize,
    forums: usize,
    agreements: usize,
    findings: liaison_domain::analysis::FindingCounts,
    level: usize,
    level_label: String,
    stale_contacts: Vec<(String, String)>,
    meetings: Vec<NextMeeting>,
    empty: bool,
    has_organisation: bool,
}

/// A meeting to come: one recorded on the platform (with its agenda), or a date a forum's
/// record plans.
struct NextMeeting {
    when: String,
    title: String,
    href: String,
}

/// How many meetings the home page lists.
const NEXT_MEETINGS: usize = 5;

async fn home(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let (_, model) = state.store.model(user.audiences()).await?;
    let empty = model.organisations.is_empty();
    let jurisdiction = model.jurisdiction.name.clone();
    let counts = (
        model.organisations.len(),
        model.forums.items().len(),
        model.agreements.items().len(),
    );
    let own = user.caller.viewer().organisation.clone();
    let stale_contacts = match &own {
        Some(org) => state
            .store
            .records_owned_by(RecordKind::Contact, org, user.audiences())
            .await?
            .iter()
            .map(|r| super::organisations::contact_view(&user, r, state.today()))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter(|c| c.stale)
            .map(|c| (c.key, c.name))
            .collect(),
        None => Vec::new(),
    };
    let (today, locale) = (state.today(), user.locale);
    let forum_name = |key: &str| {
        model
            .forums
            .items()
            .iter()
            .find(|f| f.key == key)
            .map_or_else(|| key.to_owned(), |f| f.name.clone())
    };
    // (day, what, where): meetings recorded on the platform, then the dates the forums plan,
    // whatever their year; a day with a recorded meeting of a forum is not listed twice.
    let mut upcoming: Vec<(time::Date, String, String, String)> = Vec::new();
    for record in state
        .store
        .records(RecordKind::Meeting, user.audiences())
        .await?
    {
        let m: MeetingEntry = entry(&record)?;
        if m.date.0 >= today {
            let forum = forum_name(&m.forum);
            upcoming.push((
                m.date.0,
                m.forum.clone(),
                locale.text_with(
                    "home-meeting-of",
                    &[("title", m.title.as_str().into()), ("forum", forum.into())],
                ),
                format!("/meetings/{}", record.key),
            ));
        }
    }
    for forum in model.forums.items() {
        for &day in forum.meetings.iter().filter(|d| **d >= today) {
            if !upcoming
                .iter()
                .any(|(d, f, _, _)| *d == day && *f == forum.key)
            {
                upcoming.push((
                    day,
                    forum.key.clone(),
                    locale.text_with("home-forum-meets", &[("forum", forum.name.as_str().into())]),
                    format!("/forums/{}", forum.key),
                ));
            }
        }
    }
    upcoming.sort_by(|a, b| (a.0, &a.2).cmp(&(b.0, &b.2)));
    let meetings = upcoming
        .into_iter()
        .take(NEXT_MEETINGS)
        .map(|(day, _, title, href)| NextMeeting {
            when: locale.date(day, liaison_locale::MonthStyle::Long),
            title,
            href,
        })
        .collect();
    let today = state.today();
    let analysis = tokio::task::spawn_blocking(move || super::analysis::analyse(&model, today))
        .await
        .map_err(|e| PageError::Internal(e.to_string()))?;
    Ok(html(HomePage {
        chrome: Chrome::of(&user, "home"),
        jurisdiction,
        organisations: counts.0,
        forums: counts.1,
        agreements: counts.2,
        findings: analysis.summary.findings,
        level: analysis.maturity.rung,
        level_label: locale.label(analysis.maturity.level),
        stale_contacts,
        meetings,
        empty,
        has_organisation: user.caller.viewer().organisation.is_some(),
    })?
    .into_response())
}
