//! Situation reports over HTTP: drafted from what every member may read, edited and approved by
//! the chair, shared under TLP, refused when widened past what they draw on.

use super::TestApp;
use axum::http::{Method, StatusCode};
use liaison_domain::access::Role;
use serde_json::json;

#[tokio::test]
async fn a_forum_report_tells_members_only_what_they_may_read() {
    let app = TestApp::new().await;
    // The CEC chairs the task force; the CERT and the police sit in it; the DPA does not.
    let mut cec = app.signed_in(Role::Analyst).await;
    cec.get("/sitreps").await;
    let report = |title: &str, tlp: &str| json!({"title": title, "threat_kind": "ddos", "severity": "high", "tlp": tlp});
    for (title, tlp) in [
        ("Shared with all members", "green"),
        ("Kept to the CEC", "amber+strict"),
    ] {
        let r = cec
            .api(
                Method::POST,
                "/api/v1/incidents",
                None,
                Some(report(title, tlp)),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    }
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let risk = coordinator.seeded_risk("").await;
    coordinator
        .api(
            Method::POST,
            &format!("/api/v1/risks/{risk}/assessments"),
            None,
            Some(json!({"likelihood": 3, "impact": 4})),
        )
        .await;
    let handled = coordinator
        .api(
            Method::POST,
            &format!("/api/v1/risks/{risk}/handling"),
            None,
            Some(json!({"treatment": "transfer", "status": "treated", "owner": "cert"})),
        )
        .await;
    assert_eq!(handled.status, StatusCode::OK, "{}", handled.text);
    let measure = coordinator
        .api(
            Method::POST,
            "/api/v1/measures",
            None,
            Some(
                json!({"family": "human_resources", "title": "Phishing drill for poll workers",
                        "owner": "cec", "due_on": "2099-01-31", "risks": [risk]}),
            ),
        )
        .await;
    assert_eq!(measure.status, StatusCode::CREATED, "{}", measure.text);

    let draft = cec
        .created("/api/v1/sitreps", json!({"forum": "taskforce"}))
        .await;
    let id = draft["id"].as_str().unwrap().to_owned();
    let body = draft["body"].as_str().unwrap();
    assert!(body.contains("Shared with all members"), "{body}");
    assert!(
        !body.contains("Kept to the CEC"),
        "the CERT may not read it: {body}"
    );
    assert!(
        body.contains("Left out: 1 item of the period shared more narrowly than this report"),
        "the draft says what it left out: {body}"
    );
    assert!(body.contains("cec assessed it at 12"), "{body}");
    assert!(
        body.contains("now treated, treatment transfer, owned by cert"),
        "the risk handled in the period: {body}"
    );
    assert!(
        body.contains("New measures\n- M-1: Phishing drill for poll workers (cec, due 2099-01-31)"),
        "{body}"
    );
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["tlp"], "amber");

    let mut cert = app.person("duty@cert.example", "cert", Role::Analyst).await;
    let mut dpa = app.person("desk@dpa.example", "dpa", Role::Analyst).await;
    let mut observer = app.signed_in(Role::Observer).await;
    // An observer inside the chair's organisation reads no more than any observer.
    let mut observer_inside = app.client();
    observer_inside
        .sign_in("cecobserver@test.example", super::PASSWORD)
        .await;
    assert_eq!(
        cert.get(&format!("/api/v1/sitreps/{id}")).await.status,
        StatusCode::OK
    );
    for path in [format!("/sitreps/{id}"), format!("/api/v1/sitreps/{id}")] {
        let response = observer_inside.get(&path).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!response.text.contains("Shared with all members"));
    }
    assert_eq!(
        dpa.get(&format!("/api/v1/sitreps/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        observer.get(&format!("/sitreps/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!dpa.get("/sitreps").await.text.contains(&id));

    // Only the chair's organisation edits and approves; a coordinator elsewhere does neither.
    let mut elsewhere = app
        .person("coordinator@cert.example", "cert", Role::Coordinator)
        .await;
    let not_theirs = elsewhere
        .api(
            Method::POST,
            &format!("/api/v1/sitreps/{id}"),
            None,
            Some(json!({"title": "Rewritten", "body": "Nothing happened."})),
        )
        .await;
    assert_eq!(
        not_theirs.status,
        StatusCode::FORBIDDEN,
        "{}",
        not_theirs.text
    );
    let page = elsewhere.get(&format!("/sitreps/{id}")).await;
    assert_eq!(page.status, StatusCode::OK, "a member reads the draft");
    assert!(!page.text.contains("Rewritten"), "nothing was written");
    assert!(
        !page.text.contains("name=\"action\" value=\"edit\""),
        "no edit form for them"
    );
    let refused = cert
        .api(
            Method::POST,
            &format!("/api/v1/sitreps/{id}/approve"),
            None,
            Some(json!({"tlp": "amber"})),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let edited = cec
        .api(
            Method::POST,
            &format!("/api/v1/sitreps/{id}"),
            None,
            Some(json!({"title": "Task force report, week 19", "body": format!("{body}\nAll quiet otherwise.")})),
        )
        .await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.text);
    // The dashboard offers it for approval to the chair.
    assert!(
        cec.get("/dashboard")
            .await
            .text
            .contains("Task force report, week 19")
    );
    // CLEAR would put the risk register in public: refused, nothing changes.
    let public = cec
        .api(
            Method::POST,
            &format!("/api/v1/sitreps/{id}/approve"),
            None,
            Some(json!({"tlp": "clear"})),
        )
        .await;
    assert_eq!(
        public.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        public.text
    );
    let approved = cec
        .api(
            Method::POST,
            &format!("/api/v1/sitreps/{id}/approve"),
            None,
            Some(json!({"tlp": "green"})),
        )
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    assert_eq!(approved.json()["status"], "approved");
    // The forum's people are told by e-mail, with the report's marking.
    let outbox = app
        .db
        .store
        .claim_outbox(app.now(), time::Duration::minutes(1), 1_000)
        .await
        .unwrap();
    let told: Vec<&str> = outbox
        .iter()
        .filter(|d| d.subject.starts_with("[TLP:GREEN] SITREP-1"))
        .map(|d| d.recipient.as_str())
        .collect();
    assert!(told.contains(&"duty@cert.example"), "{told:?}");
    assert!(
        !told.contains(&"desk@dpa.example"),
        "not a member of the forum"
    );
    // GREEN: every member now, still not observers; approved reports are not edited.
    assert_eq!(
        dpa.get(&format!("/api/v1/sitreps/{id}")).await.status,
        StatusCode::OK
    );
    for reader in [&mut observer, &mut observer_inside] {
        assert_eq!(
            reader.get(&format!("/api/v1/sitreps/{id}")).await.status,
            StatusCode::NOT_FOUND
        );
    }
    let late = cec
        .api(
            Method::POST,
            &format!("/api/v1/sitreps/{id}"),
            None,
            Some(json!({"title": "t", "body": "b"})),
        )
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    let export = dpa.get(&format!("/sitreps/{id}/export.html")).await;
    assert_eq!(export.status, StatusCode::OK);
    assert_eq!(
        export.text.matches("TLP:GREEN").count(),
        2,
        "marked top and bottom"
    );
    assert!(export.text.contains("All quiet otherwise."));

    // Printed to PDF, through the page and the API alike, and read back by a real PDF reader.
    for path in [
        format!("/sitreps/{id}/export.pdf"),
        format!("/api/v1/sitreps/{id}/pdf"),
    ] {
        let printed = dpa.get(&path).await;
        assert_eq!(printed.status, StatusCode::OK, "{path}");
        assert_eq!(printed.headers["content-type"], "application/pdf");
        assert!(
            printed.headers["content-disposition"]
                .to_str()
                .unwrap()
                .contains("SITREP-1.pdf")
        );
        let pdf = read_pdf(&printed.bytes);
        assert_eq!(pdf.title, "SITREP-1: Task force report, week 19");
        for page in &pdf.pages {
            assert!(marked_top_and_bottom(page, "TLP:GREEN"), "{page}");
        }
        let text = pdf.pages.concat();
        assert!(text.contains("All quiet otherwise."), "{text}");
        assert!(text.contains("Shared with all members"), "{text}");
        assert!(text.contains("approved"), "{text}");
    }
    assert_eq!(
        observer
            .get(&format!("/sitreps/{id}/export.pdf"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        observer
            .get(&format!("/api/v1/sitreps/{id}/pdf"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

/// The page's text starts with the marking (the header) and its last line does too (the footer).
fn marked_top_and_bottom(page: &str, marking: &str) -> bool {
    let last = page.lines().last().unwrap_or_default();
    page.starts_with(marking) && last.starts_with(marking)
}

/// A PDF as a real reader sees it: pypdf in strict mode, installed by scripts/install-test-deps.
struct ReadPdf {
    title: String,
    pages: Vec<String>,
}

fn read_pdf(bytes: &[u8]) -> ReadPdf {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let python = root.join(".venv/bin/python");
    assert!(
        python.exists(),
        "the Python test peers are missing: run scripts/install-test-deps"
    );
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), bytes).unwrap();
    let output = std::process::Command::new(python)
        .args([
            "-c",
            "import json, sys, pypdf\n\
             reader = pypdf.PdfReader(sys.argv[1], strict=True)\n\
             print(json.dumps({'title': reader.metadata.title, \
             'pages': [page.extract_text() for page in reader.pages]}))",
        ])
        .arg(file.path())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "pypdf refused the PDF: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    ReadPdf {
        title: read["title"].as_str().unwrap_or_default().to_owned(),
        pages: read["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_owned())
            .collect(),
    }
}

/// A report of the task force drafted through the API with this title and text; its id.
async fn drafted(client: &mut super::Client, title: &str, body: &str) -> String {
    client.get("/sitreps").await;
    let drafted = client
        .api(
            Method::POST,
            "/api/v1/sitreps",
            None,
            Some(json!({"forum": "taskforce"})),
        )
        .await;
    let id = drafted.json()["id"].as_str().unwrap().to_owned();
    let edited = client
        .api(
            Method::POST,
            &format!("/api/v1/sitreps/{id}"),
            None,
            Some(json!({"title": title, "body": body})),
        )
        .await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.text);
    id
}

#[tokio::test]
async fn a_long_report_prints_on_pages_that_each_carry_its_marking() {
    let app = TestApp::new().await;
    let mut cec = app.signed_in(Role::Analyst).await;
    let lines: Vec<String> = (1..=300)
        .map(|n| format!("- Polling station {n}: connection to the results server checked, no anomalies seen during the hourly test of the transmission line."))
        .collect();
    let id = drafted(&mut cec, "Übersicht — élection 2027", &lines.join("\n")).await;
    let printed = cec.get(&format!("/sitreps/{id}/export.pdf")).await;
    assert_eq!(printed.status, StatusCode::OK);
    for unknown in [
        "/sitreps/nothing/export.pdf",
        "/api/v1/sitreps/'%20OR%201=1--/pdf",
    ] {
        assert_eq!(
            cec.get(unknown).await.status,
            StatusCode::NOT_FOUND,
            "{unknown}"
        );
    }
    assert_ne!(
        app.client()
            .get(&format!("/api/v1/sitreps/{id}/pdf"))
            .await
            .status,
        StatusCode::OK,
        "anonymous"
    );
    let pdf = read_pdf(&printed.bytes);
    assert_eq!(pdf.title, "SITREP-1: Übersicht — élection 2027");
    assert!(pdf.pages.len() >= 10, "{} pages", pdf.pages.len());
    let total = pdf.pages.len();
    for (n, page) in pdf.pages.iter().enumerate() {
        assert!(
            marked_top_and_bottom(page, "TLP:AMBER"),
            "page {}: {page}",
            n + 1
        );
        assert!(
            page.contains(&format!("page {} of {total}", n + 1)),
            "{page}"
        );
    }
    let text = pdf.pages.concat();
    assert!(text.contains("DRAFT, not approved"));
    // Every item made it to paper, in order.
    let mut from = 0;
    for n in 1..=300 {
        let item = format!("Polling station {n}:");
        let at = text[from..]
            .find(&item)
            .unwrap_or_else(|| panic!("{item} missing after byte {from}"));
        from += at + item.len();
    }
}

#[tokio::test]
async fn bad_drafts_are_refused_with_a_sentence() {
    let app = TestApp::new().await;
    let mut cec = app.signed_in(Role::Analyst).await;
    cec.get("/sitreps").await;
    let cases = [
        (
            json!({"forum": "nothing"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "not a forum",
        ),
        (
            json!({"forum": "taskforce", "from": "yesterday"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "from",
        ),
        (
            json!({"forum": "taskforce", "from": "2027-05-10", "to": "2027-05-01"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "ends before",
        ),
        (
            json!({"forum": "taskforce", "from": "2020-01-01", "to": "2027-05-01"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "at most a year",
        ),
        (
            json!({"forum": "taskforce", "colour": 1}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown field",
        ),
        // The vendor council is chaired by the ministry.
        (
            json!({"forum": "vendor-council"}),
            StatusCode::FORBIDDEN,
            "chair",
        ),
    ];
    for (body, status, expected) in cases {
        let response = cec
            .api(Method::POST, "/api/v1/sitreps", None, Some(body.clone()))
            .await;
        assert_eq!(response.status, status, "{body}: {}", response.text);
        let message = response.json()["message"].as_str().unwrap().to_owned();
        assert!(
            message.contains(expected),
            "{message} (expected {expected})"
        );
    }
    assert_eq!(
        cec.get("/api/v1/sitreps").await.json()["sitreps"],
        json!([])
    );
}

/// A draft's edits and its approval refuse bad input through the API and the form alike, and
/// change nothing.
#[tokio::test]
async fn bad_edits_and_approvals_change_nothing() {
    let app = TestApp::new().await;
    let mut cec = app.signed_in(Role::Analyst).await;
    cec.get("/sitreps").await;
    let draft = cec
        .api(
            Method::POST,
            "/api/v1/sitreps",
            None,
            Some(json!({"forum": "taskforce"})),
        )
        .await
        .json();
    let id = draft["id"].as_str().unwrap().to_owned();
    let api = [
        (
            format!("/api/v1/sitreps/{id}"),
            json!({"title": "", "body": "text"}),
            "title",
        ),
        (
            format!("/api/v1/sitreps/{id}"),
            json!({"title": "Week 19", "body": "x".repeat(50_001)}),
            "longer than",
        ),
        (
            format!("/api/v1/sitreps/{id}"),
            json!({"title": "Week 19", "body": "text", "version": "latest"}),
            "not valid",
        ),
        (
            format!("/api/v1/sitreps/{id}/approve"),
            json!({"tlp": "purple"}),
            "purple",
        ),
        (
            format!("/api/v1/sitreps/{id}/approve"),
            json!({"tlp": 3}),
            "not valid",
        ),
    ];
    for (path, body, expected) in api {
        let response = cec.api(Method::POST, &path, None, Some(body.clone())).await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{path} {}: {}",
            body.to_string().chars().take(80).collect::<String>(),
            response.text
        );
        let message = response.json()["message"].as_str().unwrap().to_owned();
        assert!(
            message.contains(expected),
            "{message} (expected {expected})"
        );
    }
    let huge = "x".repeat(60_000);
    for fields in [
        vec![
            ("action", "edit"),
            ("version", "1"),
            ("title", "Week 19"),
            ("body", huge.as_str()),
        ],
        vec![
            ("action", "edit"),
            ("version", "first"),
            ("title", "Week 19"),
            ("body", "text"),
        ],
        vec![("action", "approve"), ("tlp", "purple")],
        vec![("action", "publish")],
    ] {
        let response = cec.post(&format!("/sitreps/{id}"), &fields).await;
        assert!(
            matches!(
                response.status,
                StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY
            ),
            "{:?}: {}",
            fields.iter().map(|f| f.0).collect::<Vec<_>>(),
            response.status
        );
    }
    let unchanged = cec.get(&format!("/api/v1/sitreps/{id}")).await.json();
    assert_eq!(unchanged["status"], "draft");
    assert_eq!(unchanged["version"], draft["version"]);
    assert_eq!(unchanged["body"], draft["body"]);
}

#[tokio::test]
async fn a_report_prints_in_the_reader_s_language_arabic_right_to_left() {
    let app = TestApp::new().await;
    let mut cec = app.signed_in(Role::Analyst).await;
    let title = "تقرير يوم الاقتراع";
    let id = drafted(&mut cec, title, "تأخر نقل النتائج من ثلاثة مكاتب.").await;
    let path = format!("/sitreps/{id}/export.pdf");

    let french = read_pdf(&cec.get_in(&path, "fr").await.bytes);
    let text = french.pages.concat();
    assert!(text.contains("page 1 sur 1"), "{text}");
    assert!(text.contains("BROUILLON"), "{text}");
    assert!(!text.contains("DRAFT, not approved"), "{text}");

    let arabic = read_pdf(&cec.get_in(&path, "ar").await.bytes);
    assert_eq!(arabic.title, format!("SITREP-1: {title}"));
    let text = arabic.pages.concat();
    assert!(text.contains("TLP:AMBER"), "{text}");
    // Arabic letters reached the page as glyphs a reader maps back to text.
    let letters = text
        .chars()
        .filter(|c| matches!(*c as u32, 0x0600..=0x06FF | 0xFE70..=0xFEFF))
        .count();
    assert!(letters > 20, "{letters} Arabic letters in {text}");
    assert!(!text.contains("page 1 of 1"), "{text}");
}

/// The list of reports is read a page at a time from where the last page ended, on the API and
/// the page, and a position that names no report is refused with a sentence.
#[tokio::test]
async fn the_list_of_reports_is_read_page_by_page() {
    let app = TestApp::new().await;
    let mut cec = app.signed_in(Role::Analyst).await;
    cec.get("/sitreps").await;
    let mut drafted = Vec::new();
    for to in ["2027-04-10", "2027-04-17", "2027-04-24"] {
        let draft = cec
            .api(
                Method::POST,
                "/api/v1/sitreps",
                None,
                Some(json!({"forum": "taskforce", "to": to})),
            )
            .await;
        assert_eq!(draft.status, StatusCode::CREATED, "{}", draft.text);
        drafted.push(draft.json()["reference"].as_str().unwrap().to_owned());
    }
    let mut read = Vec::new();
    let mut path = "/api/v1/sitreps?limit=2".to_owned();
    loop {
        let page = cec.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text);
        let json = page.json();
        assert_eq!(json["total"], 3);
        for report in json["sitreps"].as_array().unwrap() {
            read.push(report["reference"].as_str().unwrap().to_owned());
        }
        match json["next"].as_str() {
            Some(next) => path = format!("/api/v1/sitreps?limit=2&after={next}"),
            None => break,
        }
    }
    drafted.reverse();
    assert_eq!(read, drafted, "newest first, each once");
    let first = cec.get("/sitreps?limit=2").await;
    assert!(first.text.contains("Older"), "{}", first.text);
    for bad in ["after=nonsense", "limit=0&after=%00"] {
        let refused = cec.get(&format!("/api/v1/sitreps?{bad}")).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(
            refused.text.contains("after: not a position"),
            "{}",
            refused.text
        );
        let page = cec.get(&format!("/sitreps?{bad}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.text.contains("after: not a position"));
    }
}
