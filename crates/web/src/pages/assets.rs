//! The technology and asset register: what each system is, who runs and supplies it, when it is
//! in use, which threats act on it, and how the joint register rates its risks.

use super::html;
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use liaison_domain::access::{Action, allows};
use liaison_domain::catalogue::{CatalogueEntry, ThreatKind};
use liaison_store::{RiskFilter, RiskOrder};

pub fn router() -> Router<AppState> {
    Router::new().route("/assets", get(register))
}

struct AssetRow {
    key: String,
    name: String,
    kind: &'static str,
    operator: String,
    supplier: String,
    phases: String,
    internet_facing: &'static str,
    needs: String,
    certifications: String,
    threats: Vec<&'static str>,
    risks: usize,
    top: u8,
    band: &'static str,
}

#[derive(Template)]
#[template(path = "assets.html")]
struct AssetsPage {
    chrome: Chrome,
    rows: Vec<AssetRow>,
    known: bool,
    can_read_risks: bool,
}

async fn register(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let (_, model) = state.store.model(user.audiences()).await?;
    let can_read_risks = allows(&user.viewer, Action::ReadRiskRegister);
    let risks = if can_read_risks {
        state
            .store
            .risks(&user.viewer, &RiskFilter::default(), RiskOrder::Score)
            .await?
    } else {
        Vec::new()
    };
    let rows = model
        .assets
        .items()
        .iter()
        .map(|a| {
            let theirs: Vec<_> = risks.iter().filter(|r| r.asset == a.key).collect();
            let top = theirs.iter().map(|r| r.score()).max().unwrap_or(0);
            AssetRow {
                key: a.key.clone(),
                name: a.name.clone(),
                kind: a.kind.label(),
                operator: a
                    .operator
                    .known()
                    .map(|o| model.organisation(*o).name.clone())
                    .unwrap_or_else(|| "not known".to_owned()),
                supplier: a
                    .vendor
                    .map(|v| model.organisation(v).name.clone())
                    .unwrap_or_default(),
                phases: a
                    .phases
                    .iter()
                    .map(|p| p.label())
                    .collect::<Vec<_>>()
                    .join(", "),
                internet_facing: match a.protection.internet_facing.known() {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "not known",
                },
                needs: [
                    ("C", &a.protection.confidentiality),
                    ("I", &a.protection.integrity),
                    ("A", &a.protection.availability),
                ]
                .iter()
                .map(|(letter, need)| format!("{letter}: {}", need.known().map_or("?", |n| n.id())))
                .collect::<Vec<_>>()
                .join(" · "),
                certifications: a.protection.certifications.join(", "),
                threats: ThreatKind::ALL
                    .iter()
                    .filter(|t| t.targets().contains(a.kind))
                    .map(|t| t.label())
                    .collect(),
                risks: theirs.len(),
                top,
                band: liaison_domain::risk::RiskBand::of(top).id(),
            }
        })
        .collect();
    Ok(html(AssetsPage {
        chrome: Chrome::of(&user, "assets"),
        rows,
        known: model.assets.known().is_some(),
        can_read_risks,
    })?
    .into_response())
}
