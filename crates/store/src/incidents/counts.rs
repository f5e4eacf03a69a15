//! How many incidents a reader may see, by what dashboards and lists count them by.
//!
//! The database keeps tallies per audience (`incident_tallies`, by status, severity, kind and
//! TLP), changed by triggers in the transaction of every write of an incident or of its
//! assignments, whatever code writes it. A reader's counts are the sums over the audiences
//! that name one of the reader's principals: each incident has one audience, so none is
//! counted twice, and an incident the reader may not see is in no audience they belong to.
//! Reading them costs the number of audiences, not of incidents.

use super::IncidentCounts;
use super::IncidentFilter;
use crate::query::Sql;
use crate::{Result, Store};
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{CatalogueEntry, IncidentSeverity, IncidentStatus};
use liaison_domain::incident::is_open;
use liaison_domain::sharing::Principal;
use sqlx::Row;
use std::collections::BTreeMap;

/// The incidents of the reader's audiences that share a status, severity, kind and TLP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tally {
    pub status: String,
    pub severity: String,
    pub threat: String,
    pub tlp: String,
    pub items: i64,
    /// Of those, how many wait for an organisation's acknowledgement.
    pub awaiting: i64,
}

impl Tally {
    fn open(&self) -> bool {
        IncidentStatus::from_id(&self.status).is_none_or(is_open)
    }

    /// Whether the filter's conditions hold for these incidents; `None` when the filter asks
    /// what the tallies do not know (words, an organisation assigned).
    fn matches(&self, filter: &IncidentFilter) -> Option<bool> {
        if filter.text.as_deref().is_some_and(|t| !t.trim().is_empty())
            || filter.organisation.is_some()
        {
            return None;
        }
        let severity = IncidentSeverity::from_id(&self.severity).map(|s| s.index());
        Some(
            filter.status.is_none_or(|s| s.id() == self.status)
                && (!filter.open_only || self.open())
                && filter
                    .min_severity
                    .is_none_or(|min| severity.is_some_and(|s| s >= min.index()))
                && filter.threat.is_none_or(|t| t.id() == self.threat)
                && filter.tlp.is_none_or(|t| t.id() == self.tlp),
        )
    }
}

impl Store {
    /// The tallies of the incidents `principals` may see, summed over their audiences.
    pub(crate) async fn incident_tallies(&self, principals: &[Principal]) -> Result<Vec<Tally>> {
        let mut sql = Sql::new(
            "SELECT t.status, t.severity, t.threat_kind, t.tlp, \
             CAST(SUM(t.items) AS BIGINT), CAST(SUM(t.awaiting) AS BIGINT) \
             FROM incident_tallies t WHERE ",
        );
        sql.in_audiences("t.audience", principals)
            .push(" GROUP BY t.status, t.severity, t.threat_kind, t.tlp HAVING SUM(t.items) > 0");
        sql.query()
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| {
                Ok(Tally {
                    status: row.try_get(0)?,
                    severity: row.try_get(1)?,
                    threat: row.try_get(2)?,
                    tlp: row.try_get(3)?,
                    items: row.try_get(4)?,
                    awaiting: row.try_get(5)?,
                })
            })
            .collect()
    }

    /// Counts of open incidents for a dashboard, over what the reader may see, from the
    /// tallies.
    pub async fn incident_counts(&self, caller: &Caller) -> Result<IncidentCounts> {
        let mut by_severity: BTreeMap<String, i64> = BTreeMap::new();
        let mut by_threat: BTreeMap<String, i64> = BTreeMap::new();
        let mut unacknowledged = 0;
        for tally in self.incident_tallies(caller.principals()).await? {
            if tally.open() {
                *by_severity.entry(tally.severity).or_default() += tally.items;
                *by_threat.entry(tally.threat).or_default() += tally.items;
                unacknowledged += tally.awaiting;
            }
        }
        Ok(IncidentCounts::of(by_severity, by_threat, unacknowledged))
    }

    /// How many incidents `principals` may see match `filter`: from the tallies when the
    /// filter asks only what they know, otherwise counted.
    pub(crate) async fn incident_total(
        &self,
        principals: &[Principal],
        filter: &IncidentFilter,
    ) -> Result<i64> {
        let tallies = self.incident_tallies(principals).await?;
        let tallied: Option<i64> = tallies
            .iter()
            .map(|t| t.matches(filter).map(|m| if m { t.items } else { 0 }))
            .sum();
        match tallied {
            Some(total) => Ok(total),
            None => self.incident_total_scanned(principals, filter).await,
        }
    }

    /// How many incidents `principals` may see match `filter`, counted one by one.
    pub(crate) async fn incident_total_scanned(
        &self,
        principals: &[Principal],
        filter: &IncidentFilter,
    ) -> Result<i64> {
        let count = self.filtered(
            Sql::new("SELECT COUNT(*) FROM incidents i"),
            principals,
            filter,
        );
        Ok(count.query().fetch_one(&self.pool).await?.try_get(0)?)
    }

    /// The same counts as [`Store::incident_counts`], found by scanning every open incident
    /// the reader may see: what the property test proves the tallies equal to.
    pub async fn incident_counts_scanned(&self, caller: &Caller) -> Result<IncidentCounts> {
        let principals = caller.principals();
        let open = IncidentFilter {
            open_only: true,
            ..Default::default()
        };
        // One pass over the open incidents the reader may see, grouped by severity and kind.
        let mut sql = self.filtered(
            Sql::new(
                "SELECT i.severity, i.threat_kind, COUNT(*), \
             SUM(CASE WHEN EXISTS (SELECT 1 FROM incident_assignments s WHERE s.incident_id = i.id \
             AND s.withheld = 0 AND s.acknowledged_at IS NULL \
             AND s.role IN ('accountable', 'responsible', 'escalation', 'coordinator')) THEN 1 ELSE 0 END) \
             FROM incidents i",
            ),
            principals,
            &open,
        );
        sql.push(" GROUP BY i.severity, i.threat_kind");
        let mut by_severity: BTreeMap<String, i64> = BTreeMap::new();
        let mut by_threat: BTreeMap<String, i64> = BTreeMap::new();
        let mut unacknowledged = 0;
        for row in sql.query().fetch_all(&self.pool).await? {
            let count: i64 = row.try_get(2)?;
            *by_severity.entry(row.try_get(0)?).or_default() += count;
            *by_threat.entry(row.try_get(1)?).or_default() += count;
            unacknowledged += row.try_get::<Option<i64>, _>(3)?.unwrap_or(0);
        }
        Ok(IncidentCounts::of(by_severity, by_threat, unacknowledged))
    }
}

impl IncidentCounts {
    fn of(
        by_severity: BTreeMap<String, i64>,
        by_threat: BTreeMap<String, i64>,
        unacknowledged: i64,
    ) -> Self {
        let open_by_severity: Vec<(String, i64)> = IncidentSeverity::ALL
            .iter()
            .rev()
            .map(|s| {
                let n = by_severity.get(s.id()).copied().unwrap_or(0);
                (s.id().to_owned(), n)
            })
            .collect();
        IncidentCounts {
            open: by_severity.values().sum(),
            open_by_severity,
            open_by_threat: by_threat.into_iter().filter(|(_, n)| *n > 0).collect(),
            unacknowledged,
        }
    }
}

#[cfg(test)]
mod tests {
    //! The tallies against the scanning queries, over random histories of reports, resharing,
    //! status and severity changes, acknowledgements and merges, for readers of every kind.

    // Tests fail loudly.
    #![allow(clippy::unwrap_used, clippy::panic)]
    use crate::testing::{TestDatabase, load_demoland, person};
    use crate::{Incident, IncidentFilter, IncidentReport, IncidentUpdate, StoreError};
    use liaison_domain::access::{Role, Viewer};
    use liaison_domain::caller::Caller;
    use liaison_domain::catalogue::{
        CatalogueEntry, IncidentSeverity, IncidentStatus, Phase, ThreatKind,
    };
    use liaison_domain::sharing::TlpLevel;
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

    const BASE: &str = "https://liaison.example";
    /// Who takes part: (e-mail, organisation, role). The first four report.
    const PEOPLE: [(&str, &str, Role); 9] = [
        ("a@cec.example", "cec", Role::Analyst),
        ("a@cert.example", "cert", Role::Analyst),
        ("a@north1.example", "local-north-1", Role::Analyst),
        ("a@police.example", "police-cyber", Role::Analyst),
        ("c@cec.example", "cec", Role::Coordinator),
        ("r@nss.example", "nss", Role::Reader),
        ("r@dpa.example", "dpa", Role::Reader),
        ("o@cec.example", "cec", Role::Observer),
        ("r@vendor.example", "vendor-tally", Role::Reader),
    ];
    const REPORTERS: usize = 4;
    const ORGANISATIONS: [&str; 5] = ["cec", "cert", "nss", "dpa", "vendor-tally"];
    const LEVELS: [TlpLevel; 5] = [
        TlpLevel::Clear,
        TlpLevel::Green,
        TlpLevel::Amber,
        TlpLevel::AmberStrict,
        TlpLevel::Red,
    ];
    const THREATS: [ThreatKind; 3] = [
        ThreatKind::Ddos,
        ThreatKind::Ransomware,
        ThreatKind::DisinformationTrust,
    ];

    #[derive(Debug, Clone)]
    enum Step {
        Report {
            by: usize,
            sharing: (usize, Vec<usize>, bool),
            severity: usize,
            threat: usize,
        },
        /// Reports sent at the same time, written in one batch (one statement per table).
        Burst {
            count: usize,
            by: usize,
            sharing: (usize, Vec<usize>, bool),
            severity: usize,
            threat: usize,
        },
        Reshare {
            item: usize,
            sharing: (usize, Vec<usize>, bool),
        },
        Status {
            item: usize,
            by: usize,
            status: usize,
        },
        Severity {
            item: usize,
            by: usize,
            severity: usize,
        },
        Acknowledge {
            item: usize,
            by: usize,
        },
        Merge {
            item: usize,
            into: usize,
            by: usize,
        },
    }

    fn step() -> impl Strategy<Value = Step> {
        let sharing = (
            0..LEVELS.len(),
            prop::collection::vec(0..9usize, 0..3),
            any::<bool>(),
        );
        prop_oneof![
            3 => (0..REPORTERS, sharing.clone(), 0..4usize, 0..THREATS.len()).prop_map(
                |(by, sharing, severity, threat)| Step::Report { by, sharing, severity, threat }
            ),
            // Alike, so that one statement adds several incidents to the same tally.
            1 => (2..6usize, 0..REPORTERS, sharing.clone(), 0..4usize, 0..THREATS.len())
                .prop_map(|(count, by, sharing, severity, threat)| Step::Burst {
                    count,
                    by,
                    sharing,
                    severity,
                    threat
                }),
            1 => (0..64usize, sharing).prop_map(|(item, sharing)| Step::Reshare { item, sharing }),
            1 => (0..64usize, 0..PEOPLE.len(), 0..IncidentStatus::ALL.len())
                .prop_map(|(item, by, status)| Step::Status { item, by, status }),
            1 => (0..64usize, 0..PEOPLE.len(), 0..4usize)
                .prop_map(|(item, by, severity)| Step::Severity { item, by, severity }),
            2 => (0..64usize, 0..PEOPLE.len()).prop_map(|(item, by)| Step::Acknowledge { item, by }),
            1 => (0..64usize, 0..64usize, 0..PEOPLE.len())
                .prop_map(|(item, into, by)| Step::Merge { item, into, by }),
        ]
    }

    /// The recipients a sharing names: organisations, or under RED people (by e-mail).
    fn recipients(level: TlpLevel, picked: &[usize]) -> Vec<String> {
        picked
            .iter()
            .map(|&n| match level {
                TlpLevel::Red => PEOPLE[n % PEOPLE.len()].0.to_owned(),
                _ => ORGANISATIONS[n % ORGANISATIONS.len()].to_owned(),
            })
            .collect()
    }

    /// What the filters of the lists ask that the tallies answer, and one they do not.
    fn filters() -> Vec<IncidentFilter> {
        let mut filters = vec![
            IncidentFilter::default(),
            IncidentFilter {
                open_only: true,
                ..Default::default()
            },
            IncidentFilter {
                status: Some(IncidentStatus::Closed),
                ..Default::default()
            },
            IncidentFilter {
                min_severity: Some(IncidentSeverity::High),
                threat: Some(ThreatKind::Ddos),
                ..Default::default()
            },
            IncidentFilter {
                text: Some("word".into()),
                ..Default::default()
            },
        ];
        filters.extend(LEVELS.map(|tlp| IncidentFilter {
            tlp: Some(tlp),
            open_only: true,
            ..Default::default()
        }));
        filters
    }

    /// The change a step other than a report asks, on which incident and by whom (the
    /// reporter, for a new sharing); `None` when there is no incident to change yet.
    fn change_of(step: Step, items: &[(String, usize)]) -> Option<(String, usize, IncidentUpdate)> {
        let item = |n: usize| items.get(n % items.len().max(1)).cloned();
        let (n, by, update) = match step {
            Step::Report { .. } | Step::Burst { .. } => return None,
            Step::Reshare {
                item: n,
                sharing: (level, picked, observers),
            } => {
                let tlp = LEVELS[level];
                let recipients = recipients(tlp, &picked);
                let reporter = item(n)?.1;
                (
                    n,
                    reporter,
                    IncidentUpdate::Sharing {
                        tlp,
                        recipients,
                        observers,
                    },
                )
            }
            Step::Status { item, by, status } => (
                item,
                by,
                IncidentUpdate::Status {
                    status: IncidentStatus::ALL[status],
                    lessons: Some("Keep a second provider.".into()),
                    note: None,
                },
            ),
            Step::Severity { item, by, severity } => (
                item,
                by,
                IncidentUpdate::Severity {
                    severity: IncidentSeverity::ALL[severity],
                    note: None,
                },
            ),
            Step::Acknowledge { item, by } => {
                (item, by, IncidentUpdate::Acknowledge { note: None })
            }
            Step::Merge { item: n, into, by } => {
                let original = item(into)?.0;
                (n, by, IncidentUpdate::MergeInto { original })
            }
        };
        Some((item(n)?.0, by, update))
    }

    fn incident_report(
        n: usize,
        (level, picked, observers): (usize, Vec<usize>, bool),
        severity: usize,
        threat: usize,
    ) -> IncidentReport {
        let tlp = LEVELS[level];
        IncidentReport {
            title: format!("Incident {n}"),
            description: "A word about it.".into(),
            threat: THREATS[threat],
            severity: IncidentSeverity::ALL[severity],
            phase: Some(Phase::Voting),
            assets: vec!["results-website".into()],
            tlp,
            recipients: recipients(tlp, &picked),
            observers,
            observed_at: None,
            observables: Vec::new(),
        }
    }

    async fn check_history(steps: Vec<Step>) {
        let db = TestDatabase::new().await;
        let store = &db.store;
        load_demoland(store).await;
        let mut people: Vec<Viewer> = Vec::new();
        for (email, org, role) in PEOPLE {
            people.push(person(store, email, org, role).await);
        }
        let caller = |n: usize| Caller::new(people[n % people.len()].clone());
        // The incidents reported so far, with who reported each.
        let mut items: Vec<(String, usize)> = Vec::new();
        for step in steps {
            let done = match step {
                Step::Report {
                    by,
                    sharing,
                    severity,
                    threat,
                } => {
                    let report = incident_report(items.len(), sharing, severity, threat);
                    let reported = store.report_incident(&caller(by), report, BASE).await;
                    reported.map(|i| items.push((i.id, by)))
                }
                Step::Burst {
                    count,
                    by,
                    sharing,
                    severity,
                    threat,
                } => {
                    let sent: Vec<_> = (0..count)
                        .map(|n| {
                            let report =
                                incident_report(items.len() + n, sharing.clone(), severity, threat);
                            let (store, caller) = (store.clone(), caller(by));
                            let task = tokio::spawn(async move {
                                store.report_incident(&caller, report, BASE).await
                            });
                            (by, task)
                        })
                        .collect();
                    let mut done = Ok(());
                    for (by, task) in sent {
                        match task.await.unwrap() {
                            Ok(incident) => items.push((incident.id, by)),
                            Err(e) => done = Err(e),
                        }
                    }
                    done
                }
                change => match change_of(change, &items) {
                    Some((id, by, update)) => store
                        .update_item::<Incident>(&caller(by), &id, None, update, BASE)
                        .await
                        .map(drop),
                    None => Ok(()),
                },
            };
            match done {
                Ok(()) | Err(StoreError::Invalid(_) | StoreError::Forbidden(_)) => {}
                Err(StoreError::NotFound | StoreError::Changed) => {}
                Err(e) => panic!("{e}"),
            }
            for (n, who) in PEOPLE.iter().enumerate() {
                let reader = caller(n);
                assert_eq!(
                    store.incident_counts(&reader).await.unwrap(),
                    store.incident_counts_scanned(&reader).await.unwrap(),
                    "the dashboard's counts for {who:?}"
                );
                for filter in filters() {
                    assert_eq!(
                        store
                            .incident_total(reader.principals(), &filter)
                            .await
                            .unwrap(),
                        store
                            .incident_total_scanned(reader.principals(), &filter)
                            .await
                            .unwrap(),
                        "the list's total for {who:?} by {filter:?}"
                    );
                }
            }
        }
    }

    /// Every history keeps the tallies equal to the counts found by scanning, for every
    /// reader: a report, a narrowing or widening, a merge or an acknowledgement moves exactly
    /// the incidents it changes, and a refused change moves none.
    #[test]
    fn the_tallies_equal_the_scanning_counts_over_random_histories() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let config = Config {
            cases: 12,
            failure_persistence: None,
            ..Config::default()
        };
        // A fixed seed: the same histories on every run.
        let rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
        let mut runner = TestRunner::new_with_rng(config, rng);
        runner
            .run(&prop::collection::vec(step(), 10..40), |steps| {
                runtime.block_on(check_history(steps));
                Ok(())
            })
            .unwrap();
    }
}
