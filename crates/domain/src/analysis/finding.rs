//! Findings: what the analysis reports, each under a rule with a stable id.

use super::sentence::Sentence;
use serde::Serialize;
use std::fmt;

/// How much a finding matters, from missing information to a hole that will hurt on polling day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Info,
        Severity::Low,
        Severity::Medium,
        Severity::High,
        Severity::Critical,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    pub fn from_id(id: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|s| s.id() == id)
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The kind of object a finding concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectKind {
    Jurisdiction,
    Organisation,
    Contact,
    Forum,
    Agreement,
    Asset,
    Activity,
    Election,
    ThreatKind,
    Phase,
    AssetKind,
    FocusArea,
    Recommendation,
}

/// An object a finding concerns, by kind and id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ObjectRef {
    #[serde(rename = "type")]
    pub kind: ObjectKind,
    pub id: String,
}

impl ObjectRef {
    pub fn new(kind: ObjectKind, id: impl Into<String>) -> Self {
        ObjectRef {
            kind,
            id: id.into(),
        }
    }
}

macro_rules! rules {
    ($( $variant:ident = $id:literal, $severity:ident, $title:literal, $why:literal, $remedy:literal; )+) => {
        /// A rule of the analysis. The id is stable: reports, CI pipelines and dashboards key
        /// on it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule { $( $variant, )+ }

        impl Rule {
            pub const ALL: &'static [Rule] = &[ $( Rule::$variant, )+ ];

            pub fn id(self) -> &'static str {
                match self { $( Rule::$variant => $id, )+ }
            }
            /// The rule of a finding's `rule` id.
            pub fn from_id(id: &str) -> Option<Rule> {
                Rule::ALL.iter().copied().find(|r| r.id() == id)
            }
            /// The severity of a typical finding; a finding may be rated higher or lower.
            pub fn default_severity(self) -> Severity {
                match self { $( Rule::$variant => Severity::$severity, )+ }
            }
            pub fn title(self) -> &'static str {
                match self { $( Rule::$variant => $title, )+ }
            }
            /// Why it matters.
            pub fn why(self) -> &'static str {
                match self { $( Rule::$variant => $why, )+ }
            }
            /// What to do about it.
            pub fn remedy(self) -> &'static str {
                match self { $( Rule::$variant => $remedy, )+ }
            }
        }
    };
}

rules! {
    ResponsibilityGap = "responsibility_gap", High, "No accountable organisation",
        "A threat that can hit an asset in use, in a phase when it is in use, has nobody who answers for it. When it happens, agencies lose time finding out who acts, and the publication warns that with unclear roles no agency may own cybersecurity in the end.",
        "Agree who is accountable and add a responsibility row with role 'accountable' for these threats, phases and asset kinds.";
    ResponsibilityOverlap = "responsibility_overlap", Medium, "More than one accountable organisation",
        "Two organisations answer for the same cell. In an incident both may wait for the other, or both may act and contradict each other in public.",
        "Keep one organisation accountable per cell and make the others responsible, consulted or informed.";
    CapabilityMismatch = "capability_mismatch", High, "Responders lack the needed capability",
        "The organisations that must act on this threat cannot do what it takes, such as technical incident response for an advanced persistent threat.",
        "Make an organisation with the capability responsible, or record the capability if the organisation has it.";
    ResponsibilityMatrixUnknown = "responsibility_matrix_unknown", Info, "Responsibility matrix not recorded",
        "The model does not record who is responsible for which threat, so gaps and overlaps cannot be found.",
        "Record the responsibility matrix, even a coarse one with 'all' wildcards.";
    AssetRegisterUnknown = "asset_register_unknown", Info, "Asset register not recorded",
        "Without the technology in use, the analysis cannot tell which cells of the responsibility matrix matter.",
        "List the technology the election depends on: registers, results transmission and publication, websites, e-mail.";
    AssetRegisterEmpty = "asset_register_empty", Medium, "No election technology recorded",
        "Even paper-ballot elections depend on technology: voter and candidate registration, results processing and publication, the EMB's website and e-mail.",
        "List the technology the election depends on in 'assets'.";
    ContactNoEmergency = "contact_no_emergency", High, "No 24/7 emergency contact",
        "An organisation with a role in the response cannot be reached around the clock. Attacks come at night and on polling day; a few hours of confusion are all an adversary needs.",
        "Give the organisation an emergency contact that answers around the clock, at least during the election period.";
    ContactStale = "contact_stale", Medium, "Contact not verified recently",
        "Directories decay: people move, numbers change. A contact nobody has checked recently may fail when it is needed.",
        "Call or write to the contact, confirm it works and record the date in 'last_verified'.";
    ContactVerificationUnknown = "contact_verification_unknown", Info, "Contact verification not recorded",
        "It is not recorded when the contact was last checked.",
        "Record 'last_verified' after checking the contact.";
    ContactSinglePerson = "contact_single_person", Medium, "Only one person to call",
        "The organisation's only contact is one named person. If they are ill, on leave or have left, nobody answers.",
        "Add a function or team contact, such as a duty desk, or a deputy.";
    ContactNoOutOfBand = "contact_no_out_of_band", Medium, "No out-of-band channel",
        "Every way to reach the organisation runs over e-mail, messaging or the public Internet, which may be the very thing under attack.",
        "Add a channel that does not depend on the Internet: a landline, a secure government line, radio or a satellite phone.";
    ContactsUnknown = "contacts_unknown", Info, "Contact directory not recorded",
        "The model does not record the directory of contacts, so reachability cannot be checked.",
        "Record the directory of interlocutors and emergency contacts.";
    ForumMissingMember = "forum_missing_member", Medium, "Responsible organisation sits in no forum",
        "An organisation with a role in the response meets its partners in no forum, so channels are not kept in use and trust is not built before a crisis.",
        "Add the organisation to a task force or working group with its partners.";
    ForumInactiveInElection = "forum_inactive_in_election", Medium, "Forum does not meet during the election period",
        "The forum is not active, or does not meet, between the campaign and the publication of results, when coordination matters most.",
        "Schedule meetings of the forum during the election period, or make it active in those phases.";
    ForumScheduleUnknown = "forum_schedule_unknown", Info, "Forum schedule not recorded",
        "It is not recorded how often the forum meets, so it cannot be told whether it meets during the election period.",
        "Record the forum's cadence or its meetings.";
    SecurityRoleUnbounded = "security_role_unbounded", High, "Security-sector involvement without agreed boundaries",
        "A security, intelligence or military body takes part with no agreement stating where its involvement starts and stops. The publication recommends defining these boundaries, possibly in law, to protect the EMB's actual and perceived independence.",
        "Agree and record the boundaries of its involvement in an agreement it is party to (key 'boundaries'), and make that agreement public.";
    AgreementExpired = "agreement_expired", Medium, "Agreement expired",
        "The agreement's validity has ended; the collaboration it grounds may no longer have a basis.",
        "Renew the agreement or record that it was replaced.";
    AgreementNotPublic = "agreement_not_public", High, "Agreement kept from the public",
        "An arrangement between the EMB and a security or law-enforcement body is not public. The publication recommends that such collaboration be transparent and explained to the public, or the EMB's perceived independence suffers.",
        "Publish the agreement, or a summary of who does what and where the involvement of each party stops.";
    AgreementPublicityUnknown = "agreement_publicity_unknown", Info, "Publicity of agreement not recorded",
        "It is not recorded whether an agreement between the EMB and a security or law-enforcement body is public.",
        "Record whether the agreement is public.";
    NoCentralEmb = "no_central_emb", High, "No central EMB",
        "The model has no electoral management body at national level, the hub of the collaboration.",
        "Add the central EMB as an organisation of kind 'emb' at level 'national'.";
    NoNationalCert = "no_national_cert", High, "No national CERT",
        "The model has no national CERT or cybersecurity agency, the technical partner an EMB needs.",
        "Add the national CERT (kind 'cert') or cybersecurity agency.";
    LocalOfficeIsolated = "local_office_isolated", High, "Local election office cut off",
        "A local election office has no path through the hierarchy, forums or agreements to the central EMB or the national CERT. The public blames the central authority for local incidents, and local offices rarely have the expertise to respond alone.",
        "Give the office a parent in the election administration, or bring it into a forum or agreement with the EMB and the CERT.";
    MaturityNextLevel = "maturity_next_level", Info, "Next level of collaboration",
        "The levels of collaboration build on one another; the next one needs what is listed.",
        "Work on what the next level needs.";
    CriticalInfrastructureUnknown = "critical_infrastructure_unknown", Info, "Critical-infrastructure status not recorded",
        "It is not recorded whether elections are designated critical infrastructure.",
        "Record the status under 'jurisdiction: critical_infrastructure'.";
    CriticalInfrastructureUnsupported = "critical_infrastructure_unsupported", Medium, "Designation without the support it needs",
        "Elections are designated or treated as critical infrastructure, but the model lacks part of what a designation should bring: a technical partner, assessed minimum standards, a 24/7 channel.",
        "Close the gaps listed, so the designation brings the support it is meant to.";
    CriticalInfrastructureConsider = "critical_infrastructure_consider", Low, "Consider a vertical push",
        "Organic collaboration has not got far, and elections are not designated critical infrastructure. The publication recommends designation or other vertical measures where spontaneous collaboration is missing.",
        "Consider designating elections critical infrastructure, or another binding instrument that mandates the collaboration.";
    RecommendationNotMet = "recommendation_not_met", Low, "Recommendation not met",
        "One of the publication's ten recommendations is not met by the model.",
        "See the recommendation's evidence for what is missing.";
    RecommendationPartlyMet = "recommendation_partly_met", Info, "Recommendation partly met",
        "One of the publication's ten recommendations is only partly met by the model.",
        "See the recommendation's evidence for what is missing.";
}

/// One thing the analysis found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable for the same defect of the same objects: `<rule>/<key>`.
    pub id: String,
    pub rule: &'static str,
    pub severity: Severity,
    pub title: &'static str,
    /// The objects it concerns; the first is the main one.
    pub objects: Vec<ObjectRef>,
    /// What was found, in one or two sentences.
    pub message: Sentence,
    /// Why it matters.
    pub explanation: &'static str,
    /// What to do.
    pub remedy: &'static str,
}

impl Finding {
    pub fn new(rule: Rule, key: &str, objects: Vec<ObjectRef>, message: Sentence) -> Self {
        let id = if key.is_empty() {
            rule.id().to_owned()
        } else {
            format!("{}/{key}", rule.id())
        };
        Finding {
            id,
            rule: rule.id(),
            severity: rule.default_severity(),
            title: rule.title(),
            objects,
            message,
            explanation: rule.why(),
            remedy: rule.remedy(),
        }
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn rule_ids_are_unique_snake_case() {
        let mut seen = HashSet::new();
        for rule in Rule::ALL {
            assert!(seen.insert(rule.id()), "{}", rule.id());
            assert!(
                rule.id()
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_')
            );
            assert!(!rule.why().is_empty() && !rule.remedy().is_empty());
        }
    }

    #[test]
    fn severities_order_from_info_to_critical() {
        assert!(Severity::Info < Severity::Low && Severity::High < Severity::Critical);
        assert_eq!(Severity::from_id("medium"), Some(Severity::Medium));
        assert_eq!(Severity::from_id("urgent"), None);
    }
}
