//! The work on any kind of shared item from its page, written once over the kind: a change
//! asked by a form (which one is said by its `action`), attachments up and down.

use crate::AppState;
use crate::error::PageError;
use crate::item_api::ItemRoutes;
use crate::session::CurrentUser;
use crate::shared_items::{read_upload, send_attachment, sharing_from_form};
use crate::views::Names;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use liaison_domain::sharing::{Sharing, TlpLevel};
use liaison_locale::Locale;
use liaison_store::StoreError;
use std::future::Future;

/// The routes of the work on an item of kind `K` under its page.
pub(crate) fn routes<K: ItemRoutes>() -> Router<AppState> {
    let one = format!("/{}/{{id}}", K::PATH);
    Router::new()
        .route(&format!("{one}/work"), post(work::<K>))
        .route(
            &format!("{one}/attachments"),
            post(attach::<K>).layer(axum::extract::DefaultBodyLimit::max(
                liaison_store::MAX_ATTACHMENT_BYTES + 64 * 1024,
            )),
        )
        .route(&format!("{one}/attachments/{{attachment}}"), get(download))
}

/// The filter of a list page, or, when its query is wrong, the whole list with what was wrong.
pub(crate) fn list_filter<K: ItemRoutes>(
    query: &K::Query,
) -> Result<(K::Filter, Option<String>), PageError> {
    match K::filter(query) {
        Ok(filter) => Ok((filter, None)),
        Err(e) => Ok((
            K::filter(&K::Query::default()).map_err(PageError::BadRequest)?,
            Some(e),
        )),
    }
}

/// Whom the source named in sharing an item, in the reader's language: the organisations by
/// name (AMBER), or the people by name (RED; an account gone since shows as it was stored):
/// "A, B and C", "A, B et C", "A، B و C".
pub(crate) async fn named_recipients_in(
    state: &AppState,
    names: &Names<'_>,
    sharing: &Sharing,
    locale: Locale,
) -> Result<String, PageError> {
    let named = if sharing.tlp == TlpLevel::Red {
        let mut people = Vec::new();
        for id in &sharing.people {
            people.push(match state.store.account(id).await {
                Ok(account) => account.name,
                Err(StoreError::NotFound) => id.clone(),
                Err(other) => return Err(other.into()),
            });
        }
        people
    } else {
        sharing
            .organisations
            .iter()
            .map(|key| names.organisation(key).name)
            .collect()
    };
    Ok(locale.list(&named, 0))
}

/// What became of a report sent by a page's form.
pub(crate) enum Reported<K> {
    /// Stored: the new item.
    Done(K),
    /// Refused as it stands, with the sentence to show beside the form, kept as typed.
    Refused(String),
}

impl<K: ItemRoutes> Reported<K> {
    /// The store's answer: a report invalid as it stands is refused with the store's sentence,
    /// any other error is a fault.
    pub(crate) fn of(result: Result<K, StoreError>) -> Result<Self, PageError> {
        match result {
            Ok(item) => Ok(Reported::Done(item)),
            Err(StoreError::Invalid(message)) => Ok(Reported::Refused(
                crate::language::current().message(&message),
            )),
            Err(other) => Err(other.into()),
        }
    }

    /// To the new item's page, or the form again (422) as `form_again` draws it.
    pub(crate) async fn answer<P, F>(
        self,
        state: &AppState,
        form_again: impl FnOnce(String) -> F,
    ) -> Result<Response, PageError>
    where
        P: askama::Template,
        F: Future<Output = Result<P, PageError>>,
    {
        match self {
            Reported::Done(item) => {
                state.wake.notify_one();
                Ok(back_to::<K>(item.id()))
            }
            Reported::Refused(message) => {
                let page = form_again(message).await?;
                Ok((StatusCode::UNPROCESSABLE_ENTITY, super::html(page)?).into_response())
            }
        }
    }
}

/// Back to the item's page after a change.
fn back_to<K: ItemRoutes>(id: &str) -> Response {
    Redirect::to(&format!("/{}/{id}", K::PATH)).into_response()
}

async fn work<K: ItemRoutes>(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let version = super::form_version(&super::form_value(&fields, "version"))?;
    let update = match super::form_value(&fields, "action").as_str() {
        "sharing" => {
            let (tlp, recipients, observers) = sharing_from_form(user.locale, &fields)?;
            K::reshare(tlp, recipients, observers)
        }
        action => {
            // A hidden item answers alike, whatever other items the form names.
            state.store.ensure_visible::<K>(&user.caller, &id).await?;
            K::form_update(&state, &user, action, &fields).await?
        }
    };
    state
        .store
        .update_item::<K>(&user.caller, &id, version, update, &state.config.public_url)
        .await?;
    state.wake.notify_one();
    // An item acted on from its list (an acknowledgement, say) goes back to the list.
    if super::form_value(&fields, "back") == "list" {
        return Ok(Redirect::to(&format!("/{}", K::PATH)).into_response());
    }
    Ok(back_to::<K>(&id))
}

async fn attach<K: ItemRoutes>(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let file = read_upload(user.locale, multipart).await?;
    state.store.attach_to::<K>(&user.caller, &id, file).await?;
    state.wake.notify_one();
    Ok(back_to::<K>(&id))
}

async fn download(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, attachment)): Path<(String, String)>,
) -> Result<Response, PageError> {
    send_attachment(&state, &user.caller, &id, &attachment).await
}
