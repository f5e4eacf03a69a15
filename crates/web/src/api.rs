//! The JSON API under `/api/v1`, for scripts and other systems. Authentication by API token
//! (`Authorization: Bearer …`) or a session cookie (with the `X-CSRF-Token` header for
//! changes). The OpenAPI document at `/api/v1/openapi.json` is generated from this code.
//!
//! Records are the items of the model-file format, as JSON. A record the caller may not see
//! answers 404, exactly like one that does not exist.

use crate::AppState;
use crate::entries::{self, BodyError};
use crate::error::{ApiError, ErrorBody};
use crate::session::ApiCaller;
use axum::extract::{OriginalUri, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use liaison_domain::access::{Action, RecordKind};
use liaison_store::{Record, RecordChange, content_key};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Liaison API",
        description = "Interagency collaboration on election cybersecurity: the shared model and its analysis, incidents and false claims about the process shared under TLP 2.0, and live events.",
        license(name = "Apache-2.0")
    ),
    paths(
        list_organisations, get_organisation, list_records, get_record, create_record,
        update_record, delete_record, verify_contact, analysis, export_model,
        crate::incidents::create, crate::incidents::set_status, crate::incidents::set_severity,
        crate::incidents::add_note, crate::incidents::acknowledge, crate::incidents::link,
        crate::incidents::merge,
        crate::disinformation::create, crate::disinformation::set_status,
        crate::disinformation::link, crate::disinformation::request_rectification,
        crate::disinformation::record_answer,
        crate::risks::list, crate::risks::csv_export, crate::risks::create, crate::risks::seed,
        crate::risks::detail, crate::risks::assess, crate::risks::handle, crate::risks::measures,
        crate::risks::create_measure, crate::risks::update_measure, crate::calendar::ics,
        crate::sitreps::list, crate::sitreps::draft, crate::sitreps::detail, crate::sitreps::pdf, crate::sitreps::edit,
        crate::sitreps::approve, crate::hygiene::overview, crate::hygiene::assess,
        crate::asset_register::list, crate::live::events, crate::search::search
    ),
    components(schemas(RecordJson, ErrorBody, NewRecord, ChangedRecord, VersionBody,
        crate::incidents::NewIncident, crate::incidents::ObservableInput,
        crate::incidents::IncidentSchema, crate::incidents::ObservableSchema,
        crate::incidents::IncidentPageSchema, crate::incidents::IncidentDetailSchema,
        crate::disinformation::DisinformationPageSchema,
        crate::disinformation::DisinformationDetailSchema, crate::shared_items::AttachmentSchema,
        crate::incidents::StatusChange, crate::incidents::SeverityChange,
        crate::incidents::NoteInput, crate::incidents::AcknowledgeInput,
        crate::shared_items::SharingInput, crate::shared_items::OtherIncident,
        crate::disinformation::NewDisinformation, crate::disinformation::DisinformationSchema,
        crate::disinformation::DisinformationStatusChange,
        crate::disinformation::RectificationInput, crate::disinformation::RectificationAnswer,
        crate::risks::RiskInput, crate::risks::AssessmentInput, crate::risks::HandlingInput,
        crate::risks::MeasureInput, crate::risks::MeasureUpdate, crate::sitreps::DraftInput,
        crate::sitreps::EditInput, crate::sitreps::ApproveInput, crate::hygiene::HygieneInput,
        crate::asset_register::AssetRegister, crate::asset_register::AssetEntry,
        crate::asset_register::SupplierEntry, crate::asset_register::OrganisationRef,
        crate::risks::RiskSchema, crate::risks::AssessmentSchema, crate::risks::MeasureSchema,
        crate::sitreps::SitrepSchema, crate::hygiene::HygieneAssessmentSchema,
        crate::search::SearchResults, crate::search::SearchHitSchema)),
    modifiers(&BearerAuth, &SharedItemOperations, &ErrorResponses),
    security(("bearer" = []))
)]
struct ApiDoc;

struct BearerAuth;

/// The operations every kind of shared item has, described from the kind
/// ([`crate::item_api::document`]) as its routes are made from it.
struct SharedItemOperations;

impl utoipa::Modify for SharedItemOperations {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        crate::item_api::document::<liaison_store::Incident>(openapi);
        crate::item_api::document::<liaison_store::DisinformationItem>(openapi);
    }
}

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The errors every operation may answer, documented on each from one place: what any request
/// may meet (bad parameters, no credential, no right, nothing there, invalid, our fault, the
/// database away) and what a change may meet besides (someone else's change, a body too large
/// or not JSON). Each carries an [`ErrorBody`].
struct ErrorResponses;

impl utoipa::Modify for ErrorResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        const ANY: [(&str, &str); 7] = [
            ("400", "The request's parameters cannot be read"),
            (
                "401",
                "No credential, or one that is unknown, revoked or expired",
            ),
            (
                "403",
                "Your role does not allow this, or a page's CSRF token is missing",
            ),
            ("404", "No such item, or you may not see it"),
            ("422", "The request is understood but not valid"),
            ("500", "A fault on our side; the message gives a reference"),
            ("503", "The database cannot be reached"),
        ];
        const CHANGE: [(&str, &str); 3] = [
            ("409", "Changed by someone else, or it exists already"),
            ("413", "The body is too large"),
            (
                "415",
                "The body is not of the media type the operation takes",
            ),
        ];
        let error = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("ErrorBody")))
                        .build(),
                )
                .build()
        };
        for item in openapi.paths.paths.values_mut() {
            let operations = [
                (&mut item.get, false),
                (&mut item.post, true),
                (&mut item.put, true),
                (&mut item.delete, true),
                (&mut item.patch, true),
            ];
            for (operation, changes) in operations {
                let Some(operation) = operation.as_mut() else {
                    continue;
                };
                let extra: &[(&str, &str)] = if changes { &CHANGE } else { &[] };
                for (status, description) in ANY.iter().chain(extra) {
                    operation
                        .responses
                        .responses
                        .entry((*status).to_owned())
                        .or_insert_with(|| error(description).into());
                }
            }
        }
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/organisations", get(list_organisations))
        .route("/organisations/{id}", get(get_organisation))
        .route("/records/{kind}", get(list_records).post(create_record))
        .route(
            "/records/{kind}/{id}",
            get(get_record).put(update_record).delete(delete_record),
        )
        .route("/contacts/{id}/verify", post(verify_contact))
        .route("/analysis", get(analysis))
        .route("/model", get(export_model))
        .merge(crate::incidents::router())
        .merge(crate::disinformation::router())
        .merge(crate::risks::router())
        .merge(crate::sitreps::router())
        .merge(crate::hygiene::router())
        .merge(crate::asset_register::router())
        .merge(crate::search::router())
        .route("/calendar.ics", axum::routing::get(crate::calendar::ics))
        .fallback(|| async { ApiError::not_found() })
        .layer(axum::middleware::map_response(errors_as_json))
}

/// Every error of the API is JSON with a stable code, also those the framework answers before
/// a handler runs (a parameter of the wrong type, a wrong method), which come as plain text.
async fn errors_as_json(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 4_096)
        .await
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    match ApiError::for_plain_response(status, text.clone()) {
        Some(error) => {
            let mut json = error.into_response();
            // Headers such as WWW-Authenticate or Allow stay.
            for (name, value) in &parts.headers {
                if name != CONTENT_TYPE && name != axum::http::header::CONTENT_LENGTH {
                    json.headers_mut().insert(name.clone(), value.clone());
                }
            }
            json
        }
        None => Response::from_parts(parts, axum::body::Body::from(text)),
    }
}

async fn openapi() -> Response {
    let mut document = ApiDoc::openapi();
    document.openapi = utoipa::openapi::OpenApiVersion::Version31;
    Json(document).into_response()
}

/// A record: its item of the model format as `entry`, and what the platform keeps about it.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecordJson {
    /// organisation, contact, forum, meeting, agreement, asset, responsibility, activity, jurisdiction or election.
    kind: &'static str,
    /// The record's id (for responsibility rows, a digest of their content).
    id: String,
    /// Give it back with a change; a change to an older version is refused with 409.
    version: i64,
    /// everyone, or members (not observers).
    audience: &'static str,
    owner: Option<String>,
    updated_at: String,
    updated_by: Option<String>,
    /// The item in the model-file format (see docs/MODEL-FORMAT.md).
    #[schema(value_type = Object)]
    entry: serde_json::Value,
}

pub(crate) fn record_json(record: &Record) -> serde_json::Value {
    let entry =
        entries::check(record.kind, &record.body).map_or(serde_json::Value::Null, |c| c.json);
    serde_json::to_value(RecordJson {
        kind: record.kind.id(),
        id: record.key.clone(),
        version: record.version,
        audience: record.audience.id(),
        owner: record.owner.clone(),
        updated_at: record.updated_at.clone(),
        updated_by: record.updated_by.clone(),
        entry,
    })
    .unwrap_or_default()
}

fn kind_of(id: &str) -> Result<RecordKind, ApiError> {
    RecordKind::from_id(id).ok_or_else(ApiError::not_found)
}

#[utoipa::path(get, path = "/api/v1/organisations", tag = "model",
    params(("limit" = Option<u32>, Query, description = "At most this many (500 unless given)"),
           ("after" = Option<String>, Query, description = "Where the page starts: from the `Link` header of the previous page")),
    responses((status = 200, description = "A page of the organisations, in model order; a `Link` header with `rel=\"next\"` names the next page", body = [RecordJson],
               headers(("Link" = String, description = "The next page, when there is one"))),
              (status = 401, body = ErrorBody)))]
async fn list_organisations(
    State(state): State<AppState>,
    caller: ApiCaller,
    Query(query): Query<ListQuery>,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, ApiError> {
    record_list(&state, &caller, RecordKind::Organisation, &query, &uri).await
}

/// One page of records as a JSON array, with the next page in a `Link` header (RFC 8288): the
/// body stays the list it always was.
async fn record_list(
    state: &AppState,
    caller: &ApiCaller,
    kind: RecordKind,
    query: &ListQuery,
    uri: &axum::http::Uri,
) -> Result<Response, ApiError> {
    let (limit, after) = crate::shared_items::window::<RecordPlace>(
        Some(query.limit.unwrap_or(liaison_store::MAX_PAGE)),
        query.after.as_deref(),
    )
    .map_err(ApiError::invalid)?;
    let page = state
        .store
        .record_page(
            kind,
            query.owner.as_deref(),
            caller.audiences(),
            limit,
            after.as_ref().map(|a| &a.0),
        )
        .await?;
    let mut response =
        Json(page.records.iter().map(record_json).collect::<Vec<_>>()).into_response();
    let next = crate::shared_items::next_page_query(
        uri.query().unwrap_or_default(),
        page.next.map(RecordPlace).as_ref(),
    );
    if let Some(next) = next {
        let link = format!("<{}?{next}>; rel=\"next\"", uri.path());
        if let Ok(value) = axum::http::HeaderValue::from_str(&link) {
            response
                .headers_mut()
                .insert(axum::http::header::LINK, value);
        }
    }
    Ok(response)
}

/// A place in a list of records: the position and key of the last record of a page.
struct RecordPlace(liaison_store::RecordCursor);

impl crate::shared_items::ListPlace for RecordPlace {
    fn fields(&self) -> String {
        format!("{}|{}", self.0.position, self.0.key)
    }

    fn from_fields(text: &str) -> Option<Self> {
        let (position, key) = text.split_once('|')?;
        Some(RecordPlace(liaison_store::RecordCursor {
            position: position.parse().ok()?,
            key: key.to_owned(),
        }))
    }
}

#[utoipa::path(get, path = "/api/v1/organisations/{id}", tag = "model",
    params(("id" = String, Path, description = "The organisation's id")),
    responses((status = 200, body = RecordJson), (status = 404, body = ErrorBody)))]
async fn get_organisation(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let record = state
        .store
        .record(RecordKind::Organisation, &id, caller.audiences())
        .await?;
    Ok(Json(record_json(&record)).into_response())
}

#[derive(Deserialize, Default)]
struct ListQuery {
    #[serde(default)]
    owner: Option<String>,
    #[serde(default)]
    limit: Option<u32>,
    #[serde(default)]
    after: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/records/{kind}", tag = "model",
    params(("kind" = String, Path, description = "The kind of record"), ("owner" = Option<String>, Query, description = "Only records of this organisation"),
           ("limit" = Option<u32>, Query, description = "At most this many (500 unless given)"),
           ("after" = Option<String>, Query, description = "Where the page starts: from the `Link` header of the previous page")),
    responses((status = 200, description = "A page of the records, in model order; a `Link` header with `rel=\"next\"` names the next page", body = [RecordJson],
               headers(("Link" = String, description = "The next page, when there is one"))),
              (status = 404, body = ErrorBody)))]
async fn list_records(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(kind): Path<String>,
    Query(query): Query<ListQuery>,
    OriginalUri(uri): OriginalUri,
) -> Result<Response, ApiError> {
    let kind = kind_of(&kind)?;
    record_list(&state, &caller, kind, &query, &uri).await
}

#[utoipa::path(get, path = "/api/v1/records/{kind}/{id}", tag = "model",
    params(("kind" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = RecordJson), (status = 404, body = ErrorBody)))]
async fn get_record(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((kind, key)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let record = state
        .store
        .record(kind_of(&kind)?, &key, caller.audiences())
        .await?;
    Ok(Json(record_json(&record)).into_response())
}

/// A new record.
#[derive(Deserialize, ToSchema)]
struct NewRecord {
    /// The item in the model-file format.
    #[schema(value_type = Object)]
    entry: serde_json::Value,
}

/// A changed record.
#[derive(Deserialize, ToSchema)]
struct ChangedRecord {
    /// The version the change was made from.
    version: i64,
    #[schema(value_type = Object)]
    entry: serde_json::Value,
}

#[derive(Deserialize, ToSchema)]
struct VersionBody {
    version: i64,
}

/// Largest record accepted.
const MAX_ENTRY: usize = 200 * 1024;

fn checked(kind: RecordKind, entry: &serde_json::Value) -> Result<entries::CheckedBody, ApiError> {
    // JSON is YAML: the model format's reader checks it, with its messages.
    let text = serde_json::to_string(entry).map_err(|e| ApiError::invalid(e.to_string()))?;
    if text.len() > MAX_ENTRY {
        return Err(ApiError::invalid(format!(
            "the entry is larger than {} KiB",
            MAX_ENTRY / 1024
        )));
    }
    entries::check(kind, &text).map_err(|e| match e {
        BodyError::Invalid(_) => ApiError::invalid(e.to_string()),
        BodyError::Write(m) => ApiError::Internal(m),
    })
}

fn allowed(caller: &ApiCaller, kind: RecordKind, owner: Option<&str>) -> Result<(), ApiError> {
    if caller.may(Action::EditRecord { kind, owner }) {
        Ok(())
    } else {
        Err(ApiError::forbidden())
    }
}

#[utoipa::path(post, path = "/api/v1/records/{kind}", tag = "model", request_body = NewRecord,
    params(("kind" = String, Path)),
    responses((status = 201, body = RecordJson), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn create_record(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(kind): Path<String>,
    Json(body): Json<NewRecord>,
) -> Result<Response, ApiError> {
    let kind = kind_of(&kind)?;
    let checked = checked(kind, &body.entry)?;
    allowed(&caller, kind, checked.owner.as_deref())?;
    let key = match (kind, checked.id) {
        (RecordKind::Meeting, _) => liaison_store::new_id(),
        (_, Some(id)) => id,
        (_, None) => content_key(&checked.yaml),
    };
    let saved = state
        .store
        .change_record(
            &caller.actor(),
            RecordChange::Create {
                kind,
                key,
                body: checked.yaml,
            },
        )
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok((StatusCode::CREATED, Json(record_json(&saved))).into_response())
}

#[utoipa::path(put, path = "/api/v1/records/{kind}/{id}", tag = "model", request_body = ChangedRecord,
    params(("kind" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = RecordJson), (status = 404, body = ErrorBody), (status = 409, description = "Changed since `version`; `current` holds the record as it is", body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn update_record(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((kind, key)): Path<(String, String)>,
    Json(body): Json<ChangedRecord>,
) -> Result<Response, ApiError> {
    let kind = kind_of(&kind)?;
    let current = state.store.record(kind, &key, caller.audiences()).await?;
    allowed(&caller, kind, current.owner.as_deref())?;
    let checked = checked(kind, &body.entry)?;
    allowed(&caller, kind, checked.owner.as_deref())?;
    if !matches!(kind, RecordKind::Responsibility | RecordKind::Meeting)
        && checked.id.as_deref() != Some(key.as_str())
    {
        return Err(ApiError::invalid(
            "the id cannot change; create a new record and delete this one",
        ));
    }
    let saved = state
        .store
        .change_record(
            &caller.actor(),
            RecordChange::Update {
                kind,
                key,
                version: body.version,
                body: checked.yaml,
            },
        )
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(record_json(&saved)).into_response())
}

#[utoipa::path(delete, path = "/api/v1/records/{kind}/{id}", tag = "model",
    params(("kind" = String, Path), ("id" = String, Path), ("version" = i64, Query)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn delete_record(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((kind, key)): Path<(String, String)>,
    Query(query): Query<VersionBody>,
) -> Result<Response, ApiError> {
    let kind = kind_of(&kind)?;
    let current = state.store.record(kind, &key, caller.audiences()).await?;
    allowed(&caller, kind, current.owner.as_deref())?;
    state
        .store
        .change_record(
            &caller.actor(),
            RecordChange::Delete {
                kind,
                key,
                version: query.version,
            },
        )
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[utoipa::path(post, path = "/api/v1/contacts/{id}/verify", tag = "model", request_body = VersionBody,
    params(("id" = String, Path)),
    responses((status = 200, description = "The contact, verified today", body = RecordJson), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn verify_contact(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(key): Path<String>,
    Json(body): Json<VersionBody>,
) -> Result<Response, ApiError> {
    let record = state
        .store
        .record(RecordKind::Contact, &key, caller.audiences())
        .await?;
    let owner = record.owner.clone().unwrap_or_default();
    if !caller.may(Action::VerifyContact { owner: &owner }) {
        return Err(ApiError::forbidden());
    }
    let mut contact: liaison_interop::model_file::ContactEntry =
        liaison_interop::model_file::entry_from_yaml("contact", &record.body)
            .map_err(|e| ApiError::invalid(e.to_string()))?;
    contact.last_verified = Some(liaison_interop::model_file::OrUnknown::Known(
        liaison_interop::model_file::Day(state.today()),
    ));
    let yaml = liaison_interop::model_file::entry_to_yaml(&contact)
        .map_err(|e| ApiError::invalid(e.to_string()))?;
    let saved = state
        .store
        .change_record(
            &caller.actor(),
            RecordChange::Update {
                kind: RecordKind::Contact,
                key,
                version: body.version,
                body: yaml,
            },
        )
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(record_json(&saved)).into_response())
}

#[utoipa::path(get, path = "/api/v1/analysis", tag = "analysis",
    responses((status = 200, description = "The report of `liaison check --format json` (schema: `liaison schema report`), from what the caller may see", content_type = "application/json")))]
async fn analysis(State(state): State<AppState>, caller: ApiCaller) -> Result<Response, ApiError> {
    let (_, model) = state.store.model(caller.audiences()).await?;
    let today = state.today();
    let result = tokio::task::spawn_blocking(move || crate::pages::analyse(&model, today))
        .await
        .map_err(ApiError::internal)?;
    let json = liaison_interop::report::to_json(&result).map_err(ApiError::internal)?;
    Ok(([(CONTENT_TYPE, "application/json")], json).into_response())
}

#[utoipa::path(get, path = "/api/v1/model", tag = "model",
    responses((status = 200, description = "The model as a model file (YAML), as far as the caller may see it", content_type = "application/yaml")))]
async fn export_model(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Response, ApiError> {
    let (file, _) = state.store.model(caller.audiences()).await?;
    let text = liaison_interop::model_file::write_yaml(&file).map_err(ApiError::internal)?;
    Ok(([(CONTENT_TYPE, "application/yaml; charset=utf-8")], text).into_response())
}
