//! Accounts, invitations, API tokens and the audit log; and accepting an invitation.

use super::{entry, field, html, required};
use crate::AppState;
use crate::error::PageError;
use crate::pages::login::anonymous_csrf;
use crate::security::{self, new_api_token, random_token};
use crate::session::{CSRF_COOKIE, CurrentUser, cookie};
use crate::views::{Chrome, Names, Words, role_label};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use liaison_domain::access::{
    Action, Credential, RecordKind, Role, Scope, Viewer, may_grant, scope_of,
};
use liaison_interop::model_file::OrganisationEntry;
use liaison_store::{ApiToken, AuditFilter, Invitation, NewAccount, format_time, sha256_hex};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/accounts", get(accounts))
        .route("/admin/invitations", post(invite))
        .route(
            "/admin/invitations/{reference}/revoke",
            post(revoke_invitation),
        )
        .route("/admin/accounts/{id}/disable", post(disable))
        .route("/admin/accounts/{id}/enable", post(enable))
        .route("/admin/tokens", get(tokens).post(create_token))
        .route("/admin/tokens/{id}/revoke", post(revoke_token))
        .route("/admin/audit", get(audit))
        .route(
            "/invite/{token}",
            get(invitation_form).post(accept_invitation),
        )
}

/// The organisation whose accounts the viewer manages: `None` for the whole platform.
pub(crate) fn managed_scope(
    viewer: &Viewer,
    action: fn(Option<&str>) -> Action<'_>,
) -> Result<Option<String>, PageError> {
    match scope_of(viewer, action) {
        Some(Scope::Platform) => Ok(None),
        Some(Scope::Organisation(own)) => Ok(Some(own.to_owned())),
        None => Err(PageError::Forbidden),
    }
}

fn accounts_action(organisation: Option<&str>) -> Action<'_> {
    Action::ManageAccounts { organisation }
}

fn tokens_action(organisation: Option<&str>) -> Action<'_> {
    Action::ManageTokens { organisation }
}

/// Roles the viewer may hand out.
fn grantable(viewer: &Viewer, credential: Credential) -> Vec<Role> {
    Role::ALL
        .into_iter()
        .filter(|r| may_grant(viewer, *r, credential))
        .collect()
}

async fn organisation_keys(
    state: &AppState,
    user: &CurrentUser,
) -> Result<Vec<(String, String)>, PageError> {
    let mut list = Vec::new();
    for record in state
        .store
        .records(RecordKind::Organisation, user.audiences())
        .await?
    {
        let o: OrganisationEntry = entry(&record)?;
        list.push((record.key.clone(), o.name));
    }
    Ok(list)
}

struct AccountRow {
    id: String,
    email: String,
    name: String,
    organisation: String,
    role: String,
    second_factor: bool,
    disabled: bool,
    locked: bool,
}

/// An invitation not yet accepted: who, as what, by whom, until when.
struct InvitationRow {
    reference: String,
    email: String,
    organisation: String,
    role: String,
    invited_by: String,
    sent: String,
    expires: String,
}

#[derive(Template)]
#[template(path = "admin_accounts.html")]
struct AccountsPage {
    chrome: Chrome,
    rows: Vec<AccountRow>,
    invitations: Vec<InvitationRow>,
    roles: Vec<(&'static str, String)>,
    organisations: Vec<(String, String)>,
    fixed_organisation: Option<String>,
    invitation_link: Option<String>,
    error: Option<String>,
    me: String,
}

async fn accounts_page(
    state: &AppState,
    user: &CurrentUser,
    invitation_link: Option<String>,
    error: Option<String>,
) -> Result<AccountsPage, PageError> {
    let scope = managed_scope(user.caller.viewer(), accounts_action)?;
    let now = state.now();
    let (names, locale) = (user.names(), user.locale);
    let platform = locale.text("accounts-the-platform");
    let mut invitations = Vec::new();
    for i in state.store.pending_invitations(scope.as_deref()).await? {
        let invited_by = match state.store.account(&i.invited_by).await {
            Ok(account) => account.name,
            Err(liaison_store::StoreError::NotFound) => i.invited_by.clone(),
            Err(other) => return Err(other.into()),
        };
        invitations.push(InvitationRow {
            reference: i.reference,
            email: i.email,
            organisation: i
                .organisation
                .map_or_else(|| platform.clone(), |o| names.organisation(&o).name),
            role: role_label(locale, i.role),
            invited_by,
            sent: locale.when(&i.created_at),
            expires: locale.when(&i.expires_at),
        });
    }
    let rows = state
        .store
        .accounts(scope.as_deref())
        .await?
        .into_iter()
        .map(|a| AccountRow {
            locked: a.is_locked(now),
            id: a.id,
            email: a.email,
            name: a.name,
            organisation: a
                .organisation
                .map_or_else(|| platform.clone(), |o| names.organisation(&o).name),
            role: role_label(locale, a.role),
            second_factor: a.totp_enabled,
            disabled: a.disabled,
        })
        .collect();
    Ok(AccountsPage {
        chrome: Chrome::of(user, "admin"),
        rows,
        invitations,
        roles: grantable(user.caller.viewer(), Credential::Account)
            .into_iter()
            .map(|r| (r.id(), role_label(locale, r)))
            .collect(),
        organisations: organisation_keys(state, user).await?,
        fixed_organisation: scope.map(|o| names.organisation(&o).name),
        invitation_link,
        error,
        me: user.account.id.clone(),
    })
}

async fn accounts(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    Ok(html(accounts_page(&state, &user, None, None).await?)?.into_response())
}

#[derive(Deserialize)]
struct InviteForm {
    email: String,
    role: String,
    #[serde(default)]
    organisation: String,
}

async fn invite(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(form): Form<InviteForm>,
) -> Result<Response, PageError> {
    let scope = managed_scope(user.caller.viewer(), accounts_action)?;
    let email = required("e-mail address", &form.email, 254)?;
    if !email.contains('@') || email.contains(char::is_whitespace) {
        return Err(PageError::BadRequest(
            user.locale.text("accounts-not-an-address"),
        ));
    }
    let role = Role::from_id(&form.role)
        .filter(|r| may_grant(user.caller.viewer(), *r, Credential::Account))
        .ok_or_else(|| PageError::BadRequest(user.locale.text("accounts-role-not-yours")))?;
    let organisation = match scope {
        Some(own) => Some(own),
        None if form.organisation.is_empty() => None,
        None => Some(form.organisation.trim().to_owned()),
    };
    match &organisation {
        Some(org) => {
            state
                .store
                .record(RecordKind::Organisation, org, user.audiences())
                .await
                .map_err(|_| {
                    PageError::BadRequest(user.locale.text_with(
                        "accounts-unknown-organisation",
                        &[("organisation", org.into())],
                    ))
                })?;
        }
        None if role != Role::PlatformAdmin => {
            return Err(PageError::BadRequest(
                user.locale.text("accounts-choose-organisation"),
            ));
        }
        None => {}
    }
    if state.store.account_by_email(&email).await?.is_some() {
        let page = accounts_page(
            &state,
            &user,
            None,
            Some(
                user.locale
                    .text_with("accounts-already-has", &[("email", email.as_str().into())]),
            ),
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(page)?).into_response());
    }
    let token = random_token(32);
    state
        .store
        .create_invitation(
            &user.actor(),
            &sha256_hex(token.as_bytes()),
            &Invitation {
                email,
                organisation,
                role,
                invited_by: user.account.id.clone(),
                expires_at: format_time(state.now() + time::Duration::days(7)),
            },
        )
        .await?;
    let link = format!(
        "{}/invite/{token}",
        state.config.public_url.trim_end_matches('/')
    );
    Ok(html(accounts_page(&state, &user, Some(link), None).await?)?.into_response())
}

/// Withdraws an invitation not yet accepted: its link no longer opens an account.
async fn revoke_invitation(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(reference): Path<String>,
) -> Result<Response, PageError> {
    let scope = managed_scope(user.caller.viewer(), accounts_action)?;
    state
        .store
        .revoke_invitation(&user.actor(), &reference, scope.as_deref())
        .await?;
    Ok(Redirect::to("/admin/accounts").into_response())
}

async fn set_disabled(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    disabled: bool,
) -> Result<Response, PageError> {
    let scope = managed_scope(user.caller.viewer(), accounts_action)?;
    let target = state.store.account(id).await?;
    if scope.is_some() && target.organisation != scope {
        return Err(PageError::NotFound);
    }
    if target.id == user.account.id {
        return Err(PageError::BadRequest(
            user.locale.text("accounts-not-yourself"),
        ));
    }
    state
        .store
        .set_account_disabled(&user.actor(), id, disabled)
        .await?;
    Ok(Redirect::to("/admin/accounts").into_response())
}

async fn disable(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    set_disabled(&state, &user, &id, true).await
}

async fn enable(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    set_disabled(&state, &user, &id, false).await
}

#[derive(Template)]
#[template(path = "admin_tokens.html")]
struct TokensPage {
    chrome: Chrome,
    tokens: Vec<ApiToken>,
    /// The name of each token's organisation and its role, in the order of `tokens`.
    owners: Vec<(String, String)>,
    roles: Vec<(&'static str, String)>,
    organisations: Vec<(String, String)>,
    fixed_organisation: Option<String>,
    new_token: Option<String>,
}

async fn tokens_page(
    state: &AppState,
    user: &CurrentUser,
    new_token: Option<String>,
) -> Result<TokensPage, PageError> {
    let scope = managed_scope(user.caller.viewer(), tokens_action)?;
    let names = user.names();
    let tokens = state.store.api_tokens(scope.as_deref()).await?;
    Ok(TokensPage {
        chrome: Chrome::of(user, "admin"),
        owners: tokens
            .iter()
            .map(|t| {
                let owner = match &t.organisation {
                    Some(o) => names.organisation(o).name,
                    None => user.locale.text("directory-the-platform"),
                };
                (owner, role_label(user.locale, t.role))
            })
            .collect(),
        tokens,
        roles: grantable(user.caller.viewer(), Credential::Token)
            .into_iter()
            .map(|r| (r.id(), role_label(user.locale, r)))
            .collect(),
        organisations: organisation_keys(state, user).await?,
        fixed_organisation: scope.map(|o| names.organisation(&o).name),
        new_token,
    })
}

async fn tokens(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    Ok(html(tokens_page(&state, &user, None).await?)?.into_response())
}

#[derive(Deserialize)]
struct TokenForm {
    name: String,
    role: String,
    #[serde(default)]
    organisation: String,
    days: i64,
}

async fn create_token(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(form): Form<TokenForm>,
) -> Result<Response, PageError> {
    let scope = managed_scope(user.caller.viewer(), tokens_action)?;
    let name = required("name", &form.name, 100)?;
    let role = Role::from_id(&form.role)
        .filter(|r| may_grant(user.caller.viewer(), *r, Credential::Token))
        .ok_or_else(|| PageError::BadRequest(user.locale.text("tokens-role-refused")))?;
    if !(1..=365).contains(&form.days) {
        return Err(PageError::BadRequest(user.locale.text("tokens-days-range")));
    }
    let organisation = match scope {
        Some(own) => own,
        None => required("organisation", &form.organisation, 128)?,
    };
    state
        .store
        .record(RecordKind::Organisation, &organisation, user.audiences())
        .await?;
    let (id, secret, token) = new_api_token();
    state
        .store
        .create_api_token(
            &user.actor(),
            &ApiToken {
                id,
                secret_hash: sha256_hex(secret.as_bytes()),
                name,
                organisation: Some(organisation),
                role,
                created_by: Some(user.account.id.clone()),
                created_at: format_time(state.now()),
                expires_at: format_time(state.now() + time::Duration::days(form.days)),
                last_used: None,
                revoked: false,
            },
        )
        .await?;
    Ok(html(tokens_page(&state, &user, Some(token)).await?)?.into_response())
}

async fn revoke_token(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let scope = managed_scope(user.caller.viewer(), tokens_action)?;
    let token = state
        .store
        .api_token(&id)
        .await?
        .ok_or(PageError::NotFound)?;
    if scope.is_some() && token.organisation != scope {
        return Err(PageError::NotFound);
    }
    state.store.revoke_api_token(&user.actor(), &id).await?;
    Ok(Redirect::to("/admin/tokens").into_response())
}

#[derive(Deserialize, Default)]
struct AuditQuery {
    #[serde(default)]
    actor: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    key: String,
    #[serde(default)]
    action: String,
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage {
    chrome: Chrome,
    filter: AuditQuery,
    entries: Vec<AuditLine>,
}

/// An entry of the audit log as people read it: who by name, what in words.
struct AuditLine {
    entry: liaison_store::AuditEntry,
    /// The account's name (its id when it no longer exists), or "the platform".
    who: String,
    organisation: String,
    /// `sign in failed` for `sign_in_failed`, in the reader's language.
    action: String,
    /// The kind of record, in words.
    kind: String,
}

/// An audit action in the reader's language; in words (`sign in failed`) when it has no key.
fn audit_action(locale: liaison_locale::Locale, action: &str) -> String {
    let key = format!("audit-action-{}", action.replace('_', "-"));
    if locale.has(&key) {
        locale.text(&key)
    } else {
        action.replace('_', " ")
    }
}

/// The kind of an audited record in the reader's language; in words when it has no key.
fn audit_kind(locale: liaison_locale::Locale, kind: &str) -> String {
    let key = format!("record-kind-{}", kind.replace('_', "-"));
    if locale.has(&key) {
        locale.text(&key)
    } else {
        kind.replace('_', " ")
    }
}

async fn audit(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<AuditQuery>,
) -> Result<Response, PageError> {
    let text = |name: &str, value: &str| -> Result<Option<String>, PageError> {
        let value = field(name, value, 200)?;
        Ok((!value.is_empty()).then_some(value))
    };
    let filter = AuditFilter {
        actor: text("actor", &query.actor)?,
        organisation: text("organisation", &query.organisation)?,
        kind: text("kind", &query.kind)?,
        key: text("key", &query.key)?,
        action: text("action", &query.action)?,
        limit: 200,
        reader: Vec::new(),
    };
    let entries = state.store.audit_entries_for(&user.caller, filter).await?;
    let people: std::collections::HashMap<String, String> = state
        .store
        .accounts(None)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let names = user.names();
    let entries = entries
        .into_iter()
        .map(|entry| AuditLine {
            who: match &entry.actor {
                Some(id) => people.get(id).cloned().unwrap_or_else(|| id.clone()),
                None => user.locale.text("directory-the-platform"),
            },
            organisation: entry
                .actor_organisation
                .as_deref()
                .map(|o| names.organisation(o).name)
                .unwrap_or_default(),
            action: audit_action(user.locale, &entry.action),
            kind: audit_kind(user.locale, &entry.kind),
            entry,
        })
        .collect();
    Ok(html(AuditPage {
        chrome: Chrome::of(&user, "audit"),
        filter: query,
        entries,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    words: Words,
    csrf: String,
    token: String,
    /// Who is invited, as what: HTML.
    intro: String,
    error: Option<String>,
}

/// What the invitation is for, in the invitee's language: HTML.
fn invitation_intro(
    locale: liaison_locale::Locale,
    invitation: &Invitation,
    organisation: &str,
) -> String {
    let strong = |text: &str| format!("<strong>{}</strong>", super::organisations::escaped(text));
    locale.text_with(
        "invitation-intro",
        &[
            ("role", strong(&role_label(locale, invitation.role)).into()),
            ("organisation", strong(organisation).into()),
            ("email", strong(&invitation.email).into()),
        ],
    )
}

/// The name of the organisation an invitation is for, as the invitee reads it.
async fn invited_to(
    state: &AppState,
    locale: liaison_locale::Locale,
    organisation: Option<&str>,
) -> String {
    let Some(key) = organisation else {
        return locale.text("directory-the-platform");
    };
    let model = state.store.shared_model().await.ok();
    Names::of(model.as_deref()).organisation(key).name
}

async fn invitation_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let invitation = state
        .store
        .invitation(&sha256_hex(token.as_bytes()))
        .await?
        .ok_or(PageError::NotFound)?;
    let (csrf, set) = anonymous_csrf(&headers, &state);
    let locale = crate::language::language_of(None, &headers);
    let organisation = invited_to(&state, locale, invitation.organisation.as_deref()).await;
    let page = html(InvitationPage {
        words: Words { locale },
        csrf,
        token,
        intro: invitation_intro(locale, &invitation, &organisation),
        error: None,
    })?;
    Ok(match set {
        Some(header) => ([header], page).into_response(),
        None => page.into_response(),
    })
}

#[derive(Deserialize)]
struct AcceptForm {
    name: String,
    password: String,
    repeat: String,
}

async fn accept_invitation(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(form): Form<AcceptForm>,
) -> Result<Response, PageError> {
    let hash = sha256_hex(token.as_bytes());
    let invitation = state
        .store
        .invitation(&hash)
        .await?
        .ok_or(PageError::NotFound)?;
    let locale = crate::language::language_of(None, &headers);
    let organisation = invited_to(&state, locale, invitation.organisation.as_deref()).await;
    let refuse = |message: &str| -> Result<Response, PageError> {
        Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            html(InvitationPage {
                words: Words { locale },
                csrf: cookie(&headers, CSRF_COOKIE).unwrap_or_default(),
                token: token.clone(),
                intro: invitation_intro(locale, &invitation, &organisation),
                error: Some(message.to_owned()),
            })?,
        )
            .into_response())
    };
    let name = match required("name", &form.name, 200) {
        Ok(name) => name,
        Err(PageError::BadRequest(m)) => return refuse(&m),
        Err(e) => return Err(e),
    };
    if form.password != form.repeat {
        return refuse(&locale.text("invitation-passwords-differ"));
    }
    if let Some(problem) = security::password_problem(&form.password) {
        return refuse(&locale.text(problem));
    }
    let password = form.password.clone();
    let password_hash = tokio::task::spawn_blocking(move || security::hash_password(&password))
        .await
        .map_err(|e| PageError::Internal(e.to_string()))?
        .map_err(PageError::Internal)?;
    state
        .store
        .accept_invitation(
            &hash,
            &NewAccount {
                email: invitation.email.clone(),
                name,
                organisation: invitation.organisation.clone(),
                role: invitation.role,
                password_hash,
                must_change_password: false,
            },
        )
        .await?;
    Ok(Redirect::to("/login").into_response())
}
