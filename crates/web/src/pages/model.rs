//! The model as a whole: export it as a model file, or import one after seeing what would
//! change. Also lists the records that have no page of their own (assets, activities).

use super::{entry, html, require};
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use liaison_domain::access::{Action, RecordKind};
use liaison_interop::model_file::{
    ActivityEntry, AssetEntry, OrUnknown, parse_model_str, write_yaml,
};
use serde::{Deserialize, Serialize};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/model", get(page))
        .route("/model/export.yaml", get(export))
        .route(
            "/model/import",
            post(upload).layer(DefaultBodyLimit::max(64 * 1024 * 1024)),
        )
        .route("/model/import/{id}/apply", post(apply))
}

#[derive(Template)]
#[template(path = "model.html")]
struct ModelPage {
    chrome: Chrome,
    can_import: bool,
    assets: Vec<(String, String, String, String)>,
    activities: Vec<(String, String, String)>,
}

async fn page(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let mut assets = Vec::new();
    for record in state
        .store
        .records(RecordKind::Asset, user.audiences())
        .await?
    {
        let a: AssetEntry = entry(&record)?;
        let operator = match a.operator.value {
            OrUnknown::Known(o) => o,
            OrUnknown::Unknown => user.locale.text("directory-not-recorded"),
        };
        assets.push((
            record.key.clone(),
            a.name,
            user.locale.label(a.kind.0),
            operator,
        ));
    }
    let mut activities = Vec::new();
    for record in state
        .store
        .records(RecordKind::Activity, user.audiences())
        .await?
    {
        let a: ActivityEntry = entry(&record)?;
        activities.push((record.key.clone(), a.title, user.locale.label(a.kind.0)));
    }
    Ok(html(ModelPage {
        can_import: user.caller.may(Action::ImportModel),
        chrome: Chrome::of(&user, "model"),
        assets,
        activities,
    })?
    .into_response())
}

async fn export(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let (file, _) = state.store.model(user.audiences()).await?;
    let text = write_yaml(&file).map_err(|e| PageError::Internal(e.to_string()))?;
    Ok((
        [
            (CONTENT_TYPE, "application/yaml; charset=utf-8"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"liaison-model.yaml\"",
            ),
        ],
        text,
    )
        .into_response())
}

/// An upload waiting for confirmation.
#[derive(Serialize, Deserialize)]
struct Staged {
    account: String,
    text: String,
}

struct ChangeView {
    kind: String,
    key: String,
    what: &'static str,
    before: String,
    after: String,
}

#[derive(Template)]
#[template(path = "import_preview.html")]
struct PreviewPage {
    chrome: Chrome,
    id: String,
    summary: String,
    changes: Vec<ChangeView>,
}

#[derive(Template)]
#[template(path = "import_errors.html")]
struct ErrorsPage {
    chrome: Chrome,
    errors: Vec<String>,
}

async fn upload(
    State(state): State<AppState>,
    user: CurrentUser,
    mut form: Multipart,
) -> Result<Response, PageError> {
    require(&user.caller, Action::ImportModel)?;
    let mut bytes = None;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| PageError::BadRequest(user.locale.text("import-upload-unreadable")))?
    {
        if field.name() == Some("file") {
            let data = field.bytes().await.map_err(|_| {
                PageError::BadRequest(user.locale.text_with(
                    "import-file-unreadable",
                    &[(
                        "limit",
                        (state.config.max_import_bytes / (1024 * 1024)).into(),
                    )],
                ))
            })?;
            bytes = Some(data);
        }
    }
    let bytes =
        bytes.ok_or_else(|| PageError::BadRequest(user.locale.text("import-choose-file")))?;
    if bytes.len() > state.config.max_import_bytes {
        return Err(PageError::BadRequest(user.locale.text_with(
            "import-file-too-large",
            &[(
                "limit",
                (state.config.max_import_bytes / (1024 * 1024)).into(),
            )],
        )));
    }
    let text = match String::from_utf8(bytes.to_vec()) {
        Ok(text) => text,
        Err(_) => {
            return Err(PageError::BadRequest(user.locale.text("import-not-utf8")));
        }
    };
    let parse_text = text.clone();
    let parsed = tokio::task::spawn_blocking(move || parse_model_str("upload.yaml", &parse_text))
        .await
        .map_err(|e| PageError::Internal(e.to_string()))?;
    let model = match parsed {
        Ok(model) => model,
        Err(invalid) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                html(ErrorsPage {
                    chrome: Chrome::of(&user, "model"),
                    errors: invalid.lines_in(user.locale),
                })?,
            )
                .into_response());
        }
    };
    let summary = state.store.import_preview(&model).await?;
    let id = liaison_store::new_id();
    let staged = serde_json::to_string(&Staged {
        account: user.account.id.clone(),
        text,
    })
    .map_err(|e| PageError::Internal(e.to_string()))?;
    state
        .store
        .set_meta(&format!("import:{id}"), &staged)
        .await?;
    Ok(html(PreviewPage {
        chrome: Chrome::of(&user, "model"),
        summary: user.locale.text_with(
            "import-preview-summary",
            &[
                ("added", summary.added().into()),
                ("changed", summary.changed().into()),
                ("removed", summary.removed().into()),
                ("unchanged", summary.unchanged.into()),
            ],
        ),
        changes: summary
            .changes
            .into_iter()
            .map(|c| ChangeView {
                kind: super::records::kind_name(user.locale, c.kind),
                what: match (&c.before, &c.after) {
                    (None, _) => "added",
                    (_, None) => "removed",
                    _ => "changed",
                },
                key: c.key,
                before: c.before.unwrap_or_default(),
                after: c.after.unwrap_or_default(),
            })
            .collect(),
        id,
    })?
    .into_response())
}

async fn apply(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    require(&user.caller, Action::ImportModel)?;
    let key = format!("import:{id}");
    let staged = state.store.meta(&key).await?.ok_or(PageError::NotFound)?;
    let staged: Staged =
        serde_json::from_str(&staged).map_err(|e| PageError::Internal(e.to_string()))?;
    if staged.account != user.account.id {
        return Err(PageError::NotFound);
    }
    let model = parse_model_str("upload.yaml", &staged.text)
        .map_err(|invalid| PageError::BadRequest(invalid.lines_in(user.locale).join("\n")))?;
    state.store.import_model(&user.actor(), &model).await?;
    state.store.delete_meta(&key).await?;
    Ok(Redirect::to("/").into_response())
}
