//! Situation report pages: the forums' reports with a form to draft one, a report with its
//! editing and approval, and exports to keep or send: a standalone HTML page and a PDF.

use super::incidents::{Choice, tlp_class};
use super::{html, required};
use crate::AppState;
use crate::error::PageError;
use crate::risks::parse_date;
use crate::session::CurrentUser;
use crate::sitreps::{SitrepListQuery, report_tlp};
use crate::views::{Chrome, Words};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use liaison_domain::access::Action;
use liaison_domain::sharing::TlpLevel;
use liaison_store::Sitrep;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sitreps", get(list).post(draft))
        .route("/sitreps/{id}", get(detail).post(work))
        .route("/sitreps/{id}/export.html", get(export))
        .route("/sitreps/{id}/export.pdf", get(export_pdf))
}

struct Row {
    id: String,
    reference: String,
    title: String,
    status: String,
    tlp: &'static str,
    tlp_class: &'static str,
}

#[derive(Template)]
#[template(path = "sitreps.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    forums: Vec<Choice>,
    /// The query of the next, older page, when there is one.
    older: Option<String>,
    error: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<SitrepListQuery>,
    uri: axum::http::Uri,
) -> Result<Response, PageError> {
    let (filter, error) = match query.filter() {
        Ok(filter) => (filter, None),
        Err(e) => (
            SitrepListQuery::default()
                .filter()
                .map_err(PageError::BadRequest)?,
            Some(e),
        ),
    };
    let page = state.store.sitreps(&user.caller, &filter).await?;
    let reports = &page.items;
    let (_, model) = state.store.model(user.audiences()).await?;
    // The forums whose reports the viewer may draft.
    let forums = model
        .forums
        .items()
        .iter()
        .filter_map(|f| {
            let chair = f.chair.as_ref()?.known().map(|c| model.key(*c))?;
            user.caller
                .may(Action::DraftSitrep { chair })
                .then(|| Choice {
                    id: f.key.clone(),
                    label: f.name.clone(),
                    selected: false,
                })
        })
        .collect();
    Ok(html(ListPage {
        chrome: Chrome::of(&user, "sitreps"),
        rows: reports
            .iter()
            .map(|r| Row {
                id: r.id.clone(),
                reference: r.reference(),
                title: r.title.clone(),
                status: r.status.clone(),
                tlp: r.tlp.marking(),
                tlp_class: tlp_class(r.tlp),
            })
            .collect(),
        forums,
        older: crate::shared_items::next_page_query(uri.query().unwrap_or(""), page.next.as_ref()),
        error,
    })?
    .into_response())
}

async fn draft(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let get = |name: &str| super::form_value(&fields, name);
    let bad = PageError::BadRequest;
    let report = state
        .store
        .draft_sitrep(
            &user.caller,
            &required("forum", &get("forum"), 100)?,
            parse_date("from", Some(&get("from"))).map_err(bad)?,
            parse_date("to", Some(&get("to"))).map_err(bad)?,
        )
        .await?;
    Ok(Redirect::to(&format!("/sitreps/{}", report.id)).into_response())
}

#[derive(Template)]
#[template(path = "sitrep.html")]
struct DetailPage {
    chrome: Chrome,
    r: Sitrep,
    reference: String,
    tlp: &'static str,
    tlp_class: &'static str,
    approved_at: String,
    can_edit: bool,
    can_approve: bool,
    levels: Vec<(String, String, bool)>,
}

async fn detail(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let r = state.store.sitrep(&user.caller, &id).await?;
    let draft = r.status == "draft";
    let chair = r.source_organisation.clone();
    Ok(html(DetailPage {
        chrome: Chrome::of(&user, "sitreps"),
        reference: r.reference(),
        tlp: r.tlp.marking(),
        tlp_class: tlp_class(r.tlp),
        approved_at: r
            .approved_at
            .as_deref()
            .map(|a| user.locale.when(a))
            .unwrap_or_default(),
        can_edit: draft && user.caller.may(Action::EditSitrep { chair: &chair }),
        can_approve: draft && user.caller.may(Action::ApproveSitrep { chair: &chair }),
        levels: TlpLevel::ALL
            .iter()
            .filter(|l| **l != TlpLevel::Red)
            .map(|l| (l.id().to_owned(), l.marking().to_owned(), *l == r.tlp))
            .collect(),
        r,
    })?
    .into_response())
}

async fn work(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let get = |name: &str| super::form_value(&fields, name);
    let version = super::form_version(&get("version"))?;
    match get("action").as_str() {
        "edit" => {
            state
                .store
                .edit_sitrep(&user.caller, &id, version, &get("title"), &get("body"))
                .await?;
        }
        "approve" => {
            let tlp = report_tlp(&get("tlp")).map_err(PageError::BadRequest)?;
            state
                .store
                .approve_sitrep(&user.caller, &id, version, tlp, &state.config.public_url)
                .await?;
            state.wake.notify_one();
        }
        _ => {
            return Err(PageError::BadRequest(
                user.locale.text("sitrep-unknown-action"),
            ));
        }
    }
    Ok(Redirect::to(&format!("/sitreps/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "sitrep_export.html")]
struct ExportPage {
    words: Words,
    r: Sitrep,
    period_from: String,
    period_to: String,
    approved_at: String,
    reference: String,
    tlp: &'static str,
    tlp_class: &'static str,
    tlp_description: String,
}

/// The report as one page of its own, marked with its TLP at the top and the bottom.
async fn export(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let r = state.store.sitrep(&user.caller, &id).await?;
    let locale = user.locale;
    let page = ExportPage {
        words: Words { locale },
        reference: r.reference(),
        tlp: r.tlp.marking(),
        tlp_class: tlp_class(r.tlp),
        tlp_description: locale.tlp_description(r.tlp),
        period_from: locale.when(&r.period_from),
        period_to: locale.when(&r.period_to),
        approved_at: r
            .approved_at
            .as_deref()
            .map(|a| locale.when(a))
            .unwrap_or_default(),
        r,
    };
    Ok((
        [(
            axum::http::header::CONTENT_DISPOSITION,
            format!("inline; filename=\"{}.html\"", page.reference),
        )],
        html(page)?,
    )
        .into_response())
}

/// The report printed to PDF.
async fn export_pdf(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    Ok(crate::sitreps::pdf_download(&state, &user.caller, &id).await?)
}
