//! What reporting an incident costs, measured side by side in one run, on SQLite and, when
//! `LIAISON_BENCH_POSTGRES` names a PostgreSQL server (`postgres://user@host:port`), on a fresh
//! database there too:
//!
//! 1. **Writes**: incidents reported per second through the store (incident, observables,
//!    audience, routing, escalation steps, outbox rows, live event and the audit chain in one
//!    transaction), one at a time and with many offices reporting at once, beside the floor of
//!    the same database: raw inserts of a row the size of an incident, one durable transaction
//!    each (SQLite: WAL, `synchronous = FULL`; PostgreSQL: its durable default); and how much
//!    each report grows the store's tables and indexes by, beside the size of a raw row.
//! 2. **Live picture**: the time from sending `POST /api/v1/incidents` to a running
//!    `liaison serve` until the event arrives at each of 1,000 connected viewers (p50, p99),
//!    beside a bare server that only fans a message out over server-sent events to the same
//!    number of viewers, with no database, audience or authentication.
//!
//! Client and server share the machine, so the figures include the clients' own work. Run with
//! `cargo bench -p liaison --bench incidents`; `LIAISON_BENCH_INCIDENTS`,
//! `LIAISON_BENCH_REPORTERS`, `LIAISON_BENCH_VIEWERS` and `LIAISON_BENCH_EVENTS` change the
//! sizes.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{
    drop_database, follow_streams, fresh_database, percentile, postgres_server,
    separate_connections, serve, setting, token,
};

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

/// What one backend's writes measured: reports per second one at a time and with
/// `reporters` at once, and raw inserts per second.
struct Writes {
    alone: f64,
    together: f64,
    reporters: usize,
    raw: f64,
}

/// Incidents through the store against raw inserts with the same durability, on the backend
/// of `database` (a fresh SQLite file or PostgreSQL database).
async fn writes(database: &str, count: usize, reporters: usize) -> Writes {
    let store = Store::open(database, 10, liaison_store::Clock::system())
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

    // The floor: a table of incident-sized rows in the same database, one durable
    // transaction per row (SQLite: WAL with synchronous = FULL, as the store sets it;
    // PostgreSQL: its default, a commit waits for the WAL to reach the disk).
    let sqlite = database.starts_with("sqlite:");
    let raw = sqlx::AnyPool::connect(database)
        .await
        .expect("raw database");
    let mut conn = raw.acquire().await.expect("connection");
    if sqlite {
        sqlx::query("PRAGMA synchronous = FULL")
            .execute(&mut *conn)
            .await
            .expect("pragma");
    }
    sqlx::query(
        "CREATE TABLE raw_incidents (id TEXT PRIMARY KEY, number BIGINT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, body TEXT NOT NULL)",
    )
    .execute(&mut *conn)
    .await
    .expect("raw table");
    let begin = if sqlite { "BEGIN IMMEDIATE" } else { "BEGIN" };

    // Warm both up, then alternate rounds so that neither gets the quieter disk.
    store
        .report_incident(&Caller::new(reporter.clone()), report(0), "http://bench")
        .await
        .expect("warm-up");
    let (stored_before, _) = stored_bytes(&mut conn, sqlite).await;
    let rounds = 5;
    let per_round = (count / rounds).max(reporters);
    let (mut alone, mut together, mut raw_time) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let mut number = 0i64;
    for _ in 0..rounds {
        // One office after another, each report in a task as a server's request is.
        let start = Instant::now();
        for n in 0..per_round {
            let (store, reporter) = (store.clone(), reporter.clone());
            tokio::spawn(async move {
                store
                    .report_incident(&Caller::new(reporter), report(n), "http://bench")
                    .await
                    .expect("reported")
            })
            .await
            .expect("reporter");
        }
        alone += start.elapsed();
        // Offices report at the same time: `reporters` at once, each its own reports.
        let start = Instant::now();
        let tasks: Vec<_> = (0..reporters)
            .map(|r| {
                let (store, reporter) = (store.clone(), reporter.clone());
                tokio::spawn(async move {
                    for n in (r..per_round).step_by(reporters) {
                        store
                            .report_incident(
                                &Caller::new(reporter.clone()),
                                report(n),
                                "http://bench",
                            )
                            .await
                            .expect("reported");
                    }
                })
            })
            .collect();
        for task in tasks {
            task.await.expect("reporter");
        }
        together += start.elapsed();
        let start = Instant::now();
        for n in 0..per_round {
            number += 1;
            let r = report(n);
            let body = serde_json::json!({
                "threat": "ddos", "severity": "high", "tlp": "amber", "assets": r.assets,
                "observables": r.observables.iter().map(|o| &o.value).collect::<Vec<_>>(),
            })
            .to_string();
            sqlx::query(begin).execute(&mut *conn).await.expect("begin");
            sqlx::query(
                "INSERT INTO raw_incidents (id, number, title, description, body) VALUES ($1, $2, $3, $4, $5)",
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
    let (stored_after, raw_size) = stored_bytes(&mut conn, sqlite).await;
    // The store took `total` reports one at a time and as many again together.
    println!(
        "  each incident grew the store's tables and indexes by {:.1} KB; a raw row takes {:.2} KB",
        (stored_after - stored_before) as f64 / (2.0 * total) / 1024.0,
        raw_size as f64 / total / 1024.0
    );
    drop(conn);
    raw.close().await;
    store.close().await;
    Writes {
        alone: total / alone.as_secs_f64(),
        together: total / together.as_secs_f64(),
        reporters,
        raw: total / raw_time.as_secs_f64(),
    }
}

/// What the store's tables with their indexes take, and what the floor's table takes: their
/// pages on SQLite, relations with their indexes and TOAST on PostgreSQL. One pass over the
/// sizes for both.
async fn stored_bytes(conn: &mut sqlx::AnyConnection, sqlite: bool) -> (i64, i64) {
    let sql = if sqlite {
        "SELECT SUM(CASE WHEN name LIKE '%raw_incidents%' THEN 0 ELSE pgsize END), \
         SUM(CASE WHEN name LIKE '%raw_incidents%' THEN pgsize ELSE 0 END) FROM dbstat"
    } else {
        "SELECT SUM(CASE WHEN c.relname = 'raw_incidents' THEN 0 ELSE pg_total_relation_size(c.oid) END)::BIGINT, \
         SUM(CASE WHEN c.relname = 'raw_incidents' THEN pg_total_relation_size(c.oid) ELSE 0 END)::BIGINT \
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = 'public' AND c.relkind = 'r'"
    };
    sqlx::query_as(sql)
        .fetch_one(&mut *conn)
        .await
        .expect("the sizes of the tables")
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

/// Both measures on one backend: `server` is a PostgreSQL server, or none for SQLite.
async fn run(backend: &str, server: Option<&str>, sizes: Sizes) {
    let Sizes {
        count,
        reporters,
        viewers: viewer_count,
        events,
    } = sizes;
    println!("{backend}: reporting incidents, {count} each way, alternating rounds:");
    let dir = tempfile::tempdir().expect("temporary directory");
    let (database, dropped) = fresh_database(dir.path(), server).await;
    let w = writes(&database, count, reporters).await;
    drop_database(dropped).await;
    println!(
        "  through the store, one at a time:                {:>8.1} incidents/s  ({:.2} ms each)",
        w.alone,
        1000.0 / w.alone
    );
    println!(
        "  through the store, {:>3} reporters at once:       {:>8.1} incidents/s",
        w.reporters, w.together
    );
    println!(
        "  floor: raw inserts, one durable transaction each: {:>7.1} rows/s       ({:.2} ms each)",
        w.raw,
        1000.0 / w.raw
    );
    println!(
        "  the store does {:.1}% of the raw rate one at a time, {:.1}% with {} reporters",
        100.0 * w.alone / w.raw,
        100.0 * w.together / w.raw,
        w.reporters
    );

    println!(
        "{backend}: from POST to arrival at {viewer_count} connected viewers, {events} events each:"
    );
    let dir = tempfile::tempdir().expect("temporary directory");
    let (database, dropped) = fresh_database(dir.path(), server).await;
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
    drop_database(dropped).await;

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
        "  p50 ratio {:.2}, p99 ratio {:.2}\n",
        percentile(&platform, 50.0) / percentile(&bare_samples, 50.0),
        percentile(&platform, 99.0) / percentile(&bare_samples, 99.0)
    );
}

#[derive(Clone, Copy)]
struct Sizes {
    count: usize,
    reporters: usize,
    viewers: usize,
    events: usize,
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    sqlx::any::install_default_drivers();
    let sizes = Sizes {
        count: setting("LIAISON_BENCH_INCIDENTS", 500),
        reporters: setting("LIAISON_BENCH_REPORTERS", 16).max(1),
        viewers: setting("LIAISON_BENCH_VIEWERS", 1_000),
        events: setting("LIAISON_BENCH_EVENTS", 30),
    };
    run("SQLite", None, sizes).await;
    if let Some(server) = postgres_server() {
        run("PostgreSQL", Some(&server), sizes).await;
    }
}
