//! Every page answers, and shows what it is for.

use super::TestApp;
use axum::http::StatusCode;
use liaison_domain::access::Role;

#[tokio::test]
async fn every_page_answers_a_platform_administrator() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    for (path, expect) in [
        ("/", "Demoland"),
        ("/organisations", "Central Election Commission"),
        ("/organisations/cec", "Still correct"),
        ("/contact-sheet", "Emergency contact sheet"),
        (
            "/contact-sheet?forum=taskforce",
            "Election Cyber Task Force",
        ),
        ("/forums", "Election Cyber Task Force"),
        ("/forums/taskforce", "Members"),
        ("/agreements", "Memorandum"),
        ("/agreements/cec-nss-protocol", "Boundaries of involvement"),
        ("/matrix", "cells with no accountable organisation"),
        ("/matrix?asset=party_systems", "gap"),
        ("/analysis", "Findings"),
        ("/incidents", "Escalation protocols"),
        ("/escalations", "High-severity incidents from voting"),
        ("/disinformation", "False claims about the process"),
        ("/dashboard", "General election 2027"),
        ("/risks", "Joint risk register"),
        ("/measures", "Mitigation measures"),
        ("/sitreps", "Situation reports"),
        ("/hygiene", "Cyber-hygiene self-assessment"),
        ("/assets", "Official results website"),
        ("/account/notifications", "E-mail"),
        ("/admin/webhooks", "Webhooks"),
        ("/network", "cytoscape.min.js"),
        ("/network.json", "\"elements\""),
        ("/model", "Download liaison-model.yaml"),
        ("/model/export.yaml", "jurisdiction:"),
        ("/admin/accounts", "Invite someone"),
        ("/admin/tokens", "New token"),
        ("/admin/audit", "Audit log"),
        ("/account", "Second factor"),
        ("/account/password", "Change your password"),
        ("/records/forum/taskforce/edit", "Election Cyber Task Force"),
        ("/records/asset/new", "new-asset"),
        ("/contacts/cec-duty/edit", "Channels"),
        ("/organisations/cert/contacts/new", "New contact"),
        ("/forums/taskforce/meetings/new", "New meeting"),
        ("/healthz", "ok"),
        ("/readyz", "ready"),
        ("/static/app.css", "Liaison"),
        ("/static/vendor/htmx/LICENSE", "Zero-Clause BSD"),
        ("/static/vendor/cytoscape/LICENSE", "MIT"),
    ] {
        let response = admin.get(path).await;
        assert_eq!(response.status, StatusCode::OK, "{path}: {}", response.text);
        assert!(
            response.text.contains(expect),
            "{path} does not show '{expect}'"
        );
    }
}

#[tokio::test]
async fn pages_carry_a_strict_content_security_policy_and_no_inline_script() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    for path in [
        "/",
        "/organisations/cec",
        "/matrix",
        "/network",
        "/analysis",
        "/login",
    ] {
        let response = admin.get(path).await;
        let csp = response
            .headers
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(
            response
                .headers
                .get("x-frame-options")
                .and_then(|v| v.to_str().ok()),
            Some("DENY")
        );
        for script in response.text.match_indices("<script") {
            let tag = &response.text[script.0
                ..response.text[script.0..]
                    .find('>')
                    .map_or(response.text.len(), |e| script.0 + e)];
            assert!(
                tag.contains("src=\"/static/"),
                "{path} has an inline script: {tag}"
            );
        }
    }
}

#[tokio::test]
async fn a_contact_is_confirmed_still_correct_with_one_click() {
    let app = TestApp::new().await;
    let mut analyst = app.signed_in(Role::Analyst).await;
    let page = analyst.get("/organisations/cec").await;
    assert!(page.text.contains("Still correct"));
    let record = app
        .db
        .store
        .record(
            liaison_domain::access::RecordKind::Contact,
            "cec-duty",
            super::ALL_AUDIENCES,
        )
        .await
        .unwrap();
    let version = record.version.to_string();
    let response = analyst
        .send(
            axum::http::Method::POST,
            "/contacts/cec-duty/verify",
            Some("application/x-www-form-urlencoded"),
            super::form(&[
                ("csrf", analyst.csrf.clone().unwrap().as_str()),
                ("version", &version),
            ])
            .into_bytes(),
            &[("hx-request", "true")],
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let today = app.now().date().to_string();
    assert!(
        response.text.starts_with("<tr id=\"contact-cec-duty\""),
        "a row to swap in"
    );
    assert!(response.text.contains(&today));
    let after = app
        .db
        .store
        .record(
            liaison_domain::access::RecordKind::Contact,
            "cec-duty",
            super::ALL_AUDIENCES,
        )
        .await
        .unwrap();
    assert!(after.body.contains(&today), "{}", after.body);
    assert_eq!(after.version, record.version + 1);
}

#[tokio::test]
async fn a_contact_is_edited_through_its_form() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/contacts/cert-duty/edit").await;
    let record = app
        .db
        .store
        .record(
            liaison_domain::access::RecordKind::Contact,
            "cert-duty",
            super::ALL_AUDIENCES,
        )
        .await
        .unwrap();
    let version = record.version.to_string();
    let response = coordinator
        .post(
            "/contacts/cert-duty",
            &[
                ("version", &version),
                ("name", "CERT-DL duty desk"),
                ("role", "Incident handler on duty"),
                ("kind", "function"),
                ("availability", "twenty_four_seven"),
                ("emergency", "yes"),
                ("channel_kind", "secure_line"),
                ("channel_value", "+999 1 000 1111"),
                ("channel_out_of_band", "default"),
                ("channel_kind", "email"),
                ("channel_value", "duty@cert.example.dl"),
                ("channel_out_of_band", "default"),
                ("channel_kind", "email"),
                ("channel_value", ""),
                ("channel_out_of_band", "default"),
                ("verified_now", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.text);
    let page = coordinator.get("/organisations/cert").await;
    assert!(page.text.contains("Incident handler on duty"));
    assert!(page.text.contains("+999 1 000 1111"));
}

#[tokio::test]
async fn a_meeting_with_minutes_and_actions_is_recorded() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/forums/taskforce/meetings/new").await;
    let response = coordinator
        .post(
            "/forums/taskforce/meetings",
            &[
                ("version", "0"),
                ("date", "2027-05-10"),
                ("title", "Pre-election readiness review"),
                ("agenda", "1. DDoS protection\n2. Contact sheet"),
                ("minutes", "Telecom confirmed scrubbing capacity."),
                ("action_text", "Test the fallback line"),
                ("action_owner", "demotel"),
                ("action_due", "2027-05-12"),
                ("action_text", ""),
                ("action_owner", ""),
                ("action_due", ""),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.text);
    let meeting = coordinator.get(response.location()).await;
    assert!(meeting.text.contains("Pre-election readiness review"));
    assert!(meeting.text.contains("Test the fallback line"));
    assert!(meeting.text.contains("2027-05-12"));
    let forum = coordinator.get("/forums/taskforce").await;
    assert!(forum.text.contains("Pre-election readiness review"));
}

#[tokio::test]
async fn the_matrix_marks_gaps_and_overlaps_and_takes_new_rows() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let page = coordinator.get("/matrix?asset=party_systems").await;
    assert!(
        page.text.contains("<td class=\"cell gap\""),
        "Demoland's hack-and-leak gap on party systems"
    );
    let overlap = coordinator.get("/matrix?asset=voter_register").await;
    assert!(overlap.text.contains("<td class=\"cell overlap\""));
    let response = coordinator
        .post(
            "/matrix/rows",
            &[
                ("organisation", "cert"),
                ("role", "accountable"),
                ("threat", "hack_and_leak"),
                ("phase", "all"),
                ("asset", "party_systems"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.text);
    let after = coordinator.get("/matrix?asset=party_systems").await;
    assert!(
        !after.text.contains("<td class=\"gap\""),
        "the gap is closed"
    );
}

#[tokio::test]
async fn the_analysis_page_matches_the_command_line() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    let page = admin.get("/analysis").await;
    for id in [
        "agreement_not_public/cec-nss-annex",
        "local_office_isolated/local-south-4",
        "responsibility_gap/hack_and_leak/party_systems",
    ] {
        assert!(page.text.contains(id), "{id}");
    }
}

#[tokio::test]
async fn the_model_s_pages_name_what_they_show_rather_than_identify_it() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let agreement = coordinator.get("/agreements/cec-nss-protocol").await.text;
    assert!(
        agreement.contains(">Central Election Commission of Demoland</a>")
            && agreement.contains(">National Security Service</a>"),
        "the parties are named"
    );
    let agreements = coordinator.get("/agreements").await.text;
    assert!(
        agreements.contains("Central Election Commission of Demoland, National Security Service")
    );
    let risk = coordinator
        .seeded_risk("?threat_kind=ddos&sort=number")
        .await;
    let page = coordinator.get(&format!("/risks/{risk}")).await.text;
    let register = coordinator
        .get("/api/v1/risks?threat_kind=ddos&sort=number")
        .await
        .json();
    let asset = register["risks"][0]["asset"].as_str().unwrap().to_owned();
    let model = super::demoland();
    let name = &model
        .assets
        .items()
        .iter()
        .find(|a| a.key == asset)
        .unwrap()
        .name;
    assert!(
        page.contains(&format!(">{name}</a></h1>")),
        "the risk's title names its asset, not {asset}"
    );
    // The audit log says who by name, and what in words.
    app.client()
        .sign_in(super::email_of(Role::Reader), "not the password")
        .await;
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    let audit = admin.get("/admin/audit").await.text;
    let coordinator_id = app
        .db
        .store
        .account_by_email(super::email_of(Role::Coordinator))
        .await
        .unwrap()
        .unwrap()
        .id;
    assert!(
        audit.contains(&format!("<span title=\"{coordinator_id}\">")),
        "the audit log names the person"
    );
    assert!(
        audit.contains("sign in failed") && !audit.contains("sign_in_failed"),
        "actions in words"
    );
}

#[tokio::test]
async fn contacts_are_called_and_written_to_with_one_tap() {
    let app = TestApp::new().await;
    let mut reader = app.signed_in(Role::Reader).await;
    for path in ["/organisations/cec", "/contact-sheet"] {
        let page = reader.get(path).await.text;
        assert!(
            page.contains("<a href=\"tel:+999214001000\">+999 21 400 1000</a>"),
            "{path} dials the CEC's duty officer"
        );
        assert!(
            page.contains("<a href=\"mailto:duty@cec.example.dl\">duty@cec.example.dl</a>"),
            "{path} writes to the CEC's duty officer"
        );
    }
}

#[tokio::test]
async fn an_error_page_keeps_the_navigation_for_someone_signed_in_and_speaks_their_language() {
    let app = TestApp::new().await;
    // The platform administrator belongs to no organisation: reporting is not theirs.
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    let refused = admin.get("/incidents/new").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.text.contains("<nav"), "{}", refused.text);
    assert!(
        refused.text.contains("href=\"/dashboard\""),
        "{}",
        refused.text
    );
    assert!(refused.text.contains("Not allowed"), "{}", refused.text);
    let missing = admin
        .get_in("/incidents/00000000-0000-0000-0000-000000000000", "es")
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.text.contains("<nav"), "{}", missing.text);
    assert!(missing.text.contains("No encontrado"), "{}", missing.text);
    // Someone not signed in gets the page alone, in their browser's language.
    let mut stranger = app.client();
    let gone = stranger.get_in("/invite/not-a-token", "fr").await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert!(!gone.text.contains("<nav"));
    assert!(gone.text.contains("Introuvable"), "{}", gone.text);
}

#[tokio::test]
async fn the_matrix_names_who_answers_and_says_in_words_which_systems_a_gap_or_overlap_leaves() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let page = coordinator.get("/matrix").await.text;
    // Names, not keys, in the cells.
    assert!(!page.contains(">A cec<"), "{page}");
    assert!(page.contains("A Central Election Commission"), "{page}");
    // The legend's samples are drawn with the cells' own classes.
    assert!(page.contains("<span class=\"cell-sample gap\">"));
    assert!(page.contains("<span class=\"cell-sample overlap\">"));
    // Every gap cell says which systems have no one accountable, even beside others' chips.
    let mut gaps = 0;
    for cell in page.split("<td class=\"cell ").skip(1) {
        let cell = &cell[..cell.find("</td>").unwrap()];
        if cell.starts_with("gap\"") {
            gaps += 1;
            assert!(cell.contains("No one accountable for "), "{cell}");
        }
        if cell.starts_with("overlap\"") {
            assert!(cell.contains("More than one accountable for "), "{cell}");
            assert!(cell.matches("class=\"chip a\"").count() > 1, "{cell}");
        }
    }
    assert!(gaps > 0, "Demoland has gaps");
    let french = coordinator.get_in("/matrix", "fr").await.text;
    assert!(french.contains("Matrice des responsabilités"));
    assert!(french.contains("Personne n"), "{french}");
}

#[tokio::test]
async fn the_home_page_lists_the_meetings_the_forums_plan_whatever_their_year() {
    let app = TestApp::new().await;
    let mut reader = app.signed_in(Role::Reader).await;
    let home = reader.get("/").await.text;
    assert!(!home.contains("No meeting is scheduled."), "{home}");
    let next = &home[home.find("id=\"next-meetings\"").expect("meetings listed")..];
    let next = &next[..next.find("</ul>").unwrap()];
    assert!(
        next.contains("<li>14 April 2027: <a href=\"/forums/taskforce\">The Election Cyber Task Force meets</a></li>"),
        "{next}"
    );
    assert_eq!(next.matches("<li>").count(), 5);
}

#[tokio::test]
async fn the_escalation_protocols_link_to_forms_that_open() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let page = coordinator.get("/escalations").await.text;
    let links: Vec<&str> = page
        .split("href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .filter(|href| href.starts_with("/records/"))
        .collect();
    assert!(links.len() > 1, "an add link and an edit link per protocol");
    for href in links {
        let answer = coordinator.get(href).await;
        assert_eq!(answer.status, StatusCode::OK, "{href}");
    }
}
