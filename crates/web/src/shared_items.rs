//! What every kind of shared item has over HTTP, written once: the JSON body, the values of
//! its fields (catalogue ids, TLP levels, times), the sharing its source asks for, references
//! to incidents, and attachments up and down. Incidents and false claims use it alike.

use crate::AppState;
use crate::error::{ApiError, PageError};
use crate::picker::Picker;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{CatalogueEntry, Phase, ThreatKind};
use liaison_domain::model::Model;
use liaison_domain::sharing::TlpLevel;
use liaison_locale::{Arg, Locale};
use liaison_store::{ListCursor, NewAttachment};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use time::OffsetDateTime;
use utoipa::ToSchema;

/// A JSON body, with malformed JSON answered as a 422 `invalid` error in the API's format.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if !is_json {
            return Err(ApiError::UnsupportedMediaType(
                "send the body as JSON with Content-Type: application/json".to_owned(),
            ));
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| ApiError::TooLarge(e.body_text()))?;
        serde_json::from_slice(&bytes)
            .map(ApiJson)
            .map_err(|e| ApiError::invalid(format!("the body is not valid: {e}")))
    }
}

pub(crate) fn parse_entry<T: CatalogueEntry>(field: &str, value: &str) -> Result<T, String> {
    T::parse_id(value.trim()).map_err(|e| format!("{field}: {e}"))
}

pub(crate) fn parse_tlp(given: Option<&str>) -> Result<TlpLevel, String> {
    match given.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(TlpLevel::Amber),
        Some(t) => TlpLevel::parse(t).ok_or_else(|| {
            format!(
                "tlp: '{}' is not a TLP level; use clear, green, amber, amber+strict or red",
                t.chars().take(40).collect::<String>()
            )
        }),
    }
}

/// An optional phase id (the phase of the calendar when none is given).
pub(crate) fn parse_phase(given: Option<&str>) -> Result<Option<Phase>, String> {
    given
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| parse_entry::<Phase>("phase", p))
        .transpose()
}

/// The recipients given, without blanks.
pub(crate) fn given_recipients(given: Vec<String>) -> Vec<String> {
    given
        .into_iter()
        .map(|r| r.trim().to_owned())
        .filter(|r| !r.is_empty())
        .collect()
}

/// A place in a list that the `after` of the next page names: its fields as text, carried
/// opaque to clients (base64url).
pub(crate) trait ListPlace: Sized {
    fn fields(&self) -> String;
    fn from_fields(text: &str) -> Option<Self>;
}

impl ListPlace for ListCursor {
    fn fields(&self) -> String {
        format!("{}|{}", self.number, self.listed_at)
    }

    fn from_fields(text: &str) -> Option<Self> {
        let (number, listed_at) = text.split_once('|')?;
        // A stored time, exactly as the store writes it: anything else names no position.
        liaison_store::parse_time(listed_at)?;
        Some(ListCursor {
            listed_at: listed_at.to_owned(),
            number: number.parse().ok()?,
        })
    }
}

/// The window of a list: at most 500 items (50 unless asked), after the item the `after`
/// token of the previous page names (from the first when none).
pub(crate) fn window<P: ListPlace>(
    limit: Option<u32>,
    after: Option<&str>,
) -> Result<(u32, Option<P>), String> {
    let limit = limit.unwrap_or(50).clamp(1, liaison_store::MAX_PAGE);
    let after = after
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|token| {
            cursor_of(token).ok_or_else(|| {
                "after: not a position of this list; use the `next` of the previous page".to_owned()
            })
        })
        .transpose()?;
    Ok((limit, after))
}

/// The `next` token of a page: where the following page starts, opaque to clients.
pub(crate) fn cursor_token<P: ListPlace>(place: &P) -> String {
    URL_SAFE_NO_PAD.encode(place.fields())
}

/// The query of a list's next page: the same filters, starting after the last item shown.
pub(crate) fn next_page_query<P: ListPlace>(query: &str, next: Option<&P>) -> Option<String> {
    let next = next?;
    let mut pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    pairs.retain(|(name, _)| name != "after");
    pairs.push(("after".to_owned(), cursor_token(next)));
    serde_urlencoded::to_string(pairs).ok()
}

pub(crate) fn cursor_of<P: ListPlace>(token: &str) -> Option<P> {
    if token.len() > 200 {
        return None;
    }
    P::from_fields(&String::from_utf8(URL_SAFE_NO_PAD.decode(token).ok()?).ok()?)
}

/// An optional RFC 3339 time, or a sentence naming the field.
pub(crate) fn parse_time(
    field: &str,
    given: Option<&str>,
) -> Result<Option<OffsetDateTime>, String> {
    match given.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339)
            .map(Some)
            .map_err(|_| {
                format!(
                    "{field}: '{}' is not a time such as 2027-05-15T08:30:00Z",
                    t.chars().take(40).collect::<String>()
                )
            }),
    }
}

/// The words of a `q=` search, at most 200 characters.
pub(crate) fn search_words(given: Option<&str>) -> Result<Option<String>, String> {
    let text = given
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned);
    if text.as_deref().is_some_and(|t| t.chars().count() > 200) {
        return Err("q: at most 200 characters".to_owned());
    }
    Ok(text)
}

/// A file attached to a shared item, in the API.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct AttachmentSchema {
    id: String,
    filename: String,
    media_type: String,
    /// In bytes.
    size: i64,
    sha256: String,
    uploaded_by: String,
    uploaded_at: String,
}

/// One line of an item's history.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct TimelineSchema {
    id: String,
    at: String,
    account: Option<String>,
    organisation: Option<String>,
    /// `reported`, `routed`, `status`, `sharing`, `attachment`, `rectification`, …
    kind: String,
    text: String,
}

/// What the caller may do on an item, as the store will accept it.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct PermittedWorkSchema {
    acknowledge: bool,
    handle: bool,
    comment: bool,
    reshare: bool,
}

/// Whom the source shared an AMBER item with (organisations) or a RED item with (people).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct RecipientsSchema {
    organisations: Vec<String>,
    people: Vec<String>,
}

/// Another incident, by reference.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct IncidentRefSchema {
    id: String,
    number: i64,
    title: String,
    status: String,
}

/// The item's JSON with its human reference (`INC-12`, `DIS-3`).
pub fn with_reference<T: serde::Serialize>(item: &T, reference: String) -> serde_json::Value {
    let mut json = serde_json::to_value(item).unwrap_or_default();
    if let Some(object) = json.as_object_mut() {
        object.insert("reference".to_owned(), reference.into());
    }
    json
}

/// New sharing, by the source only.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SharingInput {
    tlp: String,
    #[serde(default)]
    recipients: Vec<String>,
    #[serde(default)]
    share_with_observers: bool,
    #[serde(default)]
    version: Option<i64>,
}

impl SharingInput {
    /// The level, recipients, observers and expected version, or what is wrong.
    pub(crate) fn parts(self) -> Result<(TlpLevel, Vec<String>, bool, Option<i64>), String> {
        let tlp = TlpLevel::parse(&self.tlp).ok_or_else(|| {
            format!(
                "tlp: '{}' is not a TLP level",
                self.tlp.chars().take(40).collect::<String>()
            )
        })?;
        Ok((
            tlp,
            self.recipients,
            self.share_with_observers,
            self.version,
        ))
    }
}

/// Another incident, by id or reference (`INC-12`).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherIncident {
    incident: String,
}

impl OtherIncident {
    pub(crate) fn incident(&self) -> &str {
        &self.incident
    }
}

/// The id of an incident given by id or by reference, if the caller may see it.
pub async fn resolve_reference(
    state: &AppState,
    caller: &Caller,
    given: &str,
) -> Result<String, liaison_store::StoreError> {
    let given = given.trim();
    let number = given
        .strip_prefix("INC-")
        .or_else(|| given.strip_prefix("inc-"))
        .and_then(|n| n.parse::<i64>().ok());
    match number {
        Some(n) => Ok(state.store.incident_by_number(caller, n).await?.id),
        None => Ok(state.store.incident(caller, given).await?.id),
    }
}

#[derive(Debug, Deserialize)]
pub struct AttachQuery {
    filename: Option<String>,
}

impl AttachQuery {
    pub(crate) fn filename(&self) -> &str {
        self.filename.as_deref().unwrap_or_default()
    }
}

/// The file of an upload to the API: its name from the query, its type from `Content-Type`.
pub(crate) fn uploaded_file(
    query: &AttachQuery,
    headers: &axum::http::HeaderMap,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<NewAttachment, ApiError> {
    let body = body.map_err(|_| {
        ApiError::TooLarge(format!(
            "the file is larger than {} MiB",
            liaison_store::MAX_ATTACHMENT_BYTES / 1024 / 1024
        ))
    })?;
    let media_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/octet-stream");
    Ok(NewAttachment {
        filename: query.filename().to_owned(),
        media_type: media_type.to_owned(),
        content: body.to_vec(),
    })
}

/// An attachment, as a download that the browser never renders in the page.
pub fn attachment_response(info: &liaison_store::AttachmentInfo, bytes: Vec<u8>) -> Response {
    let ascii: String = info
        .filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    (
        [
            (CONTENT_TYPE, info.media_type.clone()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{ascii}\""),
            ),
            (
                axum::http::header::CONTENT_SECURITY_POLICY,
                "sandbox; default-src 'none'".to_owned(),
            ),
            (
                axum::http::header::CACHE_CONTROL,
                "private, no-store".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The sharing a source asks for in a page's form: the level, the recipients and whether
/// observers read it. Recipients are the organisations ticked (`organisations`) or, for RED,
/// the people named (`people`, separated by commas, semicolons or lines); a `recipients`
/// field (organisation ids or addresses, separated alike) is read as well.
pub(crate) fn sharing_from_form(
    locale: Locale,
    fields: &[(String, String)],
) -> Result<(TlpLevel, Vec<String>, bool), PageError> {
    let get = |name: &str| crate::pages::form_value(fields, name);
    let tlp = TlpLevel::parse(&get("tlp"))
        .ok_or_else(|| PageError::BadRequest(locale.text("sharing-choose-level")))?;
    let organisations: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k == "organisations")
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .collect();
    let mut recipients = form_recipients(&get("tlp"), &get("people"), &organisations);
    for given in get("recipients")
        .split([',', '\n', ';'])
        .map(str::trim)
        .filter(|r| !r.is_empty())
    {
        if !recipients.iter().any(|r| r == given) {
            recipients.push(given.to_owned());
        }
    }
    Ok((tlp, recipients, get("observers") == "on"))
}

/// The TLP levels of a report form, with what each means, `chosen` checked (AMBER when none).
pub(crate) fn level_choices(chosen: &str) -> Vec<(String, String, String, bool)> {
    let chosen = TlpLevel::parse(chosen).unwrap_or(TlpLevel::Amber);
    TlpLevel::ALL
        .iter()
        .map(|l| {
            (
                l.id().to_owned(),
                l.marking().to_owned(),
                l.description().to_owned(),
                *l == chosen,
            )
        })
        .collect()
}

/// The form by which the source shares an item anew, on the item's page: its levels with the
/// current one checked, the organisations it is shared with (AMBER) ticked in a picker that
/// suggests those the matrix makes accountable or responsible for the item, the people it is
/// shared with (RED), whether observers read it, and the version the change is made from.
pub(crate) struct ReshareForm {
    pub action: String,
    pub version: i64,
    pub levels: Vec<(String, String, bool)>,
    pub organisations: Picker,
    pub people: String,
    pub observers: bool,
    /// The kind of item, as a sentence of the reader's language names it.
    pub noun: String,
    /// The kind's name, which chooses its noun in the catalogues (`item-noun-incident`).
    kind: &'static str,
}

impl ReshareForm {
    /// The form of `item`, of `threat` in `phase` on `assets`, as `model` names organisations.
    pub(crate) fn of<K: crate::item_api::ItemRoutes>(
        item: &K,
        model: Option<&Model>,
        threat: ThreatKind,
        phase: Option<Phase>,
        assets: &[String],
    ) -> ReshareForm {
        let sharing = item.sharing();
        let chosen: Vec<String> = if sharing.tlp == TlpLevel::Red {
            Vec::new()
        } else {
            sharing.organisations.iter().cloned().collect()
        };
        let legend = "Recipient organisations (AMBER, AMBER+STRICT)";
        let organisations = match model {
            Some(model) => Picker::recipients(
                "organisations",
                "reshare-organisations",
                legend,
                model,
                Some(&sharing.source_organisation),
                Some(threat),
                phase,
                assets,
                &chosen,
            ),
            None => Picker::new(
                "organisations",
                "reshare-organisations",
                legend,
                chosen.iter().map(|k| (k.clone(), k.clone())),
                &chosen,
            ),
        };
        ReshareForm {
            action: format!("/{}/{}/work", K::PATH, item.id()),
            version: item.version(),
            levels: TlpLevel::ALL
                .iter()
                .map(|l| (l.id().to_owned(), l.marking().to_owned(), *l == sharing.tlp))
                .collect(),
            organisations,
            people: sharing
                .people
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            observers: sharing.observers,
            noun: K::KIND.noun.to_owned(),
            kind: K::KIND.name,
        }
    }

    /// The form in the reader's language.
    pub(crate) fn speaking(mut self, locale: Locale) -> ReshareForm {
        self.noun = locale.text(&format!("item-noun-{}", self.kind));
        self.organisations.legend = locale.text("report-recipients");
        self.organisations = self.organisations.speaking(locale);
        self
    }
}

/// The recipients a report form names: people (one per line or separated by commas) for RED,
/// the organisations ticked otherwise.
pub(crate) fn form_recipients(tlp: &str, people: &str, organisations: &[String]) -> Vec<String> {
    if TlpLevel::parse(tlp) == Some(TlpLevel::Red) {
        people
            .split([',', '\n', ';'])
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect()
    } else {
        organisations.to_vec()
    }
}

/// A time from a browser's date-time field, which has no zone: read as UTC, as the forms say.
pub(crate) fn form_time(given: &str) -> Option<String> {
    match given.trim() {
        "" => None,
        t if t.len() == 16 => Some(format!("{t}:00Z")),
        t => Some(t.to_owned()),
    }
}

/// An attachment of an item the reader may see, as a download (pages and API alike).
pub(crate) async fn send_attachment<E: From<liaison_store::StoreError>>(
    state: &AppState,
    caller: &Caller,
    item_id: &str,
    attachment_id: &str,
) -> Result<Response, E> {
    let (info, bytes) = state
        .store
        .attachment(caller, item_id, attachment_id)
        .await?;
    Ok(attachment_response(&info, bytes))
}

/// The file of an upload form (its field `file`).
pub(crate) async fn read_upload(
    locale: Locale,
    mut multipart: Multipart,
) -> Result<NewAttachment, PageError> {
    let too_large = || {
        PageError::BadRequest(locale.text_with(
            "attachment-too-large",
            &[(
                "mebibytes",
                Arg::from(liaison_store::MAX_ATTACHMENT_BYTES / 1024 / 1024),
            )],
        ))
    };
    let mut file = None;
    while let Some(field) = multipart.next_field().await.map_err(|_| too_large())? {
        if field.name() == Some("file") {
            let filename = field.file_name().unwrap_or_default().to_owned();
            let media_type = field
                .content_type()
                .unwrap_or("application/octet-stream")
                .to_owned();
            let content = field.bytes().await.map_err(|_| too_large())?.to_vec();
            file = Some(NewAttachment {
                filename,
                media_type,
                content,
            });
        }
    }
    file.ok_or_else(|| PageError::BadRequest(locale.text("attachment-choose-file")))
}
