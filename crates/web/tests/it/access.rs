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
    // Each role, then an observer inside a member organisation (the CEC), who gets exactly
    // what any observer gets.
    let readers = ROLES
        .iter()
        .enumerate()
        .map(|(index, role)| (super::email_of(*role), role.id(), index))
        .chain([("cecobserver@test.example", "observer inside cec", 5)]);
    for (email, name_of_reader, index) in readers {
        let app = TestApp::new().await;
        let mut client = app.client();
        client.sign_in(email, super::PASSWORD).await;
        for (route, expected) in table() {
            let status = call(&app, &mut client, &route).await;
            let name = match &route {
                Call::Get(p) | Call::Post(p, _, _) | Call::Api(_, p) => *p,
            };
            if outcome_of(status) != Some(expected[index]) {
                mismatches.push(format!(
                    "{name_of_reader} {name}: got {status}, expected {:?}",
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

/// Who may reach a route at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// Anyone: signing in, invitations, health, static files; `/metrics` asks its own token.
    Public,
    /// Accounts only: what each role then gets is in [`table`] and the item matrices.
    SignedIn,
}

/// Every route of the router, with who may reach it. The test below reads the routes from
/// the router itself, so a route added without an entry here fails it.
const ROUTES: &[(&str, &str, Reach)] = &[
    ("GET", "/", Reach::SignedIn),
    ("GET", "/account", Reach::SignedIn),
    ("GET", "/account/notifications", Reach::SignedIn),
    ("POST", "/account/notifications", Reach::SignedIn),
    ("GET", "/account/password", Reach::SignedIn),
    ("POST", "/account/password", Reach::SignedIn),
    ("POST", "/account/totp/confirm", Reach::SignedIn),
    ("POST", "/account/totp/disable", Reach::SignedIn),
    ("POST", "/account/totp/start", Reach::SignedIn),
    ("GET", "/admin/accounts", Reach::SignedIn),
    ("POST", "/admin/accounts/{id}/disable", Reach::SignedIn),
    ("POST", "/admin/accounts/{id}/enable", Reach::SignedIn),
    ("GET", "/admin/audit", Reach::SignedIn),
    ("POST", "/admin/invitations", Reach::SignedIn),
    ("GET", "/admin/tokens", Reach::SignedIn),
    ("POST", "/admin/tokens", Reach::SignedIn),
    ("POST", "/admin/tokens/{id}/revoke", Reach::SignedIn),
    ("GET", "/admin/webhooks", Reach::SignedIn),
    ("POST", "/admin/webhooks", Reach::SignedIn),
    ("POST", "/admin/webhooks/{id}/deactivate", Reach::SignedIn),
    ("GET", "/agreements", Reach::SignedIn),
    ("GET", "/agreements/{key}", Reach::SignedIn),
    ("GET", "/analysis", Reach::SignedIn),
    ("GET", "/api/v1/analysis", Reach::SignedIn),
    ("GET", "/api/v1/assets", Reach::SignedIn),
    ("GET", "/api/v1/calendar.ics", Reach::SignedIn),
    ("POST", "/api/v1/contacts/{id}/verify", Reach::SignedIn),
    ("GET", "/api/v1/disinformation", Reach::SignedIn),
    ("POST", "/api/v1/disinformation", Reach::SignedIn),
    ("GET", "/api/v1/disinformation/{id}", Reach::SignedIn),
    (
        "POST",
        "/api/v1/disinformation/{id}/attachments",
        Reach::SignedIn,
    ),
    (
        "GET",
        "/api/v1/disinformation/{id}/attachments/{attachment}",
        Reach::SignedIn,
    ),
    (
        "POST",
        "/api/v1/disinformation/{id}/incidents",
        Reach::SignedIn,
    ),
    (
        "POST",
        "/api/v1/disinformation/{id}/rectifications",
        Reach::SignedIn,
    ),
    (
        "POST",
        "/api/v1/disinformation/{id}/rectifications/{request}",
        Reach::SignedIn,
    ),
    (
        "POST",
        "/api/v1/disinformation/{id}/sharing",
        Reach::SignedIn,
    ),
    (
        "POST",
        "/api/v1/disinformation/{id}/status",
        Reach::SignedIn,
    ),
    ("GET", "/api/v1/events", Reach::SignedIn),
    ("GET", "/api/v1/hygiene", Reach::SignedIn),
    ("POST", "/api/v1/hygiene", Reach::SignedIn),
    ("GET", "/api/v1/incidents", Reach::SignedIn),
    ("POST", "/api/v1/incidents", Reach::SignedIn),
    ("GET", "/api/v1/incidents/{id}", Reach::SignedIn),
    (
        "POST",
        "/api/v1/incidents/{id}/acknowledge",
        Reach::SignedIn,
    ),
    (
        "POST",
        "/api/v1/incidents/{id}/attachments",
        Reach::SignedIn,
    ),
    (
        "GET",
        "/api/v1/incidents/{id}/attachments/{attachment}",
        Reach::SignedIn,
    ),
    ("POST", "/api/v1/incidents/{id}/links", Reach::SignedIn),
    ("POST", "/api/v1/incidents/{id}/merge", Reach::SignedIn),
    ("POST", "/api/v1/incidents/{id}/notes", Reach::SignedIn),
    ("POST", "/api/v1/incidents/{id}/severity", Reach::SignedIn),
    ("POST", "/api/v1/incidents/{id}/sharing", Reach::SignedIn),
    ("POST", "/api/v1/incidents/{id}/status", Reach::SignedIn),
    ("GET", "/api/v1/measures", Reach::SignedIn),
    ("POST", "/api/v1/measures", Reach::SignedIn),
    ("POST", "/api/v1/measures/{id}", Reach::SignedIn),
    ("GET", "/api/v1/model", Reach::SignedIn),
    // The API's description is public, as for any published API.
    ("GET", "/api/v1/openapi.json", Reach::Public),
    ("GET", "/api/v1/organisations", Reach::SignedIn),
    ("GET", "/api/v1/organisations/{id}", Reach::SignedIn),
    ("GET", "/api/v1/records/{kind}", Reach::SignedIn),
    ("POST", "/api/v1/records/{kind}", Reach::SignedIn),
    ("GET", "/api/v1/records/{kind}/{id}", Reach::SignedIn),
    ("PUT", "/api/v1/records/{kind}/{id}", Reach::SignedIn),
    ("DELETE", "/api/v1/records/{kind}/{id}", Reach::SignedIn),
    ("GET", "/api/v1/risks", Reach::SignedIn),
    ("POST", "/api/v1/risks", Reach::SignedIn),
    ("GET", "/api/v1/risks.csv", Reach::SignedIn),
    ("POST", "/api/v1/risks/seed", Reach::SignedIn),
    ("GET", "/api/v1/risks/{id}", Reach::SignedIn),
    ("POST", "/api/v1/risks/{id}/assessments", Reach::SignedIn),
    ("POST", "/api/v1/risks/{id}/handling", Reach::SignedIn),
    ("GET", "/api/v1/sitreps", Reach::SignedIn),
    ("POST", "/api/v1/sitreps", Reach::SignedIn),
    ("GET", "/api/v1/sitreps/{id}", Reach::SignedIn),
    ("POST", "/api/v1/sitreps/{id}", Reach::SignedIn),
    ("POST", "/api/v1/sitreps/{id}/approve", Reach::SignedIn),
    ("GET", "/api/v1/sitreps/{id}/pdf", Reach::SignedIn),
    ("GET", "/assets", Reach::SignedIn),
    ("GET", "/calendar", Reach::SignedIn),
    ("POST", "/calendar", Reach::SignedIn),
    ("GET", "/contact-sheet", Reach::SignedIn),
    ("POST", "/contacts/{key}", Reach::SignedIn),
    ("GET", "/contacts/{key}/edit", Reach::SignedIn),
    ("POST", "/contacts/{key}/verify", Reach::SignedIn),
    ("GET", "/dashboard", Reach::SignedIn),
    ("GET", "/disinformation", Reach::SignedIn),
    ("POST", "/disinformation", Reach::SignedIn),
    ("GET", "/disinformation/{id}", Reach::SignedIn),
    ("POST", "/disinformation/{id}/attachments", Reach::SignedIn),
    (
        "GET",
        "/disinformation/{id}/attachments/{attachment}",
        Reach::SignedIn,
    ),
    ("POST", "/disinformation/{id}/work", Reach::SignedIn),
    ("GET", "/escalations", Reach::SignedIn),
    ("GET", "/favicon.ico", Reach::Public),
    ("GET", "/forums", Reach::SignedIn),
    ("GET", "/forums/{key}", Reach::SignedIn),
    ("POST", "/forums/{key}/meetings", Reach::SignedIn),
    ("GET", "/forums/{key}/meetings/new", Reach::SignedIn),
    ("GET", "/healthz", Reach::Public),
    ("GET", "/hygiene", Reach::SignedIn),
    ("POST", "/hygiene", Reach::SignedIn),
    ("GET", "/incidents", Reach::SignedIn),
    ("POST", "/incidents", Reach::SignedIn),
    ("GET", "/incidents/new", Reach::SignedIn),
    ("GET", "/incidents/{id}", Reach::SignedIn),
    ("POST", "/incidents/{id}/attachments", Reach::SignedIn),
    (
        "GET",
        "/incidents/{id}/attachments/{attachment}",
        Reach::SignedIn,
    ),
    ("POST", "/incidents/{id}/work", Reach::SignedIn),
    ("GET", "/invite/{token}", Reach::Public),
    ("POST", "/invite/{token}", Reach::Public),
    ("GET", "/login", Reach::Public),
    ("POST", "/login", Reach::Public),
    ("GET", "/login/totp", Reach::Public),
    ("POST", "/login/totp", Reach::Public),
    ("POST", "/logout", Reach::Public),
    ("GET", "/matrix", Reach::SignedIn),
    ("POST", "/matrix/rows", Reach::SignedIn),
    ("GET", "/measures", Reach::SignedIn),
    ("POST", "/measures", Reach::SignedIn),
    ("POST", "/measures/{id}", Reach::SignedIn),
    ("GET", "/meetings/{key}", Reach::SignedIn),
    ("POST", "/meetings/{key}", Reach::SignedIn),
    ("GET", "/meetings/{key}/edit", Reach::SignedIn),
    ("GET", "/metrics", Reach::Public),
    ("GET", "/model", Reach::SignedIn),
    ("GET", "/model/export.yaml", Reach::SignedIn),
    ("POST", "/model/import", Reach::SignedIn),
    ("POST", "/model/import/{id}/apply", Reach::SignedIn),
    ("GET", "/network", Reach::SignedIn),
    ("GET", "/network.json", Reach::SignedIn),
    ("GET", "/organisations", Reach::SignedIn),
    ("GET", "/organisations/{key}", Reach::SignedIn),
    ("POST", "/organisations/{key}/contacts", Reach::SignedIn),
    ("GET", "/organisations/{key}/contacts/new", Reach::SignedIn),
    ("GET", "/readyz", Reach::Public),
    ("POST", "/records/{kind}", Reach::SignedIn),
    ("GET", "/records/{kind}/new", Reach::SignedIn),
    ("POST", "/records/{kind}/{key}", Reach::SignedIn),
    ("POST", "/records/{kind}/{key}/delete", Reach::SignedIn),
    ("GET", "/records/{kind}/{key}/edit", Reach::SignedIn),
    ("GET", "/risks", Reach::SignedIn),
    ("GET", "/risks.csv", Reach::SignedIn),
    ("POST", "/risks/seed", Reach::SignedIn),
    ("GET", "/risks/{id}", Reach::SignedIn),
    ("POST", "/risks/{id}/work", Reach::SignedIn),
    ("GET", "/sitreps", Reach::SignedIn),
    ("POST", "/sitreps", Reach::SignedIn),
    ("GET", "/sitreps/{id}", Reach::SignedIn),
    ("POST", "/sitreps/{id}", Reach::SignedIn),
    ("GET", "/sitreps/{id}/export.html", Reach::SignedIn),
    ("GET", "/sitreps/{id}/export.pdf", Reach::SignedIn),
    ("GET", "/static/{*path}", Reach::Public),
];

/// The routes of the router as (method, path pattern), read from the router's own
/// description (axum keeps no public list): the test cannot go stale when a route is added.
fn routes_of(app: &axum::Router) -> std::collections::BTreeSet<(String, String)> {
    let text = format!("{app:?}");
    // The routes proper; the fallback router after them reuses route ids.
    let text = text.split("fallback_router").next().unwrap_or_default();
    let mut methods = std::collections::HashMap::new();
    let mut paths = std::collections::HashMap::new();
    let mut rest = text;
    while let Some(at) = rest.find("RouteId(") {
        rest = &rest[at + "RouteId(".len()..];
        let Some(close) = rest.find(')') else { break };
        let id = rest[..close].to_owned();
        let after = &rest[close + 1..];
        if let Some(path) = after.strip_prefix(": \"") {
            paths.insert(id, path[..path.find('"').unwrap()].to_owned());
        } else if after.starts_with(": MethodRouter") {
            let allowed = after.find("allow_header: Bytes(b\"").unwrap() + 22;
            let list = &after[allowed..allowed + after[allowed..].find('"').unwrap()];
            methods.insert(id, list.to_owned());
        }
    }
    let mut routes = std::collections::BTreeSet::new();
    for (id, path) in paths {
        if path.contains("__private__axum_fallback") || path == "/api/v1" {
            continue;
        }
        for method in methods
            .get(&id)
            .map(String::as_str)
            .unwrap_or("")
            .split(',')
        {
            if !method.is_empty() && method != "HEAD" {
                routes.insert((method.to_owned(), path.clone()));
            }
        }
    }
    routes
}

#[tokio::test]
async fn every_route_of_the_router_is_in_the_access_table_and_closed_to_strangers() {
    let app = TestApp::new().await;
    let routes = routes_of(&app.app);
    assert!(
        routes.len() > 100,
        "the router's routes were not read: {routes:?}"
    );
    let listed: std::collections::BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|(m, p, _)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    let missing: Vec<_> = routes.difference(&listed).collect();
    let stale: Vec<_> = listed.difference(&routes).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "routes without an entry in the access table: {missing:?}; entries without a route: {stale:?}"
    );

    // Without an account, no route but the public ones answers: pages send to sign-in, the
    // API asks for a credential, and a change without the page's token is refused.
    let mut failures = Vec::new();
    for (method, pattern, reach) in ROUTES {
        let path = pattern
            .replace("{*path}", "app.css")
            .replace("{kind}", "contact")
            .replace(['{', '}'], "");
        let method = Method::from_bytes(method.as_bytes()).unwrap();
        let status = app
            .client()
            .send(method.clone(), &path, None, Vec::new(), &[])
            .await
            .status;
        let closed = matches!(
            status,
            StatusCode::SEE_OTHER | StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN
        );
        let fine = match reach {
            Reach::SignedIn => closed,
            // Public routes answer, but never fail on our side.
            Reach::Public => !status.is_server_error(),
        };
        if !fine {
            failures.push(format!("{method} {pattern} ({reach:?}): {status}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn every_api_route_of_the_router_is_an_operation_of_the_openapi_document() {
    let app = TestApp::new().await;
    let document = app.client().get("/api/v1/openapi.json").await.json();
    let mut failures = Vec::new();
    for (method, path) in routes_of(&app.app) {
        if !path.starts_with("/api/v1/") || path == "/api/v1/openapi.json" {
            continue;
        }
        let operation = &document["paths"][&path][method.to_lowercase()];
        if !operation.is_object() {
            failures.push(format!("{method} {path}: not in the document"));
            continue;
        }
        // Each part of the path it takes is a documented parameter.
        let documented: Vec<&str> = operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "path")
            .filter_map(|p| p["name"].as_str())
            .collect();
        for part in path.split('/').filter(|p| p.starts_with('{')) {
            let name = part.trim_matches(['{', '}', '*']);
            if !documented.contains(&name) {
                failures.push(format!("{method} {path}: parameter {name} undocumented"));
            }
        }
        if operation["responses"].as_object().is_none_or(|r| {
            !r.keys()
                .any(|status| status.starts_with('2') || status.starts_with('3'))
        }) {
            failures.push(format!("{method} {path}: no successful answer documented"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
