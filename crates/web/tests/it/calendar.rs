//! The electoral calendar edited from its form: dates saved through the record checks, what an
//! empty row keeps, and bad input refused without a write.

use super::TestApp;
use axum::http::StatusCode;
use liaison_domain::access::{RecordKind, Role};

/// Every `name`/`value` pair of the inputs of `html`, as a browser would submit them.
fn inputs(html: &str) -> Vec<(String, String)> {
    html.split("<input")
        .skip(1)
        .filter_map(|tag| {
            let tag = tag.split('>').next()?;
            let attr = |name: &str| {
                tag.split(&format!(" {name}=\""))
                    .nth(1)
                    .and_then(|rest| rest.split('"').next())
                    .map(str::to_owned)
            };
            Some((attr("name")?, attr("value").unwrap_or_default()))
        })
        .filter(|(name, _)| name != "csrf")
        .collect()
}

fn with(fields: &[(String, String)], changes: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(k, v)| {
            let changed = changes.iter().find(|(name, _)| name == k).map(|c| c.1);
            (k.clone(), changed.unwrap_or(v).to_owned())
        })
        .collect()
}

async fn post(client: &mut super::Client, fields: &[(String, String)]) -> super::Response {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    client.post("/calendar", &pairs).await
}

#[tokio::test]
async fn the_calendar_is_edited_from_its_form() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let page = coordinator.get("/calendar").await;
    assert_eq!(page.status, StatusCode::OK);
    let fields = inputs(&page.text);
    let value = |name: &str| fields.iter().find(|f| f.0 == name).map(|f| f.1.as_str());
    assert_eq!(value("name"), Some("General election 2027"));
    assert_eq!(value("voting_from"), Some("2027-05-15"));
    assert_eq!(value("campaign_to"), Some("2027-05-14"));
    assert_eq!(value("audit_review_was"), Some("unknown"));

    // Polling day moves by a week; every other phase keeps its dates.
    let saved = post(
        &mut coordinator,
        &with(
            &fields,
            &[("voting_from", "2027-05-22"), ("campaign_to", "2027-05-21")],
        ),
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    let ics = coordinator.get("/api/v1/calendar.ics").await.text;
    assert!(ics.contains("DTSTART;VALUE=DATE:20270522"), "{ics}");
    let record = app
        .db
        .store
        .record(RecordKind::Election, "election", super::ALL_AUDIENCES)
        .await
        .unwrap();
    assert!(
        record.body.contains("voting: \"2027-05-22\""),
        "{}",
        record.body
    );
    assert!(
        record.body.contains("audit_review: unknown"),
        "an empty row keeps what it was"
    );
    assert!(
        record.body.contains("from: \"2027-04-17\""),
        "{}",
        record.body
    );
    assert_eq!(record.version, 2);

    // Bad input: a clear 4xx and nothing written.
    let fresh = inputs(&coordinator.get("/calendar").await.text);
    let before = app.db.store.verify_audit_chain().await.unwrap().entries;
    for (changes, status, expected) in [
        (
            vec![
                ("voting_from", "2027-05-22"),
                ("campaign_from", ""),
                ("campaign_to", "2027-05-21"),
            ],
            StatusCode::UNPROCESSABLE_ENTITY,
            "give its first day",
        ),
        (
            vec![
                ("counting_from", "2027-05-30"),
                ("counting_to", "2027-05-16"),
            ],
            StatusCode::UNPROCESSABLE_ENTITY,
            "before it starts",
        ),
        (
            vec![("voting_from", "2027-02-30")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "2027-02-30",
        ),
        (vec![("name", "")], StatusCode::UNPROCESSABLE_ENTITY, "name"),
        (vec![("version", "1")], StatusCode::CONFLICT, ""),
    ] {
        let response = post(&mut coordinator, &with(&fresh, &changes)).await;
        assert_eq!(response.status, status, "{changes:?}: {}", response.text);
        assert!(
            response.text.contains(expected),
            "{changes:?}: {}",
            response.text
        );
    }
    let huge = "x".repeat(100_000);
    let response = post(&mut coordinator, &with(&fresh, &[("name", huge.as_str())])).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.db.store.verify_audit_chain().await.unwrap().entries,
        before
    );

    // Observers read the calendar but have no form, and their posts are refused.
    let mut observer = app.signed_in(Role::Observer).await;
    let theirs = observer.get("/calendar").await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert!(theirs.text.contains("2027-05-22"));
    assert!(!theirs.text.contains("name=\"voting_from\""));
    assert_eq!(
        post(&mut observer, &fresh).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_calendar_is_a_timeline_of_the_phases_and_the_forums_meetings_with_today_marked() {
    let app = super::TestApp::new().await;
    let mut reader = app.signed_in(liaison_domain::access::Role::Reader).await;
    let page = reader.get("/calendar").await.text;
    let timeline = &page[page
        .find("<ol class=\"calendar-timeline\">")
        .expect("a timeline")..];
    let timeline = &timeline[..timeline.find("</ol>").unwrap()];
    // Today's phase is marked, in words too.
    let now = &timeline[timeline
        .find("aria-current=\"date\"")
        .expect("today marked")..];
    assert!(
        now[..now.find("</li>").unwrap()].contains("Planning and budgeting"),
        "{now}"
    );
    // The task force's meetings of 2027 are placed between the phases, by name.
    let meeting = timeline
        .find("<a href=\"/forums/taskforce\">Meeting of the Election Cyber Task Force</a>")
        .expect("a meeting");
    assert!(timeline.contains("14 April 2027"));
    let voting = timeline
        .find("<strong>Voting</strong>")
        .expect("polling day");
    assert!(meeting < voting, "April's meetings come before polling day");
    let french = reader.get_in("/calendar", "fr").await.text;
    assert!(french.contains("Chronologie") && french.contains("14 avril 2027"));
}
