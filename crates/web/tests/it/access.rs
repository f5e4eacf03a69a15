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
        (Call::Get("/analysis/rules"), everyone),
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

/// The fields of an upload form: a small file.
const UPLOAD: &[(&str, &str)] = &[("file", "probe")];

/// Who may reach a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// Anyone: signing in, invitations, health, static files; `/metrics` asks its own token.
    Public,
    /// A read for accounts only, answering each as the letters say, in the order of
    /// [`PROBED`]: `A` read (2xx, 3xx), `F` refused (403), `H` as if it did not exist (404).
    /// Items are read at GREEN, shared with members and not with observers; each TLP level
    /// is tried by the read matrices of the kinds ([`super::shared_items`]).
    Read(&'static str),
    /// A change through the API, answering each reader as the letters say when it sends the
    /// body given (JSON; `upload`, a small file; `none`): `A` done (2xx), `F` refused (403),
    /// `H` as if it did not exist (404), `R` let in but the request refused as it stands
    /// (400, 409, 422: a link of an item to itself, a stale version). `{incident}` in the body
    /// is the probed incident.
    ApiChange(&'static str, &'static str),
    /// A change by a page's form, answering each reader as the letters of
    /// [`Reach::ApiChange`] say when it sends these fields ([`UPLOAD`]: a small file).
    FormChange(&'static str, &'static [(&'static str, &'static str)]),
}

/// Every route of the router, with what each reader gets from it. The tests below read the
/// routes from the router itself, so a route added without an entry here fails them, and
/// probe every signed-in route as every role on real items.
const ROUTES: &[(&str, &str, Reach)] = &[
    ("GET", "/", Reach::Read("AAAAAAA")),
    ("GET", "/account", Reach::Read("AAAAAAA")),
    ("GET", "/account/notifications", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/account/notifications",
        Reach::FormChange(
            "RRRRRRR",
            &[
                ("email", "on"),
                ("min_severity", "high"),
                ("digest_minutes", "60"),
            ],
        ),
    ),
    (
        "POST",
        "/account/language",
        Reach::FormChange("AAAAAAA", &[("language", "fr")]),
    ),
    ("GET", "/account/password", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/account/password",
        Reach::FormChange(
            "RRRRRRR",
            &[
                ("current", "wrong"),
                ("new", "a new long passphrase"),
                ("repeat", "a new long passphrase"),
            ],
        ),
    ),
    (
        "POST",
        "/account/totp/confirm",
        Reach::FormChange("AAAAAAA", &[("code", "000000")]),
    ),
    (
        "POST",
        "/account/totp/disable",
        Reach::FormChange("RRRRRRR", &[("password", "wrong")]),
    ),
    (
        "POST",
        "/account/totp/start",
        Reach::FormChange("AAAAAAA", &[]),
    ),
    ("GET", "/admin/accounts", Reach::Read("AAFFFFF")),
    (
        "POST",
        "/admin/invitations/{reference}/revoke",
        Reach::FormChange("HHFFFFF", &[]),
    ),
    (
        "POST",
        "/admin/accounts/{id}/disable",
        Reach::FormChange("HHFFFFF", &[]),
    ),
    (
        "POST",
        "/admin/accounts/{id}/enable",
        Reach::FormChange("HHFFFFF", &[]),
    ),
    ("GET", "/admin/audit", Reach::Read("AAAFFFF")),
    (
        "POST",
        "/admin/invitations",
        Reach::FormChange(
            "AAFFFFF",
            &[
                ("email", "new@test.example"),
                ("role", "reader"),
                ("organisation", "cec"),
            ],
        ),
    ),
    ("GET", "/admin/tokens", Reach::Read("AAFFFFF")),
    (
        "POST",
        "/admin/tokens",
        Reach::FormChange(
            "AAFFFFF",
            &[
                ("name", "probe"),
                ("role", "reader"),
                ("organisation", "cec"),
                ("days", "30"),
            ],
        ),
    ),
    (
        "POST",
        "/admin/tokens/{id}/revoke",
        Reach::FormChange("HHFFFFF", &[]),
    ),
    ("GET", "/admin/webhooks", Reach::Read("AAFFFFF")),
    (
        "POST",
        "/admin/webhooks",
        Reach::FormChange(
            "AAFFFFF",
            &[
                ("url", "https://hooks.example/probe"),
                ("organisation", "cec"),
            ],
        ),
    ),
    (
        "POST",
        "/admin/webhooks/{id}/deactivate",
        Reach::FormChange("HHFFFFF", &[]),
    ),
    ("GET", "/agreements", Reach::Read("AAAAAAA")),
    ("GET", "/agreements/{key}", Reach::Read("AAAAAAA")),
    ("GET", "/analysis", Reach::Read("AAAAAAA")),
    ("GET", "/analysis/rules", Reach::Read("AAAAAAA")),
    ("GET", "/api/v1/analysis", Reach::Read("AAAAAAA")),
    ("GET", "/api/v1/assets", Reach::Read("AAAAAAA")),
    ("GET", "/api/v1/calendar.ics", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/api/v1/contacts/{id}/verify",
        Reach::ApiChange("AAAAFHH", "{\"version\": 1}"),
    ),
    ("GET", "/api/v1/disinformation", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/api/v1/disinformation",
        Reach::ApiChange(
            "FAAAAFF",
            "{\"claim\": \"Probe 2\", \"threat_kind\": \"disinformation_trust\", \"platform\": \"Chirp\", \"tlp\": \"green\"}",
        ),
    ),
    ("GET", "/api/v1/disinformation/{id}", Reach::Read("AAAAAHH")),
    (
        "POST",
        "/api/v1/disinformation/{id}/attachments",
        Reach::ApiChange("AAAAFHH", "upload"),
    ),
    (
        "GET",
        "/api/v1/disinformation/{id}/attachments/{attachment}",
        Reach::Read("AAAAAHH"),
    ),
    (
        "POST",
        "/api/v1/disinformation/{id}/incidents",
        Reach::ApiChange("AAAAFHH", "{\"incident\": \"{incident}\"}"),
    ),
    (
        "POST",
        "/api/v1/disinformation/{id}/rectifications",
        Reach::ApiChange("AAAAFHH", "{\"platform\": \"Chirp\"}"),
    ),
    (
        "POST",
        "/api/v1/disinformation/{id}/rectifications/{request}",
        Reach::ApiChange("RRRRFHH", "{\"outcome\": \"removed\"}"),
    ),
    (
        "POST",
        "/api/v1/disinformation/{id}/sharing",
        Reach::ApiChange("FRRRFHH", "{\"tlp\": \"green\"}"),
    ),
    (
        "POST",
        "/api/v1/disinformation/{id}/status",
        Reach::ApiChange("RRRRFHH", "{\"status\": \"rectifying\"}"),
    ),
    ("GET", "/api/v1/events", Reach::Read("AAAAAAA")),
    ("GET", "/api/v1/hygiene", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/api/v1/hygiene",
        Reach::ApiChange("FAAAFFF", "{\"answers\": [1, 1, 1, 1, 1, 1]}"),
    ),
    ("GET", "/api/v1/incidents", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/api/v1/incidents",
        Reach::ApiChange(
            "FAAAAFF",
            "{\"title\": \"Probe 2\", \"threat_kind\": \"ddos\", \"severity\": \"low\", \"tlp\": \"green\"}",
        ),
    ),
    ("GET", "/api/v1/incidents/{id}", Reach::Read("AAAAAHH")),
    (
        "POST",
        "/api/v1/incidents/{id}/acknowledge",
        Reach::ApiChange("FAAAAHH", "{}"),
    ),
    (
        "POST",
        "/api/v1/incidents/{id}/attachments",
        Reach::ApiChange("AAAAFHH", "upload"),
    ),
    (
        "GET",
        "/api/v1/incidents/{id}/attachments/{attachment}",
        Reach::Read("AAAAAHH"),
    ),
    (
        "POST",
        "/api/v1/incidents/{id}/links",
        Reach::ApiChange("RRRRFHH", "{\"incident\": \"{incident}\"}"),
    ),
    (
        "POST",
        "/api/v1/incidents/{id}/merge",
        Reach::ApiChange("RRRRFHH", "{\"incident\": \"{incident}\"}"),
    ),
    (
        "POST",
        "/api/v1/incidents/{id}/notes",
        Reach::ApiChange("AAAAFHH", "{\"text\": \"Probe note\"}"),
    ),
    (
        "POST",
        "/api/v1/incidents/{id}/severity",
        Reach::ApiChange("AAAAFHH", "{\"severity\": \"medium\"}"),
    ),
    (
        "POST",
        "/api/v1/incidents/{id}/sharing",
        Reach::ApiChange("FRRRFHH", "{\"tlp\": \"green\"}"),
    ),
    (
        "POST",
        "/api/v1/incidents/{id}/status",
        Reach::ApiChange("AAAAFHH", "{\"status\": \"triaged\"}"),
    ),
    ("GET", "/api/v1/measures", Reach::Read("AAAAAFF")),
    (
        "POST",
        "/api/v1/measures",
        Reach::ApiChange(
            "AFAFFFF",
            "{\"family\": \"securing_technology\", \"title\": \"Probe 2\", \"owner\": \"cec\"}",
        ),
    ),
    (
        "POST",
        "/api/v1/measures/{id}",
        Reach::ApiChange("AAAAFFF", "{\"status\": \"in_progress\"}"),
    ),
    ("GET", "/api/v1/model", Reach::Read("AAAAAAA")),
    // The API's description is public, as for any published API.
    ("GET", "/api/v1/openapi.json", Reach::Public),
    ("GET", "/api/v1/organisations", Reach::Read("AAAAAAA")),
    ("GET", "/api/v1/organisations/{id}", Reach::Read("AAAAAAA")),
    ("GET", "/api/v1/records/{kind}", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/api/v1/records/{kind}",
        Reach::ApiChange(
            "AAAAFFF",
            "{\"entry\": {\"id\": \"probe-contact\", \"organisation\": \"cec\", \"name\": \"Probe\", \"role\": \"Probe\", \"kind\": \"function\", \"availability\": \"twenty_four_seven\", \"channels\": [{\"kind\": \"email\", \"value\": \"probe@cec.example\"}]}}",
        ),
    ),
    ("GET", "/api/v1/records/{kind}/{id}", Reach::Read("AAAAAHH")),
    (
        "PUT",
        "/api/v1/records/{kind}/{id}",
        Reach::ApiChange(
            "RRRRFHH",
            "{\"version\": 1, \"entry\": {\"id\": \"cec-duty\", \"organisation\": \"cec\", \"name\": \"CEC security duty officer\", \"role\": \"Duty\", \"kind\": \"function\", \"availability\": \"twenty_four_seven\", \"emergency\": true, \"channels\": [{\"kind\": \"email\", \"value\": \"duty@cec.example.dl\"}]}}",
        ),
    ),
    (
        "DELETE",
        "/api/v1/records/{kind}/{id}",
        Reach::ApiChange("RRRRFHH", "none"),
    ),
    ("GET", "/api/v1/risks", Reach::Read("AAAAAFF")),
    ("GET", "/api/v1/search", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/api/v1/risks",
        Reach::ApiChange(
            "AFAFFFF",
            "{\"threat_kind\": \"social_engineering\", \"asset\": \"results-website\", \"phase\": \"campaign\"}",
        ),
    ),
    ("GET", "/api/v1/risks.csv", Reach::Read("AAAAAFF")),
    (
        "POST",
        "/api/v1/risks/seed",
        Reach::ApiChange("AFAFFFF", "none"),
    ),
    ("GET", "/api/v1/risks/{id}", Reach::Read("AAAAAFF")),
    (
        "POST",
        "/api/v1/risks/{id}/assessments",
        Reach::ApiChange("FAAAFFF", "{\"likelihood\": 3, \"impact\": 3}"),
    ),
    (
        "POST",
        "/api/v1/risks/{id}/handling",
        Reach::ApiChange(
            "AFAFFFF",
            "{\"treatment\": \"reduce\", \"status\": \"treated\"}",
        ),
    ),
    ("GET", "/api/v1/sitreps", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/api/v1/sitreps",
        Reach::ApiChange("FAAAFFF", "{\"forum\": \"taskforce\"}"),
    ),
    ("GET", "/api/v1/sitreps/{id}", Reach::Read("HAAAAHH")),
    (
        "POST",
        "/api/v1/sitreps/{id}",
        Reach::ApiChange("HAAAFHH", "{\"title\": \"Probe\", \"body\": \"Probe\"}"),
    ),
    (
        "POST",
        "/api/v1/sitreps/{id}/approve",
        Reach::ApiChange("HAAAFHH", "{\"tlp\": \"amber\"}"),
    ),
    ("GET", "/api/v1/sitreps/{id}/pdf", Reach::Read("HAAAAHH")),
    ("GET", "/assets", Reach::Read("AAAAAAA")),
    ("GET", "/calendar", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/calendar",
        Reach::FormChange("AFAFFFF", &[("name", "Probe election"), ("version", "1")]),
    ),
    ("GET", "/contact-sheet", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/contacts/{key}",
        Reach::FormChange(
            "RRRRFHH",
            &[
                ("version", "1"),
                ("name", "CEC security duty officer"),
                ("role", "Duty"),
                ("kind", "function"),
                ("availability", "twenty_four_seven"),
                ("channel_kind", "email"),
                ("channel_value", "duty@cec.example.dl"),
            ],
        ),
    ),
    ("GET", "/contacts/{key}/edit", Reach::Read("AAAAFHH")),
    (
        "POST",
        "/contacts/{key}/verify",
        Reach::FormChange("RRRRFHH", &[("version", "1")]),
    ),
    ("GET", "/dashboard", Reach::Read("AAAAAAA")),
    ("GET", "/dashboard/live", Reach::Read("AAAAAAA")),
    ("GET", "/disinformation", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/disinformation",
        Reach::FormChange(
            "FAAAAFF",
            &[
                ("claim", "Probe 2"),
                ("threat_kind", "disinformation_trust"),
                ("platform", "Chirp"),
                ("tlp", "green"),
            ],
        ),
    ),
    ("GET", "/disinformation/{id}", Reach::Read("AAAAAHH")),
    (
        "POST",
        "/disinformation/{id}/attachments",
        Reach::FormChange("AAAAFHH", UPLOAD),
    ),
    (
        "GET",
        "/disinformation/{id}/attachments/{attachment}",
        Reach::Read("AAAAAHH"),
    ),
    (
        "POST",
        "/disinformation/{id}/work",
        Reach::FormChange("AAAAFHH", &[("action", "status"), ("status", "countered")]),
    ),
    ("GET", "/escalations", Reach::Read("AAAAAAA")),
    ("GET", "/favicon.ico", Reach::Public),
    ("GET", "/forums", Reach::Read("AAAAAAA")),
    ("GET", "/forums/{key}", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/forums/{key}/meetings",
        Reach::FormChange("AFAFFFF", &[("date", "2026-11-21"), ("title", "Probe 2")]),
    ),
    ("GET", "/forums/{key}/meetings/new", Reach::Read("AFAFFFF")),
    (
        "POST",
        "/forums/{key}/members",
        Reach::FormChange("RFRFFFF", &[("version", "0"), ("members", "cec")]),
    ),
    ("GET", "/healthz", Reach::Public),
    ("GET", "/hygiene", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/hygiene",
        Reach::FormChange(
            "FAAAFFF",
            &[
                ("training", "1"),
                ("maintenance", "1"),
                ("procedures", "1"),
                ("separation", "1"),
                ("screening", "1"),
                ("proportionate_defence", "1"),
                ("shared_with", "own"),
            ],
        ),
    ),
    ("GET", "/incidents", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/incidents",
        Reach::FormChange(
            "FAAAAFF",
            &[
                ("title", "Probe 2"),
                ("threat_kind", "ddos"),
                ("severity", "low"),
                ("tlp", "green"),
            ],
        ),
    ),
    ("GET", "/incidents/new", Reach::Read("FAAAAFF")),
    ("GET", "/incidents/{id}", Reach::Read("AAAAAHH")),
    (
        "POST",
        "/incidents/{id}/attachments",
        Reach::FormChange("AAAAFHH", UPLOAD),
    ),
    (
        "GET",
        "/incidents/{id}/attachments/{attachment}",
        Reach::Read("AAAAAHH"),
    ),
    (
        "POST",
        "/incidents/{id}/work",
        Reach::FormChange("AAAAFHH", &[("action", "note"), ("note", "Probe note")]),
    ),
    ("GET", "/invite/{token}", Reach::Public),
    ("POST", "/invite/{token}", Reach::Public),
    ("GET", "/login", Reach::Public),
    ("POST", "/login", Reach::Public),
    ("GET", "/login/totp", Reach::Public),
    ("POST", "/login/totp", Reach::Public),
    ("POST", "/logout", Reach::Public),
    ("GET", "/matrix", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/matrix/rows",
        Reach::FormChange(
            "AFAFFFF",
            &[
                ("organisation", "cec"),
                ("role", "informed"),
                ("threat", "ddos"),
                ("phase", "voting"),
                ("asset", "all"),
            ],
        ),
    ),
    ("GET", "/measures", Reach::Read("AAAAAFF")),
    (
        "POST",
        "/measures",
        Reach::FormChange(
            "AFAFFFF",
            &[
                ("family", "securing_technology"),
                ("title", "Probe 2"),
                ("owner", "cec"),
            ],
        ),
    ),
    (
        "POST",
        "/measures/{id}",
        Reach::FormChange("AAAAFFF", &[("status", "in_progress")]),
    ),
    ("GET", "/meetings/{key}", Reach::Read("AAAAAHH")),
    (
        "POST",
        "/meetings/{key}",
        Reach::FormChange(
            "AFAFFHH",
            &[
                ("date", "2026-11-20"),
                ("title", "Probe, renamed"),
                ("version", "1"),
            ],
        ),
    ),
    ("GET", "/meetings/{key}/edit", Reach::Read("AFAFFHH")),
    ("GET", "/metrics", Reach::Public),
    ("GET", "/model", Reach::Read("AAAAAAA")),
    ("GET", "/model/export.yaml", Reach::Read("AAAAAAA")),
    ("GET", "/model/history", Reach::Read("AAAAAAA")),
    ("POST", "/model/history", Reach::FormChange("AFAFFFF", &[])),
    ("GET", "/model/history/{election}", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/model/import",
        Reach::FormChange("RFRFFFF", UPLOAD),
    ),
    (
        "POST",
        "/model/import/{id}/apply",
        Reach::FormChange("HFHFFFF", &[]),
    ),
    ("GET", "/network", Reach::Read("AAAAAAA")),
    ("GET", "/network.json", Reach::Read("AAAAAAA")),
    ("GET", "/organisations", Reach::Read("AAAAAAA")),
    ("GET", "/organisations/{key}", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/organisations/{key}/contacts",
        Reach::FormChange(
            "RRRRFFF",
            &[
                ("id", "probe-contact"),
                ("name", "Probe"),
                ("role", "Probe"),
                ("kind", "function"),
                ("availability", "twenty_four_seven"),
                ("channel_kind", "email"),
                ("channel_value", "probe@cec.example"),
            ],
        ),
    ),
    (
        "GET",
        "/organisations/{key}/contacts/new",
        Reach::Read("AAAAFFF"),
    ),
    ("GET", "/readyz", Reach::Public),
    (
        "POST",
        "/records/{kind}",
        Reach::FormChange(
            "RRRRFFF",
            &[(
                "body",
                "id: probe-contact\norganisation: cec\nname: Probe\nrole: Probe\nkind: function\navailability: twenty_four_seven\nchannels:\n  - {kind: email, value: probe@cec.example}\n",
            )],
        ),
    ),
    ("GET", "/records/{kind}/new", Reach::Read("AAAAFFF")),
    (
        "POST",
        "/records/{kind}/{key}",
        Reach::FormChange(
            "RRRRFHH",
            &[
                ("version", "1"),
                (
                    "body",
                    "id: cec-duty\norganisation: cec\nname: CEC security duty officer\nrole: Duty\nkind: function\navailability: twenty_four_seven\nchannels:\n  - {kind: email, value: duty@cec.example.dl}\n",
                ),
            ],
        ),
    ),
    (
        "POST",
        "/records/{kind}/{key}/delete",
        Reach::FormChange("RRRRFHH", &[("version", "1")]),
    ),
    ("GET", "/records/{kind}/{key}/edit", Reach::Read("AAAAFHH")),
    ("GET", "/risks", Reach::Read("AAAAAFF")),
    ("GET", "/risks.csv", Reach::Read("AAAAAFF")),
    ("POST", "/risks/seed", Reach::FormChange("AFAFFFF", &[])),
    ("GET", "/risks/{id}", Reach::Read("AAAAAFF")),
    (
        "POST",
        "/risks/{id}/work",
        Reach::FormChange(
            "FAAAFFF",
            &[("action", "assess"), ("likelihood", "3"), ("impact", "3")],
        ),
    ),
    ("GET", "/search", Reach::Read("AAAAAAA")),
    ("GET", "/sitreps", Reach::Read("AAAAAAA")),
    (
        "POST",
        "/sitreps",
        Reach::FormChange("FAAAFFF", &[("forum", "taskforce")]),
    ),
    ("GET", "/sitreps/{id}", Reach::Read("HAAAAHH")),
    (
        "POST",
        "/sitreps/{id}",
        Reach::FormChange(
            "HRRRFHH",
            &[("action", "edit"), ("title", "Probe"), ("body", "Probe")],
        ),
    ),
    ("GET", "/sitreps/{id}/export.html", Reach::Read("HAAAAHH")),
    ("GET", "/sitreps/{id}/export.pdf", Reach::Read("HAAAAHH")),
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
            Reach::Read(_) | Reach::ApiChange(..) | Reach::FormChange(..) => closed,
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

/// The readers of [`Reach::Read`], in its order: each role (the non-admin accounts belong
/// to the CEC), then an observer inside the CEC, who gets exactly what any observer gets.
const PROBED: [&str; 7] = [
    "platform@test.example",
    "orgadmin@test.example",
    "coordinator@test.example",
    "analyst@test.example",
    "reader@test.example",
    "observer@test.example",
    "cecobserver@test.example",
];

/// Sends a page's form: its fields, or a file for an upload form.
async fn submit(client: &mut Client, path: &str, fields: &[(&str, &str)]) -> StatusCode {
    if fields != UPLOAD {
        return client.post(path, fields).await.status;
    }
    let csrf = client.csrf.clone().unwrap_or_default();
    let body = "--probe\r\nContent-Disposition: form-data; name=\"file\"; filename=\"probe.txt\"\r\n\
                Content-Type: text/plain\r\n\r\nprobe\r\n--probe--\r\n";
    client
        .send(
            Method::POST,
            path,
            Some("multipart/form-data; boundary=probe"),
            body.as_bytes().to_vec(),
            &[("x-csrf-token", csrf.as_str())],
        )
        .await
        .status
}

/// What a probe's answer says of the reader's access.
fn letter_of(status: StatusCode) -> char {
    match status.as_u16() {
        403 => 'F',
        404 => 'H',
        200..=399 => 'A',
        400 | 409 | 422 => 'R',
        _ => '!',
    }
}

/// The items routes are probed on: a GREEN incident and a GREEN false claim by the CEC's
/// analyst, each with an attachment, a situation report of the task force, the seeded risk
/// register and a measure. Returns the path parameters by the route's first segment.
async fn probe_items(app: &TestApp) -> std::collections::HashMap<&'static str, String> {
    use serde_json::json;
    let mut analyst = app.signed_in(Role::Analyst).await;
    analyst.get("/").await;
    let mut ids = std::collections::HashMap::new();
    for (kind, body) in [
        (
            "incidents",
            json!({"title": "Probe", "threat_kind": "ddos", "severity": "low", "tlp": "green"}),
        ),
        (
            "disinformation",
            json!({"claim": "Probe", "threat_kind": "disinformation_trust", "platform": "Chirp", "tlp": "green"}),
        ),
    ] {
        let id = analyst.created(&format!("/api/v1/{kind}"), body).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let csrf = analyst.csrf.clone().unwrap_or_default();
        let attached = analyst
            .send(
                Method::POST,
                &format!("/api/v1/{kind}/{id}/attachments?filename=probe.txt"),
                Some("text/plain"),
                b"probe".to_vec(),
                &[("x-csrf-token", csrf.as_str())],
            )
            .await;
        ids.insert(
            if kind == "incidents" {
                "incident attachment"
            } else {
                "claim attachment"
            },
            attached.json()["id"].as_str().unwrap().to_owned(),
        );
        ids.insert(
            if kind == "incidents" {
                "incidents"
            } else {
                "disinformation"
            },
            id,
        );
    }
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/").await;
    let sitrep = coordinator
        .created("/api/v1/sitreps", json!({"forum": "taskforce"}))
        .await;
    ids.insert("sitreps", sitrep["id"].as_str().unwrap().to_owned());
    coordinator
        .api(Method::POST, "/api/v1/risks/seed", None, None)
        .await;
    let risks = coordinator.get("/api/v1/risks").await.json();
    let risk = risks["risks"][0]["id"].as_str().unwrap().to_owned();
    let measure = coordinator
        .created(
            "/api/v1/measures",
            json!({"family": "securing_technology", "title": "Probe", "owner": "cec", "risks": [risk]}),
        )
        .await;
    let meeting = coordinator
        .post(
            "/forums/taskforce/meetings",
            &[("date", "2026-11-20"), ("title", "Probe")],
        )
        .await;
    let location = meeting.headers["location"].to_str().unwrap();
    ids.insert(
        "meetings",
        location.trim_start_matches("/meetings/").to_owned(),
    );
    ids.insert("risks", risk);
    ids.insert("measures", measure["id"].as_str().unwrap().to_owned());
    // The model kept for the demo's election, for its comparison page.
    let kept = coordinator.post("/model/history", &[]).await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", kept.text);
    ids
}

/// The path to probe for a route pattern: items by kind, model records by their keys, and
/// "nothing" for what the probe does not create (tokens, webhooks, accounts, imports).
fn probe_path(pattern: &str, ids: &std::collections::HashMap<&'static str, String>) -> String {
    let segments: Vec<&str> = pattern.trim_start_matches("/api/v1").split('/').collect();
    let kind = segments.get(1).copied().unwrap_or_default();
    let item = |name: &str| {
        ids.get(name)
            .cloned()
            .unwrap_or_else(|| "nothing".to_owned())
    };
    let mut path = pattern.replace("{kind}", "contact");
    let id = match kind {
        "incidents" | "disinformation" | "sitreps" | "risks" | "measures" | "meetings" => {
            item(kind)
        }
        "organisations" => "cec".to_owned(),
        "agreements" => "cec-nss-protocol".to_owned(),
        "forums" => "taskforce".to_owned(),
        "contacts" | "records" => "cec-duty".to_owned(),
        _ => "nothing".to_owned(),
    };
    let attachment = match kind {
        "incidents" => item("incident attachment"),
        _ => item("claim attachment"),
    };
    path = path
        .replace("{attachment}", &attachment)
        .replace("{id}", &id)
        .replace("{key}", &id)
        .replace("{request}", "nothing")
        .replace("{election}", "General%20election%202027");
    path
}

#[tokio::test]
async fn every_signed_in_route_answers_each_role_as_its_mandate_says() {
    let mut observed: Vec<(String, String, String)> = ROUTES
        .iter()
        .filter(|(_, _, reach)| !matches!(reach, Reach::Public))
        .map(|(m, p, _)| ((*m).to_owned(), (*p).to_owned(), String::new()))
        .collect();
    let forms: std::collections::HashMap<(&str, &str), &[(&str, &str)]> = ROUTES
        .iter()
        .filter_map(|(m, p, reach)| match reach {
            Reach::FormChange(_, fields) => Some(((*m, *p), *fields)),
            _ => None,
        })
        .collect();
    let bodies: std::collections::HashMap<(&str, &str), &str> = ROUTES
        .iter()
        .filter_map(|(m, p, reach)| match reach {
            Reach::ApiChange(_, body) => Some(((*m, *p), *body)),
            _ => None,
        })
        .collect();
    for email in PROBED {
        let app = TestApp::new().await;
        let ids = probe_items(&app).await;
        let mut client = app.client();
        client.sign_in(email, super::PASSWORD).await;
        client.get("/").await;
        for (method, pattern, letters) in observed.iter_mut() {
            // The live streams never end: their access is tried by the read matrices (every
            // role, TLP level and an observer inside a member organisation).
            if pattern == "/api/v1/events" || pattern == "/dashboard/live" {
                letters.push('A');
                continue;
            }
            let path = probe_path(pattern, &ids);
            let key = (method.as_str(), pattern.as_str());
            if let Some(fields) = forms.get(&key) {
                letters.push(letter_of(submit(&mut client, &path, fields).await));
                continue;
            }
            let body = bodies.get(&key).copied();
            let method = Method::from_bytes(method.as_bytes()).unwrap();
            let status = match body {
                // A deletion names the version it deletes.
                None | Some("none") if method == Method::DELETE => {
                    let path = format!("{path}?version=1");
                    client.api(method, &path, None, None).await.status
                }
                None | Some("none") => client.api(method, &path, None, None).await.status,
                Some("upload") => {
                    let csrf = client.csrf.clone().unwrap_or_default();
                    client
                        .send(
                            method,
                            &format!("{path}?filename=probe.txt"),
                            Some("text/plain"),
                            b"probe".to_vec(),
                            &[("x-csrf-token", csrf.as_str())],
                        )
                        .await
                        .status
                }
                Some(json) => {
                    let json = json.replace("{incident}", &ids["incidents"]);
                    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
                    client.api(method, &path, None, Some(json)).await.status
                }
            };
            letters.push(letter_of(status));
        }
    }
    let expected: std::collections::HashMap<(&str, &str), &str> = ROUTES
        .iter()
        .filter_map(|(m, p, reach)| match reach {
            Reach::Read(letters) | Reach::ApiChange(letters, _) | Reach::FormChange(letters, _) => {
                Some(((*m, *p), *letters))
            }
            Reach::Public => None,
        })
        .collect();
    let mut mismatches = Vec::new();
    for (method, pattern, letters) in &observed {
        let wanted = expected[&(method.as_str(), pattern.as_str())];
        if wanted != letters {
            mismatches.push(format!("{method} {pattern}: {letters}, expected {wanted}"));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} routes answer otherwise:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}
