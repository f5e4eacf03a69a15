//! Rows gathered during a change and written together: one multi-row `INSERT` per table
//! instead of one statement per row. A report writes a dozen rows into half a dozen tables;
//! each statement is a round trip to the database (a thread hop for SQLite, the network for
//! PostgreSQL), so the number of statements, not the rows, is what a report costs. SQLite
//! takes all of them, and the updates that close the batch, in one query: one hop.

use crate::Result;
use crate::query::{Sql, SqlValue};
use sqlx::{Any, Transaction};

/// Parameters per statement at most. Both backends accept far more (SQLite 32,766, PostgreSQL
/// 65,535), but binding grows worse than linearly with their number in sqlx's SQLite driver;
/// a few thousand keep each statement near its best cost per row.
pub(crate) const MAX_PARAMETERS: usize = 3_000;

/// The rows of one table, in the order they were added.
#[derive(Debug)]
struct TableRows {
    table: &'static str,
    columns: &'static [&'static str],
    values: Vec<SqlValue>,
}

/// A statement run after the rows, written into the query it is given.
type Then = Box<dyn FnOnce(&mut Sql) + Send>;

/// Rows for several tables, written in the order the tables were first named, so that a row
/// another refers to (or whose triggers another's depend on) is written first; then the
/// statements added with [`InsertBatch::then`].
#[derive(Default)]
pub(crate) struct InsertBatch {
    tables: Vec<TableRows>,
    then: Vec<Then>,
}

impl InsertBatch {
    /// Adds a row to `table`, a value per column.
    pub fn row<const N: usize>(
        &mut self,
        table: &'static str,
        columns: &'static [&'static str; N],
        values: [SqlValue; N],
    ) {
        let at = match self.tables.iter().position(|t| t.table == table) {
            Some(at) => at,
            None => {
                self.tables.push(TableRows {
                    table,
                    columns,
                    values: Vec::new(),
                });
                self.tables.len() - 1
            }
        };
        let rows = &mut self.tables[at];
        // One table, one list of columns: a second list would be a mistake in the caller.
        debug_assert_eq!(rows.columns, columns.as_slice(), "columns of {table}");
        rows.values.extend(values);
    }

    /// A statement to run after the rows (an update that closes the batch), written with
    /// [`Sql`]'s builder so that it takes the placeholders of either backend.
    pub fn then(&mut self, statement: impl FnOnce(&mut Sql) + Send + 'static) {
        self.then.push(Box::new(statement));
    }

    /// How many statements `write` sends.
    #[cfg(test)]
    pub fn statements(&self) -> usize {
        self.tables
            .iter()
            .map(|t| statement_sizes(t.values.len() / t.columns.len(), t.columns.len()).count())
            .sum()
    }

    /// Writes every row: per table, as few statements as `MAX_PARAMETERS` allows; then the
    /// statements that close the batch; all of them in as few queries as each backend takes
    /// ([`Queries`]).
    pub async fn write(self, tx: &mut Transaction<'static, Any>) -> Result<()> {
        let mut queries = Queries::new(tx.backend_name() == "SQLite");
        for rows in self.tables {
            let per_row = rows.columns.len();
            let head = format!(
                "INSERT INTO {} ({}) VALUES ",
                rows.table,
                rows.columns.join(", ")
            );
            let sizes = statement_sizes(rows.values.len() / per_row, per_row);
            let mut values = rows.values.into_iter();
            for take in sizes {
                let sql = queries.statement();
                sql.push(&head);
                for row in 0..take {
                    sql.push(if row == 0 { "(" } else { ", (" });
                    for column in 0..per_row {
                        if column > 0 {
                            sql.push(", ");
                        }
                        if let Some(value) = values.next() {
                            sql.value(value);
                        }
                    }
                    sql.push(")");
                }
                queries.end_statement();
            }
        }
        // The parts of one PostgreSQL statement do not see each other's rows: each statement
        // that closes the batch, and may read them, comes in a query of its own.
        queries.after_rows();
        for then in self.then {
            then(queries.statement());
            queries.end_statement();
        }
        for query in queries.finish() {
            query.query().execute(&mut **tx).await?;
        }
        Ok(())
    }
}

/// Parameters per query at most, whatever its number of statements: below PostgreSQL's limit
/// of 65,535 with room to spare.
const MAX_QUERY_PARAMETERS: usize = 30_000;

/// Statements gathered into few queries, each query one round trip. SQLite takes several
/// statements in one query and runs them in turn, binding each anonymous `?` in order.
/// PostgreSQL takes one statement per query, but one statement may hold many inserts, as the
/// parts of a `WITH`: they all run, and the checks of foreign keys (and the triggers after
/// each row) wait for the end of the statement, when every row is in.
struct Queries {
    sqlite: bool,
    done: Vec<Sql>,
    open: Option<Sql>,
    statements: usize,
    one_by_one: bool,
}

impl Queries {
    fn new(sqlite: bool) -> Self {
        Queries {
            sqlite,
            done: Vec::new(),
            open: None,
            statements: 0,
            one_by_one: false,
        }
    }

    /// Starts the next statement and gives the query to write it into.
    fn statement(&mut self) -> &mut Sql {
        let (sqlite, n) = (self.sqlite, self.statements);
        let sql = self.open.get_or_insert_with(|| {
            if sqlite {
                Sql::anonymous("")
            } else {
                Sql::new("WITH ")
            }
        });
        match (sqlite, n) {
            (true, 0) => {}
            (true, _) => {
                sql.push(";\n");
            }
            (false, 0) => {
                sql.push("w0 AS (");
            }
            (false, n) => {
                sql.push(&format!(", w{n} AS ("));
            }
        }
        self.statements += 1;
        sql
    }

    /// Ends the statement begun last; a query grown large is closed.
    fn end_statement(&mut self) {
        if !self.sqlite
            && let Some(sql) = self.open.as_mut()
        {
            sql.push(")");
        }
        if self.one_by_one
            || self
                .open
                .as_ref()
                .is_some_and(|sql| sql.parameters() >= MAX_QUERY_PARAMETERS)
        {
            self.close();
        }
    }

    /// Where the rows end: on PostgreSQL, each statement from here on is a query of its own.
    fn after_rows(&mut self) {
        if !self.sqlite {
            self.close();
            self.one_by_one = true;
        }
    }

    fn close(&mut self) {
        if let Some(mut sql) = self.open.take() {
            if !self.sqlite {
                sql.push(" SELECT 1");
            }
            self.done.push(sql);
        }
        self.statements = 0;
    }

    fn finish(mut self) -> Vec<Sql> {
        self.close();
        self.done
    }
}

/// How many rows each statement for `rows` rows of `columns` columns takes: powers of two,
/// largest first, none above what `MAX_PARAMETERS` allows. Statements then come in a few
/// shapes per table, each prepared once per connection and reused: preparing an insert
/// compiles the table's triggers, checks and indexes, which costs more than its rows.
fn statement_sizes(rows: usize, columns: usize) -> impl Iterator<Item = usize> {
    let most = 1 << rows_per_statement(columns).ilog2();
    let mut left = rows;
    std::iter::from_fn(move || {
        (left > 0).then(|| {
            let take = if left >= most {
                most
            } else {
                1 << left.ilog2()
            };
            left -= take;
            take
        })
    })
}

fn rows_per_statement(columns: usize) -> usize {
    (MAX_PARAMETERS / columns.max(1)).max(1)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;
    use crate::testing::TestDatabase;

    #[tokio::test]
    async fn rows_beyond_one_statement_are_all_written_in_order() {
        let db = TestDatabase::new().await;
        let mut tx = db.store.begin().await.expect("transaction");
        sqlx::query("CREATE TABLE batch_probe (n INTEGER NOT NULL, label TEXT, note TEXT)")
            .execute(&mut *tx)
            .await
            .expect("table");
        let mut batch = InsertBatch::default();
        let count = rows_per_statement(3) * 2 + 7;
        for n in 0..count {
            batch.row(
                "batch_probe",
                &["n", "label", "note"],
                [
                    SqlValue::Int(n as i64),
                    SqlValue::Text(format!("row {n}")),
                    if n % 2 == 0 {
                        SqlValue::NoText
                    } else {
                        SqlValue::Text("odd".into())
                    },
                ],
            );
        }
        // As many statements of the largest size as the rows fill, then one per bit of the
        // rest.
        let most = 1 << rows_per_statement(3).ilog2();
        let whole = count / most;
        assert_eq!(
            batch.statements(),
            whole + (count - whole * most).count_ones() as usize
        );
        batch.write(&mut tx).await.expect("written");
        let rows: Vec<(i64, String, Option<String>)> =
            sqlx::query_as("SELECT n, label, note FROM batch_probe ORDER BY n")
                .fetch_all(&mut *tx)
                .await
                .expect("read");
        assert_eq!(rows.len(), count);
        for (n, (stored, label, note)) in rows.into_iter().enumerate() {
            assert_eq!(stored, n as i64);
            assert_eq!(label, format!("row {n}"));
            assert_eq!(note.is_none(), n % 2 == 0);
        }
    }

    /// Whatever the number of rows, statements take one of a few sizes (so few texts to
    /// prepare), together every row, largest first.
    #[test]
    fn statements_come_in_few_sizes() {
        let mut sizes = std::collections::BTreeSet::new();
        for rows in 0..=5_000 {
            let taken: Vec<usize> = statement_sizes(rows, 12).collect();
            assert_eq!(taken.iter().sum::<usize>(), rows);
            assert!(taken.windows(2).all(|w| w[0] >= w[1]), "{taken:?}");
            assert!(taken.iter().all(|&n| n * 12 <= MAX_PARAMETERS));
            sizes.extend(taken);
        }
        assert_eq!(
            sizes.into_iter().collect::<Vec<_>>(),
            [1, 2, 4, 8, 16, 32, 64, 128]
        );
    }

    #[tokio::test]
    async fn statements_that_close_a_batch_run_after_its_rows() {
        let db = TestDatabase::new().await;
        let mut tx = db.store.begin().await.expect("transaction");
        sqlx::query("CREATE TABLE batch_probe (n INTEGER NOT NULL, label TEXT)")
            .execute(&mut *tx)
            .await
            .expect("table");
        let mut batch = InsertBatch::default();
        for n in 0..3 {
            batch.row(
                "batch_probe",
                &["n", "label"],
                [SqlValue::Int(n), SqlValue::Text(format!("row {n}"))],
            );
        }
        // Each update finds the rows before it: it runs after them, in order.
        batch.then(|sql| {
            sql.push("UPDATE batch_probe SET label = ")
                .text("closed")
                .push(" WHERE n < ")
                .int(2);
        });
        batch.then(|sql| {
            sql.push("DELETE FROM batch_probe WHERE label = ")
                .text("closed")
                .push(" AND n = ")
                .int(0);
        });
        batch.write(&mut tx).await.expect("written");
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT n, label FROM batch_probe ORDER BY n")
                .fetch_all(&mut *tx)
                .await
                .expect("read");
        assert_eq!(
            rows,
            [(1, "closed".to_owned()), (2, "row 2".to_owned())],
            "rows, then the update, then the delete"
        );
    }

    #[tokio::test]
    async fn tables_are_written_in_the_order_first_named() {
        let db = TestDatabase::new().await;
        let mut tx = db.store.begin().await.expect("transaction");
        for create in [
            "CREATE TABLE batch_parent (id TEXT PRIMARY KEY)",
            "CREATE TABLE batch_child (parent TEXT NOT NULL REFERENCES batch_parent (id))",
        ] {
            sqlx::query(create).execute(&mut *tx).await.expect("table");
        }
        let mut batch = InsertBatch::default();
        batch.row("batch_parent", &["id"], [SqlValue::Text("a".into())]);
        batch.row("batch_child", &["parent"], [SqlValue::Text("a".into())]);
        batch.row("batch_parent", &["id"], [SqlValue::Text("b".into())]);
        batch.row("batch_child", &["parent"], [SqlValue::Text("b".into())]);
        assert_eq!(batch.statements(), 2);
        batch.write(&mut tx).await.expect("written");
        let (children,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM batch_child")
            .fetch_one(&mut *tx)
            .await
            .expect("count");
        assert_eq!(children, 2);
    }
}
