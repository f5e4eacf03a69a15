//! The platform as an operator runs it: `liaison serve` on a fresh database (SQLite, or
//! PostgreSQL with LIAISON_TEST_DATABASE_URL), the printed first sign-in, tokens from the
//! command line, and `liaison audit verify` catching a row changed by hand.

use super::stderr;
use liaison_store::testing::TestDatabase;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

pub(crate) struct Server {
    pub child: Child,
    pub url: String,
    pub password: Option<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn liaison(database_url: &str, data_dir: &std::path::Path) -> Command {
    let mut command = super::liaison_command();
    command
        .env("LIAISON_DATABASE_URL", database_url)
        .env("LIAISON_DATA_DIR", data_dir)
        .env("LIAISON_LOG_FORMAT", "json");
    command
}

/// A new API token of `org` with `role`, made by `liaison admin token`.
pub(crate) fn token(url: &str, dir: &std::path::Path, org: &str, role: &str) -> String {
    let output = liaison(url, dir)
        .args([
            "admin", "token", "--org", org, "--role", role, "--name", "test",
        ])
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", stderr(&output));
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .last()
        .expect("a token")
        .to_owned()
}

fn serve(database_url: &str, data_dir: &std::path::Path) -> Server {
    serve_with(database_url, data_dir, &[])
}

/// `liaison serve` on a free port with extra `LIAISON_*` settings.
pub(crate) fn serve_with(
    database_url: &str,
    data_dir: &std::path::Path,
    settings: &[(&str, String)],
) -> Server {
    let mut child = liaison(database_url, data_dir)
        .envs(settings.iter().map(|(k, v)| (*k, v.as_str())))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        // The server's log stays beside its data, for reading when a test fails.
        .stderr(server_log(data_dir))
        .spawn()
        .expect("liaison serve starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    // The sign-in line comes last; a first start prints the password before it.
    let (mut url, mut password) = (None, None);
    for line in lines.by_ref() {
        let Ok(line) = line else { break };
        if let Some(rest) =
            line.strip_prefix("First sign-in: admin@liaison.local with the one-time password ")
        {
            password = Some(rest.to_owned());
        }
        if let Some(rest) = line.strip_prefix("Sign in at ") {
            url = rest.strip_suffix("/login").map(str::to_owned);
            break;
        }
    }
    std::thread::spawn(move || for _ in lines {});
    Server {
        child,
        url: url.expect("the URL is printed"),
        password,
    }
}

fn server_log(data_dir: &std::path::Path) -> Stdio {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(data_dir.join("serve.log"))
        .map(Stdio::from)
        .unwrap_or_else(|_| Stdio::null())
}

/// A plain HTTP/1.1 GET, enough for a smoke test without a client library.
pub(crate) fn get(url: &str, path: &str, token: Option<&str>) -> (u16, String) {
    let address = url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).expect("the server answers");
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\n{auth}Connection: close\r\n\r\n"
    )
    .expect("request sent");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("response read");
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, response)
}

#[tokio::test(flavor = "multi_thread")]
async fn serve_prints_the_first_sign_in_and_the_audit_chain_catches_tampering() {
    let db = TestDatabase::new().await;
    db.store.close().await;
    let dir = tempfile::tempdir().expect("data directory");
    let url = db.url.clone();

    let server = serve_with(
        &url,
        dir.path(),
        &[("LIAISON_METRICS_TOKEN", "scrape-secret".to_owned())],
    );
    let password = server
        .password
        .clone()
        .expect("a one-time password is printed at first start");
    assert_eq!(password.len(), 24);
    assert_eq!(get(&server.url, "/healthz", None).0, 200);
    assert_eq!(get(&server.url, "/readyz", None).0, 200);
    assert_eq!(get(&server.url, "/login", None).0, 200);
    // The metrics only to the scraper with the configured token.
    let (status, metrics) = get(&server.url, "/metrics", Some("scrape-secret"));
    assert_eq!(status, 200);
    assert!(metrics.contains("liaison_http_requests_total"));
    for token in [None, Some("guess")] {
        let (status, body) = get(&server.url, "/metrics", token);
        assert_eq!(status, 404, "{token:?}");
        assert!(!body.contains("liaison_sign_ins_total"));
    }

    // Tokens and organisations from the command line, used against the running server.
    let organisations = liaison(&url, dir.path())
        .args(["admin", "organisations"])
        .output()
        .expect("runs");
    let listing = String::from_utf8_lossy(&organisations.stdout);
    assert!(
        listing
            .lines()
            .any(|l| l.starts_with("cec\tCentral Election Commission")),
        "{listing}"
    );
    let token = liaison(&url, dir.path())
        .args([
            "admin", "token", "--org", "cert", "--role", "reader", "--name", "smoke",
        ])
        .output()
        .expect("runs");
    assert!(token.status.success(), "{}", stderr(&token));
    let token = String::from_utf8_lossy(&token.stdout)
        .lines()
        .last()
        .expect("a last line")
        .to_owned();
    assert!(token.starts_with("lsn_"));
    let (status, body) = get(&server.url, "/api/v1/organisations", Some(&token));
    assert_eq!(status, 200);
    assert!(body.contains("\"id\":\"cec\""));
    let unknown = liaison(&url, dir.path())
        .args(["admin", "token", "--org", "nobody", "--role", "reader"])
        .output()
        .expect("runs");
    assert!(!unknown.status.success());
    assert!(stderr(&unknown).contains("'nobody' is not an organisation"));
    drop(server);

    // A second start keeps the data and prints no new password.
    let again = serve(&url, dir.path());
    assert!(again.password.is_none());
    drop(again);

    let verify = liaison(&url, dir.path())
        .args(["audit", "verify"])
        .output()
        .expect("runs");
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );
    assert!(String::from_utf8_lossy(&verify.stdout).contains("The audit chain holds"));

    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&url).await.expect("database");
    let (id,): (String,) = sqlx::query_as("SELECT id FROM audit_log WHERE seq = 42")
        .fetch_one(&pool)
        .await
        .expect("entry 42");
    sqlx::query("UPDATE audit_log SET after = 'name: Tampered' WHERE seq = 42")
        .execute(&pool)
        .await
        .expect("tampered");
    pool.close().await;
    let verify = liaison(&url, dir.path())
        .args(["audit", "verify"])
        .output()
        .expect("runs");
    assert_eq!(verify.status.code(), Some(1));
    let report = String::from_utf8_lossy(&verify.stdout);
    assert!(
        report.contains(&format!("entry 42 (id {id})")) && report.contains("altered"),
        "{report}"
    );
}
