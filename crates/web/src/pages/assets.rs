//! The technology and asset register page: the entries of [`crate::asset_register`] as a
//! table.

use super::html;
use crate::AppState;
use crate::asset_register::{AssetEntry, entries};
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use liaison_domain::access::Action;
use liaison_domain::catalogue::{CatalogueEntry, SecurityNeed};
use liaison_domain::risk::RiskBand;
use liaison_locale::Locale;

pub fn router() -> Router<AppState> {
    Router::new().route("/assets", get(register))
}

struct SupplierRow {
    name: String,
    provides: String,
    certifications: String,
}

struct AssetRow {
    key: String,
    name: String,
    kind: String,
    operator: String,
    supplier: String,
    supply_chain: Vec<SupplierRow>,
    phases: String,
    internet_facing: String,
    needs: String,
    certifications: String,
    threats: Vec<String>,
    risks: usize,
    top: u8,
    band: &'static str,
}

impl AssetRow {
    fn of(locale: Locale, a: AssetEntry) -> Self {
        let top = a.highest_joint_score.unwrap_or(0);
        AssetRow {
            key: a.id,
            name: a.name,
            kind: locale.label(a.kind),
            operator: a
                .operator
                .map_or_else(|| locale.text("assets-not-known"), |o| o.name),
            supplier: a.vendor.map(|v| v.name).unwrap_or_default(),
            supply_chain: a
                .supply_chain
                .into_iter()
                .map(|s| SupplierRow {
                    name: s.supplier.name,
                    provides: s.provides.unwrap_or_default(),
                    certifications: s.certifications.join(", "),
                })
                .collect(),
            phases: a
                .phases
                .iter()
                .map(|p| locale.label(*p))
                .collect::<Vec<_>>()
                .join(", "),
            internet_facing: locale.text(match a.internet_facing {
                Some(true) => "directory-yes",
                Some(false) => "directory-no",
                None => "assets-not-known",
            }),
            needs: {
                let need = |need: Option<SecurityNeed>| {
                    locale.text(&format!(
                        "assets-need-{}",
                        need.map_or("unknown", |n| n.id())
                    ))
                };
                locale.text_with(
                    "assets-needs",
                    &[
                        ("c", need(a.confidentiality).into()),
                        ("i", need(a.integrity).into()),
                        ("a", need(a.availability).into()),
                    ],
                )
            },
            certifications: a.certifications.join(", "),
            threats: a.threats.iter().map(|t| locale.label(*t)).collect(),
            risks: a.risks.unwrap_or(0),
            top,
            band: RiskBand::of(top).id(),
        }
    }
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
    let rows = entries(&state.store, &user.caller, &model)
        .await?
        .into_iter()
        .map(|a| AssetRow::of(user.locale, a))
        .collect();
    Ok(html(AssetsPage {
        chrome: Chrome::of(&user, "assets"),
        rows,
        known: model.assets.known().is_some(),
        can_read_risks: user.caller.may(Action::ReadRiskRegister),
    })?
    .into_response())
}
