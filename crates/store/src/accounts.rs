//! Accounts, sessions, invitations and API tokens. Secrets never reach the database in the
//! clear: passwords as Argon2id hashes (made by the web layer), session, invitation and API
//! token secrets as SHA-256 digests. Account changes are audited without their secrets.

use super::audit::{self, Change};
use super::{Actor, Result, Store, StoreError, format_time, new_id, parse_time};
use crate::invalid;
use liaison_domain::access::Role;
use liaison_locale::Message;
use serde::Serialize;
use sqlx::{Any, Row, Transaction};
use time::{Duration, OffsetDateTime};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: String,
    pub email: String,
    pub name: String,
    pub organisation: Option<String>,
    pub role: Role,
    pub password_hash: String,
    pub must_change_password: bool,
    pub totp_secret: Option<String>,
    pub totp_enabled: bool,
    /// SHA-256 digests of the unused recovery codes.
    pub recovery_codes: Vec<String>,
    pub failed_logins: i64,
    pub locked_until: Option<String>,
    pub disabled: bool,
    pub created_at: String,
    pub version: i64,
    /// The language chosen for the platform (a tag such as `fr`); `None` follows the browser.
    pub language: Option<String>,
}

impl Account {
    /// Whether sign-in is refused for now because of failed attempts.
    pub fn is_locked(&self, at: OffsetDateTime) -> bool {
        self.locked_until
            .as_deref()
            .and_then(parse_time)
            .is_some_and(|until| until > at)
    }
}

/// What the audit log keeps of an account: no secret.
#[derive(Serialize)]
struct AccountAudit<'a> {
    email: &'a str,
    name: &'a str,
    organisation: Option<&'a str>,
    role: &'a str,
    disabled: bool,
    totp_enabled: bool,
    language: Option<&'a str>,
}

fn audit_view(a: &Account) -> String {
    serde_json::to_string(&AccountAudit {
        email: &a.email,
        name: &a.name,
        organisation: a.organisation.as_deref(),
        role: a.role.id(),
        disabled: a.disabled,
        totp_enabled: a.totp_enabled,
        language: a.language.as_deref(),
    })
    .unwrap_or_default()
}

/// An invitation waiting to be accepted, as administrators see it (never its token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingInvitation {
    /// The first 16 hexadecimal digits of the token's digest: enough to name it, useless to
    /// accept it.
    pub reference: String,
    pub email: String,
    pub organisation: Option<String>,
    pub role: Role,
    pub invited_by: String,
    pub created_at: String,
    pub expires_at: String,
}

#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: String,
    pub name: String,
    pub organisation: Option<String>,
    pub role: Role,
    pub password_hash: String,
    pub must_change_password: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub token_hash: String,
    pub account_id: String,
    pub csrf_token: String,
    /// The password was right; the second factor is still to come.
    pub second_factor_pending: bool,
    pub expires_at: String,
}

/// A session and its account, when the session is valid.
#[derive(Debug, Clone)]
pub struct SessionState {
    pub session: Session,
    pub account: Account,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub email: String,
    pub organisation: Option<String>,
    pub role: Role,
    pub invited_by: String,
    pub expires_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    pub id: String,
    #[serde(skip)]
    pub secret_hash: String,
    pub name: String,
    pub organisation: Option<String>,
    pub role: Role,
    pub created_by: Option<String>,
    pub created_at: String,
    pub expires_at: String,
    pub last_used: Option<String>,
    pub revoked: bool,
}

/// The result of a failed sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginOutcome {
    /// More attempts are allowed.
    Failed,
    /// Too many failures: the account is locked until the time given.
    Locked,
}

/// How finely the last use of an API token is kept.
const LAST_USE_PRECISION: Duration = Duration::minutes(1);

const ACCOUNT_COLUMNS: &str = "id, email, name, organisation, role, password_hash, must_change_password, totp_secret, totp_enabled, recovery_codes, failed_logins, locked_until, disabled, created_at, version, language";

/// A role as stored; an unknown one is a fault of the database, not of the request.
fn stored_role(role: &str) -> Result<Role> {
    Role::from_id(role).ok_or_else(|| StoreError::Internal(format!("unknown role '{role}'")))
}

fn account_from(row: &sqlx::any::AnyRow) -> Result<Account> {
    let role: String = row.try_get("role")?;
    let codes: String = row.try_get("recovery_codes")?;
    Ok(Account {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        organisation: row.try_get("organisation")?,
        role: stored_role(&role)?,
        password_hash: row.try_get("password_hash")?,
        must_change_password: row.try_get::<i64, _>("must_change_password")? != 0,
        totp_secret: row.try_get("totp_secret")?,
        totp_enabled: row.try_get::<i64, _>("totp_enabled")? != 0,
        recovery_codes: serde_json::from_str(&codes).unwrap_or_default(),
        failed_logins: row.try_get("failed_logins")?,
        locked_until: row.try_get("locked_until")?,
        disabled: row.try_get::<i64, _>("disabled")? != 0,
        created_at: row.try_get("created_at")?,
        version: row.try_get("version")?,
        language: row.try_get("language")?,
    })
}

fn token_from(row: &sqlx::any::AnyRow) -> Result<ApiToken> {
    let role: String = row.try_get("role")?;
    Ok(ApiToken {
        id: row.try_get("id")?,
        secret_hash: row.try_get("secret_hash")?,
        name: row.try_get("name")?,
        organisation: row.try_get("organisation")?,
        role: stored_role(&role)?,
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
        expires_at: row.try_get("expires_at")?,
        last_used: row.try_get("last_used")?,
        revoked: row.try_get::<i64, _>("revoked")? != 0,
    })
}

/// A value bound to an account update.
enum Value {
    Text(Option<String>),
    Int(i64),
}

fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

async fn insert_account(
    tx: &mut Transaction<'static, Any>,
    at: &str,
    actor: &Actor,
    new: &NewAccount,
) -> Result<Account> {
    let account = Account {
        id: new_id(),
        email: normalise_email(&new.email),
        name: new.name.trim().to_owned(),
        organisation: new.organisation.clone(),
        role: new.role,
        password_hash: new.password_hash.clone(),
        must_change_password: new.must_change_password,
        totp_secret: None,
        totp_enabled: false,
        recovery_codes: Vec::new(),
        failed_logins: 0,
        locked_until: None,
        disabled: false,
        language: None,
        created_at: at.to_owned(),
        version: 1,
    };
    sqlx::query(&format!(
        "INSERT INTO accounts ({ACCOUNT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, 0, '[]', 0, NULL, 0, $8, 1, NULL)"
    ))
    .bind(&account.id)
    .bind(&account.email)
    .bind(&account.name)
    .bind(&account.organisation)
    .bind(account.role.id())
    .bind(&account.password_hash)
    .bind(i64::from(account.must_change_password))
    .bind(&account.created_at)
    .execute(&mut **tx)
    .await
    .map_err(|e| match StoreError::from(e) {
        StoreError::Invalid(_) => {
            invalid(Message::new("refusal-account-exists").with("email", &account.email))
        }
        other => other,
    })?;
    let after = audit_view(&account);
    audit::append(
        tx,
        at,
        actor,
        Change {
            action: "create",
            kind: "account",
            key: &account.id,
            before: None,
            after: Some(&after),
        },
    )
    .await?;
    Ok(account)
}

impl Store {
    pub async fn create_account(&self, actor: &Actor, new: &NewAccount) -> Result<Account> {
        let mut tx = self.begin().await?;
        let account = insert_account(&mut tx, &self.now(), actor, new).await?;
        tx.commit().await?;
        Ok(account)
    }

    pub async fn account(&self, id: &str) -> Result<Account> {
        let row = sqlx::query(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        account_from(&row)
    }

    pub async fn account_by_email(&self, email: &str) -> Result<Option<Account>> {
        let row = sqlx::query(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE email = $1"
        ))
        .bind(normalise_email(email))
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(account_from).transpose()
    }

    /// Accounts of one organisation, or all of them.
    pub async fn accounts(&self, organisation: Option<&str>) -> Result<Vec<Account>> {
        let rows =
            match organisation {
                Some(org) => sqlx::query(&format!(
                    "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE organisation = $1 ORDER BY email"
                ))
                .bind(org)
                .fetch_all(&self.pool)
                .await?,
                None => {
                    sqlx::query(&format!(
                        "SELECT {ACCOUNT_COLUMNS} FROM accounts ORDER BY email"
                    ))
                    .fetch_all(&self.pool)
                    .await?
                }
            };
        rows.iter().map(account_from).collect()
    }

    async fn update_account(
        &self,
        actor: &Actor,
        id: &str,
        action: &str,
        sql: &str,
        binds: Vec<Value>,
    ) -> Result<Account> {
        let mut tx = self.begin().await?;
        let before = {
            let row = sqlx::query(&format!(
                "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = $1"
            ))
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
            account_from(&row)?
        };
        let mut query = sqlx::query(sql);
        for value in binds {
            query = match value {
                Value::Text(text) => query.bind(text),
                Value::Int(number) => query.bind(number),
            };
        }
        query.bind(id).execute(&mut *tx).await?;
        let row = sqlx::query(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = $1"
        ))
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        let after = account_from(&row)?;
        let (b, a) = (audit_view(&before), audit_view(&after));
        audit::append(
            &mut tx,
            &self.now(),
            actor,
            Change {
                action,
                kind: "account",
                key: id,
                before: Some(&b),
                after: Some(&a),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Counts a failed sign-in; after `max_failures` in a row the account is locked for
    /// `lockout`.
    pub async fn note_failed_login(
        &self,
        id: &str,
        max_failures: i64,
        lockout: Duration,
    ) -> Result<LoginOutcome> {
        let account = self.account(id).await?;
        let failures = account.failed_logins + 1;
        let locked_until =
            (failures >= max_failures).then(|| format_time(self.clock.now() + lockout));
        let outcome = if locked_until.is_some() {
            LoginOutcome::Locked
        } else {
            LoginOutcome::Failed
        };
        self.update_account(
            &Actor {
                account: None,
                organisation: None,
            },
            id,
            if locked_until.is_some() {
                "sign_in_locked"
            } else {
                "sign_in_failed"
            },
            "UPDATE accounts SET failed_logins = $1, locked_until = $2 WHERE id = $3",
            vec![
                Value::Int(if locked_until.is_some() { 0 } else { failures }),
                Value::Text(locked_until),
            ],
        )
        .await?;
        Ok(outcome)
    }

    /// Clears failed attempts after a successful sign-in.
    pub async fn note_login(&self, id: &str) -> Result<()> {
        let account = self.account(id).await?;
        let actor = Actor {
            account: Some(account.id.clone()),
            organisation: account.organisation.clone(),
        };
        self.update_account(
            &actor,
            id,
            "sign_in",
            "UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = $1",
            Vec::new(),
        )
        .await?;
        Ok(())
    }

    pub async fn set_password(
        &self,
        actor: &Actor,
        id: &str,
        password_hash: &str,
        must_change: bool,
    ) -> Result<Account> {
        self.update_account(
            actor,
            id,
            "set_password",
            "UPDATE accounts SET password_hash = $1, must_change_password = $2, version = version + 1 WHERE id = $3",
            vec![
                Value::Text(Some(password_hash.to_owned())),
                Value::Int(i64::from(must_change)),
            ],
        )
        .await
    }

    /// Sets the language the person reads the platform in; `None` follows their browser.
    pub async fn set_language(
        &self,
        actor: &Actor,
        id: &str,
        language: Option<&str>,
    ) -> Result<Account> {
        self.update_account(
            actor,
            id,
            "set_language",
            "UPDATE accounts SET language = $1, version = version + 1 WHERE id = $2",
            vec![Value::Text(language.map(str::to_owned))],
        )
        .await
    }

    /// Stores a TOTP secret; `enabled` once the user has proved they can read it.
    pub async fn set_totp(
        &self,
        actor: &Actor,
        id: &str,
        secret: Option<&str>,
        enabled: bool,
        recovery_code_hashes: &[String],
    ) -> Result<Account> {
        let codes = serde_json::to_string(recovery_code_hashes)
            .map_err(|e| StoreError::Internal(e.to_string()))?;
        self.update_account(
            actor,
            id,
            if enabled { "enable_totp" } else { "set_totp" },
            "UPDATE accounts SET totp_secret = $1, totp_enabled = $2, recovery_codes = $3, version = version + 1 WHERE id = $4",
            vec![
                Value::Text(secret.map(str::to_owned)),
                Value::Int(i64::from(enabled)),
                Value::Text(Some(codes)),
            ],
        )
        .await
    }

    /// Uses up a recovery code; `false` if it is not one of the account's unused codes.
    /// Accepts an authenticator code's time step once: `false` when this step, or a later
    /// one, was used already (a code seen over a shoulder or in a proxy is worth nothing).
    pub async fn use_totp_step(&self, id: &str, step: i64) -> Result<bool> {
        let used = sqlx::query(
            "UPDATE accounts SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
        )
        .bind(id)
        .bind(step)
        .execute(&self.pool)
        .await?;
        Ok(used.rows_affected() == 1)
    }

    pub async fn use_recovery_code(&self, id: &str, code_hash: &str) -> Result<bool> {
        let account = self.account(id).await?;
        if !account.recovery_codes.iter().any(|c| c == code_hash) {
            return Ok(false);
        }
        let left: Vec<String> = account
            .recovery_codes
            .into_iter()
            .filter(|c| c != code_hash)
            .collect();
        let codes =
            serde_json::to_string(&left).map_err(|e| StoreError::Internal(e.to_string()))?;
        let actor = Actor {
            account: Some(id.to_owned()),
            organisation: account.organisation.clone(),
        };
        self.update_account(
            &actor,
            id,
            "use_recovery_code",
            "UPDATE accounts SET recovery_codes = $1 WHERE id = $2",
            vec![Value::Text(Some(codes))],
        )
        .await?;
        Ok(true)
    }

    pub async fn set_account_disabled(
        &self,
        actor: &Actor,
        id: &str,
        disabled: bool,
    ) -> Result<Account> {
        let account = self
            .update_account(
                actor,
                id,
                if disabled { "disable" } else { "enable" },
                "UPDATE accounts SET disabled = $1, version = version + 1 WHERE id = $2",
                vec![Value::Int(i64::from(disabled))],
            )
            .await?;
        if disabled {
            sqlx::query("DELETE FROM sessions WHERE account_id = $1")
                .bind(id)
                .execute(&self.pool)
                .await?;
        }
        Ok(account)
    }

    // Sessions.

    pub async fn create_session(&self, session: &Session) -> Result<()> {
        let at = self.now();
        sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, csrf_token, second_factor, created_at, expires_at, last_seen) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&session.token_hash)
        .bind(&session.account_id)
        .bind(&session.csrf_token)
        .bind(i64::from(session.second_factor_pending))
        .bind(&at)
        .bind(&session.expires_at)
        .bind(&at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The session and its account, if the session exists, has not expired and the account
    /// is active.
    pub async fn session(&self, token_hash: &str) -> Result<Option<SessionState>> {
        let row = sqlx::query(
            "SELECT token_hash, account_id, csrf_token, second_factor, expires_at FROM sessions WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let session = Session {
            token_hash: row.try_get("token_hash")?,
            account_id: row.try_get("account_id")?,
            csrf_token: row.try_get("csrf_token")?,
            second_factor_pending: row.try_get::<i64, _>("second_factor")? != 0,
            expires_at: row.try_get("expires_at")?,
        };
        let expired = parse_time(&session.expires_at).is_none_or(|t| t <= self.clock.now());
        if expired {
            self.delete_session(token_hash).await?;
            return Ok(None);
        }
        let account = self.account(&session.account_id).await?;
        if account.disabled {
            return Ok(None);
        }
        Ok(Some(SessionState { session, account }))
    }

    /// Replaces a session by a new one (a new token, as at every change of privilege).
    pub async fn rotate_session(&self, old_hash: &str, new: &Session) -> Result<()> {
        self.delete_session(old_hash).await?;
        self.create_session(new).await
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends every session of an account (after a password change).
    pub async fn delete_sessions_of(&self, account_id: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    // Invitations.

    pub async fn create_invitation(
        &self,
        actor: &Actor,
        token_hash: &str,
        invitation: &Invitation,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO invitations (token_hash, email, organisation, role, invited_by, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(token_hash)
        .bind(normalise_email(&invitation.email))
        .bind(&invitation.organisation)
        .bind(invitation.role.id())
        .bind(&invitation.invited_by)
        .bind(self.now())
        .bind(&invitation.expires_at)
        .execute(&mut *tx)
        .await?;
        let after = serde_json::json!({
            "email": normalise_email(&invitation.email),
            "organisation": invitation.organisation,
            "role": invitation.role.id(),
            "expires_at": invitation.expires_at,
        })
        .to_string();
        audit::append(
            &mut tx,
            &self.now(),
            actor,
            Change {
                action: "invite",
                kind: "invitation",
                key: &token_hash[..16],
                before: None,
                after: Some(&after),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The invitations neither used, revoked nor expired, newest first: all of them, or those
    /// to one organisation.
    pub async fn pending_invitations(
        &self,
        organisation: Option<&str>,
    ) -> Result<Vec<PendingInvitation>> {
        let now = self.now();
        let select = "SELECT token_hash, email, organisation, role, invited_by, created_at, expires_at \
                      FROM invitations WHERE used_at IS NULL AND expires_at > $1";
        let rows = match organisation {
            Some(org) => {
                sqlx::query(&format!(
                    "{select} AND organisation = $2 ORDER BY created_at DESC"
                ))
                .bind(&now)
                .bind(org)
                .fetch_all(&self.pool)
                .await?
            }
            None => {
                sqlx::query(&format!("{select} ORDER BY created_at DESC"))
                    .bind(&now)
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        rows.iter()
            .map(|row| {
                let role: String = row.try_get("role")?;
                let hash: String = row.try_get("token_hash")?;
                Ok(PendingInvitation {
                    reference: hash.chars().take(16).collect(),
                    email: row.try_get("email")?,
                    organisation: row.try_get("organisation")?,
                    role: stored_role(&role)?,
                    invited_by: row.try_get("invited_by")?,
                    created_at: row.try_get("created_at")?,
                    expires_at: row.try_get("expires_at")?,
                })
            })
            .collect()
    }

    /// Withdraws a pending invitation, by its reference, within `organisation` when given: its
    /// link no longer opens an account. `NotFound` when there is no such pending invitation.
    pub async fn revoke_invitation(
        &self,
        actor: &Actor,
        reference: &str,
        organisation: Option<&str>,
    ) -> Result<()> {
        let pending = self.pending_invitations(organisation).await?;
        let Some(invitation) = pending.iter().find(|i| i.reference == reference) else {
            return Err(StoreError::NotFound);
        };
        let now = self.now();
        let mut tx = self.begin().await?;
        let revoked = sqlx::query(
            "UPDATE invitations SET used_at = $1 WHERE substr(token_hash, 1, 16) = $2 AND used_at IS NULL",
        )
        .bind(&now)
        .bind(reference)
        .execute(&mut *tx)
        .await?;
        if revoked.rows_affected() != 1 {
            return Err(StoreError::Changed);
        }
        let before = serde_json::json!({
            "email": invitation.email,
            "organisation": invitation.organisation,
            "role": invitation.role.id(),
            "expires_at": invitation.expires_at,
        })
        .to_string();
        audit::append(
            &mut tx,
            &now,
            actor,
            Change {
                action: "revoke_invitation",
                kind: "invitation",
                key: reference,
                before: Some(&before),
                after: None,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// An invitation that is neither used nor expired.
    pub async fn invitation(&self, token_hash: &str) -> Result<Option<Invitation>> {
        let row = sqlx::query(
            "SELECT email, organisation, role, invited_by, expires_at FROM invitations WHERE token_hash = $1 AND used_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let role: String = row.try_get("role")?;
        let invitation = Invitation {
            email: row.try_get("email")?,
            organisation: row.try_get("organisation")?,
            role: stored_role(&role)?,
            invited_by: row.try_get("invited_by")?,
            expires_at: row.try_get("expires_at")?,
        };
        let expired = parse_time(&invitation.expires_at).is_none_or(|t| t <= self.clock.now());
        Ok((!expired).then_some(invitation))
    }

    /// Creates the invited account and marks the invitation used, at most once.
    pub async fn accept_invitation(&self, token_hash: &str, new: &NewAccount) -> Result<Account> {
        let mut tx = self.begin().await?;
        let used = sqlx::query(
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(self.now())
        .bind(token_hash)
        .execute(&mut *tx)
        .await?;
        if used.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        let actor = Actor {
            account: None,
            organisation: new.organisation.clone(),
        };
        let account = insert_account(&mut tx, &self.now(), &actor, new).await?;
        tx.commit().await?;
        Ok(account)
    }

    // API tokens.

    pub async fn create_api_token(&self, actor: &Actor, token: &ApiToken) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO api_tokens (id, secret_hash, name, organisation, role, created_by, created_at, expires_at, revoked) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0)",
        )
        .bind(&token.id)
        .bind(&token.secret_hash)
        .bind(&token.name)
        .bind(&token.organisation)
        .bind(token.role.id())
        .bind(&token.created_by)
        .bind(&token.created_at)
        .bind(&token.expires_at)
        .execute(&mut *tx)
        .await?;
        let after =
            serde_json::to_string(token).map_err(|e| StoreError::Internal(e.to_string()))?;
        audit::append(
            &mut tx,
            &self.now(),
            actor,
            Change {
                action: "create",
                kind: "api_token",
                key: &token.id,
                before: None,
                after: Some(&after),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The access epoch: it changes (by the database's triggers) whenever a session, an API
    /// token or an account changes in a way that may take access away. A reader whose
    /// credentials were checked at this epoch, and have not expired, is still who they were.
    pub async fn access_epoch(&self) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT epoch FROM access_epoch WHERE id = 1")
                .fetch_one(&self.pool)
                .await?,
        )
    }

    pub async fn api_token(&self, id: &str) -> Result<Option<ApiToken>> {
        let row = sqlx::query(
            "SELECT id, secret_hash, name, organisation, role, created_by, created_at, expires_at, last_used, revoked FROM api_tokens WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(token_from).transpose()
    }

    pub async fn api_tokens(&self, organisation: Option<&str>) -> Result<Vec<ApiToken>> {
        let sql = "SELECT id, secret_hash, name, organisation, role, created_by, created_at, expires_at, last_used, revoked FROM api_tokens";
        let rows = match organisation {
            Some(org) => {
                sqlx::query(&format!(
                    "{sql} WHERE organisation = $1 ORDER BY created_at DESC"
                ))
                .bind(org)
                .fetch_all(&self.pool)
                .await?
            }
            None => {
                sqlx::query(&format!("{sql} ORDER BY created_at DESC"))
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        rows.iter().map(token_from).collect()
    }

    /// Notes that `token` (as just read) was used now, to the minute: an integration that
    /// calls many times a minute would otherwise pay a durable commit on every call, before
    /// its request is served, for a time nobody reads to the second.
    pub async fn touch_api_token(&self, token: &ApiToken) -> Result<()> {
        let now = self.clock.now();
        let recent = token
            .last_used
            .as_deref()
            .and_then(parse_time)
            .is_some_and(|last| now - last < LAST_USE_PRECISION);
        if recent {
            return Ok(());
        }
        sqlx::query("UPDATE api_tokens SET last_used = $1 WHERE id = $2")
            .bind(format_time(now))
            .bind(&token.id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn revoke_api_token(&self, actor: &Actor, id: &str) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE api_tokens SET revoked = 1 WHERE id = $1 AND revoked = 0")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        audit::append(
            &mut tx,
            &self.now(),
            actor,
            Change {
                action: "revoke",
                kind: "api_token",
                key: id,
                before: None,
                after: None,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;
    use crate::testing::TestDatabase;

    /// A token used many times a minute is written once a minute, not on every call.
    #[tokio::test]
    async fn a_token_s_last_use_is_kept_to_the_minute() {
        let db = TestDatabase::new().await;
        let store = &db.store;
        let token = ApiToken {
            id: new_id(),
            secret_hash: "not used".into(),
            name: "results feed".into(),
            organisation: Some("cec".into()),
            role: Role::Analyst,
            created_by: None,
            created_at: store.now(),
            expires_at: format_time(store.clock.now() + Duration::days(30)),
            last_used: None,
            revoked: false,
        };
        store
            .create_api_token(&Actor::system(), &token)
            .await
            .expect("created");
        let used = async || {
            let token = store
                .api_token(&token.id)
                .await
                .expect("read")
                .expect("there");
            store.touch_api_token(&token).await.expect("touched");
            let token = store
                .api_token(&token.id)
                .await
                .expect("read")
                .expect("there");
            parse_time(token.last_used.as_deref().expect("used")).expect("a time")
        };
        let first = used().await;
        store.clock.advance(std::time::Duration::from_secs(40));
        assert_eq!(used().await, first, "40 s later: the same minute");
        store.clock.advance(std::time::Duration::from_secs(40));
        let later = used().await;
        assert!(later - first >= Duration::seconds(80), "{first} {later}");
    }
}
