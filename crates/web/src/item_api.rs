//! What every kind of shared item has in the API, written once over the kind: its list, its
//! detail, resharing by the source, attachments up and down, the answer to a change, and the
//! OpenAPI operations of all of these. A kind describes itself in [`ItemRoutes`]; its own
//! operations (reporting, its particular changes) stay in its module.

use crate::AppState;
use crate::error::{ApiError, PageError};
use crate::session::{ApiCaller, CurrentUser};
use crate::shared_items::{
    ApiJson, AttachQuery, SharingInput, send_attachment, uploaded_file, with_reference,
};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use liaison_store::SharedItem;
use serde::de::DeserializeOwned;
use std::future::Future;
use utoipa::IntoParams;

/// How a kind of shared item is spoken of over HTTP, pages and API alike.
pub(crate) trait ItemRoutes: SharedItem {
    /// Its path in the API and among the pages: `incidents`.
    const PATH: &'static str;
    /// The key of the item in its detail (`incident`), and of the items in a list (`incidents`).
    const ONE: &'static str;
    const MANY: &'static str;
    /// The names of its schemas in the OpenAPI document: the item, a page, a detail.
    const SCHEMAS: [&'static str; 3];
    /// What its list's query string may say.
    type Query: DeserializeOwned + IntoParams + Default + Send + 'static;

    /// The filter of a list, or a sentence naming the parameter that is wrong.
    fn filter(query: &Self::Query) -> Result<Self::Filter, String>;

    /// The item of a detail.
    fn item_of(detail: &Self::Detail) -> &Self;

    /// The change a form of the item's page asks for with `action` (any but `sharing`, which
    /// every kind reads alike), or what is wrong with it.
    fn form_update(
        state: &AppState,
        user: &CurrentUser,
        action: &str,
        fields: &[(String, String)],
    ) -> impl Future<Output = Result<Self::Update, PageError>> + Send;
}

/// The routes every kind has under `/api/v1/<its path>`.
pub(crate) fn routes<K: ItemRoutes>() -> Router<AppState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    let path = format!("/{}", K::PATH);
    Router::new()
        .route(&path, get(list::<K>))
        .route(&format!("{path}/{{id}}"), get(detail::<K>))
        .route(&format!("{path}/{{id}}/sharing"), post(reshare::<K>))
        .route(
            &format!("{path}/{{id}}/attachments"),
            post(attach::<K>).layer(DefaultBodyLimit::max(
                liaison_store::MAX_ATTACHMENT_BYTES + 64 * 1024,
            )),
        )
        .route(
            &format!("{path}/{{id}}/attachments/{{attachment}}"),
            get(download),
        )
}

/// The item's JSON with its human reference (`INC-12`, `DIS-3`).
pub fn item_json<K: SharedItem>(item: &K) -> serde_json::Value {
    with_reference(item, item.reference())
}

/// The answer to a report: 201, where the new item is, and the item.
pub(crate) fn created<K: ItemRoutes>(item: &K) -> Response {
    (
        StatusCode::CREATED,
        [(
            axum::http::header::LOCATION,
            format!("/api/v1/{}/{}", K::PATH, item.id()),
        )],
        Json(item_json(item)),
    )
        .into_response()
}

async fn list<K: ItemRoutes>(
    State(state): State<AppState>,
    caller: ApiCaller,
    Query(query): Query<K::Query>,
) -> Result<Response, ApiError> {
    let filter = K::filter(&query).map_err(ApiError::invalid)?;
    let page = state.store.items::<K>(&caller, &filter).await?;
    let mut json = serde_json::Map::new();
    json.insert("total".to_owned(), page.total.into());
    json.insert(
        K::MANY.to_owned(),
        page.items.iter().map(item_json).collect(),
    );
    json.insert(
        "next".to_owned(),
        page.next
            .as_ref()
            .map(crate::shared_items::cursor_token)
            .into(),
    );
    Ok(Json(json).into_response())
}

async fn detail<K: ItemRoutes>(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let detail = state.store.item_detail::<K>(&caller, &id).await?;
    let mut json = serde_json::to_value(&detail).unwrap_or_default();
    if let Some(object) = json.as_object_mut() {
        object.insert(K::ONE.to_owned(), item_json(K::item_of(&detail)));
    }
    Ok(Json(json).into_response())
}

/// Applies one change asked through the API and answers with the item as it now is.
pub(crate) async fn apply<K: ItemRoutes>(
    state: &AppState,
    caller: &ApiCaller,
    id: &str,
    version: Option<i64>,
    update: K::Update,
) -> Result<Response, ApiError> {
    let item = state
        .store
        .update_item::<K>(caller, id, version, update, &state.config.public_url)
        .await?;
    state.wake.notify_one();
    Ok(Json(item_json(&item)).into_response())
}

async fn reshare<K: ItemRoutes>(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<SharingInput>,
) -> Result<Response, ApiError> {
    let (tlp, recipients, observers, version) = body.parts().map_err(ApiError::invalid)?;
    let update = K::reshare(tlp, recipients, observers);
    apply::<K>(&state, &caller, &id, version, update).await
}

async fn attach<K: ItemRoutes>(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Query(query): Query<AttachQuery>,
    headers: axum::http::HeaderMap,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Response, ApiError> {
    let file = uploaded_file(&query, &headers, body)?;
    let info = state.store.attach_to::<K>(&caller, &id, file).await?;
    state.wake.notify_one();
    Ok((StatusCode::CREATED, Json(info)).into_response())
}

async fn download(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((id, attachment)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    send_attachment(&state, &caller, &id, &attachment).await
}

/// The OpenAPI operations of [`routes`] for one kind.
pub(crate) fn document<K: ItemRoutes>(openapi: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::path::{
        HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn, ParameterStyle,
    };
    use utoipa::openapi::request_body::RequestBodyBuilder;
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    use utoipa::openapi::{ContentBuilder, Ref, Required, ResponseBuilder};

    let [item, page, detail] = K::SCHEMAS;
    let noun = K::KIND.noun;
    let json = |schema: &str| {
        ContentBuilder::new()
            .schema(Some(Ref::from_schema_name(schema)))
            .build()
    };
    let answer = |description: &str, schema: &str| {
        ResponseBuilder::new()
            .description(description)
            .content("application/json", json(schema))
            .build()
    };
    let text = || ObjectBuilder::new().schema_type(Type::String).build();
    let in_path = |name: &str| {
        ParameterBuilder::new()
            .name(name)
            .parameter_in(ParameterIn::Path)
            .required(Required::True)
            .schema(Some(text()))
            .build()
    };
    let operation = |name: &str, summary: String| {
        OperationBuilder::new()
            .tag(K::PATH)
            .operation_id(Some(format!("{}_{name}", K::KIND.name)))
            .summary(Some(summary))
    };
    let base = format!("/api/v1/{}", K::PATH);
    let one = format!("{base}/{{id}}");
    let paths = &mut openapi.paths;

    paths.add_path_operation(
        &base,
        vec![HttpMethod::Get],
        operation(
            "list",
            format!("The {noun}s the caller may see, newest first"),
        )
        .parameters(Some(K::Query::into_params(|| Some(ParameterIn::Query))))
        .response(
            "200",
            answer(
                "A page of what the caller may see; `total` counts only those",
                page,
            ),
        ),
    );
    paths.add_path_operation(
        &one,
        vec![HttpMethod::Get],
        operation("detail", format!("A {noun} with what hangs on it"))
            .parameter(in_path("id"))
            .response(
                "200",
                answer(
                    "It with its timeline, attachments and links, and what the caller may do on it",
                    detail,
                ),
            ),
    );
    paths.add_path_operation(
        format!("{one}/sharing"),
        vec![HttpMethod::Post],
        operation(
            "reshare",
            format!("Share the {noun} anew (its source only)"),
        )
        .parameter(in_path("id"))
        .request_body(Some(
            RequestBodyBuilder::new()
                .content("application/json", json("SharingInput"))
                .required(Some(Required::True))
                .build(),
        ))
        .response(
            "200",
            answer(
                "The audience is recomputed; those no longer reached are no longer alerted",
                item,
            ),
        ),
    );
    paths.add_path_operation(
        format!("{one}/attachments"),
        vec![HttpMethod::Post],
        operation("attach", format!("Attach a file to the {noun}"))
            .parameter(in_path("id"))
            .parameter(
                ParameterBuilder::new()
                    .name("filename")
                    .parameter_in(ParameterIn::Query)
                    .required(Required::True)
                    .style(Some(ParameterStyle::Form))
                    .schema(Some(text())),
            )
            .request_body(Some(
                RequestBodyBuilder::new()
                    .description(Some("The file, up to 10 MiB; its Content-Type is kept"))
                    .content(
                        "application/octet-stream",
                        ContentBuilder::new()
                            .schema(Some(
                                ObjectBuilder::new()
                                    .schema_type(Type::String)
                                    .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
                                        utoipa::openapi::KnownFormat::Binary,
                                    )))
                                    .build(),
                            ))
                            .build(),
                    )
                    .required(Some(Required::True))
                    .build(),
            ))
            .response(
                "201",
                answer(
                    "The attachment's id, name, type, size and SHA-256",
                    "AttachmentSchema",
                ),
            ),
    );
    paths.add_path_operation(
        format!("{one}/attachments/{{attachment}}"),
        vec![HttpMethod::Get],
        operation("download", format!("A file attached to the {noun}"))
            .parameter(in_path("id"))
            .parameter(in_path("attachment"))
            .response(
                "200",
                ResponseBuilder::new()
                    .description("The file")
                    .content("application/octet-stream", ContentBuilder::new().build())
                    .build(),
            ),
    );
}
