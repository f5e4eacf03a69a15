//! The pages. Each module owns its routes; `router` merges them.

mod account;
mod admin;
mod agreements;
mod analysis;
mod assets;
mod calendar;
mod dashboard;
pub(crate) use dashboard::render_live_part;
mod disinformation;
mod forums;
mod home;
mod hygiene;
mod incidents;
mod item_work;
mod login;
mod matrix;
mod model;
mod model_history;
mod network;
mod notifications;
mod organisations;
mod records;
mod risks;
mod search;
mod sheet;
mod sitreps;

use crate::AppState;
use crate::error::PageError;
use askama::Template;
use axum::Router;
use axum::response::Html;
use liaison_domain::access::Action;
use liaison_domain::caller::Caller;
use liaison_store::Record;
use serde::de::DeserializeOwned;

pub(crate) use analysis::analyse;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(login::router())
        .merge(account::router())
        .merge(home::router())
        .merge(dashboard::router())
        .merge(search::router())
        .merge(calendar::router())
        .merge(incidents::router())
        .merge(disinformation::router())
        .merge(risks::router())
        .merge(assets::router())
        .merge(sitreps::router())
        .merge(hygiene::router())
        .merge(organisations::router())
        .merge(sheet::router())
        .merge(forums::router())
        .merge(agreements::router())
        .merge(matrix::router())
        .merge(analysis::router())
        .merge(network::router())
        .merge(notifications::router())
        .merge(records::router())
        .merge(model::router())
        .merge(model_history::router())
        .merge(admin::router())
}

pub(crate) fn html<T: Template>(page: T) -> Result<Html<String>, PageError> {
    Ok(Html(page.render()?))
}

/// A record's body in its file-format type.
pub(crate) fn entry<T: DeserializeOwned>(record: &Record) -> Result<T, PageError> {
    liaison_interop::model_file::entry_from_yaml(record.kind.id(), &record.body).map_err(|e| {
        PageError::Internal(format!(
            "stored {} '{}' is unreadable: {e}",
            record.kind.id(),
            record.key
        ))
    })
}

/// Refuses what the viewer's role does not allow.
pub(crate) fn require(caller: &Caller, action: Action<'_>) -> Result<(), PageError> {
    if caller.may(action) {
        Ok(())
    } else {
        Err(PageError::Forbidden)
    }
}

/// The value of a field of a submitted form, or empty when it was not sent.
pub(crate) fn form_value(fields: &[(String, String)], name: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The version a form was rendered from, for the conflict check: absent is `None` (the
/// change applies to the latest), anything but a whole number is refused rather than
/// silently skipping the check.
pub(crate) fn form_version(value: &str) -> Result<Option<i64>, PageError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    value.parse().map(Some).map_err(|_| {
        PageError::BadRequest(crate::language::current().text("form-version-not-number"))
    })
}

/// A text field of a form, trimmed, refused when over `max` characters.
pub(crate) fn field(name: &str, value: &str, max: usize) -> Result<String, PageError> {
    let value = value.trim();
    if value.chars().count() > max {
        return Err(PageError::BadRequest(crate::language::current().text_with(
            "form-field-too-long",
            &[("field", name.into()), ("max", max.into())],
        )));
    }
    Ok(value.to_owned())
}

/// A required text field.
pub(crate) fn required(name: &str, value: &str, max: usize) -> Result<String, PageError> {
    let value = field(name, value, max)?;
    if value.is_empty() {
        return Err(PageError::BadRequest(
            crate::language::current().text_with("form-field-empty", &[("field", name.into())]),
        ));
    }
    Ok(value)
}

/// A local path to return to after sign-in; anything else goes home.
pub(crate) fn local_path(next: Option<&str>) -> String {
    match next {
        Some(path) if stays_on_this_origin(path) => path.to_owned(),
        _ => "/".to_owned(),
    }
}

/// Whether a `next` address leads to a page of this site, as a browser would read it: a path
/// that starts with one `/`, with no backslash, control character or space (browsers drop tabs
/// and newlines, so `/<TAB>/evil.example` would become `//evil.example`), and that still names
/// this host once parsed against it.
fn stays_on_this_origin(path: &str) -> bool {
    const HERE: &str = "https://liaison.invalid/";
    path.starts_with('/')
        && !path.starts_with("//")
        && !path
            .chars()
            .any(|c| c == '\\' || c.is_control() || c.is_whitespace())
        && url::Url::parse(HERE)
            .and_then(|base| base.join(path))
            .is_ok_and(|joined| {
                joined.scheme() == "https" && joined.host_str() == Some("liaison.invalid")
            })
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn sign_in_returns_only_to_pages_of_this_site() {
        for safe in [
            "/",
            "/incidents?q=a%20b",
            "/records/contact/cec-duty/edit#top",
        ] {
            assert_eq!(local_path(Some(safe)), safe);
        }
        for hostile in [
            "//evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\\evil.example",
            "\\/evil.example",
            "https://evil.example/",
            "/ /evil.example",
            "javascript:alert(1)",
            "",
            "evil.example",
            "/\u{0}/evil.example",
        ] {
            assert_eq!(local_path(Some(hostile)), "/", "{hostile:?}");
        }
        assert_eq!(local_path(None), "/");
    }
}
