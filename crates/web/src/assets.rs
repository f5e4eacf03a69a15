//! Static files, built into the binary: our stylesheet and scripts, and vendored libraries
//! with their licences.

use crate::AppState;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

const FILES: &[(&str, &str, &[u8])] = &[
    (
        "app.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/app.css"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/app.js"),
    ),
    (
        "network.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/network.js"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../assets/favicon.svg"),
    ),
    (
        "vendor/htmx/htmx.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/vendor/htmx/htmx.min.js"),
    ),
    (
        "vendor/htmx/LICENSE",
        "text/plain; charset=utf-8",
        include_bytes!("../assets/vendor/htmx/LICENSE"),
    ),
    (
        "vendor/cytoscape/cytoscape.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/vendor/cytoscape/cytoscape.min.js"),
    ),
    (
        "vendor/cytoscape/LICENSE",
        "text/plain; charset=utf-8",
        include_bytes!("../assets/vendor/cytoscape/LICENSE"),
    ),
];

pub fn router() -> Router<AppState> {
    Router::new().route("/static/{*path}", get(file)).route(
        "/favicon.ico",
        get(|| async { axum::response::Redirect::permanent("/static/favicon.svg") }),
    )
}

async fn file(Path(path): Path<String>) -> Response {
    match FILES.iter().find(|(name, _, _)| *name == path) {
        Some((_, content_type, bytes)) => (
            [
                (CONTENT_TYPE, *content_type),
                (CACHE_CONTROL, "public, max-age=3600"),
            ],
            *bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    //! Colours people read text on, checked against WCAG 2.1 AA (4.5:1 for text).

    const STYLESHEET: &str = include_str!("../assets/app.css");

    /// The stylesheet without its comments.
    fn rules() -> String {
        let mut out = String::new();
        let mut rest = STYLESHEET;
        while let Some(start) = rest.find("/*") {
            out.push_str(&rest[..start]);
            rest = rest[start..]
                .find("*/")
                .map_or("", |end| &rest[start + end + 2..]);
        }
        out.push_str(rest);
        out
    }

    /// The value of `property` in the first rule for exactly `selector`.
    fn declared(selector: &str, property: &str) -> String {
        let css = rules();
        let rule = css
            .split('}')
            .find_map(|block| {
                let (selectors, body) = block.split_once('{')?;
                selectors
                    .split(',')
                    .any(|s| s.trim() == selector)
                    .then_some(body)
            })
            .unwrap_or_else(|| panic!("no rule for {selector}"));
        let value = rule
            .split(';')
            .find_map(|d| d.trim().strip_prefix(&format!("{property}:")))
            .unwrap_or_else(|| panic!("{selector} sets no {property}"))
            .trim()
            .to_owned();
        match value
            .strip_prefix("var(--")
            .and_then(|v| v.strip_suffix(')'))
        {
            Some(variable) => declared(":root", &format!("--{variable}")),
            None => value,
        }
    }

    /// WCAG's relative luminance of a `#rrggbb` or `#rgb` colour.
    fn luminance(hex: &str) -> f64 {
        let long: String;
        let hex = if hex.len() == 4 {
            long = hex.chars().flat_map(|c| [c, c]).skip(1).collect();
            long.as_str()
        } else {
            hex
        };
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn the_counts_on_the_heat_map_and_the_severity_chips_can_be_read() {
        let count = declared(".heat-count", "fill");
        for band in ["low", "medium", "high", "critical"] {
            let cell = declared(&format!(".heat-{band}"), "fill");
            let ratio = contrast(&count, &cell);
            assert!(ratio >= 4.5, "heat-map {band}: {ratio:.2}:1");
        }
        let text = declared(".sev", "color");
        for severity in ["info", "low", "medium", "high", "critical"] {
            let chip = declared(&format!(".sev-{severity}"), "background");
            let ratio = contrast(&text, &chip);
            assert!(ratio >= 4.5, "severity {severity}: {ratio:.2}:1");
        }
    }

    #[test]
    fn the_contrast_is_computed_as_wcag_says() {
        assert!((contrast("#ffffff", "#000000") - 21.0).abs() < 0.01);
        assert!((contrast("#ffffff", "#bf8700") - 3.145).abs() < 0.02);
    }
}
