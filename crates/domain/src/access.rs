//! Who may see and change what. Every authorisation decision of the platform is made here and
//! nowhere else: handlers ask, templates never decide.
//!
//! Organisations are the tenants: an account belongs to one organisation of the model and has
//! one role. What a record may be seen by (its audience) is computed here when the record is
//! written and stored beside it, so that every read path filters in the query itself.

use crate::incident::AssignmentRole;
use serde::Serialize;
use std::fmt;

/// A role of an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the platform: every organisation, account and record.
    PlatformAdmin,
    /// Manages the accounts of its own organisation and its organisation's record and contacts.
    OrganisationAdmin,
    /// Edits the shared model: organisations, contacts, forums, meetings, agreements, the
    /// matrix, assets and activities; imports models.
    Coordinator,
    /// Reads everything its organisation may see; keeps its organisation's contacts current.
    Analyst,
    /// Reads everything its organisation may see.
    Reader,
    /// Reads only what is shared with observers.
    Observer,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::PlatformAdmin,
        Role::OrganisationAdmin,
        Role::Coordinator,
        Role::Analyst,
        Role::Reader,
        Role::Observer,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Role::PlatformAdmin => "platform_admin",
            Role::OrganisationAdmin => "organisation_admin",
            Role::Coordinator => "coordinator",
            Role::Analyst => "analyst",
            Role::Reader => "reader",
            Role::Observer => "observer",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::PlatformAdmin => "Platform administrator",
            Role::OrganisationAdmin => "Organisation administrator",
            Role::Coordinator => "Coordinator",
            Role::Analyst => "Analyst",
            Role::Reader => "Reader",
            Role::Observer => "Observer",
        }
    }

    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == id)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Who is asking: an account (a person or a machine token) of an organisation, with a role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    pub account: String,
    /// The organisation's key in the model; `None` only for platform administrators created
    /// before any organisation existed.
    pub organisation: Option<String>,
    pub role: Role,
}

impl Viewer {
    pub fn belongs_to(&self, organisation: Option<&str>) -> bool {
        matches!((self.organisation.as_deref(), organisation), (Some(a), Some(b)) if a == b)
    }
}

/// The kinds of records the platform keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Jurisdiction,
    Organisation,
    Contact,
    Forum,
    Meeting,
    Agreement,
    Asset,
    Responsibility,
    Activity,
    EscalationProtocol,
    Election,
}

impl RecordKind {
    pub const ALL: [RecordKind; 11] = [
        RecordKind::Jurisdiction,
        RecordKind::Organisation,
        RecordKind::Contact,
        RecordKind::Forum,
        RecordKind::Meeting,
        RecordKind::Agreement,
        RecordKind::Asset,
        RecordKind::Responsibility,
        RecordKind::Activity,
        RecordKind::EscalationProtocol,
        RecordKind::Election,
    ];

    pub fn id(self) -> &'static str {
        match self {
            RecordKind::Jurisdiction => "jurisdiction",
            RecordKind::Organisation => "organisation",
            RecordKind::Contact => "contact",
            RecordKind::Forum => "forum",
            RecordKind::Meeting => "meeting",
            RecordKind::Agreement => "agreement",
            RecordKind::Asset => "asset",
            RecordKind::Responsibility => "responsibility",
            RecordKind::Activity => "activity",
            RecordKind::EscalationProtocol => "escalation_protocol",
            RecordKind::Election => "election",
        }
    }

    pub fn from_id(id: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// Who may read a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Every account, observers included.
    Everyone,
    /// Accounts of the participating organisations; not observers.
    Members,
}

impl Audience {
    pub fn id(self) -> &'static str {
        match self {
            Audience::Everyone => "everyone",
            Audience::Members => "members",
        }
    }

    pub fn from_id(id: &str) -> Option<Audience> {
        match id {
            "everyone" => Some(Audience::Everyone),
            "members" => Some(Audience::Members),
            _ => None,
        }
    }

    /// Whether the viewer may read records of this audience.
    pub fn admits(self, viewer: &Viewer) -> bool {
        match self {
            Audience::Everyone => true,
            Audience::Members => viewer.role != Role::Observer,
        }
    }

    /// The audiences a viewer may read, for a query's `WHERE audience IN (…)`.
    pub fn readable_by(viewer: &Viewer) -> &'static [Audience] {
        if viewer.role == Role::Observer {
            &[Audience::Everyone]
        } else {
            &[Audience::Everyone, Audience::Members]
        }
    }
}

/// The audience of a record. Observers see the collaboration as it is explained to the public:
/// who takes part, forums, public agreements, the technology in use, the matrix and activities.
/// Contacts (personal data), meetings (minutes), escalation protocols (operational detail) and
/// agreements not known to be public stay among the members.
pub fn audience_of(kind: RecordKind, public: Option<bool>) -> Audience {
    match kind {
        RecordKind::Contact | RecordKind::Meeting | RecordKind::EscalationProtocol => {
            Audience::Members
        }
        RecordKind::Agreement if public != Some(true) => Audience::Members,
        _ => Audience::Everyone,
    }
}

/// Something an account may want to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action<'a> {
    /// Create, change or delete a record of the shared model.
    EditRecord {
        kind: RecordKind,
        /// The organisation the record belongs to, if any (a contact's organisation, or an
        /// organisation itself).
        owner: Option<&'a str>,
    },
    /// Confirm that a contact is still correct.
    VerifyContact { owner: &'a str },
    /// Replace the model from a file.
    ImportModel,
    /// Keep the shared model as it stands, as the current election's snapshot.
    KeepModelSnapshot,
    /// Manage the accounts and invitations of an organisation (`None`: platform-wide).
    ManageAccounts { organisation: Option<&'a str> },
    /// Create API tokens for an organisation.
    ManageTokens { organisation: Option<&'a str> },
    /// Read the audit log.
    ReadAudit,
    /// Report an incident or a disinformation item for one's organisation.
    Report,
    /// Work on a shared item the viewer can already see.
    WorkOnItem {
        work: ItemWork,
        /// The organisation the item comes from.
        source: &'a str,
        /// The viewer's organisation's role on the item, if it is assigned and reached.
        assignment: Option<AssignmentRole>,
    },
    /// Manage the webhooks of an organisation.
    ManageWebhooks { organisation: Option<&'a str> },
    /// Read the joint risk register and the measures (members only).
    ReadRiskRegister,
    /// Add risks to the register, set their owner, treatment and status; add measures.
    ManageRiskRegister,
    /// Record one's own organisation's assessment of a risk.
    AssessRisk,
    /// Record one's own organisation's cyber-hygiene self-assessment.
    SelfAssess,
    /// See which organisations share no self-assessment with one, to follow them up.
    FollowUpHygiene,
    /// Move a measure on: its owner organisation, or a coordinator.
    UpdateMeasure { owner: &'a str },
    /// Draft a forum's situation report (`chair`: the forum's chair organisation).
    DraftSitrep { chair: &'a str },
    /// Edit a drafted report: its chair only, as the report speaks for the forum.
    EditSitrep { chair: &'a str },
    /// Approve a forum's situation report: its chair only.
    ApproveSitrep { chair: &'a str },
}

/// What one may do to a shared item (an incident, a disinformation item).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemWork {
    /// Add a note or an attachment.
    Comment,
    /// Change status or severity, link, merge, record lessons and rectification requests.
    Handle,
    /// Acknowledge on behalf of one's organisation.
    Acknowledge,
    /// Change the TLP or the recipients.
    Reshare,
}

/// The one decision: may this viewer do this?
pub fn allows(viewer: &Viewer, action: Action<'_>) -> bool {
    use Role::*;
    match (viewer.role, action) {
        // Work on shared items follows the organisation, not the platform role: the platform
        // administrator has no more say over another organisation's incident than anyone.
        (_, Action::Report) => viewer.role != Observer && viewer.organisation.is_some(),
        // An assessment speaks for an organisation, so the platform administrator, who belongs
        // to none, gives none.
        (_, Action::AssessRisk | Action::SelfAssess) => {
            matches!(viewer.role, Coordinator | Analyst | OrganisationAdmin)
                && viewer.organisation.is_some()
        }
        (_, Action::ReadRiskRegister) => viewer.role != Observer,
        // A report speaks for the forum: coordinators may have one drafted, its chair edits and
        // approves it.
        (_, Action::DraftSitrep { chair }) => {
            viewer.role == Coordinator
                || (matches!(viewer.role, Analyst | OrganisationAdmin)
                    && viewer.belongs_to(Some(chair)))
        }
        (_, Action::EditSitrep { chair } | Action::ApproveSitrep { chair }) => {
            matches!(viewer.role, Coordinator | Analyst | OrganisationAdmin)
                && viewer.belongs_to(Some(chair))
        }
        (
            PlatformAdmin,
            Action::WorkOnItem {
                work,
                source,
                assignment,
            },
        ) => allows(
            &Viewer {
                role: Coordinator,
                ..viewer.clone()
            },
            Action::WorkOnItem {
                work,
                source,
                assignment,
            },
        ),
        (PlatformAdmin, _) => true,
        (Observer, _) => false,
        (
            Reader,
            Action::WorkOnItem {
                work: ItemWork::Acknowledge,
                assignment,
                ..
            },
        ) => assignment.is_some_and(|a| a.must_acknowledge()),
        (Reader, _) => false,
        (
            Coordinator,
            Action::EditRecord { .. } | Action::ImportModel | Action::KeepModelSnapshot,
        ) => true,
        (Coordinator, Action::ManageRiskRegister | Action::UpdateMeasure { .. }) => true,
        (Analyst | OrganisationAdmin, Action::UpdateMeasure { owner }) => {
            viewer.belongs_to(Some(owner))
        }
        (Coordinator | Analyst | OrganisationAdmin, Action::VerifyContact { owner }) => {
            viewer.role == Coordinator || viewer.belongs_to(Some(owner))
        }
        (OrganisationAdmin, Action::EditRecord { kind, owner }) => {
            matches!(kind, RecordKind::Organisation | RecordKind::Contact)
                && viewer.belongs_to(owner)
        }
        (Analyst, Action::EditRecord { kind, owner }) => {
            kind == RecordKind::Contact && viewer.belongs_to(owner)
        }
        (
            OrganisationAdmin,
            Action::ManageAccounts { organisation } | Action::ManageTokens { organisation },
        ) => viewer.belongs_to(organisation),
        (OrganisationAdmin | Coordinator, Action::ReadAudit) => true,
        (Coordinator, Action::FollowUpHygiene) => true,
        (
            _,
            Action::WorkOnItem {
                work,
                source,
                assignment,
            },
        ) => {
            let from_source = viewer.belongs_to(Some(source));
            let acts = assignment.is_some_and(|a| a.must_acknowledge());
            let told = assignment.is_some();
            match work {
                // Whoever is asked may say "we have it", whatever their role.
                ItemWork::Acknowledge => acts,
                ItemWork::Reshare => from_source && viewer.role != Reader,
                ItemWork::Handle => {
                    viewer.role == Coordinator || (viewer.role != Reader && (from_source || acts))
                }
                ItemWork::Comment => {
                    viewer.role == Coordinator || (viewer.role != Reader && (from_source || told))
                }
            }
        }
        (OrganisationAdmin, Action::ManageWebhooks { organisation }) => {
            viewer.belongs_to(organisation)
        }
        _ => false,
    }
}

/// Every action an account could ask for, with `own` and `other` as the organisations it
/// names: the ground on which two roles' rights are compared.
fn every_action<'a>(own: &'a str, other: &'a str) -> Vec<Action<'a>> {
    let orgs = [Some(own), Some(other), None];
    let mut actions = vec![
        Action::ImportModel,
        Action::KeepModelSnapshot,
        Action::ReadAudit,
        Action::Report,
        Action::ReadRiskRegister,
        Action::ManageRiskRegister,
        Action::AssessRisk,
        Action::SelfAssess,
        Action::FollowUpHygiene,
    ];
    for kind in RecordKind::ALL {
        actions.extend(orgs.map(|owner| Action::EditRecord { kind, owner }));
    }
    for organisation in orgs {
        actions.push(Action::ManageAccounts { organisation });
        actions.push(Action::ManageTokens { organisation });
        actions.push(Action::ManageWebhooks { organisation });
    }
    for org in [own, other] {
        actions.push(Action::VerifyContact { owner: org });
        actions.push(Action::UpdateMeasure { owner: org });
        actions.push(Action::DraftSitrep { chair: org });
        actions.push(Action::EditSitrep { chair: org });
        actions.push(Action::ApproveSitrep { chair: org });
        for work in [
            ItemWork::Comment,
            ItemWork::Handle,
            ItemWork::Acknowledge,
            ItemWork::Reshare,
        ] {
            let assignments = std::iter::once(None).chain(AssignmentRole::ALL.map(Some));
            actions.extend(assignments.map(|assignment| Action::WorkOnItem {
                work,
                source: org,
                assignment,
            }));
        }
    }
    actions
}

/// Whether `granter` may give an account or an API token of their own organisation this role:
/// only those who manage its accounts (or its tokens), and nobody grants a right they do not
/// hold themselves. The platform administrator holds every right.
/// Where a manager acts: on the whole platform, or on its own organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    Platform,
    Organisation(&'a str),
}

/// Where `viewer` may do an action that names an organisation (accounts, tokens, webhooks):
/// the whole platform, its own organisation, or nowhere (`None`).
pub fn scope_of<'v>(
    viewer: &'v Viewer,
    action: fn(Option<&str>) -> Action<'_>,
) -> Option<Scope<'v>> {
    if allows(viewer, action(None)) {
        return Some(Scope::Platform);
    }
    match viewer.organisation.as_deref() {
        Some(own) if allows(viewer, action(Some(own))) => Some(Scope::Organisation(own)),
        _ => None,
    }
}

/// Whose trail a reader of the audit log reads: every organisation's for the platform
/// administrator, its own organisation's for anyone else allowed to read it; `None` when the
/// reader may not read it at all.
pub fn audit_scope(viewer: &Viewer) -> Option<Scope<'_>> {
    if !allows(viewer, Action::ReadAudit) {
        return None;
    }
    match (viewer.role, viewer.organisation.as_deref()) {
        (Role::PlatformAdmin, _) => Some(Scope::Platform),
        (_, Some(organisation)) => Some(Scope::Organisation(organisation)),
        (_, None) => None,
    }
}

pub fn may_grant(granter: &Viewer, role: Role, credential: Credential) -> bool {
    let organisation = granter.organisation.as_deref();
    let manages = match credential {
        Credential::Account => allows(granter, Action::ManageAccounts { organisation }),
        Credential::Token => allows(granter, Action::ManageTokens { organisation }),
    };
    if !manages || (credential == Credential::Token && role == Role::PlatformAdmin) {
        return false;
    }
    if granter.role == Role::PlatformAdmin {
        return true;
    }
    let grantee = Viewer {
        role,
        ..granter.clone()
    };
    let own = organisation.unwrap_or_default();
    every_action(own, "another organisation")
        .into_iter()
        .all(|action| !allows(&grantee, action) || allows(granter, action))
}

/// What a role is granted on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credential {
    /// An account (an invitation).
    Account,
    /// An API token.
    Token,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nobody_grants_a_right_they_do_not_hold() {
        let admin = viewer(Role::OrganisationAdmin, "cec");
        for credential in [Credential::Account, Credential::Token] {
            for (role, grantable) in [
                (Role::PlatformAdmin, false),
                (Role::Coordinator, false),
                (Role::OrganisationAdmin, true),
                (Role::Analyst, true),
                (Role::Reader, true),
                (Role::Observer, true),
            ] {
                assert_eq!(
                    may_grant(&admin, role, credential),
                    grantable,
                    "{role} {credential:?}"
                );
            }
            for role in Role::ALL {
                assert!(!may_grant(
                    &viewer(Role::Coordinator, "cec"),
                    role,
                    credential
                ));
            }
        }
        let platform = viewer(Role::PlatformAdmin, "cec");
        assert!(may_grant(
            &platform,
            Role::PlatformAdmin,
            Credential::Account
        ));
        assert!(!may_grant(
            &platform,
            Role::PlatformAdmin,
            Credential::Token
        ));
        assert!(may_grant(&platform, Role::Coordinator, Credential::Token));
    }

    #[test]
    fn the_audit_log_is_read_whole_by_the_platform_administrator_and_per_organisation_by_others() {
        assert_eq!(
            audit_scope(&viewer(Role::PlatformAdmin, "cec")),
            Some(Scope::Platform)
        );
        for role in [Role::OrganisationAdmin, Role::Coordinator] {
            assert_eq!(
                audit_scope(&viewer(role, "cec")),
                Some(Scope::Organisation("cec"))
            );
        }
        for role in [Role::Analyst, Role::Reader, Role::Observer] {
            assert_eq!(audit_scope(&viewer(role, "cec")), None);
        }
    }

    fn viewer(role: Role, organisation: &str) -> Viewer {
        Viewer {
            account: "a".to_owned(),
            organisation: Some(organisation.to_owned()),
            role,
        }
    }

    #[test]
    fn a_forums_report_is_edited_and_approved_by_its_chair_only() {
        let person = |role, org: &str| Viewer {
            account: "a".into(),
            role,
            organisation: Some(org.into()),
        };
        let chair = person(Role::Analyst, "cec");
        let coordinator_elsewhere = person(Role::Coordinator, "cert");
        assert!(allows(&chair, Action::EditSitrep { chair: "cec" }));
        assert!(allows(&chair, Action::ApproveSitrep { chair: "cec" }));
        assert!(allows(
            &coordinator_elsewhere,
            Action::DraftSitrep { chair: "cec" }
        ));
        assert!(!allows(
            &coordinator_elsewhere,
            Action::EditSitrep { chair: "cec" }
        ));
        assert!(!allows(
            &coordinator_elsewhere,
            Action::ApproveSitrep { chair: "cec" }
        ));
        assert!(!allows(
            &person(Role::Reader, "cec"),
            Action::EditSitrep { chair: "cec" }
        ));
    }

    #[test]
    fn observers_see_only_what_is_shared_with_them() {
        let observer = viewer(Role::Observer, "watch");
        assert!(Audience::Everyone.admits(&observer));
        assert!(!Audience::Members.admits(&observer));
        assert_eq!(audience_of(RecordKind::Contact, None), Audience::Members);
        assert_eq!(
            audience_of(RecordKind::Agreement, Some(false)),
            Audience::Members
        );
        assert_eq!(audience_of(RecordKind::Agreement, None), Audience::Members);
        assert_eq!(
            audience_of(RecordKind::Agreement, Some(true)),
            Audience::Everyone
        );
        assert_eq!(audience_of(RecordKind::Forum, None), Audience::Everyone);
    }

    #[test]
    fn roles_edit_what_their_mandate_covers() {
        let contact = |owner| Action::EditRecord {
            kind: RecordKind::Contact,
            owner: Some(owner),
        };
        let forum = Action::EditRecord {
            kind: RecordKind::Forum,
            owner: None,
        };
        assert!(allows(&viewer(Role::Coordinator, "cec"), forum));
        assert!(!allows(&viewer(Role::Analyst, "cec"), forum));
        assert!(allows(&viewer(Role::Analyst, "cec"), contact("cec")));
        assert!(!allows(&viewer(Role::Analyst, "cec"), contact("cert")));
        assert!(allows(
            &viewer(Role::OrganisationAdmin, "cert"),
            contact("cert")
        ));
        assert!(!allows(&viewer(Role::Reader, "cec"), contact("cec")));
        assert!(!allows(&viewer(Role::Observer, "cec"), contact("cec")));
        assert!(allows(
            &viewer(Role::PlatformAdmin, "cec"),
            Action::ImportModel
        ));
        assert!(!allows(&viewer(Role::Analyst, "cec"), Action::ImportModel));
    }

    #[test]
    fn organisation_admins_manage_their_own_accounts_only() {
        let admin = viewer(Role::OrganisationAdmin, "cert");
        assert!(allows(
            &admin,
            Action::ManageAccounts {
                organisation: Some("cert")
            }
        ));
        assert!(!allows(
            &admin,
            Action::ManageAccounts {
                organisation: Some("cec")
            }
        ));
        assert!(!allows(
            &admin,
            Action::ManageAccounts { organisation: None }
        ));
        assert!(!allows(
            &viewer(Role::Coordinator, "cec"),
            Action::ManageAccounts {
                organisation: Some("cec")
            }
        ));
    }

    #[test]
    fn ids_read_back() {
        for role in Role::ALL {
            assert_eq!(Role::from_id(role.id()), Some(role));
        }
        for kind in RecordKind::ALL {
            assert_eq!(RecordKind::from_id(kind.id()), Some(kind));
        }
    }
}
