//! How people reach each other: contact kinds, availability and channels.

use super::catalogue_enum;

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
