//! Server-sent events: each reader receives the changes of exactly the items their audience
//! admits, as they are committed on any server. A reader that reconnects with
//! `Last-Event-ID` first receives what it missed (what it may see of it).

use crate::AppState;
use crate::session::StreamReader;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::stream::{self, Stream};
use liaison_domain::sharing::Principal;
use liaison_store::LiveEvent;
use std::collections::{HashSet, VecDeque};
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::broadcast::{Receiver, error::RecvError};

/// What one connection holds between events.
struct Connection {
    receiver: Receiver<Arc<LiveEvent>>,
    /// Who opened the stream, checked again before every event.
    reader: StreamReader,
    state: AppState,
    principals: Vec<Principal>,
    /// Missed events to send first, after a reconnect.
    backlog: VecDeque<LiveEvent>,
    /// The events sent from the backlog, which may come again as they are fanned out. Only
    /// those are skipped, not every event numbered below the last one sent: events are
    /// numbered when written and arrive when committed, and on PostgreSQL two transactions
    /// (two servers, or a report and an escalation) may commit in the other order, so the one
    /// numbered first can arrive second.
    replayed: HashSet<i64>,
    closing: tokio::sync::watch::Receiver<bool>,
    _gauge: OpenConnection,
}

/// Counts open connections for the metrics, however the connection ends.
struct OpenConnection;

impl OpenConnection {
    fn new() -> Self {
        metrics::gauge!("liaison_live_connections").increment(1.0);
        OpenConnection
    }
}

impl Drop for OpenConnection {
    fn drop(&mut self) {
        metrics::gauge!("liaison_live_connections").decrement(1.0);
    }
}

/// The message of `event` as its streams send it.
fn message(state: &AppState, event: &LiveEvent) -> Event {
    Event::default()
        .id(event.seq.to_string())
        .data(&*state.live_messages.of(event))
}

/// The last event's message, written once per event and server and shared by every stream
/// that sends it, instead of once per reader (a thousand readers, a thousand times the JSON).
#[derive(Debug, Default)]
pub(crate) struct LiveMessages {
    last: std::sync::Mutex<Option<(i64, Arc<str>)>>,
}

impl LiveMessages {
    fn of(&self, event: &LiveEvent) -> Arc<str> {
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        match &*last {
            Some((seq, data)) if *seq == event.seq => data.clone(),
            _ => {
                let data: Arc<str> = serde_json::json!({
                    "seq": event.seq,
                    "kind": event.kind,
                    "item": event.item_id,
                    "at": event.at,
                    "data": serde_json::from_str::<serde_json::Value>(&event.data).unwrap_or_default(),
                })
                .to_string()
                .into();
                *last = Some((event.seq, data.clone()));
                data
            }
        }
    }
}

/// `GET /api/v1/events`: the caller's live feed.
#[utoipa::path(get, path = "/api/v1/events", tag = "incidents",
    params(("Last-Event-ID" = Option<String>, Header, description = "Resume after this event")),
    responses((status = 200, description = "A text/event-stream of changes to items the caller may see; each `data` is JSON {seq, kind, item, at, data}. A `resync` event asks the reader to reload.", content_type = "text/event-stream"),
              (status = 401, body = crate::error::ErrorBody)))]
pub async fn events(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, Response> {
    let reader = StreamReader::open(&state, &headers).await?;
    let caller = reader.caller().clone();
    let principals = caller.principals();
    // Subscribe before reading the backlog, so nothing falls between the two.
    let receiver = state.store.subscribe_live();
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<i64>().ok());
    let mut backlog = VecDeque::new();
    if let Some(after) = resume
        && let Ok(missed) = state.store.live_events_since(after, &caller).await
    {
        backlog.extend(missed);
    }
    let connection = Connection {
        receiver,
        reader,
        closing: state.closing(),
        state,
        principals: principals.to_vec(),
        backlog,
        replayed: HashSet::new(),
        _gauge: OpenConnection::new(),
    };
    let stream = stream::unfold(Some(connection), |state| async move {
        let mut c = state?;
        loop {
            if let Some(event) = c.backlog.pop_front() {
                c.replayed.insert(event.seq);
                return Some((Ok(message(&c.state, &event)), Some(c)));
            }
            if *c.closing.borrow() {
                return None;
            }
            let received = tokio::select! {
                received = c.receiver.recv() => received,
                _ = c.closing.changed() => return None,
            };
            match received {
                Ok(event) => {
                    if c.replayed.contains(&event.seq) {
                        continue;
                    }
                    // The reader as they are now: a revoked token or an ended session closes
                    // the stream, a changed role or organisation changes what it shows.
                    match c.reader.now(&c.state, event.access_epoch).await {
                        Some(caller) => c.principals = caller.principals().to_vec(),
                        None => return None,
                    }
                    if !event.visible_to(&c.principals) {
                        continue;
                    }
                    return Some((Ok(message(&c.state, &event)), Some(c)));
                }
                Err(RecvError::Lagged(_)) => {
                    // Too slow to keep up: tell the page to reload rather than skip silently.
                    return Some((Ok(Event::default().event("resync").data("{}")), Some(c)));
                }
                Err(RecvError::Closed) => return None,
            }
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::collections::BTreeSet;

    fn event(seq: i64, title: &str) -> LiveEvent {
        LiveEvent {
            seq,
            at: "2026-11-25T11:20:00Z".into(),
            item_id: format!("item-{seq}"),
            kind: "incident.reported".into(),
            data: serde_json::json!({ "title": title }).to_string(),
            audience: BTreeSet::new(),
            access_epoch: Some(0),
        }
    }

    #[test]
    fn an_event_s_message_is_written_once_and_shared_by_every_stream() {
        let messages = LiveMessages::default();
        let first = messages.of(&event(7, "Results site down"));
        let again = messages.of(&event(7, "Results site down"));
        assert!(
            Arc::ptr_eq(&first, &again),
            "the second stream reuses the first's message"
        );
        let sent: serde_json::Value = serde_json::from_str(&first).unwrap();
        assert_eq!(sent["seq"], 7);
        assert_eq!(sent["item"], "item-7");
        assert_eq!(sent["data"]["title"], "Results site down");
        let next = messages.of(&event(8, "Defaced"));
        let sent: serde_json::Value = serde_json::from_str(&next).unwrap();
        assert_eq!(
            (sent["seq"].clone(), sent["data"]["title"].clone()),
            (8.into(), "Defaced".into())
        );
    }
}
