//! The emergency contact sheet: every organisation's contacts on paper, for the day the
//! networks are down. For all organisations, or for the members of one forum.

use super::{entry, html, today};
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use liaison_domain::access::{Audience, RecordKind};
use liaison_interop::model_file::{ForumEntry, OrganisationEntry};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new().route("/contact-sheet", get(sheet))
}

#[derive(Deserialize)]
struct SheetQuery {
    forum: Option<String>,
}

struct SheetOrganisation {
    key: String,
    name: String,
    contacts: Vec<super::organisations::ContactView>,
}

#[derive(Template)]
#[template(path = "contact_sheet.html")]
struct SheetPage {
    chrome: Chrome,
    title: String,
    date: String,
    forums: Vec<(String, String)>,
    selected: String,
    organisations: Vec<SheetOrganisation>,
    visible: bool,
}

async fn sheet(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<SheetQuery>,
) -> Result<Response, PageError> {
    let mut forums = Vec::new();
    let mut members: Option<Vec<String>> = None;
    let mut title = "Emergency contact sheet: all organisations".to_owned();
    for record in state
        .store
        .records(RecordKind::Forum, user.audiences())
        .await?
    {
        let f: ForumEntry = entry(&record)?;
        if query.forum.as_deref() == Some(record.key.as_str()) {
            title = format!("Emergency contact sheet: {}", f.name);
            members = Some(f.members.iter().map(|m| m.value.clone()).collect());
        }
        forums.push((record.key.clone(), f.name));
    }
    if query.forum.as_deref().is_some_and(|f| !f.is_empty()) && members.is_none() {
        return Err(PageError::NotFound);
    }
    let contacts = state
        .store
        .records(RecordKind::Contact, user.audiences())
        .await?;
    let mut organisations = Vec::new();
    for record in state
        .store
        .records(RecordKind::Organisation, user.audiences())
        .await?
    {
        if members.as_ref().is_some_and(|m| !m.contains(&record.key)) {
            continue;
        }
        let o: OrganisationEntry = entry(&record)?;
        let mut own: Vec<_> = contacts
            .iter()
            .filter(|c| c.owner.as_deref() == Some(&record.key))
            .map(|c| super::organisations::contact_view(&user, c))
            .collect::<Result<_, _>>()?;
        // Emergency contacts first: they are why the sheet exists.
        own.sort_by_key(|c| !c.emergency);
        organisations.push(SheetOrganisation {
            key: record.key.clone(),
            name: o.name,
            contacts: own,
        });
    }
    Ok(html(SheetPage {
        chrome: Chrome::of(&user, "sheet"),
        title,
        date: today().to_string(),
        forums,
        selected: query.forum.unwrap_or_default(),
        organisations,
        visible: Audience::Members.admits(&user.viewer),
    })?
    .into_response())
}
