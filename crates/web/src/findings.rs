//! From finding to fix: the analysis's findings as pages show them, each object named and
//! linked to its page, with the forms that fix it and the rule that explains it.
//!
//! The analysis speaks of objects by their keys (the command line's report keeps them); here
//! every key the finding names becomes the object's name, linked to where it is shown.

use liaison_domain::access::{Action, RecordKind};
use liaison_domain::analysis::{Finding, ObjectKind, ObjectRef, Rule, Sentence};
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{AssetKind, CatalogueEntry, FocusArea, Phase, ThreatKind};
use liaison_domain::model::Model;
use liaison_locale::Locale;

/// A piece of a finding's message: text, or an object's name linked to its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub text: String,
    pub href: Option<String>,
}

/// An object a finding concerns, by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concern {
    pub name: String,
    pub href: Option<String>,
}

/// A step that fixes a finding: the form (or page) where it is done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub label: String,
    pub href: String,
    /// Whether the viewer may do it; otherwise the step is named without a link.
    pub allowed: bool,
}

/// A finding as a page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingView {
    pub id: String,
    pub rule: &'static str,
    pub severity: &'static str,
    /// The severity as the reader's language names it.
    pub severity_label: String,
    pub title: String,
    pub message: Vec<Part>,
    pub concerns: Vec<Concern>,
    pub fixes: Vec<Fix>,
    pub remedy: String,
}

/// Where the rules are explained, one anchor per rule.
pub fn rule_href(rule: &str) -> String {
    format!("/analysis/rules#{rule}")
}

impl FindingView {
    pub fn rule_href(&self) -> String {
        rule_href(self.rule)
    }
}

/// The findings that concern an organisation: those naming it, or one of its contacts. An
/// office cut off concerns the office; the EMB and the CERT it cannot reach are named for
/// context (or the EMB's page would list every office of a large country).
pub fn concern_organisation(finding: &Finding, model: &Model, key: &str) -> bool {
    let named = if finding.rule == Rule::LocalOfficeIsolated.id() {
        &finding.objects[..finding.objects.len().min(1)]
    } else {
        &finding.objects[..]
    };
    named.iter().any(|o| match o.kind {
        ObjectKind::Organisation => o.id == key,
        ObjectKind::Contact => contact_owner(model, &o.id) == Some(key),
        _ => false,
    })
}

fn contact_owner<'m>(model: &'m Model, key: &str) -> Option<&'m str> {
    model
        .contacts
        .items()
        .iter()
        .find(|c| c.key == key)
        .map(|c| model.key(c.organisation))
}

/// Names and links of the model's objects, from the model the viewer may see.
struct Lookup<'m> {
    model: &'m Model,
    locale: Locale,
}

impl Lookup<'_> {
    /// The object's name and page; `None` when the viewer's model does not hold it.
    fn concern(&self, object: &ObjectRef) -> Option<Concern> {
        let (m, locale) = (self.model, self.locale);
        let id = object.id.as_str();
        let (name, href) = match object.kind {
            ObjectKind::Organisation => {
                let org = m.organisations.iter().find(|o| o.key == id)?;
                (org.name.clone(), Some(format!("/organisations/{id}")))
            }
            ObjectKind::Contact => {
                let contact = m.contacts.items().iter().find(|c| c.key == id)?;
                let org = m.organisation(contact.organisation);
                (
                    format!("{} ({})", contact.name, org.name),
                    Some(format!("/organisations/{}#contact-{id}", org.key)),
                )
            }
            ObjectKind::Forum => {
                let forum = m.forums.items().iter().find(|f| f.key == id)?;
                (forum.name.clone(), Some(format!("/forums/{id}")))
            }
            ObjectKind::Agreement => {
                let agreement = m.agreements.items().iter().find(|a| a.key == id)?;
                (agreement.title.clone(), Some(format!("/agreements/{id}")))
            }
            ObjectKind::Asset => {
                let asset = m.assets.items().iter().find(|a| a.key == id)?;
                (asset.name.clone(), Some(format!("/assets#asset-{id}")))
            }
            ObjectKind::Activity => {
                let activity = m.activities.items().iter().find(|a| a.key == id)?;
                (activity.title.clone(), None)
            }
            ObjectKind::Jurisdiction => (id.to_owned(), None),
            ObjectKind::Election => (id.to_owned(), Some("/calendar".to_owned())),
            ObjectKind::ThreatKind => (
                locale.label(ThreatKind::parse_id(id).ok()?),
                Some(format!("/matrix#threat-{id}")),
            ),
            ObjectKind::AssetKind => (
                locale.label(AssetKind::parse_id(id).ok()?),
                Some(format!("/matrix?asset={id}")),
            ),
            ObjectKind::Phase => (locale.label(Phase::parse_id(id).ok()?), None),
            ObjectKind::FocusArea => (
                locale.label(FocusArea::parse_id(id).ok()?),
                Some(format!("/analysis#area-{id}")),
            ),
            ObjectKind::Recommendation => (
                locale.text_with("analysis-recommendation", &[("number", id.into())]),
                Some(format!("/analysis#recommendation-{id}")),
            ),
        };
        Some(Concern { name, href })
    }
}

/// Marks where an object's name goes in a worded sentence; private-use characters no catalogue
/// text contains.
const NAME_START: char = '\u{E000}';
const NAME_END: char = '\u{E001}';

/// The sentence in the reader's language, each object it names as its name, linked to its page.
fn message_parts(message: &Sentence, lookup: &Lookup) -> Vec<Part> {
    let mut names: Vec<Concern> = Vec::new();
    let text = lookup.locale.sentence(message, &mut |object| {
        let concern = lookup.concern(object).unwrap_or_else(|| Concern {
            name: object.id.clone(),
            href: None,
        });
        names.push(concern);
        format!("{NAME_START}{}{NAME_END}", names.len() - 1)
    });
    let mut parts = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find(NAME_START) {
        let after = &rest[start + NAME_START.len_utf8()..];
        let Some(end) = after.find(NAME_END) else {
            break;
        };
        if start > 0 {
            parts.push(Part {
                text: rest[..start].to_owned(),
                href: None,
            });
        }
        if let Some(concern) = after[..end].parse().ok().and_then(|i: usize| names.get(i)) {
            parts.push(Part {
                text: concern.name.clone(),
                href: concern.href.clone(),
            });
        }
        rest = &after[end + NAME_END.len_utf8()..];
    }
    if !rest.is_empty() {
        parts.push(Part {
            text: rest.to_owned(),
            href: None,
        });
    }
    parts
}

/// Names the objects a sentence of the analysis names, from the model the viewer may see.
pub fn namer(model: &Model, locale: Locale) -> impl FnMut(&ObjectRef) -> String + '_ {
    let lookup = Lookup { model, locale };
    move |object| {
        lookup
            .concern(object)
            .map_or_else(|| object.id.clone(), |c| c.name)
    }
}

/// What fixes a finding of `rule` about `objects`, and whether `caller` may do it.
fn fixes(
    rule: Rule,
    objects: &[ObjectRef],
    model: &Model,
    caller: &Caller,
    locale: Locale,
) -> Vec<Fix> {
    let first = |kind: ObjectKind| {
        objects
            .iter()
            .find(|o| o.kind == kind)
            .map(|o| o.id.as_str())
    };
    let edit =
        |kind: RecordKind, owner: Option<&str>| caller.may(Action::EditRecord { kind, owner });
    let fix = |label: String, href: String, allowed: bool| Fix {
        label,
        href,
        allowed,
    };
    let org_name = |key: &str| {
        model
            .organisations
            .iter()
            .find(|o| o.key == key)
            .map_or_else(|| key.to_owned(), |o| o.name.clone())
    };
    let mut out = Vec::new();
    match rule {
        Rule::ResponsibilityGap => {
            let threat = first(ObjectKind::ThreatKind).unwrap_or("all");
            let kind = first(ObjectKind::AssetKind).unwrap_or("all");
            out.push(fix(
                locale.text("fix-make-accountable"),
                format!("/matrix?asset={kind}&threat={threat}#add-row"),
                edit(RecordKind::Responsibility, None),
            ));
        }
        Rule::ResponsibilityOverlap => out.push(fix(
            locale.text("fix-keep-one-accountable"),
            "/matrix#rows".to_owned(),
            edit(RecordKind::Responsibility, None),
        )),
        Rule::CapabilityMismatch => {
            let threat = first(ObjectKind::ThreatKind).unwrap_or("all");
            out.push(fix(
                locale.text("fix-make-capable-responsible"),
                format!("/matrix?threat={threat}#add-row"),
                edit(RecordKind::Responsibility, None),
            ));
            for org in objects
                .iter()
                .filter(|o| o.kind == ObjectKind::Organisation)
                .take(3)
            {
                out.push(fix(
                    locale.text_with(
                        "fix-record-capabilities",
                        &[("name", org_name(&org.id).into())],
                    ),
                    format!("/records/organisation/{}/edit", org.id),
                    edit(RecordKind::Organisation, Some(&org.id)),
                ));
            }
        }
        Rule::ResponsibilityMatrixUnknown => out.push(fix(
            locale.text("fix-record-matrix"),
            "/matrix#add-row".to_owned(),
            edit(RecordKind::Responsibility, None),
        )),
        Rule::AssetRegisterUnknown | Rule::AssetRegisterEmpty => out.push(fix(
            locale.text("fix-add-asset"),
            "/records/asset/new".to_owned(),
            edit(RecordKind::Asset, None),
        )),
        Rule::ContactNoEmergency | Rule::ContactSinglePerson => {
            if let Some(org) = first(ObjectKind::Organisation) {
                out.push(fix(
                    if rule == Rule::ContactNoEmergency {
                        locale.text_with(
                            "fix-add-emergency-contact",
                            &[("name", org_name(org).into())],
                        )
                    } else {
                        locale.text_with("fix-add-deputy", &[("name", org_name(org).into())])
                    },
                    format!("/organisations/{org}/contacts/new"),
                    edit(RecordKind::Contact, Some(org)),
                ));
            }
        }
        Rule::ContactStale | Rule::ContactVerificationUnknown => {
            if let Some(key) = first(ObjectKind::Contact)
                && let Some(contact) = model.contacts.items().iter().find(|c| c.key == key)
            {
                let owner = model.key(contact.organisation);
                out.push(fix(
                    locale.text_with(
                        "fix-check-contact",
                        &[("name", contact.name.clone().into())],
                    ),
                    format!("/organisations/{owner}#contact-{key}"),
                    caller.may(Action::VerifyContact { owner }),
                ));
                out.push(fix(
                    locale.text_with("fix-edit-contact", &[("name", contact.name.clone().into())]),
                    format!("/contacts/{key}/edit"),
                    edit(RecordKind::Contact, Some(owner)),
                ));
            }
        }
        Rule::ContactNoOutOfBand => {
            if let Some(org) = first(ObjectKind::Organisation) {
                let own = model
                    .contacts
                    .items()
                    .iter()
                    .filter(|c| model.key(c.organisation) == org);
                let contact = own
                    .clone()
                    .find(|c| c.emergency)
                    .or_else(|| own.clone().next());
                match contact {
                    Some(c) => out.push(fix(
                        locale.text_with("fix-add-oob-channel", &[("name", c.name.clone().into())]),
                        format!("/contacts/{}/edit", c.key),
                        edit(RecordKind::Contact, Some(org)),
                    )),
                    None => out.push(fix(
                        locale.text_with("fix-add-oob-contact", &[("name", org_name(org).into())]),
                        format!("/organisations/{org}/contacts/new"),
                        edit(RecordKind::Contact, Some(org)),
                    )),
                }
            }
        }
        Rule::ContactsUnknown => out.push(fix(
            locale.text("fix-record-contact"),
            "/records/contact/new".to_owned(),
            edit(RecordKind::Contact, None),
        )),
        Rule::ForumMissingMember => {
            if let Some(org) = first(ObjectKind::Organisation) {
                out.push(fix(
                    locale.text_with("fix-add-to-forum", &[("name", org_name(org).into())]),
                    "/forums".to_owned(),
                    edit(RecordKind::Forum, None),
                ));
            }
        }
        Rule::ForumInactiveInElection | Rule::ForumScheduleUnknown => {
            if let Some(forum) = first(ObjectKind::Forum) {
                out.push(fix(
                    locale.text("fix-schedule-meeting"),
                    format!("/forums/{forum}/meetings/new"),
                    edit(RecordKind::Meeting, None),
                ));
                out.push(fix(
                    locale.text("fix-record-forum-schedule"),
                    format!("/records/forum/{forum}/edit"),
                    edit(RecordKind::Forum, None),
                ));
            }
        }
        Rule::SecurityRoleUnbounded => out.push(fix(
            locale.text("fix-record-boundaries"),
            "/records/agreement/new".to_owned(),
            edit(RecordKind::Agreement, None),
        )),
        Rule::AgreementExpired | Rule::AgreementNotPublic | Rule::AgreementPublicityUnknown => {
            if let Some(agreement) = first(ObjectKind::Agreement) {
                out.push(fix(
                    locale.text("fix-edit-agreement"),
                    format!("/records/agreement/{agreement}/edit"),
                    edit(RecordKind::Agreement, None),
                ));
            }
        }
        Rule::NoCentralEmb | Rule::NoNationalCert => out.push(fix(
            locale.text("fix-add-organisation"),
            "/records/organisation/new".to_owned(),
            edit(RecordKind::Organisation, None),
        )),
        Rule::LocalOfficeIsolated => {
            if let Some(org) = first(ObjectKind::Organisation) {
                out.push(fix(
                    locale.text_with("fix-give-parent", &[("name", org_name(org).into())]),
                    format!("/records/organisation/{org}/edit"),
                    edit(RecordKind::Organisation, Some(org)),
                ));
                out.push(fix(
                    locale.text("fix-bring-into-forum"),
                    "/forums".to_owned(),
                    edit(RecordKind::Forum, None),
                ));
            }
        }
        Rule::MaturityNextLevel => out.push(fix(
            locale.text("fix-record-activity"),
            "/records/activity/new".to_owned(),
            edit(RecordKind::Activity, None),
        )),
        Rule::CriticalInfrastructureUnknown => out.push(fix(
            locale.text("fix-record-ci-status"),
            "/records/jurisdiction/jurisdiction/edit".to_owned(),
            edit(RecordKind::Jurisdiction, None),
        )),
        Rule::CriticalInfrastructureUnsupported | Rule::CriticalInfrastructureConsider => {
            out.push(fix(
                locale.text("fix-see-readiness"),
                "/analysis#critical-infrastructure".to_owned(),
                true,
            ));
        }
        Rule::RecommendationNotMet | Rule::RecommendationPartlyMet => {
            if let Some(n) = first(ObjectKind::Recommendation) {
                out.push(fix(
                    locale.text("fix-see-missing"),
                    format!("/analysis#recommendation-{n}"),
                    true,
                ));
            }
        }
    }
    out
}

/// A finding as `caller` sees it on a page, named from `model` (the model they may see).
pub fn view(finding: &Finding, model: &Model, caller: &Caller, locale: Locale) -> FindingView {
    let lookup = Lookup { model, locale };
    let named: Vec<(&ObjectRef, Concern)> = finding
        .objects
        .iter()
        .filter_map(|o| lookup.concern(o).map(|c| (o, c)))
        .collect();
    let mut concerns: Vec<Concern> = Vec::new();
    for (object, concern) in &named {
        // Phases and the jurisdiction are context, not something to open.
        if matches!(object.kind, ObjectKind::Jurisdiction | ObjectKind::Phase) {
            continue;
        }
        if !concerns.contains(concern) {
            concerns.push(concern.clone());
        }
    }
    let rule = Rule::from_id(finding.rule);
    FindingView {
        id: finding.id.clone(),
        rule: finding.rule,
        severity: finding.severity.id(),
        severity_label: locale.text(&format!("severity-{}", finding.severity.id())),
        title: rule.map_or_else(|| finding.title.to_owned(), |r| locale.rule_title(r)),
        message: message_parts(&finding.message, &lookup),
        concerns,
        fixes: rule.map_or_else(Vec::new, |r| {
            fixes(r, &finding.objects, model, caller, locale)
        }),
        remedy: rule.map_or_else(|| finding.remedy.to_owned(), |r| locale.rule_remedy(r)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use liaison_domain::Knowable;
    use liaison_domain::analysis::{Term, wording};
    use liaison_domain::catalogue::OrganisationKind;
    use liaison_domain::model::{Jurisdiction, Organisation};

    fn model() -> Model {
        let mut model = Model::new(Jurisdiction {
            name: "Demoland".to_owned(),
            code: None,
            administration: Knowable::Unknown,
            critical_infrastructure: Knowable::Unknown,
            notes: None,
        });
        model.organisations.push(Organisation::new(
            "local-south-4",
            "Lowport Island Election Office",
            OrganisationKind::ElectionOffice,
        ));
        model
    }

    #[test]
    fn objects_become_their_names_linked_in_the_readers_language() {
        let model = model();
        let office = ObjectRef::new(ObjectKind::Organisation, "local-south-4");
        let sentence = Sentence::new(
            &wording::NOT_IN_A_FORUM,
            vec![("organisation", Term::object(office))],
        );
        for locale in Locale::ALL {
            let parts = message_parts(
                &sentence,
                &Lookup {
                    model: &model,
                    locale,
                },
            );
            let linked: Vec<&Part> = parts.iter().filter(|p| p.href.is_some()).collect();
            assert_eq!(linked.len(), 1, "{locale}: {parts:?}");
            assert_eq!(linked[0].text, "Lowport Island Election Office");
            assert_eq!(
                linked[0].href.as_deref(),
                Some("/organisations/local-south-4")
            );
            assert!(
                parts.iter().all(|p| !p.text.contains(NAME_START)),
                "{parts:?}"
            );
        }
        let english = message_parts(
            &sentence,
            &Lookup {
                model: &model,
                locale: Locale::En,
            },
        );
        assert_eq!(
            english[1].text,
            " has a role in the response but sits in no forum."
        );
        let french = message_parts(
            &sentence,
            &Lookup {
                model: &model,
                locale: Locale::Fr,
            },
        );
        assert_ne!(french[1].text, english[1].text);
    }
}
