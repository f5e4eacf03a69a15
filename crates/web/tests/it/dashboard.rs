//! The dashboard fits one wall screen whatever the size of the country: with 40 contacts who
//! answer, 30 overdue measures, 20 open incidents of many kinds and 10 reports to approve, each
//! list shows its first lines and sums up the rest with a link to the whole list. Tried in
//! office hours, when nearly everyone answers, and at night, when few do.

use super::{TestApp, demoland};
use axum::http::StatusCode;
use liaison_domain::Knowable;
use liaison_domain::access::Role;
use liaison_domain::catalogue::{Availability, ChannelKind, ContactKind};
use liaison_domain::model::{Channel, Contact, Model};
use serde_json::json;
use time::OffsetDateTime;
use time::macros::datetime;

/// A Wednesday in office hours, and the Saturday night after: Demoland is in its planning phase.
const OFFICE_HOURS: OffsetDateTime = datetime!(2026-11-25 11:20 UTC);
const NIGHT: OffsetDateTime = datetime!(2026-11-28 02:30 UTC);

/// Demoland with fifteen more emergency desks in its local offices, open in office hours: 40
/// emergency contacts answer on a weekday (25 of Demoland's own), 9 round-the-clock ones at night.
fn large_directory() -> Model {
    let mut model = demoland();
    let offices: Vec<_> = model
        .org_ids()
        .filter(|o| model.organisation(*o).key.starts_with("local-"))
        .collect();
    let extra: Vec<Contact> = (0..15)
        .map(|i| Contact {
            key: format!("desk-{i:02}"),
            organisation: offices[i % offices.len()],
            name: format!("Polling support desk {i:02}"),
            role: None,
            kind: ContactKind::Function,
            availability: Knowable::Known(Availability::OfficeHours),
            emergency: true,
            channels: vec![Channel {
                kind: ChannelKind::Landline,
                value: format!("+999 30 000 {i:04}"),
                out_of_band: true,
            }],
            last_verified: None,
        })
        .collect();
    if let Knowable::Known(contacts) = &mut model.contacts {
        contacts.extend(extra);
    }
    model
}

/// The part of a page between `start` and the end of its section.
fn section<'a>(page: &'a str, start: &str) -> &'a str {
    let from = page
        .find(start)
        .unwrap_or_else(|| panic!("{start} is on the page"));
    let rest = &page[from..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

/// 30 overdue measures, 20 open incidents of eight kinds and 10 draft reports of the task force
/// the CEC chairs, all through the API.
async fn fill_the_register(app: &TestApp) {
    let mut cec = app.signed_in(Role::Coordinator).await;
    cec.get("/account").await;
    for i in 0..30 {
        let due_on = format!("2026-10-{:02}", i % 28 + 1);
        cec.created(
            "/api/v1/measures",
            json!({"family": "securing_technology", "title": format!("Patch round {i:02}"),
                   "owner": "cec", "due_on": due_on}),
        )
        .await;
    }
    let kinds = [
        "ddos",
        "defacement",
        "malware",
        "ransomware",
        "apt",
        "social_engineering",
        "insider",
        "supply_chain",
    ];
    for i in 0..20 {
        cec.created(
            "/api/v1/incidents",
            json!({"title": format!("Incident {i:02}"), "threat_kind": kinds[i % kinds.len()],
                   "severity": "medium", "tlp": "amber"}),
        )
        .await;
    }
    for _ in 0..10 {
        cec.created("/api/v1/sitreps", json!({"forum": "taskforce"}))
            .await;
    }
}

#[tokio::test]
async fn in_office_hours_each_list_shows_its_first_lines_and_links_to_the_rest() {
    let app = TestApp::at(&large_directory(), OFFICE_HOURS).await;
    fill_the_register(&app).await;
    let mut cec = app.signed_in(Role::Coordinator).await;
    let page = cec.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);

    let duty = section(&page.text, "id=\"duty-title\"");
    assert_eq!(duty.matches("<li>").count(), 10, "{duty}");
    assert!(
        duty.contains("<a href=\"/contact-sheet?reachable=now\">30 more reachable now</a>"),
        "{duty}"
    );
    // National bodies first: the CEC's duty officer is shown, a local desk is not.
    assert!(duty.contains("CEC security duty officer"), "{duty}");
    assert!(!duty.contains("Polling support desk"), "{duty}");

    let measures = section(&page.text, "id=\"measures-title\"");
    assert_eq!(measures.matches("<li>").count(), 5, "{measures}");
    assert!(measures.contains("25 more overdue"), "{measures}");
    // The longest overdue first.
    assert!(measures.contains("due 1 October 2026"), "{measures}");

    let approve = section(&page.text, "id=\"approve-title\"");
    assert_eq!(approve.matches("<li>").count(), 4, "{approve}");
    assert!(approve.contains("6 more to approve"), "{approve}");

    let incidents = section(&page.text, "id=\"incidents-title\"");
    assert!(
        incidents.contains("<span class=\"number\">20</span> open"),
        "{incidents}"
    );
    assert_eq!(incidents.matches("class=\"bar\"").count(), 5, "{incidents}");
    // Eight kinds of 3, 3, 3, 3, 2, 2, 2, 2: the chart shows five, the other three hold 6.
    assert!(incidents.contains("6 more of other kinds"), "{incidents}");

    // The link leads to every contact who answers now, and only to them.
    let sheet = cec.get("/contact-sheet?reachable=now").await;
    assert_eq!(sheet.status, StatusCode::OK, "{}", sheet.text);
    assert_eq!(sheet.text.matches("(emergency)").count(), 40);
    assert!(sheet.text.contains("Polling support desk 14"));
    assert!(sheet.text.contains("25 Nov 2026, 11:20 UTC"));
    assert!(
        !sheet.text.contains("CEC press office"),
        "a routine contact is not an emergency one"
    );
}

#[tokio::test]
async fn at_night_the_few_who_answer_are_all_shown() {
    let app = TestApp::at(&large_directory(), NIGHT).await;
    let mut cec = app.signed_in(Role::Coordinator).await;
    let page = cec.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    let duty = section(&page.text, "id=\"duty-title\"");
    assert_eq!(duty.matches("<li>").count(), 9, "{duty}");
    assert!(!duty.contains("more reachable now"), "{duty}");
    assert!(!duty.contains("Polling support desk"), "{duty}");

    let sheet = cec.get("/contact-sheet?reachable=now").await;
    assert_eq!(sheet.text.matches("(emergency)").count(), 9);
}

#[tokio::test]
async fn the_reachable_list_refuses_what_it_does_not_know_and_hides_contacts_from_observers() {
    let app = TestApp::at(&large_directory(), OFFICE_HOURS).await;
    let mut cec = app.signed_in(Role::Coordinator).await;
    for bad in ["tomorrow", "NOW", "now%00", "%3Cscript%3E"] {
        let response = cec.get(&format!("/contact-sheet?reachable={bad}")).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(response.text.contains("reachable takes one value: now"));
    }
    // As long as a URI may be.
    let long = "n".repeat(60_000);
    let response = cec.get(&format!("/contact-sheet?reachable={long}")).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);

    let mut observer = app.signed_in(Role::Observer).await;
    let sheet = observer.get("/contact-sheet?reachable=now").await;
    assert_eq!(sheet.status, StatusCode::OK);
    assert_eq!(sheet.text.matches("(emergency)").count(), 0);
    assert!(
        sheet
            .text
            .contains("No emergency contact you can see answers now.")
    );
}
