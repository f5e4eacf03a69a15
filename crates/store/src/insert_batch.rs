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
            .map(|t| {
                let per_row = t.columns.len();
                let rows = t.values.len() / per_row;
                rows.div_ceil(rows_per_statement(per_row))
            })
            .sum()
    }

    /// Writes every row: per table, as few statements as `MAX_PARAMETERS` allows; then the
    /// statements that close the batch. PostgreSQL takes them one by one; SQLite all in one
    /// query, which it runs statement after statement, binding each `?` in turn.
    pub async fn write(self, tx: &mut Transaction<'static, Any>) -> Result<()> {
        let sqlite = tx.backend_name() == "SQLite";
        let start = |text: &str| {
            if sqlite {
                Sql::anonymous(text)
            } else {
                Sql::new(text)
            }
        };
        let mut statements = Vec::new();
        for rows in self.tables {
            let per_row = rows.columns.len();
            let head = format!(
                "INSERT INTO {} ({}) VALUES ",
                rows.table,
                rows.columns.join(", ")
            );
            let mut values = rows.values.into_iter().peekable();
            while values.peek().is_some() {
                let mut sql = start(&head);
                for row in 0..rows_per_statement(per_row) {
                    if values.peek().is_none() {
                        break;
                    }
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
                statements.push(sql);
            }
        }
        for then in self.then {
            let mut sql = start("");
            then(&mut sql);
            statements.push(sql);
        }
        if sqlite {
            let mut all = Sql::anonymous("");
            for sql in statements {
                all.append(sql);
            }
            if !all.is_empty() {
                // Its text differs with every batch's numbers of rows: not worth a place in
                // the connection's cache of prepared statements.
                all.query().persistent(false).execute(&mut **tx).await?;
            }
        } else {
            for sql in statements {
                sql.query().execute(&mut **tx).await?;
            }
        }
        Ok(())
    }
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
        assert_eq!(batch.statements(), 3);
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
