//! HTTP-level tests of the platform: the real application, called in-process, on a fresh
//! database per test (SQLite, or PostgreSQL when LIAISON_TEST_DATABASE_URL is set).

// Test helpers fail loudly, like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod access;
mod auth;
mod calendar;
mod dashboard;
mod directory_language;
mod disinformation;
mod findings;
mod hostile;
mod hygiene;
mod incidents;
mod language;
mod live_dashboards;
mod model;
mod model_history;
mod pages;
mod phones;
mod pickers;
mod risks;
mod search;
mod shared_items;
mod sitreps;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::BodyExt;
use liaison_domain::access::Role;
use liaison_store::testing::TestDatabase;
use liaison_store::{Actor, NewAccount};
use std::path::Path;
use std::sync::OnceLock;
use tower::ServiceExt;

pub const PASSWORD: &str = "correct horse battery staple";

/// Every audience: what the store returns to a test that looks behind the pages.
pub const ALL_AUDIENCES: &[liaison_domain::access::Audience] = &[
    liaison_domain::access::Audience::Everyone,
    liaison_domain::access::Audience::Members,
];

/// One Argon2 hash for every test account: hashing is slow on purpose.
fn password_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| liaison_web::hash_password(PASSWORD).unwrap())
}

pub fn demoland() -> liaison_domain::model::Model {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/models/demoland");
    liaison_interop::model_file::load_model(&path, &Default::default()).unwrap()
}

/// The platform on a fresh database with Demoland and one account per role.
#[allow(missing_debug_implementations)]
pub struct TestApp {
    pub db: TestDatabase,
    pub app: Router,
    pub state: liaison_web::AppState,
}

/// The test accounts: (e-mail, role, organisation).
pub const ACCOUNTS: &[(&str, Role, Option<&str>)] = &[
    ("platform@test.example", Role::PlatformAdmin, None),
    (
        "orgadmin@test.example",
        Role::OrganisationAdmin,
        Some("cec"),
    ),
    ("coordinator@test.example", Role::Coordinator, Some("cec")),
    ("analyst@test.example", Role::Analyst, Some("cec")),
    ("reader@test.example", Role::Reader, Some("cec")),
    (
        "observer@test.example",
        Role::Observer,
        Some("observers-demowatch"),
    ),
    ("certanalyst@test.example", Role::Analyst, Some("cert")),
    // An observer inside a member organisation: reads what is shared with observers, not what
    // is shared with its organisation.
    ("cecobserver@test.example", Role::Observer, Some("cec")),
];

pub fn email_of(role: Role) -> &'static str {
    ACCOUNTS.iter().find(|a| a.1 == role).map(|a| a.0).unwrap()
}

impl TestApp {
    pub async fn new() -> TestApp {
        TestApp::with_model(&demoland()).await
    }

    /// The platform holding `model` (Demoland changed by the test) and the test accounts.
    pub async fn with_model(model: &liaison_domain::model::Model) -> TestApp {
        TestApp::on(TestDatabase::new().await, model).await
    }

    /// The platform holding `model`, on a clock pinned at `now` (a time of day a test is about).
    pub async fn at(model: &liaison_domain::model::Model, now: time::OffsetDateTime) -> TestApp {
        let clock = liaison_store::Clock::pinned(now);
        TestApp::on(TestDatabase::with_clock(clock).await, model).await
    }

    async fn on(db: TestDatabase, model: &liaison_domain::model::Model) -> TestApp {
        db.store
            .import_model(&Actor::system(), model)
            .await
            .unwrap();
        for (email, role, organisation) in ACCOUNTS {
            db.store
                .create_account(
                    &Actor::system(),
                    &NewAccount {
                        email: (*email).to_owned(),
                        name: format!("Test {}", role.id()),
                        organisation: organisation.map(str::to_owned),
                        role: *role,
                        password_hash: password_hash().to_owned(),
                        must_change_password: false,
                    },
                )
                .await
                .unwrap();
        }
        let config = liaison_web::WebConfig {
            secure_cookies: false,
            public_url: "http://liaison.test".to_owned(),
            ..Default::default()
        };
        let state = liaison_web::AppState::new(db.store.clone(), config);
        let app = liaison_web::app(state.clone());
        TestApp { db, app, state }
    }

    /// Now, on the platform's pinned clock.
    pub fn now(&self) -> time::OffsetDateTime {
        self.db.store.clock().now()
    }

    pub fn client(&self) -> Client {
        Client {
            app: self.app.clone(),
            cookies: Vec::new(),
            csrf: None,
        }
    }

    /// A new account of `org` with `role`, signed in, with the CSRF token of its session.
    pub async fn person(&self, email: &str, org: &str, role: Role) -> Client {
        self.db
            .store
            .create_account(
                &Actor::system(),
                &NewAccount {
                    email: email.to_owned(),
                    name: email.to_owned(),
                    organisation: Some(org.to_owned()),
                    role,
                    password_hash: password_hash().to_owned(),
                    must_change_password: false,
                },
            )
            .await
            .unwrap();
        let mut client = self.client();
        let response = client.sign_in(email, PASSWORD).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.text);
        client.get("/account").await;
        client
    }

    /// A client signed in as the account of `role`.
    pub async fn signed_in(&self, role: Role) -> Client {
        let mut client = self.client();
        let response = client.sign_in(email_of(role), PASSWORD).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.text);
        client
    }
}

#[derive(Debug)]
pub struct Response {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
    /// The body as sent, for what is not text.
    pub bytes: Vec<u8>,
}

impl Response {
    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
}

/// A browser in miniature: keeps cookies and the page's CSRF token.
#[allow(missing_debug_implementations)]
#[derive(Clone)]
pub struct Client {
    app: Router,
    pub cookies: Vec<(String, String)>,
    pub csrf: Option<String>,
}

/// The first CSRF token in a page.
pub fn csrf_in(html: &str) -> Option<String> {
    let start = html.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}

pub fn form(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).unwrap()
}

impl Client {
    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub async fn send(
        &mut self,
        method: Method,
        path: &str,
        content_type: Option<&str>,
        body: Vec<u8>,
        headers: &[(&str, &str)],
    ) -> Response {
        let mut request = Request::builder().method(method).uri(path);
        if !self.cookies.is_empty() {
            request = request.header("cookie", self.cookie_header());
        }
        if let Some(ct) = content_type {
            request = request.header("content-type", ct);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self
            .app
            .clone()
            .oneshot(request.body(Body::from(body)).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        for value in headers.get_all("set-cookie") {
            let text = value.to_str().unwrap();
            let pair = text.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            self.cookies.retain(|(k, _)| k != name);
            if !value.is_empty() && !text.contains("Max-Age=0") {
                self.cookies.push((name.to_owned(), value.to_owned()));
            }
        }
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if let Some(token) = csrf_in(&text) {
            self.csrf = Some(token);
        }
        Response {
            status,
            headers,
            text,
            bytes: bytes.to_vec(),
        }
    }

    pub async fn get(&mut self, path: &str) -> Response {
        self.send(Method::GET, path, None, Vec::new(), &[]).await
    }

    /// A page as a browser asking for `language` (its `Accept-Language`) gets it.
    pub async fn get_in(&mut self, path: &str, language: &str) -> Response {
        let header = [("accept-language", language)];
        self.send(Method::GET, path, None, Vec::new(), &header)
            .await
    }

    /// Posts a form with the CSRF token of the last page seen (fetching `/account` first if
    /// none was seen yet).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        if self.csrf.is_none() {
            self.get("/account").await;
        }
        let csrf = self.csrf.clone().unwrap_or_default();
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.send(
            Method::POST,
            path,
            Some("application/x-www-form-urlencoded"),
            form(&all).into_bytes(),
            &[],
        )
        .await
    }

    /// A new API token made on the tokens page (as an administrator), as shown once.
    pub async fn new_token(&mut self, fields: &[(&str, &str)]) -> String {
        self.get("/admin/tokens").await;
        let page = self.post("/admin/tokens", fields).await;
        let start = page.text.find("id=\"new-token\">").unwrap() + "id=\"new-token\">".len();
        page.text[start..start + page.text[start..].find('<').unwrap()].to_owned()
    }

    /// Posts a form exactly as given, without adding a CSRF token.
    pub async fn post_raw(&mut self, path: &str, body: &str) -> Response {
        self.send(
            Method::POST,
            path,
            Some("application/x-www-form-urlencoded"),
            body.as_bytes().to_vec(),
            &[],
        )
        .await
    }

    /// Seeds the risk register from the catalogue and returns the id of the first risk the
    /// register API lists for `query` (such as `?threat_kind=ddos`, or empty).
    pub async fn seeded_risk(&mut self, query: &str) -> String {
        self.get("/risks").await;
        self.post("/risks/seed", &[]).await;
        self.get(&format!("/api/v1/risks{query}")).await.json()["risks"][0]["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    pub async fn sign_in(&mut self, email: &str, password: &str) -> Response {
        self.get("/login").await;
        let response = self
            .post(
                "/login",
                &[("email", email), ("password", password), ("next", "/")],
            )
            .await;
        // The session has its own CSRF token: learn it.
        self.csrf = None;
        response
    }

    pub async fn api(
        &mut self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<serde_json::Value>,
    ) -> Response {
        let bearer = token.map(|t| format!("Bearer {t}"));
        let mut headers: Vec<(&str, &str)> = Vec::new();
        if let Some(b) = &bearer {
            headers.push(("authorization", b));
        }
        let csrf = self.csrf.clone().unwrap_or_default();
        if token.is_none() && method != Method::GET {
            headers.push(("x-csrf-token", &csrf));
        }
        let (content_type, body) = match body {
            Some(json) => (Some("application/json"), serde_json::to_vec(&json).unwrap()),
            None => (None, Vec::new()),
        };
        self.send(method, path, content_type, body, &headers).await
    }

    /// POSTs `body` to the API with the session, expects 201 Created and returns what was made.
    pub async fn created(&mut self, path: &str, body: serde_json::Value) -> serde_json::Value {
        let response = self.api(Method::POST, path, None, Some(body)).await;
        assert_eq!(
            response.status,
            StatusCode::CREATED,
            "{path}: {}",
            response.text
        );
        response.json()
    }
}
