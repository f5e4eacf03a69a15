//! Forums and their meetings: agenda, minutes and action items with an owner and a due date.

use super::{entry, field, html, require, required};
use crate::AppState;
use crate::error::PageError;
use crate::picker::Picker;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::Form;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use liaison_domain::access::{Action, RecordKind};
use liaison_domain::catalogue::CatalogueEntry;
use liaison_interop::model_file::{AllOr, Day, ForumEntry, OrUnknown, OrganisationEntry, Ref};
use liaison_store::{ActionItem, MeetingEntry, RecordChange, StoreError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/forums", get(list))
        .route("/forums/{key}", get(detail))
        .route("/forums/{key}/members", post(update_members))
        .route("/forums/{key}/meetings/new", get(new_meeting_form))
        .route("/forums/{key}/meetings", post(create_meeting))
        .route("/meetings/{key}", get(meeting).post(update_meeting))
        .route("/meetings/{key}/edit", get(edit_meeting_form))
}

struct ForumRow {
    key: String,
    name: String,
    kind: String,
    members: usize,
    cadence: String,
}

#[derive(Template)]
#[template(path = "forums.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<ForumRow>,
}

fn cadence(locale: liaison_locale::Locale, f: &ForumEntry) -> String {
    match &f.cadence {
        OrUnknown::Known(c) => locale.label(c.0),
        OrUnknown::Unknown => locale.text("directory-not-recorded"),
    }
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<Response, PageError> {
    let mut rows = Vec::new();
    for record in state
        .store
        .records(RecordKind::Forum, user.audiences())
        .await?
    {
        let f: ForumEntry = entry(&record)?;
        rows.push(ForumRow {
            key: record.key.clone(),
            kind: user.locale.label(f.kind.0),
            members: f.members.len(),
            cadence: cadence(user.locale, &f),
            name: f.name,
        });
    }
    Ok(html(ListPage {
        chrome: Chrome::of(&user, "forums"),
        rows,
    })?
    .into_response())
}

struct MeetingRow {
    key: String,
    /// The day, ISO, for sorting and for machines; `date` as the reader writes it.
    day: String,
    date: String,
    title: String,
    open_actions: usize,
}

#[derive(Template)]
#[template(path = "forum.html")]
struct DetailPage {
    chrome: Chrome,
    key: String,
    name: String,
    kind: String,
    purpose: String,
    chair: String,
    cadence: String,
    active: String,
    members: Vec<(String, String)>,
    members_complete: bool,
    meetings: Vec<MeetingRow>,
    /// The dates the model plans: (ISO day, in words).
    recorded_dates: Vec<(String, String)>,
    meetings_visible: bool,
    can_edit: bool,
    /// The members as a picker, for those who may edit the forum, with the version it edits.
    members_form: Option<(Picker, i64)>,
}

/// Names of organisations by key, as the viewer may see them.
async fn organisation_names(
    state: &AppState,
    user: &CurrentUser,
) -> Result<Vec<(String, String)>, PageError> {
    let mut names = Vec::new();
    for record in state
        .store
        .records(RecordKind::Organisation, user.audiences())
        .await?
    {
        let o: OrganisationEntry = entry(&record)?;
        names.push((record.key.clone(), o.name));
    }
    Ok(names)
}

async fn detail(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(key): Path<String>,
) -> Result<Response, PageError> {
    let locale = user.locale;
    let record = state
        .store
        .record(RecordKind::Forum, &key, user.audiences())
        .await?;
    let f: ForumEntry = entry(&record)?;
    let names = organisation_names(&state, &user).await?;
    let name_of = |k: &str| {
        names
            .iter()
            .find(|(key, _)| key == k)
            .map_or_else(|| k.to_owned(), |(_, n)| n.clone())
    };
    let mut meetings = Vec::new();
    for m in state
        .store
        .records(RecordKind::Meeting, user.audiences())
        .await?
    {
        let e: MeetingEntry = entry(&m)?;
        if e.forum == key {
            meetings.push(MeetingRow {
                key: m.key.clone(),
                day: e.date.0.to_string(),
                date: locale.date(e.date.0, liaison_locale::MonthStyle::Long),
                title: e.title,
                open_actions: e.actions.iter().filter(|a| !a.done).count(),
            });
        }
    }
    meetings.sort_by(|a, b| b.day.cmp(&a.day));
    Ok(html(DetailPage {
        chrome: Chrome::of(&user, "forums"),
        name: f.name.clone(),
        kind: locale.label(f.kind.0),
        purpose: f.purpose.clone().unwrap_or_default(),
        chair: match &f.chair {
            None => locale.text("forum-chair-nobody"),
            Some(c) => match &c.value {
                OrUnknown::Known(k) => name_of(k),
                OrUnknown::Unknown => locale.text("organisation-not-recorded"),
            },
        },
        cadence: cadence(user.locale, &f),
        active: match &f.active_phases {
            AllOr::All => locale.text("matrix-every-phase"),
            AllOr::Listed(p) => {
                locale.list(&p.iter().map(|e| locale.label(e.0)).collect::<Vec<_>>(), 0)
            }
        },
        members: f
            .members
            .iter()
            .map(|m| (m.value.clone(), name_of(&m.value)))
            .collect(),
        members_complete: f.members_complete,
        recorded_dates: f
            .meetings
            .iter()
            .map(|d| {
                (
                    d.0.to_string(),
                    locale.date(d.0, liaison_locale::MonthStyle::Long),
                )
            })
            .collect(),
        meetings_visible: liaison_domain::access::audience_of(RecordKind::Meeting, None)
            .admits(user.caller.viewer()),
        can_edit: user.caller.may(Action::EditRecord {
            kind: RecordKind::Meeting,
            owner: None,
        }),
        members_form: user
            .caller
            .may(Action::EditRecord {
                kind: RecordKind::Forum,
                owner: None,
            })
            .then(|| {
                let chosen: Vec<String> = f.members.iter().map(|m| m.value.clone()).collect();
                let mut by_name = names.clone();
                by_name.sort_by(|a, b| a.1.cmp(&b.1));
                let picker = Picker::new(
                    "members",
                    "members",
                    locale.text("forum-members-choose"),
                    by_name,
                    &chosen,
                )
                .speaking(locale);
                (picker, record.version)
            }),
        meetings,
        key,
    })?
    .into_response())
}

/// The forum's members, as chosen in the picker: the same record change as the editor makes,
/// so the model's checks, the version and the audit apply.
async fn update_members(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(key): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    require(
        &user.caller,
        Action::EditRecord {
            kind: RecordKind::Forum,
            owner: None,
        },
    )?;
    let record = state
        .store
        .record(RecordKind::Forum, &key, user.audiences())
        .await?;
    let mut forum: ForumEntry = entry(&record)?;
    let version = super::form_value(&fields, "version")
        .parse()
        .map_err(|_| PageError::BadRequest(user.locale.text("form-version-not-number")))?;
    let mut members: Vec<String> = fields
        .iter()
        .filter(|(name, _)| name == "members")
        .map(|(_, value)| value.clone())
        .collect();
    members.dedup();
    if members.len() > MAX_MEMBERS {
        return Err(PageError::BadRequest(user.locale.text_with(
            "forum-members-too-many",
            &[("count", MAX_MEMBERS.into())],
        )));
    }
    forum.members = members.into_iter().map(Ref::new).collect();
    let body = liaison_interop::model_file::entry_to_yaml(&forum)
        .map_err(|e| PageError::Internal(e.to_string()))?;
    let change = RecordChange::Update {
        kind: RecordKind::Forum,
        key: key.clone(),
        version,
        body: body.clone(),
    };
    match state.store.change_record(&user.actor(), change).await {
        Ok(_) => Ok(Redirect::to(&format!("/forums/{key}")).into_response()),
        Err(StoreError::Conflict { current }) => super::records::conflict_page(
            &user,
            RecordKind::Forum,
            &key,
            (*current).as_ref(),
            &body,
        ),
        Err(other) => Err(other.into()),
    }
}

/// More members than any forum has: a bound on what one form may ask the model to check.
const MAX_MEMBERS: usize = 1_000;

#[derive(Template)]
#[template(path = "meeting_form.html")]
struct MeetingForm {
    chrome: Chrome,
    forum: String,
    /// A link to the forum, as HTML.
    forum_link: String,
    key: Option<String>,
    version: i64,
    date: String,
    title: String,
    agenda: String,
    minutes: String,
    actions: Vec<(String, String, String, bool)>,
    organisations: Vec<(String, String)>,
}

async fn new_meeting_form(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(forum): Path<String>,
) -> Result<Response, PageError> {
    state
        .store
        .record(RecordKind::Forum, &forum, user.audiences())
        .await?;
    require(
        &user.caller,
        Action::EditRecord {
            kind: RecordKind::Meeting,
            owner: None,
        },
    )?;
    Ok(html(MeetingForm {
        chrome: Chrome::of(&user, "forums"),
        forum_link: forum_link(&forum),
        forum,
        key: None,
        version: 0,
        date: state.today().to_string(),
        title: String::new(),
        agenda: String::new(),
        minutes: String::new(),
        actions: vec![(String::new(), String::new(), String::new(), false); 3],
        organisations: organisation_names(&state, &user).await?,
    })?
    .into_response())
}

/// A link to a forum, as HTML.
fn forum_link(forum: &str) -> String {
    format!(
        "<a href=\"/forums/{0}\">{0}</a>",
        super::organisations::escaped(forum)
    )
}

/// The meeting form, with repeated action fields.
fn read_meeting(
    locale: liaison_locale::Locale,
    forum: &str,
    body: &[u8],
) -> Result<(MeetingEntry, i64), PageError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| PageError::BadRequest(locale.text("directory-form-unreadable")))?;
    let one = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    let many = |name: &str| {
        pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
    };
    let date = time::Date::parse(
        one("date"),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map_err(|_| PageError::BadRequest(locale.text("meeting-date-format")))?;
    let (texts, owners, dues, done) = (
        many("action_text"),
        many("action_owner"),
        many("action_due"),
        many("action_done"),
    );
    let mut actions = Vec::new();
    for (index, text) in texts.iter().enumerate() {
        let text = field("action", text, 500)?;
        if text.is_empty() {
            continue;
        }
        let owner = owners.get(index).copied().unwrap_or_default();
        if owner.is_empty() {
            return Err(PageError::BadRequest(locale.text_with(
                "meeting-action-needs-owner",
                &[("action", text.as_str().into())],
            )));
        }
        let due = match dues.get(index).copied().unwrap_or_default() {
            "" => None,
            d => Some(Day(time::Date::parse(
                d,
                time::macros::format_description!("[year]-[month]-[day]"),
            )
            .map_err(|_| {
                PageError::BadRequest(locale.text("meeting-due-format"))
            })?)),
        };
        actions.push(ActionItem {
            text,
            owner: owner.to_owned(),
            due,
            done: done.contains(&index.to_string().as_str()),
        });
    }
    let entry = MeetingEntry {
        forum: forum.to_owned(),
        date: Day(date),
        title: required("title", one("title"), 200)?,
        agenda: field("agenda", one("agenda"), 20_000)?,
        minutes: field("minutes", one("minutes"), 50_000)?,
        actions,
    };
    Ok((entry, one("version").parse().unwrap_or(0)))
}

async fn create_meeting(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(forum): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, PageError> {
    state
        .store
        .record(RecordKind::Forum, &forum, user.audiences())
        .await?;
    require(
        &user.caller,
        Action::EditRecord {
            kind: RecordKind::Meeting,
            owner: None,
        },
    )?;
    let (meeting, _) = read_meeting(user.locale, &forum, &body)?;
    let body = liaison_interop::model_file::entry_to_yaml(&meeting)
        .map_err(|e| PageError::Internal(e.to_string()))?;
    let key = liaison_store::new_id();
    state
        .store
        .change_record(
            &user.actor(),
            RecordChange::Create {
                kind: RecordKind::Meeting,
                key: key.clone(),
                body,
            },
        )
        .await?;
    Ok(Redirect::to(&format!("/meetings/{key}")).into_response())
}

#[derive(Template)]
#[template(path = "meeting.html")]
struct MeetingPage {
    chrome: Chrome,
    key: String,
    forum: String,
    date: String,
    title: String,
    agenda: String,
    minutes: String,
    actions: Vec<(String, String, String, bool)>,
    can_edit: bool,
}

async fn meeting(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(key): Path<String>,
) -> Result<Response, PageError> {
    let record = state
        .store
        .record(RecordKind::Meeting, &key, user.audiences())
        .await?;
    let m: MeetingEntry = entry(&record)?;
    Ok(html(MeetingPage {
        chrome: Chrome::of(&user, "forums"),
        key,
        forum: m.forum,
        date: m.date.0.to_string(),
        title: m.title,
        agenda: m.agenda,
        minutes: m.minutes,
        actions: m
            .actions
            .into_iter()
            .map(|a| {
                (
                    a.text,
                    a.owner,
                    a.due.map(|d| d.0.to_string()).unwrap_or_default(),
                    a.done,
                )
            })
            .collect(),
        can_edit: user.caller.may(Action::EditRecord {
            kind: RecordKind::Meeting,
            owner: None,
        }),
    })?
    .into_response())
}

async fn edit_meeting_form(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(key): Path<String>,
) -> Result<Response, PageError> {
    let record = state
        .store
        .record(RecordKind::Meeting, &key, user.audiences())
        .await?;
    require(
        &user.caller,
        Action::EditRecord {
            kind: RecordKind::Meeting,
            owner: None,
        },
    )?;
    let m: MeetingEntry = entry(&record)?;
    let mut actions: Vec<_> = m
        .actions
        .into_iter()
        .map(|a| {
            (
                a.text,
                a.owner,
                a.due.map(|d| d.0.to_string()).unwrap_or_default(),
                a.done,
            )
        })
        .collect();
    actions.extend(std::iter::repeat_n(
        (String::new(), String::new(), String::new(), false),
        3,
    ));
    Ok(html(MeetingForm {
        chrome: Chrome::of(&user, "forums"),
        forum_link: forum_link(&m.forum),
        forum: m.forum,
        key: Some(key),
        version: record.version,
        date: m.date.0.to_string(),
        title: m.title,
        agenda: m.agenda,
        minutes: m.minutes,
        actions,
        organisations: organisation_names(&state, &user).await?,
    })?
    .into_response())
}

async fn update_meeting(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(key): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, PageError> {
    let record = state
        .store
        .record(RecordKind::Meeting, &key, user.audiences())
        .await?;
    require(
        &user.caller,
        Action::EditRecord {
            kind: RecordKind::Meeting,
            owner: None,
        },
    )?;
    let current: MeetingEntry = entry(&record)?;
    let (meeting, version) = read_meeting(user.locale, &current.forum, &body)?;
    let body = liaison_interop::model_file::entry_to_yaml(&meeting)
        .map_err(|e| PageError::Internal(e.to_string()))?;
    match state
        .store
        .change_record(
            &user.actor(),
            RecordChange::Update {
                kind: RecordKind::Meeting,
                key: key.clone(),
                version,
                body: body.clone(),
            },
        )
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/meetings/{key}")).into_response()),
        Err(StoreError::Conflict { current }) => super::records::conflict_page(
            &user,
            RecordKind::Meeting,
            &key,
            (*current).as_ref(),
            &body,
        ),
        Err(other) => Err(other.into()),
    }
}
