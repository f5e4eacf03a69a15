//! How people reach each other: contact kinds, availability and channels.

use super::{Phase, catalogue_enum};
use time::{OffsetDateTime, Weekday};

catalogue_enum! {
    /// What a directory entry stands for.
    pub enum ContactKind: "contact kind" {
        Person = "person", "Named person",
            "One named individual; if they are away, nobody answers.";
        Function = "function", "Function or desk",
            "A role or desk staffed by rotation, such as a duty officer or a situation centre.";
        Team = "team", "Team",
            "A shared team address or line that several people answer.";
    }
}

catalogue_enum! {
    /// When a contact answers.
    pub enum Availability: "availability" {
        TwentyFourSeven = "twenty_four_seven", "24/7",
            "Answers around the clock, every day.";
        ElectionPeriod = "election_period", "Around the clock in the election period",
            "Around the clock from the campaign to the publication of results, office hours otherwise.";
        OfficeHours = "office_hours", "Office hours",
            "Answers during working hours only.";
    }
}

catalogue_enum! {
    /// A means of reaching a contact.
    pub enum ChannelKind: "channel kind" {
        Email = "email", "E-mail", "Ordinary e-mail.";
        Landline = "landline", "Landline telephone", "A fixed telephone line.";
        Mobile = "mobile", "Mobile telephone", "A mobile phone number (voice or SMS).";
        Messaging = "messaging", "Messaging app",
            "An Internet messaging service such as Signal, WhatsApp or Telegram.";
        SecureLine = "secure_line", "Secure government line",
            "A dedicated government network or encrypted voice line independent of the public Internet.";
        SatellitePhone = "satellite_phone", "Satellite telephone",
            "A satellite phone, independent of national telecom networks.";
        Radio = "radio", "Radio", "A radio network such as TETRA or emergency-services radio.";
        InPerson = "in_person", "In person",
            "A physical meeting point or liaison officer on site.";
        WebForm = "web_form", "Web form or portal", "A reporting form or portal on the web.";
    }
}

impl ChannelKind {
    /// Whether a channel of this kind still works when e-mail, messaging and the public
    /// Internet are under attack; a model can say otherwise for a channel.
    pub fn out_of_band_by_default(self) -> bool {
        matches!(
            self,
            ChannelKind::Landline
                | ChannelKind::SecureLine
                | ChannelKind::SatellitePhone
                | ChannelKind::Radio
                | ChannelKind::InPerson
        )
    }
}

impl Availability {
    /// Whether "around the clock in the election period" applies in a phase: from the campaign
    /// to the publication of results.
    pub fn election_period_covers(phase: Phase) -> bool {
        matches!(
            phase,
            Phase::Campaign
                | Phase::Voting
                | Phase::Counting
                | Phase::Tabulation
                | Phase::ResultsPublication
        )
    }

    /// Whether a contact with this availability answers at `now`: around the clock; in the
    /// election period when the calendar is in it; or in office hours, 08:00–18:00 on weekdays
    /// in the time `now` is given in.
    pub fn answers_at(self, in_election_period: bool, now: OffsetDateTime) -> bool {
        let office = !matches!(now.weekday(), Weekday::Saturday | Weekday::Sunday)
            && (8..18).contains(&now.hour());
        match self {
            Availability::TwentyFourSeven => true,
            Availability::ElectionPeriod => in_election_period || office,
            Availability::OfficeHours => office,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn office_hours_are_weekdays_from_eight_to_six() {
        let tuesday_noon = datetime!(2027-05-11 12:00 UTC);
        let tuesday_night = datetime!(2027-05-11 23:00 UTC);
        let saturday_noon = datetime!(2027-05-15 12:00 UTC);
        assert!(Availability::OfficeHours.answers_at(false, tuesday_noon));
        assert!(!Availability::OfficeHours.answers_at(false, tuesday_night));
        assert!(!Availability::OfficeHours.answers_at(true, saturday_noon));
        assert!(Availability::ElectionPeriod.answers_at(true, saturday_noon));
        assert!(Availability::TwentyFourSeven.answers_at(false, tuesday_night));
    }
}
