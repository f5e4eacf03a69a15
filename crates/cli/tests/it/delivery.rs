//! Notifications as they leave the platform: `liaison serve` with a real SMTP server (aiosmtpd
//! from PyPI, installed by scripts/install-test-deps) and a real HTTP receiver of webhooks; a
//! crash in the middle of delivering; and, on PostgreSQL, two servers on one database sharing
//! the live picture.

use super::platform::{Server, serve_with, token};
use super::repository_root;
use liaison_domain::access::Role;
use liaison_store::testing::TestDatabase;
use liaison_store::{Actor, NewAccount, Store};
use std::collections::{BTreeMap, BTreeSet};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A free local port (the tiny race until the peer binds it is harmless here).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// aiosmtpd, storing every message it accepts in a maildir.
struct SmtpServer {
    child: Child,
    port: u16,
    maildir: PathBuf,
    _dir: tempfile::TempDir,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn smtp_server() -> SmtpServer {
    let python = repository_root().join(".venv/bin/python");
    assert!(
        python.exists(),
        "the Python test peers are missing: run scripts/install-test-deps"
    );
    let dir = tempfile::tempdir().expect("maildir");
    let maildir = dir.path().join("mail");
    let port = free_port();
    let child = Command::new(python)
        .args(["-m", "aiosmtpd", "-n", "-l"])
        .arg(format!("127.0.0.1:{port}"))
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(&maildir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("aiosmtpd starts");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "aiosmtpd did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    SmtpServer {
        child,
        port,
        maildir,
        _dir: dir,
    }
}

/// A received message: its recipients, subject, Message-ID and body.
#[derive(Debug, Clone)]
struct Mail {
    to: String,
    subject: String,
    message_id: String,
    body: String,
}

fn received_mail(maildir: &Path) -> Vec<Mail> {
    let mut mails = Vec::new();
    for sub in ["new", "cur"] {
        let Ok(entries) = std::fs::read_dir(maildir.join(sub)) else {
            continue;
        };
        for entry in entries.flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
            let header = |name: &str| {
                head.lines()
                    .find(|l| l.to_ascii_lowercase().starts_with(&format!("{name}:")))
                    .map(|l| l[name.len() + 1..].trim().to_owned())
                    .unwrap_or_default()
            };
            mails.push(Mail {
                to: header("to"),
                subject: header("subject"),
                message_id: header("message-id"),
                body: body.to_owned(),
            });
        }
    }
    mails
}

/// A webhook call as received.
#[derive(Debug, Clone)]
struct Call {
    delivery: String,
    signature_valid: bool,
    body: serde_json::Value,
}

/// A real HTTP server receiving webhook calls and checking their signatures.
async fn webhook_receiver(secret: &'static str) -> (String, Arc<Mutex<Vec<Call>>>) {
    use axum::http::HeaderMap;
    let calls: Arc<Mutex<Vec<Call>>> = Arc::default();
    let recorded = calls.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let recorded = recorded.clone();
            async move {
                let header = |n: &str| {
                    headers
                        .get(n)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default()
                        .to_owned()
                };
                let timestamp: i64 = header("x-liaison-timestamp").parse().unwrap_or(0);
                let expected = format!(
                    "sha256={}",
                    liaison_web::webhook_signature(secret, timestamp, &body)
                );
                recorded.lock().unwrap().push(Call {
                    delivery: header("x-liaison-delivery"),
                    signature_valid: header("x-liaison-signature") == expected,
                    body: serde_json::from_str(&body).unwrap_or_default(),
                });
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, calls)
}

async fn account(store: &Store, email: &str, org: &str, role: Role) {
    store
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
        .unwrap();
}

async fn report(server: &Server, token: &str, title: &str) -> serde_json::Value {
    let response = reqwest::Client::new()
        .post(format!("{}/api/v1/incidents", server.url))
        .bearer_auth(token)
        .json(&serde_json::json!({
            "title": title,
            "description": "The results website does not answer.",
            "threat_kind": "ddos",
            "severity": "high",
            "phase": "voting",
            "assets": ["results-website"],
        }))
        .send()
        .await
        .expect("the server answers");
    let status = response.status();
    let body: serde_json::Value = response.json().await.expect("JSON");
    assert_eq!(status, 201, "{body}");
    body
}

/// Waits up to `limit` for `done`, checking every 100 ms.
async fn eventually(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    done()
}

/// Opens a live event stream and sends each `data:` line, with the time it arrived, on a
/// channel.
async fn listen(url: &str, token: &str) -> tokio::sync::mpsc::UnboundedReceiver<(Instant, String)> {
    let mut response = reqwest::Client::new()
        .get(format!("{url}/api/v1/events"))
        .bearer_auth(token)
        .send()
        .await
        .expect("the event stream opens");
    assert_eq!(response.status(), 200);
    let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        let mut buffer = String::new();
        while let Ok(Some(chunk)) = response.chunk().await {
            let at = Instant::now();
            buffer.push_str(&String::from_utf8_lossy(&chunk));
            while let Some(end) = buffer.find('\n') {
                let line: String = buffer.drain(..=end).collect();
                if let Some(data) = line.trim_end().strip_prefix("data:") {
                    let _ = sender.send((at, data.trim().to_owned()));
                }
            }
        }
    });
    receiver
}

#[tokio::test(flavor = "multi_thread")]
async fn a_local_report_reaches_the_cert_and_the_emb_live_by_email_and_by_signed_webhook() {
    let db = TestDatabase::new().await;
    let dir = tempfile::tempdir().unwrap();
    let smtp = smtp_server();
    let settings = [
        (
            "LIAISON_SMTP_URL",
            format!("smtp://127.0.0.1:{}", smtp.port),
        ),
        ("LIAISON_DISPATCH_INTERVAL_SECONDS", "1".to_owned()),
        // The test's webhook receiver listens on this machine.
        ("LIAISON_ALLOW_PRIVATE_WEBHOOK_TARGETS", "true".to_owned()),
    ];
    let server = serve_with(&db.url, dir.path(), &settings);
    account(
        &db.store,
        "clerk@north1.example",
        "local-north-1",
        Role::Analyst,
    )
    .await;
    account(&db.store, "duty@cert.example", "cert", Role::Analyst).await;
    account(&db.store, "security@cec.example", "cec", Role::Analyst).await;
    let (hook_url, calls) = webhook_receiver("cert-webhook-secret").await;
    db.store
        .create_webhook(
            &Actor::system(),
            "cert",
            &hook_url,
            "CERT ticketing",
            "cert-webhook-secret",
        )
        .await
        .unwrap();
    let office = token(&db.url, dir.path(), "local-north-1", "analyst");
    let cert = token(&db.url, dir.path(), "cert", "reader");
    let cec = token(&db.url, dir.path(), "cec", "reader");
    let police = token(&db.url, dir.path(), "police-cyber", "analyst");

    let mut cert_live = listen(&server.url, &cert).await;
    let mut cec_live = listen(&server.url, &cec).await;
    let mut police_live = listen(&server.url, &police).await;
    let incident = report(&server, &office, "Results website down in the north").await;
    let id = incident["id"].as_str().unwrap().to_owned();

    // Live to the CERT and the EMB; not to the police. (The waits bound a test on a slow
    // machine; speed is measured by the incidents bench, not asserted here.)
    for live in [&mut cert_live, &mut cec_live] {
        let (_, data) = tokio::time::timeout(Duration::from_secs(5), live.recv())
            .await
            .expect("the event arrives")
            .expect("the stream is open");
        assert!(data.contains(&id), "{data}");
    }
    assert!(
        tokio::time::timeout(Duration::from_millis(1500), police_live.recv())
            .await
            .is_err(),
        "the police are not in the audience"
    );

    // By e-mail, within seconds, to the CERT's and the EMB's people and to the first
    // contacts of the escalation protocols; each message with its outbox id.
    let arrived = eventually(Duration::from_secs(15), || {
        let mail = received_mail(&smtp.maildir);
        [
            "duty@cert.example",
            "security@cec.example",
            "liaison@nss.example.dl",
            "situation@moi.example.dl",
        ]
        .iter()
        .all(|to| mail.iter().any(|m| m.to.contains(to)))
    })
    .await;
    let mail = received_mail(&smtp.maildir);
    assert!(arrived, "{mail:#?}");
    let to_cert = mail
        .iter()
        .find(|m| m.to.contains("duty@cert.example"))
        .unwrap();
    assert!(
        to_cert
            .subject
            .starts_with("[TLP:AMBER] New incident INC-1"),
        "{}",
        to_cert.subject
    );
    assert!(to_cert.body.contains("responsible"), "{}", to_cert.body);
    assert!(to_cert.message_id.ends_with("@liaison>"));
    assert!(!mail.iter().any(|m| m.to.contains("police")));

    // By webhook to the CERT's system, signed.
    assert!(
        eventually(Duration::from_secs(10), || !calls
            .lock()
            .unwrap()
            .is_empty())
        .await
    );
    let call = calls.lock().unwrap()[0].clone();
    assert!(
        call.signature_valid,
        "the signature verifies with the shared secret"
    );
    assert_eq!(call.body["event"], "incident.reported");
    assert_eq!(call.body["incident"]["id"], id.as_str());
    assert!(!call.delivery.is_empty());
    drop(server);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_crash_in_the_middle_of_delivering_loses_nothing_and_repeats_carry_the_same_id() {
    let db = TestDatabase::new().await;
    let dir = tempfile::tempdir().unwrap();
    let smtp = smtp_server();
    let settings = [
        (
            "LIAISON_SMTP_URL",
            format!("smtp://127.0.0.1:{}", smtp.port),
        ),
        ("LIAISON_DISPATCH_INTERVAL_SECONDS", "1".to_owned()),
        // The test's webhook receiver listens on this machine.
        ("LIAISON_ALLOW_PRIVATE_WEBHOOK_TARGETS", "true".to_owned()),
        ("LIAISON_DELIVERY_LEASE_SECONDS", "12".to_owned()),
        ("LIAISON_WEBHOOK_TIMEOUT_SECONDS", "5".to_owned()),
    ];
    let mut server = serve_with(&db.url, dir.path(), &settings);
    for (i, org) in ["cert", "cec", "nss", "moi"].iter().enumerate() {
        for n in 0..3 {
            account(
                &db.store,
                &format!("person{i}{n}@{org}.example"),
                org,
                Role::Reader,
            )
            .await;
        }
    }
    let (hook_url, calls) = webhook_receiver("secret").await;
    db.store
        .create_webhook(&Actor::system(), "cert", &hook_url, "", "secret")
        .await
        .unwrap();
    let office = token(&db.url, dir.path(), "local-north-1", "analyst");
    for n in 0..12 {
        report(&server, &office, &format!("Report {n}")).await;
    }
    // The server dies at once, in the middle of sending what the reports queued.
    server.child.kill().expect("killed");
    server.child.wait().expect("gone");
    let (queued_mail, queued_hooks) = outbox_ids(&db.url).await;
    // Per report: the twelve people of the four organisations it reaches (by the matrix and
    // the escalation protocol), and the first contacts of the security service and the ministry.
    assert_eq!(queued_mail.len(), 12 * 14, "e-mails queued");
    let before = received_mail(&smtp.maildir).len();

    let server = serve_with(&db.url, dir.path(), &settings);
    let drained = eventually(Duration::from_secs(60), || {
        let mail = received_mail(&smtp.maildir);
        let ids: BTreeSet<String> = mail.iter().map(|m| m.message_id.clone()).collect();
        ids.len() >= queued_mail.len() && calls.lock().unwrap().len() >= queued_hooks.len()
    })
    .await;
    let mail = received_mail(&smtp.maildir);
    let mut copies: BTreeMap<String, usize> = BTreeMap::new();
    for m in &mail {
        *copies.entry(m.message_id.clone()).or_default() += 1;
    }
    assert!(
        drained,
        "{} of {} e-mails arrived",
        copies.len(),
        queued_mail.len()
    );
    // Nothing lost: every queued message arrived, under its own id.
    for id in &queued_mail {
        assert!(
            copies.contains_key(&format!("<{id}@liaison>")),
            "{id} was lost"
        );
    }
    assert_eq!(
        copies.len(),
        queued_mail.len(),
        "nothing arrived that was not queued"
    );
    // A repeat is possible only for what was on the wire when the process died (one message at
    // a time), and it carries the same id, so the receiver sees it is the same message.
    let repeats: usize = copies.values().map(|n| n - 1).sum();
    assert!(repeats <= 1, "{repeats} repeats");
    let hook_ids: BTreeSet<String> = calls
        .lock()
        .unwrap()
        .iter()
        .map(|c| c.delivery.clone())
        .collect();
    assert_eq!(
        hook_ids, queued_hooks,
        "every webhook call arrived once per delivery id"
    );
    eprintln!(
        "crash test: {} e-mails and {} webhook calls queued, {before} e-mails sent before the crash, {repeats} repeated",
        queued_mail.len(),
        queued_hooks.len()
    );
    drop(server);
}

/// The ids of queued e-mails and webhook calls, read from the database.
async fn outbox_ids(url: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.expect("database");
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT id, channel FROM outbox")
        .fetch_all(&pool)
        .await
        .expect("outbox");
    pool.close().await;
    let pick = |channel: &str| {
        rows.iter()
            .filter(|(_, c)| c == channel)
            .map(|(id, _)| id.clone())
            .collect()
    };
    (pick("email"), pick("webhook"))
}

#[tokio::test(flavor = "multi_thread")]
async fn two_servers_on_one_postgresql_database_share_the_live_picture() {
    if std::env::var(liaison_store::testing::TEST_DATABASE_URL).is_err() {
        eprintln!("several servers share one PostgreSQL database; scripts/test runs this there");
        return;
    }
    let db = TestDatabase::new().await;
    let (dir_one, dir_two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // The first start loads the demo model; the second server finds it there.
    let one = serve_with(&db.url, dir_one.path(), &[]);
    let two = serve_with(&db.url, dir_two.path(), &[]);
    let office = token(&db.url, dir_one.path(), "local-north-1", "analyst");
    let cert = token(&db.url, dir_one.path(), "cert", "reader");
    let police = token(&db.url, dir_one.path(), "police-cyber", "reader");
    let mut cert_on_two = listen(&two.url, &cert).await;
    let mut cert_on_one = listen(&one.url, &cert).await;
    let mut police_on_two = listen(&two.url, &police).await;

    let sent = Instant::now();
    let first = report(&one, &office, "Reported on server one").await;
    let (at, data) = tokio::time::timeout(Duration::from_secs(5), cert_on_two.recv())
        .await
        .expect("server two hears of server one's incident")
        .expect("open");
    assert!(data.contains(first["id"].as_str().unwrap()), "{data}");
    eprintln!("server one to server two: {:?}", at.duration_since(sent));
    let second = report(&two, &office, "Reported on server two").await;
    let mut seen = Vec::new();
    while let Ok(Some((_, data))) =
        tokio::time::timeout(Duration::from_secs(5), cert_on_one.recv()).await
    {
        seen.push(data);
        if seen
            .iter()
            .any(|d| d.contains(second["id"].as_str().unwrap()))
        {
            break;
        }
    }
    assert!(
        seen.iter()
            .any(|d| d.contains(second["id"].as_str().unwrap())),
        "server one hears of server two's incident: {seen:?}"
    );
    assert!(
        tokio::time::timeout(Duration::from_millis(1000), police_on_two.recv())
            .await
            .is_err(),
        "the audience holds across servers"
    );
    drop((one, two));
}
