//! The analysis of the shared model, exactly as `liaison check` computes it, from what the
//! viewer may see: each finding names and links the objects it concerns, the forms that fix
//! it and its rule; the rules themselves are served from the analysis's own definitions.

use super::html;
use crate::AppState;
use crate::error::PageError;
use crate::findings::{self, FindingView};
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use liaison_domain::analysis::{self, Analysis, AnalysisOptions, Rule};
use liaison_domain::model::Model;
use liaison_interop::report::worded::Worded;
use std::sync::OnceLock;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/analysis", get(page))
        .route("/analysis/rules", get(rules))
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

/// The model the viewer may see and its analysis, computed off the request threads.
pub(crate) async fn analysed(
    state: &AppState,
    user: &CurrentUser,
) -> Result<(std::sync::Arc<Model>, Analysis), PageError> {
    let (_, model) = state.store.model(user.audiences()).await?;
    let model = std::sync::Arc::new(model);
    let today = state.today();
    let shared = model.clone();
    let result = tokio::task::spawn_blocking(move || analyse(&shared, today))
        .await
        .map_err(|e| PageError::Internal(e.to_string()))?;
    Ok((model, result))
}

#[derive(Template)]
#[template(path = "analysis.html")]
struct AnalysisPage {
    chrome: Chrome,
    a: Analysis,
    findings: Vec<FindingView>,
    words: Worded,
    partial: bool,
}

impl AnalysisPage {
    fn of(a: Analysis, model: &Model, user: &CurrentUser) -> AnalysisPage {
        let locale = user.locale;
        AnalysisPage {
            partial: user.audiences().len() < 2,
            chrome: Chrome::of(user, "analysis"),
            findings: a
                .findings
                .iter()
                .map(|f| findings::view(f, model, &user.caller, locale))
                .collect(),
            words: Worded::of(&a, locale, &mut findings::namer(model, locale)),
            a,
        }
    }
}

async fn page(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let (model, a) = analysed(&state, &user).await?;
    Ok(html(AnalysisPage::of(a, &model, &user))?.into_response())
}

/// A rule as the rules page shows it.
struct RuleView {
    id: &'static str,
    title: String,
    severity: &'static str,
    why: String,
    remedy: String,
}

#[derive(Template)]
#[template(path = "analysis_rules.html")]
struct RulesPage {
    chrome: Chrome,
    rules: Vec<RuleView>,
    max_age: i64,
}

/// Every rule of the analysis, from its definitions: one anchor per rule.
async fn rules(user: CurrentUser) -> Result<Response, PageError> {
    let locale = user.locale;
    Ok(html(RulesPage {
        chrome: Chrome::of(&user, "analysis"),
        rules: Rule::ALL
            .iter()
            .map(|r| RuleView {
                id: r.id(),
                title: locale.rule_title(*r),
                severity: r.default_severity().id(),
                why: locale.rule_why(*r),
                remedy: locale.rule_remedy(*r),
            })
            .collect(),
        max_age: AnalysisOptions::DEFAULT_CONTACT_MAX_AGE_DAYS,
    })?
    .into_response())
}
