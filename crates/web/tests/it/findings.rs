//! From finding to fix: each finding of the analysis names and links what it concerns, the
//! form that fixes it and its rule; organisations list their findings; the heat map's cells
//! open the risks they count.

use super::{TestApp, demoland};
use axum::http::{Method, StatusCode};
use liaison_domain::access::Role;
use liaison_domain::analysis::{AnalysisOptions, Rule, analyse};
use serde_json::json;

/// Demoland's analysis on the platform's pinned date, as the pages compute it.
fn demoland_findings(app: &TestApp) -> Vec<liaison_domain::analysis::Finding> {
    analyse(&demoland(), &AnalysisOptions::new(app.now().date())).findings
}

#[tokio::test]
async fn each_finding_links_by_name_to_what_it_concerns_and_to_its_fix() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let page = coordinator.get("/analysis").await;
    assert_eq!(page.status, StatusCode::OK);
    // Ampersands as the page escapes them, in the one spelling the expectations use.
    let text = &page.text.replace("&#38;", "&amp;");
    // The office cut off, by name, with the forms that bring it back.
    for expected in [
        "<a href=\"/organisations/local-south-4\">Lowport Island Election Office</a>",
        "href=\"/records/organisation/local-south-4/edit\"",
        "href=\"/analysis/rules#local_office_isolated\"",
        // A gap opens the matrix at the cell's row form.
        "href=\"/matrix?asset=party_systems&amp;threat=hack_and_leak#add-row\"",
        // An agreement by its title, and its form.
        "href=\"/agreements/cec-nss-annex\"",
        "href=\"/records/agreement/cec-nss-annex/edit\"",
    ] {
        assert!(text.contains(expected), "{expected}");
    }
    assert!(
        !text.contains("docs/ANALYSIS.md"),
        "the rules are served, not a file of the source tree"
    );
    // A stale contact: its name, its organisation's page and its edit form.
    let findings = demoland_findings(&app);
    let stale = findings
        .iter()
        .find(|f| f.rule == "contact_stale")
        .expect("Demoland has a stale contact");
    let contact = &stale.objects[0].id;
    let model = demoland();
    let c = model
        .contacts
        .items()
        .iter()
        .find(|c| &c.key == contact)
        .unwrap();
    let owner = model.key(c.organisation);
    for expected in [
        format!("href=\"/contacts/{contact}/edit\""),
        format!(
            "<a href=\"/organisations/{owner}#contact-{contact}\">{} (",
            c.name
        ),
    ] {
        assert!(text.contains(&expected), "{expected}");
    }
    // Every finding links to its rule.
    for f in &findings {
        assert!(
            text.contains(&format!("id=\"finding-{}\"", f.id)),
            "{}",
            f.id
        );
    }
    assert_eq!(
        text.matches("href=\"/analysis/rules#").count(),
        findings.len()
    );
}

#[tokio::test]
async fn a_reader_sees_the_fix_named_without_a_form_it_cannot_use() {
    let app = TestApp::new().await;
    let mut reader = app.signed_in(Role::Reader).await;
    let page = reader.get("/analysis").await.text;
    assert!(page.contains("Lowport Island Election Office</a>"));
    assert!(!page.contains("href=\"/records/organisation/local-south-4/edit\""));
    assert!(page.contains("your account cannot make this change"));
}

#[tokio::test]
async fn an_organisation_s_page_lists_the_findings_that_concern_it() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let lowport = coordinator.get("/organisations/local-south-4").await.text;
    assert!(
        lowport.contains("Local election office cut off"),
        "{lowport}"
    );
    assert!(lowport.contains("id=\"finding-local_office_isolated/local-south-4\""));
    assert!(lowport.contains("href=\"/records/organisation/local-south-4/edit\""));
    // The EMB it cannot reach is not burdened with every office cut off.
    let cec = coordinator.get("/organisations/cec").await.text;
    assert!(!cec.contains("finding-local_office_isolated/"));
    // A stale contact shows on its organisation's page.
    let findings = demoland_findings(&app);
    let stale = findings.iter().find(|f| f.rule == "contact_stale").unwrap();
    let owner = &stale.objects[1].id;
    let page = coordinator
        .get(&format!("/organisations/{owner}"))
        .await
        .text;
    assert!(page.contains(&format!("id=\"finding-{}\"", stale.id)));
}

#[tokio::test]
async fn the_rules_are_served_one_anchor_each_from_the_analysis_s_definitions() {
    let app = TestApp::new().await;
    let mut observer = app.signed_in(Role::Observer).await;
    let page = observer.get("/analysis/rules").await;
    assert_eq!(page.status, StatusCode::OK);
    for rule in Rule::ALL {
        assert!(
            page.text
                .contains(&format!("<section class=\"rule\" id=\"{}\"", rule.id())),
            "{}",
            rule.id()
        );
        // Up to the first character HTML escapes.
        let why = rule.why().split(['\'', '"', '&', '<', '>']).next().unwrap();
        assert!(page.text.contains(why), "{}", rule.id());
    }
    let analysis = observer.get("/analysis").await.text;
    assert!(analysis.contains("href=\"/analysis/rules\""));
}

#[tokio::test]
async fn the_heat_map_s_cells_open_the_risks_they_count() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let risk = coordinator
        .seeded_risk("?threat_kind=ddos&sort=number")
        .await;
    coordinator.get("/account").await;
    let assessed = coordinator
        .api(
            Method::POST,
            &format!("/api/v1/risks/{risk}/assessments"),
            None,
            Some(json!({"likelihood": 4, "impact": 5})),
        )
        .await;
    assert!(assessed.status.is_success(), "{}", assessed.text);
    for page in ["/dashboard", "/risks"] {
        let text = coordinator.get(page).await.text.replace("&#38;", "&amp;");
        assert!(
            text.contains("href=\"/risks?likelihood=4&amp;impact=5\""),
            "{page}"
        );
    }
    let cell = coordinator.get("/risks?likelihood=4&impact=5").await.text;
    assert!(cell.contains(&format!("href=\"/risks/{risk}\"")));
    assert_eq!(
        cell.matches("<a href=\"/risks/").count(),
        1,
        "only that cell's risk"
    );
    assert!(cell.contains("likelihood 4 and impact 5"));
    let api = coordinator
        .get("/api/v1/risks?likelihood=4&impact=5")
        .await
        .json();
    assert_eq!(api["risks"].as_array().unwrap().len(), 1);
    let refused = coordinator.get("/risks?likelihood=9&impact=x").await;
    assert_eq!(
        refused.status,
        StatusCode::OK,
        "the register shows the error"
    );
    assert!(refused.text.contains("from 1 to 5"));
}

#[tokio::test]
async fn the_network_lists_its_links_as_text_and_names_the_office_cut_off() {
    let app = TestApp::new().await;
    let mut reader = app.signed_in(Role::Reader).await;
    let page = reader.get("/network").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = &page.text;
    // Beside the graph: the office the analysis says is cut off, by name, to its findings.
    let aside = &text[text
        .find("class=\"cut-off-list\"")
        .expect("the list of offices cut off")..];
    assert!(aside.starts_with(
        "class=\"cut-off-list\"><li><a href=\"/organisations/local-south-4#findings\">Lowport Island Election Office</a>"
    ));
    // Without scripts: every organisation and its links as a table.
    for expected in [
        "<tr class=\"cut-off\"><td><a href=\"/organisations/local-south-4\">Lowport Island Election Office</a>",
        "<a href=\"/forums/taskforce\">Election Cyber Task Force</a>",
        "<a href=\"/agreements/cec-cert-mou\">",
        "<a href=\"/organisations/region-south\">Southern Regional Election Office</a>",
        "id=\"network-zoom\" hidden",
        "data-source=\"/network.json?kind=&amp;forum=&amp;threat=\"",
    ] {
        assert!(
            text.replace("&#38;", "&amp;").contains(expected),
            "{expected}"
        );
    }
    assert_eq!(
        text.matches("<tr").count() - 1,
        demoland().organisations.len()
    );
    // The drawing marks it too.
    let graph = reader.get("/network.json").await.json();
    let lowport = graph["elements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["data"]["id"] == "o:local-south-4")
        .unwrap();
    assert_eq!(lowport["classes"], "cut-off");
    assert!(lowport["position"]["x"].is_number(), "placed in its column");
}

#[tokio::test]
async fn the_network_filters_by_kind_forum_and_threat() {
    let app = TestApp::new().await;
    let mut reader = app.signed_in(Role::Reader).await;
    let offices = reader.get("/network?kind=election_office").await.text;
    assert!(offices.contains("href=\"/organisations/local-south-4\""));
    assert!(!offices.contains("href=\"/organisations/cert\""));
    let taskforce = reader.get("/network?forum=taskforce").await.text;
    assert!(taskforce.contains("href=\"/organisations/cert\""));
    assert!(!taskforce.contains("href=\"/organisations/local-south-4\""));
    let ddos = reader.get("/network?threat=ddos").await.text;
    assert!(ddos.contains("accountable or responsible for"));
    assert!(ddos.contains("<td>accountable</td>"));
    assert!(!ddos.contains("href=\"/organisations/local-south-4\""));
    let graph = reader.get("/network.json?threat=ddos").await.json();
    let elements = graph["elements"].as_array().unwrap();
    assert!(elements.iter().any(|e| e["data"]["id"] == "t:ddos"));
    assert!(elements.iter().any(|e| e["data"]["type"] == "accountable"));
    // Filters that name nothing are refused in words, never with a 500.
    let wrong = reader.get("/network?kind=nonsense&forum=nowhere").await;
    assert_eq!(wrong.status, StatusCode::OK);
    assert!(wrong.text.contains("role=\"alert\""));
    for bad in [
        "/network.json?threat=nonsense",
        "/network.json?forum=nowhere",
    ] {
        assert_eq!(
            reader.get(bad).await.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{bad}"
        );
    }
}

fn unescaped(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[tokio::test]
async fn the_analysis_and_its_rules_speak_the_reader_s_language_down_to_each_sentence() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let fragments = liaison_domain::testing::english_fragments();
    assert!(fragments.len() > 100, "{}", fragments.len());
    // Words the page itself used to write in English, around the analysis's sentences.
    let page_words = [
        "Responsibility matrix:",
        "responsibility rows",
        "not determined",
        "partly met",
        "readiness not applicable",
    ];
    for language in ["fr", "es", "ar"] {
        let page = coordinator.get_in("/analysis", language).await;
        assert_eq!(page.status, StatusCode::OK);
        let text = unescaped(&page.text);
        for english in fragments.iter().chain(&page_words) {
            assert!(
                !text.contains(english),
                "{language}: \"{english}\" in {text}"
            );
        }
        let rules = unescaped(&coordinator.get_in("/analysis/rules", language).await.text);
        for rule in Rule::ALL {
            assert!(!rules.contains(rule.why()), "{language}: {}", rule.id());
            assert!(!rules.contains(rule.remedy()), "{language}: {}", rule.id());
        }
    }
    // The organisation a finding names is still its name, linked, in every language.
    let french = coordinator.get_in("/analysis", "fr").await.text;
    assert!(
        french.contains("<a href=\"/organisations/dpa\">"),
        "{french}"
    );
}
