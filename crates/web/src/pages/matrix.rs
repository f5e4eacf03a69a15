//! The responsibility matrix as a threat x phase grid: who is accountable and responsible in
//! each cell, with gaps and overlaps marked; coordinators add and remove rows here.

use super::{entry, html, require};
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::{Chrome, Named};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use liaison_domain::access::{Action, RecordKind};
use liaison_domain::analysis::grid;
use liaison_domain::catalogue::{AssetKind, CatalogueEntry, Phase, RaciRole, ThreatKind};
use liaison_interop::model_file::{AllOr, Entry, Located, OrganisationEntry, ResponsibilityEntry};
use liaison_store::{RecordChange, content_key};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/matrix", get(page))
        .route("/matrix/rows", post(add_row))
}

#[derive(Deserialize, Default)]
struct MatrixQuery {
    #[serde(default)]
    asset: String,
    #[serde(default)]
    threat: String,
    #[serde(default)]
    phase: String,
}

struct CellView {
    class: &'static str,
    accountable: Vec<String>,
    responsible: Vec<String>,
    label: String,
    threat: &'static str,
    phase: &'static str,
}

struct RowView {
    key: String,
    version: i64,
    organisation: Named,
    role: &'static str,
    threats: String,
    phases: String,
    assets: String,
    within: String,
}

#[derive(Template)]
#[template(path = "matrix.html")]
struct MatrixPage {
    chrome: Chrome,
    asset: String,
    asset_kinds: Vec<(&'static str, &'static str)>,
    phases: Vec<(&'static str, &'static str)>,
    threats: Vec<(&'static str, &'static str, Vec<CellView>)>,
    rows: Vec<RowView>,
    organisations: Vec<(String, String)>,
    roles: Vec<(&'static str, &'static str)>,
    threat_choices: Vec<(&'static str, &'static str)>,
    preset_threat: String,
    preset_phase: String,
    can_edit: bool,
    gaps: usize,
    overlaps: usize,
}

fn set_text<T: CatalogueEntry>(value: &AllOr<Entry<T>>) -> String {
    match value {
        AllOr::All => "all".to_owned(),
        AllOr::Listed(list) => list.iter().map(|e| e.0.id()).collect::<Vec<_>>().join(", "),
    }
}

async fn page(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<MatrixQuery>,
) -> Result<Response, PageError> {
    let kind = if query.asset.is_empty() {
        None
    } else {
        Some(AssetKind::parse_id(&query.asset).map_err(|e| PageError::BadRequest(e.to_string()))?)
    };
    let (_, model) = state.store.model(user.audiences()).await?;
    let cells = grid(&model, kind);
    let key = |id: liaison_domain::model::OrgId| model.key(id).to_owned();
    let mut threats = Vec::new();
    let (mut gaps, mut overlaps) = (0, 0);
    for threat in ThreatKind::ALL {
        let row: Vec<CellView> = cells
            .iter()
            .filter(|c| c.threat == *threat)
            .map(|c| {
                let class = if !c.in_use {
                    "na"
                } else if c.gap {
                    gaps += 1;
                    "gap"
                } else if c.overlap {
                    overlaps += 1;
                    "overlap"
                } else {
                    ""
                };
                let label = if !c.in_use {
                    "not in use".to_owned()
                } else if c.gap {
                    "gap: no accountable organisation".to_owned()
                } else if c.overlap {
                    "overlap: more than one accountable".to_owned()
                } else {
                    String::new()
                };
                CellView {
                    class,
                    accountable: c.accountable.iter().map(|&o| key(o)).collect(),
                    responsible: c.responsible.iter().map(|&o| key(o)).collect(),
                    label,
                    threat: c.threat.id(),
                    phase: c.phase.id(),
                }
            })
            .collect();
        threats.push((threat.id(), threat.label(), row));
    }
    let names = user.names();
    let mut rows = Vec::new();
    for record in state
        .store
        .records(RecordKind::Responsibility, user.audiences())
        .await?
    {
        let r: ResponsibilityEntry = entry(&record)?;
        rows.push(RowView {
            key: record.key.clone(),
            version: record.version,
            organisation: names.organisation(&r.organisation.value),
            role: r.role.0.id(),
            threats: set_text(&r.threats),
            phases: set_text(&r.phases),
            assets: set_text(&r.assets),
            within: r.within.map(|w| w.value).unwrap_or_default(),
        });
    }
    let mut organisations = Vec::new();
    for record in state
        .store
        .records(RecordKind::Organisation, user.audiences())
        .await?
    {
        let o: OrganisationEntry = entry(&record)?;
        organisations.push((record.key.clone(), o.name));
    }
    let choices = |all: &'static [_]| -> Vec<(&'static str, &'static str)> {
        all.iter()
            .map(|e: &ThreatKind| (e.id(), e.label()))
            .collect()
    };
    Ok(html(MatrixPage {
        chrome: Chrome::of(&user, "matrix"),
        asset: query.asset.clone(),
        asset_kinds: AssetKind::ALL.iter().map(|k| (k.id(), k.label())).collect(),
        phases: Phase::ALL.iter().map(|p| (p.id(), p.label())).collect(),
        threats,
        rows,
        organisations,
        roles: RaciRole::ALL.iter().map(|r| (r.id(), r.label())).collect(),
        threat_choices: choices(ThreatKind::ALL),
        preset_threat: query.threat,
        preset_phase: query.phase,
        can_edit: user.caller.may(Action::EditRecord {
            kind: RecordKind::Responsibility,
            owner: None,
        }),
        gaps,
        overlaps,
    })?
    .into_response())
}

#[derive(Deserialize)]
struct RowForm {
    organisation: String,
    role: String,
    threat: String,
    phase: String,
    asset: String,
}

fn one_or_all<T: CatalogueEntry>(id: &str) -> Result<AllOr<Entry<T>>, PageError> {
    if id.is_empty() || id == "all" {
        Ok(AllOr::All)
    } else {
        Ok(AllOr::Listed(vec![Entry(
            T::parse_id(id).map_err(|e| PageError::BadRequest(e.to_string()))?,
        )]))
    }
}

async fn add_row(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(form): Form<RowForm>,
) -> Result<Response, PageError> {
    require(
        &user.caller,
        Action::EditRecord {
            kind: RecordKind::Responsibility,
            owner: Some(&form.organisation),
        },
    )?;
    let row = ResponsibilityEntry {
        organisation: Located::new(form.organisation.trim().to_owned()),
        role: Entry(
            RaciRole::parse_id(&form.role).map_err(|e| PageError::BadRequest(e.to_string()))?,
        ),
        threats: one_or_all::<ThreatKind>(&form.threat)?,
        phases: one_or_all::<Phase>(&form.phase)?,
        assets: one_or_all::<AssetKind>(&form.asset)?,
        within: None,
        notes: None,
    };
    let body = liaison_interop::model_file::entry_to_yaml(&row)
        .map_err(|e| PageError::Internal(e.to_string()))?;
    state
        .store
        .change_record(
            &user.actor(),
            RecordChange::Create {
                kind: RecordKind::Responsibility,
                key: content_key(&body),
                body,
            },
        )
        .await?;
    let back = if form.asset.is_empty() || form.asset == "all" {
        "/matrix".to_owned()
    } else {
        format!("/matrix?asset={}", form.asset)
    };
    Ok(Redirect::to(&back).into_response())
}
