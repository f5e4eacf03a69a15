//! Choosing several things (recipients, affected systems, risks): a list of checkboxes that
//! works without JavaScript, the organisations the responsibility matrix suggests first.

use super::TestApp;
use axum::http::StatusCode;
use liaison_domain::access::Role;

/// The labels of the checkboxes named `name` in `html`, in order, with whether each is ticked
/// and the role it is suggested for.
fn boxes(html: &str, name: &str) -> Vec<(String, bool, String)> {
    let marker = format!("<input type=\"checkbox\" name=\"{name}\" value=\"");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&marker) {
        // The list item the box is in says whether it is suggested.
        let item = rest[..start]
            .rfind("<li")
            .map(|i| &rest[i..start])
            .unwrap_or("");
        let role = item
            .split("data-suggested=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or("")
            .to_owned();
        rest = &rest[start + marker.len()..];
        let tag_end = rest.find('>').unwrap();
        let checked = rest[..tag_end].contains("checked");
        let label_start = rest.find("<span class=\"picker-label\">").unwrap()
            + "<span class=\"picker-label\">".len();
        let label_end = label_start + rest[label_start..].find("</span>").unwrap();
        found.push((rest[label_start..label_end].to_owned(), checked, role));
    }
    found
}

fn suggested(html: &str, name: &str) -> Vec<(String, String)> {
    boxes(html, name)
        .into_iter()
        .filter(|(_, _, role)| !role.is_empty())
        .map(|(label, _, role)| (label, role))
        .collect()
}

#[tokio::test]
async fn reporting_an_incident_offers_recipients_as_checkboxes_the_matrix_s_suggestions_first() {
    let app = TestApp::new().await;
    let mut office = app
        .person("clerk@north1.example", "local-north-1", Role::Analyst)
        .await;
    let page = office
        .get("/incidents/new?threat_kind=ddos&phase=voting")
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    // No multi-select with a Ctrl/⌘ hint: checkboxes, which submit the same field names.
    assert!(
        !page.text.contains("multiple"),
        "a <select multiple> is left"
    );
    assert!(!page.text.contains("Ctrl"), "the Ctrl/⌘ hint is left");
    let organisations = boxes(&page.text, "organisations");
    assert_eq!(
        organisations.len(),
        36,
        "every organisation but the reporter's"
    );
    assert!(
        !organisations
            .iter()
            .any(|(label, _, _)| label == "Ashby Municipal Election Office"),
        "the reporter is offered to itself"
    );
    // Accountable for a DDoS on the office's systems on voting day: the commission (its
    // national systems), the CERT, the telecom operator and the office's region, by name.
    let accountable = |name: &str| (name.to_owned(), "accountable".to_owned());
    assert_eq!(
        suggested(&page.text, "organisations"),
        vec![
            accountable("Central Election Commission of Demoland"),
            accountable("Demoland Computer Emergency Response Team"),
            accountable("Demotel"),
            accountable("Northern Regional Election Office"),
        ],
        "{organisations:?}"
    );
    assert_eq!(
        organisations[4].0, "Audiovisual and Media Council",
        "the others follow by name"
    );
    assert!(page.text.contains("First, those the responsibility matrix makes accountable or responsible for denial of service (DoS/DDoS) in the voting phase."), "{}", page.text);
    // The systems are checkboxes too, by name.
    assert!(
        boxes(&page.text, "assets")
            .iter()
            .any(|(label, _, _)| label.starts_with("Official results website"))
    );
    // The suggestions follow the kind: another kind, other organisations.
    let page = office
        .get("/incidents/new?threat_kind=disinformation_turnout&phase=campaign&organisations=cert")
        .await;
    let organisations = boxes(&page.text, "organisations");
    assert_eq!(
        suggested(&page.text, "organisations"),
        vec![accountable("Central Election Commission of Demoland")],
        "{organisations:?}"
    );
    assert!(
        organisations
            .iter()
            .any(|(label, checked, _)| *checked
                && label == "Demoland Computer Emergency Response Team"),
        "what was chosen stays ticked: {organisations:?}"
    );
}

#[tokio::test]
async fn an_incident_reported_with_ticked_boxes_is_shared_with_those_organisations() {
    let app = TestApp::new().await;
    let mut office = app
        .person("clerk@north1.example", "local-north-1", Role::Analyst)
        .await;
    office.get("/incidents/new").await;
    let response = office
        .post(
            "/incidents",
            &[
                ("title", "Results website down in the north"),
                ("threat_kind", "ddos"),
                ("severity", "high"),
                ("phase", "voting"),
                ("assets", "results-website"),
                ("tlp", "amber+strict"),
                ("organisations", "cert"),
                ("organisations", "police-cyber"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.text);
    let page = office.get(response.location()).await;
    assert_eq!(page.status, StatusCode::OK);
    // The resharing form ticks the organisations it is shared with, in the same picker.
    let reshare = boxes(&page.text, "organisations");
    let ticked: Vec<&str> = reshare
        .iter()
        .filter(|(_, checked, _)| *checked)
        .map(|(label, _, _)| label.as_str())
        .collect();
    assert_eq!(ticked.len(), 2, "{reshare:?}");
    assert!(!suggested(&page.text, "organisations").is_empty());
    assert!(!page.text.contains("organisation ids"), "ids asked for");
}

#[tokio::test]
async fn the_source_reshares_by_ticking_organisations() {
    let app = TestApp::new().await;
    let mut cec = app.signed_in(Role::Analyst).await;
    cec.get("/incidents/new").await;
    let response = cec
        .post(
            "/incidents",
            &[
                ("title", "Phishing at the commission"),
                ("threat_kind", "social_engineering"),
                ("severity", "medium"),
                ("tlp", "amber+strict"),
                ("organisations", "cert"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.text);
    let path = response.location().to_owned();
    let page = cec.get(&path).await;
    let version = page
        .text
        .split("name=\"action\" value=\"sharing\"><input type=\"hidden\" name=\"version\" value=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .unwrap()
        .to_owned();
    let response = cec
        .post(
            &format!("{path}/work"),
            &[
                ("action", "sharing"),
                ("version", &version),
                ("tlp", "amber+strict"),
                ("organisations", "cert"),
                ("organisations", "nss"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.text);
    let page = cec.get(&path).await;
    let ticked: Vec<String> = boxes(&page.text, "organisations")
        .into_iter()
        .filter(|(_, checked, _)| *checked)
        .map(|(label, _, _)| label)
        .collect();
    assert_eq!(ticked.len(), 2, "{ticked:?}");
    // An organisation that does not exist is refused with a sentence, nothing changed.
    let response = cec
        .post(
            &format!("{path}/work"),
            &[
                ("action", "sharing"),
                ("version", &version),
                ("tlp", "amber"),
                ("organisations", "no-such-org"),
            ],
        )
        .await;
    assert!(
        response.status.is_client_error(),
        "{} {}",
        response.status,
        response.text
    );
}

#[tokio::test]
async fn false_claims_and_measures_use_the_picker_too() {
    let app = TestApp::new().await;
    let mut office = app
        .person("clerk@north1.example", "local-north-1", Role::Analyst)
        .await;
    let page = office
        .get("/disinformation?threat_kind=disinformation_turnout&phase=campaign")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.text.contains("multiple"));
    assert_eq!(
        suggested(&page.text, "organisations"),
        vec![(
            "Central Election Commission of Demoland".to_owned(),
            "accountable".to_owned()
        )],
        "{:?}",
        boxes(&page.text, "organisations")
    );
    let mut cec = app.signed_in(Role::Coordinator).await;
    let page = cec.get("/measures").await;
    assert!(!page.text.contains("Ctrl"));
    assert!(!page.text.contains("multiple"));
}

/// The version of the record a page's form edits.
fn version_in(html: &str) -> String {
    html.split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the form carries the version it edits")
        .to_owned()
}

#[tokio::test]
async fn a_forum_s_members_are_chosen_in_a_picker_by_name_and_saved_as_a_model_change() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let page = coordinator.get("/forums/taskforce").await.text;
    let members = boxes(&page, "members");
    assert!(
        members.len() > 20,
        "every organisation is offered: {members:?}"
    );
    let ticked: Vec<&str> = members
        .iter()
        .filter(|(_, checked, _)| *checked)
        .map(|(label, _, _)| label.as_str())
        .collect();
    assert!(
        ticked.contains(&"Central Election Commission of Demoland"),
        "{ticked:?}"
    );
    let mut names: Vec<&str> = members.iter().map(|(l, _, _)| l.as_str()).collect();
    let listed = names.clone();
    names.sort_unstable();
    assert_eq!(listed, names, "in the order of their names");

    let version = version_in(&page);
    let saved = coordinator
        .post(
            "/forums/taskforce/members",
            &[
                ("version", version.as_str()),
                ("members", "cec"),
                ("members", "cert"),
                ("members", "dpa"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    let page = coordinator.get("/forums/taskforce").await.text;
    let ticked: Vec<String> = boxes(&page, "members")
        .into_iter()
        .filter(|(_, checked, _)| *checked)
        .map(|(label, _, _)| label)
        .collect();
    assert_eq!(ticked.len(), 3, "{ticked:?}");
    assert!(page.contains("<a href=\"/organisations/dpa\">"), "{page}");

    // The same version again is a stale form: nothing changes, the reader is told.
    let stale = coordinator
        .post(
            "/forums/taskforce/members",
            &[("version", version.as_str()), ("members", "cec")],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    // An organisation the model does not have is refused with a sentence; nothing is lost.
    let version = version_in(&page);
    let unknown = coordinator
        .post(
            "/forums/taskforce/members",
            &[("version", version.as_str()), ("members", "nobody-here")],
        )
        .await;
    assert_eq!(
        unknown.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unknown.text
    );
    assert!(unknown.text.contains("nobody-here"), "{}", unknown.text);
    let after = coordinator.get("/forums/taskforce").await.text;
    assert_eq!(version_in(&after), version);
    // Readers see the members, not the form.
    let mut reader = app.signed_in(Role::Reader).await;
    let page = reader.get("/forums/taskforce").await.text;
    assert!(boxes(&page, "members").is_empty());
    assert_eq!(
        reader
            .post(
                "/forums/taskforce/members",
                &[("version", version.as_str()), ("members", "cec")],
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
