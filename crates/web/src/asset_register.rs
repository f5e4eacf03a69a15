//! The technology and asset register as data: what each system is, who runs and supplies it
//! (its supply chain with the suppliers' certifications), when it is in use, what it needs,
//! which threats act on it, and — for members — how the joint register rates its risks. The
//! page and `GET /api/v1/assets` both show these entries.

use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::session::ApiCaller;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use liaison_domain::access::Action;
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{AssetKind, CatalogueEntry, Phase, SecurityNeed, ThreatKind};
use liaison_domain::model::{Model, OrgId};
use liaison_store::Store;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

pub fn router() -> Router<AppState> {
    Router::new().route("/assets", axum::routing::get(list))
}

/// An organisation named in the register.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrganisationRef {
    /// Its key in the model.
    pub id: String,
    pub name: String,
}

/// One supplier in a system's supply chain.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SupplierEntry {
    pub supplier: OrganisationRef,
    /// What it supplies, as the model says.
    pub provides: Option<String>,
    pub certifications: Vec<String>,
}

/// One system of the register.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AssetEntry {
    pub id: String,
    pub name: String,
    #[schema(value_type = String)]
    pub kind: AssetKind,
    /// Absent when the model does not know who runs it.
    pub operator: Option<OrganisationRef>,
    /// Its supplier.
    pub vendor: Option<OrganisationRef>,
    /// The further suppliers it depends on.
    pub supply_chain: Vec<SupplierEntry>,
    #[schema(value_type = Vec<String>)]
    pub phases: Vec<Phase>,
    /// Absent when not known.
    pub internet_facing: Option<bool>,
    #[schema(value_type = Option<String>)]
    pub confidentiality: Option<SecurityNeed>,
    #[schema(value_type = Option<String>)]
    pub integrity: Option<SecurityNeed>,
    #[schema(value_type = Option<String>)]
    pub availability: Option<SecurityNeed>,
    /// Certifications of the system itself.
    pub certifications: Vec<String>,
    /// The threats the catalogue says act on its kind.
    #[schema(value_type = Vec<String>)]
    pub threats: Vec<ThreatKind>,
    /// Members only: the risks of the current register that concern it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub risks: Option<usize>,
    /// Members only: the highest joint score among them (0 while none is assessed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub highest_joint_score: Option<u8>,
}

/// The answer of `GET /api/v1/assets`.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssetRegister {
    pub assets: Vec<AssetEntry>,
    /// False when the model does not list the technology in use.
    pub known: bool,
}

fn organisation(model: &Model, id: OrgId) -> OrganisationRef {
    let o = model.organisation(id);
    OrganisationRef {
        id: o.key.clone(),
        name: o.name.clone(),
    }
}

/// The register of `model` as the caller may see it: the risk figures only for members.
pub async fn entries(
    store: &Store,
    caller: &Caller,
    model: &Model,
) -> Result<Vec<AssetEntry>, liaison_store::StoreError> {
    let risks: Option<BTreeMap<String, (usize, u8)>> = if caller.may(Action::ReadRiskRegister) {
        Some(store.risks_by_asset(caller).await?)
    } else {
        None
    };
    Ok(model
        .assets
        .items()
        .iter()
        .map(|a| {
            let rated = risks
                .as_ref()
                .map(|r| r.get(&a.key).copied().unwrap_or((0, 0)));
            AssetEntry {
                id: a.key.clone(),
                name: a.name.clone(),
                kind: a.kind,
                operator: a.operator.known().map(|o| organisation(model, *o)),
                vendor: a.vendor.map(|v| organisation(model, v)),
                supply_chain: a
                    .supply_chain
                    .iter()
                    .map(|link| SupplierEntry {
                        supplier: organisation(model, link.supplier),
                        provides: link.provides.clone(),
                        certifications: link.certifications.clone(),
                    })
                    .collect(),
                phases: a.phases.iter().collect(),
                internet_facing: a.protection.internet_facing.known().copied(),
                confidentiality: a.protection.confidentiality.known().copied(),
                integrity: a.protection.integrity.known().copied(),
                availability: a.protection.availability.known().copied(),
                certifications: a.protection.certifications.clone(),
                threats: ThreatKind::ALL
                    .iter()
                    .copied()
                    .filter(|t| t.targets().contains(a.kind))
                    .collect(),
                risks: rated.map(|r| r.0),
                highest_joint_score: rated.map(|r| r.1),
            }
        })
        .collect())
}

#[utoipa::path(get, path = "/api/v1/assets", tag = "assets",
    responses((status = 200, description = "The technology and asset register; the risk figures for members only", body = AssetRegister),
              (status = 401, body = ErrorBody)))]
pub async fn list(State(state): State<AppState>, caller: ApiCaller) -> Result<Response, ApiError> {
    let (_, model) = state.store.model(caller.audiences()).await?;
    let assets = entries(&state.store, &caller, &model).await?;
    Ok(Json(AssetRegister {
        assets,
        known: model.assets.known().is_some(),
    })
    .into_response())
}
