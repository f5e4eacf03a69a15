//! The joint risk register: risks of an election (threat × asset × phase), each organisation's
//! own assessments of them, kept as history, and the mitigation measures that answer them.
//! The register is for members: observers do not read it.

use crate::audit::{self, Change};
use crate::shared_item::next_number;
use crate::stored_row::{StoredRow, corrupt};
use crate::{Actor, Result, Store, StoreError, new_id};
use crate::{check_text, to_json};
use crate::{forbid, invalid};
use liaison_domain::access::{Action, Viewer};
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{
    CatalogueEntry, MeasureStatus, MitigationFamily, Phase, RiskStatus, RiskTreatment, ThreatKind,
};
use liaison_domain::risk::{self, AgencyView, Consensus, Estimate, Rating};
use liaison_locale::Message;
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::BTreeMap;
use time::Date;

const MAX_NOTES: usize = 5_000;
const MAX_TITLE: usize = 200;

/// One organisation's latest assessment of a risk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub organisation: String,
    pub likelihood: u8,
    pub impact: u8,
    pub score: u8,
    pub residual_likelihood: Option<u8>,
    pub residual_impact: Option<u8>,
    pub residual_score: Option<u8>,
    pub rationale: Option<String>,
    pub assessed_at: String,
}

/// A measure, by reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeasureRef {
    pub id: String,
    pub number: i64,
    pub title: String,
    pub status: MeasureStatus,
    pub due_on: Option<String>,
    pub overdue: bool,
}

/// A risk of the register with the agencies' views of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Risk {
    pub id: String,
    /// The human reference is `RISK-<number>`.
    pub number: i64,
    pub election: String,
    pub threat_kind: ThreatKind,
    pub asset: String,
    pub phase: Phase,
    pub owner: Option<String>,
    pub treatment: RiskTreatment,
    pub status: RiskStatus,
    pub next_review: Option<String>,
    pub notes: Option<String>,
    pub updated_at: String,
    pub version: i64,
    /// The latest assessment of each organisation that gave one.
    pub assessments: Vec<Assessment>,
    /// The joint view: medians, spread and whether the agencies disagree.
    pub consensus: Option<Consensus>,
    pub measures: Vec<MeasureRef>,
    /// The same threat, asset and phase in the last earlier election that assessed it.
    pub previous: Option<PreviousCycle>,
}

/// How a risk stood in an earlier election's register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PreviousCycle {
    pub election: String,
    /// The joint inherent score then.
    pub score: u8,
}

impl Risk {
    pub fn reference(&self) -> String {
        format!("RISK-{}", self.number)
    }

    /// The joint inherent score, 0 when nobody assessed it.
    pub fn score(&self) -> u8 {
        self.consensus.as_ref().map_or(0, |c| c.inherent.score())
    }
}

/// A mitigation measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Measure {
    pub id: String,
    /// The human reference is `M-<number>`.
    pub number: i64,
    pub family: MitigationFamily,
    pub title: String,
    pub description: String,
    pub owner: String,
    pub due_on: Option<String>,
    pub status: MeasureStatus,
    /// Not done or dropped, and past its due date.
    pub overdue: bool,
    /// Ids of the risks it answers.
    pub risks: Vec<String>,
    pub updated_at: String,
    pub version: i64,
}

/// A new risk for the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRisk {
    pub threat: ThreatKind,
    /// An asset key of the register.
    pub asset: String,
    pub phase: Phase,
    pub owner: Option<String>,
    pub treatment: RiskTreatment,
    pub next_review: Option<Date>,
    pub notes: Option<String>,
}

/// A change to a risk's handling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskHandling {
    pub owner: Option<String>,
    pub treatment: RiskTreatment,
    pub status: RiskStatus,
    pub next_review: Option<Date>,
    pub notes: Option<String>,
}

/// One organisation's view of a risk, as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssessment {
    pub likelihood: i64,
    pub impact: i64,
    pub residual_likelihood: Option<i64>,
    pub residual_impact: Option<i64>,
    pub rationale: Option<String>,
}

/// A new measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeasure {
    pub family: MitigationFamily,
    pub title: String,
    pub description: String,
    pub owner: String,
    pub due_on: Option<Date>,
    /// Ids of the risks it answers.
    pub risks: Vec<String>,
}

/// Which risks to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RiskFilter {
    pub threat: Option<ThreatKind>,
    pub phase: Option<Phase>,
    pub status: Option<RiskStatus>,
    pub owner: Option<String>,
    /// Only risks on which the agencies disagree.
    pub disagreement_only: bool,
    /// Only risks of this joint likelihood (a cell of the heat map, with `impact`).
    pub likelihood: Option<u8>,
    /// Only risks of this joint impact.
    pub impact: Option<u8>,
}

/// How the list is sorted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RiskOrder {
    /// Highest joint score first.
    #[default]
    Score,
    /// By reference.
    Number,
    /// Soonest review first.
    Review,
}

impl RiskOrder {
    fn order_by(self) -> &'static str {
        match self {
            RiskOrder::Score => " ORDER BY r.joint_score DESC, r.number",
            RiskOrder::Number => " ORDER BY r.number",
            // Risks without a review date come last.
            RiskOrder::Review => {
                " ORDER BY CASE WHEN r.next_review IS NULL THEN 1 ELSE 0 END, r.next_review, r.number"
            }
        }
    }

    /// Keeps the risks that come after `cursor` in this order.
    fn after(self, sql: &mut crate::query::Sql, cursor: &RiskCursor) {
        match self {
            RiskOrder::Score => {
                sql.push(" AND (r.joint_score < ")
                    .int(cursor.score)
                    .push(" OR (r.joint_score = ")
                    .int(cursor.score)
                    .push(" AND r.number > ")
                    .int(cursor.number)
                    .push("))");
            }
            RiskOrder::Number => {
                sql.push(" AND r.number > ").int(cursor.number);
            }
            RiskOrder::Review => match &cursor.review {
                Some(review) => {
                    sql.push(" AND (r.next_review IS NULL OR r.next_review > ")
                        .text(review.clone())
                        .push(" OR (r.next_review = ")
                        .text(review.clone())
                        .push(" AND r.number > ")
                        .int(cursor.number)
                        .push("))");
                }
                None => {
                    sql.push(" AND r.next_review IS NULL AND r.number > ")
                        .int(cursor.number);
                }
            },
        }
    }
}

/// The risks of the register of `election` that `filter` keeps.
fn register_filter(sql: &mut crate::query::Sql, election: &str, filter: &RiskFilter) {
    sql.push("r.election = ").text(election);
    if let Some(threat) = filter.threat {
        sql.push(" AND r.threat_kind = ").text(threat.id());
    }
    if let Some(phase) = filter.phase {
        sql.push(" AND r.phase = ").text(phase.id());
    }
    if let Some(status) = filter.status {
        sql.push(" AND r.status = ").text(status.id());
    }
    if let Some(owner) = &filter.owner {
        sql.push(" AND r.owner = ").text(owner.clone());
    }
    if let Some(likelihood) = filter.likelihood {
        sql.push(" AND r.joint_likelihood = ")
            .int(i64::from(likelihood));
    }
    if let Some(impact) = filter.impact {
        sql.push(" AND r.joint_impact = ").int(i64::from(impact));
    }
    if filter.disagreement_only {
        sql.push(" AND r.joint_disagreement = 1");
    }
}

/// Where a page of the register goes on: the key of the last risk of the page before, which
/// names its place in every order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskCursor {
    pub number: i64,
    pub score: i64,
    pub review: Option<String>,
}

/// A page of the register, with where the next one starts when this one is full.
#[derive(Debug, Clone, Default)]
pub struct RiskPage {
    pub risks: Vec<Risk>,
    pub next: Option<RiskCursor>,
}

/// Where a page of the measures goes on: the key of the last measure of the page before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureCursor {
    pub overdue: bool,
    pub due_on: Option<String>,
    pub number: i64,
}

/// A page of the measures, with where the next one starts when this one is full.
#[derive(Debug, Clone, Default)]
pub struct MeasurePage {
    pub measures: Vec<Measure>,
    pub next: Option<MeasureCursor>,
}

/// The counts of the whole register under a filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RiskSummary {
    pub total: usize,
    pub assessed: usize,
    pub disagreements: usize,
    /// Risks per joint (likelihood, impact).
    pub cells: BTreeMap<(u8, u8), usize>,
}

fn rating(value: Option<i64>) -> Option<u8> {
    value.and_then(|v| u8::try_from(v).ok())
}

fn assessment_from(row: &AnyRow) -> Result<Assessment> {
    let likelihood = rating(row.try_get("likelihood")?).unwrap_or(0);
    let impact = rating(row.try_get("impact")?).unwrap_or(0);
    let residual_likelihood = rating(row.try_get("residual_likelihood")?);
    let residual_impact = rating(row.try_get("residual_impact")?);
    Ok(Assessment {
        organisation: row.try_get("organisation")?,
        likelihood,
        impact,
        score: likelihood * impact,
        residual_likelihood,
        residual_impact,
        residual_score: residual_likelihood.zip(residual_impact).map(|(l, i)| l * i),
        rationale: row.try_get("rationale")?,
        assessed_at: row.try_get("assessed_at")?,
    })
}

fn view_of(a: &Assessment) -> Option<AgencyView> {
    let estimate = |l: u8, i: u8| {
        Some(Estimate {
            likelihood: Rating::new("likelihood", i64::from(l)).ok()?,
            impact: Rating::new("impact", i64::from(i)).ok()?,
        })
    };
    Some(AgencyView {
        organisation: a.organisation.clone(),
        inherent: estimate(a.likelihood, a.impact)?,
        residual: a
            .residual_likelihood
            .zip(a.residual_impact)
            .and_then(|(l, i)| estimate(l, i)),
    })
}

fn is_overdue(status: MeasureStatus, due_on: Option<&str>, today: Date) -> bool {
    let open = matches!(status, MeasureStatus::Planned | MeasureStatus::InProgress);
    open && due_on
        .and_then(|d| Date::parse(d, &time::format_description::well_known::Iso8601::DATE).ok())
        .is_some_and(|due| due < today)
}

fn date_text(date: Option<Date>) -> Option<String> {
    date.map(|d| d.to_string())
}

/// Up to this many risks are completed by looking them up by id.
const FEW_RISKS: usize = 200;

/// The condition on `r` that selects `risks`: a few by id, a whole register by its election in
/// one pass.
fn which_risks(sql: &mut crate::query::Sql, risks: &[Risk]) {
    if risks.len() <= FEW_RISKS {
        sql.push("r.id IN (")
            .texts(risks.iter().map(|r| r.id.clone()))
            .push(")");
    } else {
        sql.push("r.election = ").text(risks[0].election.clone());
    }
}

const RISK_COLUMNS: &str = "r.id, r.number, r.election, r.threat_kind, r.asset, r.phase, r.owner, \
    r.treatment, r.status, r.next_review, r.notes, r.updated_at, r.version";

fn risk_from(row: &AnyRow) -> Result<Risk> {
    let stored = StoredRow(row);
    Ok(Risk {
        id: stored.text("id")?,
        number: row.try_get("number")?,
        election: stored.text("election")?,
        threat_kind: stored.entry("threat_kind")?,
        asset: stored.text("asset")?,
        phase: stored.entry("phase")?,
        owner: row.try_get("owner")?,
        treatment: stored.entry("treatment")?,
        status: stored.entry("status")?,
        next_review: row.try_get("next_review")?,
        notes: row.try_get("notes")?,
        updated_at: stored.text("updated_at")?,
        version: row.try_get("version")?,
        assessments: Vec::new(),
        consensus: None,
        measures: Vec::new(),
        previous: None,
    })
}

fn measure_from(row: &AnyRow, today: Date) -> Result<Measure> {
    let stored = StoredRow(row);
    let status: MeasureStatus = stored.entry("status")?;
    let due_on: Option<String> = row.try_get("due_on")?;
    Ok(Measure {
        id: row.try_get("id")?,
        number: row.try_get("number")?,
        family: stored.entry("family")?,
        title: row.try_get("title")?,
        description: row.try_get("description")?,
        owner: row.try_get("owner")?,
        overdue: is_overdue(status, due_on.as_deref(), today),
        due_on,
        status,
        risks: Vec::new(),
        updated_at: row.try_get("updated_at")?,
        version: row.try_get("version")?,
    })
}

/// Recomputes a risk's joint view from the latest assessment of each agency and keeps it on the
/// risk, where the dashboard and the heat map rank and count it in SQL.
async fn keep_joint_view(conn: &mut sqlx::AnyConnection, risk_id: &str) -> Result<()> {
    let rows = sqlx::query(
        "SELECT organisation, likelihood, impact, residual_likelihood, residual_impact, rationale, assessed_at \
         FROM risk_assessments WHERE risk_id = $1 ORDER BY assessed_at, id",
    )
    .bind(risk_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut latest: BTreeMap<String, Assessment> = BTreeMap::new();
    for row in &rows {
        let a = assessment_from(row)?;
        latest.insert(a.organisation.clone(), a);
    }
    let views: Vec<AgencyView> = latest.values().filter_map(view_of).collect();
    let consensus = risk::consensus(&views);
    let joint = consensus.as_ref().map(|c| c.inherent);
    sqlx::query(
        "UPDATE risks SET joint_likelihood = $2, joint_impact = $3, joint_score = $4, joint_disagreement = $5 WHERE id = $1",
    )
    .bind(risk_id)
    .bind(joint.map(|e| i64::from(e.likelihood.value())))
    .bind(joint.map(|e| i64::from(e.impact.value())))
    .bind(joint.map_or(0, |e| i64::from(e.score())))
    .bind(i64::from(consensus.is_some_and(|c| c.disagreement)))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The joint risk picture at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskOverview {
    /// The highest joint scores, completed as in the register.
    pub top: Vec<Risk>,
    /// How many risks have each joint (likelihood, impact).
    pub cells: BTreeMap<(u8, u8), usize>,
}

impl Store {
    /// Places measures kept before they belonged to an election, and answering no risk, in
    /// the current election. Runs when the store opens; without an election they wait.
    pub(crate) async fn place_unplaced_measures(&self) -> Result<()> {
        let unplaced: (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM measures WHERE election IS NULL")
                .fetch_one(&self.pool)
                .await?;
        if unplaced.0 == 0 {
            return Ok(());
        }
        let Ok(election) = self.current_election().await else {
            return Ok(());
        };
        sqlx::query("UPDATE measures SET election = $1 WHERE election IS NULL")
            .bind(&election)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Fills in the joint view of risks assessed before it was kept beside them. Runs when the
    /// store opens; it finds nothing to do once done, and doing it twice does no harm.
    pub(crate) async fn fill_joint_views(&self) -> Result<()> {
        let missing: Vec<String> = sqlx::query_scalar(
            "SELECT r.id FROM risks r WHERE r.joint_likelihood IS NULL \
             AND EXISTS (SELECT 1 FROM risk_assessments a WHERE a.risk_id = r.id)",
        )
        .fetch_all(&self.pool)
        .await?;
        for batch in missing.chunks(500) {
            let mut tx = self.begin().await?;
            for id in batch {
                keep_joint_view(&mut tx, id).await?;
            }
            tx.commit().await?;
        }
        Ok(())
    }

    /// The `top` risks by joint score and the heat map's counts, for the dashboard: ranked and
    /// counted by the database on the joint views kept beside the risks.
    pub async fn risk_overview(&self, caller: &Caller, top: usize) -> Result<RiskOverview> {
        let viewer = caller.viewer();
        let Some(election) = self
            .register_election(viewer, "refusal-risks-members")
            .await?
        else {
            return Ok(RiskOverview {
                top: Vec::new(),
                cells: BTreeMap::new(),
            });
        };
        let mut risks: Vec<Risk> = sqlx::query(&format!(
            "SELECT {RISK_COLUMNS} FROM risks r WHERE r.election = $1 AND r.joint_score > 0 \
             ORDER BY r.joint_score DESC, r.number LIMIT $2"
        ))
        .bind(&election)
        .bind(i64::try_from(top).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(risk_from)
        .collect::<Result<_>>()?;
        self.complete_risks(&mut risks).await?;
        let mut cells = BTreeMap::new();
        let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT joint_likelihood, joint_impact, COUNT(*) FROM risks \
             WHERE election = $1 AND joint_likelihood IS NOT NULL \
             GROUP BY joint_likelihood, joint_impact",
        )
        .bind(&election)
        .fetch_all(&self.pool)
        .await?;
        for (likelihood, impact, count) in rows {
            let cell = (
                u8::try_from(likelihood)
                    .map_err(|_| corrupt("likelihood", &likelihood.to_string()))?,
                u8::try_from(impact).map_err(|_| corrupt("impact", &impact.to_string()))?,
            );
            cells.insert(cell, usize::try_from(count).unwrap_or(0));
        }
        Ok(RiskOverview { top: risks, cells })
    }

    /// Per asset key: how many risks of the current register concern it, and the highest joint
    /// score among them (0 while none is assessed). Counted by the database.
    pub async fn risks_by_asset(&self, caller: &Caller) -> Result<BTreeMap<String, (usize, u8)>> {
        let viewer = caller.viewer();
        let Some(election) = self
            .register_election(viewer, "refusal-risks-members")
            .await?
        else {
            return Ok(BTreeMap::new());
        };
        let rows: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT asset, COUNT(*), MAX(joint_score) FROM risks WHERE election = $1 GROUP BY asset",
        )
        .bind(&election)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(asset, count, top)| {
                let top =
                    u8::try_from(top).map_err(|_| corrupt("joint score", &top.to_string()))?;
                Ok((asset, (usize::try_from(count).unwrap_or(0), top)))
            })
            .collect()
    }

    /// The election whose register `viewer` reads, after checking they may (`refusal` is the
    /// key of why not); `None` while the model has no election, so there is no register to read.
    async fn register_election(&self, viewer: &Viewer, refusal: &str) -> Result<Option<String>> {
        forbid(viewer, Action::ReadRiskRegister, refusal)?;
        match self.current_election().await {
            Ok(e) => Ok(Some(e)),
            Err(StoreError::Invalid(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The name of the election the register is kept for: the model's election.
    pub(crate) async fn current_election(&self) -> Result<String> {
        let model = self.shared_model().await?;
        model
            .election
            .as_ref()
            .map(|e| e.name.clone())
            .ok_or_else(|| invalid(Message::new("refusal-no-election")))
    }

    async fn check_organisation(&self, key: &str) -> Result<()> {
        let model = self.shared_model().await?;
        if model.organisations.iter().any(|o| o.key == key) {
            Ok(())
        } else {
            Err(invalid(
                Message::new("refusal-not-an-organisation")
                    .with("key", key.chars().take(80).collect::<String>()),
            ))
        }
    }

    /// Adds a risk to the current election's register.
    pub async fn add_risk(&self, caller: &Caller, new: NewRisk) -> Result<Risk> {
        let viewer = caller.viewer();
        forbid(viewer, Action::ManageRiskRegister, "refusal-risks-add")?;
        let election = self.current_election().await?;
        let model = self.shared_model().await?;
        if !model.assets.items().iter().any(|a| a.key == new.asset) {
            return Err(invalid(
                Message::new("refusal-not-an-asset")
                    .with("key", new.asset.chars().take(80).collect::<String>()),
            ));
        }
        if let Some(owner) = &new.owner {
            self.check_organisation(owner).await?;
        }
        let notes = match new.notes.as_deref() {
            Some(n) => Some(check_text("notes", n, MAX_NOTES, false)?).filter(|n| !n.is_empty()),
            None => None,
        };
        let mut tx = self.begin().await?;
        let exists: Option<(String,)> = sqlx::query_as(
            "SELECT id FROM risks WHERE election = $1 AND threat_kind = $2 AND asset = $3 AND phase = $4",
        )
        .bind(&election)
        .bind(new.threat.id())
        .bind(&new.asset)
        .bind(new.phase.id())
        .fetch_optional(&mut *tx)
        .await?;
        if exists.is_some() {
            return Err(invalid(Message::new("refusal-risk-exists")));
        }
        let number = next_number(&mut tx, "risk").await?;
        let id = new_id();
        let at = self.now();
        sqlx::query(
            "INSERT INTO risks (id, number, election, threat_kind, asset, phase, owner, treatment, status, next_review, notes, created_at, updated_at, version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9, $10, $11, $11, 1)",
        )
        .bind(&id)
        .bind(number)
        .bind(&election)
        .bind(new.threat.id())
        .bind(&new.asset)
        .bind(new.phase.id())
        .bind(&new.owner)
        .bind(new.treatment.id())
        .bind(date_text(new.next_review))
        .bind(&notes)
        .bind(&at)
        .execute(&mut *tx)
        .await?;
        audit::append(
            &mut tx,
            &self.now(),
            &Actor::of(viewer),
            Change {
                action: "create",
                kind: "risk",
                key: &id,
                before: None,
                after: Some(&to_json(&serde_json::json!({
                    "threat": new.threat, "asset": new.asset, "phase": new.phase,
                    "owner": new.owner, "treatment": new.treatment,
                }))),
            },
        )
        .await?;
        tx.commit().await?;
        self.risk(caller, &id).await
    }

    /// Adds the risks the catalogue suggests for the model's technology that are not in the
    /// register yet. Returns how many were added.
    pub async fn seed_risks(&self, caller: &Caller) -> Result<usize> {
        let viewer = caller.viewer();
        forbid(viewer, Action::ManageRiskRegister, "refusal-risks-add")?;
        let election = self.current_election().await?;
        let model = self.shared_model().await?;
        let seeds = risk::seed(&model);
        let mut tx = self.begin().await?;
        let mut added = 0;
        for seed in &seeds {
            let asset = &model.asset(seed.asset).key;
            let owner = model
                .asset(seed.asset)
                .operator
                .known()
                .map(|o| model.key(*o).to_owned());
            let exists: Option<(String,)> = sqlx::query_as(
                "SELECT id FROM risks WHERE election = $1 AND threat_kind = $2 AND asset = $3 AND phase = $4",
            )
            .bind(&election)
            .bind(seed.threat.id())
            .bind(asset)
            .bind(seed.phase.id())
            .fetch_optional(&mut *tx)
            .await?;
            if exists.is_some() {
                continue;
            }
            let number = next_number(&mut tx, "risk").await?;
            let at = self.now();
            sqlx::query(
                "INSERT INTO risks (id, number, election, threat_kind, asset, phase, owner, treatment, status, created_at, updated_at, version) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'reduce', 'open', $8, $8, 1)",
            )
            .bind(new_id())
            .bind(number)
            .bind(&election)
            .bind(seed.threat.id())
            .bind(asset)
            .bind(seed.phase.id())
            .bind(&owner)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
            added += 1;
        }
        audit::append(
            &mut tx,
            &self.now(),
            &Actor::of(viewer),
            Change {
                action: "seed",
                kind: "risk_register",
                key: &election,
                before: None,
                after: Some(&to_json(&serde_json::json!({"added": added}))),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(added)
    }

    /// Records the viewer's organisation's assessment of a risk; earlier ones stay as history.
    pub async fn assess_risk(
        &self,
        caller: &Caller,
        id: &str,
        given: NewAssessment,
    ) -> Result<Risk> {
        let viewer = caller.viewer();
        forbid(viewer, Action::AssessRisk, "refusal-risk-assess")?;
        let organisation = viewer
            .organisation
            .clone()
            .ok_or_else(|| invalid(Message::new("refusal-no-organisation")))?;
        let risk = self.risk(caller, id).await?;
        let rated = |scale, v| Rating::new(scale, v).map_err(|e| invalid(Message::from(&e)));
        let residual = match (given.residual_likelihood, given.residual_impact) {
            (Some(l), Some(i)) => Some(Estimate {
                likelihood: rated("residual likelihood", l)?,
                impact: rated("residual impact", i)?,
            }),
            (None, None) => None,
            _ => {
                return Err(invalid(Message::new("refusal-residual-both")));
            }
        };
        let view = AgencyView {
            organisation: organisation.clone(),
            inherent: Estimate {
                likelihood: rated("likelihood", given.likelihood)?,
                impact: rated("impact", given.impact)?,
            },
            residual,
        };
        view.check().map_err(|e| invalid(Message::from(&e)))?;
        let rationale = match given.rationale.as_deref() {
            Some(r) => {
                Some(check_text("rationale", r, MAX_NOTES, false)?).filter(|r| !r.is_empty())
            }
            None => None,
        };
        let mut tx = self.begin().await?;
        let assessment_id = new_id();
        sqlx::query(
            "INSERT INTO risk_assessments (id, risk_id, organisation, likelihood, impact, residual_likelihood, residual_impact, rationale, assessed_by, assessed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(&assessment_id)
        .bind(&risk.id)
        .bind(&organisation)
        .bind(i64::from(view.inherent.likelihood.value()))
        .bind(i64::from(view.inherent.impact.value()))
        .bind(residual.map(|r| i64::from(r.likelihood.value())))
        .bind(residual.map(|r| i64::from(r.impact.value())))
        .bind(&rationale)
        .bind(&viewer.account)
        .bind(self.now())
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE risks SET updated_at = $2 WHERE id = $1")
            .bind(&risk.id)
            .bind(self.now())
            .execute(&mut *tx)
            .await?;
        // The update above locks the risk's row, so agencies assessing it at once take turns
        // here and each joint view counts every assessment committed before it.
        keep_joint_view(&mut tx, &risk.id).await?;
        audit::append(
            &mut tx,
            &self.now(),
            &Actor::of(viewer),
            Change {
                action: "assess",
                kind: "risk",
                key: &risk.id,
                before: None,
                after: Some(&to_json(&view)),
            },
        )
        .await?;
        tx.commit().await?;
        self.risk(caller, id).await
    }

    /// Changes a risk's owner, treatment, status, review date and notes.
    pub async fn handle_risk(
        &self,
        caller: &Caller,
        id: &str,
        expected_version: Option<i64>,
        handling: RiskHandling,
    ) -> Result<Risk> {
        let viewer = caller.viewer();
        forbid(viewer, Action::ManageRiskRegister, "refusal-risk-handle")?;
        let risk = self.risk(caller, id).await?;
        if let Some(owner) = &handling.owner {
            self.check_organisation(owner).await?;
        }
        let notes = match handling.notes.as_deref() {
            Some(n) => Some(check_text("notes", n, MAX_NOTES, false)?).filter(|n| !n.is_empty()),
            None => None,
        };
        let version = expected_version.unwrap_or(risk.version);
        let mut tx = self.begin().await?;
        let changed = sqlx::query(
            "UPDATE risks SET owner = $2, treatment = $3, status = $4, next_review = $5, notes = $6, updated_at = $7, handled_at = $7, \
             version = version + 1 WHERE id = $1 AND version = $8",
        )
        .bind(&risk.id)
        .bind(&handling.owner)
        .bind(handling.treatment.id())
        .bind(handling.status.id())
        .bind(date_text(handling.next_review))
        .bind(&notes)
        .bind(self.now())
        .bind(version)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() != 1 {
            return Err(StoreError::Changed);
        }
        audit::append(
            &mut tx,
            &self.now(),
            &Actor::of(viewer),
            Change {
                action: "handle",
                kind: "risk",
                key: &risk.id,
                before: Some(&to_json(&serde_json::json!({
                    "owner": risk.owner, "treatment": risk.treatment, "status": risk.status,
                    "next_review": risk.next_review,
                }))),
                after: Some(&to_json(&serde_json::json!({
                    "owner": handling.owner, "treatment": handling.treatment,
                    "status": handling.status, "next_review": date_text(handling.next_review),
                }))),
            },
        )
        .await?;
        tx.commit().await?;
        self.risk(caller, id).await
    }

    /// One risk with its assessments and measures.
    pub async fn risk(&self, caller: &Caller, id: &str) -> Result<Risk> {
        let viewer = caller.viewer();
        forbid(viewer, Action::ReadRiskRegister, "refusal-risks-members")?;
        let row = sqlx::query(&format!(
            "SELECT {RISK_COLUMNS} FROM risks r WHERE r.id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        let mut risks = vec![risk_from(&row)?];
        self.complete_risks(&mut risks).await?;
        Ok(risks.remove(0))
    }

    /// The register of the current election, filtered and sorted.
    pub async fn risks(
        &self,
        caller: &Caller,
        filter: &RiskFilter,
        order: RiskOrder,
    ) -> Result<Vec<Risk>> {
        let viewer = caller.viewer();
        let Some(election) = self
            .register_election(viewer, "refusal-risks-members")
            .await?
        else {
            return Ok(Vec::new());
        };
        let mut sql = crate::query::Sql::new(&format!("SELECT {RISK_COLUMNS} FROM risks r WHERE "));
        register_filter(&mut sql, &election, filter);
        sql.push(order.order_by());
        let mut risks: Vec<Risk> = sql
            .query()
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(risk_from)
            .collect::<Result<_>>()?;
        self.complete_risks(&mut risks).await?;
        Ok(risks)
    }

    /// One page of the register: at most `limit` risks in `order`, after the risk `after`
    /// names. The page starts from the key of the risk before it, so it costs the same however
    /// deep the reader goes.
    pub async fn risk_page(
        &self,
        caller: &Caller,
        filter: &RiskFilter,
        order: RiskOrder,
        limit: u32,
        after: Option<&RiskCursor>,
    ) -> Result<RiskPage> {
        let viewer = caller.viewer();
        let Some(election) = self
            .register_election(viewer, "refusal-risks-members")
            .await?
        else {
            return Ok(RiskPage::default());
        };
        let limit = limit.clamp(1, crate::MAX_PAGE);
        let mut sql = crate::query::Sql::new(&format!(
            "SELECT {RISK_COLUMNS}, r.joint_score FROM risks r WHERE "
        ));
        register_filter(&mut sql, &election, filter);
        if let Some(after) = after {
            order.after(&mut sql, after);
        }
        sql.push(order.order_by())
            .push(" LIMIT ")
            .int(i64::from(limit));
        let rows = sql.query().fetch_all(&self.pool).await?;
        let mut risks: Vec<Risk> = rows.iter().map(risk_from).collect::<Result<_>>()?;
        let next = match rows.last() {
            Some(row) if rows.len() >= limit as usize => Some(RiskCursor {
                number: row.try_get("number")?,
                score: row.try_get("joint_score")?,
                review: row.try_get("next_review")?,
            }),
            _ => None,
        };
        self.complete_risks(&mut risks).await?;
        Ok(RiskPage { risks, next })
    }

    /// What the whole register under `filter` holds, counted by the database: the risks, those
    /// assessed, those the agencies disagree on, and the heat map's cells.
    pub async fn risk_summary(&self, caller: &Caller, filter: &RiskFilter) -> Result<RiskSummary> {
        let viewer = caller.viewer();
        let Some(election) = self
            .register_election(viewer, "refusal-risks-members")
            .await?
        else {
            return Ok(RiskSummary::default());
        };
        let mut sql = crate::query::Sql::new(
            "SELECT r.joint_likelihood, r.joint_impact, r.joint_disagreement, COUNT(*) AS risks \
             FROM risks r WHERE ",
        );
        register_filter(&mut sql, &election, filter);
        sql.push(" GROUP BY r.joint_likelihood, r.joint_impact, r.joint_disagreement");
        let mut summary = RiskSummary::default();
        for row in sql.query().fetch_all(&self.pool).await? {
            let count = usize::try_from(row.try_get::<i64, _>("risks")?).unwrap_or(0);
            let likelihood: Option<i64> = row.try_get("joint_likelihood")?;
            let impact: Option<i64> = row.try_get("joint_impact")?;
            let disagreement: i64 = row.try_get("joint_disagreement")?;
            summary.total += count;
            if disagreement != 0 {
                summary.disagreements += count;
            }
            if let (Some(likelihood), Some(impact)) = (likelihood, impact) {
                summary.assessed += count;
                let cell = (
                    u8::try_from(likelihood)
                        .map_err(|_| corrupt("likelihood", &likelihood.to_string()))?,
                    u8::try_from(impact).map_err(|_| corrupt("impact", &impact.to_string()))?,
                );
                *summary.cells.entry(cell).or_default() += count;
            }
        }
        Ok(summary)
    }

    /// Fills in the latest assessment of each organisation, the joint view and the measures.
    async fn complete_risks(&self, risks: &mut [Risk]) -> Result<()> {
        if risks.is_empty() {
            return Ok(());
        }
        let index: BTreeMap<String, usize> = risks
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        // The assessments, oldest first: the last one of each organisation wins.
        let mut sql = crate::query::Sql::new(
            "SELECT a.risk_id, a.organisation, a.likelihood, a.impact, a.residual_likelihood, a.residual_impact, a.rationale, a.assessed_at \
             FROM risk_assessments a JOIN risks r ON r.id = a.risk_id WHERE ",
        );
        which_risks(&mut sql, risks);
        sql.push(" ORDER BY a.assessed_at, a.id");
        let rows = sql.query().fetch_all(&self.pool).await?;
        let mut latest: BTreeMap<(usize, String), Assessment> = BTreeMap::new();
        for row in &rows {
            let risk_id: String = row.try_get("risk_id")?;
            if let Some(&i) = index.get(&risk_id) {
                let a = assessment_from(row)?;
                latest.insert((i, a.organisation.clone()), a);
            }
        }
        for ((i, _), a) in latest {
            risks[i].assessments.push(a);
        }
        let today = self.clock.today();
        let mut sql = crate::query::Sql::new(
            "SELECT l.risk_id, m.id, m.number, m.title, m.status, m.due_on FROM measure_risks l \
             JOIN measures m ON m.id = l.measure_id JOIN risks r ON r.id = l.risk_id WHERE ",
        );
        which_risks(&mut sql, risks);
        sql.push(" ORDER BY m.number");
        let rows = sql.query().fetch_all(&self.pool).await?;
        for row in &rows {
            let risk_id: String = row.try_get("risk_id")?;
            let Some(&i) = index.get(&risk_id) else {
                continue;
            };
            let status: String = row.try_get("status")?;
            let status =
                MeasureStatus::from_id(&status).ok_or_else(|| corrupt("status", &status))?;
            let due_on: Option<String> = row.try_get("due_on")?;
            risks[i].measures.push(MeasureRef {
                id: row.try_get("id")?,
                number: row.try_get("number")?,
                title: row.try_get("title")?,
                overdue: is_overdue(status, due_on.as_deref(), today),
                status,
                due_on,
            });
        }
        for risk in risks.iter_mut() {
            let views: Vec<AgencyView> = risk.assessments.iter().filter_map(view_of).collect();
            risk.consensus = risk::consensus(&views);
        }
        self.previous_cycles(risks).await
    }

    /// For each risk, the joint score of the same threat, asset and phase in the latest other
    /// election that assessed it: the change from one cycle to the next.
    async fn previous_cycles(&self, risks: &mut [Risk]) -> Result<()> {
        let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(
            "SELECT election, threat_kind, asset, phase, joint_score FROM risks \
             WHERE election <> $1 AND joint_likelihood IS NOT NULL ORDER BY created_at, number",
        )
        .bind(&risks[0].election)
        .fetch_all(&self.pool)
        .await?;
        // (threat, asset, phase) -> the latest earlier cycle; later rows overwrite earlier ones.
        let mut latest: BTreeMap<(String, String, String), (String, i64)> = BTreeMap::new();
        for (election, threat, asset, phase, score) in rows {
            latest.insert((threat, asset, phase), (election, score));
        }
        for risk in risks.iter_mut() {
            let key = (
                risk.threat_kind.id().to_owned(),
                risk.asset.clone(),
                risk.phase.id().to_owned(),
            );
            if let Some((election, score)) = latest.get(&key) {
                risk.previous = Some(PreviousCycle {
                    election: election.clone(),
                    score: u8::try_from(*score)
                        .map_err(|_| corrupt("score", &score.to_string()))?,
                });
            }
        }
        Ok(())
    }

    /// The assessments of a risk over time, oldest first: how each agency's view moved.
    pub async fn risk_history(&self, caller: &Caller, id: &str) -> Result<Vec<Assessment>> {
        self.risk(caller, id).await?;
        sqlx::query(
            "SELECT organisation, likelihood, impact, residual_likelihood, residual_impact, rationale, assessed_at \
             FROM risk_assessments WHERE risk_id = $1 ORDER BY assessed_at, id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(assessment_from)
        .collect()
    }

    /// Adds a measure, answering risks of the register.
    pub async fn add_measure(&self, caller: &Caller, new: NewMeasure) -> Result<Measure> {
        let viewer = caller.viewer();
        forbid(viewer, Action::ManageRiskRegister, "refusal-measures-add")?;
        let title = check_text("title", &new.title, MAX_TITLE, true)?;
        let description = check_text("description", &new.description, MAX_NOTES, false)?;
        self.check_organisation(&new.owner).await?;
        if new.risks.len() > 100 {
            return Err(invalid(
                Message::new("refusal-measure-too-many-risks").with("max", 100_usize),
            ));
        }
        let election = self.current_election().await?;
        let mut tx = self.begin().await?;
        for risk in &new.risks {
            let found: Option<(String,)> =
                sqlx::query_as("SELECT id FROM risks WHERE id = $1 AND election = $2")
                    .bind(risk)
                    .bind(&election)
                    .fetch_optional(&mut *tx)
                    .await?;
            if found.is_none() {
                return Err(invalid(
                    Message::new("refusal-not-a-risk")
                        .with("key", risk.chars().take(80).collect::<String>())
                        .with("election", &election),
                ));
            }
        }
        let number = next_number(&mut tx, "measure").await?;
        let id = new_id();
        let at = self.now();
        sqlx::query(
            "INSERT INTO measures (id, number, family, title, description, owner, due_on, status, created_at, updated_at, version, election) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'planned', $8, $8, 1, $9)",
        )
        .bind(&id)
        .bind(number)
        .bind(new.family.id())
        .bind(&title)
        .bind(&description)
        .bind(&new.owner)
        .bind(date_text(new.due_on))
        .bind(&at)
        .bind(&election)
        .execute(&mut *tx)
        .await?;
        for risk in new.risks.iter().collect::<std::collections::BTreeSet<_>>() {
            sqlx::query("INSERT INTO measure_risks (measure_id, risk_id) VALUES ($1, $2)")
                .bind(&id)
                .bind(risk)
                .execute(&mut *tx)
                .await?;
        }
        audit::append(
            &mut tx,
            &self.now(),
            &Actor::of(viewer),
            Change {
                action: "create",
                kind: "measure",
                key: &id,
                before: None,
                after: Some(&to_json(&serde_json::json!({
                    "family": new.family, "title": title, "owner": new.owner,
                    "due_on": date_text(new.due_on), "risks": new.risks,
                }))),
            },
        )
        .await?;
        tx.commit().await?;
        self.measure(caller, &id).await
    }

    /// Moves a measure to a new status.
    pub async fn update_measure(
        &self,
        caller: &Caller,
        id: &str,
        expected_version: Option<i64>,
        status: MeasureStatus,
        due_on: Option<Date>,
    ) -> Result<Measure> {
        let viewer = caller.viewer();
        let measure = self.measure(caller, id).await?;
        forbid(
            viewer,
            Action::UpdateMeasure {
                owner: &measure.owner,
            },
            "only the organisation that owns a measure and coordinators move it on",
        )?;
        let version = expected_version.unwrap_or(measure.version);
        let due = date_text(due_on).or(measure.due_on.clone());
        let mut tx = self.begin().await?;
        let changed = sqlx::query(
            "UPDATE measures SET status = $2, due_on = $3, updated_at = $4, version = version + 1 WHERE id = $1 AND version = $5",
        )
        .bind(id)
        .bind(status.id())
        .bind(&due)
        .bind(self.now())
        .bind(version)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() != 1 {
            return Err(StoreError::Changed);
        }
        audit::append(
            &mut tx,
            &self.now(),
            &Actor::of(viewer),
            Change {
                action: "update",
                kind: "measure",
                key: id,
                before: Some(&to_json(
                    &serde_json::json!({"status": measure.status, "due_on": measure.due_on}),
                )),
                after: Some(&to_json(
                    &serde_json::json!({"status": status, "due_on": due}),
                )),
            },
        )
        .await?;
        tx.commit().await?;
        self.measure(caller, id).await
    }

    /// One measure.
    pub async fn measure(&self, caller: &Caller, id: &str) -> Result<Measure> {
        let viewer = caller.viewer();
        forbid(viewer, Action::ReadRiskRegister, "refusal-measures-members")?;
        let today = self.clock.today();
        let row = sqlx::query(
            "SELECT id, number, family, title, description, owner, due_on, status, updated_at, version FROM measures WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        let mut measure = measure_from(&row, today)?;
        measure.risks = sqlx::query_as::<_, (String,)>(
            "SELECT risk_id FROM measure_risks WHERE measure_id = $1 ORDER BY risk_id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|(r,)| r)
        .collect();
        Ok(measure)
    }

    /// The current election's measures, overdue ones first, then by due date.
    pub async fn measures(&self, caller: &Caller) -> Result<Vec<Measure>> {
        let mut all = Vec::new();
        let mut after = None;
        loop {
            let page = self
                .measure_page(caller, crate::MAX_PAGE, after.as_ref())
                .await?;
            all.extend(page.measures);
            match page.next {
                Some(next) => after = Some(next),
                None => return Ok(all),
            }
        }
    }

    /// One page of the measures, the overdue ones first, then by due date (those without one
    /// last) and number: at most `limit`, after the measure `after` names.
    pub async fn measure_page(
        &self,
        caller: &Caller,
        limit: u32,
        after: Option<&MeasureCursor>,
    ) -> Result<MeasurePage> {
        let viewer = caller.viewer();
        let Some(election) = self
            .register_election(viewer, "refusal-measures-members")
            .await?
        else {
            return Ok(MeasurePage::default());
        };
        let today = self.clock.today();
        let limit = limit.clamp(1, crate::MAX_PAGE);
        let mut sql = crate::query::Sql::new(
            "SELECT id, number, family, title, description, owner, due_on, status, updated_at, version FROM \
             (SELECT m.*, CASE WHEN m.status IN ('planned', 'in_progress') AND m.due_on < ",
        );
        sql.text(today.to_string())
            .push(
                " THEN 0 ELSE 1 END AS late, CASE WHEN m.due_on IS NULL THEN 1 ELSE 0 END AS undated \
                 FROM measures m WHERE m.election = ",
            )
            .text(election.clone())
            .push(") ordered WHERE 1 = 1");
        if let Some(after) = after {
            let (late, undated) = (i64::from(!after.overdue), i64::from(after.due_on.is_none()));
            sql.push(" AND (late > ")
                .int(late)
                .push(" OR (late = ")
                .int(late)
                .push(" AND (undated > ")
                .int(undated)
                .push(" OR (undated = ")
                .int(undated)
                .push(" AND (");
            match &after.due_on {
                Some(due) => {
                    sql.push("due_on > ")
                        .text(due.clone())
                        .push(" OR (due_on = ")
                        .text(due.clone())
                        .push(" AND number > ")
                        .int(after.number)
                        .push(")");
                }
                None => {
                    sql.push("number > ").int(after.number);
                }
            }
            sql.push(")))))");
        }
        sql.push(" ORDER BY late, undated, due_on, number LIMIT ")
            .int(i64::from(limit));
        let mut measures: Vec<Measure> = sql
            .query()
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| measure_from(r, today))
            .collect::<Result<_>>()?;
        if !measures.is_empty() {
            let mut links = crate::query::Sql::new(
                "SELECT measure_id, risk_id FROM measure_risks WHERE measure_id IN (",
            );
            links.texts(measures.iter().map(|m| m.id.clone()));
            links.push(") ORDER BY risk_id");
            let mut linked: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for row in links.query().fetch_all(&self.pool).await? {
                linked
                    .entry(row.try_get("measure_id")?)
                    .or_default()
                    .push(row.try_get("risk_id")?);
            }
            for m in measures.iter_mut() {
                m.risks = linked.remove(&m.id).unwrap_or_default();
            }
        }
        let next = match measures.last() {
            Some(last) if measures.len() >= limit as usize => Some(MeasureCursor {
                overdue: last.overdue,
                due_on: last.due_on.clone(),
                number: last.number,
            }),
            _ => None,
        };
        Ok(MeasurePage { measures, next })
    }

    /// How many measures the register holds, and how many of them are overdue.
    pub async fn measure_counts(&self, caller: &Caller) -> Result<(usize, usize)> {
        let viewer = caller.viewer();
        let Some(election) = self
            .register_election(viewer, "refusal-measures-members")
            .await?
        else {
            return Ok((0, 0));
        };
        let (total, overdue): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN status IN ('planned', 'in_progress') AND due_on < $2 THEN 1 ELSE 0 END), 0) \
             FROM measures WHERE election = $1",
        )
        .bind(&election)
        .bind(self.clock.today().to_string())
        .fetch_one(&self.pool)
        .await?;
        Ok((
            usize::try_from(total).unwrap_or(0),
            usize::try_from(overdue).unwrap_or(0),
        ))
    }
}
