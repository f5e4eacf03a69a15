//! The election-day dashboard at scale: `GET /dashboard` from a running `liaison serve` on
//! SQLite holding 100,000 incidents (a third shared under AMBER, the rest GREEN), 10,000 risks
//! with three agencies' assessments each, and 1,000 measures; p50 and p95 over repeated
//! renders, beside the floor of the same counts as bare SQL on the same file.
//!
//! Run with `cargo bench -p liaison --bench dashboard`; `LIAISON_BENCH_INCIDENTS`,
//! `LIAISON_BENCH_RISKS` and `LIAISON_BENCH_RENDERS` change the sizes.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use liaison_domain::access::Role;
use liaison_interop::model_file::{LoadOptions, load_model};
use liaison_store::{Actor, NewAccount, Store};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

const PASSWORD: &str = "a long benchmark password";
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

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Inserts rows in batches: `columns` per row, values given by `row(n)`.
async fn insert(
    pool: &sqlx::AnyPool,
    table: &str,
    columns: &[&str],
    count: usize,
    row: impl Fn(usize) -> Vec<String>,
) {
    let batch = (30_000 / columns.len()).max(1);
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
        for v in &values {
            query = query.bind(v.as_str());
        }
        query.execute(&mut *tx).await.expect("insert");
        n = end;
    }
    tx.commit().await.expect("commit");
}

/// A platform with the demo model, a coordinator of the CEC, and the bulk of history.
async fn prepare(dir: &Path, incidents: usize, risks: usize) -> String {
    let url = format!("sqlite://{}?mode=rwc", dir.join("liaison.db").display());
    let store = Store::open(&url, 4, liaison_store::Clock::system())
        .await
        .expect("store");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/models/demoland");
    let model = load_model(&demo, &LoadOptions::default()).expect("Demoland");
    store
        .import_model(&Actor::system(), &model)
        .await
        .expect("import");
    store
        .create_account(
            &Actor::system(),
            &NewAccount {
                email: "coordinator@bench.example".into(),
                name: "Coordinator".into(),
                organisation: Some("cec".into()),
                role: Role::Coordinator,
                password_hash: liaison_web::hash_password(PASSWORD).expect("hash"),
                must_change_password: false,
            },
        )
        .await
        .expect("account");
    store.close().await;

    let pool = sqlx::AnyPool::connect(&url).await.expect("database");
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
                format!("Incident {n}"),
                "Synthetic incident for the benchmark.".into(),
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
                format!("incident {n}"),
                "1".into(),
            ]
        },
    )
    .await;
    // GREEN: every member; AMBER: the source, the CEC and the CERT.
    insert(
        &pool,
        "item_audience",
        &["item_id", "principal"],
        incidents * 2,
        |k| {
            let n = k / 2;
            let principal = match (n % 3 == 0, k % 2) {
                (false, 0) => "members",
                (false, _) => "org:local-north-1",
                (true, 0) => "org:cec",
                (true, _) => "org:cert",
            };
            vec![id('i', n), principal.into()]
        },
    )
    .await;
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
    url
}

struct Server {
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(dir: &Path, database: &str) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .env("LIAISON_DATABASE_URL", database)
        .env("LIAISON_DATA_DIR", dir)
        .env("LIAISON_LOG_FORMAT", "json")
        .env("LIAISON_LOG", "warn")
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("liaison serve starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut url = None;
    for line in lines.by_ref() {
        let Ok(line) = line else { break };
        if let Some(rest) = line.strip_prefix("Sign in at ") {
            url = rest.strip_suffix("/login").map(str::to_owned);
            break;
        }
    }
    std::thread::spawn(move || for _ in lines {});
    Server {
        child,
        url: url.expect("the server prints its URL"),
    }
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
async fn sign_in(client: &reqwest::Client, url: &str) -> String {
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
            ("email", "coordinator@bench.example"),
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

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
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

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let incidents = setting("LIAISON_BENCH_INCIDENTS", 100_000);
    let risks = setting("LIAISON_BENCH_RISKS", 10_000);
    let renders = setting("LIAISON_BENCH_RENDERS", 40);
    let dir = tempfile::tempdir().expect("temporary directory");
    let started = Instant::now();
    let database = prepare(dir.path(), incidents, risks).await;
    println!(
        "Prepared {incidents} incidents, {risks} risks with {} assessments and 1,000 measures in {:.1} s",
        risks * 3,
        started.elapsed().as_secs_f64()
    );
    let server = serve(dir.path(), &database);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let session = sign_in(&client, &server.url).await;

    let mut page = Vec::new();
    for n in 0..=renders {
        let start = Instant::now();
        let response = client
            .get(format!("{}/dashboard", server.url))
            .header("cookie", &session)
            .send()
            .await
            .expect("dashboard");
        assert_eq!(response.status(), 200);
        let body = response.text().await.expect("body");
        if n == 0 {
            assert!(
                body.contains("Top risks") && body.contains("open, "),
                "a full dashboard"
            );
            continue; // the first render warms the caches
        }
        page.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    drop(server);

    // The floor: the same counts as bare SQL, no audience, no page.
    let pool = sqlx::AnyPool::connect(&database).await.expect("database");
    let mut floor = Vec::new();
    for _ in 0..renders {
        let start = Instant::now();
        for sql in [
            "SELECT severity, threat_kind, COUNT(*) FROM incidents WHERE status NOT IN ('resolved', 'closed') GROUP BY severity, threat_kind",
            "SELECT id, joint_score FROM risks ORDER BY joint_score DESC, number LIMIT 5",
            "SELECT joint_likelihood, joint_impact, COUNT(*) FROM risks WHERE joint_likelihood IS NOT NULL GROUP BY joint_likelihood, joint_impact",
            "SELECT id, due_on, status FROM measures WHERE election = 'General election 2027'",
        ] {
            let rows = sqlx::query(sql).fetch_all(&pool).await.expect("query");
            std::hint::black_box(rows.len());
        }
        floor.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    println!("Rendering GET /dashboard for a coordinator of the CEC:");
    line("the dashboard (HTTP, audience, register, page)", &mut page);
    line("floor: the same counts as bare SQL", &mut floor);
    println!(
        "  p50 ratio {:.2}",
        percentile(&page, 50.0) / percentile(&floor, 50.0)
    );
}
