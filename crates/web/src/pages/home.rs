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
use liaison_domain::catalogue::CatalogueEntry;
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
    level_label: &'static str,
    stale_contacts: Vec<(String, String)>,
    meetings: Vec<(String, String, String)>,
    empty: bool,
    has_organisation: bool,
}

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
    let mut meetings = Vec::new();
    for record in state
        .store
        .records(RecordKind::Meeting, user.audiences())
        .await?
    {
        let m: MeetingEntry = entry(&record)?;
        if m.date.0 >= state.today() {
            meetings.push((
                m.date.0.to_string(),
                record.key.clone(),
                format!("{} ({})", m.title, m.forum),
            ));
        }
    }
    meetings.sort();
    meetings.truncate(5);
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
        level_label: analysis.maturity.level.label(),
        stale_contacts,
        meetings,
        empty,
        has_organisation: user.caller.viewer().organisation.is_some(),
    })?
    .into_response())
}
