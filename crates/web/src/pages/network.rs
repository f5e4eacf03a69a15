//! The agency network: organisations linked by the forums they sit in, the agreements they are
//! party to, and the threats they are accountable for, drawn by cytoscape.js.

use super::html;
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use liaison_domain::Knowable;
use liaison_domain::catalogue::{CatalogueEntry, RaciRole};
use serde_json::{Value, json};
use std::collections::BTreeSet;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/network", get(page))
        .route("/network.json", get(data))
}

#[derive(Template)]
#[template(path = "network.html")]
struct NetworkPage {
    chrome: Chrome,
}

async fn page(user: CurrentUser) -> Result<Response, PageError> {
    Ok(html(NetworkPage {
        chrome: Chrome::of(&user, "network"),
    })?
    .into_response())
}

/// The graph as cytoscape elements.
async fn data(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let (_, model) = state.store.model(user.audiences()).await?;
    let mut elements: Vec<Value> = Vec::new();
    for org in &model.organisations {
        elements.push(json!({"data": {"id": format!("o:{}", org.key), "label": org.display_name(), "type": "organisation", "kind": org.kind.id(), "href": format!("/organisations/{}", org.key)}}));
    }
    for forum in model.forums.items() {
        let id = format!("f:{}", forum.key);
        elements.push(json!({"data": {"id": id, "label": forum.name, "type": "forum", "href": format!("/forums/{}", forum.key)}}));
        for member in &forum.members {
            elements.push(json!({"data": {"source": format!("o:{}", model.key(*member)), "target": id, "type": "member"}}));
        }
    }
    for agreement in model.agreements.items() {
        let id = format!("a:{}", agreement.key);
        // Titles are long; the key names an agreement well enough on a drawing.
        elements.push(json!({"data": {"id": id, "label": agreement.key, "title": agreement.title, "type": "agreement", "href": format!("/agreements/{}", agreement.key)}}));
        for party in &agreement.parties {
            elements.push(json!({"data": {"source": format!("o:{}", model.key(*party)), "target": id, "type": "party"}}));
        }
    }
    let mut threats = BTreeSet::new();
    let mut links = BTreeSet::new();
    if let Knowable::Known(rows) = &model.responsibilities {
        for row in rows.iter().filter(|r| r.role == RaciRole::Accountable) {
            for threat in row.threats.iter() {
                threats.insert(threat);
                links.insert((model.key(row.organisation).to_owned(), threat));
            }
        }
    }
    for threat in threats {
        elements.push(json!({"data": {"id": format!("t:{}", threat.id()), "label": threat.label(), "type": "threat"}}));
    }
    for (org, threat) in links {
        elements.push(json!({"data": {"source": format!("o:{org}"), "target": format!("t:{}", threat.id()), "type": "accountable"}}));
    }
    Ok(Json(json!({"elements": elements})).into_response())
}
