//! What reporting an incident costs, measured side by side in one run:
//!
//! 1. **Writes**: incidents reported per second through the store (incident, observables,
//!    audience, routing, escalation steps, outbox rows, live event and the audit chain in one
//!    transaction) beside the floor of the same SQLite file settings: raw inserts of a row the
//!    size of an incident, one durable transaction each (WAL, `synchronous = FULL`).
//! 2. **Live picture**: the time from sending `POST /api/v1/incidents` to a running
//!    `liaison serve` until the event arrives at each of 1,000 connected viewers (p50, p99),
//!    beside a bare server that only fans a message out over server-sent events to the same
//!    number of viewers, with no database, audience or authentication.
//!
//! Client and server share the machine, so the figures include the clients' own work. Run with
//! `cargo bench -p liaison --bench incidents`; `LIAISON_BENCH_INCIDENTS`,
//! `LIAISON_BENCH_VIEWERS` and `LIAISON_BENCH_EVENTS` change the sizes.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{follow_streams, percentile, separate_connections, serve, setting, sqlite_in, token};

use liaison_domain::access::{Role, Viewer};
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{IncidentSeverity, ObservableKind, Phase, ThreatKind};
use liaison_domain::incident::Observable;
use liaison_domain::sharing::TlpLevel;
use liaison_interop::model_file::{LoadOptions, load_model};
use liaison_store::{Actor, IncidentReport, NewAccount, Store};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

fn sorted(mut values: Vec<f64>) -> Vec<f64> {
    values.sort_by(f64::total_cmp);
    values
}

fn report(n: usize) -> IncidentReport {
    IncidentReport {
        title: format!("Results website unreachable from region {n}"),
        description: "Requests to the results website time out; traffic from many addresses \
            in several networks. The hosting provider is informed."
            .repeat(3),
        threat: ThreatKind::Ddos,
        severity: IncidentSeverity::High,
        phase: Some(Phase::Voting),
        assets: vec!["results-website".into()],
        tlp: TlpLevel::Amber,
        recipients: vec!["nss".into()],
        observers: false,
        observed_at: None,
        observables: vec![
            Observable::parse(ObservableKind::Ipv4, &format!("198.51.100.{}", n % 250)).unwrap(),
            Observable::parse(ObservableKind::Domain, "results-cec[.]example").unwrap(),
        ],
    }
}

async fn account(store: &Store, email: &str, org: &str, role: Role) -> Viewer {
    let account = store
        .create_account(
            &Actor::system(),
            &NewAccount {
                email: email.into(),
                name: email.into(),
                organisation: Some(org.into()),
                role,
                password_hash: "not used".into(),
                must_change_password: false,
            },
        )
        .await
        .expect("account");
    Viewer {
        account: account.id,
        organisation: Some(org.into()),
        role,
    }
}

/// Incidents through the store against raw inserts with the same durability; returns
/// (store per second, raw per second).
async fn writes(count: usize) -> (f64, f64) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("store.db").display()
    );
    let store = Store::open(&url, 4, liaison_store::Clock::system())
        .await
        .expect("store");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/models/demoland");
    let model = load_model(&demo, &LoadOptions::default()).expect("Demoland");
    store
        .import_model(&Actor::system(), &model)
        .await
        .expect("import");
    // People to alert: two per organisation the incident reaches.
    for org in ["cec", "cert", "demotel", "moi", "nss"] {
        for n in 0..2 {
            account(&store, &format!("p{n}@{org}.example"), org, Role::Analyst).await;
        }
    }
    let reporter = account(
        &store,
        "clerk@north1.example",
        "local-north-1",
        Role::Analyst,
    )
    .await;

    let raw_url = format!("sqlite://{}?mode=rwc", dir.path().join("raw.db").display());
    let raw = sqlx::AnyPool::connect(&raw_url)
        .await
        .expect("raw database");
    for pragma in [
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "CREATE TABLE incidents (id TEXT PRIMARY KEY, number INTEGER NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, body TEXT NOT NULL)",
    ] {
        sqlx::query(pragma).execute(&raw).await.expect("raw setup");
    }
    // The pool's other connections get the same durability.
    let mut conn = raw.acquire().await.expect("connection");
    sqlx::query("PRAGMA synchronous = FULL")
        .execute(&mut *conn)
        .await
        .expect("pragma");

    // Warm both up, then alternate rounds so that neither gets the quieter disk.
    store
        .report_incident(&Caller::new(reporter.clone()), report(0), "http://bench")
        .await
        .expect("warm-up");
    let rounds = 5;
    let per_round = (count / rounds).max(1);
    let (mut store_time, mut raw_time) = (Duration::ZERO, Duration::ZERO);
    let mut number = 0i64;
    for _ in 0..rounds {
        let start = Instant::now();
        for n in 0..per_round {
            store
                .report_incident(&Caller::new(reporter.clone()), report(n), "http://bench")
                .await
                .expect("reported");
        }
        store_time += start.elapsed();
        let start = Instant::now();
        for n in 0..per_round {
            number += 1;
            let r = report(n);
            let body = serde_json::json!({
                "threat": "ddos", "severity": "high", "tlp": "amber", "assets": r.assets,
                "observables": r.observables.iter().map(|o| &o.value).collect::<Vec<_>>(),
            })
            .to_string();
            sqlx::query("BEGIN IMMEDIATE")
                .execute(&mut *conn)
                .await
                .expect("begin");
            sqlx::query(
                "INSERT INTO incidents (id, number, title, description, body) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(format!("{number:036}"))
            .bind(number)
            .bind(&r.title)
            .bind(&r.description)
            .bind(body)
            .execute(&mut *conn)
            .await
            .expect("insert");
            sqlx::query("COMMIT")
                .execute(&mut *conn)
                .await
                .expect("commit");
        }
        raw_time += start.elapsed();
    }
    let total = (rounds * per_round) as f64;
    let outbox = store.outbox_state().await.expect("outbox");
    println!(
        "  the store wrote {} outbox rows and one audit entry per incident",
        outbox.pending
    );
    (
        total / store_time.as_secs_f64(),
        total / raw_time.as_secs_f64(),
    )
}

/// Opens `count` event streams; each `data:` line's `item` (or whole text) arrives on the
/// channel with the instant it was read.
async fn viewers(
    count: usize,
    url: &str,
    token: Option<&str>,
) -> mpsc::UnboundedReceiver<(String, Instant)> {
    let client = separate_connections();
    let requests = (0..count)
        .map(|_| {
            let request = client.get(url);
            match token {
                Some(token) => request.bearer_auth(token),
                None => request,
            }
        })
        .collect();
    follow_streams(requests, |_, event| {
        Some(
            serde_json::from_str::<serde_json::Value>(&event.data)
                .ok()
                .and_then(|v| v["item"].as_str().map(str::to_owned))
                .unwrap_or(event.data),
        )
    })
    .await
}

/// Sends `events` messages with `publish` (which returns the item's id once sent), and
/// returns, in milliseconds, the time from sending to arrival at each viewer.
async fn fan_out<F, Fut>(
    receiver: &mut mpsc::UnboundedReceiver<(String, Instant)>,
    viewers: usize,
    events: usize,
    mut publish: F,
) -> Vec<f64>
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = String>,
{
    let mut samples = Vec::with_capacity(viewers * events);
    let mut early: HashMap<String, Vec<Instant>> = HashMap::new();
    for n in 0..events {
        let sent = Instant::now();
        let id = publish(n).await;
        let mut arrived = early.remove(&id).unwrap_or_default();
        let deadline = Instant::now() + Duration::from_secs(30);
        while arrived.len() < viewers && Instant::now() < deadline {
            match tokio::time::timeout(Duration::from_secs(30), receiver.recv()).await {
                Ok(Some((item, at))) if item == id => arrived.push(at),
                Ok(Some((item, at))) => early.entry(item).or_default().push(at),
                _ => break,
            }
        }
        assert_eq!(arrived.len(), viewers, "event {n} reached every viewer");
        samples.extend(
            arrived
                .iter()
                .map(|at| at.duration_since(sent).as_secs_f64() * 1000.0),
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    samples
}

/// The peer: a bare fan-out over server-sent events, with nothing else.
async fn bare_server() -> String {
    use axum::response::sse::{Event, Sse};
    use axum::routing::{get, post};
    use tokio::sync::broadcast;
    let (sender, _) = broadcast::channel::<String>(1024);
    let sender = Arc::new(sender);
    let subscribe = sender.clone();
    let app = axum::Router::new()
        .route(
            "/events",
            get(move || {
                let receiver = subscribe.subscribe();
                async move {
                    Sse::new(futures_util::stream::unfold(
                        receiver,
                        |mut receiver| async move {
                            loop {
                                match receiver.recv().await {
                                    Ok(data) => {
                                        let event = Event::default().data(data);
                                        return Some((
                                            Ok::<_, std::convert::Infallible>(event),
                                            receiver,
                                        ));
                                    }
                                    Err(broadcast::error::RecvError::Lagged(_)) => continue,
                                    Err(broadcast::error::RecvError::Closed) => return None,
                                }
                            }
                        },
                    ))
                }
            }),
        )
        .route(
            "/publish",
            post(move |body: String| {
                let sender = sender.clone();
                async move {
                    let _ = sender.send(body);
                    "sent"
                }
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

fn line(name: &str, samples: &[f64]) {
    println!(
        "  {name:<34} p50 {:>7.1} ms   p99 {:>7.1} ms   max {:>7.1} ms   ({} arrivals)",
        percentile(samples, 50.0),
        percentile(samples, 99.0),
        samples.last().copied().unwrap_or(f64::NAN),
        samples.len()
    );
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let count = setting("LIAISON_BENCH_INCIDENTS", 500);
    let viewer_count = setting("LIAISON_BENCH_VIEWERS", 1_000);
    let events = setting("LIAISON_BENCH_EVENTS", 30);

    println!("Reporting incidents on SQLite, {count} each, alternating rounds:");
    let (store_rate, raw_rate) = writes(count).await;
    println!(
        "  through the store (audit chain, outbox, audience, routing): {store_rate:>8.1} incidents/s"
    );
    println!(
        "  raw inserts, one durable transaction each:                  {raw_rate:>8.1} rows/s"
    );
    println!(
        "  the store does {:.1}% of the raw rate ({:.2} ms against {:.2} ms per incident)",
        100.0 * store_rate / raw_rate,
        1000.0 / store_rate,
        1000.0 / raw_rate
    );

    println!("\nFrom POST to arrival at {viewer_count} connected viewers, {events} events each:");
    let dir = tempfile::tempdir().expect("temporary directory");
    let database = sqlite_in(dir.path());
    let server = serve(dir.path(), &database);
    let reader = token(dir.path(), &database, "cert", "reader");
    let reporter = token(dir.path(), &database, "local-north-1", "analyst");
    let mut receiver = viewers(
        viewer_count,
        &format!("{}/api/v1/events", server.url),
        Some(&reader),
    )
    .await;
    let client = reqwest::Client::new();
    let platform = sorted(
        fan_out(&mut receiver, viewer_count, events, |n| {
            let request = client
                .post(format!("{}/api/v1/incidents", server.url))
                .bearer_auth(&reporter)
                .json(&serde_json::json!({
                    "title": format!("Results website down, wave {n}"),
                    "threat_kind": "ddos",
                    "severity": "high",
                    "phase": "voting",
                    "assets": ["results-website"],
                }));
            async move {
                let response = request.send().await.expect("the server answers");
                assert_eq!(response.status(), 201);
                let body: serde_json::Value = response.json().await.expect("JSON");
                body["id"].as_str().expect("an id").to_owned()
            }
        })
        .await,
    );
    drop(receiver);
    drop(server);

    let bare = bare_server().await;
    let mut receiver = viewers(viewer_count, &format!("{bare}/events"), None).await;
    let bare_samples = sorted(
        fan_out(&mut receiver, viewer_count, events, |n| {
            let request = client
                .post(format!("{bare}/publish"))
                .body(format!("message-{n}"));
            async move {
                request.send().await.expect("the bare server answers");
                format!("message-{n}")
            }
        })
        .await,
    );
    line("liaison serve (report + audience)", &platform);
    line("bare SSE fan-out (peer)", &bare_samples);
    println!(
        "  p50 ratio {:.2}, p99 ratio {:.2}",
        percentile(&platform, 50.0) / percentile(&bare_samples, 50.0),
        percentile(&platform, 99.0) / percentile(&bare_samples, 99.0)
    );
}
