//! The responsibility matrix, cell by cell: every asset in use, every phase it is in use, every
//! threat that can act on it. Finds cells with no accountable organisation (gaps), with more
//! than one (overlaps), and cells whose responders lack the capability the threat calls for.
//!
//! A large country has a million cells; the rows that can cover an asset are gathered once per
//! asset, and cells are tested with bit operations.

use super::finding::{Finding, ObjectKind, ObjectRef, Rule, Severity};
use super::sentence::{Sentence, Term};
use super::wording;
use crate::Knowable;
use crate::catalogue::{AssetKind, CatalogueEntry, CatalogueSet, Phase, RaciRole, ThreatKind};
use crate::model::{Asset, AssetId, Model, OrgId, Responsibility};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What the matrix check found, before it becomes findings.
#[derive(Debug, Default)]
pub struct MatrixOutcome {
    pub cells: u64,
    pub gap_cells: u64,
    pub overlap_cells: u64,
    pub mismatch_cells: u64,
    /// Gaps by (threat, asset kind).
    gaps: BTreeMap<(ThreatKind, AssetKind), Spread>,
    /// Overlaps by the set of organisations accountable together.
    overlaps: BTreeMap<Vec<OrgId>, Spread>,
    /// Mismatches by (threat, unmet capability group), with the responders concerned.
    mismatches: BTreeMap<(ThreatKind, usize), (Spread, BTreeSet<OrgId>)>,
}

/// Where a pattern occurs: threats, phases, asset kinds and assets.
#[derive(Debug, Default, Clone)]
struct Spread {
    threats: CatalogueSet<ThreatKind>,
    phases: CatalogueSet<Phase>,
    kinds: CatalogueSet<AssetKind>,
    assets: Vec<AssetId>,
    cells: u64,
}

impl Spread {
    fn add(&mut self, asset: AssetId, kind: AssetKind, phase: Phase, threat: ThreatKind) {
        self.threats.insert(threat);
        self.phases.insert(phase);
        self.kinds.insert(kind);
        if self.assets.last() != Some(&asset) {
            self.assets.push(asset);
        }
        self.cells += 1;
    }
}

/// A row reduced to what a cell test needs.
#[derive(Clone, Copy)]
struct Row {
    organisation: OrgId,
    role: RaciRole,
    threats: CatalogueSet<ThreatKind>,
    phases: CatalogueSet<Phase>,
}

impl From<&Responsibility> for Row {
    fn from(r: &Responsibility) -> Self {
        Row {
            organisation: r.organisation,
            role: r.role,
            threats: r.threats,
            phases: r.phases,
        }
    }
}

/// The rows that can cover an asset, found without scanning the whole matrix: rows valid
/// everywhere by asset kind, rows limited to an organisation's assets by that organisation.
struct RowIndex {
    global: Vec<Vec<Row>>,
    scoped: HashMap<OrgId, Vec<(CatalogueSet<AssetKind>, Row)>>,
}

impl RowIndex {
    fn build(rows: &[Responsibility]) -> Self {
        let mut global: Vec<Vec<Row>> = vec![Vec::new(); AssetKind::ALL.len()];
        let mut scoped: HashMap<OrgId, Vec<(CatalogueSet<AssetKind>, Row)>> = HashMap::new();
        for r in rows {
            match r.within {
                None => {
                    for kind in r.assets.iter() {
                        global[kind.index()].push(Row::from(r));
                    }
                }
                Some(scope) => scoped
                    .entry(scope)
                    .or_default()
                    .push((r.assets, Row::from(r))),
            }
        }
        RowIndex { global, scoped }
    }

    /// Replaces `out` with the rows that can cover `asset`.
    fn candidates(&self, model: &Model, asset: &Asset, out: &mut Vec<Row>) {
        out.clear();
        out.extend_from_slice(&self.global[asset.kind.index()]);
        if let Knowable::Known(operator) = asset.operator {
            for owner in model.self_and_ancestors(operator) {
                if let Some(list) = self.scoped.get(&owner) {
                    out.extend(
                        list.iter()
                            .filter(|(kinds, _)| kinds.contains(asset.kind))
                            .map(|(_, row)| *row),
                    );
                }
            }
        }
    }
}

/// For each asset kind, the threats that can act on it.
fn threats_by_kind() -> Vec<CatalogueSet<ThreatKind>> {
    AssetKind::ALL
        .iter()
        .map(|kind| {
            ThreatKind::ALL
                .iter()
                .copied()
                .filter(|t| t.targets().contains(*kind))
                .collect()
        })
        .collect()
}

/// One cell of the threat x phase grid, over the assets of one kind (or of every kind).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridCell {
    pub threat: ThreatKind,
    pub phase: Phase,
    /// Some asset of the kind is in use in this phase and the threat can act on it.
    pub in_use: bool,
    pub accountable: Vec<OrgId>,
    pub responsible: Vec<OrgId>,
    /// The assets (by their place in the model's list) with no accountable organisation here:
    /// the cell is a gap when there is one, even if others have theirs.
    pub gap_assets: Vec<usize>,
    /// The assets with more than one accountable organisation here: the cell is an overlap.
    pub overlap_assets: Vec<usize>,
}

impl GridCell {
    pub fn is_gap(&self) -> bool {
        !self.gap_assets.is_empty()
    }

    pub fn is_overlap(&self) -> bool {
        !self.overlap_assets.is_empty()
    }
}

/// The responsibility matrix as a threat x phase grid, as the platform draws it: for the
/// assets of `kind`, or of every kind.
pub fn grid(model: &Model, kind: Option<AssetKind>) -> Vec<GridCell> {
    let mut cells: Vec<GridCell> = ThreatKind::ALL
        .iter()
        .flat_map(|&threat| {
            Phase::ALL.iter().map(move |&phase| GridCell {
                threat,
                phase,
                in_use: false,
                accountable: Vec::new(),
                responsible: Vec::new(),
                gap_assets: Vec::new(),
                overlap_assets: Vec::new(),
            })
        })
        .collect();
    let rows = model.responsibilities.items();
    let index = RowIndex::build(rows);
    let threats_for = threats_by_kind();
    let mut candidates = Vec::new();
    let mut accountable = OrgSet::default();
    for (place, asset) in model
        .assets
        .items()
        .iter()
        .enumerate()
        .filter(|(_, a)| kind.is_none_or(|k| a.kind == k))
    {
        index.candidates(model, asset, &mut candidates);
        for phase in asset.phases.iter() {
            for threat in threats_for[asset.kind.index()].iter() {
                let cell = &mut cells[threat.index() * Phase::ALL.len() + phase.index()];
                cell.in_use = true;
                accountable.clear();
                for row in candidates
                    .iter()
                    .filter(|r| r.threats.contains(threat) && r.phases.contains(phase))
                {
                    let list = match row.role {
                        RaciRole::Accountable => {
                            accountable.insert(row.organisation);
                            &mut cell.accountable
                        }
                        RaciRole::Responsible => &mut cell.responsible,
                        _ => continue,
                    };
                    if !list.contains(&row.organisation) {
                        list.push(row.organisation);
                    }
                }
                if accountable.items.is_empty() {
                    cell.gap_assets.push(place);
                } else if accountable.items.len() > 1 {
                    cell.overlap_assets.push(place);
                }
            }
        }
    }
    cells
}

/// A small sorted set of organisations, reused from cell to cell.
#[derive(Default)]
struct OrgSet {
    items: Vec<OrgId>,
}

impl OrgSet {
    fn clear(&mut self) {
        self.items.clear();
    }
    fn insert(&mut self, id: OrgId) {
        if let Err(pos) = self.items.binary_search(&id) {
            self.items.insert(pos, id);
        }
    }
}

pub fn check(model: &Model) -> MatrixOutcome {
    let mut outcome = MatrixOutcome::default();
    let (Knowable::Known(rows), Knowable::Known(assets)) = (&model.responsibilities, &model.assets)
    else {
        return outcome;
    };

    let index = RowIndex::build(rows);
    let threats_for = threats_by_kind();

    let mut candidates: Vec<Row> = Vec::new();
    let mut accountable = OrgSet::default();
    let mut responders = OrgSet::default();
    // Capability verdicts repeat: the same responders meet the same threat on many assets.
    // Per responder set, per threat: not yet computed, or the unmet group if any.
    let mut capability_cache: HashMap<Vec<OrgId>, Vec<Option<Option<usize>>>> = HashMap::new();

    for (position, asset) in assets.iter().enumerate() {
        let asset_id = AssetId(position as u32);
        let kind = asset.kind;
        index.candidates(model, asset, &mut candidates);
        let threats = threats_for[kind.index()];
        for phase in asset.phases.iter() {
            for threat in threats.iter() {
                outcome.cells += 1;
                accountable.clear();
                responders.clear();
                for row in &candidates {
                    if row.threats.contains(threat) && row.phases.contains(phase) {
                        if row.role == RaciRole::Accountable {
                            accountable.insert(row.organisation);
                        }
                        if row.role.acts() {
                            responders.insert(row.organisation);
                        }
                    }
                }
                match accountable.items.len() {
                    0 => {
                        outcome.gap_cells += 1;
                        outcome
                            .gaps
                            .entry((threat, kind))
                            .or_default()
                            .add(asset_id, kind, phase, threat);
                    }
                    1 => {}
                    _ => {
                        outcome.overlap_cells += 1;
                        outcome
                            .overlaps
                            .entry(accountable.items.clone())
                            .or_default()
                            .add(asset_id, kind, phase, threat);
                    }
                }
                if responders.items.is_empty() {
                    continue;
                }
                let cached = capability_cache
                    .get(responders.items.as_slice())
                    .and_then(|verdicts| verdicts[threat.index()]);
                let unmet = match cached {
                    Some(verdict) => verdict,
                    None => {
                        let verdict = unmet_capability(model, threat, &responders.items);
                        capability_cache
                            .entry(responders.items.clone())
                            .or_insert_with(|| vec![None; ThreatKind::ALL.len()])[threat.index()] =
                            Some(verdict);
                        verdict
                    }
                };
                if let Some(group) = unmet {
                    outcome.mismatch_cells += 1;
                    let (spread, who) = outcome.mismatches.entry((threat, group)).or_default();
                    spread.add(asset_id, kind, phase, threat);
                    who.extend(responders.items.iter().copied());
                }
            }
        }
    }
    outcome
}

/// The first capability group of the threat that no responder meets; `None` when all are met
/// or when a responder's capabilities are unknown (it might meet them).
fn unmet_capability(model: &Model, threat: ThreatKind, responders: &[OrgId]) -> Option<usize> {
    for (index, group) in threat.required_capabilities().iter().enumerate() {
        let mut met = false;
        for &org in responders {
            match &model.organisation(org).capabilities {
                Knowable::Unknown => return None,
                Knowable::Known(set) => {
                    if group.iter().any(|c| set.contains(*c)) {
                        met = true;
                        break;
                    }
                }
            }
        }
        if !met {
            return Some(index);
        }
    }
    None
}

/// How many objects a finding lists before "and N more".
const LISTED_ASSETS: usize = 50;

fn asset_objects(model: &Model, assets: &[AssetId]) -> Vec<ObjectRef> {
    assets
        .iter()
        .take(LISTED_ASSETS)
        .map(|&a| ObjectRef::new(ObjectKind::Asset, &model.asset(a).key))
        .collect()
}

/// The first three assets, and how many more.
fn asset_phrase(model: &Model, spread: &Spread) -> Term {
    let named: Vec<Term> = spread
        .assets
        .iter()
        .take(3)
        .map(|&a| Term::object(ObjectRef::new(ObjectKind::Asset, &model.asset(a).key)))
        .collect();
    let more = spread.assets.len().saturating_sub(named.len());
    Term::list(named, more)
}

fn org_phrase(model: &Model, orgs: &[OrgId]) -> Term {
    Term::list(
        orgs.iter()
            .map(|&o| Term::object(ObjectRef::new(ObjectKind::Organisation, model.key(o))))
            .collect(),
        0,
    )
}

/// Gaps during voting and results hit the single point of failure of an election.
fn gap_severity(phases: CatalogueSet<Phase>) -> Severity {
    let polling: CatalogueSet<Phase> = [
        Phase::Voting,
        Phase::Counting,
        Phase::Tabulation,
        Phase::ResultsPublication,
    ]
    .into_iter()
    .collect();
    if phases.intersects(polling) {
        Severity::High
    } else {
        Severity::Medium
    }
}

impl MatrixOutcome {
    pub fn findings(&self, model: &Model) -> Vec<Finding> {
        let mut findings = Vec::new();
        for ((threat, kind), spread) in &self.gaps {
            let mut objects = vec![
                ObjectRef::new(ObjectKind::ThreatKind, threat.id()),
                ObjectRef::new(ObjectKind::AssetKind, kind.id()),
            ];
            objects.extend(asset_objects(model, &spread.assets));
            findings.push(
                Finding::new(
                    Rule::ResponsibilityGap,
                    &format!("{threat}/{kind}"),
                    objects,
                    Sentence::new(
                        &wording::GAP,
                        vec![
                            ("threat", Term::label(*threat)),
                            ("asset_kind", Term::label(*kind)),
                            ("assets", asset_phrase(model, spread)),
                            ("phases", phase_phrase(spread.phases)),
                        ],
                    ),
                )
                .with_severity(gap_severity(spread.phases)),
            );
        }
        for (orgs, spread) in &self.overlaps {
            let keys: Vec<&str> = orgs.iter().map(|&o| model.key(o)).collect();
            let mut objects: Vec<ObjectRef> = orgs
                .iter()
                .map(|&o| ObjectRef::new(ObjectKind::Organisation, model.key(o)))
                .collect();
            objects.extend(asset_objects(model, &spread.assets));
            findings.push(Finding::new(
                Rule::ResponsibilityOverlap,
                &keys.join("+"),
                objects,
                Sentence::new(
                    if orgs.len() == 2 {
                        &wording::OVERLAP_TWO
                    } else {
                        &wording::OVERLAP_MANY
                    },
                    vec![
                        ("organisations", org_phrase(model, orgs)),
                        ("threats", Term::labels(spread.threats.iter())),
                        ("asset_kinds", Term::labels(spread.kinds.iter())),
                        ("assets", asset_phrase(model, spread)),
                        ("phases", phase_phrase(spread.phases)),
                    ],
                ),
            ));
        }
        for ((threat, group), (spread, responders)) in &self.mismatches {
            let needed = threat.required_capabilities()[*group];
            let orgs: Vec<OrgId> = responders.iter().copied().collect();
            let mut objects = vec![ObjectRef::new(ObjectKind::ThreatKind, threat.id())];
            objects.extend(
                orgs.iter()
                    .take(LISTED_ASSETS)
                    .map(|&o| ObjectRef::new(ObjectKind::Organisation, model.key(o))),
            );
            objects.extend(asset_objects(model, &spread.assets));
            let (wording, who) = match (orgs.as_slice(), needed.len()) {
                ([one], 1) => (
                    &wording::MISMATCH_ONE_LACKS_ONE,
                    ("organisation", org_phrase(model, &[*one])),
                ),
                ([one], _) => (
                    &wording::MISMATCH_ONE_LACKS_ALL,
                    ("organisation", org_phrase(model, &[*one])),
                ),
                (few, 1) if few.len() <= 4 => (
                    &wording::MISMATCH_NONE_HAS_ONE,
                    ("organisations", org_phrase(model, few)),
                ),
                (few, _) if few.len() <= 4 => (
                    &wording::MISMATCH_NONE_HAS_ANY,
                    ("organisations", org_phrase(model, few)),
                ),
                (many, 1) => (
                    &wording::MISMATCH_MANY_NONE_HAS_ONE,
                    ("organisations", org_phrase(model, &many[..3])),
                ),
                (many, _) => (
                    &wording::MISMATCH_MANY_NONE_HAS_ANY,
                    ("organisations", org_phrase(model, &many[..3])),
                ),
            };
            let mut args = vec![
                ("threat", Term::label(*threat)),
                ("asset_kinds", Term::labels(spread.kinds.iter())),
                ("assets", asset_phrase(model, spread)),
                who,
            ];
            if orgs.len() > 4 {
                args.push(("count", Term::number(orgs.len())));
            }
            args.push(match needed {
                [one] => ("capability", Term::label(*one)),
                many => ("capabilities", Term::labels(many.iter().copied())),
            });
            findings.push(Finding::new(
                Rule::CapabilityMismatch,
                &format!(
                    "{threat}/{}",
                    needed.iter().map(|c| c.id()).collect::<Vec<_>>().join("+")
                ),
                objects,
                Sentence::new(wording, args),
            ));
        }
        findings
    }
}

/// "every phase", "the voting phase", "the phases voting and counting".
pub(crate) fn phase_phrase(phases: CatalogueSet<Phase>) -> Term {
    let sentence = if phases.is_all() {
        Sentence::plain(&wording::EVERY_PHASE)
    } else if let [one] = phases.iter().collect::<Vec<_>>().as_slice() {
        Sentence::new(&wording::ONE_PHASE, vec![("phase", Term::label(*one))])
    } else {
        let names = phases
            .iter()
            .map(|p| {
                Term::clause(Sentence::new(
                    &wording::PHASE_NAME,
                    vec![("phase", Term::label(p))],
                ))
            })
            .collect();
        Sentence::new(
            &wording::SOME_PHASES,
            vec![("phases", Term::list(names, 0))],
        )
    };
    Term::clause(sentence)
}
