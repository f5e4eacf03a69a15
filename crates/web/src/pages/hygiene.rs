//! The cyber-hygiene page: one's organisation's self-assessment and its history, and the
//! comparison across organisations as far as each chose to share.

use super::html;
use crate::AppState;
use crate::error::PageError;
use crate::hygiene::sharing;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use liaison_domain::access::Action;
use liaison_domain::hygiene::{ASPECTS, LEVELS};

pub fn router() -> Router<AppState> {
    Router::new().route("/hygiene", get(page).post(assess))
}

struct Question {
    number: usize,
    id: &'static str,
    text: &'static str,
    levels: Vec<(usize, &'static str, &'static str, bool)>,
}

struct Row {
    organisation: String,
    score: u8,
    /// "+11", "−5" or "±0" against the previous shared result; empty without one.
    change: String,
    answers: Vec<i64>,
    at: String,
}

#[derive(Template)]
#[template(path = "hygiene.html")]
struct HygienePage {
    chrome: Chrome,
    aspects: Vec<(usize, &'static str, &'static str)>,
    /// For each aspect: its number, id, question and the levels with the last answer checked.
    questions: Vec<Question>,
    history: Vec<Row>,
    comparison: Vec<Row>,
    /// For coordinators: organisations that share no result with them.
    without_result: Vec<String>,
    can_assess: bool,
}

fn row(a: &liaison_store::HygieneAssessment, previous: Option<u8>) -> Row {
    Row {
        organisation: a.organisation.clone(),
        score: a.score,
        change: previous.map_or_else(String::new, |p| {
            let delta = i16::from(a.score) - i16::from(p);
            match delta {
                0 => "±0".to_owned(),
                d if d > 0 => format!("+{d}"),
                d => format!("−{}", d.abs()),
            }
        }),
        answers: a.answers.clone(),
        at: super::incidents::when(&a.assessed_at),
    }
}

async fn page(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let history = state.store.hygiene_history(&user.caller).await?;
    let comparison = state.store.hygiene_comparison(&user.caller).await?;
    let without_result = crate::hygiene::without_shared_result(&state, &user.caller, &comparison)
        .await?
        .into_iter()
        .map(|(_, name)| name)
        .collect();
    // Each assessment of the history against the one before it.
    let history_rows = history
        .iter()
        .enumerate()
        .map(|(i, a)| row(a, history.get(i + 1).map(|p| p.score)))
        .collect();
    Ok(html(HygienePage {
        chrome: Chrome::of(&user, "hygiene"),
        aspects: ASPECTS
            .iter()
            .enumerate()
            .map(|(i, (id, q))| (i, *id, *q))
            .collect(),
        questions: ASPECTS
            .iter()
            .enumerate()
            .map(|(i, (id, text))| {
                let last = history.first().and_then(|a| a.answers.get(i).copied());
                Question {
                    number: i + 1,
                    id,
                    text,
                    levels: LEVELS
                        .iter()
                        .enumerate()
                        .map(|(n, (l, m))| (n, *l, *m, last == Some(n as i64)))
                        .collect(),
                }
            })
            .collect(),
        history: history_rows,
        comparison: comparison
            .iter()
            .map(|c| row(&c.latest, c.previous_score))
            .collect(),
        without_result,
        can_assess: user.caller.may(Action::SelfAssess),
    })?
    .into_response())
}

async fn assess(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let get = |name: &str| super::form_value(&fields, name);
    let mut answers = Vec::new();
    for (id, _) in ASPECTS {
        let value = get(id);
        answers.push(value.trim().parse::<i64>().map_err(|_| {
            PageError::BadRequest(format!("Answer every aspect; '{id}' has no answer."))
        })?);
    }
    state
        .store
        .assess_hygiene(
            &user.caller,
            answers,
            sharing(&get("shared_with")).map_err(PageError::BadRequest)?,
            Some(get("notes")),
        )
        .await?;
    Ok(Redirect::to("/hygiene").into_response())
}
