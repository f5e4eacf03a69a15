//! The emergency contact sheet: every organisation's contacts on paper, for the day the
//! networks are down. For all organisations, or for the members of one forum; and, with
//! `reachable=now`, only the emergency contacts who answer now (the whole list behind the
//! dashboard's "Reachable now").

use super::{entry, html};
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
use std::collections::BTreeSet;

pub fn router() -> Router<AppState> {
    Router::new().route("/contact-sheet", get(sheet))
}

#[derive(Deserialize)]
struct SheetQuery {
    forum: Option<String>,
    /// `now`: only the emergency contacts who answer at this moment.
    reachable: Option<String>,
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
    /// The time "reachable now" was worked out for, when the sheet lists only those.
    reachable_at: Option<String>,
}

async fn sheet(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<SheetQuery>,
) -> Result<Response, PageError> {
    let now = state.now();
    // Who answers now is the domain's rule, the same as the dashboard's.
    let reachable: Option<BTreeSet<String>> = match query.reachable.as_deref() {
        None | Some("") => None,
        Some("now") => {
            let (_, model) = state.store.model(user.audiences()).await?;
            Some(
                model
                    .emergency_contacts_reachable_at(now)
                    .into_iter()
                    .map(|c| c.key.clone())
                    .collect(),
            )
        }
        Some(_) => {
            return Err(PageError::BadRequest(
                user.locale.text("sheet-reachable-now-only"),
            ));
        }
    };
    let mut forums = Vec::new();
    let mut members: Option<Vec<String>> = None;
    let locale = user.locale;
    let mut title = locale.text(if reachable.is_some() {
        "sheet-title-reachable"
    } else {
        "sheet-title-all"
    });
    for record in state
        .store
        .records(RecordKind::Forum, user.audiences())
        .await?
    {
        let f: ForumEntry = entry(&record)?;
        if query.forum.as_deref() == Some(record.key.as_str()) {
            title = locale.text_with(
                if reachable.is_some() {
                    "sheet-title-reachable-of"
                } else {
                    "sheet-title-of"
                },
                &[("forum", f.name.as_str().into())],
            );
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
            .filter(|c| reachable.as_ref().is_none_or(|keys| keys.contains(&c.key)))
            .map(|c| super::organisations::contact_view(&user, c, now.date()))
            .collect::<Result<_, _>>()?;
        if reachable.is_some() && own.is_empty() {
            continue;
        }
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
        date: locale.date(now.date(), liaison_locale::MonthStyle::Long),
        forums,
        selected: query.forum.unwrap_or_default(),
        organisations,
        visible: Audience::Members.admits(user.caller.viewer()),
        reachable_at: reachable.is_some().then(|| locale.date_time(now)),
    })?
    .into_response())
}
