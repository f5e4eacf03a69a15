//! The language a request is answered in: the one the person chose on their account, else the
//! best their browser asks for (`Accept-Language`), else English.

use crate::AppState;
use axum::extract::FromRequestParts;
use axum::extract::Request;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use liaison_locale::Locale;
use liaison_store::Account;
use std::cell::Cell;
use std::convert::Infallible;

/// The language of a request nobody is signed in for (the sign-in pages, errors).
#[derive(Debug, Clone, Copy)]
pub struct Language(pub Locale);

impl FromRequestParts<AppState> for Language {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Infallible> {
        Ok(Language(language_of(None, &parts.headers)))
    }
}

tokio::task_local! {
    /// The language of the request being answered, for what is written far from its handler:
    /// error pages and the messages of the shared form checks. Set from the browser's
    /// `Accept-Language` for every request, then from the account once the person is known.
    static REQUEST_LOCALE: Cell<Locale>;
}

/// The language of the request being answered; English outside a request.
pub fn current() -> Locale {
    REQUEST_LOCALE.try_with(Cell::get).unwrap_or_default()
}

/// Sets the language of the request being answered, once the account says it.
pub(crate) fn answer_in(locale: Locale) {
    let _ = REQUEST_LOCALE.try_with(|cell| cell.set(locale));
}

/// The middleware that answers each request in its language.
pub async fn in_request_language(request: Request, next: Next) -> Response {
    let locale = language_of(None, request.headers());
    REQUEST_LOCALE
        .scope(Cell::new(locale), next.run(request))
        .await
}

/// The account's choice when it made one, else the browser's.
pub fn language_of(account: Option<&Account>, headers: &HeaderMap) -> Locale {
    account
        .and_then(|a| a.language.as_deref())
        .and_then(Locale::from_tag)
        .unwrap_or_else(|| {
            headers
                .get(axum::http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(Locale::negotiate)
                .unwrap_or_default()
        })
}

#[cfg(test)]
mod tests {
    //! Every text of every page comes from the catalogues: no English is left in a template,
    //! and every key the templates and the code name exists.

    use liaison_locale::Locale;
    use std::path::Path;

    fn files(dir: &Path, extension: &str, found: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                files(&path, extension, found);
            } else if path.extension().is_some_and(|e| e == extension) {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                found.push((path.display().to_string(), text));
            }
        }
    }

    fn templates() -> Vec<(String, String)> {
        let mut found = Vec::new();
        files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
            "html",
            &mut found,
        );
        found
    }

    /// Removes what lies between `open` and `close`, replacing it by a space.
    fn without(text: &str, open: &str, close: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            out.push_str(&rest[..start]);
            out.push(' ');
            rest = match rest[start + open.len()..].find(close) {
                Some(end) => &rest[start + open.len() + end + close.len()..],
                None => "",
            };
        }
        out.push_str(rest);
        out
    }

    /// The words a template shows as it is, outside its expressions: page text, and the
    /// attributes people read (titles, labels, placeholders, confirmations, alternatives).
    fn english_left(template: &str) -> Vec<String> {
        let mut text = without(template, "{#", "#}");
        text = without(&text, "{%", "%}");
        text = without(&text, "{{", "}}");
        text = without(&text, "<script", "</script>");
        text = without(&text, "<style", "</style>");
        let mut left = Vec::new();
        for attribute in [
            "title=\"",
            "alt=\"",
            "aria-label=\"",
            "placeholder=\"",
            "data-confirm=\"",
            "aria-description=\"",
            "data-label=\"",
        ] {
            let mut rest = text.as_str();
            while let Some(at) = rest.find(attribute) {
                rest = &rest[at + attribute.len()..];
                let value = &rest[..rest.find('"').unwrap_or(rest.len())];
                if value.chars().any(char::is_alphabetic) {
                    left.push(format!("{attribute}{value}\""));
                }
            }
        }
        let body = without(&text, "<", ">");
        for piece in body.split('\n') {
            let words: String = piece
                .split_whitespace()
                .filter(|w| !w.starts_with('&') || !w.ends_with(';'))
                .collect::<Vec<_>>()
                .join(" ");
            // An attribute given by a block (`{% block main_class %} class="wide"`) is markup.
            let attribute = words.split_once("=\"").is_some_and(|(name, value)| {
                !name.contains(' ') && value.ends_with('"') && !value.contains(' ')
            });
            if words.chars().any(char::is_alphabetic) && !attribute {
                left.push(words);
            }
        }
        left
    }

    #[test]
    fn no_template_shows_text_that_is_not_in_the_catalogues() {
        let mut problems = Vec::new();
        for (path, template) in templates() {
            for words in english_left(&template) {
                let name = path.rsplit('/').next().unwrap_or(&path).to_owned();
                problems.push(format!("{name}: {words}"));
            }
        }
        assert!(
            problems.is_empty(),
            "{} texts are written in templates instead of the catalogues:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }

    /// The calls that name a key: `.t("…")`, `.t1("…"`, `.text("…")`, `.text_with("…"`, and
    /// the messages kept for later, `Message::new("…")`.
    const NAMING: [&str; 7] = [
        ".t(\"",
        ".t1(\"",
        ".t2(\"",
        ".t3(\"",
        ".text(\"",
        ".text_with(\"",
        "Message::new(\"",
    ];

    /// The keys named literally in `text` by the calls `naming` (comments aside).
    fn keys_named(text: &str, naming: &[&str]) -> Vec<String> {
        let code: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut keys = Vec::new();
        for call in naming {
            let mut rest = code.as_str();
            while let Some(at) = rest.find(call) {
                rest = &rest[at + call.len()..];
                let key: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '.')
                    .collect();
                if rest[key.len()..].starts_with('"') && !key.is_empty() {
                    keys.push(key);
                }
            }
        }
        keys
    }

    #[test]
    fn every_key_the_pages_and_the_code_name_is_in_the_english_catalogue() {
        let mut sources = templates();
        files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            "rs",
            &mut sources,
        );
        let sources = sources.into_iter().map(|s| (s, &NAMING[..]));
        // The store keeps the items' history as messages (its `.text(…)` reads columns).
        let mut stored = Vec::new();
        files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../store/src"),
            "rs",
            &mut stored,
        );
        let stored = stored.into_iter().map(|s| (s, &NAMING[6..]));
        let mut missing = Vec::new();
        for ((path, text), naming) in sources.chain(stored) {
            for key in keys_named(&text, naming) {
                if !Locale::En.has(&key) && key != "no-such-key" {
                    missing.push(format!("{path}: {key}"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys not in the catalogue:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn the_checks_see_english_and_keys() {
        assert_eq!(
            english_left("<p title=\"Hi there\">{{ x }} Hello · {% if y %}</p>"),
            vec!["title=\"Hi there\"".to_owned(), "Hello ·".to_owned()]
        );
        assert!(english_left("<p>{{ chrome.t(\"a\") }} &middot; 12</p>").is_empty());
        assert_eq!(
            keys_named(
                "{{ chrome.t(\"nav-home\") }} locale.text_with(\"x-y\", &[]) text(\"no\") \
                 Message::new(\"kept\")",
                &NAMING
            ),
            vec!["nav-home".to_owned(), "x-y".to_owned(), "kept".to_owned()]
        );
    }

    #[test]
    fn the_language_is_the_account_s_then_the_browser_s_then_english() {
        let mut headers = axum::http::HeaderMap::new();
        assert_eq!(super::language_of(None, &headers), Locale::En);
        headers.insert(
            axum::http::header::ACCEPT_LANGUAGE,
            axum::http::HeaderValue::from_static("es-MX,es;q=0.9"),
        );
        assert_eq!(super::language_of(None, &headers), Locale::Es);
    }
}
