//! `GET /api/v1/search`: the incidents and false claims the caller may read that match some
//! words, best first.

use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::session::ApiCaller;
use crate::shared_items::search_words;
use axum::extract::{Query, State};
use axum::routing::get;
use axum::{Json, Router};
use liaison_store::SearchHit;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The query of a search.
#[derive(Debug, Default, Deserialize, IntoParams)]
pub struct SearchParams {
    /// The words to find (at most 200 characters): each from its beginning, in any shipped
    /// language; an address or a domain as written.
    pub q: Option<String>,
    /// The most matches to return: 1 to 100, 20 when not given.
    pub limit: Option<u32>,
}

/// What a search found.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResults {
    hits: Vec<SearchHitSchema>,
}

/// One item found.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHitSchema {
    /// `incident` or `disinformation`.
    kind: &'static str,
    id: String,
    /// `INC-12`, `DIS-3`.
    reference: String,
    /// An incident's title, a false claim's words.
    title: String,
    /// When it was reported.
    listed_at: String,
    /// How well it matches, higher is better; comparable within one search.
    score: f64,
}

impl From<SearchHit> for SearchHitSchema {
    fn from(hit: SearchHit) -> Self {
        SearchHitSchema {
            kind: hit.kind,
            id: hit.id,
            reference: hit.reference,
            title: hit.title,
            listed_at: hit.listed_at,
            score: hit.score,
        }
    }
}

pub fn router() -> Router<AppState> {
    Router::new().route("/search", get(search))
}

/// The words of a search and how many hits to return, checked.
pub(crate) fn search_of(params: &SearchParams) -> Result<(Option<String>, u32), String> {
    let words = search_words(params.q.as_deref())?;
    let limit = params.limit.unwrap_or(20);
    if !(1..=liaison_store::MAX_HITS).contains(&limit) {
        return Err(format!(
            "limit: from 1 to {}, not {limit}",
            liaison_store::MAX_HITS
        ));
    }
    Ok((words, limit))
}

#[utoipa::path(get, path = "/api/v1/search", tag = "incidents", params(SearchParams),
    responses((status = 200, description = "The incidents and false claims you may read that match, best first", body = SearchResults),
              (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn search(
    State(state): State<AppState>,
    caller: ApiCaller,
    Query(params): Query<SearchParams>,
) -> Result<Json<SearchResults>, ApiError> {
    let (words, limit) = search_of(&params).map_err(ApiError::invalid)?;
    let hits = match words {
        Some(words) => state.store.search(&caller, &words, limit).await?,
        None => Vec::new(),
    };
    Ok(Json(SearchResults {
        hits: hits.into_iter().map(SearchHitSchema::from).collect(),
    }))
}
