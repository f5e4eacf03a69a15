//! The directory, the model and the administration pages speak the reader's language:
//! French and Spanish left to right, Arabic right to left.

use super::{Client, TestApp};
use axum::http::StatusCode;
use liaison_domain::access::Role;

async fn page_in(client: &mut Client, path: &str, language: &str) -> String {
    let page = client.get_in(path, language).await;
    assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.text);
    page.text
}

fn shows(page: &str, language: &str, dir: &str, text: &str) {
    assert!(
        page.contains(&format!("<html lang=\"{language}\" dir=\"{dir}\">")),
        "{page}"
    );
    assert!(page.contains(text), "{text} in {page}");
}

#[tokio::test]
async fn the_directory_pages_speak_french_and_arabic() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    for (path, french, arabic) in [
        ("/organisations", "Ajouter une organisation", "إضافة جهة"),
        ("/forums", "Ajouter un forum", "إضافة منتدى"),
        ("/agreements", "Ajouter un accord", "إضافة اتفاق"),
        (
            "/agreements/cec-nss-protocol",
            "Menaces couvertes",
            "حدود المشاركة",
        ),
        (
            "/organisations/cert/contacts/new",
            "Nom ou fonction",
            "جهة اتصال للطوارئ",
        ),
        (
            "/forums/taskforce/meetings/new",
            "Ordre du jour",
            "جدول الأعمال",
        ),
        (
            "/assets",
            "Registre des technologies et des actifs",
            "سجل التقنيات والأصول",
        ),
        ("/model", "Le modèle", "إضافة نشاط"),
        ("/records/asset/new", "Nouvel enregistrement", "سجل جديد"),
        (
            "/account/notifications",
            "Dans un récapitulatif",
            "في ملخص دوري",
        ),
    ] {
        let page = page_in(&mut coordinator, path, "fr").await;
        shows(&page, "fr", "ltr", french);
        let page = page_in(&mut coordinator, path, "ar").await;
        shows(&page, "ar", "rtl", arabic);
    }
}

#[tokio::test]
async fn the_administration_pages_speak_french_and_arabic() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    for (path, french, arabic) in [
        ("/admin/audit", "Identifiant du compte", "سجل التدقيق"),
        ("/admin/tokens", "Nouveau jeton", "رمز جديد"),
        ("/admin/webhooks", "Nouveau webhook", "خطاف ويب جديد"),
    ] {
        let page = page_in(&mut admin, path, "fr").await;
        shows(&page, "fr", "ltr", french);
        let page = page_in(&mut admin, path, "ar").await;
        shows(&page, "ar", "rtl", arabic);
    }
    let audit = page_in(&mut admin, "/admin/audit", "es").await;
    shows(&audit, "es", "ltr", "Registro de auditoría");
}

#[tokio::test]
async fn an_invitation_speaks_the_invitee_s_browser_s_language() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::OrganisationAdmin).await;
    admin.get("/admin/accounts").await;
    let page = admin
        .post(
            "/admin/invitations",
            &[("email", "newcomer@test.example"), ("role", "analyst")],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    let start = page.text.find("http://liaison.test/invite/").unwrap();
    let link = &page.text
        [start + "http://liaison.test".len()..start + page.text[start..].find('<').unwrap()];
    let mut newcomer = app.client();
    let french = page_in(&mut newcomer, link, "fr").await;
    shows(&french, "fr", "ltr", "Rejoindre Liaison");
    assert!(french.contains("<strong>newcomer@test.example</strong>"));
    let arabic = page_in(&mut newcomer, link, "ar").await;
    shows(&arabic, "ar", "rtl", "الانضمام إلى Liaison");
    let english = newcomer.get(link).await;
    shows(&english.text, "en", "ltr", "Join Liaison");
}
