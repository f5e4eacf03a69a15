//! Group commit: writes that arrive while a batch is being written wait for it, and are then
//! written together in one transaction. A commit costs the same for one report as for fifty
//! (one write of the log pages they share, one flush to the disk), and on SQLite writers no
//! longer poll the database's lock against one another: on election day, when thousands of
//! offices report at once, the rate goes up instead of down.
//!
//! Each write keeps its own result: one that fails is taken out and told why, and the others
//! are written again without it, so a bad report never costs another its place.

use crate::batch::Batch;
use crate::{Result, Store, StoreError};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

/// Most writes in one transaction: enough to share a commit among a burst, few enough that a
/// write that fails late does not make many others wait for their second try.
const MAX_BATCH: usize = 64;

/// One write: runs with the batch's shared writes (and again if another write of the batch
/// failed) and returns its result, answered once the batch is committed.
pub(crate) type Work<T> = Box<
    dyn for<'a, 't> FnMut(&'a mut Batch<'t>) -> Pin<Box<dyn Future<Output = Result<T>> + Send + 'a>>
        + Send,
>;

struct Waiting<T> {
    work: Work<T>,
    answer: oneshot::Sender<Result<T>>,
}

/// The writes of one kind waiting for the next batch, and the lock one batch at a time holds.
pub(crate) struct GroupCommit<T> {
    queue: Mutex<Vec<Waiting<T>>>,
    writer: Arc<tokio::sync::Mutex<()>>,
    /// Transactions committed, for the tests of batching.
    commits: AtomicUsize,
}

impl<T> Default for GroupCommit<T> {
    fn default() -> Self {
        GroupCommit {
            queue: Mutex::new(Vec::new()),
            writer: Arc::default(),
            commits: AtomicUsize::new(0),
        }
    }
}

impl<T: Send + 'static> GroupCommit<T> {
    /// Queues `work` and answers once the batch that took it is committed (or it failed).
    /// The batch runs in a task of its own, so a caller that goes away (a closed connection)
    /// cancels nobody else's write.
    pub(crate) async fn write(self: &Arc<Self>, store: &Store, work: Work<T>) -> Result<T> {
        let (answer, answered) = oneshot::channel();
        self.queue
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(Waiting { work, answer });
        let (this, store) = (self.clone(), store.clone());
        tokio::spawn(async move {
            // Whoever holds the lock writes what has gathered; a task that finds the queue
            // empty had its write taken by an earlier batch.
            let _writer = this.writer.clone().lock_owned().await;
            let batch = {
                let mut queue = this
                    .queue
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                let taken = queue.len().min(MAX_BATCH);
                queue.drain(..taken).collect::<Vec<_>>()
            };
            let commits = write_batch(&store, batch).await;
            this.commits.fetch_add(commits, Ordering::Relaxed);
        });
        answered.await.unwrap_or_else(|_| {
            Err(StoreError::Internal(
                "the write was dropped before it was committed".to_owned(),
            ))
        })
    }
}

/// Writes `batch` in one transaction. A write that fails is answered with its error and the
/// transaction rolled back; the rest are written again without it. When what the writes
/// gathered cannot be written or committed, no single write is to blame: each is then written
/// alone, so that only the one at fault (if any) fails. Returns how many commits it made.
async fn write_batch<T>(store: &Store, mut batch: Vec<Waiting<T>>) -> usize {
    let mut commits = 0;
    let mut alone = false;
    while !batch.is_empty() {
        let take = if alone { 1 } else { batch.len() };
        let mut tx = match store.begin().await {
            Ok(tx) => tx,
            Err(e) => {
                answer_all(batch, &e);
                return commits;
            }
        };
        let mut writes = Batch::new(store, &mut tx);
        let mut values = Vec::with_capacity(take);
        let mut failed = None;
        for (at, waiting) in batch.iter_mut().take(take).enumerate() {
            match (waiting.work)(&mut writes).await {
                Ok(value) => values.push(value),
                Err(e) => {
                    failed = Some((at, e));
                    break;
                }
            }
        }
        if let Some((at, error)) = failed {
            drop(writes);
            // Rolled back when dropped, too; explicitly, so that the connection is clean
            // before the others are written again.
            let _ = tx.rollback().await;
            let _ = batch.remove(at).answer.send(Err(error));
            continue;
        }
        let committed = match writes.finish().await {
            Ok(seqs) => tx.commit().await.map(|()| seqs).map_err(StoreError::from),
            Err(e) => {
                let _ = tx.rollback().await;
                Err(e)
            }
        };
        match committed {
            Ok(seqs) => {
                commits += 1;
                store.publish_committed(&seqs).await;
                for (waiting, value) in batch.drain(..take).zip(values) {
                    let _ = waiting.answer.send(Ok(value));
                }
            }
            Err(_) if take > 1 => alone = true,
            Err(e) => {
                let _ = batch.remove(0).answer.send(Err(e));
            }
        }
    }
    commits
}

/// Tells every write of a batch that could not be committed why.
fn answer_all<T>(batch: Vec<Waiting<T>>, error: &StoreError) {
    for waiting in batch {
        let _ = waiting.answer.send(Err(error.clone()));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;
    use crate::testing::TestDatabase;
    use liaison_locale::Message;

    /// A write that inserts `n` into the probe table and, when `fails`, refuses after that.
    fn probe(n: i64, fails: bool) -> Work<i64> {
        Box::new(move |batch| {
            Box::pin(async move {
                sqlx::query("INSERT INTO commit_probe (n) VALUES ($1)")
                    .bind(n)
                    .execute(&mut **batch.tx)
                    .await?;
                if fails {
                    return Err(crate::invalid(Message::new("refusal-unknown-reference")));
                }
                Ok(n)
            })
        })
    }

    /// A write that leaves its row (`None`: a NULL the table refuses) with the batch's rows,
    /// which are written only when the batch ends.
    fn gathered(n: i64, value: Option<i64>) -> Work<i64> {
        Box::new(move |batch| {
            Box::pin(async move {
                batch.rows.row(
                    "commit_probe",
                    &["n"],
                    [value.map_or(crate::query::SqlValue::NoText, crate::query::SqlValue::Int)],
                );
                Ok(n)
            })
        })
    }

    /// Queues `writes` while a batch holds the writer, then lets them go: they form one batch.
    async fn one_batch(db: &TestDatabase, writes: Vec<Work<i64>>) -> (Vec<Result<i64>>, usize) {
        sqlx::query("CREATE TABLE commit_probe (n BIGINT NOT NULL)")
            .execute(&db.store.pool)
            .await
            .expect("probe table");
        let group = Arc::new(GroupCommit::<i64>::default());
        let held = group.writer.clone().lock_owned().await;
        let count = writes.len();
        let tasks: Vec<_> = writes
            .into_iter()
            .map(|work| {
                let (group, store) = (group.clone(), db.store.clone());
                tokio::spawn(async move { group.write(&store, work).await })
            })
            .collect();
        while group.queue.lock().unwrap().len() < count {
            tokio::task::yield_now().await;
        }
        drop(held);
        let mut answers = Vec::new();
        for task in tasks {
            answers.push(task.await.expect("task"));
        }
        (answers, group.commits.load(Ordering::Relaxed))
    }

    async fn probed(db: &TestDatabase) -> Vec<i64> {
        sqlx::query_scalar("SELECT n FROM commit_probe ORDER BY n")
            .fetch_all(&db.store.pool)
            .await
            .expect("probe")
    }

    #[tokio::test]
    async fn writes_that_arrive_during_a_batch_share_the_next_commit() {
        let db = TestDatabase::new().await;
        let (answers, commits) = one_batch(&db, (1..=5).map(|n| probe(n, false)).collect()).await;
        let values: Vec<i64> = answers.into_iter().map(|a| a.expect("written")).collect();
        assert_eq!(
            values,
            vec![1, 2, 3, 4, 5],
            "each write gets its own answer"
        );
        assert_eq!(commits, 1, "five writes, one commit");
        assert_eq!(probed(&db).await, vec![1, 2, 3, 4, 5]);
    }

    #[tokio::test]
    async fn a_write_that_fails_is_answered_alone_and_leaves_nothing() {
        let db = TestDatabase::new().await;
        let writes = (1..=5).map(|n| probe(n, n == 3)).collect();
        let (answers, commits) = one_batch(&db, writes).await;
        for (n, answer) in (1..=5).zip(answers) {
            match answer {
                Ok(value) => assert_eq!(value, n),
                Err(StoreError::Invalid(_)) => assert_eq!(n, 3, "only the third fails"),
                Err(other) => panic!("write {n}: {other}"),
            }
        }
        assert_eq!(commits, 1, "the others are committed together");
        assert_eq!(
            probed(&db).await,
            vec![1, 2, 4, 5],
            "nothing of the third remains"
        );
    }

    #[tokio::test]
    async fn when_the_rows_gathered_cannot_be_written_only_the_write_at_fault_fails() {
        let db = TestDatabase::new().await;
        let writes = (1..=4)
            .map(|n| gathered(n, (n != 2).then_some(n)))
            .collect();
        let (answers, _) = one_batch(&db, writes).await;
        for (n, answer) in (1..=4).zip(answers) {
            match answer {
                Ok(value) => assert_eq!(value, n),
                Err(_) => assert_eq!(n, 2, "only the second left a row the table refuses"),
            }
        }
        assert_eq!(probed(&db).await, vec![1, 3, 4]);
    }
}
