//! Situation reports of the forums. A draft is written from what happened in the period:
//! incidents, false claims, changes to the joint risk picture and measures, each included only
//! if every reader of the report may already read it. The forum's chair edits and approves it;
//! it is shared under TLP through the same audience rows as every shared item.

use crate::audiences::write_audience;
use crate::audit::{self, Change};
use crate::batch::Batch;
use crate::incidents::alerts::{AlertSubject, ChangeNotices, alert_organisations};
use crate::notices::{NoticeFacts, NoticeKind, SitrepNoticeFacts};
use crate::query::Sql;
use crate::shared_item::{ItemKind, ItemPage, ListCursor, Listed, newest_first, next_number};
use crate::stored_row::StoredRow;
use crate::{Actor, Result, Store, StoreError, new_id};
use crate::{check_text, to_json};
use crate::{forbidden, invalid};
use liaison_domain::access::{Action, allows};
use liaison_domain::caller::Caller;
use liaison_domain::incident;
use liaison_domain::model::Model;
use liaison_domain::sharing::{Principal, Sharing, TlpLevel};
use liaison_domain::sitrep::{PeriodFacts, ReportLine, covers, draft_text};
use liaison_locale::Message;
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::BTreeSet;
use time::{Date, Duration};

const MAX_BODY: usize = 50_000;
const REGISTER: &str = "register";

/// A situation report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sitrep {
    pub id: String,
    /// The human reference is `SITREP-<number>`.
    pub number: i64,
    pub forum: String,
    pub period_from: String,
    pub period_to: String,
    pub title: String,
    pub body: String,
    /// `draft` or `approved`.
    pub status: String,
    pub tlp: TlpLevel,
    /// The forum's chair organisation.
    pub source_organisation: String,
    pub created_by: String,
    pub created_at: String,
    pub approved_by: Option<String>,
    pub approved_at: Option<String>,
    pub updated_at: String,
    pub version: i64,
}

impl Sitrep {
    pub fn reference(&self) -> String {
        format!("{}-{}", SITREPS.prefix, self.number)
    }
}

/// How reports are listed: newest first by when they were drafted.
const SITREPS: ItemKind = ItemKind {
    name: "sitrep",
    table: "sitreps",
    alias: "s",
    reported_at: "created_at",
    noun: "situation report",
    prefix: "SITREP",
};

impl Listed for Sitrep {
    fn list_key(&self) -> ListCursor {
        ListCursor {
            listed_at: self.created_at.clone(),
            number: self.number,
        }
    }
}

/// Which reports to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SitrepFilter {
    /// Only drafts, still to be approved.
    pub drafts_only: bool,
    pub limit: u32,
    /// Where the page starts: after this report; from the newest when `None`.
    pub after: Option<ListCursor>,
}

const COLUMNS: &str = "s.id, s.number, s.forum, s.period_from, s.period_to, s.title, s.body, \
    s.status, s.tlp, s.source_organisation, s.created_by, s.created_at, s.approved_by, \
    s.approved_at, s.updated_at, s.version";

fn sitrep_from(row: &AnyRow) -> Result<Sitrep> {
    Ok(Sitrep {
        id: row.try_get("id")?,
        number: row.try_get("number")?,
        forum: row.try_get("forum")?,
        period_from: row.try_get("period_from")?,
        period_to: row.try_get("period_to")?,
        title: row.try_get("title")?,
        body: row.try_get("body")?,
        status: row.try_get("status")?,
        tlp: StoredRow(row).tlp()?,
        source_organisation: row.try_get("source_organisation")?,
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
        approved_by: row.try_get("approved_by")?,
        approved_at: row.try_get("approved_at")?,
        updated_at: row.try_get("updated_at")?,
        version: row.try_get("version")?,
    })
}

/// The forum and its chair, or why a report cannot be written for it.
fn forum_and_chair<'m>(
    model: &'m Model,
    key: &str,
) -> Result<(&'m liaison_domain::model::Forum, String)> {
    let forum = model
        .forums
        .items()
        .iter()
        .find(|f| f.key == key)
        .ok_or_else(|| {
            invalid(
                Message::new("refusal-not-a-forum")
                    .with("key", key.chars().take(80).collect::<String>()),
            )
        })?;
    let chair = forum
        .chair
        .as_ref()
        .and_then(|c| c.known())
        .map(|c| model.key(*c).to_owned())
        .ok_or_else(|| {
            invalid(Message::new("refusal-forum-no-chair").with("forum", &forum.name))
        })?;
    Ok((forum, chair))
}

/// The audience of a forum's report at a level: the chair and the members.
fn report_audience(
    model: &Model,
    forum: &liaison_domain::model::Forum,
    chair: &str,
    author: &str,
    tlp: TlpLevel,
) -> Result<BTreeSet<Principal>> {
    if tlp == TlpLevel::Red {
        return Err(invalid(Message::new("refusal-sitrep-red")));
    }
    let sharing = Sharing {
        tlp,
        source_organisation: chair.to_owned(),
        reporter: author.to_owned(),
        organisations: forum
            .members
            .iter()
            .map(|m| model.key(*m).to_owned())
            .collect(),
        people: BTreeSet::new(),
        observers: false,
    };
    incident::audience_for(model, &sharing, std::iter::empty())
        .map_err(|e| invalid(Message::from(&e)))
}

impl Store {
    /// Drafts the forum's report for a period (by default: since its last report, or the last
    /// seven days, up to today).
    pub async fn draft_sitrep(
        &self,
        caller: &Caller,
        forum_key: &str,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Sitrep> {
        let viewer = caller.viewer();
        let model = self.shared_model().await?;
        let (forum, chair) = forum_and_chair(&model, forum_key)?;
        if !allows(viewer, Action::DraftSitrep { chair: &chair }) {
            return Err(forbidden(Message::new("refusal-sitrep-draft")));
        }
        let today = self.clock.today();
        let to = to.unwrap_or(today);
        let last: Option<(String,)> = sqlx::query_as(
            "SELECT period_to FROM sitreps WHERE forum = $1 ORDER BY period_to DESC LIMIT 1",
        )
        .bind(&forum.key)
        .fetch_optional(&self.pool)
        .await?;
        let from = from
            .or_else(|| {
                last.and_then(|(d,)| {
                    Date::parse(&d, &time::format_description::well_known::Iso8601::DATE).ok()
                })
            })
            .unwrap_or(to - Duration::days(7));
        if from > to {
            return Err(invalid(Message::new("refusal-period-backwards")));
        }
        if to - from > Duration::days(366) {
            return Err(invalid(Message::new("refusal-period-too-long")));
        }
        let audience = report_audience(&model, forum, &chair, &viewer.account, TlpLevel::Amber)?;
        let (facts, items) = self.period_facts(&audience, from, to, today).await?;
        let body = draft_text(&forum.name, from, to, &facts);

        let mut tx = self.begin().await?;
        let number = next_number(&mut tx, "sitrep").await?;
        let id = new_id();
        let at = self.now();
        let title = format!("{}: situation report {from} to {to}", forum.name);
        sqlx::query(
            "INSERT INTO sitreps (id, number, forum, period_from, period_to, title, body, status, tlp, source_organisation, created_by, created_at, updated_at, version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'draft', 'amber', $8, $9, $10, $10, 1)",
        )
        .bind(&id)
        .bind(number)
        .bind(&forum.key)
        .bind(from.to_string())
        .bind(to.to_string())
        .bind(&title)
        .bind(&body)
        .bind(&chair)
        .bind(&viewer.account)
        .bind(&at)
        .execute(&mut *tx)
        .await?;
        for item in &items {
            sqlx::query("INSERT INTO sitrep_items (sitrep_id, item_id) VALUES ($1, $2)")
                .bind(&id)
                .bind(item)
                .execute(&mut *tx)
                .await?;
        }
        write_audience(&mut tx, "sitreps", &id, &audience).await?;
        let seq = crate::live::record(
            &mut tx,
            self.backend,
            &self.now(),
            &id,
            "sitrep.drafted",
            &serde_json::json!({"id": id, "reference": format!("SITREP-{number}"), "forum": forum.key}),
        )
        .await?;
        audit::append(
            &mut tx,
            &self.now(),
            &Actor::of(viewer),
            Change {
                action: "draft",
                kind: "sitrep",
                key: &id,
                before: None,
                after: Some(&to_json(&serde_json::json!({"forum": forum.key, "from": from.to_string(), "to": to.to_string(), "items": items.len()}))),
            },
        )
        .await?;
        tx.commit().await?;
        self.publish_committed(&[seq]).await;
        self.sitrep(caller, &id).await
    }

    /// The ids, among `rows` (with an `id` column), of the items every reader of `audience` may
    /// already read.
    async fn items_covering(
        &self,
        rows: &[sqlx::any::AnyRow],
        audience: &BTreeSet<Principal>,
    ) -> Result<BTreeSet<String>> {
        let ids = rows
            .iter()
            .map(|row| row.try_get::<String, _>("id"))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(self
            .audiences_of_items(&ids)
            .await?
            .into_iter()
            .filter(|(_, theirs)| covers(theirs, audience))
            .map(|(id, _)| id)
            .collect())
    }

    /// What happened in the period that every reader of `audience` may read; and the ids of the
    /// items drawn on (with `register` when the risk register is told of).
    async fn period_facts(
        &self,
        audience: &BTreeSet<Principal>,
        from: Date,
        to: Date,
        today: Date,
    ) -> Result<(PeriodFacts, Vec<String>)> {
        let start = format!("{from}T00:00:00");
        let end = format!("{}T00:00:00", to.next_day().unwrap_or(to));
        let mut facts = PeriodFacts::default();
        let mut items = Vec::new();
        let rows = sqlx::query(
            "SELECT id, number, title, severity, status, reported_at, updated_at FROM incidents \
             WHERE (reported_at >= $1 AND reported_at < $2) OR status NOT IN ('resolved', 'closed') \
             OR (status = 'closed' AND updated_at >= $1 AND updated_at < $2) ORDER BY number",
        )
        .bind(&start)
        .bind(&end)
        .fetch_all(&self.pool)
        .await?;
        let fits = self.items_covering(&rows, audience).await?;
        for row in &rows {
            let id: String = row.try_get("id")?;
            if !fits.contains(&id) {
                facts.left_out += 1;
                continue;
            }
            let number: i64 = row.try_get("number")?;
            let title: String = row.try_get("title")?;
            let severity: String = row.try_get("severity")?;
            let status: String = row.try_get("status")?;
            let reported: String = row.try_get("reported_at")?;
            let updated: String = row.try_get("updated_at")?;
            let line = ReportLine {
                reference: format!("INC-{number}"),
                text: format!("{title} ({severity}, {})", status.replace('_', " ")),
            };
            let in_period = |t: &str| t >= start.as_str() && t < end.as_str();
            let mut used = false;
            if !matches!(status.as_str(), "resolved" | "closed") {
                facts.open_incidents += 1;
            }
            if in_period(&reported) {
                facts.new_incidents.push(line.clone());
                used = true;
            }
            if status == "closed" && in_period(&updated) {
                facts.closed_incidents.push(line);
                used = true;
            }
            if used || !matches!(status.as_str(), "resolved" | "closed") {
                items.push(id);
            }
        }
        let claims = sqlx::query(
            "SELECT id, number, claim, platform FROM disinformation WHERE created_at >= $1 AND created_at < $2 ORDER BY number",
        )
        .bind(&start)
        .bind(&end)
        .fetch_all(&self.pool)
        .await?;
        let fits = self.items_covering(&claims, audience).await?;
        for row in &claims {
            let id: String = row.try_get("id")?;
            if !fits.contains(&id) {
                facts.left_out += 1;
                continue;
            }
            let number: i64 = row.try_get("number")?;
            let claim: String = row.try_get("claim")?;
            let platform: String = row.try_get("platform")?;
            facts.new_claims.push(ReportLine {
                reference: format!("DIS-{number}"),
                text: format!(
                    "{} (on {platform})",
                    claim.chars().take(200).collect::<String>()
                ),
            });
            items.push(id);
        }
        // The register is for members: told only in reports no observer or outsider reads.
        let register_allowed =
            !audience.contains(&Principal::Public) && !audience.contains(&Principal::Observers);
        // The register of the current election; none without one.
        let election = match self.shared_model().await?.election.as_ref() {
            Some(e) => e.name.clone(),
            None => String::new(),
        };
        if register_allowed && !election.is_empty() {
            let changes = sqlx::query(
                "SELECT r.number, r.threat_kind, r.asset, a.organisation, a.likelihood, a.impact \
                 FROM risk_assessments a JOIN risks r ON r.id = a.risk_id \
                 WHERE a.assessed_at >= $1 AND a.assessed_at < $2 AND r.election = $3 \
                 ORDER BY a.assessed_at, a.id",
            )
            .bind(&start)
            .bind(&end)
            .bind(&election)
            .fetch_all(&self.pool)
            .await?;
            for row in &changes {
                let number: i64 = row.try_get("number")?;
                let threat: String = row.try_get("threat_kind")?;
                let asset: String = row.try_get("asset")?;
                let org: String = row.try_get("organisation")?;
                let l: i64 = row.try_get("likelihood")?;
                let i: i64 = row.try_get("impact")?;
                facts.risk_changes.push(ReportLine {
                    reference: format!("RISK-{number}"),
                    text: format!(
                        "{} on {asset}: {org} assessed it at {} (likelihood {l}, impact {i})",
                        threat.replace('_', " "),
                        l * i
                    ),
                });
            }
            let handled = sqlx::query(
                "SELECT number, threat_kind, asset, owner, treatment, status FROM risks \
                 WHERE election = $3 AND handled_at >= $1 AND handled_at < $2 ORDER BY number",
            )
            .bind(&start)
            .bind(&end)
            .bind(&election)
            .fetch_all(&self.pool)
            .await?;
            for row in &handled {
                let number: i64 = row.try_get("number")?;
                let threat: String = row.try_get("threat_kind")?;
                let asset: String = row.try_get("asset")?;
                let owner: Option<String> = row.try_get("owner")?;
                let treatment: String = row.try_get("treatment")?;
                let status: String = row.try_get("status")?;
                facts.risk_changes.push(ReportLine {
                    reference: format!("RISK-{number}"),
                    text: format!(
                        "{} on {asset}: now {status}, treatment {treatment}, owned by {}",
                        threat.replace('_', " "),
                        owner.as_deref().unwrap_or("nobody")
                    ),
                });
            }
            let measures = sqlx::query(
                "SELECT number, title, owner, status, due_on, created_at, updated_at FROM measures \
                 WHERE election = $1 ORDER BY number",
            )
            .bind(&election)
            .fetch_all(&self.pool)
            .await?;
            for row in &measures {
                let number: i64 = row.try_get("number")?;
                let title: String = row.try_get("title")?;
                let owner: String = row.try_get("owner")?;
                let status: String = row.try_get("status")?;
                let due: Option<String> = row.try_get("due_on")?;
                let created: String = row.try_get("created_at")?;
                let updated: String = row.try_get("updated_at")?;
                let line = |what: String| ReportLine {
                    reference: format!("M-{number}"),
                    text: format!("{title} ({owner}{what})"),
                };
                if created >= start && created < end {
                    facts.measures_new.push(line(
                        due.as_ref()
                            .map(|d| format!(", due {d}"))
                            .unwrap_or_default(),
                    ));
                }
                if status == "done" && updated >= start && updated < end {
                    facts.measures_done.push(line(String::new()));
                }
                let open = matches!(status.as_str(), "planned" | "in_progress");
                if let Some(due) = due.filter(|d| open && d.as_str() < today.to_string().as_str()) {
                    facts.measures_overdue.push(line(format!(", due {due}")));
                }
            }
            if !facts.risk_changes.is_empty()
                || !facts.measures_new.is_empty()
                || !facts.measures_done.is_empty()
                || !facts.measures_overdue.is_empty()
            {
                items.push(REGISTER.to_owned());
            }
        }
        Ok((facts, items))
    }

    /// One report, if the reader may see it.
    pub async fn sitrep(&self, caller: &Caller, id: &str) -> Result<Sitrep> {
        self.sitrep_seen_by(caller.principals(), id).await
    }

    /// One report, if `principals` may see it.
    pub(crate) async fn sitrep_seen_by(
        &self,
        principals: &[Principal],
        id: &str,
    ) -> Result<Sitrep> {
        let select = Sql::new(&format!("SELECT {COLUMNS} FROM sitreps s"));
        sitrep_from(&self.visible_row(select, "s", id, principals).await?)
    }

    /// The reports the reader may see, by `filter`, newest first, a page at a time.
    pub async fn sitreps(
        &self,
        caller: &Caller,
        filter: &SitrepFilter,
    ) -> Result<ItemPage<Sitrep>> {
        let filtered = |select: &str| {
            let mut sql = Sql::new(select);
            sql.push(" WHERE ")
                .in_audiences("s.audience", caller.principals());
            if filter.drafts_only {
                sql.push(" AND s.status = 'draft'");
            }
            sql
        };
        let total: i64 = filtered("SELECT COUNT(*) FROM sitreps s")
            .query()
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        let mut sql = filtered(&format!("SELECT {COLUMNS} FROM sitreps s"));
        newest_first(&mut sql, &SITREPS, filter.limit, filter.after.as_ref());
        let reports = sql
            .query()
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(sitrep_from)
            .collect::<Result<_>>()?;
        Ok(ItemPage::of(total, reports, filter.limit))
    }

    /// Edits a draft: its title and text.
    pub async fn edit_sitrep(
        &self,
        caller: &Caller,
        id: &str,
        expected_version: Option<i64>,
        title: &str,
        body: &str,
    ) -> Result<Sitrep> {
        let viewer = caller.viewer();
        let report = self.sitrep(caller, id).await?;
        if !allows(
            viewer,
            Action::EditSitrep {
                chair: &report.source_organisation,
            },
        ) {
            return Err(forbidden(Message::new("refusal-sitrep-edit")));
        }
        if report.status != "draft" {
            return Err(invalid(Message::new("refusal-sitrep-approved-final")));
        }
        let title = check_text("title", title, 300, true)?;
        let body = check_text("text", body, MAX_BODY, true)?;
        let version = expected_version.unwrap_or(report.version);
        let mut tx = self.begin().await?;
        let changed = sqlx::query(
            "UPDATE sitreps SET title = $3, body = $4, updated_at = $5, version = version + 1 \
             WHERE id = $1 AND version = $2 AND status = 'draft'",
        )
        .bind(id)
        .bind(version)
        .bind(&title)
        .bind(&body)
        .bind(self.now())
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
                action: "edit",
                kind: "sitrep",
                key: id,
                before: Some(&report.body),
                after: Some(&body),
            },
        )
        .await?;
        tx.commit().await?;
        self.sitrep(caller, id).await
    }

    /// Approves a draft at a TLP level, which may not show any item it draws on to someone the
    /// item was not shared with.
    pub async fn approve_sitrep(
        &self,
        caller: &Caller,
        id: &str,
        expected_version: Option<i64>,
        tlp: TlpLevel,
        base_url: &str,
    ) -> Result<Sitrep> {
        let viewer = caller.viewer();
        let report = self.sitrep(caller, id).await?;
        if !allows(
            viewer,
            Action::ApproveSitrep {
                chair: &report.source_organisation,
            },
        ) {
            return Err(forbidden(Message::new("refusal-sitrep-approve")));
        }
        if report.status != "draft" {
            return Err(invalid(Message::new("refusal-sitrep-already-approved")));
        }
        let model = self.shared_model().await?;
        let (forum, chair) = forum_and_chair(&model, &report.forum)?;
        let audience = report_audience(&model, forum, &chair, &report.created_by, tlp)?;
        let items: Vec<(String,)> =
            sqlx::query_as("SELECT item_id FROM sitrep_items WHERE sitrep_id = $1")
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        let shared: Vec<String> = items
            .iter()
            .filter(|(item,)| item != REGISTER)
            .map(|(item,)| item.clone())
            .collect();
        let audiences = self.audiences_of_items(&shared).await?;
        for (item,) in &items {
            let fits = if item == REGISTER {
                !audience.contains(&Principal::Public) && !audience.contains(&Principal::Observers)
            } else {
                audiences
                    .get(item)
                    .is_some_and(|theirs| covers(theirs, &audience))
            };
            if !fits {
                return Err(invalid(
                    Message::new("refusal-sitrep-too-wide").with("tlp", tlp.marking()),
                ));
            }
        }
        let version = expected_version.unwrap_or(report.version);
        let mut tx = self.begin().await?;
        let changed = sqlx::query(
            "UPDATE sitreps SET status = 'approved', tlp = $3, approved_by = $4, approved_at = $5, updated_at = $5, version = version + 1 \
             WHERE id = $1 AND version = $2 AND status = 'draft'",
        )
        .bind(id)
        .bind(version)
        .bind(tlp.id())
        .bind(&viewer.account)
        .bind(self.now())
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() != 1 {
            return Err(StoreError::Changed);
        }
        write_audience(&mut tx, "sitreps", id, &audience).await?;
        // The forum's members hear of it by e-mail and webhook, as they chose.
        let payload = serde_json::json!({"event": "sitrep.approved", "sitrep": {"id": id, "reference": report.reference(), "tlp": tlp}});
        let notices = ChangeNotices::new(NoticeFacts::Sitrep(SitrepNoticeFacts {
            reference: report.reference(),
            title: report.title.clone(),
            body: report
                .body
                .chars()
                .take(SitrepNoticeFacts::MAX_BODY)
                .collect(),
            tlp,
            link: format!("{}/sitreps/{id}", base_url.trim_end_matches('/')),
        }));
        let subject = AlertSubject {
            item_id: id,
            severity: None,
            audience: &audience,
            payload: &payload,
            at: self.clock.now(),
            notices: &notices,
        };
        let notice = |_: &()| NoticeKind::SitrepApproved;
        let mut already = BTreeSet::new();
        let mut batch = Batch::new(self, &mut tx);
        let each: Vec<(&str, ())> = std::iter::once(chair.as_str())
            .chain(forum.members.iter().map(|m| model.key(*m)))
            .map(|org| (org, ()))
            .collect();
        alert_organisations(&mut batch, &each, &notice, &subject, &mut already).await?;
        let now = self.now();
        batch.live_event(
            &now,
            id,
            "sitrep.approved",
            &serde_json::json!({"id": id, "reference": report.reference()}),
        );
        batch.audit(
            &now,
            &Actor::of(viewer),
            Change {
                action: "approve",
                kind: "sitrep",
                key: id,
                before: None,
                after: Some(&to_json(&serde_json::json!({"tlp": tlp}))),
            },
        );
        let seqs = batch.finish().await?;
        self.commit_and_publish(tx, &seqs).await?;
        self.sitrep(caller, id).await
    }
}
