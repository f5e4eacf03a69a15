//! Cyber-hygiene self-assessments: every organisation, parties and vendors included, answers
//! the six aspects from time to time; its history is kept; others compare its latest result
//! only as far as it chose to share it.

use crate::audit::{self, Change};
use crate::{Actor, Result, Store, StoreError, new_id};
use crate::{check_text, to_json};
use crate::{forbidden, invalid};
use liaison_domain::access::{Action, Role, allows};
use liaison_domain::caller::Caller;
use liaison_domain::hygiene::{self, HygieneSharing};
use liaison_locale::Message;
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

/// One self-assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HygieneAssessment {
    pub organisation: String,
    /// 0–3 for each of the six aspects, in order.
    pub answers: Vec<i64>,
    /// Percent of the best answers.
    pub score: u8,
    pub shared_with: HygieneSharing,
    pub notes: Option<String>,
    pub assessed_at: String,
}

/// An organisation's latest self-assessment in the comparison, with the score of the one before
/// it when that one is shared with the viewer too: how it moves over time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ComparedAssessment {
    #[serde(flatten)]
    pub latest: HygieneAssessment,
    pub previous_score: Option<u8>,
}

fn assessment_from(row: &AnyRow) -> Result<HygieneAssessment> {
    let answers: String = row.try_get("answers")?;
    let shared: String = row.try_get("shared_with")?;
    let score: i64 = row.try_get("score")?;
    Ok(HygieneAssessment {
        organisation: row.try_get("organisation")?,
        answers: serde_json::from_str(&answers)
            .map_err(|_| StoreError::Internal("stored hygiene answers are not valid".into()))?,
        score: u8::try_from(score).unwrap_or(0),
        shared_with: HygieneSharing::parse(&shared).unwrap_or(HygieneSharing::Own),
        notes: row.try_get("notes")?,
        assessed_at: row.try_get("assessed_at")?,
    })
}

impl Store {
    /// Records the viewer's organisation's self-assessment.
    pub async fn assess_hygiene(
        &self,
        caller: &Caller,
        answers: Vec<i64>,
        shared_with: HygieneSharing,
        notes: Option<String>,
    ) -> Result<HygieneAssessment> {
        let viewer = caller.viewer();
        if !allows(viewer, Action::SelfAssess) {
            return Err(forbidden(Message::new("refusal-self-assessment")));
        }
        let organisation = viewer
            .organisation
            .clone()
            .ok_or_else(|| invalid(Message::new("refusal-no-organisation")))?;
        let score = hygiene::score(&answers).map_err(|e| invalid(Message::from(&e)))?;
        let notes = match notes.as_deref() {
            Some(n) => Some(check_text("notes", n, 5_000, false)?).filter(|n| !n.is_empty()),
            None => None,
        };
        let assessment = HygieneAssessment {
            organisation: organisation.clone(),
            answers,
            score,
            shared_with,
            notes,
            assessed_at: self.now(),
        };
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO hygiene_assessments (id, organisation, answers, score, shared_with, notes, assessed_by, assessed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(new_id())
        .bind(&organisation)
        .bind(to_json(&assessment.answers))
        .bind(i64::from(score))
        .bind(shared_with.id())
        .bind(&assessment.notes)
        .bind(&viewer.account)
        .bind(&assessment.assessed_at)
        .execute(&mut *tx)
        .await?;
        audit::append(
            &mut tx,
            &self.now(),
            &Actor {
                account: Some(viewer.account.clone()),
                organisation: Some(organisation),
            },
            Change {
                action: "self_assess",
                kind: "hygiene",
                key: &assessment.organisation,
                before: None,
                after: Some(&to_json(
                    &serde_json::json!({"score": score, "shared_with": shared_with}),
                )),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(assessment)
    }

    /// The viewer's organisation's self-assessments, newest first.
    pub async fn hygiene_history(&self, caller: &Caller) -> Result<Vec<HygieneAssessment>> {
        let viewer = caller.viewer();
        let Some(org) = &viewer.organisation else {
            return Ok(Vec::new());
        };
        sqlx::query(
            "SELECT organisation, answers, score, shared_with, notes, assessed_at FROM hygiene_assessments \
             WHERE organisation = $1 ORDER BY assessed_at DESC, id DESC",
        )
        .bind(org)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(assessment_from)
        .collect()
    }

    /// Each organisation's latest self-assessment that it lets the viewer see, best first, with
    /// the score of its previous one where that is shared with the viewer too.
    pub async fn hygiene_comparison(&self, caller: &Caller) -> Result<Vec<ComparedAssessment>> {
        let viewer = caller.viewer();
        let rows = sqlx::query(
            "SELECT organisation, answers, score, shared_with, notes, assessed_at FROM hygiene_assessments \
             ORDER BY organisation, assessed_at, id",
        )
        .fetch_all(&self.pool)
        .await?;
        // The platform administrator runs the platform; comparing agencies is the coordinators' work.
        let coordinator = viewer.role == Role::Coordinator;
        let member = viewer.role != Role::Observer;
        let visible = |a: &HygieneAssessment| {
            let own = viewer.organisation.as_deref() == Some(a.organisation.as_str());
            a.shared_with.shows_to(own, coordinator, member)
        };
        // Per organisation: its latest assessment and the one before.
        let mut last_two: std::collections::BTreeMap<
            String,
            (HygieneAssessment, Option<HygieneAssessment>),
        > = Default::default();
        for row in &rows {
            let a = assessment_from(row)?;
            match last_two.remove(&a.organisation) {
                Some((latest, _)) => last_two.insert(a.organisation.clone(), (a, Some(latest))),
                None => last_two.insert(a.organisation.clone(), (a, None)),
            };
        }
        let mut shown: Vec<ComparedAssessment> = last_two
            .into_values()
            .filter(|(latest, _)| visible(latest))
            .map(|(mut latest, previous)| {
                // Notes are the organisation's own.
                if viewer.organisation.as_deref() != Some(latest.organisation.as_str()) {
                    latest.notes = None;
                }
                ComparedAssessment {
                    latest,
                    previous_score: previous.filter(|p| visible(p)).map(|p| p.score),
                }
            })
            .collect();
        shown.sort_by(|a, b| {
            b.latest
                .score
                .cmp(&a.latest.score)
                .then(a.latest.organisation.cmp(&b.latest.organisation))
        });
        Ok(shown)
    }
}
