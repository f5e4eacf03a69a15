//! Live dashboards that do not stampede. An open dashboard does not fetch itself again on every
//! change: this server renders its live part once per **audience class** (readers who would see
//! the same page: the same organisation, role and language, and nobody named by themselves in an
//! item's audience) and pushes the rendered fragment to every open dashboard of the class.
//! Changes are coalesced: the first change after a quiet spell is rendered at once, the rest of
//! a burst at most once per [`REFRESH_INTERVAL`], and a class none of whose readers may see any
//! of the changes is not rendered at all.
//!
//! A render made for a class never carries anyone's own items: its reader is the class, not a
//! person. A reader named in an audience by themselves (a draft's author, someone an item was
//! reshared with) has a class of their own. Every push checks the reader's credential again and
//! moves them to the class they are in now, or ends the stream when the credential is gone.

use crate::AppState;
use crate::pages::render_live_part;
use crate::session::StreamReader;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::StreamExt;
use futures_util::stream::{self, Stream};
use liaison_domain::access::{Role, Viewer};
use liaison_domain::caller::Caller;
use liaison_domain::sharing::Principal;
use liaison_locale::Locale;
use liaison_store::LiveEvent;
use std::collections::{HashMap, HashSet};
use std::convert::Infallible;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::Duration;
use tokio::sync::broadcast::{self, error::RecvError, error::TryRecvError};
use tokio::sync::watch;

/// At most this many pushes a second to a dashboard, whatever the rate of reports: a wall
/// screen read from across a room needs no more, and a burst costs a few renders, not one each.
pub(crate) const REFRESH_INTERVAL: Duration = Duration::from_millis(250);

/// How many classes are rendered at once after a change.
const RENDERS_AT_ONCE: usize = 4;

/// Who a render is made for: readers with the same key see the same dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct AudienceClass {
    organisation: Option<String>,
    role: Role,
    locale: Locale,
    /// Set only for a reader named by themselves in some item's audience.
    account: Option<String>,
}

impl AudienceClass {
    /// The reader a render is made for. A shared class reads as an account that no audience
    /// names, so what it shows is what every reader of the class shares and nothing personal.
    fn reader(&self) -> Caller {
        Caller::new(Viewer {
            account: self.account.clone().unwrap_or_default(),
            organisation: self.organisation.clone(),
            role: self.role,
        })
    }
}

/// One rendered live part.
#[derive(Debug)]
struct Rendered {
    /// Increases with every render of this server: the event id, and what tests compare.
    number: u64,
    html: String,
    /// The access epoch of the newest change it shows (see `StreamReader`); none for a
    /// class's first render.
    access_epoch: Option<i64>,
}

struct Class {
    reader: Caller,
    latest: watch::Sender<Option<Arc<Rendered>>>,
    /// The accounts reading through this class, with their number of open dashboards.
    accounts: Mutex<HashMap<String, usize>>,
}

impl Class {
    /// Whether the changes may change what this class shows, or name one of its readers by
    /// themselves (who then moves to a class of their own on this push).
    fn concerned_by(&self, changes: &Changes) -> bool {
        if changes.concerns(self.reader.principals()) {
            return true;
        }
        let accounts = lock(&self.accounts);
        changes.events.iter().any(|e| {
            e.audience
                .iter()
                .any(|p| matches!(p, Principal::Account(id) if accounts.contains_key(id)))
        })
    }
}

/// One open dashboard's place in its class, given up when the dashboard closes or moves.
struct Seat {
    class: Arc<Class>,
    account: String,
}

impl Seat {
    fn take(class: Arc<Class>, account: &str) -> Seat {
        *lock(&class.accounts).entry(account.to_owned()).or_default() += 1;
        Seat {
            class,
            account: account.to_owned(),
        }
    }
}

impl Drop for Seat {
    fn drop(&mut self) {
        let mut accounts = lock(&self.class.accounts);
        if let Some(count) = accounts.get_mut(&self.account) {
            *count -= 1;
            if *count == 0 {
                accounts.remove(&self.account);
            }
        }
    }
}

/// This server's open dashboards, by class.
#[derive(Default)]
pub struct LiveDashboards {
    classes: Mutex<HashMap<AudienceClass, Arc<Class>>>,
    /// Accounts named by themselves in some audience (only ever grows while the server runs).
    personal: Mutex<HashSet<String>>,
    renders: AtomicU64,
    started: OnceLock<()>,
}

impl std::fmt::Debug for LiveDashboards {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveDashboards")
            .field("renders", &self.renders)
            .finish_non_exhaustive()
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl LiveDashboards {
    /// The class of `caller` reading in `locale`. When a stream opens, the store says whether
    /// the reader is named by themselves in an audience; after that, the changes this server
    /// follows say when they become so (`ask_store` false: no query per push).
    async fn class_of(
        &self,
        state: &AppState,
        caller: &Caller,
        locale: Locale,
        ask_store: bool,
    ) -> AudienceClass {
        let account = caller.account();
        let mut personal = lock(&self.personal).contains(account);
        if !personal && ask_store {
            // Follow the changes first, so that none falls between the answer and them.
            self.start(state);
            // Unknown: ask the store; an error counts as personal, which shares nothing.
            personal = state
                .store
                .named_in_an_audience(account)
                .await
                .unwrap_or(true);
            if personal {
                lock(&self.personal).insert(account.to_owned());
            }
        }
        AudienceClass {
            organisation: caller.organisation().map(str::to_owned),
            role: caller.viewer().role,
            locale,
            account: personal.then(|| account.to_owned()),
        }
    }

    /// A seat in the class for `account`, and the class's latest render, rendered first when
    /// the class is new.
    async fn join(
        &self,
        state: &AppState,
        key: &AudienceClass,
        account: &str,
    ) -> (Seat, watch::Receiver<Option<Arc<Rendered>>>) {
        self.start(state);
        // Subscribed under the lock: a refresh that drops classes nobody reads cannot drop
        // this one between its creation and its first reader.
        let (class, receiver, new) = {
            let mut classes = lock(&self.classes);
            let mut new = false;
            let class = classes
                .entry(key.clone())
                .or_insert_with(|| {
                    new = true;
                    Arc::new(Class {
                        reader: key.reader(),
                        latest: watch::channel(None).0,
                        accounts: Mutex::default(),
                    })
                })
                .clone();
            let receiver = class.latest.subscribe();
            (class, receiver, new)
        };
        // Whoever made the class renders it; the others opening at the same moment receive
        // that render, instead of each rendering the same part.
        if new {
            self.render(state, key.locale, &class, None).await;
        }
        (Seat::take(class, account), receiver)
    }

    async fn render(
        &self,
        state: &AppState,
        locale: Locale,
        class: &Class,
        access_epoch: Option<i64>,
    ) {
        match render_live_part(state, &class.reader, locale).await {
            Ok((_, html)) => {
                let number = self.renders.fetch_add(1, Ordering::Relaxed) + 1;
                metrics::counter!("liaison_dashboard_renders").increment(1);
                class.latest.send_replace(Some(Arc::new(Rendered {
                    number,
                    html,
                    access_epoch,
                })));
            }
            // The readers keep what they have; the next change tries again.
            Err(error) => tracing::warn!(%error, "a live dashboard could not be rendered"),
        }
    }

    /// Starts this server's one task that follows changes, on the first open dashboard.
    fn start(&self, state: &AppState) {
        if self.started.set(()).is_err() {
            return;
        }
        let changes = state.store.subscribe_live();
        let closing = state.closing();
        let state = state.clone();
        tokio::spawn(async move {
            coalesce(changes, REFRESH_INTERVAL, closing, |batch| {
                let state = state.clone();
                async move { state.dashboards.refresh(&state, &batch).await }
            })
            .await;
        });
    }

    /// Renders again every class with a reader who may see one of the changes.
    async fn refresh(&self, state: &AppState, batch: &Changes) {
        {
            // Someone named by themselves now has a class of their own from their next push on.
            let mut personal = lock(&self.personal);
            for event in &batch.events {
                for principal in &event.audience {
                    if let Principal::Account(id) = principal {
                        personal.insert(id.clone());
                    }
                }
            }
        }
        let due: Vec<(AudienceClass, Arc<Class>)> = {
            let mut classes = lock(&self.classes);
            classes.retain(|_, class| class.latest.receiver_count() > 0);
            classes
                .iter()
                .filter(|(_, class)| class.concerned_by(batch))
                .map(|(key, class)| (key.clone(), class.clone()))
                .collect()
        };
        let epoch = batch.events.iter().filter_map(|e| e.access_epoch).max();
        stream::iter(due)
            .for_each_concurrent(RENDERS_AT_ONCE, |(key, class)| async move {
                self.render(state, key.locale, &class, epoch).await;
            })
            .await;
    }

    /// How many live parts this server has rendered.
    pub fn renders(&self) -> u64 {
        self.renders.load(Ordering::Relaxed)
    }
}

/// The changes one refresh answers.
#[derive(Debug, Default)]
struct Changes {
    events: Vec<Arc<LiveEvent>>,
    /// Events were missed (the server fell behind): every class is rendered again.
    missed: bool,
}

impl Changes {
    fn concerns(&self, principals: &[Principal]) -> bool {
        self.missed || self.events.iter().any(|e| e.visible_to(principals))
    }
}

/// Hands the changes to `refresh` in batches: the first change after a quiet spell at once,
/// then, while changes keep coming, at most one batch per `interval`.
async fn coalesce<F, Fut>(
    mut changes: broadcast::Receiver<Arc<LiveEvent>>,
    interval: Duration,
    mut closing: watch::Receiver<bool>,
    mut refresh: F,
) where
    F: FnMut(Changes) -> Fut,
    Fut: Future<Output = ()>,
{
    loop {
        if *closing.borrow() {
            return;
        }
        let first = tokio::select! {
            first = changes.recv() => first,
            _ = closing.changed() => return,
        };
        let started = tokio::time::Instant::now();
        let mut batch = Changes::default();
        match first {
            Ok(event) => batch.events.push(event),
            Err(RecvError::Lagged(_)) => batch.missed = true,
            Err(RecvError::Closed) => return,
        }
        loop {
            match changes.try_recv() {
                Ok(event) => batch.events.push(event),
                Err(TryRecvError::Lagged(_)) => batch.missed = true,
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Closed) => return,
            }
        }
        refresh(batch).await;
        tokio::time::sleep_until(started + interval).await;
    }
}

/// What one open dashboard holds between pushes.
struct Reader {
    state: AppState,
    /// Who opened the stream, checked again before every push.
    reader: StreamReader,
    locale: Locale,
    class: AudienceClass,
    latest: watch::Receiver<Option<Arc<Rendered>>>,
    seat: Seat,
    closing: watch::Receiver<bool>,
}

fn fragment(rendered: &Rendered) -> Event {
    Event::default()
        .event("fragment")
        .id(rendered.number.to_string())
        .data(&rendered.html)
}

/// `GET /dashboard/live`: the live part of the caller's dashboard, as `fragment` events of
/// HTML that replace the element with the same id. The first event is the part as it is now.
pub async fn stream(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, Response> {
    let reader = StreamReader::open(&state, &headers).await?;
    let caller = reader.caller().clone();
    let locale = match state.store.account(caller.account()).await {
        Ok(account) => crate::language::language_of(Some(&account), &headers),
        Err(_) => crate::language::language_of(None, &headers),
    };
    let hub = state.dashboards.clone();
    let class = hub.class_of(&state, &caller, locale, true).await;
    let (seat, mut latest) = hub.join(&state, &class, caller.account()).await;
    latest.mark_changed();
    let reader = Reader {
        closing: state.closing(),
        state,
        reader,
        locale,
        class,
        latest,
        seat,
    };
    let events = stream::unfold(Some(reader), |reader| async move {
        let mut r = reader?;
        loop {
            if *r.closing.borrow() {
                return None;
            }
            tokio::select! {
                changed = r.latest.changed() => changed.ok()?,
                _ = r.closing.changed() => return None,
            }
            // The reader as they are now: a revoked token or an ended session closes the
            // stream, a changed role or organisation moves it to its new class.
            let epoch = r.latest.borrow().as_ref().and_then(|x| x.access_epoch);
            let caller = r.reader.now(&r.state, epoch).await?.clone();
            let hub = r.state.dashboards.clone();
            let class = hub.class_of(&r.state, &caller, r.locale, false).await;
            if class != r.class {
                (r.seat, r.latest) = hub.join(&r.state, &class, caller.account()).await;
                r.class = class;
            }
            let Some(rendered) = r.latest.borrow_and_update().clone() else {
                continue;
            };
            return Some((Ok(fragment(&rendered)), Some(r)));
        }
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn event(seq: i64) -> Arc<LiveEvent> {
        Arc::new(LiveEvent {
            seq,
            at: String::new(),
            item_id: format!("item-{seq}"),
            kind: "incident.reported".into(),
            data: "{}".into(),
            audience: BTreeSet::from([Principal::Organisation("cec".into())]),
            access_epoch: Some(0),
        })
    }

    /// 50 changes 10 ms apart (half a second) give a few refreshes, not 50, and the last
    /// refresh includes the last change. The clock is tokio's paused clock: no waiting.
    #[tokio::test(start_paused = true)]
    async fn a_burst_of_changes_is_refreshed_a_few_times_not_once_each() {
        let (sender, receiver) = broadcast::channel(1024);
        let (_closing_sender, closing) = watch::channel(false);
        let refreshed = Arc::new(Mutex::new(Vec::<Vec<i64>>::new()));
        let log = refreshed.clone();
        let task = tokio::spawn(coalesce(
            receiver,
            REFRESH_INTERVAL,
            closing,
            move |batch: Changes| {
                let log = log.clone();
                async move {
                    lock(&log).push(batch.events.iter().map(|e| e.seq).collect());
                    // A render takes a while.
                    tokio::time::sleep(Duration::from_millis(30)).await;
                }
            },
        ));
        for seq in 1..=50 {
            sender.send(event(seq)).unwrap();
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
        let batches = lock(&refreshed).clone();
        assert!(
            (2..=4).contains(&batches.len()),
            "{} refreshes: {batches:?}",
            batches.len()
        );
        assert_eq!(batches[0], vec![1], "the first change is shown at once");
        let all: Vec<i64> = batches.concat();
        assert_eq!(
            all,
            (1..=50).collect::<Vec<_>>(),
            "every change, once, in order"
        );
        drop(sender);
        task.await.unwrap();
    }

    #[tokio::test(start_paused = true)]
    async fn changes_after_a_quiet_spell_are_refreshed_at_once() {
        let (sender, receiver) = broadcast::channel(16);
        let (_closing_sender, closing) = watch::channel(false);
        let (seen, mut refreshed) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(coalesce(
            receiver,
            REFRESH_INTERVAL,
            closing,
            move |batch: Changes| {
                let seen = seen.clone();
                async move {
                    let _ = seen.send((tokio::time::Instant::now(), batch.events.len()));
                }
            },
        ));
        let start = tokio::time::Instant::now();
        sender.send(event(1)).unwrap();
        let (at, count) = refreshed.recv().await.unwrap();
        assert_eq!((at - start, count), (Duration::ZERO, 1));
        tokio::time::sleep(Duration::from_secs(5)).await;
        let quiet = tokio::time::Instant::now();
        sender.send(event(2)).unwrap();
        let (at, _) = refreshed.recv().await.unwrap();
        assert_eq!(at - quiet, Duration::ZERO, "no wait after a quiet spell");
    }

    #[test]
    fn a_shared_class_reads_as_nobody_in_particular() {
        let class = AudienceClass {
            organisation: Some("cec".into()),
            role: Role::Analyst,
            locale: Locale::En,
            account: None,
        };
        let principals = class.reader().principals().to_vec();
        assert!(principals.contains(&Principal::Organisation("cec".into())));
        assert!(
            !principals
                .iter()
                .any(|p| matches!(p, Principal::Account(id) if !id.is_empty())),
            "{principals:?}"
        );
        let own = AudienceClass {
            account: Some("a1".into()),
            ..class
        };
        assert!(
            own.reader()
                .principals()
                .contains(&Principal::Account("a1".into()))
        );
    }

    #[test]
    fn missed_changes_concern_everyone() {
        let missed = Changes {
            events: Vec::new(),
            missed: true,
        };
        assert!(missed.concerns(&[Principal::Observers]));
        let one = Changes {
            events: vec![event(1)],
            missed: false,
        };
        assert!(one.concerns(&[Principal::Organisation("cec".into())]));
        assert!(!one.concerns(&[Principal::Organisation("cert".into())]));
    }
}
