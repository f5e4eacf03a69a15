//! Queries whose shape depends on the request (filters, the reader's principals), with every
//! value bound as a parameter.

use liaison_domain::sharing::Principal;
use sqlx::Any;
use sqlx::any::AnyArguments;
use sqlx::query::Query;

#[derive(Debug, Clone)]
pub(crate) enum SqlValue {
    Text(String),
    Int(i64),
    /// NULL in a text column.
    NoText,
}

impl SqlValue {
    pub fn text(value: impl Into<String>) -> SqlValue {
        SqlValue::Text(value.into())
    }

    /// The text, or NULL.
    pub fn text_or_null(value: Option<impl Into<String>>) -> SqlValue {
        value.map_or(SqlValue::NoText, SqlValue::text)
    }
}

/// SQL text with its parameters, numbered `$1`, `$2`, … as both backends accept.
#[derive(Debug, Default)]
pub(crate) struct Sql {
    text: String,
    values: Vec<SqlValue>,
    /// `?` instead of `$1`, `$2`, …: SQLite only.
    anonymous: bool,
}

impl Sql {
    pub fn new(text: &str) -> Self {
        Sql {
            text: text.to_owned(),
            values: Vec::new(),
            anonymous: false,
        }
    }

    /// A statement for SQLite with `?` for each parameter. SQLite finds a numbered
    /// parameter's name by walking the list of all of them, so binding a statement of `n`
    /// numbered parameters costs `n²`; anonymous ones cost `n`, and many-row inserts bind
    /// thousands.
    pub fn anonymous(text: &str) -> Self {
        Sql {
            anonymous: true,
            ..Sql::new(text)
        }
    }

    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends a placeholder bound to `value`.
    pub fn value(&mut self, value: SqlValue) -> &mut Self {
        self.values.push(value);
        if self.anonymous {
            self.text.push('?');
        } else {
            self.text.push_str(&format!("${}", self.values.len()));
        }
        self
    }

    /// Appends a placeholder bound to the text `value`.
    pub fn text(&mut self, value: impl Into<String>) -> &mut Self {
        self.value(SqlValue::Text(value.into()))
    }

    /// Appends placeholders bound to `values`, separated by commas (for `IN (…)`).
    pub fn texts<S: Into<String>>(&mut self, values: impl IntoIterator<Item = S>) -> &mut Self {
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.text(value);
        }
        self
    }

    pub fn int(&mut self, value: i64) -> &mut Self {
        self.value(SqlValue::Int(value))
    }

    /// `EXISTS (…)`: the shared item, of any kind, whose id is in `id_column` has one of the
    /// reader's principals in its audience. What reads of things that hang on an item (its
    /// live events, attachments, audit entries) go through; a read of the item's own row asks
    /// [`Sql::in_audiences`] of its `audience` column.
    pub fn visible_to(&mut self, id_column: &str, principals: &[Principal]) -> &mut Self {
        if principals.is_empty() {
            return self.push("1 = 0");
        }
        self.push(&format!(
            "EXISTS (SELECT 1 FROM shared_items si WHERE si.id = {id_column} AND "
        ));
        self.in_audiences("si.audience", principals).push(")")
    }

    /// `column IN (…)`: the audience in `column` names one of the reader's principals. What
    /// counts over many items ask, once, instead of probing the audience of each.
    pub fn in_audiences(&mut self, column: &str, principals: &[Principal]) -> &mut Self {
        if principals.is_empty() {
            return self.push("1 = 0");
        }
        self.push(&format!(
            "{column} IN (SELECT ap.audience FROM audience_principals ap WHERE ap.principal IN ("
        ));
        self.texts(principals.iter().map(Principal::encode))
            .push("))")
    }

    /// How many parameters it binds.
    pub fn parameters(&self) -> usize {
        self.values.len()
    }

    /// The text and the values, as one string: what tells two queries apart.
    pub fn key(&self) -> String {
        format!("{}\u{0}{:?}", self.text, self.values)
    }

    pub fn query(&self) -> Query<'_, Any, AnyArguments<'_>> {
        let mut query = sqlx::query(&self.text);
        for value in &self.values {
            query = match value {
                SqlValue::Text(t) => query.bind(t.as_str()),
                SqlValue::Int(i) => query.bind(*i),
                SqlValue::NoText => query.bind(None::<String>),
            };
        }
        query
    }
}
