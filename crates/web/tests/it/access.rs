//! Who may see and change what: every role against every route, in one table.

use super::{Client, TestApp};
use axum::http::{Method, StatusCode};
use liaison_domain::access::{RecordKind, Role};

/// What a role gets from a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// 200, or a redirect after a change.
    Ok,
    Forbidden,
    /// As if it did not exist.
    Hidden,
}
use Outcome::*;

const ROLES: [Role; 6] = [
    Role::PlatformAdmin,
    Role::OrganisationAdmin,
    Role::Coordinator,
    Role::Analyst,
    Role::Reader,
    Role::Observer,
];

enum Call {
    Get(&'static str),
    /// A form post; `{version}` takes the current version of the contact.
    Post(
        &'static str,
        &'static [(&'static str, &'static str)],
        Option<&'static str>,
    ),
    Api(Method, &'static str),
}

/// Route, then the outcome for platform admin, organisation admin, coordinator, analyst,
/// reader, observer (the non-admin accounts belong to the central EMB, 'cec'; the observer
/// to the observers).
fn table() -> Vec<(Call, [Outcome; 6])> {
    let everyone = [Ok; 6];
    vec![
        (Call::Get("/"), everyone),
        (Call::Get("/organisations"), everyone),
        (Call::Get("/organisations/cec"), everyone),
        (Call::Get("/forums"), everyone),
        (Call::Get("/forums/taskforce"), everyone),
        (Call::Get("/agreements"), everyone),
        (Call::Get("/agreements/cec-nss-protocol"), everyone),
        (
            Call::Get("/agreements/cec-nss-annex"),
            [Ok, Ok, Ok, Ok, Ok, Hidden],
        ),
        (Call::Get("/matrix"), everyone),
        (Call::Get("/analysis"), everyone),
        (Call::Get("/network"), everyone),
        (Call::Get("/incidents"), everyone),
        (Call::Get("/escalations"), everyone),
        (Call::Get("/disinformation"), everyone),
        (Call::Get("/dashboard"), everyone),
        (Call::Get("/sitreps"), everyone),
        (Call::Get("/hygiene"), everyone),
        (Call::Get("/assets"), everyone),
        (Call::Get("/risks"), [Ok, Ok, Ok, Ok, Ok, Forbidden]),
        (Call::Get("/measures"), [Ok, Ok, Ok, Ok, Ok, Forbidden]),
        (Call::Get("/account/notifications"), everyone),
        (Call::Get("/network.json"), everyone),
        (Call::Get("/contact-sheet"), everyone),
        (Call::Get("/model"), everyone),
        (Call::Get("/model/export.yaml"), everyone),
        (Call::Get("/account"), everyone),
        (
            Call::Get("/admin/accounts"),
            [Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden],
        ),
        (
            Call::Get("/admin/tokens"),
            [Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden],
        ),
        (
            Call::Get("/admin/audit"),
            [Ok, Ok, Ok, Forbidden, Forbidden, Forbidden],
        ),
        (
            Call::Get("/records/forum/taskforce/edit"),
            [Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden],
        ),
        (
            Call::Get("/records/organisation/cec/edit"),
            [Ok, Ok, Ok, Forbidden, Forbidden, Forbidden],
        ),
        (
            Call::Get("/contacts/cec-duty/edit"),
            [Ok, Ok, Ok, Ok, Forbidden, Hidden],
        ),
        (
            Call::Get("/contacts/cert-duty/edit"),
            [Ok, Forbidden, Ok, Forbidden, Forbidden, Hidden],
        ),
        (
            Call::Get("/forums/taskforce/meetings/new"),
            [Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden],
        ),
        (
            Call::Post("/contacts/cec-duty/verify", &[], Some("cec-duty")),
            [Ok, Ok, Ok, Ok, Forbidden, Hidden],
        ),
        (
            Call::Post("/contacts/cert-duty/verify", &[], Some("cert-duty")),
            [Ok, Forbidden, Ok, Forbidden, Forbidden, Hidden],
        ),
        (
            Call::Post(
                "/matrix/rows",
                &[
                    ("organisation", "cert"),
                    ("role", "informed"),
                    ("threat", "ddos"),
                    ("phase", "voting"),
                    ("asset", "all"),
                ],
                None,
            ),
            [Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden],
        ),
        (
            Call::Post(
                "/admin/invitations",
                &[
                    ("email", "new.person@test.example"),
                    ("role", "reader"),
                    ("organisation", "cec"),
                ],
                None,
            ),
            [Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden],
        ),
        (
            Call::Post(
                "/records/forum",
                &[
                    ("version", "0"),
                    (
                        "body",
                        "id: permission-check\nname: Permission check\nkind: working_group\nmembers: [cec]\n",
                    ),
                ],
                None,
            ),
            [Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden],
        ),
        (
            Call::Post(
                "/records/contact",
                &[
                    ("version", "0"),
                    (
                        "body",
                        "id: perm-contact\norganisation: cec\nname: Desk\nkind: function\nchannels: [{kind: email, value: d@example.dl}]\n",
                    ),
                ],
                None,
            ),
            [Ok, Ok, Ok, Ok, Forbidden, Forbidden],
        ),
        (
            Call::Post(
                "/admin/tokens",
                &[
                    ("name", "script"),
                    ("role", "reader"),
                    ("organisation", "cec"),
                    ("days", "30"),
                ],
                None,
            ),
            [Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden],
        ),
        (Call::Post("/account/totp/start", &[], None), everyone),
        (Call::Api(Method::GET, "/api/v1/openapi.json"), everyone),
        (Call::Api(Method::GET, "/api/v1/organisations"), everyone),
        (
            Call::Api(Method::GET, "/api/v1/records/contact/cec-duty"),
            [Ok, Ok, Ok, Ok, Ok, Hidden],
        ),
        (
            Call::Api(Method::GET, "/api/v1/records/agreement/cec-nss-annex"),
            [Ok, Ok, Ok, Ok, Ok, Hidden],
        ),
        (Call::Api(Method::GET, "/api/v1/analysis"), everyone),
        (Call::Api(Method::GET, "/api/v1/model"), everyone),
    ]
}

fn outcome_of(status: StatusCode) -> Option<Outcome> {
    match status {
        s if s.is_success() || s.is_redirection() => Some(Ok),
        StatusCode::FORBIDDEN => Some(Forbidden),
        StatusCode::NOT_FOUND => Some(Hidden),
        _ => None,
    }
}

async fn call(app: &TestApp, client: &mut Client, call: &Call) -> StatusCode {
    match call {
        Call::Get(path) => client.get(path).await.status,
        Call::Post(path, fields, versioned) => {
            let mut all: Vec<(&str, String)> =
                fields.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
            if let Some(contact) = versioned {
                let record = app
                    .db
                    .store
                    .record(RecordKind::Contact, contact, super::ALL_AUDIENCES)
                    .await
                    .unwrap();
                all.push(("version", record.version.to_string()));
            }
            let borrowed: Vec<(&str, &str)> = all.iter().map(|(k, v)| (*k, v.as_str())).collect();
            client.post(path, &borrowed).await.status
        }
        Call::Api(method, path) => client.api(method.clone(), path, None, None).await.status,
    }
}

#[tokio::test]
async fn every_role_gets_exactly_what_its_mandate_allows_on_every_route() {
    let mut mismatches = Vec::new();
    for (index, role) in ROLES.iter().enumerate() {
        let app = TestApp::new().await;
        let mut client = app.signed_in(*role).await;
        for (route, expected) in table() {
            let status = call(&app, &mut client, &route).await;
            let name = match &route {
                Call::Get(p) | Call::Post(p, _, _) | Call::Api(_, p) => *p,
            };
            if outcome_of(status) != Some(expected[index]) {
                mismatches.push(format!(
                    "{} {name}: got {status}, expected {:?}",
                    role.id(),
                    expected[index]
                ));
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[tokio::test]
async fn a_hidden_record_answers_exactly_like_a_missing_one() {
    let app = TestApp::new().await;
    let mut observer = app.signed_in(Role::Observer).await;
    let hidden = observer
        .api(
            Method::GET,
            "/api/v1/records/agreement/cec-nss-annex",
            None,
            None,
        )
        .await;
    let missing = observer
        .api(
            Method::GET,
            "/api/v1/records/agreement/no-such-agreement",
            None,
            None,
        )
        .await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    assert_eq!(hidden.text, missing.text);
    let hidden = observer.get("/agreements/cec-nss-annex").await;
    let missing = observer.get("/agreements/no-such-agreement").await;
    assert_eq!((hidden.status, hidden.text), (missing.status, missing.text));
}

#[tokio::test]
async fn observers_see_no_contact_on_any_read_path() {
    let app = TestApp::new().await;
    let mut observer = app.signed_in(Role::Observer).await;
    let phone = "+999";
    for path in [
        "/organisations/cec",
        "/contact-sheet",
        "/model/export.yaml",
        "/api/v1/model",
        "/network.json",
    ] {
        let response = observer.get(path).await;
        assert_eq!(response.status, StatusCode::OK, "{path}");
        assert!(
            !response.text.contains(phone),
            "{path} shows a contact's number to an observer"
        );
    }
    let contacts = observer
        .api(Method::GET, "/api/v1/records/contact", None, None)
        .await;
    assert_eq!(contacts.json(), serde_json::json!([]));
    let analysis = observer.get("/api/v1/analysis").await;
    assert!(
        !analysis.text.contains("cec-nss-annex"),
        "the analysis leaks a member-only agreement"
    );
}
