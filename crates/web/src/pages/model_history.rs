//! The model across election cycles: a coordinator keeps the shared model as it stands for the
//! current election, and anyone compares a kept model with the model now, as `liaison diff`
//! compares two files. Both models are read with the viewer's audiences.

use super::html;
use crate::AppState;
use crate::error::PageError;
use crate::findings;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use liaison_domain::access::Action;
use liaison_domain::analysis::ObjectRef;
use liaison_interop::model_changes::{compare, compare_analyses};
use liaison_interop::report::{ChangesBody, Comparison, WordedChanges};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/model/history", get(page).post(keep))
        .route("/model/history/{election}", get(comparison))
}

struct KeptView {
    election: String,
    href: String,
    taken_at: String,
    taken_by: String,
}

#[derive(Template)]
#[template(path = "model_history.html")]
struct HistoryPage {
    chrome: Chrome,
    /// The election a coordinator may keep the model for now.
    keep_for: Option<String>,
    kept: Vec<KeptView>,
}

async fn page(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let locale = user.locale;
    let keep_for = if user.caller.may(Action::KeepModelSnapshot) {
        state
            .store
            .shared_model()
            .await?
            .election
            .as_ref()
            .map(|e| e.name.clone())
    } else {
        None
    };
    let kept = state
        .store
        .model_snapshots()
        .await?
        .into_iter()
        .map(|s| KeptView {
            href: comparison_path(&s.election),
            taken_at: locale.when(&s.taken_at),
            taken_by: s.taken_by.unwrap_or_default(),
            election: s.election,
        })
        .collect();
    Ok(html(HistoryPage {
        chrome: Chrome::of(&user, "model"),
        keep_for,
        kept,
    })?
    .into_response())
}

async fn keep(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let election = state.store.keep_model_snapshot(&user.caller).await?;
    Ok(Redirect::to(&comparison_path(&election)).into_response())
}

/// The comparison page of a kept model, its election's name encoded as one path segment
/// (form encoding writes a space as `+`, which a path reads as itself; a `+` is `%2B`).
fn comparison_path(election: &str) -> String {
    let encoded: String = url::form_urlencoded::byte_serialize(election.as_bytes()).collect();
    format!("/model/history/{}", encoded.replace('+', "%20"))
}

#[derive(Template)]
#[template(path = "model_comparison.html")]
struct ComparisonPage {
    chrome: Chrome,
    body: String,
}

async fn comparison(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(election): Path<String>,
) -> Result<Response, PageError> {
    let (_, old) = state
        .store
        .snapshot_model(&election, user.audiences())
        .await?;
    let (_, new) = state.store.model(user.audiences()).await?;
    let today = state.today();
    let locale = user.locale;
    let title = locale.text_with(
        "history-changes-title",
        &[("election", election.as_str().into())],
    );
    let body = tokio::task::spawn_blocking(move || -> Result<String, PageError> {
        let (old_analysis, new_analysis) = (
            super::analysis::analyse(&old, today),
            super::analysis::analyse(&new, today),
        );
        let model = compare(&old, &new);
        let analysis = compare_analyses(&old_analysis, &new_analysis);
        let compared = Comparison {
            old_name: &election,
            new_name: "",
            old: &old_analysis,
            new: &new_analysis,
            model: &model,
            analysis: &analysis,
        };
        // Removed items are named from the kept model, the others from the model now.
        let (mut in_new, mut in_old) =
            (findings::namer(&new, locale), findings::namer(&old, locale));
        let mut name = |object: &ObjectRef| {
            let named = in_new(object);
            if named == object.id {
                in_old(object)
            } else {
                named
            }
        };
        let mut words = WordedChanges::of(&compared, locale, &mut name);
        // The model now has no name of its own: the page says since when it changed.
        words.title = title;
        Ok(ChangesBody {
            locale,
            words,
            standalone: false,
        }
        .render()?)
    })
    .await
    .map_err(|e| PageError::Internal(e.to_string()))??;
    Ok(html(ComparisonPage {
        chrome: Chrome::of(&user, "model"),
        body,
    })?
    .into_response())
}
