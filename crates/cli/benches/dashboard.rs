//! The shared picture at scale, on SQLite and, when `LIAISON_BENCH_POSTGRES` names a
//! PostgreSQL server (`postgres://postgres@127.0.0.1:5432`), on a fresh database there too:
//!
//! 1. `GET /dashboard` from a running `liaison serve` holding 100,000 incidents (a third
//!    shared under AMBER, the rest GREEN), 10,000 risks with three agencies' assessments each
//!    and 1,000 measures; p50 and p95 over repeated renders, beside the floor of the same counts
//!    as bare SQL on the same database, with no audience and no page.
//! 2. `GET /api/v1/search` over those incidents and 20,000 false claims, for words found in a
//!    few, in hundreds and in thousands of items; p50 and p95, beside the floor of the same
//!    ranked full-text query as bare SQL, with no audience and no HTTP.
//! 3. Live dashboards: 200 dashboards open over ten audience classes (five agencies, readers
//!    and analysts), on one server with SQLite and on two servers with PostgreSQL; a burst of
//!    50 reports sent to the servers in turn. The time from sending each report to each
//!    dashboard showing it (p50, p99), beside the floor of one report answered plus one render
//!    of the dashboard; how many renders the burst cost, and how many pushes each dashboard got.
//!    Beside it the peer, the same dashboards refreshing as they did before the live part was
//!    pushed: each following the event stream and fetching `GET /dashboard` 250 ms after the
//!    last event it heard.
//!
//! Run with `cargo bench -p liaison --bench dashboard`; `LIAISON_BENCH_INCIDENTS`,
//! `LIAISON_BENCH_RISKS`, `LIAISON_BENCH_RENDERS`, `LIAISON_BENCH_DASHBOARDS` and
//! `LIAISON_BENCH_BURST` change the sizes.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{
    METRICS_TOKEN, Server, drop_database, follow_streams, fresh_database, percentile,
    postgres_server, separate_connections, serve, setting, token,
};

use liaison_domain::access::Role;
use liaison_domain::search::SearchQuery;
use liaison_interop::model_file::{LoadOptions, load_model};
use liaison_store::{Actor, NewAccount, Store};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

const PASSWORD: &str = "a long benchmark password";
/// The audience classes of the live dashboards: (organisation, role), one account each.
const CLASSES: [(&str, Role); 10] = [
    ("cec", Role::Reader),
    ("cec", Role::Analyst),
    ("cert", Role::Reader),
    ("cert", Role::Analyst),
    ("moi", Role::Reader),
    ("moi", Role::Analyst),
    ("nss", Role::Reader),
    ("nss", Role::Analyst),
    ("demotel", Role::Reader),
    ("demotel", Role::Analyst),
];
const THREATS: [&str; 6] = [
    "ddos",
    "defacement",
    "ransomware",
    "social_engineering",
    "disinformation_trust",
    "hack_and_leak",
];
const SEVERITIES: [(&str, i64); 4] = [("low", 0), ("medium", 1), ("high", 2), ("critical", 3)];
const STATUSES: [&str; 6] = [
    "reported",
    "triaged",
    "in_progress",
    "contained",
    "resolved",
    "closed",
];

/// The columns of the tables filled here that hold numbers.
const INTEGER_COLUMNS: [&str; 7] = [
    "number",
    "severity_rank",
    "observers",
    "version",
    "withheld",
    "likelihood",
    "impact",
];
/// Words the texts are made of, so that searches find a few, hundreds or thousands of items.
const WORDS: [&str; 40] = [
    "results",
    "website",
    "outage",
    "phishing",
    "mail",
    "turnout",
    "register",
    "leak",
    "tally",
    "server",
    "ballot",
    "printer",
    "defacement",
    "ransomware",
    "vendor",
    "portal",
    "login",
    "password",
    "regional",
    "office",
    "municipal",
    "count",
    "transmission",
    "scanner",
    "firmware",
    "update",
    "certificate",
    "domain",
    "hotline",
    "broadcast",
    "rumour",
    "video",
    "deepfake",
    "chair",
    "statement",
    "queue",
    "polling",
    "station",
    "closure",
    "delay",
];
/// The searches timed: common words, two words together, a number, a rare pair.
const SEARCHES: [&str; 5] = [
    "ransomware",
    "ransomware vendor",
    "office 417",
    "case 12345",
    "deepfake chair",
];
const CLAIMS_PER_INCIDENT: usize = 5;

/// Three words of the vocabulary for item `n`.
fn words_for(n: usize) -> String {
    format!(
        "{} {} {}",
        WORDS[n % WORDS.len()],
        WORDS[(n / WORDS.len()) % WORDS.len()],
        WORDS[(n * 7 / 3) % WORDS.len()]
    )
}

async fn insert(
    pool: &sqlx::AnyPool,
    table: &str,
    columns: &[&str],
    count: usize,
    row: impl Fn(usize) -> Vec<String>,
) {
    // A few thousand parameters a statement: sqlx binds SQLite's parameters in time that grows
    // faster than their number (30,000 a statement took ten times as long per row).
    let batch = (3_000 / columns.len()).max(1);
    let mut tx = pool.begin().await.expect("transaction");
    let mut n = 0;
    while n < count {
        let end = (n + batch).min(count);
        let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
        let mut values = Vec::new();
        for i in n..end {
            if i > n {
                sql.push_str(", ");
            }
            sql.push('(');
            for c in 0..columns.len() {
                if c > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!("${}", values.len() + c + 1));
            }
            sql.push(')');
            values.extend(row(i));
        }
        let mut query = sqlx::query(&sql);
        for (k, v) in values.iter().enumerate() {
            // PostgreSQL takes numbers only for its number columns.
            query = if INTEGER_COLUMNS.contains(&columns[k % columns.len()]) {
                query.bind(v.parse::<i64>().expect("a number"))
            } else {
                query.bind(v.as_str())
            };
        }
        query.execute(&mut *tx).await.expect("insert");
        n = end;
    }
    tx.commit().await.expect("commit");
}

/// The id of the audience of `principals` (sorted, one per line), stored now if it is new.
async fn audience(pool: &sqlx::AnyPool, principals: &str) -> i64 {
    sqlx::query(
        "INSERT INTO audiences (principals) VALUES ($1) ON CONFLICT (principals) DO NOTHING",
    )
    .bind(principals)
    .execute(pool)
    .await
    .expect("audience");
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM audiences WHERE principals = $1")
        .bind(principals)
        .fetch_one(pool)
        .await
        .expect("audience id");
    for principal in principals.lines() {
        sqlx::query(
            "INSERT INTO audience_principals (principal, audience) VALUES ($1, $2) \
             ON CONFLICT (principal, audience) DO NOTHING",
        )
        .bind(principal)
        .bind(id)
        .execute(pool)
        .await
        .expect("principal");
    }
    id
}

/// A platform on `url` with the demo model, a coordinator of the CEC, and the bulk of
/// history.
async fn prepare(url: &str, incidents: usize, risks: usize) {
    let store = Store::open(url, 4, liaison_store::Clock::system())
        .await
        .expect("store");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/models/demoland");
    let model = load_model(&demo, &LoadOptions::default()).expect("Demoland");
    store
        .import_model(&Actor::system(), &model)
        .await
        .expect("import");
    let hash = liaison_web::hash_password(PASSWORD).expect("hash");
    let people = std::iter::once((
        "coordinator@bench.example".to_owned(),
        "cec",
        Role::Coordinator,
    ))
    .chain(
        CLASSES
            .iter()
            .map(|(org, role)| (email(org, *role), *org, *role)),
    );
    for (email, organisation, role) in people {
        store
            .create_account(
                &Actor::system(),
                &NewAccount {
                    email: email.clone(),
                    name: email,
                    organisation: Some(organisation.into()),
                    role,
                    password_hash: hash.clone(),
                    must_change_password: false,
                },
            )
            .await
            .expect("account");
    }
    store.close().await;

    let pool = sqlx::AnyPool::connect(url).await.expect("database");
    let id = |prefix: char, n: usize| format!("{prefix}{n:035}");
    let day = |n: usize| format!("2027-05-{:02}T{:02}:{:02}:00Z", 1 + n % 20, n % 24, n % 60);
    insert(
        &pool,
        "incidents",
        &[
            "id",
            "number",
            "title",
            "description",
            "threat_kind",
            "phase",
            "assets",
            "severity",
            "severity_rank",
            "status",
            "tlp",
            "recipients",
            "observers",
            "source_organisation",
            "reporter",
            "reported_at",
            "updated_at",
            "search_text",
            "version",
        ],
        incidents,
        |n| {
            let (severity, rank) = SEVERITIES[n % 4];
            let tlp = if n % 3 == 0 { "amber" } else { "green" };
            vec![
                id('i', n),
                (n + 1).to_string(),
                format!("{} case {n}", words_for(n)),
                format!("Reported by office {}.", n % 1_000),
                THREATS[n % THREATS.len()].into(),
                "voting".into(),
                "[]".into(),
                severity.into(),
                rank.to_string(),
                STATUSES[n % STATUSES.len()].into(),
                tlp.into(),
                r#"{"organisations":[],"people":[]}"#.into(),
                "0".into(),
                "local-north-1".into(),
                "bench".into(),
                day(n),
                day(n),
                format!(
                    "{} case {n}\nreported by office {}.",
                    words_for(n),
                    n % 1_000
                ),
                "1".into(),
            ]
        },
    )
    .await;
    let claims = incidents / CLAIMS_PER_INCIDENT;
    insert(
        &pool,
        "disinformation",
        &[
            "id",
            "number",
            "claim",
            "threat_kind",
            "platform",
            "status",
            "tlp",
            "recipients",
            "observers",
            "source_organisation",
            "reporter",
            "created_at",
            "updated_at",
            "routed",
            "search_text",
            "version",
        ],
        claims,
        |n| {
            let claim = format!("The {} claim {n}", words_for(n * 3 + 1));
            vec![
                id('d', n),
                (n + 1).to_string(),
                claim.clone(),
                "disinformation_trust".into(),
                "Chirp".into(),
                "active".into(),
                "green".into(),
                r#"{"organisations":[],"people":[]}"#.into(),
                "0".into(),
                "local-north-1".into(),
                "bench".into(),
                day(n),
                day(n),
                "[]".into(),
                format!("{}\nchirp", claim.to_lowercase()),
                "1".into(),
            ]
        },
    )
    .await;
    sqlx::query("UPDATE counters SET value = $1 WHERE name = 'disinformation'")
        .bind(claims as i64)
        .execute(&pool)
        .await
        .expect("counter");
    // Claims reach every member. Incidents: GREEN every member and the source; AMBER the CEC
    // and the CERT.
    for (table, tlp, principals) in [
        ("disinformation", "green", "members"),
        ("incidents", "green", "members\norg:local-north-1"),
        ("incidents", "amber", "org:cec\norg:cert"),
    ] {
        let audience = audience(&pool, principals).await;
        sqlx::query(&format!(
            "UPDATE {table} SET audience = $1 WHERE tlp = $2 AND audience IS NULL"
        ))
        .bind(audience)
        .bind(tlp)
        .execute(&pool)
        .await
        .expect("audience");
    }
    insert(
        &pool,
        "incident_assignments",
        &[
            "incident_id",
            "organisation",
            "role",
            "withheld",
            "alerted_at",
            "acknowledged_at",
        ],
        incidents,
        |n| {
            vec![
                id('i', n),
                "cec".into(),
                "accountable".into(),
                "0".into(),
                day(n),
                if n % 5 == 0 { String::new() } else { day(n) },
            ]
        },
    )
    .await;
    sqlx::query(
        "UPDATE incident_assignments SET acknowledged_at = NULL WHERE acknowledged_at = ''",
    )
    .execute(&pool)
    .await
    .expect("unacknowledged");
    sqlx::query("UPDATE counters SET value = $1 WHERE name = 'incident'")
        .bind(incidents as i64)
        .execute(&pool)
        .await
        .expect("counter");

    insert(
        &pool,
        "risks",
        &[
            "id",
            "number",
            "election",
            "threat_kind",
            "asset",
            "phase",
            "owner",
            "treatment",
            "status",
            "created_at",
            "updated_at",
            "version",
        ],
        risks,
        |n| {
            vec![
                id('r', n),
                (n + 1).to_string(),
                "General election 2027".into(),
                THREATS[n % THREATS.len()].into(),
                format!("system-{}", n / THREATS.len()),
                "voting".into(),
                "cec".into(),
                "reduce".into(),
                "open".into(),
                day(n),
                day(n),
                "1".into(),
            ]
        },
    )
    .await;
    // Written straight into the table, the assessments have no joint view beside their risks
    // yet: the server computes those when it opens the database, as after an upgrade.
    let agencies = ["cec", "cert", "nss"];
    insert(
        &pool,
        "risk_assessments",
        &[
            "id",
            "risk_id",
            "organisation",
            "likelihood",
            "impact",
            "assessed_by",
            "assessed_at",
        ],
        risks * agencies.len(),
        |k| {
            let n = k / agencies.len();
            let a = k % agencies.len();
            vec![
                id('a', k),
                id('r', n),
                agencies[a].into(),
                (1 + (n + a) % 5).to_string(),
                (1 + (n * 7 + a) % 5).to_string(),
                "bench".into(),
                day(k),
            ]
        },
    )
    .await;
    insert(
        &pool,
        "measures",
        &[
            "id",
            "number",
            "family",
            "title",
            "description",
            "owner",
            "due_on",
            "status",
            "created_at",
            "updated_at",
            "version",
            "election",
        ],
        1_000,
        |n| {
            vec![
                id('m', n),
                (n + 1).to_string(),
                "securing_technology".into(),
                format!("Measure {n}"),
                String::new(),
                "cert".into(),
                if n % 10 == 0 {
                    "2020-01-01".into()
                } else {
                    "2099-01-01".into()
                },
                "planned".into(),
                day(n),
                day(n),
                "1".into(),
                "General election 2027".into(),
            ]
        },
    )
    .await;
    pool.close().await;
}

/// The account of a live dashboard's class.
fn email(organisation: &str, role: Role) -> String {
    format!("{}@{organisation}.bench.example", role.id())
}

/// The `name=value` pairs a response sets.
fn cookies(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next().map(str::to_owned))
        .collect()
}

/// Signs in through the login form; returns the Cookie header of the session.
async fn sign_in(client: &reqwest::Client, url: &str, email: &str) -> String {
    let login = client
        .get(format!("{url}/login"))
        .send()
        .await
        .expect("login page");
    let jar = cookies(&login);
    let html = login.text().await.expect("page");
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("a CSRF field") + marker.len();
    let csrf = &html[start..start + html[start..].find('"').expect("end")];
    let response = client
        .post(format!("{url}/login"))
        .header("cookie", jar.join("; "))
        .form(&[
            ("csrf", csrf),
            ("email", email),
            ("password", PASSWORD),
            ("next", "/"),
        ])
        .send()
        .await
        .expect("sign-in");
    let session = cookies(&response);
    assert!(!session.is_empty(), "signed in: {}", response.status());
    session.join("; ")
}

fn line(name: &str, samples: &mut [f64]) {
    samples.sort_by(f64::total_cmp);
    println!(
        "  {name:<44} p50 {:>8.1} ms   p95 {:>8.1} ms   ({} runs)",
        percentile(samples, 50.0),
        percentile(samples, 95.0),
        samples.len()
    );
}

/// Times `renders` requests of `path` (after one that warms the caches), in milliseconds.
async fn time_requests(
    client: &reqwest::Client,
    url: &str,
    session: &str,
    paths: &[String],
    renders: usize,
    check: impl Fn(&str),
) -> Vec<f64> {
    let mut samples = Vec::new();
    for path in paths {
        for n in 0..=renders {
            let start = Instant::now();
            let response = client
                .get(format!("{url}{path}"))
                .header("cookie", session)
                .send()
                .await
                .expect("request");
            assert_eq!(response.status(), 200, "{path}");
            let body = response.text().await.expect("body");
            if n == 0 {
                check(&body);
                continue;
            }
            samples.push(start.elapsed().as_secs_f64() * 1000.0);
        }
    }
    samples
}

/// Times `renders` runs of the queries of `queries`, each with its one text parameter.
async fn time_queries(
    pool: &sqlx::AnyPool,
    queries: &[(String, String)],
    renders: usize,
) -> Vec<f64> {
    let mut samples = Vec::new();
    for _ in 0..renders {
        let start = Instant::now();
        for (sql, parameter) in queries {
            let mut query = sqlx::query(sql);
            if !parameter.is_empty() {
                query = query.bind(parameter.as_str());
            }
            let rows = query.fetch_all(pool).await.expect("query");
            std::hint::black_box(rows.len());
        }
        samples.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    samples
}

/// The number of open incidents a pushed live part shows.
fn open_count(html: &str) -> Option<i64> {
    let card = &html[html.find("incidents-title")?..];
    let number = &card[card.find("class=\"number\">")? + 15..];
    number[..number.find('<')?].parse().ok()
}

/// The server of the `n`th dashboard: the dashboards of each class are spread over every
/// server, as a load balancer would spread them.
fn server_of<'s>(servers: &[&'s Server], sessions: &[String], n: usize) -> &'s Server {
    servers[(n / sessions.len()) % servers.len()]
}

/// Opens `count` live dashboards, each on a server and with a session in turn; every pushed
/// part arrives on the channel as ((dashboard, open incidents shown), when it was read).
async fn open_dashboards(servers: &[&Server], sessions: &[String], count: usize) -> Arrivals {
    let client = separate_connections();
    let requests = (0..count)
        .map(|n| {
            client
                .get(format!(
                    "{}/dashboard/live",
                    server_of(servers, sessions, n).url
                ))
                .header("cookie", &sessions[n % sessions.len()])
        })
        .collect();
    follow_streams(requests, |n, event| {
        (event.kind == "fragment")
            .then(|| open_count(&event.data).map(|open| (n, open)))
            .flatten()
    })
    .await
}

/// What the dashboards show as it arrives: ((dashboard, open incidents), when).
type Arrivals = mpsc::UnboundedReceiver<((usize, i64), Instant)>;

/// The peer: dashboards as they refreshed before the live part was pushed. Each follows the
/// event stream and, 250 ms after the last event it heard, fetches `GET /dashboard` again.
/// Every page read arrives on the channel like a pushed part; `fetches` counts them.
async fn fetching_dashboards(
    servers: &[&Server],
    sessions: &[String],
    count: usize,
    fetches: Arc<AtomicUsize>,
) -> Arrivals {
    let (sender, receiver) = mpsc::unbounded_channel();
    let client = separate_connections();
    for n in 0..count {
        let url = server_of(servers, sessions, n).url.clone();
        let session = sessions[n % sessions.len()].clone();
        let mut events = client
            .get(format!("{url}/api/v1/events"))
            .header("cookie", &session)
            .send()
            .await
            .expect("the stream opens");
        assert!(events.status().is_success(), "{}", events.status());
        let (sender, client, fetches) = (sender.clone(), client.clone(), fetches.clone());
        tokio::spawn(async move {
            let fetch = || async {
                fetches.fetch_add(1, Ordering::Relaxed);
                let page = client
                    .get(format!("{url}/dashboard"))
                    .header("cookie", &session)
                    .send()
                    .await
                    .ok()?
                    .text()
                    .await
                    .ok()?;
                open_count(&page).map(|open| (open, Instant::now()))
            };
            if let Some((open, at)) = fetch().await {
                let _ = sender.send(((n, open), at));
            }
            let mut due: Option<tokio::time::Instant> = None;
            loop {
                let chunk = match due {
                    Some(when) => tokio::select! {
                        chunk = events.chunk() => chunk,
                        () = tokio::time::sleep_until(when) => {
                            due = None;
                            if let Some((open, at)) = fetch().await {
                                let _ = sender.send(((n, open), at));
                            }
                            continue;
                        }
                    },
                    None => events.chunk().await,
                };
                match chunk {
                    Ok(Some(bytes)) if bytes.windows(5).any(|w| w == b"data:") => {
                        due = Some(tokio::time::Instant::now() + Duration::from_millis(250));
                    }
                    Ok(Some(_)) => {}
                    _ => return,
                }
            }
        });
    }
    receiver
}

/// How open dashboards learn of a change.
#[derive(Clone, Copy)]
enum Refresh {
    /// The live part rendered once per audience class and pushed (`/dashboard/live`).
    Pushed,
    /// Each dashboard fetching itself again after the events (the peer).
    Fetched,
}

/// The live parts rendered so far by a server, from its metrics.
async fn renders(client: &reqwest::Client, server: &Server) -> u64 {
    let text = client
        .get(format!("{}/metrics", server.url))
        .bearer_auth(METRICS_TOKEN)
        .send()
        .await
        .expect("metrics")
        .text()
        .await
        .expect("metrics text");
    text.lines()
        .find_map(|l| l.strip_prefix("liaison_dashboard_renders "))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .map_or(0, |v| v as u64)
}

/// What a burst of reports cost the live dashboards.
struct LiveFigures {
    /// From sending a report to a dashboard showing it, every (report, dashboard), in ms.
    latencies: Vec<f64>,
    /// The same, for the first and the last tenth of the burst.
    first_reports: Vec<f64>,
    last_reports: Vec<f64>,
    /// Each report's POST, in ms.
    posts: Vec<f64>,
    renders: u64,
    pushes: Vec<usize>,
}

/// Opens `dashboards` live dashboards over `servers` and the ten classes, sends `burst`
/// reports to the servers in turn, and follows every dashboard until it shows them all.
async fn live_dashboards(
    servers: &[&Server],
    reporter: &str,
    dashboards: usize,
    burst: usize,
    way: Refresh,
) -> LiveFigures {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let mut sessions = Vec::new();
    for (org, role) in CLASSES {
        sessions.push(sign_in(&client, &servers[0].url, &email(org, role)).await);
    }
    let fetches = Arc::new(AtomicUsize::new(0));
    let mut arrivals = match way {
        Refresh::Pushed => open_dashboards(servers, &sessions, dashboards).await,
        Refresh::Fetched => {
            fetching_dashboards(servers, &sessions, dashboards, fetches.clone()).await
        }
    };
    // Every dashboard's first part: what it shows before the burst.
    let mut base: Vec<Option<i64>> = vec![None; dashboards];
    while base.iter().any(Option::is_none) {
        let ((n, open), _) = tokio::time::timeout(Duration::from_secs(60), arrivals.recv())
            .await
            .expect("every dashboard gets its first part")
            .expect("open streams");
        base[n].get_or_insert(open);
    }
    let base: Vec<i64> = base.into_iter().map(Option::unwrap_or_default).collect();
    let mut before = fetches.load(Ordering::Relaxed) as u64;
    for server in servers {
        before += renders(&client, server).await;
    }

    let mut sent = Vec::with_capacity(burst);
    let mut posts = Vec::with_capacity(burst);
    for k in 0..burst {
        let start = Instant::now();
        let response = client
            .post(format!(
                "{}/api/v1/incidents",
                servers[k % servers.len()].url
            ))
            .bearer_auth(reporter)
            .json(&serde_json::json!({
                "title": format!("Results website down, wave {k}"),
                "threat_kind": "ddos",
                "severity": "high",
                "tlp": "green",
                "phase": "voting",
                "assets": ["results-website"],
            }))
            .send()
            .await
            .expect("the server answers");
        assert_eq!(
            response.status(),
            201,
            "{}",
            response.text().await.unwrap_or_default()
        );
        posts.push(start.elapsed().as_secs_f64() * 1000.0);
        sent.push(start);
    }

    // Follow every dashboard until it shows the whole burst.
    let mut shown: Vec<Vec<(i64, Instant)>> = vec![Vec::new(); dashboards];
    let mut done = 0;
    let deadline = Instant::now() + Duration::from_secs(120);
    while done < dashboards && Instant::now() < deadline {
        let Ok(Some(((n, open), at))) =
            tokio::time::timeout(Duration::from_secs(120), arrivals.recv()).await
        else {
            break;
        };
        let complete = |list: &[(i64, Instant)]| {
            list.last()
                .is_some_and(|(o, _)| *o >= base[n] + burst as i64)
        };
        let was = complete(&shown[n]);
        shown[n].push((open, at));
        if !was && complete(&shown[n]) {
            done += 1;
        }
    }
    assert_eq!(done, dashboards, "every dashboard showed the whole burst");
    let mut after = fetches.load(Ordering::Relaxed) as u64;
    for server in servers {
        after += renders(&client, server).await;
    }

    let mut latencies = Vec::new();
    let (mut first_reports, mut last_reports) = (Vec::new(), Vec::new());
    let tenth = (burst / 10).max(1);
    for (n, list) in shown.iter().enumerate() {
        for (k, start) in sent.iter().enumerate() {
            let wanted = base[n] + k as i64 + 1;
            let at = list
                .iter()
                .find(|(open, _)| *open >= wanted)
                .map(|(_, at)| *at)
                .expect("shown");
            let ms = at.saturating_duration_since(*start).as_secs_f64() * 1000.0;
            latencies.push(ms);
            if k < tenth {
                first_reports.push(ms);
            }
            if k >= burst - tenth {
                last_reports.push(ms);
            }
        }
    }
    LiveFigures {
        latencies,
        first_reports,
        last_reports,
        posts,
        renders: after - before,
        pushes: shown.iter().map(Vec::len).collect(),
    }
}

fn print_live(
    backend: &str,
    servers: usize,
    dashboards: usize,
    burst: usize,
    render_p50: f64,
    mut live: LiveFigures,
    mut fetched: LiveFigures,
) {
    fetched.latencies.sort_by(f64::total_cmp);
    for samples in [
        &mut live.latencies,
        &mut live.first_reports,
        &mut live.last_reports,
        &mut live.posts,
    ] {
        samples.sort_by(f64::total_cmp);
    }
    println!(
        "{backend}: {dashboards} live dashboards over {} audience classes on {servers} server(s), a burst of {burst} GREEN reports:",
        CLASSES.len()
    );
    println!(
        "  from a report to each dashboard showing it     p50 {:>8.1} ms   p99 {:>8.1} ms   max {:>8.1} ms",
        percentile(&live.latencies, 50.0),
        percentile(&live.latencies, 99.0),
        live.latencies.last().copied().unwrap_or(f64::NAN)
    );
    println!(
        "    the first {n} reports of the burst             p99 {:>8.1} ms;   the last {n}: p99 {:>8.1} ms",
        percentile(&live.first_reports, 99.0),
        percentile(&live.last_reports, 99.0),
        n = (burst / 10).max(1)
    );
    let floor = percentile(&live.posts, 50.0) + render_p50;
    println!(
        "  floor: the report answered ({:.1} ms), then one render of the dashboard ({render_p50:.1} ms): {floor:.1} ms",
        percentile(&live.posts, 50.0)
    );
    println!(
        "  p50 ratio {:.2}, p99 ratio {:.2}",
        percentile(&live.latencies, 50.0) / floor,
        percentile(&live.latencies, 99.0) / floor
    );
    // Pushes after the part each dashboard opened with, until it showed the whole burst.
    let pushes: usize = live.pushes.iter().sum();
    println!(
        "  the burst cost {} renders (a render per dashboard per report would be {}); each dashboard was pushed {:.1} times on average, at most {}",
        live.renders,
        dashboards * burst,
        pushes as f64 / dashboards as f64,
        live.pushes.iter().max().copied().unwrap_or(0)
    );
    println!(
        "  peer: each dashboard fetching itself 250 ms after the events, as before   p50 {:>8.1} ms   p99 {:>8.1} ms   ({} page renders)",
        percentile(&fetched.latencies, 50.0),
        percentile(&fetched.latencies, 99.0),
        fetched.renders
    );
    println!(
        "  pushed against fetched: p99 {:.2}×, renders {:.2}×",
        percentile(&live.latencies, 99.0) / percentile(&fetched.latencies, 99.0),
        live.renders as f64 / fetched.renders.max(1) as f64
    );
}

/// The sizes of one run.
#[derive(Clone, Copy)]
struct Sizes {
    incidents: usize,
    risks: usize,
    renders: usize,
    dashboards: usize,
    burst: usize,
}

async fn run(backend: &str, server: Option<&str>, sizes: Sizes) {
    let Sizes {
        incidents,
        risks,
        renders,
        dashboards,
        burst,
    } = sizes;
    let dir = tempfile::tempdir().expect("temporary directory");
    let (database, dropped) = fresh_database(dir.path(), server).await;
    let started = Instant::now();
    prepare(&database, incidents, risks).await;
    println!(
        "{backend}: prepared {incidents} incidents, {} false claims, {risks} risks with {} assessments and 1,000 measures in {:.1} s",
        incidents / CLAIMS_PER_INCIDENT,
        risks * 3,
        started.elapsed().as_secs_f64()
    );
    let server_process = serve(dir.path(), &database);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let session = sign_in(&client, &server_process.url, "coordinator@bench.example").await;

    let mut page = time_requests(
        &client,
        &server_process.url,
        &session,
        &["/dashboard".to_owned()],
        renders,
        |body| {
            assert!(
                body.contains("Top risks") && body.contains("open, "),
                "a full dashboard"
            );
        },
    )
    .await;
    let searches: Vec<String> = SEARCHES
        .iter()
        .map(|q| format!("/api/v1/search?q={}", q.replace(' ', "%20")))
        .collect();
    let mut search = time_requests(
        &client,
        &server_process.url,
        &session,
        &searches,
        renders / SEARCHES.len(),
        |body| assert!(body.contains("\"hits\":[{"), "a search that finds: {body}"),
    )
    .await;

    // Live dashboards: one server on SQLite, two on PostgreSQL, as deployments run them.
    let second = server.map(|_| serve(dir.path(), &database));
    let mut servers = vec![&server_process];
    servers.extend(second.as_ref());
    let reporter = token(dir.path(), &database, "local-north-1", "analyst");
    let mut sorted_page = page.clone();
    sorted_page.sort_by(f64::total_cmp);
    let render_p50 = percentile(&sorted_page, 50.0);
    let live = live_dashboards(&servers, &reporter, dashboards, burst, Refresh::Pushed).await;
    let fetched = live_dashboards(&servers, &reporter, dashboards, burst, Refresh::Fetched).await;
    let server_count = servers.len();
    drop(servers);
    drop(second);
    drop(server_process);

    let pool = sqlx::AnyPool::connect(&database).await.expect("database");
    // The floors: the same counts, and the same ranked searches, as bare SQL, no audience.
    let counts: Vec<(String, String)> = [
        "SELECT severity, threat_kind, COUNT(*) FROM incidents WHERE status NOT IN ('resolved', 'closed') GROUP BY severity, threat_kind",
        "SELECT id, joint_score FROM risks ORDER BY joint_score DESC, number LIMIT 5",
        "SELECT joint_likelihood, joint_impact, COUNT(*) FROM risks WHERE joint_likelihood IS NOT NULL GROUP BY joint_likelihood, joint_impact",
        "SELECT id, due_on, status FROM measures WHERE election = 'General election 2027'",
    ]
    .map(|q| (q.to_owned(), String::new()))
    .to_vec();
    let mut floor = time_queries(&pool, &counts, renders).await;
    let mut search_floor = Vec::new();
    for words in SEARCHES {
        let query = SearchQuery::parse(words).expect("words");
        // The same windowed ranking as the platform's search (the newest 1,000 matches of each
        // kind), with no audience.
        let ranked: Vec<(String, String)> = [("incidents", "title"), ("disinformation", "claim")]
            .iter()
            .map(|(table, title)| match server {
                None => (
                    format!(
                        "SELECT c.id, c.score FROM (SELECT t.id, t.{title}, -f.rank AS score \
                         FROM {table}_search f JOIN {table} t ON t.number = f.rowid \
                         WHERE {table}_search MATCH $1 ORDER BY t.number DESC LIMIT 1000) c \
                         ORDER BY c.score DESC LIMIT 20"
                    ),
                    query.fts5(),
                ),
                Some(_) => (
                    format!(
                        "SELECT c.id, CAST(ts_rank(c.terms, to_tsquery('simple', $1)) AS DOUBLE PRECISION) AS score \
                         FROM (SELECT id, {title}, search_vector AS terms FROM {table} \
                         WHERE search_vector @@ to_tsquery('simple', $1) ORDER BY number DESC LIMIT 1000) c \
                         ORDER BY score DESC LIMIT 20"
                    ),
                    query.tsquery(),
                ),
            })
            .collect();
        search_floor.extend(time_queries(&pool, &ranked, renders / SEARCHES.len()).await);
    }
    pool.close().await;
    drop_database(dropped).await;

    println!("{backend}: GET /dashboard for a coordinator of the CEC:");
    line("the dashboard (HTTP, audience, register, page)", &mut page);
    line("floor: the same counts as bare SQL", &mut floor);
    println!(
        "  p95 ratio {:.2}",
        percentile(&page, 95.0) / percentile(&floor, 95.0)
    );
    println!(
        "{backend}: GET /api/v1/search, {} searches:",
        SEARCHES.len()
    );
    line(
        "the search (HTTP, audience, both kinds, ranked)",
        &mut search,
    );
    line(
        "floor: the same ranked matches as bare SQL",
        &mut search_floor,
    );
    println!(
        "  p95 ratio {:.2}",
        percentile(&search, 95.0) / percentile(&search_floor, 95.0)
    );
    print_live(
        backend,
        server_count,
        dashboards,
        burst,
        render_p50,
        live,
        fetched,
    );
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    sqlx::any::install_default_drivers();
    let incidents = setting("LIAISON_BENCH_INCIDENTS", 100_000);
    let risks = setting("LIAISON_BENCH_RISKS", 10_000);
    let sizes = Sizes {
        incidents,
        risks,
        renders: setting("LIAISON_BENCH_RENDERS", 40),
        dashboards: setting("LIAISON_BENCH_DASHBOARDS", 200),
        burst: setting("LIAISON_BENCH_BURST", 50),
    };
    run("SQLite", None, sizes).await;
    if let Some(server) = postgres_server() {
        run("PostgreSQL", Some(&server), sizes).await;
    }
}
