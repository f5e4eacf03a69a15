//! The joint risk register over HTTP: who may read and write it, the agencies' assessments, the
//! heat map, CSV export, measures, and malformed input.

use super::TestApp;
use axum::http::{Method, StatusCode};
use liaison_domain::access::Role;
use serde_json::json;

/// Posts `body` to `path` and expects a 422 whose message contains `expected`.
async fn expect_refusal(
    client: &mut super::Client,
    path: &str,
    body: serde_json::Value,
    expected: &str,
) {
    let response = client
        .api(Method::POST, path, None, Some(body.clone()))
        .await;
    assert_eq!(
        response.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{path} {body}: {}",
        response.text
    );
    let message = response.json()["message"].as_str().unwrap().to_owned();
    assert!(
        message.contains(expected),
        "{message} (expected {expected})"
    );
}

#[tokio::test]
async fn the_register_is_seeded_assessed_and_exported() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let register = coordinator.get("/risks").await;
    assert_eq!(register.status, StatusCode::OK);
    assert!(register.text.contains("The register is empty"));
    let seeded = coordinator.post("/risks/seed", &[]).await;
    assert_eq!(seeded.status, StatusCode::SEE_OTHER, "{}", seeded.text);

    // An analyst of another agency than the coordinator's.
    let mut analyst = app.person("duty@cert.example", "cert", Role::Analyst).await;
    analyst.get("/risks").await;
    let risks = analyst
        .get("/api/v1/risks?threat_kind=ddos&sort=number")
        .await
        .json();
    let id = risks["risks"][0]["id"].as_str().unwrap().to_owned();
    let assessed = analyst
        .api(
            Method::POST,
            &format!("/api/v1/risks/{id}/assessments"),
            None,
            Some(
                json!({"likelihood": 4, "impact": 5, "residual_likelihood": 2, "residual_impact": 5,
                        "rationale": "Attacks on results sites in the region"}),
            ),
        )
        .await;
    assert_eq!(assessed.status, StatusCode::OK, "{}", assessed.text);
    assert_eq!(assessed.json()["score"], 20);
    // Through the page form too.
    let page = coordinator.get(&format!("/risks/{id}")).await;
    assert!(page.text.contains("Attacks on results sites"));
    let formed = coordinator
        .post(
            &format!("/risks/{id}/work"),
            &[("action", "assess"), ("likelihood", "1"), ("impact", "2")],
        )
        .await;
    assert_eq!(formed.status, StatusCode::SEE_OTHER, "{}", formed.text);
    let detail = analyst.get(&format!("/api/v1/risks/{id}")).await.json();
    assert_eq!(detail["consensus"]["disagreement"], true);
    assert_eq!(detail["history"].as_array().unwrap().len(), 2);

    // The heat map counts the risk in its cell; the list says the agencies disagree.
    let register = analyst.get("/risks?disagreement=true").await;
    assert!(
        register.text.contains("<svg"),
        "the heat map is server-rendered SVG"
    );
    assert!(register.text.contains("1 risk of likelihood"));
    assert!(register.text.contains("disagree"));

    // CSV, read back with a CSV parser.
    let csv = analyst.get("/api/v1/risks.csv?threat_kind=ddos").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let mut reader = csv::Reader::from_reader(csv.text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(!rows.is_empty());
    let score = headers.iter().position(|h| h == "score").unwrap();
    let disagreement = headers.iter().position(|h| h == "disagreement").unwrap();
    let ours = rows
        .iter()
        .find(|r| r.get(disagreement) == Some("true"))
        .unwrap();
    assert!(!ours[score].is_empty());
    // People read names beside the identifiers.
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let model = super::demoland();
    let asset = model
        .assets
        .items()
        .iter()
        .find(|a| a.key == ours[column("asset")])
        .unwrap();
    assert_eq!(&ours[column("asset_name")], asset.name.as_str());

    // Measures: overdue ones stand out.
    let measure = coordinator
        .api(
            Method::POST,
            "/api/v1/measures",
            None,
            Some(json!({"family": "securing_technology", "title": "Scrubbing service for the results site",
                        "owner": "cec", "due_on": "2020-01-01", "risks": [id]})),
        )
        .await;
    assert_eq!(measure.status, StatusCode::CREATED, "{}", measure.text);
    assert_eq!(measure.json()["overdue"], true);
    let measures = analyst.get("/measures").await;
    assert!(measures.text.contains("1 overdue"));
}

#[tokio::test]
async fn observers_do_not_read_the_register_and_bad_input_is_refused() {
    let app = TestApp::new().await;
    let mut observer = app.signed_in(Role::Observer).await;
    for path in [
        "/risks",
        "/measures",
        "/api/v1/risks",
        "/api/v1/risks.csv",
        "/api/v1/measures",
    ] {
        assert_eq!(
            observer.get(path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    assert!(!observer.get("/").await.text.contains("href=\"/risks\""));

    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let id = coordinator.seeded_risk("").await;
    let mut reader = app.signed_in(Role::Reader).await;
    reader.get("/risks").await;
    let refused = reader
        .api(
            Method::POST,
            &format!("/api/v1/risks/{id}/assessments"),
            None,
            Some(json!({"likelihood": 3, "impact": 3})),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let cases = [
        (
            format!("/api/v1/risks/{id}/assessments"),
            json!({"likelihood": 9, "impact": 3}),
            "from 1 to 5",
        ),
        (
            format!("/api/v1/risks/{id}/assessments"),
            json!({"likelihood": 3, "impact": 3, "residual_impact": 2}),
            "both",
        ),
        (
            format!("/api/v1/risks/{id}/assessments"),
            json!({"likelihood": 3, "impact": 3, "colour": 1}),
            "unknown field",
        ),
        (
            format!("/api/v1/risks/{id}/assessments"),
            json!({"likelihood": "high", "impact": 3}),
            "not valid",
        ),
        (
            format!("/api/v1/risks/{id}/handling"),
            json!({"treatment": "ignore", "status": "open"}),
            "treatment",
        ),
        (
            format!("/api/v1/risks/{id}/handling"),
            json!({"treatment": "reduce", "status": "open", "next_review": "soon"}),
            "next_review",
        ),
        (
            format!("/api/v1/risks/{id}/handling"),
            json!({"treatment": "reduce", "status": "open", "owner": "nobody"}),
            "not an organisation",
        ),
        (
            "/api/v1/risks".to_owned(),
            json!({"threat_kind": "ddos", "asset": "nothing", "phase": "voting"}),
            "not an asset",
        ),
        (
            "/api/v1/risks".to_owned(),
            json!({"threat_kind": "dos", "asset": "results-website", "phase": "voting"}),
            "did you mean",
        ),
        (
            "/api/v1/measures".to_owned(),
            json!({"family": "magic", "title": "t", "owner": "cec"}),
            "family",
        ),
        (
            "/api/v1/measures".to_owned(),
            json!({"family": "quality_control", "title": "x".repeat(201), "owner": "cec"}),
            "longer than 200",
        ),
        (
            "/api/v1/measures".to_owned(),
            json!({"family": "quality_control", "title": "t", "owner": "cec", "risks": ["nope"]}),
            "not a risk",
        ),
    ];
    for (path, body, expected) in cases {
        expect_refusal(&mut coordinator, &path, body, expected).await;
    }
    for query in ["sort=random", "phase=lunch", "status=%27%20OR%201=1"] {
        assert_eq!(
            coordinator
                .get(&format!("/api/v1/risks?{query}"))
                .await
                .status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{query}"
        );
    }
    let history = coordinator.get(&format!("/api/v1/risks/{id}")).await.json();
    assert_eq!(
        history["history"].as_array().unwrap().len(),
        0,
        "nothing was written"
    );
    assert_eq!(
        coordinator.get("/api/v1/measures").await.json()["measures"],
        json!([])
    );
    let missing = coordinator.get("/api/v1/risks/not-a-risk").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_calendar_holds_the_phases_and_the_meetings_of_ones_forums() {
    let app = TestApp::new().await;
    // A recorded meeting whose title tries to start an event of its own.
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/forums/taskforce/meetings/new").await;
    let recorded = coordinator
        .post(
            "/forums/taskforce/meetings",
            &[
                ("version", "0"),
                ("date", "2027-01-02"),
                (
                    "title",
                    "Weekly\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected; x,y",
                ),
            ],
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.text);
    // The CEC sits in the task force, which meets weekly.
    let mut cec = app.signed_in(Role::Analyst).await;
    let response = cec.get("/api/v1/calendar.ics").await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(
        response.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let unfolded = icalendar::parser::unfold(&response.text);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    let summary = |e: &icalendar::parser::Component<'_>| {
        e.find_prop("SUMMARY")
            .map(|p| p.val.to_string())
            .unwrap_or_default()
    };
    for event in &events {
        for required in ["UID", "DTSTAMP", "DTSTART", "SUMMARY"] {
            assert!(
                event.find_prop(required).is_some(),
                "{required} in {}",
                summary(event)
            );
        }
    }
    let injected: Vec<String> = events
        .iter()
        .map(|e| summary(e))
        .filter(|s| s.contains("Injected"))
        .collect();
    assert_eq!(
        injected.len(),
        1,
        "one event, its title kept as text: {injected:?}"
    );
    assert!(injected[0].contains("Weekly"), "{injected:?}");
    let voting = events
        .iter()
        .find(|e| summary(e).ends_with(": Voting"))
        .expect("the voting phase");
    let start = voting.find_prop("DTSTART").unwrap();
    assert!(
        start
            .params
            .iter()
            .any(|p| p.val.as_ref().map(|v| v.as_str()) == Some("DATE")),
        "phases are all-day events"
    );
    assert!(
        events
            .iter()
            .any(|e| summary(e).starts_with("Election Cyber Task Force"))
    );
    // The data-protection authority sits in no forum: phases only.
    let mut dpa = app.person("desk@dpa.example", "dpa", Role::Reader).await;
    let theirs = dpa.get("/api/v1/calendar.ics").await.text;
    assert!(theirs.contains("Voting"));
    assert!(
        !theirs.contains("Election Cyber Task Force"),
        "not their forum"
    );
    let uids: std::collections::BTreeSet<String> = events
        .iter()
        .map(|e| e.find_prop("UID").unwrap().val.to_string())
        .collect();
    assert_eq!(uids.len(), events.len(), "every event has its own UID");
    // Without a session or a token there is no calendar.
    assert_eq!(
        app.client().get("/api/v1/calendar.ics").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_dashboard_shows_the_picture_each_reader_may_see() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/dashboard").await;
    // A STRICT incident of the CEC's, a seeded and assessed register, an overdue measure.
    let reported = coordinator
        .api(
            Method::POST,
            "/api/v1/incidents",
            None,
            Some(
                json!({"title": "Results site slow", "threat_kind": "ddos", "severity": "critical",
                        "tlp": "amber+strict"}),
            ),
        )
        .await;
    assert_eq!(reported.status, StatusCode::CREATED, "{}", reported.text);
    let id = coordinator.seeded_risk("?threat_kind=ddos").await;
    coordinator
        .api(
            Method::POST,
            &format!("/api/v1/risks/{id}/assessments"),
            None,
            Some(json!({"likelihood": 5, "impact": 4})),
        )
        .await;
    coordinator
        .api(
            Method::POST,
            "/api/v1/measures",
            None,
            Some(
                json!({"family": "securing_technology", "title": "Second hosting site",
                        "owner": "cec", "due_on": "2021-03-01"}),
            ),
        )
        .await;

    let page = coordinator.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("General election 2027"));
    assert!(page.text.contains("days to polling day"));
    assert!(
        page.text.contains("<span class=\"number\">1</span> open"),
        "the CEC sees its incident"
    );
    assert!(page.text.contains("Open incidents by kind"));
    assert!(page.text.contains("Second hosting site"), "overdue measure");
    assert!(
        page.text
            .contains("<span class=\"sev sev-critical\">20</span>"),
        "top risk"
    );
    assert!(
        page.text.contains("1 risk of likelihood 5 and impact 4"),
        "the heat map counts the assessed risk"
    );
    assert!(page.text.contains("Reachable now"));
    assert!(
        page.text.contains("CEC security duty officer"),
        "a 24/7 emergency contact"
    );

    // The CERT is not in the STRICT audience: its count does not reveal the incident.
    let mut cert = app.person("duty@cert.example", "cert", Role::Analyst).await;
    let theirs = cert.get("/dashboard").await;
    assert!(theirs.text.contains("<span class=\"number\">0</span> open"));
    assert!(!theirs.text.contains("Results site slow"));

    // Observers: no register, no contacts.
    let mut observer = app.signed_in(Role::Observer).await;
    let observed = observer.get("/dashboard").await;
    assert_eq!(observed.status, StatusCode::OK);
    assert!(!observed.text.contains("Top risks"));
    assert!(!observed.text.contains("CEC security duty officer"));
    assert!(
        observed
            .text
            .contains("No emergency contact you can see answers now")
    );
}

#[tokio::test]
async fn the_asset_register_shows_threats_and_for_members_the_risks() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/risks").await;
    coordinator.post("/risks/seed", &[]).await;
    let page = coordinator.get("/assets").await;
    assert_eq!(page.status, StatusCode::OK);
    let row = page
        .text
        .split("<tr id=\"asset-results-website\">")
        .nth(1)
        .and_then(|rest| rest.split("</tr>").next())
        .expect("the results website's row");
    assert!(row.contains("Denial of service"), "{row}");
    assert!(row.contains("Central Election Commission"));
    assert!(row.contains("<td>yes</td>"), "internet-facing: {row}");
    assert!(row.contains("C: low · I: high · A: high"), "{row}");
    let register = page
        .text
        .split("<tr id=\"asset-voter-register\">")
        .nth(1)
        .and_then(|rest| rest.split("</tr>").next())
        .expect("the voter register's row");
    assert!(register.contains("ISO/IEC 27001"), "{register}");
    assert!(
        row.contains("Demotel <span class=\"muted\">(hosting and DDoS protection)</span>"),
        "the supply chain: {row}"
    );
    assert!(row.contains("no certification recorded"), "{row}");
    assert!(page.text.contains("Highest joint score"));

    // The same register as JSON, in the OpenAPI document; risk figures for members only.
    let api = coordinator.get("/api/v1/assets").await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.text);
    let json = api.json();
    assert_eq!(json["known"], true);
    let entry = |json: &serde_json::Value, id: &str| {
        json["assets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .cloned()
            .unwrap()
    };
    let site = entry(&json, "results-website");
    assert_eq!(site["kind"], "results_website");
    assert_eq!(site["operator"]["id"], "cec");
    assert_eq!(site["internet_facing"], true);
    assert_eq!(site["availability"], "high");
    assert_eq!(site["supply_chain"][0]["supplier"]["id"], "demotel");
    assert_eq!(site["supply_chain"][0]["certifications"], json!([]));
    assert!(site["threats"].as_array().unwrap().contains(&json!("ddos")));
    assert!(site["risks"].as_u64().unwrap() > 0, "{site}");
    let transmission = entry(&json, "results-transmission");
    assert_eq!(
        transmission["supply_chain"][0]["certifications"],
        json!(["ISO/IEC 27001"])
    );
    let openapi = coordinator.get("/api/v1/openapi.json").await.json();
    for path in [
        "/api/v1/assets",
        "/api/v1/risks",
        "/api/v1/risks.csv",
        "/api/v1/measures",
        "/api/v1/sitreps",
        "/api/v1/sitreps/{id}/pdf",
        "/api/v1/calendar.ics",
        "/api/v1/hygiene",
    ] {
        assert!(
            openapi["paths"].get(path).is_some(),
            "{path} in the OpenAPI document"
        );
    }
    assert!(openapi["components"]["schemas"].get("AssetEntry").is_some());
    let mut observer = app.signed_in(Role::Observer).await;
    let theirs = observer.get("/assets").await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert!(theirs.text.contains("Official results website"));
    assert!(
        !theirs.text.contains("Highest joint score"),
        "the register is for members"
    );
    let observed = observer.get("/api/v1/assets").await.json();
    let site = entry(&observed, "results-website");
    assert!(site.get("risks").is_none(), "{site}");
    assert!(site.get("highest_joint_score").is_none());
    assert_eq!(
        app.client().get("/api/v1/assets").await.status,
        StatusCode::UNAUTHORIZED
    );
}

/// Demoland with its calendar moved so that polling day is today.
fn demoland_on_polling_day() -> liaison_domain::model::Model {
    let mut model = super::demoland();
    let election = model.election.as_mut().unwrap();
    let voting = election
        .phases
        .iter()
        .find(|p| p.phase == liaison_domain::catalogue::Phase::Voting)
        .and_then(|p| p.dates.known().copied())
        .unwrap();
    let shift = liaison_store::testing::test_now().date() - voting.from;
    for phase in &mut election.phases {
        if let liaison_domain::Knowable::Known(range) = &mut phase.dates {
            range.from += shift;
            range.to += shift;
        }
    }
    model
}

/// The "done when": the CEC's coordinator opens the dashboard on polling day and sees the
/// phase, each agency's view of the risks, the overdue measures and a report ready to approve.
#[tokio::test]
async fn on_polling_day_the_coordinator_sees_the_joint_picture() {
    let app = TestApp::with_model(&demoland_on_polling_day()).await;
    let today = app.now().date();
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let mut cert = app.person("duty@cert.example", "cert", Role::Analyst).await;
    let risk = coordinator.seeded_risk("?threat_kind=ddos").await;
    // The CEC rates the risk critical, the CERT low: the register shows both and their disagreement.
    for (client, likelihood, impact) in [(&mut coordinator, 5, 4), (&mut cert, 2, 3)] {
        let assessed = client
            .api(
                Method::POST,
                &format!("/api/v1/risks/{risk}/assessments"),
                None,
                Some(json!({"likelihood": likelihood, "impact": impact})),
            )
            .await;
        assert_eq!(assessed.status, StatusCode::OK, "{}", assessed.text);
    }
    for (title, due_on) in [
        (
            "Failover drill for the results site",
            today - time::Duration::days(1),
        ),
        (
            "Brief the press office on rumours",
            today + time::Duration::days(1),
        ),
    ] {
        let added = coordinator
            .api(
                Method::POST,
                "/api/v1/measures",
                None,
                Some(
                    json!({"family": "securing_technology", "title": title, "owner": "cec",
                            "due_on": due_on.to_string()}),
                ),
            )
            .await;
        assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    }
    let sitrep = coordinator
        .created("/api/v1/sitreps", json!({"forum": "taskforce"}))
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let page = coordinator.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = &page.text;
    let now = text.split("id=\"phase-title\"").nth(1).unwrap();
    assert!(now.contains("<p class=\"number\">Voting</p>"), "{now}");
    assert!(now.contains("Polling day is today"), "{now}");
    assert!(
        now.contains("href=\"/api/v1/calendar.ics\""),
        "the calendar to download"
    );
    let ics = coordinator.get("/api/v1/calendar.ics").await;
    assert_eq!(ics.status, StatusCode::OK, "the session downloads it");
    assert!(
        ics.text.contains(&format!(
            "DTSTART;VALUE=DATE:{}",
            today.to_string().replace('-', "")
        )),
        "polling day is in the file"
    );
    let top = text
        .split("id=\"risks-title\"")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap();
    assert!(top.contains("Denial of service"), "{top}");
    assert!(top.contains("agencies disagree"), "{top}");
    assert!(
        top.contains("<span class=\"sev sev-critical\">20</span>"),
        "an even split takes the graver middle: {top}"
    );
    assert!(top.contains("CEC 20"), "the CEC's view: {top}");
    assert!(top.contains("CERT-DL 6"), "the CERT's view: {top}");
    let overdue = text
        .split("id=\"measures-title\"")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap();
    assert!(overdue.contains("Failover drill for the results site"));
    assert!(
        !overdue.contains("Brief the press office"),
        "due tomorrow is not overdue: {overdue}"
    );
    let approve = text
        .split("id=\"approve-title\"")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .expect("a report to approve");
    assert!(approve.contains(&format!("/sitreps/{sitrep}")), "{approve}");
    // On polling day the election-period desks answer too: 25 in all, 10 on the dashboard (the
    // national bodies first), every one on the list it links to.
    let reachable = text.split("id=\"duty-title\"").nth(1).unwrap();
    assert!(reachable.contains("15 more reachable now"), "{reachable}");
    let all = coordinator.get("/contact-sheet?reachable=now").await.text;
    assert!(
        all.contains("Northern regional election duty desk"),
        "election-period desks answer on polling day: {all}"
    );

    // Every page names the phase in its header, for observers too (the calendar is public).
    let header = |text: &str| {
        text.split("class=\"phase-now\"")
            .nth(1)
            .and_then(|rest| rest.split("</a>").next())
            .map(str::to_owned)
    };
    let incidents = coordinator.get("/incidents").await;
    let shown = header(&incidents.text).expect("the phase in the header");
    assert!(shown.contains("<strong>Voting</strong>"), "{shown}");
    assert!(shown.contains("ends today"), "{shown}");
    let mut observer = app.signed_in(Role::Observer).await;
    let organisations = observer.get("/organisations").await;
    assert!(header(&organisations.text).is_some_and(|h| h.contains("Voting")));

    // The CERT sees the same risk picture but has no report of the CEC's forum to approve.
    let theirs = cert.get("/dashboard").await;
    assert!(theirs.text.contains("agencies disagree"));
    assert!(!theirs.text.contains("id=\"approve-title\""));
}

/// Every change is audited: an unchanged count of audit entries means nothing was written.
async fn audit_entries(app: &TestApp) -> i64 {
    app.db.store.verify_audit_chain().await.unwrap().entries
}

/// The register's forms and the endpoints the first table does not reach: bad, hostile and
/// oversized input gets a 4xx with a sentence, never a 500, and writes nothing.
#[tokio::test]
async fn the_register_refuses_bad_input_on_every_form_and_endpoint() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let risk = coordinator.seeded_risk("").await;
    let measure = coordinator
        .api(
            Method::POST,
            "/api/v1/measures",
            None,
            Some(json!({"family": "supply_chain_security", "title": "Audit the vendor", "owner": "cec"})),
        )
        .await
        .json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let before = audit_entries(&app).await;

    let api = [
        (
            format!("/api/v1/risks/{risk}/assessments"),
            json!({"likelihood": 2, "impact": 2, "residual_likelihood": 3, "residual_impact": 2}),
            "residual",
        ),
        (
            format!("/api/v1/risks/{risk}/assessments"),
            json!({"likelihood": 2, "impact": 2, "rationale": "x".repeat(5_001)}),
            "longer than",
        ),
        (
            "/api/v1/measures".to_owned(),
            json!({"family": "supply_chain_security", "title": "t", "owner": "cec", "due_on": "next week"}),
            "due",
        ),
        (
            "/api/v1/measures".to_owned(),
            json!({"family": "supply_chain_security", "title": "t", "owner": "nobody"}),
            "not an organisation",
        ),
        (
            format!("/api/v1/measures/{measure}"),
            json!({"status": "finished"}),
            "status",
        ),
        (
            format!("/api/v1/measures/{measure}"),
            json!({"status": "done", "due_on": "2027-02-30"}),
            "due",
        ),
    ];
    for (path, body, expected) in api {
        expect_refusal(&mut coordinator, &path, body, expected).await;
    }

    // The CSV export checks its filters as the list does, on both routes.
    for path in [
        "/api/v1/risks.csv?sort=evil",
        "/api/v1/risks.csv?threat_kind=%27%20OR%201%3D1",
        "/risks.csv?phase=tomorrow",
    ] {
        let response = coordinator.get(path).await;
        assert!(
            response.status.is_client_error(),
            "{path}: {} {}",
            response.status,
            response.text
        );
        assert!(!response.text.contains("RISK-1"), "{path} exported");
    }
    let export = coordinator.get("/risks.csv").await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(export.text.contains("RISK-1"));

    // The forms: a bad value, an unknown action, a version that is not a number, a huge text.
    let huge = "x".repeat(100_000);
    let forms: Vec<(String, Vec<(&str, &str)>)> = vec![
        (
            format!("/risks/{risk}/work"),
            vec![("action", "assess"), ("likelihood", "9"), ("impact", "3")],
        ),
        (
            format!("/risks/{risk}/work"),
            vec![("action", "assess"), ("likelihood", "<b>"), ("impact", "3")],
        ),
        (
            format!("/risks/{risk}/work"),
            vec![
                ("action", "assess"),
                ("likelihood", "3"),
                ("impact", "3"),
                ("rationale", &huge),
            ],
        ),
        (format!("/risks/{risk}/work"), vec![("action", "delete")]),
        (
            format!("/risks/{risk}/work"),
            vec![
                ("action", "handle"),
                ("version", "one"),
                ("owner", "cec"),
                ("treatment", "reduce"),
                ("status", "open"),
            ],
        ),
        (
            format!("/risks/{risk}/work"),
            vec![
                ("action", "handle"),
                ("owner", "cec"),
                ("treatment", "pray"),
                ("status", "open"),
            ],
        ),
        (
            "/measures".to_owned(),
            vec![("title", "t"), ("family", "magic"), ("owner", "cec")],
        ),
        (
            "/measures".to_owned(),
            vec![
                ("title", &huge),
                ("family", "supply_chain_security"),
                ("owner", "cec"),
            ],
        ),
        (
            "/measures".to_owned(),
            vec![
                ("title", "t"),
                ("family", "supply_chain_security"),
                ("owner", "cec"),
                ("due_on", "31/12/2027"),
            ],
        ),
        (
            format!("/measures/{measure}"),
            vec![("status", "finished"), ("version", "1")],
        ),
        (
            format!("/measures/{measure}"),
            vec![("status", "done"), ("version", "1; DROP TABLE measures")],
        ),
        ("/sitreps".to_owned(), vec![("forum", "no-such-forum")]),
        (
            "/sitreps".to_owned(),
            vec![
                ("forum", "taskforce"),
                ("from", "2027-05-20"),
                ("to", "2027-05-01"),
            ],
        ),
        (
            "/hygiene".to_owned(),
            vec![
                ("training", "7"),
                ("maintenance", "3"),
                ("procedures", "3"),
                ("separation", "3"),
                ("screening", "3"),
                ("proportionate_defence", "3"),
                ("shared_with", "own"),
            ],
        ),
    ];
    for (path, fields) in &forms {
        let response = coordinator.post(path, fields).await;
        assert!(
            matches!(
                response.status,
                StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY
            ),
            "{path} {:?}: {} {}",
            fields.iter().map(|f| (f.0, f.1.len())).collect::<Vec<_>>(),
            response.status,
            &response.text[..response.text.len().min(300)]
        );
        assert!(
            response.text.contains("class=\"error\"") || response.text.contains("role=\"alert\""),
            "{path}: the page says what is wrong"
        );
    }
    assert_eq!(audit_entries(&app).await, before, "nothing was written");
    let unchanged = coordinator
        .get(&format!("/api/v1/risks/{risk}"))
        .await
        .json();
    assert_eq!(unchanged["assessments"], json!([]));
    assert_eq!(unchanged["version"], 1);
}

#[tokio::test]
async fn the_register_sitreps_and_hygiene_answer_as_the_openapi_document_says() {
    use super::incidents::conforms;
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/").await;
    let openapi = coordinator.get("/api/v1/openapi.json").await.json();
    let seeded = coordinator
        .api(Method::POST, "/api/v1/risks/seed", None, None)
        .await;
    conforms(&openapi, "SeededSchema", &seeded.json());
    let risks = coordinator.get("/api/v1/risks").await.json();
    conforms(&openapi, "RiskListSchema", &risks);
    let id = risks["risks"][0]["id"].as_str().unwrap().to_owned();
    let assessed = coordinator
        .api(
            Method::POST,
            &format!("/api/v1/risks/{id}/assessments"),
            None,
            Some(json!({"likelihood": 4, "impact": 5, "residual_likelihood": 2, "residual_impact": 3})),
        )
        .await;
    conforms(&openapi, "RiskSchema", &assessed.json());
    let detail = coordinator.get(&format!("/api/v1/risks/{id}")).await.json();
    assert!(detail["consensus"].is_object());
    conforms(&openapi, "RiskDetailSchema", &detail);
    let measure = coordinator
        .created(
            "/api/v1/measures",
            json!({"family": "securing_technology", "title": "Scrubbing service", "owner": "cec", "risks": [id]}),
        )
        .await;
    conforms(&openapi, "MeasureSchema", &measure);
    let measures = coordinator.get("/api/v1/measures").await.json();
    conforms(&openapi, "MeasureListSchema", &measures);

    let sitrep = coordinator
        .created("/api/v1/sitreps", json!({"forum": "taskforce"}))
        .await;
    conforms(&openapi, "SitrepSchema", &sitrep);
    let sitreps = coordinator.get("/api/v1/sitreps").await.json();
    conforms(&openapi, "SitrepListSchema", &sitreps);

    let assessment = coordinator
        .created(
            "/api/v1/hygiene",
            json!({"answers": [3, 2, 1, 0, 3, 3], "shared_with": "members"}),
        )
        .await;
    conforms(&openapi, "HygieneAssessmentSchema", &assessment);
    let overview = coordinator.get("/api/v1/hygiene").await.json();
    assert!(!overview["comparison"].as_array().unwrap().is_empty());
    conforms(&openapi, "HygieneOverviewSchema", &overview);
}

#[tokio::test]
async fn the_register_shows_a_page_at_a_time_and_its_counts_agree_with_what_it_shows() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/risks").await;
    coordinator.post("/risks/seed", &[]).await;
    let listed = coordinator.get("/api/v1/risks?limit=500").await.json();
    let all: Vec<String> = listed["risks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    let total = all.len();
    assert!(total > 100, "the seeded register has {total} risks");
    let rows = |page: &str| -> Vec<String> {
        page.split("<tr><td><a href=\"/risks/")
            .skip(1)
            .map(|r| r[..r.find('"').unwrap()].to_owned())
            .collect()
    };
    let next_of = |page: &str| -> Option<String> {
        let end = page.find("\" rel=\"next\"")?;
        let start = page[..end].rfind("href=\"")? + 6;
        Some(page[start..end].replace("&#38;", "&"))
    };

    // Page after page, following the links: every risk once, in the register's order.
    let mut path = "/risks".to_owned();
    let mut seen = Vec::new();
    let mut pages = 0;
    loop {
        let page = coordinator.get(&path).await.text;
        let shown = rows(&page);
        let from = seen.len() + 1;
        assert!(
            page.contains(&format!(
                "Risks {from} to {} of {total}.",
                from + shown.len() - 1
            )),
            "{path}"
        );
        assert_eq!(pages > 0, page.contains("rel=\"first\""), "{path}");
        seen.extend(shown);
        pages += 1;
        match next_of(&page) {
            Some(next) => path = next,
            None => break,
        }
    }
    assert_eq!(pages, total.div_ceil(50));
    assert_eq!(
        seen, all,
        "the pages hold the register in order, each risk once"
    );

    // The filters and the order travel with the links.
    let by_number = coordinator.get("/risks?sort=number").await.text;
    let next = next_of(&by_number).unwrap();
    assert!(next.starts_with("/risks?sort=number&after="), "{next}");
    // A link that names no place in the register is said, and the first page shown.
    // A place whose count of risks before it is the largest number there is: still a page.
    let huge = "MTg0NDY3NDQwNzM3MDk1NTE2MTV8MXwwfA";
    for path in ["/risks", "/api/v1/risks"] {
        let r = coordinator.get(&format!("{path}?after={huge}")).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.text);
    }
    for hostile in [
        "0",
        "-1",
        "abc",
        "MXwy",
        "99999999999999999999999",
        &"A".repeat(300),
    ] {
        let page = coordinator.get(&format!("/risks?after={hostile}")).await;
        assert_eq!(page.status, StatusCode::OK, "{hostile}");
        assert!(
            page.text
                .contains("That link no longer leads to a page of the register"),
            "{hostile}"
        );
        assert_eq!(rows(&page.text).len(), 50);
    }
}

/// The API's pages, in every order and under a filter, hold the same risks in the same order
/// as one long page; a bad `after` is refused.
#[tokio::test]
async fn the_register_api_pages_on_the_keys_of_its_order() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/risks").await;
    coordinator.post("/risks/seed", &[]).await;
    // Some risks assessed, some with review dates, so every order has ties and gaps.
    let ids: Vec<String> = coordinator
        .get("/api/v1/risks?sort=number&limit=500")
        .await
        .json()["risks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    for (n, id) in ids.iter().enumerate().take(24) {
        let rating = json!({"likelihood": 1 + n % 5, "impact": 1 + (n / 5) % 5});
        let r = coordinator
            .api(
                Method::POST,
                &format!("/api/v1/risks/{id}/assessments"),
                None,
                Some(rating),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        if n % 3 == 0 {
            let review = format!("2027-0{}-1{}", 1 + n % 9, n % 10);
            let r = coordinator
                .api(
                    Method::POST,
                    &format!("/api/v1/risks/{id}/handling"),
                    None,
                    Some(json!({"treatment": "reduce", "status": "open", "next_review": review})),
                )
                .await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        }
    }
    for query in [
        "sort=score",
        "sort=number",
        "sort=review",
        "sort=score&threat_kind=ddos",
    ] {
        let whole: Vec<serde_json::Value> = coordinator
            .get(&format!("/api/v1/risks?{query}&limit=500"))
            .await
            .json()["risks"]
            .as_array()
            .unwrap()
            .clone();
        let paged = every_page(
            &mut coordinator,
            &format!("/api/v1/risks?{query}"),
            "risks",
            7,
        )
        .await;
        let key = |r: &serde_json::Value| r["id"].as_str().unwrap().to_owned();
        assert_eq!(
            paged.iter().map(key).collect::<Vec<_>>(),
            whole.iter().map(key).collect::<Vec<_>>(),
            "{query}"
        );
    }
    refuses_places_of_no_list(&mut coordinator, "/api/v1/risks").await;
}

/// Every item of the list at `path` (with its query), read `limit` at a time by following
/// the `next` of each page.
async fn every_page(
    client: &mut super::Client,
    path: &str,
    field: &str,
    limit: usize,
) -> Vec<serde_json::Value> {
    let mut items = Vec::new();
    let mut after = String::new();
    loop {
        let page = client
            .get(&format!("{path}&limit={limit}{after}"))
            .await
            .json();
        items.extend(page[field].as_array().unwrap().iter().cloned());
        match page["next"].as_str() {
            Some(next) => after = format!("&after={next}"),
            None => return items,
        }
    }
}

/// An `after` that names no place in the list is refused with a clear error.
async fn refuses_places_of_no_list(client: &mut super::Client, path: &str) {
    for bad in ["abc", "MXwy", "MnwxfA", &"A".repeat(300)] {
        let r = client
            .api(Method::GET, &format!("{path}?after={bad}"), None, None)
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{path} {bad}: {}",
            r.text
        );
    }
}

/// The measures page after page: overdue first, then by due date (undated last), each once,
/// whether read through the API or followed on the page.
#[tokio::test]
async fn the_measures_page_on_the_keys_of_their_order() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/measures").await;
    // Overdue, due later, without a date, and done although past due, with ties on the dates.
    for i in 0..70 {
        let due_on = match i % 4 {
            0 => json!(format!("2026-10-{:02}", i % 7 + 1)),
            1 => json!(format!("2027-02-{:02}", i % 5 + 1)),
            2 => json!(null),
            _ => json!(format!("2026-09-{:02}", i % 3 + 1)),
        };
        let made = coordinator
            .created(
                "/api/v1/measures",
                json!({"family": "securing_technology", "title": format!("Measure {i:02}"),
                       "owner": "cec", "due_on": due_on}),
            )
            .await;
        if i % 4 == 3 {
            let id = made["id"].as_str().unwrap();
            let r = coordinator
                .api(
                    Method::POST,
                    &format!("/api/v1/measures/{id}"),
                    None,
                    Some(json!({"status": "done"})),
                )
                .await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        }
    }
    let whole = coordinator.get("/api/v1/measures?limit=500").await.json();
    let whole: Vec<serde_json::Value> = whole["measures"].as_array().unwrap().clone();
    assert_eq!(whole.len(), 70);
    // The order the list promises, checked on the whole list.
    let key = |m: &serde_json::Value| {
        (
            !m["overdue"].as_bool().unwrap(),
            m["due_on"].is_null(),
            m["due_on"].as_str().unwrap_or("").to_owned(),
            m["number"].as_i64().unwrap(),
        )
    };
    assert!(whole.windows(2).all(|w| key(&w[0]) < key(&w[1])));
    assert!(whole[0]["overdue"].as_bool().unwrap());

    let paged = every_page(&mut coordinator, "/api/v1/measures?", "measures", 6).await;
    assert_eq!(paged, whole);

    // The page: 50, then the rest, with the overdue count of all of them.
    let first = coordinator.get("/measures").await.text;
    let rows = |page: &str| {
        page.matches("<tr><td>M-").count() + page.matches("<tr class=\"overdue\"><td>M-").count()
    };
    assert_eq!(rows(&first), 50);
    let overdue = whole
        .iter()
        .filter(|m| m["overdue"].as_bool().unwrap())
        .count();
    assert!(first.contains(&format!("{overdue} overdue")), "{overdue}");
    let end = first.find("\" rel=\"next\"").unwrap();
    let start = first[..end].rfind("href=\"").unwrap() + 6;
    let second = coordinator
        .get(&first[start..end].replace("&#38;", "&"))
        .await
        .text;
    assert_eq!(rows(&second), 20);
    assert!(second.contains("rel=\"first\"") && !second.contains("rel=\"next\""));
    let hostile = coordinator.get("/measures?after=abc").await;
    assert_eq!(hostile.status, StatusCode::OK);
    assert!(hostile.text.contains("That link no longer leads"));
    refuses_places_of_no_list(&mut coordinator, "/api/v1/measures").await;
}
