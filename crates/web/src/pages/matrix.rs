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
use liaison_locale::Locale;
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

/// A cell as drawn: who answers for the threat in the phase, and, when it is a gap or an
/// overlap, for which systems, in words (not by colour alone).
struct CellView {
    /// `gap`, `overlap`, `na` (nothing in use) or empty.
    class: &'static str,
    accountable: Vec<Named>,
    responsible: Vec<Named>,
    /// "No one accountable for: …" or "More than one accountable for: …".
    marker: String,
    /// The threat and phase, for those who cannot see the headers.
    label: String,
    threat: &'static str,
    phase: &'static str,
}

struct RowView {
    key: String,
    version: i64,
    organisation: Named,
    role: String,
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
    asset_kinds: Vec<(&'static str, String)>,
    phases: Vec<(&'static str, String)>,
    threats: Vec<(&'static str, String, Vec<CellView>)>,
    rows: Vec<RowView>,
    organisations: Vec<(String, String)>,
    roles: Vec<(&'static str, String)>,
    threat_choices: Vec<(&'static str, String)>,
    preset_threat: String,
    preset_phase: String,
    can_edit: bool,
    gaps: usize,
    overlaps: usize,
}

/// "every threat", or the labels of those listed, in the reader's language.
fn set_text<T: CatalogueEntry>(locale: Locale, every: &str, value: &AllOr<Entry<T>>) -> String {
    match value {
        AllOr::All => locale.text(every),
        AllOr::Listed(list) => locale.list(
            &list.iter().map(|e| locale.label(e.0)).collect::<Vec<_>>(),
            0,
        ),
    }
}

async fn page(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<MatrixQuery>,
) -> Result<Response, PageError> {
    let locale = user.locale;
    let kind = if query.asset.is_empty() {
        None
    } else {
        Some(AssetKind::parse_id(&query.asset).map_err(|e| PageError::BadRequest(e.to_string()))?)
    };
    let (_, model) = state.store.model(user.audiences()).await?;
    let cells = grid(&model, kind);
    let named = |id: liaison_domain::model::OrgId| {
        let key = model.key(id);
        Named {
            name: model
                .organisations
                .iter()
                .find(|o| o.key == key)
                .map_or_else(|| key.to_owned(), |o| o.name.clone()),
            href: format!("/organisations/{key}"),
        }
    };
    let systems = |places: &[usize]| {
        let names: Vec<String> = places
            .iter()
            .filter_map(|&i| model.assets.items().get(i))
            .map(|a| a.name.clone())
            .collect();
        locale.list(&names, 0)
    };
    let mut threats = Vec::new();
    let (mut gaps, mut overlaps) = (0, 0);
    for threat in ThreatKind::ALL {
        let row: Vec<CellView> = cells
            .iter()
            .filter(|c| c.threat == *threat)
            .map(|c| {
                let (class, marker) = if !c.in_use {
                    ("na", locale.text("matrix-not-in-use"))
                } else if c.is_gap() {
                    gaps += 1;
                    let marker = locale.text_with(
                        "matrix-gap-for",
                        &[("systems", systems(&c.gap_assets).into())],
                    );
                    ("gap", marker)
                } else if c.is_overlap() {
                    overlaps += 1;
                    let marker = locale.text_with(
                        "matrix-overlap-for",
                        &[("systems", systems(&c.overlap_assets).into())],
                    );
                    ("overlap", marker)
                } else {
                    ("", String::new())
                };
                CellView {
                    class,
                    accountable: c.accountable.iter().map(|&o| named(o)).collect(),
                    responsible: c.responsible.iter().map(|&o| named(o)).collect(),
                    marker,
                    label: locale.text_with(
                        "matrix-cell",
                        &[
                            ("threat", locale.label(c.threat).into()),
                            ("phase", locale.label(c.phase).into()),
                        ],
                    ),
                    threat: c.threat.id(),
                    phase: c.phase.id(),
                }
            })
            .collect();
        threats.push((threat.id(), locale.label(*threat), row));
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
            role: locale.label(r.role.0),
            threats: set_text(locale, "matrix-every-threat", &r.threats),
            phases: set_text(locale, "matrix-every-phase", &r.phases),
            assets: set_text(locale, "matrix-every-kind", &r.assets),
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
    fn labelled<E: CatalogueEntry>(locale: Locale) -> Vec<(&'static str, String)> {
        E::ALL.iter().map(|e| (e.id(), locale.label(*e))).collect()
    }
    Ok(html(MatrixPage {
        chrome: Chrome::of(&user, "matrix"),
        asset: query.asset.clone(),
        asset_kinds: labelled::<AssetKind>(locale),
        phases: labelled::<Phase>(locale),
        threats,
        rows,
        organisations,
        roles: labelled::<RaciRole>(locale),
        threat_choices: labelled::<ThreatKind>(locale),
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
