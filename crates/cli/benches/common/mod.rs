//! What the benches share: `liaison serve` and `liaison admin token` run as a deployment runs
//! them, and the arithmetic of their figures.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Instant;
use tokio::sync::mpsc;

/// A size from the environment, or its default.
pub fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The `p`th percentile of sorted samples.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// The database URL of a SQLite platform in `dir`.
pub fn sqlite_in(dir: &Path) -> String {
    format!("sqlite://{}?mode=rwc", dir.join("liaison.db").display())
}

/// The metrics token the servers of the benches accept.
pub const METRICS_TOKEN: &str = "bench-metrics";

/// A running `liaison serve`, stopped when dropped.
pub struct Server {
    child: Child,
    pub url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn liaison(dir: &Path, database: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_liaison"));
    command
        .env("LIAISON_DATABASE_URL", database)
        .env("LIAISON_DATA_DIR", dir)
        .env("LIAISON_METRICS_TOKEN", METRICS_TOKEN)
        .env("LIAISON_LOG_FORMAT", "json")
        .env("LIAISON_LOG", "warn");
    command
}

/// A new API token of `organisation` with `role`, made by `liaison admin token`.
pub fn token(dir: &Path, database: &str, organisation: &str, role: &str) -> String {
    let output = liaison(dir, database)
        .args([
            "admin",
            "token",
            "--org",
            organisation,
            "--role",
            role,
            "--name",
            "bench",
        ])
        .output()
        .expect("liaison admin token");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .last()
        .expect("a token")
        .to_owned()
}

pub fn serve(dir: &Path, database: &str) -> Server {
    let mut child = liaison(dir, database)
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

/// One server-sent event as read: its type (`message` unless it names one) and its data.
pub struct SseEvent {
    pub kind: String,
    pub data: String,
}

/// Sends every request (all before awaiting any, so the streams open together) and reads each
/// stream in a task of its own: what `each` makes of the `n`th stream's events arrives on the
/// channel with the instant its bytes were read.
pub async fn follow_streams<T: Send + 'static>(
    requests: Vec<reqwest::RequestBuilder>,
    each: impl Fn(usize, SseEvent) -> Option<T> + Clone + Send + 'static,
) -> mpsc::UnboundedReceiver<(T, Instant)> {
    let (sender, receiver) = mpsc::unbounded_channel();
    let opened: Vec<_> = requests.into_iter().map(|r| r.send()).collect();
    for (n, pending) in opened.into_iter().enumerate() {
        let mut response = pending.await.expect("the stream opens");
        assert!(response.status().is_success(), "{}", response.status());
        let (sender, each) = (sender.clone(), each.clone());
        tokio::spawn(async move {
            let mut buffer = String::new();
            while let Ok(Some(chunk)) = response.chunk().await {
                let at = Instant::now();
                buffer.push_str(&String::from_utf8_lossy(&chunk));
                while let Some(end) = buffer.find("\n\n") {
                    let block: String = buffer.drain(..end + 2).collect();
                    let mut event = SseEvent {
                        kind: "message".to_owned(),
                        data: String::new(),
                    };
                    let mut lines = Vec::new();
                    for line in block.lines() {
                        if let Some(kind) = line.strip_prefix("event:") {
                            event.kind = kind.trim().to_owned();
                        } else if let Some(data) = line.strip_prefix("data:") {
                            lines.push(data.strip_prefix(' ').unwrap_or(data));
                        }
                    }
                    if lines.is_empty() {
                        continue; // a keep-alive
                    }
                    event.data = lines.join("\n");
                    if let Some(made) = each(n, event) {
                        let _ = sender.send((made, at));
                    }
                }
            }
        });
    }
    receiver
}

/// A client that opens a new connection for every request, as separate viewers would.
pub fn separate_connections() -> reqwest::Client {
    reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .expect("client")
}

/// A fresh database for one run: a SQLite file in `dir`, or a new database on the PostgreSQL
/// server `server`, with what drops it afterwards.
pub async fn fresh_database(
    dir: &Path,
    server: Option<&str>,
) -> (String, Option<(String, String)>) {
    match server {
        None => (sqlite_in(dir), None),
        Some(server) => {
            let server = server.trim_end_matches('/');
            let name = format!("liaison_bench_{}", std::process::id());
            let admin = sqlx::AnyPool::connect(&format!("{server}/postgres"))
                .await
                .expect("PostgreSQL is reachable");
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                .execute(&admin)
                .await
                .expect("drop");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&admin)
                .await
                .expect("create");
            admin.close().await;
            (
                format!("{server}/{name}"),
                Some((format!("{server}/postgres"), name)),
            )
        }
    }
}

/// Drops the PostgreSQL database of a run: (the server's admin database, its name).
pub async fn drop_database(dropped: Option<(String, String)>) {
    if let Some((admin, name)) = dropped {
        let admin = sqlx::AnyPool::connect(&admin).await.expect("PostgreSQL");
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&admin)
            .await;
    }
}

/// The PostgreSQL server `LIAISON_BENCH_POSTGRES` names, if any; says how to name one if not.
pub fn postgres_server() -> Option<String> {
    match std::env::var("LIAISON_BENCH_POSTGRES") {
        Ok(server) if !server.trim().is_empty() => Some(server.trim().to_owned()),
        _ => {
            println!("(set LIAISON_BENCH_POSTGRES to run the same on PostgreSQL)");
            None
        }
    }
}
