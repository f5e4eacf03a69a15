//! The vocabulary of incident handling: severity, lifecycle status, kinds of observables, and
//! the stages of a rectification request to a platform.

use super::catalogue_enum;

catalogue_enum! {
    /// How bad an incident is, as the reporter and the responders judge it.
    pub enum IncidentSeverity: "incident severity" {
        Low = "low", "Low",
            "Little effect on the election; handled in the normal course of work.";
        Medium = "medium", "Medium",
            "Affects one office, service or group of voters; needs attention today.";
        High = "high", "High",
            "Threatens a phase of the election or public trust in it; needs action within the hour.";
        Critical = "critical", "Critical",
            "Stops or may change the outcome of a phase, or is already public; all hands now.";
    }
}

catalogue_enum! {
    /// Where an incident is in its lifecycle; the order is the order of work.
    pub enum IncidentStatus: "incident status" {
        Reported = "reported", "Reported", "Reported and routed; nobody has looked at it yet.";
        Triaged = "triaged", "Triaged",
            "Confirmed as an incident, severity and responsible organisations checked.";
        InProgress = "in_progress", "In progress", "The responsible organisations are working on it.";
        Contained = "contained", "Contained", "The damage no longer spreads; recovery goes on.";
        Resolved = "resolved", "Resolved", "Service restored and the cause dealt with.";
        Closed = "closed", "Closed", "Lessons learned recorded; nothing more to do.";
    }
}

catalogue_enum! {
    /// A kind of technical or textual trace of an incident, as CERTs exchange them.
    pub enum ObservableKind: "observable kind" {
        Ipv4 = "ipv4", "IPv4 address", "An IPv4 address, such as an attacking host.";
        Ipv6 = "ipv6", "IPv6 address", "An IPv6 address.";
        Domain = "domain", "Domain name", "A domain name, such as a look-alike of the EMB's site.";
        Url = "url", "URL", "A full web address, such as a phishing page.";
        Email = "email", "E-mail address", "An e-mail address, such as a phishing sender.";
        FileHash = "file_hash", "File hash", "An MD5, SHA-1, SHA-256 or SHA-512 hash of a file, in hex.";
        Account = "account", "Account", "An account on a platform, such as a social-media handle.";
        Text = "text", "Message text", "The text of a message, post or claim as it was seen.";
    }
}

catalogue_enum! {
    /// Where a false claim about the process stands.
    pub enum DisinformationStatus: "disinformation status" {
        Active = "active", "Active", "Spreading or being watched; nothing done about it yet.";
        Rectifying = "rectifying", "Rectification requested",
            "Platforms were asked to act, or a public correction is being prepared.";
        Countered = "countered", "Countered",
            "The platforms acted or the public correction is out; still watched for a return.";
        Closed = "closed", "Closed", "No longer spreading; nothing more to do.";
    }
}

catalogue_enum! {
    /// What a platform did about a false claim it was asked to rectify.
    pub enum RectificationOutcome: "rectification outcome" {
        Removed = "removed", "Removed", "The content was taken down.";
        Labelled = "labelled", "Labelled",
            "The content stays, marked as false with a link to the official information.";
        Demoted = "demoted", "Reach reduced", "The content stays but is shown to fewer people.";
        Declined = "declined", "Declined", "The platform answered that it will not act.";
    }
}
