//! Agreements: parties, what they cover, where each party's involvement stops, and whether
//! the public may read them.

use super::{entry, html};
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::{Chrome, Named};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use liaison_domain::access::RecordKind;
use liaison_domain::catalogue::CatalogueEntry;
use liaison_interop::model_file::{AgreementEntry, AllOr, Entry, OrUnknown};
use liaison_locale::Locale;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/agreements", get(list))
        .route("/agreements/{key}", get(detail))
}

fn public_label(locale: Locale, public: &OrUnknown<bool>) -> String {
    locale.text(match public {
        OrUnknown::Known(true) => "agreement-is-public",
        OrUnknown::Known(false) => "agreement-not-public",
        OrUnknown::Unknown => "agreement-publicity-not-recorded",
    })
}

fn scope<T: CatalogueEntry>(locale: Locale, value: &OrUnknown<AllOr<Entry<T>>>) -> String {
    match value {
        OrUnknown::Unknown => locale.text("directory-not-recorded"),
        OrUnknown::Known(AllOr::All) => locale.text("agreement-scope-all"),
        OrUnknown::Known(AllOr::Listed(list)) => list
            .iter()
            .map(|e| locale.label(e.0))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

struct AgreementRow {
    key: String,
    title: String,
    kind: String,
    parties: String,
    public: String,
}

#[derive(Template)]
#[template(path = "agreements.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<AgreementRow>,
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let names = user.names();
    let mut rows = Vec::new();
    for record in state
        .store
        .records(RecordKind::Agreement, user.audiences())
        .await?
    {
        let a: AgreementEntry = entry(&record)?;
        rows.push(AgreementRow {
            key: record.key.clone(),
            kind: user.locale.label(a.kind.0),
            parties: a
                .parties
                .iter()
                .map(|p| names.organisation(&p.value).name)
                .collect::<Vec<_>>()
                .join(", "),
            public: public_label(user.locale, &a.public),
            title: a.title,
        });
    }
    Ok(html(ListPage {
        chrome: Chrome::of(&user, "agreements"),
        rows,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "agreement.html")]
struct DetailPage {
    chrome: Chrome,
    key: String,
    title: String,
    kind: String,
    parties: Vec<Named>,
    threats: String,
    phases: String,
    boundaries: Vec<(Named, String)>,
    public: String,
    validity: String,
    establishes: Vec<String>,
    notes: String,
}

fn date_text(
    locale: Locale,
    value: &Option<OrUnknown<liaison_interop::model_file::Day>>,
    absent: &str,
) -> String {
    match value {
        None => locale.text(absent),
        Some(OrUnknown::Unknown) => locale.text("directory-not-recorded"),
        Some(OrUnknown::Known(d)) => locale.when(&d.0.to_string()),
    }
}

async fn detail(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(key): Path<String>,
) -> Result<Response, PageError> {
    let record = state
        .store
        .record(RecordKind::Agreement, &key, user.audiences())
        .await?;
    let a: AgreementEntry = entry(&record)?;
    let names = user.names();
    Ok(html(DetailPage {
        chrome: Chrome::of(&user, "agreements"),
        title: a.title.clone(),
        kind: user.locale.label(a.kind.0),
        parties: a
            .parties
            .iter()
            .map(|p| names.organisation(&p.value))
            .collect(),
        threats: scope(user.locale, &a.threats),
        phases: scope(user.locale, &a.phases),
        boundaries: a
            .boundaries
            .iter()
            .map(|b| (names.organisation(&b.party.value), b.scope.clone()))
            .collect(),
        public: public_label(user.locale, &a.public),
        validity: user.locale.text_with(
            "agreement-validity",
            &[
                (
                    "from",
                    date_text(user.locale, &a.valid_from, "agreement-from-adoption").into(),
                ),
                (
                    "to",
                    date_text(user.locale, &a.valid_to, "agreement-no-end-date").into(),
                ),
            ],
        ),
        establishes: a.establishes.iter().map(|f| f.value.clone()).collect(),
        notes: a.notes.clone().unwrap_or_default(),
        key,
    })?
    .into_response())
}
