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
use liaison_locale::Locale;

pub fn router() -> Router<AppState> {
    Router::new().route("/hygiene", get(page).post(assess))
}

struct Question {
    number: usize,
    id: &'static str,
    text: String,
    levels: Vec<(usize, String, String, bool)>,
}

/// A column of the tables: an aspect by its short name, with its question for a tooltip.
struct Aspect {
    short: String,
    question: String,
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
    aspects: Vec<Aspect>,
    /// What the answers 0 to 3 in the tables mean.
    scale: Vec<(usize, String)>,
    /// For each aspect: its number, id, question and the levels with the last answer checked.
    questions: Vec<Question>,
    history: Vec<Row>,
    comparison: Vec<Row>,
    /// For coordinators: organisations that share no result with them.
    without_result: Vec<String>,
    can_assess: bool,
}

fn row(
    a: &liaison_store::HygieneAssessment,
    previous: Option<u8>,
    names: &crate::views::Names<'_>,
    locale: Locale,
) -> Row {
    Row {
        organisation: names.organisation(&a.organisation).name,
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
        at: locale.when(&a.assessed_at),
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
    let (locale, names) = (user.locale, user.names());
    // Each assessment of the history against the one before it.
    let history_rows = history
        .iter()
        .enumerate()
        .map(|(i, a)| row(a, history.get(i + 1).map(|p| p.score), &names, locale))
        .collect();
    let aspect_key = |id: &str| format!("hygiene-aspect-{}", id.replace('_', "-"));
    Ok(html(HygienePage {
        chrome: Chrome::of(&user, "hygiene"),
        aspects: ASPECTS
            .iter()
            .map(|(id, _)| Aspect {
                short: locale.text(&format!("{}.short", aspect_key(id))),
                question: locale.text(&aspect_key(id)),
            })
            .collect(),
        scale: (0..LEVELS.len())
            .map(|n| (n, locale.text(&format!("hygiene-level-{n}"))))
            .collect(),
        questions: ASPECTS
            .iter()
            .enumerate()
            .map(|(i, (id, _))| {
                let last = history.first().and_then(|a| a.answers.get(i).copied());
                Question {
                    number: i + 1,
                    id,
                    text: locale.text(&aspect_key(id)),
                    levels: (0..LEVELS.len())
                        .map(|n| {
                            (
                                n,
                                locale.text(&format!("hygiene-level-{n}")),
                                locale.text(&format!("hygiene-level-{n}.meaning")),
                                last == Some(n as i64),
                            )
                        })
                        .collect(),
                }
            })
            .collect(),
        history: history_rows,
        comparison: comparison
            .iter()
            .map(|c| row(&c.latest, c.previous_score, &names, locale))
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
            PageError::BadRequest(
                user.locale
                    .text_with("hygiene-unanswered", &[("aspect", (*id).into())]),
            )
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

#[cfg(test)]
mod tests {
    use liaison_domain::hygiene::{ASPECTS, LEVELS};
    use liaison_locale::Locale;

    #[test]
    fn the_english_questions_and_scale_are_the_domain_s() {
        for (id, question) in ASPECTS {
            let key = format!("hygiene-aspect-{}", id.replace('_', "-"));
            assert_eq!(Locale::En.text(&key), question);
            assert!(Locale::En.has(&format!("{key}.short")), "{key}");
        }
        for (n, (label, meaning)) in LEVELS.iter().enumerate() {
            assert_eq!(Locale::En.text(&format!("hygiene-level-{n}")), *label);
            assert_eq!(
                Locale::En.text(&format!("hygiene-level-{n}.meaning")),
                *meaning
            );
        }
    }
}
