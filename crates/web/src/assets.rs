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
