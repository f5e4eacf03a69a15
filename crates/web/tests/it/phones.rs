//! Pages usable on a phone: the navigation folds behind a menu, the contact sheet becomes cards.
//! (How they look at 360 and 390 px is checked in the browser tests.)

use super::TestApp;
use liaison_domain::access::Role;

#[tokio::test]
async fn on_a_phone_the_navigation_folds_behind_a_menu_that_works_without_javascript() {
    let app = TestApp::new().await;
    let mut cec = app.signed_in(Role::Analyst).await;
    let page = cec.get("/").await;
    assert!(
        page.text
            .contains("<a class=\"menu-toggle\" href=\"#menu\" aria-controls=\"menu\">Menu</a>"),
        "{}",
        page.text
    );
    assert!(page.text.contains("<nav aria-label=\"Main\" id=\"menu\">"));
    let css = cec.get("/static/app.css").await;
    assert!(css.text.contains("nav#menu:target"));
}

#[tokio::test]
async fn the_contact_sheet_turns_into_cards_on_a_phone() {
    let app = TestApp::new().await;
    let mut cec = app.signed_in(Role::Analyst).await;
    let page = cec.get("/contact-sheet").await;
    assert!(page.text.contains("<table class=\"stackable\">"));
    assert!(page.text.contains("<td data-label=\"Channels\">"));
    assert!(page.text.contains("href=\"tel:"), "the numbers still dial");
}
