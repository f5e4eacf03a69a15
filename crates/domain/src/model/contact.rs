//! The directory of interlocutors and emergency contacts.

use super::OrgId;
use crate::Knowable;
use crate::catalogue::{Availability, ChannelKind, ContactKind};
use serde::Serialize;
use time::Date;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contact {
    pub key: String,
    pub organisation: OrgId,
    /// A person's name or a function's title ("Duty officer").
    pub name: String,
    pub role: Option<String>,
    pub kind: ContactKind,
    pub availability: Knowable<Availability>,
    /// Whether this is a contact for emergencies rather than routine business.
    pub emergency: bool,
    pub channels: Vec<Channel>,
    /// When someone last checked that the contact still works; `None` if never.
    pub last_verified: Option<Knowable<Date>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Channel {
    pub kind: ChannelKind,
    pub value: String,
    /// Still works when e-mail, messaging and the public Internet are down.
    pub out_of_band: bool,
}

impl Contact {
    /// Answers emergencies around the clock (always, or during the election period).
    pub fn is_round_the_clock_emergency(&self) -> bool {
        self.emergency
            && matches!(
                self.availability,
                Knowable::Known(Availability::TwentyFourSeven | Availability::ElectionPeriod)
            )
    }

    pub fn has_out_of_band_channel(&self) -> bool {
        self.channels.iter().any(|c| c.out_of_band)
    }
}
