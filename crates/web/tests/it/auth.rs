//! Sign-in, sessions, CSRF, lockout, the second factor, invitations and API tokens.

use super::{PASSWORD, TestApp, email_of, form};
use axum::http::{Method, StatusCode};
use liaison_domain::access::Role;

#[tokio::test]
async fn pages_need_a_session_and_send_strangers_to_sign_in() {
    let app = TestApp::new().await;
    let mut stranger = app.client();
    let response = stranger.get("/organisations").await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/login?next=/organisations");
    let api = stranger.get("/api/v1/organisations").await;
    assert_eq!(api.status, StatusCode::UNAUTHORIZED);
    assert_eq!(api.json()["code"], "unauthorized");
}

#[tokio::test]
async fn a_wrong_password_is_refused_without_saying_which_part_was_wrong() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let wrong = client
        .sign_in(email_of(Role::Reader), "not the password")
        .await;
    let unknown = client
        .sign_in("nobody@test.example", "not the password")
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    for refused in [&wrong, &unknown] {
        assert!(
            refused
                .text
                .contains("The e-mail address and password do not open an account now."),
            "{}",
            refused.text
        );
    }
}

#[tokio::test]
async fn the_session_cookie_is_http_only_strict_and_rotated_at_sign_in() {
    let app = TestApp::new().await;
    let mut client = app.client();
    client.get("/login").await;
    client
        .cookies
        .push(("liaison_session".into(), "planted-by-an-attacker".into()));
    let response = client
        .post(
            "/login",
            &[
                ("email", email_of(Role::Reader)),
                ("password", PASSWORD),
                ("next", "/"),
            ],
        )
        .await;
    let cookie = response
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("liaison_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert!(!cookie.contains("planted-by-an-attacker"));
    let session = client
        .cookies
        .iter()
        .find(|(k, _)| k == "liaison_session")
        .map(|(_, v)| v.clone())
        .unwrap();
    assert_ne!(session, "planted-by-an-attacker");
    assert_eq!(client.get("/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_state_change_without_the_csrf_token_is_refused() {
    let app = TestApp::new().await;
    let mut client = app.signed_in(Role::Coordinator).await;
    let before = client.get("/matrix").await;
    assert_eq!(before.status, StatusCode::OK);
    let fields = "organisation=cert&role=informed&threat=ddos&phase=all&asset=all";
    let missing = client.post_raw("/matrix/rows", fields).await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    let wrong = client
        .post_raw("/matrix/rows", &format!("csrf=forged&{fields}"))
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let api = client
        .send(
            Method::POST,
            "/api/v1/contacts/cec-duty/verify",
            Some("application/json"),
            b"{\"version\":1}".to_vec(),
            &[],
        )
        .await;
    assert_eq!(api.status, StatusCode::FORBIDDEN);
    assert_eq!(api.json()["code"], "csrf");
    // Sign-in itself needs the token of the sign-in page.
    let mut stranger = app.client();
    let login = stranger
        .post_raw(
            "/login",
            &form(&[("email", email_of(Role::Reader)), ("password", PASSWORD)]),
        )
        .await;
    assert_eq!(login.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_expired_or_ended_session_no_longer_works() {
    let app = TestApp::new().await;
    let mut client = app.signed_in(Role::Reader).await;
    assert_eq!(client.get("/").await.status, StatusCode::OK);
    client.post("/logout", &[]).await;
    assert_eq!(client.get("/").await.status, StatusCode::SEE_OTHER);

    let account = app
        .db
        .store
        .account_by_email(email_of(Role::Reader))
        .await
        .unwrap()
        .unwrap();
    let token = "a-session-token-that-has-expired";
    app.db
        .store
        .create_session(&liaison_store::Session {
            token_hash: liaison_store::sha256_hex(token.as_bytes()),
            account_id: account.id,
            csrf_token: "x".into(),
            second_factor_pending: false,
            expires_at: liaison_store::format_time(app.now() - time::Duration::minutes(1)),
        })
        .await
        .unwrap();
    let mut expired = app.client();
    expired
        .cookies
        .push(("liaison_session".into(), token.into()));
    assert_eq!(expired.get("/").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn repeated_failures_lock_the_account_for_a_while() {
    let app = TestApp::new().await;
    let mut client = app.client();
    for _ in 0..5 {
        assert_eq!(
            client
                .sign_in(email_of(Role::Analyst), "guess")
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
    }
    let locked = client.sign_in(email_of(Role::Analyst), PASSWORD).await;
    assert_eq!(locked.status, StatusCode::UNAUTHORIZED);
    assert!(locked.text.contains("locked"), "{}", locked.text);
    // Others are not affected.
    assert_eq!(
        client
            .sign_in(email_of(Role::Reader), PASSWORD)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn the_second_factor_is_enrolled_then_asked_for_and_recovery_codes_work_once() {
    let app = TestApp::new().await;
    let mut client = app.signed_in(Role::Coordinator).await;
    let enrol = client.post("/account/totp/start", &[]).await;
    assert_eq!(enrol.status, StatusCode::OK);
    assert!(
        enrol.text.contains("data:image/svg+xml;base64,"),
        "a QR code"
    );
    let start = enrol.text.find("id=\"totp-secret\">").unwrap() + "id=\"totp-secret\">".len();
    let secret = enrol.text[start..start + enrol.text[start..].find('<').unwrap()].to_owned();
    let email = email_of(Role::Coordinator);
    let wrong = client
        .post("/account/totp/confirm", &[("code", "123")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let code = liaison_web::totp_code_at(&secret, email, app.now()).unwrap();
    let codes_page = client
        .post("/account/totp/confirm", &[("code", &code)])
        .await;
    assert_eq!(codes_page.status, StatusCode::OK, "{}", codes_page.text);
    let recovery: Vec<String> = codes_page
        .text
        .split("<code>")
        .skip(1)
        .map(|s| s[..s.find('<').unwrap()].to_owned())
        .collect();
    assert_eq!(recovery.len(), 10);

    client.post("/logout", &[]).await;
    let first = client.sign_in(email, PASSWORD).await;
    assert_eq!(first.location(), "/login/totp");
    assert_eq!(
        client.get("/").await.location(),
        "/login/totp",
        "no page before the second factor"
    );
    client.get("/login/totp").await;
    let bad = client.post("/login/totp", &[("code", "000000")]).await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);
    let good = client
        .post(
            "/login/totp",
            &[(
                "code",
                &liaison_web::totp_code_at(&secret, email, app.now()).unwrap(),
            )],
        )
        .await;
    assert_eq!(good.location(), "/");
    client.csrf = None;
    assert_eq!(client.get("/").await.status, StatusCode::OK);

    client.post("/logout", &[]).await;
    client.sign_in(email, PASSWORD).await;
    client.get("/login/totp").await;
    assert_eq!(
        client
            .post("/login/totp", &[("code", &recovery[0])])
            .await
            .location(),
        "/"
    );
    client.csrf = None;
    client.post("/logout", &[]).await;
    client.sign_in(email, PASSWORD).await;
    client.get("/login/totp").await;
    assert_eq!(
        client
            .post("/login/totp", &[("code", &recovery[0])])
            .await
            .status,
        StatusCode::UNAUTHORIZED,
        "a recovery code works once"
    );
}

#[tokio::test]
async fn an_invitation_link_creates_an_account_once() {
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
    let form_page = newcomer.get(link).await;
    assert!(form_page.text.contains("newcomer@test.example"));
    let accepted = newcomer
        .post(
            link,
            &[
                ("name", "New Comer"),
                ("password", "a long enough password"),
                ("repeat", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(accepted.location(), "/login");
    assert_eq!(
        newcomer
            .sign_in("newcomer@test.example", "a long enough password")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let account = app
        .db
        .store
        .account_by_email("newcomer@test.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (account.role, account.organisation.as_deref()),
        (Role::Analyst, Some("cec")),
        "the organisation admin's own organisation"
    );
    let mut again = app.client();
    assert_eq!(
        again.get(link).await.status,
        StatusCode::NOT_FOUND,
        "used up"
    );
}

#[tokio::test]
async fn api_tokens_are_scoped_expiring_and_revocable() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    let token = admin
        .new_token(&[
            ("name", "sync script"),
            ("role", "reader"),
            ("organisation", "cert"),
            ("days", "30"),
        ])
        .await;
    assert!(token.starts_with("lsn_"));
    let mut script = app.client();
    let list = script
        .api(Method::GET, "/api/v1/organisations", Some(&token), None)
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.json()
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["id"] == "cec")
    );
    let forbidden = script
        .api(
            Method::POST,
            "/api/v1/contacts/cert-duty/verify",
            Some(&token),
            Some(serde_json::json!({"version": 1})),
        )
        .await;
    assert_eq!(
        forbidden.status,
        StatusCode::FORBIDDEN,
        "a reader token cannot change"
    );
    let wrong = script
        .api(
            Method::GET,
            "/api/v1/organisations",
            Some("lsn_00000000-0000-0000-0000-000000000000_nope"),
            None,
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let id = app.db.store.api_tokens(None).await.unwrap()[0].id.clone();
    admin.get("/admin/tokens").await;
    admin.post(&format!("/admin/tokens/{id}/revoke"), &[]).await;
    assert_eq!(
        script
            .api(Method::GET, "/api/v1/organisations", Some(&token), None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_first_password_must_be_changed_before_anything_else() {
    let app = TestApp::new().await;
    let account = app
        .db
        .store
        .account_by_email(email_of(Role::Reader))
        .await
        .unwrap()
        .unwrap();
    let hash = liaison_web::hash_password("one-time-password-123").unwrap();
    app.db
        .store
        .set_password(&liaison_store::Actor::system(), &account.id, &hash, true)
        .await
        .unwrap();
    let mut client = app.client();
    client
        .sign_in(email_of(Role::Reader), "one-time-password-123")
        .await;
    assert_eq!(
        client.get("/organisations?kind=cert").await.location(),
        "/account/password?next=/organisations%3Fkind%3Dcert"
    );
    client
        .get("/account/password?next=/organisations%3Fkind%3Dcert")
        .await;
    let short = client
        .post(
            "/account/password",
            &[
                ("current", "one-time-password-123"),
                ("new", "short"),
                ("repeat", "short"),
            ],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    let done = client
        .post(
            "/account/password",
            &[
                ("current", "one-time-password-123"),
                ("new", "my own long password"),
                ("repeat", "my own long password"),
                ("next", "/organisations?kind=cert"),
            ],
        )
        .await;
    // On to the page first asked for; without one, the account page says it is done.
    assert_eq!(done.location(), "/organisations?kind=cert");
    assert!(
        client
            .get("/account?changed=password")
            .await
            .text
            .contains("Your password is changed.")
    );
    client.csrf = None;
    assert_eq!(client.get("/organisations").await.status, StatusCode::OK);
}

/// Enrols the second factor for the account of `email`; returns its secret, signed out.
async fn with_second_factor(app: &TestApp, email: &str) -> String {
    let mut client = app.client();
    client.sign_in(email, PASSWORD).await;
    let enrol = client.post("/account/totp/start", &[]).await;
    let start = enrol.text.find("id=\"totp-secret\">").unwrap() + "id=\"totp-secret\">".len();
    let secret = enrol.text[start..start + enrol.text[start..].find('<').unwrap()].to_owned();
    let code = liaison_web::totp_code_at(&secret, email, app.now()).unwrap();
    let confirmed = client
        .post("/account/totp/confirm", &[("code", &code)])
        .await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.text);
    client.post("/logout", &[]).await;
    secret
}

#[tokio::test]
async fn wrong_second_factor_codes_lock_the_account_however_often_the_password_is_given() {
    let app = TestApp::new().await;
    let email = email_of(Role::Coordinator);
    let secret = with_second_factor(&app, email).await;
    // Someone gave the password and waits at the second factor.
    let mut waiting = app.client();
    assert_eq!(
        waiting.sign_in(email, PASSWORD).await.location(),
        "/login/totp"
    );
    waiting.get("/login/totp").await;
    // Rounds of: the right password, then two wrong codes. Five failures lock the account.
    for _ in 0..3 {
        let mut client = app.client();
        if client.sign_in(email, PASSWORD).await.location() != "/login/totp" {
            break;
        }
        client.get("/login/totp").await;
        for _ in 0..2 {
            client.post("/login/totp", &[("code", "000000")]).await;
        }
    }
    let mut client = app.client();
    let refused = client.sign_in(email, PASSWORD).await;
    assert_eq!(
        refused.status,
        StatusCode::UNAUTHORIZED,
        "the account is locked after five failures in all: {}",
        refused.location()
    );
    // Not even the right code gets past a locked account.
    let code = liaison_web::totp_code_at(&secret, email, app.now()).unwrap();
    let after = waiting.post("/login/totp", &[("code", &code)]).await;
    assert_eq!(after.location(), "/login");
}

#[tokio::test]
async fn an_authenticator_code_is_accepted_once() {
    let app = TestApp::new().await;
    let email = email_of(Role::Coordinator);
    let secret = with_second_factor(&app, email).await;
    // The code of the next period: the enrolment used the current one.
    let code =
        liaison_web::totp_code_at(&secret, email, app.now() + time::Duration::seconds(30)).unwrap();
    let mut first = app.client();
    first.sign_in(email, PASSWORD).await;
    first.get("/login/totp").await;
    assert_eq!(
        first
            .post("/login/totp", &[("code", &code)])
            .await
            .location(),
        "/"
    );
    let mut replay = app.client();
    replay.sign_in(email, PASSWORD).await;
    replay.get("/login/totp").await;
    let again = replay.post("/login/totp", &[("code", &code)]).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED, "{}", again.text);
}

#[tokio::test]
async fn the_second_factor_is_throttled_per_address() {
    let app = TestApp::new().await;
    // One address guesses codes for every account, a few each (too few to lock any).
    let address: std::net::SocketAddr = "192.0.2.7:40000".parse().unwrap();
    let mut statuses = Vec::new();
    for (email, _, _) in super::ACCOUNTS {
        with_second_factor(&app, email).await;
        let mut client = app.client();
        client.sign_in(email, PASSWORD).await;
        client.get("/login/totp").await;
        for _ in 0..4 {
            let csrf = client.csrf.clone().unwrap_or_default();
            let request = axum::http::Request::builder()
                .method("POST")
                .uri("/login/totp")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", super::incidents::cookie_of(&client))
                .extension(axum::extract::ConnectInfo(address))
                .body(axum::body::Body::from(format!("code=000000&csrf={csrf}")))
                .unwrap();
            let response = tower::ServiceExt::oneshot(app.app.clone(), request)
                .await
                .unwrap();
            statuses.push(response.status());
        }
    }
    assert!(statuses.len() > 30);
    assert!(
        statuses[..30]
            .iter()
            .all(|s| *s == StatusCode::UNAUTHORIZED),
        "{statuses:?}"
    );
    assert!(
        statuses[30..]
            .iter()
            .all(|s| *s == StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
}

#[tokio::test]
async fn sign_in_says_the_same_for_unknown_locked_and_wrong() {
    let app = TestApp::new().await;
    let mut client = app.client();
    for _ in 0..5 {
        client.sign_in(email_of(Role::Analyst), "guess").await;
    }
    let text_of = |r: super::Response| {
        // The form repeats the address typed: compare what the page says, not which address.
        let error = r
            .text
            .find("role=\"alert\"")
            .map(|i| &r.text[i..])
            .unwrap_or(&r.text);
        (
            r.status,
            error[..error.find('<').unwrap_or(error.len())].to_owned(),
        )
    };
    let locked = text_of(client.sign_in(email_of(Role::Analyst), PASSWORD).await);
    let unknown = text_of(client.sign_in("nobody@test.example", PASSWORD).await);
    let wrong = text_of(client.sign_in(email_of(Role::Reader), "guess").await);
    assert_eq!(locked, unknown);
    assert_eq!(wrong, unknown);
}

#[tokio::test]
async fn sign_in_never_sends_the_browser_to_another_site() {
    let app = TestApp::new().await;
    for next in ["/%09/evil.example", "//evil.example", "/%5Cevil.example"] {
        let mut client = app.client();
        client.get(&format!("/login?next={next}")).await;
        let response = client
            .post(
                "/login",
                &[
                    ("email", email_of(Role::Reader)),
                    ("password", PASSWORD),
                    ("next", &next.replace("%09", "\t").replace("%5C", "\\")),
                ],
            )
            .await;
        assert_eq!(response.location(), "/", "{next}");
    }
}

#[tokio::test]
async fn an_organisation_administrator_grants_no_right_it_does_not_hold() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::OrganisationAdmin).await;
    admin.get("/admin/tokens").await;
    for role in ["coordinator", "platform_admin"] {
        let token = admin
            .post(
                "/admin/tokens",
                &[("name", "sync"), ("role", role), ("days", "30")],
            )
            .await;
        assert_eq!(token.status, StatusCode::UNPROCESSABLE_ENTITY, "{role}");
        admin.get("/admin/accounts").await;
        let invitation = admin
            .post(
                "/admin/invitations",
                &[("email", "new@test.example"), ("role", role)],
            )
            .await;
        assert_eq!(
            invitation.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{role}"
        );
        admin.get("/admin/tokens").await;
    }
    assert!(app.db.store.api_tokens(None).await.unwrap().is_empty());
    let page = admin.get("/admin/tokens").await;
    assert!(!page.text.contains("value=\"coordinator\""), "offered");
    let reader = admin
        .post(
            "/admin/tokens",
            &[("name", "sync"), ("role", "reader"), ("days", "30")],
        )
        .await;
    assert_eq!(reader.status, StatusCode::OK, "{}", reader.text);
}

/// A page's form posted with the session cookie is checked for its CSRF token whatever
/// `Authorization` header comes with it; only the API with a bearer token is exempt.
#[tokio::test]
async fn an_authorization_header_does_not_switch_off_the_csrf_check_of_pages() {
    let app = TestApp::new().await;
    let mut client = app.signed_in(Role::Reader).await;
    for header in ["Basic YTpi", "Bearer lsn_not-a-token"] {
        let response = client
            .send(
                axum::http::Method::POST,
                "/account/password",
                Some("application/x-www-form-urlencoded"),
                super::form(&[
                    ("current", PASSWORD),
                    ("new", "a brand new long password"),
                    ("repeat", "a brand new long password"),
                ])
                .into_bytes(),
                &[("authorization", header)],
            )
            .await;
        assert_eq!(response.status, StatusCode::FORBIDDEN, "{header}");
    }
    client.post("/logout", &[]).await;
    assert_eq!(
        client
            .sign_in(email_of(Role::Reader), PASSWORD)
            .await
            .status,
        StatusCode::SEE_OTHER,
        "the password is unchanged"
    );
}

/// A webhook may not point at this machine or a private network (SSRF) unless the operator
/// allows it; the address is refused when it is registered.
#[tokio::test]
async fn a_webhook_may_not_call_inside_the_network() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::OrganisationAdmin).await;
    admin.get("/admin/webhooks").await;
    for url in [
        "http://127.0.0.1:5432/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://localhost/hook",
        "http://10.0.0.8/hook",
    ] {
        let refused = admin
            .post("/admin/webhooks", &[("url", url), ("description", "x")])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        assert!(refused.text.contains("private network"), "{url}");
        admin.get("/admin/webhooks").await;
    }
    let accepted = admin
        .post(
            "/admin/webhooks",
            &[
                ("url", "https://tickets.cert.example/hook"),
                ("description", "x"),
            ],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
}

/// `/metrics` tells sign-in outcomes and traffic: without a configured scrape token it is not
/// served to anyone, signed in or not.
#[tokio::test]
async fn metrics_are_not_for_everyone() {
    let app = TestApp::new().await;
    for mut client in [app.client(), app.signed_in(Role::PlatformAdmin).await] {
        let response = client.get("/metrics").await;
        assert_eq!(response.status, StatusCode::NOT_FOUND);
        assert!(!response.text.contains("liaison_sign_ins_total"));
    }
}

#[tokio::test]
async fn pending_invitations_are_listed_and_can_be_withdrawn_within_the_administrator_s_scope() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::OrganisationAdmin).await;
    admin.get("/admin/accounts").await;
    let page = admin
        .post(
            "/admin/invitations",
            &[("email", "pending@test.example"), ("role", "analyst")],
        )
        .await;
    let start = page.text.find("http://liaison.test/invite/").unwrap();
    let link = page.text
        [start + "http://liaison.test".len()..start + page.text[start..].find('<').unwrap()]
        .to_owned();
    // Listed with who, as what, by whom, until when; never with its link.
    let list = admin.get("/admin/accounts").await.text;
    let pending = &list[list.find("id=\"pending\"").unwrap()..];
    assert!(
        pending.contains("<td>pending@test.example</td>"),
        "{pending}"
    );
    assert!(pending.contains("<td>Analyst</td>"));
    // Seven days from now, as the page writes it.
    let expires = liaison_locale::Locale::En.date_time(app.now() + time::Duration::days(7));
    assert!(pending.contains(&expires), "{expires}: {pending}");
    assert!(!list[list.find("id=\"pending\"").unwrap()..].contains("/invite/"));
    let action = &pending[pending.find("/admin/invitations/").unwrap()..];
    let revoke = action[..action.find('"').unwrap()].to_owned();

    // An unknown reference is not found; the withdrawal is audited.
    let unknown = admin
        .post("/admin/invitations/0123456789abcdef/revoke", &[])
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let withdrawn = admin.post(&revoke, &[]).await;
    assert_eq!(
        withdrawn.status,
        StatusCode::SEE_OTHER,
        "{}",
        withdrawn.text
    );
    let list = admin.get("/admin/accounts").await.text;
    assert!(!list.contains("<td>pending@test.example</td>"));
    assert_eq!(admin.post(&revoke, &[]).await.status, StatusCode::NOT_FOUND);
    // Its link no longer opens an account.
    let mut newcomer = app.client();
    assert_eq!(newcomer.get(&link).await.status, StatusCode::NOT_FOUND);
    let audit = app
        .db
        .store
        .audit_entries(&liaison_store::AuditFilter {
            action: Some("revoke_invitation".to_owned()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(audit.len(), 1);
}
