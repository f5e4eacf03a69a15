//! Any record of the model, edited as the YAML of the model-file format: the complete way to
//! change what has no form of its own. Every save is checked against the whole model.

use super::{entry, html, require};
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use liaison_domain::access::{Action, RecordKind};
use liaison_store::{MeetingEntry, Record, RecordChange, StoreError, content_key};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/records/{kind}/new", get(new_form))
        .route("/records/{kind}", post(create))
        .route("/records/{kind}/{key}/edit", get(edit_form))
        .route("/records/{kind}/{key}", post(update))
        .route("/records/{kind}/{key}/delete", post(delete))
}

/// Largest record body accepted.
const MAX_BODY: usize = 200 * 1024;

fn kind_of(id: &str) -> Result<RecordKind, PageError> {
    RecordKind::from_id(id).ok_or(PageError::NotFound)
}

/// Where a record is shown.
pub(crate) fn page_of(kind: RecordKind, key: &str) -> String {
    match kind {
        RecordKind::Organisation => format!("/organisations/{key}"),
        RecordKind::Forum => format!("/forums/{key}"),
        RecordKind::Meeting => format!("/meetings/{key}"),
        RecordKind::Agreement => format!("/agreements/{key}"),
        RecordKind::Responsibility => "/matrix".to_owned(),
        RecordKind::EscalationProtocol => "/escalations".to_owned(),
        RecordKind::Contact
        | RecordKind::Asset
        | RecordKind::Activity
        | RecordKind::Jurisdiction
        | RecordKind::Election => "/model".to_owned(),
    }
}

/// Checks a body against its kind's format: the canonical body, its id and its owner; what is
/// wrong with it in the reader's language.
fn read_body(
    locale: liaison_locale::Locale,
    kind: RecordKind,
    body: &str,
) -> Result<(String, Option<String>, Option<String>), PageError> {
    let checked = crate::entries::check(kind, body).map_err(|e| match e {
        crate::entries::BodyError::Invalid(invalid) => {
            PageError::BadRequest(invalid.lines_in(locale).join("\n"))
        }
        other => PageError::BadRequest(other.to_string()),
    })?;
    Ok((checked.yaml, checked.id, checked.owner))
}

/// A starting point for a new record of a kind.
fn skeleton(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Organisation => {
            "id: new-organisation\nname: New organisation\nkind: other_state\nlevel: national\n"
        }
        RecordKind::Contact => {
            "id: new-contact\norganisation: cec\nname: Duty officer\nkind: function\navailability: office_hours\nchannels:\n  - kind: email\n    value: duty@example.org\n"
        }
        RecordKind::Forum => {
            "id: new-forum\nname: New forum\nkind: working_group\nmembers: []\ncadence: monthly\n"
        }
        RecordKind::Agreement => {
            "id: new-agreement\ntitle: New agreement\nkind: mou\nparties: []\npublic: unknown\n"
        }
        RecordKind::Asset => {
            "id: new-asset\nname: New system\nkind: emb_website\noperator: unknown\n"
        }
        RecordKind::Responsibility => {
            "organisation: cert\nrole: responsible\nthreats: [ddos]\nphases: all\nassets: all\n"
        }
        RecordKind::Activity => "id: new-activity\ntitle: New activity\nkind: training\n",
        RecordKind::EscalationProtocol => {
            "id: new-protocol\nname: New escalation protocol\nseverity_at_least: high\nphases: [voting, counting, tabulation, results_publication]\nnotify:\n  - organisation: cert\n    within_minutes: 15\nacknowledge_within_minutes: 10\n"
        }
        RecordKind::Meeting => "forum: taskforce\ndate: 2027-01-15\ntitle: Meeting\n",
        RecordKind::Jurisdiction => "name: Country\n",
        RecordKind::Election => "name: Election\nphases: {}\n",
    }
}

/// A kind of record as people read it, in their language.
pub(crate) fn kind_name(locale: liaison_locale::Locale, kind: RecordKind) -> String {
    locale.text(&format!("record-kind-{}", kind.id().replace('_', "-")))
}

#[derive(Template)]
#[template(path = "record_editor.html")]
struct Editor {
    chrome: Chrome,
    kind: &'static str,
    kind_name: String,
    key: Option<String>,
    version: i64,
    body: String,
    error: Option<String>,
    can_delete: bool,
}

async fn new_form(user: CurrentUser, Path(kind): Path<String>) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    require(
        &user.caller,
        Action::EditRecord {
            kind,
            owner: user
                .caller
                .viewer()
                .organisation
                .as_deref()
                .filter(|_| kind == RecordKind::Contact),
        },
    )?;
    Ok(html(Editor {
        chrome: Chrome::of(&user, "model"),
        kind: kind.id(),
        kind_name: kind_name(user.locale, kind),
        key: None,
        version: 0,
        body: skeleton(kind).to_owned(),
        error: None,
        can_delete: false,
    })?
    .into_response())
}

#[derive(Deserialize)]
struct BodyForm {
    body: String,
    #[serde(default)]
    version: i64,
}

fn too_large(user: &CurrentUser, body: &str) -> Result<(), PageError> {
    if body.len() > MAX_BODY {
        return Err(PageError::BadRequest(user.locale.text_with(
            "record-too-large",
            &[("limit", (MAX_BODY / 1024).into())],
        )));
    }
    Ok(())
}

/// The editor again, with the problem, the text kept.
fn editor_with_error(
    user: &CurrentUser,
    kind: RecordKind,
    key: Option<String>,
    version: i64,
    body: String,
    error: String,
) -> Result<Response, PageError> {
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        html(Editor {
            chrome: Chrome::of(user, "model"),
            kind: kind.id(),
            kind_name: kind_name(user.locale, kind),
            can_delete: key.is_some(),
            key,
            version,
            body,
            error: Some(error),
        })?,
    )
        .into_response())
}

async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(kind): Path<String>,
    Form(form): Form<BodyForm>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    too_large(&user, &form.body)?;
    let (body, id, owner) = match read_body(user.locale, kind, &form.body) {
        Ok(v) => v,
        Err(PageError::BadRequest(message)) => {
            return editor_with_error(&user, kind, None, 0, form.body, message);
        }
        Err(other) => return Err(other),
    };
    require(
        &user.caller,
        Action::EditRecord {
            kind,
            owner: owner.as_deref(),
        },
    )?;
    let key = match (kind, id) {
        (RecordKind::Meeting, _) => liaison_store::new_id(),
        (_, Some(id)) => id,
        (_, None) => content_key(&body),
    };
    let change = RecordChange::Create {
        kind,
        key: key.clone(),
        body,
    };
    match state.store.change_record(&user.actor(), change).await {
        Ok(_) => Ok(Redirect::to(&page_of(kind, &key)).into_response()),
        Err(StoreError::Invalid(message)) => {
            let message = user.locale.message(&message);
            editor_with_error(&user, kind, None, 0, form.body, message)
        }
        Err(other) => Err(other.into()),
    }
}

async fn edit_form(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((kind, key)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    let record = state.store.record(kind, &key, user.audiences()).await?;
    require(
        &user.caller,
        Action::EditRecord {
            kind,
            owner: record.owner.as_deref(),
        },
    )?;
    Ok(html(Editor {
        chrome: Chrome::of(&user, "model"),
        kind: kind.id(),
        kind_name: kind_name(user.locale, kind),
        key: Some(key),
        version: record.version,
        body: record.body,
        error: None,
        can_delete: !matches!(kind, RecordKind::Jurisdiction),
    })?
    .into_response())
}

async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((kind, key)): Path<(String, String)>,
    Form(form): Form<BodyForm>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    too_large(&user, &form.body)?;
    let record = state.store.record(kind, &key, user.audiences()).await?;
    require(
        &user.caller,
        Action::EditRecord {
            kind,
            owner: record.owner.as_deref(),
        },
    )?;
    let (body, id, owner) = match read_body(user.locale, kind, &form.body) {
        Ok(v) => v,
        Err(PageError::BadRequest(message)) => {
            return editor_with_error(&user, kind, Some(key), form.version, form.body, message);
        }
        Err(other) => return Err(other),
    };
    require(
        &user.caller,
        Action::EditRecord {
            kind,
            owner: owner.as_deref(),
        },
    )?;
    if kind != RecordKind::Responsibility
        && kind != RecordKind::Meeting
        && id.as_deref() != Some(&key)
    {
        return editor_with_error(
            &user,
            kind,
            Some(key),
            form.version,
            form.body,
            user.locale.text("record-id-cannot-change"),
        );
    }
    let change = RecordChange::Update {
        kind,
        key: key.clone(),
        version: form.version,
        body,
    };
    match state.store.change_record(&user.actor(), change).await {
        Ok(_) => Ok(Redirect::to(&page_of(kind, &key)).into_response()),
        Err(StoreError::Invalid(message)) => {
            let message = user.locale.message(&message);
            editor_with_error(&user, kind, Some(key), form.version, form.body, message)
        }
        Err(StoreError::Conflict { current }) => {
            conflict_page(&user, kind, &key, (*current).as_ref(), &form.body)
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Deserialize)]
struct VersionForm {
    version: i64,
}

async fn delete(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((kind, key)): Path<(String, String)>,
    Form(form): Form<VersionForm>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    let record = state.store.record(kind, &key, user.audiences()).await?;
    require(
        &user.caller,
        Action::EditRecord {
            kind,
            owner: record.owner.as_deref(),
        },
    )?;
    let back = match kind {
        RecordKind::Contact => record.owner.as_deref().map_or_else(
            || "/organisations".to_owned(),
            |o| format!("/organisations/{o}"),
        ),
        RecordKind::Meeting => {
            let meeting: MeetingEntry = entry(&record)?;
            format!("/forums/{}", meeting.forum)
        }
        RecordKind::Organisation => "/organisations".to_owned(),
        RecordKind::Forum => "/forums".to_owned(),
        RecordKind::Agreement => "/agreements".to_owned(),
        _ => page_of(kind, &key),
    };
    match state
        .store
        .change_record(
            &user.actor(),
            RecordChange::Delete {
                kind,
                key: key.clone(),
                version: form.version,
            },
        )
        .await
    {
        Ok(_) => Ok(Redirect::to(&back).into_response()),
        Err(StoreError::Invalid(message)) => editor_with_error(
            &user,
            kind,
            Some(key),
            form.version,
            record.body,
            user.locale.text_with(
                "record-cannot-delete",
                &[("reason", user.locale.message(&message).into())],
            ),
        ),
        Err(StoreError::Conflict { current }) => {
            conflict_page(&user, kind, &key, (*current).as_ref(), &record.body)
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "conflict.html")]
struct ConflictPage {
    chrome: Chrome,
    kind: &'static str,
    kind_name: String,
    key: String,
    theirs: String,
    changed_at: String,
    /// Who saved their version; `None` when an import did.
    changed_by: Option<String>,
    version: i64,
    yours: String,
}

/// Someone saved the record after it was opened: show their version beside yours, and let the
/// user decide. Nothing is overwritten silently.
pub(crate) fn conflict_page(
    user: &CurrentUser,
    kind: RecordKind,
    key: &str,
    current: Option<&Record>,
    yours: &str,
) -> Result<Response, PageError> {
    let Some(current) = current else {
        return Err(PageError::Conflict(
            user.locale.text("record-changed-elsewhere"),
        ));
    };
    Ok((
        StatusCode::CONFLICT,
        html(ConflictPage {
            chrome: Chrome::of(user, "model"),
            kind: kind.id(),
            kind_name: kind_name(user.locale, kind),
            key: key.to_owned(),
            theirs: current.body.clone(),
            changed_at: current.updated_at.clone(),
            changed_by: current.updated_by.clone(),
            version: current.version,
            yours: yours.to_owned(),
        })?,
    )
        .into_response())
}
