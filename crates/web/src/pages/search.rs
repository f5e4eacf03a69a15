//! The search page: one box, and the incidents and false claims the reader may read that
//! match its words, best first.

use super::html;
use crate::AppState;
use crate::error::PageError;
use crate::search::{SearchParams, search_of};
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new().route("/search", get(page))
}

struct HitView {
    href: String,
    reference: String,
    title: String,
    kind: String,
    reported: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    chrome: Chrome,
    words: String,
    /// Whether words were given and searched for.
    searched: bool,
    hits: Vec<HitView>,
    error: Option<String>,
}

async fn page(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(params): Query<SearchParams>,
) -> Result<Response, PageError> {
    let locale = user.locale;
    let (words, error) = match search_of(&SearchParams {
        limit: Some(liaison_store::MAX_HITS),
        ..params
    }) {
        Ok((words, _)) => (words, None),
        Err(e) => (None, Some(e)),
    };
    let hits = match &words {
        Some(words) => {
            state
                .store
                .search(&user.caller, words, liaison_store::MAX_HITS)
                .await?
        }
        None => Vec::new(),
    };
    let hits = hits
        .into_iter()
        .map(|hit| {
            let (path, kind) = match hit.kind {
                "incident" => ("incidents", "search-kind-incident"),
                _ => ("disinformation", "search-kind-disinformation"),
            };
            HitView {
                href: format!("/{path}/{}", hit.id),
                reference: hit.reference,
                title: hit.title,
                kind: locale.text(kind),
                reported: locale.when(&hit.listed_at),
            }
        })
        .collect();
    Ok(html(SearchPage {
        chrome: Chrome::of(&user, "search"),
        searched: words.is_some(),
        words: words.unwrap_or_default(),
        hits,
        error,
    })?
    .into_response())
}
