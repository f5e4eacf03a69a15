//! The directory of interlocutors and emergency contacts.

use super::{Model, OrgId};
use crate::Knowable;
use crate::catalogue::{AdministrativeLevel, Availability, ChannelKind, ContactKind};
use serde::Serialize;
use time::{Date, OffsetDateTime};

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

impl Model {
    /// The emergency contacts that answer at `now`: round-the-clock ones always, election-period
    /// ones while the calendar is in the election period (and in office hours), office-hours
    /// ones in office hours. National bodies come first, then international, regional and local
    /// ones, each by organisation and name: a list cut short keeps those the country relies on.
    pub fn emergency_contacts_reachable_at(&self, now: OffsetDateTime) -> Vec<&Contact> {
        let in_election_period = crate::incident::phase_on(self, now.date())
            .is_some_and(Availability::election_period_covers);
        let level = |org: &super::Organisation| match org.level {
            Knowable::Known(AdministrativeLevel::National) => 0,
            Knowable::Known(AdministrativeLevel::International) => 1,
            Knowable::Known(AdministrativeLevel::Regional) => 2,
            Knowable::Known(AdministrativeLevel::Local) => 3,
            Knowable::Unknown => 4,
        };
        let mut reachable: Vec<&Contact> = self
            .contacts
            .items()
            .iter()
            .filter(|c| c.emergency)
            .filter(|c| {
                c.availability
                    .known()
                    .is_some_and(|a| a.answers_at(in_election_period, now))
            })
            .collect();
        reachable.sort_by(|a, b| {
            let (oa, ob) = (
                self.organisation(a.organisation),
                self.organisation(b.organisation),
            );
            (level(oa), &oa.name, &a.name).cmp(&(level(ob), &ob.name, &b.name))
        });
        reachable
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{OrganisationKind, Phase};
    use crate::model::{DateRange, DatedPhase, Election, Organisation};
    use time::macros::{date, datetime};

    /// A local office (0) and a national CERT (1), with a contact of each availability, and
    /// polling day on Saturday 2027-05-15.
    fn model() -> Model {
        let mut m = Model::testland();
        let mut office = Organisation::new("office", "Zeta local office", OrganisationKind::Emb);
        office.level = Knowable::Known(AdministrativeLevel::Local);
        let mut cert = Organisation::new("cert", "Alpha CERT", OrganisationKind::Cert);
        cert.level = Knowable::Known(AdministrativeLevel::National);
        m.organisations = vec![office, cert];
        let contact = |key: &str, org: u32, availability: Availability, emergency: bool| Contact {
            key: key.into(),
            organisation: OrgId(org),
            name: key.into(),
            role: None,
            kind: ContactKind::Function,
            availability: Knowable::Known(availability),
            emergency,
            channels: Vec::new(),
            last_verified: None,
        };
        m.contacts = Knowable::Known(vec![
            contact("office-desk", 0, Availability::OfficeHours, true),
            contact("office-clerk", 0, Availability::TwentyFourSeven, false),
            contact("office-duty", 0, Availability::ElectionPeriod, true),
            contact("cert-duty", 1, Availability::TwentyFourSeven, true),
        ]);
        m.election = Some(Election {
            name: "Test election".into(),
            phases: vec![DatedPhase {
                phase: Phase::Voting,
                dates: Knowable::Known(DateRange {
                    from: date!(2027 - 05 - 15),
                    to: date!(2027 - 05 - 15),
                }),
            }],
        });
        m
    }

    fn reachable(m: &Model, now: OffsetDateTime) -> Vec<&str> {
        m.emergency_contacts_reachable_at(now)
            .iter()
            .map(|c| c.key.as_str())
            .collect()
    }

    #[test]
    fn who_answers_depends_on_the_hour_and_the_calendar() {
        let m = model();
        // A weekday in office hours: every emergency contact, national first.
        assert_eq!(
            reachable(&m, datetime!(2027-05-12 11:20 UTC)),
            ["cert-duty", "office-desk", "office-duty"]
        );
        // The same weekday at night, outside the election period: round the clock only.
        assert_eq!(
            reachable(&m, datetime!(2027-05-12 02:30 UTC)),
            ["cert-duty"]
        );
        // Polling day at night: the election-period duty desk too; never a routine contact.
        assert_eq!(
            reachable(&m, datetime!(2027-05-15 02:30 UTC)),
            ["cert-duty", "office-duty"]
        );
    }
}
