//! Organisations and their contacts: who they are, how to reach them, and a one-click
//! confirmation that a contact is still correct.

use super::{entry, field, html, require, required};
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::{Chrome, Words};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use liaison_domain::access::{Action, RecordKind};
use liaison_domain::catalogue::{
    AdministrativeLevel, Availability, CatalogueEntry, ChannelKind, ContactKind,
};
use liaison_interop::model_file::{
    ChannelEntry, ContactEntry, Day, Entry, Located, OrUnknown, OrganisationEntry,
};
use liaison_store::{Record, RecordChange};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/organisations", get(list))
        .route("/organisations/{key}", get(detail))
        .route("/organisations/{key}/contacts/new", get(new_contact_form))
        .route("/organisations/{key}/contacts", post(create_contact))
        .route("/contacts/{key}/edit", get(edit_contact_form))
        .route("/contacts/{key}", post(update_contact))
        .route("/contacts/{key}/verify", post(verify_contact))
}

/// Contacts verified longer ago than this are shown as stale, as in the analysis.
const STALE_AFTER_DAYS: i64 =
    liaison_domain::analysis::AnalysisOptions::DEFAULT_CONTACT_MAX_AGE_DAYS;

pub(crate) struct OrganisationRow {
    pub key: String,
    pub name: String,
    pub kind: String,
    pub level: String,
    pub contacts: usize,
}

#[derive(Template)]
#[template(path = "organisations.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<OrganisationRow>,
    can_create: bool,
}

fn level_label(
    locale: liaison_locale::Locale,
    level: &OrUnknown<Entry<AdministrativeLevel>>,
) -> String {
    match level {
        OrUnknown::Known(l) => locale.label(l.0),
        OrUnknown::Unknown => locale.text("directory-unknown"),
    }
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let organisations = state
        .store
        .records(RecordKind::Organisation, user.audiences())
        .await?;
    let contacts = state
        .store
        .records(RecordKind::Contact, user.audiences())
        .await?;
    let mut rows = Vec::with_capacity(organisations.len());
    for record in &organisations {
        let o: OrganisationEntry = entry(record)?;
        rows.push(OrganisationRow {
            contacts: contacts
                .iter()
                .filter(|c| c.owner.as_deref() == Some(&record.key))
                .count(),
            key: record.key.clone(),
            name: o.name,
            kind: user.locale.label(o.kind.0),
            level: level_label(user.locale, &o.level),
        });
    }
    Ok(html(ListPage {
        can_create: user.caller.may(Action::EditRecord {
            kind: RecordKind::Organisation,
            owner: None,
        }),
        chrome: Chrome::of(&user, "organisations"),
        rows,
    })?
    .into_response())
}

/// A contact as the pages show it.
pub(crate) struct ContactView {
    pub key: String,
    pub name: String,
    pub role: String,
    pub kind: String,
    pub availability: String,
    pub emergency: bool,
    /// Kind, value, out of band, and where a tap on it leads.
    pub channels: Vec<(String, String, bool, Option<String>)>,
    pub verified: String,
    /// The day it was last verified, `YYYY-MM-DD`, when it is known.
    pub verified_on: Option<String>,
    pub stale: bool,
    pub version: i64,
    pub can_edit: bool,
    pub can_verify: bool,
    /// The words of the row, in the reader's language.
    pub words: Words,
}

pub(crate) fn contact_view(
    user: &CurrentUser,
    record: &Record,
    today: time::Date,
) -> Result<ContactView, PageError> {
    let c: ContactEntry = entry(record)?;
    let owner = c.organisation.value.clone();
    let verified_on = match &c.last_verified {
        Some(OrUnknown::Known(day)) => Some(day.0.to_string()),
        _ => None,
    };
    let (verified, stale) = match &c.last_verified {
        None => (user.locale.text("contact-never-verified"), true),
        Some(OrUnknown::Unknown) => (user.locale.text("directory-not-recorded"), false),
        Some(OrUnknown::Known(day)) => {
            let age = (today - day.0).whole_days();
            (user.locale.when(&day.0.to_string()), age > STALE_AFTER_DAYS)
        }
    };
    Ok(ContactView {
        key: record.key.clone(),
        name: c.name,
        role: c.role.unwrap_or_default(),
        kind: user.locale.label(c.kind.0),
        availability: match c.availability {
            OrUnknown::Known(a) => user.locale.label(a.0),
            OrUnknown::Unknown => user.locale.text("contact-hours-not-recorded"),
        },
        emergency: c.emergency,
        channels: c
            .channels
            .iter()
            .map(|ch| {
                let out_of_band = ch
                    .out_of_band
                    .unwrap_or_else(|| ch.kind.0.out_of_band_by_default());
                (
                    user.locale.label(ch.kind.0),
                    ch.value.clone(),
                    out_of_band,
                    crate::views::channel_href(ch.kind.0, &ch.value),
                )
            })
            .collect(),
        verified,
        verified_on,
        stale,
        version: record.version,
        can_edit: user.caller.may(Action::EditRecord {
            kind: RecordKind::Contact,
            owner: Some(&owner),
        }),
        can_verify: user.caller.may(Action::VerifyContact { owner: &owner }),
        words: Words {
            locale: user.locale,
        },
    })
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct DetailPage {
    chrome: Chrome,
    key: String,
    name: String,
    short: String,
    kind: String,
    level: String,
    sector: String,
    parent: Option<crate::views::Named>,
    mandate: String,
    contacts: Vec<ContactView>,
    contacts_visible: bool,
    forums: Vec<(String, String)>,
    /// What the analysis finds about the organisation or its contacts.
    findings: Vec<crate::findings::FindingView>,
    can_edit: bool,
    can_add_contact: bool,
}

async fn detail(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(key): Path<String>,
) -> Result<Response, PageError> {
    let record = state
        .store
        .record(RecordKind::Organisation, &key, user.audiences())
        .await?;
    let o: OrganisationEntry = entry(&record)?;
    let contacts = state
        .store
        .records_owned_by(RecordKind::Contact, &key, user.audiences())
        .await?
        .iter()
        .map(|r| contact_view(&user, r, state.today()))
        .collect::<Result<Vec<_>, _>>()?;
    let mut forums = Vec::new();
    for forum in state
        .store
        .records(RecordKind::Forum, user.audiences())
        .await?
    {
        let f: liaison_interop::model_file::ForumEntry = entry(&forum)?;
        if f.members.iter().any(|m| m.value == key) {
            forums.push((forum.key.clone(), f.name));
        }
    }
    let sector = o.sector.map_or_else(|| o.kind.0.default_sector(), |s| s.0);
    let (model, analysis) = super::analysis::analysed(&state, &user).await?;
    let findings = analysis
        .findings
        .iter()
        .filter(|f| crate::findings::concern_organisation(f, &model, &key))
        .map(|f| crate::findings::view(f, &model, &user.caller, user.locale))
        .collect();
    Ok(html(DetailPage {
        findings,
        chrome: Chrome::of(&user, "organisations"),
        can_edit: user.caller.may(Action::EditRecord {
            kind: RecordKind::Organisation,
            owner: Some(&key),
        }),
        can_add_contact: user.caller.may(Action::EditRecord {
            kind: RecordKind::Contact,
            owner: Some(&key),
        }),
        contacts_visible: liaison_domain::access::audience_of(RecordKind::Contact, None)
            .admits(user.caller.viewer()),
        name: o.name,
        short: o.short.unwrap_or_default(),
        kind: user.locale.label(o.kind.0),
        level: level_label(user.locale, &o.level),
        sector: user.locale.label(sector),
        parent: o.parent.map(|p| user.names().organisation(&p.value)),
        mandate: o.mandate.unwrap_or_default(),
        contacts,
        forums,
        key,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "contact_row.html")]
struct ContactRow {
    c: ContactView,
    csrf: String,
}

#[derive(Deserialize)]
struct VersionForm {
    version: i64,
}

async fn verify_contact(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    Path(key): Path<String>,
    Form(form): Form<VersionForm>,
) -> Result<Response, PageError> {
    let record = state
        .store
        .record(RecordKind::Contact, &key, user.audiences())
        .await?;
    let owner = record.owner.clone().unwrap_or_default();
    require(&user.caller, Action::VerifyContact { owner: &owner })?;
    let mut contact: ContactEntry = entry(&record)?;
    contact.last_verified = Some(OrUnknown::Known(Day(state.today())));
    let body = liaison_interop::model_file::entry_to_yaml(&contact)
        .map_err(|e| PageError::Internal(e.to_string()))?;
    let saved = state
        .store
        .change_record(
            &user.actor(),
            RecordChange::Update {
                kind: RecordKind::Contact,
                key: key.clone(),
                version: form.version,
                body,
            },
        )
        .await?
        .ok_or(PageError::NotFound)?;
    if headers.contains_key("hx-request") {
        Ok(html(ContactRow {
            c: contact_view(&user, &saved, state.today())?,
            csrf: user.csrf.clone(),
        })?
        .into_response())
    } else {
        Ok(Redirect::to(&format!("/organisations/{owner}")).into_response())
    }
}

#[derive(Template)]
#[template(path = "contact_form.html")]
struct ContactForm {
    chrome: Chrome,
    organisation: String,
    /// A link to the organisation, as HTML.
    organisation_link: String,
    /// `None` for a new contact.
    key: Option<String>,
    version: i64,
    id: String,
    name: String,
    role: String,
    kind: String,
    availability: String,
    emergency: bool,
    channels: Vec<(String, String, String)>,
    kinds: Vec<(&'static str, String)>,
    availabilities: Vec<(&'static str, String)>,
    channel_kinds: Vec<(&'static str, String)>,
    error: Option<String>,
}

fn choices<T: CatalogueEntry>(locale: liaison_locale::Locale) -> Vec<(&'static str, String)> {
    T::ALL.iter().map(|e| (e.id(), locale.label(*e))).collect()
}

/// `text` made safe to place in HTML.
pub(crate) fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn blank_form(user: &CurrentUser, organisation: &str) -> ContactForm {
    ContactForm {
        chrome: Chrome::of(user, "organisations"),
        organisation: organisation.to_owned(),
        organisation_link: format!(
            "<a href=\"/organisations/{0}\">{0}</a>",
            escaped(organisation)
        ),
        key: None,
        version: 0,
        id: String::new(),
        name: String::new(),
        role: String::new(),
        kind: ContactKind::Function.id().to_owned(),
        availability: Availability::OfficeHours.id().to_owned(),
        emergency: false,
        channels: vec![(String::new(), String::new(), "default".to_owned()); 3],
        kinds: choices::<ContactKind>(user.locale),
        availabilities: choices::<Availability>(user.locale),
        channel_kinds: choices::<ChannelKind>(user.locale),
        error: None,
    }
}

async fn new_contact_form(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(key): Path<String>,
) -> Result<Response, PageError> {
    state
        .store
        .record(RecordKind::Organisation, &key, user.audiences())
        .await?;
    require(
        &user.caller,
        Action::EditRecord {
            kind: RecordKind::Contact,
            owner: Some(&key),
        },
    )?;
    Ok(html(blank_form(&user, &key))?.into_response())
}

async fn edit_contact_form(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(key): Path<String>,
) -> Result<Response, PageError> {
    let record = state
        .store
        .record(RecordKind::Contact, &key, user.audiences())
        .await?;
    let c: ContactEntry = entry(&record)?;
    require(
        &user.caller,
        Action::EditRecord {
            kind: RecordKind::Contact,
            owner: Some(&c.organisation.value),
        },
    )?;
    let mut form = blank_form(&user, &c.organisation.value);
    let mut channels: Vec<(String, String, String)> = c
        .channels
        .iter()
        .map(|ch| {
            let oob = match ch.out_of_band {
                None => "default",
                Some(true) => "yes",
                Some(false) => "no",
            };
            (ch.kind.0.id().to_owned(), ch.value.clone(), oob.to_owned())
        })
        .collect();
    channels.resize(
        channels.len().max(3) + 1,
        (String::new(), String::new(), "default".to_owned()),
    );
    form.key = Some(record.key.clone());
    form.version = record.version;
    form.id = c.id.value;
    form.name = c.name;
    form.role = c.role.unwrap_or_default();
    form.kind = c.kind.0.id().to_owned();
    form.availability = match c.availability {
        OrUnknown::Known(a) => a.0.id().to_owned(),
        OrUnknown::Unknown => "unknown".to_owned(),
    };
    form.emergency = c.emergency;
    form.channels = channels;
    Ok(html(form)?.into_response())
}

/// The contact form as submitted: repeated channel fields arrive as lists.
struct ContactFields {
    id: String,
    version: i64,
    name: String,
    role: String,
    kind: String,
    availability: String,
    emergency: Option<String>,
    verified_now: Option<String>,
    channel_kind: Vec<String>,
    channel_value: Vec<String>,
    channel_out_of_band: Vec<String>,
}

fn parse_fields(locale: liaison_locale::Locale, body: &[u8]) -> Result<ContactFields, PageError> {
    // Repeated keys (channel_kind=…&channel_kind=…) become lists.
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| PageError::BadRequest(locale.text("directory-form-unreadable")))?;
    let one = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let many = |name: &str| {
        pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    Ok(ContactFields {
        id: one("id").unwrap_or_default(),
        version: one("version").and_then(|v| v.parse().ok()).unwrap_or(0),
        name: one("name").unwrap_or_default(),
        role: one("role").unwrap_or_default(),
        kind: one("kind").unwrap_or_default(),
        availability: one("availability").unwrap_or_default(),
        emergency: one("emergency"),
        verified_now: one("verified_now"),
        channel_kind: many("channel_kind"),
        channel_value: many("channel_value"),
        channel_out_of_band: many("channel_out_of_band"),
    })
}

fn build_contact(
    locale: liaison_locale::Locale,
    fields: &ContactFields,
    id: &str,
    organisation: &str,
    previous: Option<&ContactEntry>,
    today: time::Date,
) -> Result<ContactEntry, PageError> {
    let kind =
        ContactKind::parse_id(&fields.kind).map_err(|e| PageError::BadRequest(e.to_string()))?;
    let availability = if fields.availability == "unknown" {
        OrUnknown::Unknown
    } else {
        OrUnknown::Known(Entry(
            Availability::parse_id(&fields.availability)
                .map_err(|e| PageError::BadRequest(e.to_string()))?,
        ))
    };
    let mut channels = Vec::new();
    for (index, value) in fields.channel_value.iter().enumerate() {
        let value = field("channel", value, 200)?;
        if value.is_empty() {
            continue;
        }
        let kind_id = fields
            .channel_kind
            .get(index)
            .map(String::as_str)
            .unwrap_or_default();
        let kind =
            ChannelKind::parse_id(kind_id).map_err(|e| PageError::BadRequest(e.to_string()))?;
        let out_of_band = match fields.channel_out_of_band.get(index).map(String::as_str) {
            Some("yes") => Some(true),
            Some("no") => Some(false),
            _ => None,
        };
        channels.push(ChannelEntry {
            kind: Entry(kind),
            value,
            out_of_band,
        });
    }
    if channels.is_empty() {
        return Err(PageError::BadRequest(locale.text("contact-no-channel")));
    }
    let last_verified = if fields.verified_now.is_some() {
        Some(OrUnknown::Known(Day(today)))
    } else {
        previous.and_then(|p| p.last_verified.clone())
    };
    let role = field("role", &fields.role, 200)?;
    Ok(ContactEntry {
        id: Located::new(id.to_owned()),
        organisation: Located::new(organisation.to_owned()),
        name: required("name", &fields.name, 200)?,
        role: (!role.is_empty()).then_some(role),
        kind: Entry(kind),
        availability,
        emergency: fields.emergency.is_some(),
        channels,
        last_verified,
    })
}

async fn create_contact(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(organisation): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, PageError> {
    state
        .store
        .record(RecordKind::Organisation, &organisation, user.audiences())
        .await?;
    require(
        &user.caller,
        Action::EditRecord {
            kind: RecordKind::Contact,
            owner: Some(&organisation),
        },
    )?;
    let fields = parse_fields(user.locale, &body)?;
    let id = required("id", &fields.id, 128)?;
    let contact = build_contact(
        user.locale,
        &fields,
        &id,
        &organisation,
        None,
        state.today(),
    )?;
    let body = liaison_interop::model_file::entry_to_yaml(&contact)
        .map_err(|e| PageError::Internal(e.to_string()))?;
    state
        .store
        .change_record(
            &user.actor(),
            RecordChange::Create {
                kind: RecordKind::Contact,
                key: id,
                body,
            },
        )
        .await?;
    Ok(Redirect::to(&format!("/organisations/{organisation}")).into_response())
}

async fn update_contact(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(key): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, PageError> {
    let record = state
        .store
        .record(RecordKind::Contact, &key, user.audiences())
        .await?;
    let previous: ContactEntry = entry(&record)?;
    let organisation = previous.organisation.value.clone();
    require(
        &user.caller,
        Action::EditRecord {
            kind: RecordKind::Contact,
            owner: Some(&organisation),
        },
    )?;
    let fields = parse_fields(user.locale, &body)?;
    let contact = build_contact(
        user.locale,
        &fields,
        &key,
        &organisation,
        Some(&previous),
        state.today(),
    )?;
    let body = liaison_interop::model_file::entry_to_yaml(&contact)
        .map_err(|e| PageError::Internal(e.to_string()))?;
    let change = RecordChange::Update {
        kind: RecordKind::Contact,
        key: key.clone(),
        version: fields.version,
        body: body.clone(),
    };
    match state.store.change_record(&user.actor(), change).await {
        Ok(_) => Ok(Redirect::to(&format!("/organisations/{organisation}")).into_response()),
        Err(liaison_store::StoreError::Conflict { current }) => super::records::conflict_page(
            &user,
            RecordKind::Contact,
            &key,
            (*current).as_ref(),
            &body,
        ),
        Err(other) => Err(other.into()),
    }
}
