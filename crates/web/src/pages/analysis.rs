//! The analysis of the shared model, exactly as `liaison check` computes it, from what the
//! viewer may see.

use super::html;
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use liaison_domain::analysis::{self, Analysis, AnalysisOptions};
use liaison_domain::model::Model;
use std::sync::OnceLock;

pub fn router() -> Router<AppState> {
    Router::new().route("/analysis", get(page))
}

/// The built-in reference models, parsed once.
fn references() -> &'static [Model] {
    static MODELS: OnceLock<Vec<Model>> = OnceLock::new();
    MODELS.get_or_init(|| liaison_interop::reference::reference_models().unwrap_or_default())
}

/// Analyses a model as of `today`, against the reference countries.
pub(crate) fn analyse(model: &Model, today: time::Date) -> Analysis {
    let mut options = AnalysisOptions::new(today);
    options.references = references()
        .iter()
        .map(|m| analysis::profile(m, today))
        .collect();
    analysis::analyse(model, &options)
}

#[derive(Template)]
#[template(path = "analysis.html")]
struct AnalysisPage {
    chrome: Chrome,
    report: String,
    partial: bool,
}

async fn page(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let (_, model) = state.store.model(user.audiences()).await?;
    let today = state.today();
    let result = tokio::task::spawn_blocking(move || analyse(&model, today))
        .await
        .map_err(|e| PageError::Internal(e.to_string()))?;
    let report = liaison_interop::report::html_fragment(&result)
        .map_err(|e| PageError::Internal(e.to_string()))?;
    Ok(html(AnalysisPage {
        partial: user.audiences().len() < 2,
        chrome: Chrome::of(&user, "analysis"),
        report,
    })?
    .into_response())
}
