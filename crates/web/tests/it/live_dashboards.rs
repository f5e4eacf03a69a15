//! Open dashboards follow changes through `/dashboard/live`: one render per audience class,
//! pushed to every dashboard of the class, only to classes that may see the change, never
//! carrying what one reader alone may see, and checked against the reader's credential on
//! every push.

use super::incidents::cookie_of;
use super::{PASSWORD, TestApp};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use liaison_domain::access::Role;
use serde_json::json;
use std::time::Duration;
use tower::ServiceExt;

/// How long a test waits for a push that must come before it fails.
const PATIENCE: Duration = Duration::from_secs(20);

/// One open dashboard: its stream of `fragment` events.
pub(super) struct OpenDashboard {
    body: Body,
    buffer: String,
}

/// A pushed live part: its event id (the render's number) and its HTML.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Pushed {
    id: String,
    html: String,
}

impl Pushed {
    /// The number of open incidents the part shows.
    pub(super) fn open(&self) -> i64 {
        let card = &self.html[self.html.find("incidents-title").expect("incidents card")..];
        let number = &card[card.find("class=\"number\">").expect("open count") + 15..];
        number[..number.find('<').unwrap()].parse().unwrap()
    }
}

impl OpenDashboard {
    pub(super) async fn open(app: &TestApp, cookie: &str) -> OpenDashboard {
        let response = app
            .app
            .clone()
            .oneshot(
                Request::builder()
                    .uri("/dashboard/live")
                    .header("cookie", cookie)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        OpenDashboard {
            body: response.into_body(),
            buffer: String::new(),
        }
    }

    /// The next pushed part, or `None` when the stream ends.
    pub(super) async fn next(&mut self) -> Option<Pushed> {
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let event: String = self.buffer.drain(..end + 2).collect();
                let (mut id, mut kind, mut lines) = (String::new(), String::new(), Vec::new());
                for line in event.lines() {
                    if let Some(v) = line.strip_prefix("id:") {
                        id = v.trim().to_owned();
                    } else if let Some(v) = line.strip_prefix("event:") {
                        kind = v.trim().to_owned();
                    } else if let Some(v) = line.strip_prefix("data:") {
                        lines.push(v.strip_prefix(' ').unwrap_or(v).to_owned());
                    }
                }
                if kind == "fragment" {
                    return Some(Pushed {
                        id,
                        html: lines.join("\n"),
                    });
                }
                continue; // a keep-alive comment
            }
            let frame = tokio::time::timeout(PATIENCE, self.body.frame())
                .await
                .expect("a push came in time");
            match frame {
                Some(Ok(frame)) => {
                    if let Some(data) = frame.data_ref() {
                        self.buffer.push_str(&String::from_utf8_lossy(data));
                    }
                }
                _ => return None,
            }
        }
    }
}

/// Reports an incident at `tlp`; a RED one is shared with the CEC's coordinator, who has no
/// dashboard open here.
async fn report(client: &mut super::Client, title: &str, tlp: &str) -> serde_json::Value {
    let mut body =
        json!({"title": title, "threat_kind": "defacement", "severity": "low", "tlp": tlp});
    if tlp == "red" {
        body["recipients"] = json!(["coordinator@test.example"]);
    }
    client.created("/api/v1/incidents", body).await
}

#[tokio::test]
async fn each_class_of_readers_is_rendered_once_per_change_and_sees_only_its_share() {
    let app = TestApp::new().await;
    let mut first = app.signed_in(Role::Analyst).await;
    first.get("/").await;
    let mut second = app
        .person("second-analyst@test.example", "cec", Role::Analyst)
        .await;
    let mut cert = app.client();
    cert.sign_in("certanalyst@test.example", PASSWORD).await;
    cert.get("/").await;

    // Two CEC analysts share one render, even when they open at the same moment; the CERT's
    // analyst has its own.
    let (first_cookie, second_cookie) = (cookie_of(&first), cookie_of(&second));
    let (mut a, mut b) = tokio::join!(
        OpenDashboard::open(&app, &first_cookie),
        OpenDashboard::open(&app, &second_cookie)
    );
    let mut c = OpenDashboard::open(&app, &cookie_of(&cert)).await;
    let (a0, b0, c0) = (
        a.next().await.unwrap(),
        b.next().await.unwrap(),
        c.next().await.unwrap(),
    );
    assert_eq!(a0, b0, "one class, one render");
    assert_ne!(a0.id, c0.id);
    assert_eq!((a0.open(), c0.open()), (0, 0));
    assert_eq!(app.state.dashboard_renders(), 2);

    // An AMBER+STRICT report of the CEC: the CEC's class is rendered once for both of its
    // readers; the CERT's class is not rendered at all.
    report(&mut second, "Defaced page, CEC only", "amber+strict").await;
    let (a1, b1) = (a.next().await.unwrap(), b.next().await.unwrap());
    assert_eq!(a1, b1);
    assert_eq!(a1.open(), 1);
    assert_eq!(
        app.state.dashboard_renders(),
        3,
        "one render for two dashboards"
    );

    // A RED report names its reporter and one other person: the reporter moves to a class of their own that
    // counts it; the other CEC analyst's part never does.
    report(&mut first, "Defaced page, for my eyes only", "red").await;
    let mut a2 = a.next().await.unwrap();
    if a2.open() == 1 {
        // The push that woke the reader in its old class; its own class follows.
        a2 = a.next().await.unwrap();
    }
    assert_eq!(a2.open(), 2, "the reporter counts their RED report");
    assert_eq!(b.next().await.unwrap().open(), 1, "nobody else does");

    // A GREEN report reaches every member: the CERT's class now shows one, not three.
    report(&mut cert, "Defaced page, for the community", "green").await;
    assert_eq!(c.next().await.unwrap().open(), 1);
    assert_eq!(b.next().await.unwrap().open(), 2);
    assert_eq!(a.next().await.unwrap().open(), 3);

    // A reader who signs out: the next push ends their stream instead of reaching them.
    second.post("/logout", &[]).await;
    report(&mut cert, "Another defaced page", "green").await;
    assert_eq!(b.next().await, None, "the stream of an ended session ends");
    assert_eq!(a.next().await.unwrap().open(), 4);
}

#[tokio::test]
async fn the_dashboard_page_and_its_live_part_agree() {
    let app = TestApp::new().await;
    let mut analyst = app.signed_in(Role::Analyst).await;
    analyst.get("/").await;
    report(&mut analyst, "Defaced page", "amber").await;
    let page = analyst.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    let mut live = OpenDashboard::open(&app, &cookie_of(&analyst)).await;
    let pushed = live.next().await.unwrap();
    assert!(
        page.text.contains(&pushed.html),
        "the page embeds the same live part the stream pushes"
    );
    assert!(pushed.html.starts_with("<div id=\"dashboard\""));
}

#[tokio::test]
async fn a_live_dashboard_needs_a_signed_in_reader() {
    let app = TestApp::new().await;
    let response = app
        .client()
        .api(Method::GET, "/dashboard/live", None, None)
        .await;
    assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.state.dashboard_renders(), 0);
}
