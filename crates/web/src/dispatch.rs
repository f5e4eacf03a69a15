//! The dispatcher: the background work of a server. It acts on due escalation deadlines and
//! delivers the outbox — e-mail over SMTP, signed webhook calls — then sleeps until the next
//! round or until a change wakes it. Several servers may run it on one database: the store
//! hands each due item to one of them.

use crate::AppState;
use hmac::{Hmac, Mac};
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use liaison_store::OutboxDelivery;
use sha2::Sha256;
use std::time::{Duration, Instant};

/// Deliveries per round.
const BATCH: u32 = 100;

/// What a round did, for tests and logs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Round {
    pub escalations: usize,
    pub delivered: usize,
    pub failed: usize,
}

/// The sending side of a server.
#[derive(Clone)]
pub struct Dispatcher {
    state: AppState,
    mailer: Option<AsyncSmtpTransport<Tokio1Executor>>,
    http: reqwest::Client,
}

impl std::fmt::Debug for Dispatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dispatcher")
            .field("smtp", &self.mailer.is_some())
            .finish_non_exhaustive()
    }
}

/// Why the dispatcher could not start.
#[derive(Debug, thiserror::Error)]
pub enum DispatchError {
    #[error("the SMTP address is not valid: {0}")]
    Smtp(String),
    #[error("the HTTP client cannot start: {0}")]
    Http(String),
}

/// The signature of a webhook call: HMAC-SHA256 over `<timestamp>.<body>` with the webhook's
/// secret, in hex. Receivers recompute it and compare, and refuse old timestamps.
pub fn webhook_signature(secret: &str, timestamp: i64, body: &str) -> String {
    // HMAC accepts keys of any length, so this cannot fail; an empty signature would be
    // refused by any receiver.
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

impl Dispatcher {
    pub fn new(state: AppState) -> Result<Dispatcher, DispatchError> {
        let mailer = match state.config.smtp_url.as_deref() {
            Some(url) => Some(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| DispatchError::Smtp(e.to_string()))?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
            ),
            None => None,
        };
        let mut http = reqwest::Client::builder();
        if !state.config.allow_private_webhook_targets {
            http = http.dns_resolver(std::sync::Arc::new(
                crate::webhook_target::PublicAddressesOnly,
            ));
        }
        let http = http
            .timeout(state.config.webhook_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("Liaison/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| DispatchError::Http(e.to_string()))?;
        Ok(Dispatcher {
            state,
            mailer,
            http,
        })
    }

    /// Runs until the process ends: a round, then a pause that a change cuts short.
    pub async fn run(self) {
        if self.mailer.is_none() {
            tracing::warn!(
                "no SMTP server is configured (smtp_url): e-mail notifications wait in the outbox"
            );
        }
        let mut last_prune = Instant::now();
        loop {
            match self.round().await {
                Ok(round) if round != Round::default() => {
                    tracing::info!(
                        escalations = round.escalations,
                        delivered = round.delivered,
                        failed = round.failed,
                        "dispatch round"
                    );
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "dispatch round failed; retrying"),
            }
            if last_prune.elapsed() > Duration::from_secs(3_600) {
                if let Err(e) = self.state.store.prune_live_events().await {
                    tracing::warn!(error = %e, "pruning live events failed");
                }
                last_prune = Instant::now();
            }
            tokio::select! {
                _ = tokio::time::sleep(self.state.config.dispatch_interval) => {}
                _ = self.state.wake.notified() => {}
            }
        }
    }

    /// One round: due escalations, then due deliveries.
    pub async fn round(&self) -> Result<Round, liaison_store::StoreError> {
        let now = self.state.now();
        let base = &self.state.config.public_url;
        let escalations = self.state.store.run_due_escalations(now, base).await?;
        let mut round = Round {
            escalations,
            ..Round::default()
        };
        let lease = time::Duration::try_from(self.state.config.delivery_lease)
            .unwrap_or(time::Duration::minutes(2));
        let deliveries = self.state.store.claim_outbox(now, lease, BATCH).await?;
        for delivery in deliveries {
            let outcome = match delivery.channel.as_str() {
                "email" => self.send_mail(&delivery).await,
                "webhook" => self.call_webhook(&delivery).await,
                other => Err(format!("unknown channel '{other}'")),
            };
            match outcome {
                Ok(()) => {
                    self.state.store.outbox_delivered(&delivery).await?;
                    metrics::counter!("liaison_notifications_delivered_total", "channel" => delivery.channel.clone()).increment(1);
                    round.delivered += 1;
                }
                Err(error) => {
                    // Recipients and errors, never bodies: they may carry TLP:AMBER content.
                    tracing::warn!(channel = %delivery.channel, delivery = %delivery.delivery_id, error = %error, "delivery failed");
                    self.state
                        .store
                        .outbox_attempt_failed(&delivery, &error, self.state.now())
                        .await?;
                    metrics::counter!("liaison_notifications_failed_total", "channel" => delivery.channel.clone()).increment(1);
                    round.failed += 1;
                }
            }
        }
        Ok(round)
    }

    async fn send_mail(&self, delivery: &OutboxDelivery) -> Result<(), String> {
        let Some(mailer) = &self.mailer else {
            return Err("no SMTP server is configured".to_owned());
        };
        let message = Message::builder()
            .from(
                self.state
                    .config
                    .mail_from
                    .parse()
                    .map_err(|e| format!("the sender address is not valid: {e}"))?,
            )
            .to(delivery
                .recipient
                .parse()
                .map_err(|e| format!("the recipient address is not valid: {e}"))?)
            .subject(delivery.subject.clone())
            // The outbox id: the same message sent twice after a crash has the same id.
            .message_id(Some(format!("<{}@liaison>", delivery.delivery_id)))
            .header(ContentType::TEXT_PLAIN)
            .body(delivery.body.clone())
            .map_err(|e| format!("the message cannot be built: {e}"))?;
        mailer
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| format!("SMTP: {e}"))
    }

    async fn call_webhook(&self, delivery: &OutboxDelivery) -> Result<(), String> {
        let hook = match self.state.store.webhook(&delivery.recipient).await {
            Ok(hook) if hook.active => hook,
            Ok(_) | Err(liaison_store::StoreError::NotFound) => {
                // Nothing to deliver to any more: not a failure to retry.
                return Ok(());
            }
            Err(e) => return Err(e.to_string()),
        };
        if let Some(refusal) = crate::webhook_target::refusal(
            &hook.url,
            self.state.config.allow_private_webhook_targets,
        ) {
            return Err(refusal);
        }
        let timestamp = self.state.now().unix_timestamp();
        let signature = webhook_signature(&hook.secret, timestamp, &delivery.body);
        let response = self
            .http
            .post(&hook.url)
            .header("content-type", "application/json")
            .header("x-liaison-delivery", &delivery.delivery_id)
            .header("x-liaison-timestamp", timestamp.to_string())
            .header("x-liaison-signature", format!("sha256={signature}"))
            .body(delivery.body.clone())
            .send()
            .await
            // Without the URL, which may carry a token in its query.
            .map_err(|e| format!("webhook: {}", e.without_url()))?;
        if response.status().is_success() {
            Ok(())
        } else {
            Err(format!("webhook answered {}", response.status()))
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn signatures_cover_the_timestamp_and_the_body() {
        let a = super::webhook_signature("secret", 1_700_000_000, "{\"a\":1}");
        assert_eq!(a.len(), 64);
        assert_ne!(
            a,
            super::webhook_signature("secret", 1_700_000_001, "{\"a\":1}")
        );
        assert_ne!(
            a,
            super::webhook_signature("secret", 1_700_000_000, "{\"a\":2}")
        );
        assert_ne!(
            a,
            super::webhook_signature("other", 1_700_000_000, "{\"a\":1}")
        );
    }
}
