//! From the file format to the domain model: joining the files of a directory, checking ids,
//! and turning every reference into an index, with a sentence for each one that points nowhere.

use super::error::ModelError;
use super::format::*;
use super::read::{ParsedFile, item_noun, shorten};
use super::values::{AllOr, Located, OrUnknown, Position};
use liaison_domain::Knowable;
use liaison_domain::catalogue::CatalogueSet;
use liaison_domain::model::{
    Activity, ActivityTiming, Agreement, AgreementId, Asset, AssetProtection, Boundary, Channel,
    Contact, DateRange, DatedPhase, Election, EscalationProtocol, EscalationTarget, Forum, ForumId,
    Jurisdiction, Model, OrgId, Organisation, Responsibility, SupplyLink,
};
use liaison_domain::suggest;
use liaison_locale::{Message, Value};
use std::collections::HashMap;

/// The ids of one section, for looking references up.
struct IdIndex {
    noun: &'static str,
    ids: HashMap<String, u32>,
    /// Ids of items that did not parse: references to them are not reported a second time.
    broken: std::collections::HashSet<String>,
}

impl IdIndex {
    fn build<'a>(
        section: &'static str,
        items: impl Iterator<Item = &'a Located<String>>,
        broken: &[(&'static str, String)],
        errors: &mut Vec<ModelError>,
    ) -> Self {
        let noun = item_noun(section);
        let mut ids = HashMap::new();
        let mut first_seen: HashMap<String, Position> = HashMap::new();
        for (index, id) in items.enumerate() {
            if let Some(problem) = id_problem(&id.value) {
                errors.push(ModelError::at(
                    id.at,
                    Message::new(problem)
                        .with("noun", noun)
                        .with("id", shorten(&id.value)),
                ));
            }
            match first_seen.get(&id.value) {
                Some(first) => errors.push(ModelError::at(
                    id.at,
                    Message::new("model-id-twice")
                        .with("noun", noun)
                        .with("id", shorten(&id.value))
                        .with("first", place_hint(*first, id.at)),
                )),
                None => {
                    first_seen.insert(id.value.clone(), id.at);
                    ids.insert(id.value.clone(), index as u32);
                }
            }
        }
        let broken = broken
            .iter()
            .filter(|(s, _)| *s == section)
            .map(|(_, id)| id.clone())
            .collect();
        IdIndex { noun, ids, broken }
    }

    /// Looks a reference up; on failure records "{subject} '{x}', which is not a {noun}; did
    /// you mean '{y}'?" and returns `None`.
    fn find(
        &self,
        reference: &Located<String>,
        subject: impl FnOnce() -> Message,
        errors: &mut Vec<ModelError>,
    ) -> Option<u32> {
        if let Some(index) = self.ids.get(&reference.value) {
            return Some(*index);
        }
        if !self.broken.contains(&reference.value) {
            errors.push(self.dangling(reference, subject()));
        }
        None
    }

    fn dangling(&self, reference: &Located<String>, subject: Message) -> ModelError {
        let candidates = self
            .ids
            .keys()
            .chain(self.broken.iter())
            .map(String::as_str);
        let message = match suggest::closest(&reference.value, candidates) {
            Some(close) => Message::new("model-dangling-did-you-mean").with("suggestion", close),
            None if self.ids.is_empty() => Message::new("model-dangling-none-in-model"),
            None => Message::new("model-dangling"),
        };
        ModelError::at(
            reference.at,
            message
                .with("subject", subject)
                .with("given", shorten(&reference.value))
                .with("noun", self.noun),
        )
    }
}

/// Why an id is not usable, if it is not: the key of the message that says so.
fn id_problem(id: &str) -> Option<&'static str> {
    if id.is_empty() {
        return Some("model-id-empty");
    }
    if id.len() > 128 {
        return Some("model-id-too-long");
    }
    let first_ok = id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
    let rest_ok = id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if !first_ok || !rest_ok {
        return Some("model-id-characters");
    }
    None
}

fn place_hint(first: Position, second: Position) -> Message {
    // Places are not quantities: no grouping of their digits.
    let line = first.line.to_string();
    if first.source == second.source {
        Message::new("model-place-line").with("line", line)
    } else {
        Message::new("model-place-file-line")
            .with("file", (first.source + 1).to_string())
            .with("line", line)
    }
}

/// A section joined from every file: known only if no file says `unknown`, and an error if
/// some files list items while another says it is unknown.
fn join_section<T>(
    section: &'static str,
    files: &mut [ParsedFile],
    take: impl Fn(&mut ModelFile) -> Option<Section<T>>,
    errors: &mut Vec<ModelError>,
) -> OrUnknown<Vec<T>> {
    let mut items = Vec::new();
    let mut unknown_at: Option<Position> = None;
    let mut listed_at: Option<Position> = None;
    for file in files.iter_mut() {
        let at = file
            .sections
            .iter()
            .find(|(s, _)| *s == section)
            .map(|(_, at)| *at);
        match take(&mut file.file) {
            Some(OrUnknown::Unknown) => unknown_at = unknown_at.or(at),
            Some(OrUnknown::Known(mut list)) => {
                if !list.is_empty() {
                    listed_at = listed_at.or(at);
                }
                items.append(&mut list);
            }
            None => {}
        }
    }
    match (unknown_at, listed_at) {
        (Some(unknown), Some(listed)) => {
            errors.push(ModelError::at(
                unknown,
                Message::new("model-section-unknown-and-listed")
                    .with("section", section)
                    .with("listed", place_hint(listed, unknown)),
            ));
            OrUnknown::Known(items)
        }
        (Some(_), None) => OrUnknown::Unknown,
        _ => OrUnknown::Known(items),
    }
}

fn knowable_items<T>(section: OrUnknown<Vec<T>>) -> (Vec<T>, bool) {
    match section {
        OrUnknown::Known(items) => (items, true),
        OrUnknown::Unknown => (Vec::new(), false),
    }
}

fn wrap<T>(items: Vec<T>, known: bool) -> Knowable<Vec<T>> {
    if known {
        Knowable::Known(items)
    } else {
        Knowable::Unknown
    }
}

/// Joins the files of a model and resolves every reference.
pub(crate) fn resolve(mut files: Vec<ParsedFile>, errors: &mut Vec<ModelError>) -> Option<Model> {
    let any_unreadable = files.iter().any(|f| f.unreadable);
    let broken: Vec<(&'static str, String)> = files
        .iter()
        .flat_map(|f| f.broken_ids.iter().cloned())
        .collect();

    // The jurisdiction and the election: one each at most, and the jurisdiction is required.
    let jurisdiction = take_single(
        &mut files,
        "jurisdiction",
        |f| f.jurisdiction.take(),
        errors,
    );
    let election_entry = take_single(&mut files, "election", |f| f.election.take(), errors);

    let organisation_entries: Vec<OrganisationEntry> = files
        .iter_mut()
        .flat_map(|f| f.file.organisations.take().unwrap_or_default())
        .collect();
    let (contacts, contacts_known) = knowable_items(join_section(
        "contacts",
        &mut files,
        |f| f.contacts.take(),
        errors,
    ));
    let (forums, forums_known) = knowable_items(join_section(
        "forums",
        &mut files,
        |f| f.forums.take(),
        errors,
    ));
    let (agreements, agreements_known) = knowable_items(join_section(
        "agreements",
        &mut files,
        |f| f.agreements.take(),
        errors,
    ));
    let (assets, assets_known) = knowable_items(join_section(
        "assets",
        &mut files,
        |f| f.assets.take(),
        errors,
    ));
    let (responsibilities, responsibilities_known) = knowable_items(join_section(
        "responsibilities",
        &mut files,
        |f| f.responsibilities.take(),
        errors,
    ));
    let (activities, activities_known) = knowable_items(join_section(
        "activities",
        &mut files,
        |f| f.activities.take(),
        errors,
    ));
    let (protocols, protocols_known) = knowable_items(join_section(
        "escalation_protocols",
        &mut files,
        |f| f.escalation_protocols.take(),
        errors,
    ));

    let jurisdiction = match jurisdiction {
        Some(j) => j,
        None => {
            // A file that is not YAML may be the one that names the country.
            if !any_unreadable {
                errors.push(ModelError::whole(Message::new("model-no-jurisdiction")));
            }
            return None;
        }
    };

    let orgs = IdIndex::build(
        "organisations",
        organisation_entries.iter().map(|o| &o.id),
        &broken,
        errors,
    );
    let forum_ids = IdIndex::build("forums", forums.iter().map(|f| &f.id), &broken, errors);
    let agreement_ids = IdIndex::build(
        "agreements",
        agreements.iter().map(|a| &a.id),
        &broken,
        errors,
    );
    // Nothing refers to these by id yet; building the index checks the ids.
    IdIndex::build("contacts", contacts.iter().map(|c| &c.id), &broken, errors);
    IdIndex::build("assets", assets.iter().map(|a| &a.id), &broken, errors);
    IdIndex::build(
        "activities",
        activities.iter().map(|a| &a.id),
        &broken,
        errors,
    );
    IdIndex::build(
        "escalation_protocols",
        protocols.iter().map(|p| &p.id),
        &broken,
        errors,
    );

    let org = |r: &Located<String>, subject: &dyn Fn() -> Message, errors: &mut Vec<ModelError>| {
        orgs.find(r, subject, errors).map(OrgId)
    };
    let org_list = |refs: &[Located<String>],
                    subject: &dyn Fn() -> Message,
                    errors: &mut Vec<ModelError>|
     -> Vec<OrgId> {
        let mut list: Vec<OrgId> = Vec::with_capacity(refs.len());
        for r in refs {
            if let Some(id) = org(r, subject, errors) {
                if list.contains(&id) {
                    errors.push(ModelError::at(
                        r.at,
                        Message::new("model-listed-twice")
                            .with("subject", subject())
                            .with("given", shorten(&r.value)),
                    ));
                } else {
                    list.push(id);
                }
            }
        }
        list
    };
    let org_or_unknown = |r: &Located<OrUnknown<String>>,
                          subject: &dyn Fn() -> Message,
                          errors: &mut Vec<ModelError>|
     -> Option<Knowable<OrgId>> {
        match &r.value {
            OrUnknown::Unknown => Some(Knowable::Unknown),
            OrUnknown::Known(key) => {
                let located = Located {
                    value: key.clone(),
                    at: r.at,
                };
                org(&located, subject, errors).map(Knowable::Known)
            }
        }
    };

    // Organisations, then their parents, then a check that no one is its own ancestor.
    let mut organisations: Vec<Organisation> = organisation_entries
        .iter()
        .map(|e| {
            let kind = e.kind.0;
            let mut org = Organisation::new(e.id.value.clone(), e.name.clone(), kind);
            org.short_name = e.short.clone();
            org.level = Knowable::from(e.level.clone().map(|l| l.0));
            if let Some(sector) = e.sector {
                org.sector = sector.0;
            }
            if let Some(sensitive) = &e.independence_sensitive {
                org.independence_sensitive = sensitive.clone().into();
            }
            if let Some(capabilities) = &e.capabilities {
                org.capabilities = Knowable::from(
                    capabilities
                        .clone()
                        .map(|list| list.iter().map(|c| c.0).collect::<CatalogueSet<_>>()),
                );
            }
            org.mandate = e.mandate.clone();
            org
        })
        .collect();
    for (index, entry) in organisation_entries.iter().enumerate() {
        if let Some(parent) = &entry.parent {
            let subject = || Message::new("model-ref-parent").with("id", &entry.id.value);
            organisations[index].parent = org(parent, &subject, errors);
        }
    }
    report_parent_cycles(&organisations, &organisation_entries, errors);

    let contacts: Vec<Contact> = contacts
        .iter()
        .filter_map(|e| {
            let subject = || Message::new("model-ref-contact-organisation").with("id", &e.id.value);
            let organisation = org(&e.organisation, &subject, errors);
            if e.channels.is_empty() {
                errors.push(ModelError::at(
                    e.id.at,
                    Message::new("model-contact-no-channels").with("id", &e.id.value),
                ));
            }
            Some(Contact {
                key: e.id.value.clone(),
                organisation: organisation?,
                name: e.name.clone(),
                role: e.role.clone(),
                kind: e.kind.0,
                availability: Knowable::from(e.availability.clone().map(|a| a.0)),
                emergency: e.emergency,
                channels: e
                    .channels
                    .iter()
                    .map(|c| Channel {
                        kind: c.kind.0,
                        value: c.value.clone(),
                        out_of_band: c
                            .out_of_band
                            .unwrap_or_else(|| c.kind.0.out_of_band_by_default()),
                    })
                    .collect(),
                last_verified: e
                    .last_verified
                    .clone()
                    .map(|d| Knowable::from(d.map(|day| day.0))),
            })
        })
        .collect();

    let forums: Vec<Forum> = forums
        .iter()
        .map(|e| {
            let key = &e.id.value;
            let members = org_list(
                &e.members,
                &|| Message::new("model-ref-forum-member").with("id", key),
                errors,
            );
            let chair = e.chair.as_ref().and_then(|c| {
                org_or_unknown(
                    c,
                    &|| Message::new("model-ref-forum-chair").with("id", key),
                    errors,
                )
            });
            let set_up_by = e.set_up_by.as_ref().and_then(|c| {
                org_or_unknown(
                    c,
                    &|| Message::new("model-ref-forum-set-up-by").with("id", key),
                    errors,
                )
            });
            if let Some(Knowable::Known(chair)) = chair
                && !members.contains(&chair)
                && e.members_complete
                && let Some(at) = e.chair.as_ref().map(|c| c.at)
            {
                errors.push(ModelError::at(
                    at,
                    Message::new("model-chair-not-member")
                        .with("id", key)
                        .with("chair", &organisations[chair.index()].key),
                ));
            }
            Forum {
                key: key.clone(),
                name: e.name.clone(),
                kind: e.kind.0,
                members,
                members_complete: e.members_complete,
                chair,
                set_up_by,
                cadence: Knowable::from(e.cadence.clone().map(|c| c.0)),
                active_phases: e.active_phases.to_set(),
                meetings: e.meetings.iter().map(|d| d.0).collect(),
                purpose: e.purpose.clone(),
                established: e.established.map(|d| d.0),
            }
        })
        .collect();

    let agreements: Vec<Agreement> = agreements
        .iter()
        .map(|e| {
            let key = &e.id.value;
            let parties = org_list(
                &e.parties,
                &|| Message::new("model-ref-agreement-party").with("id", key),
                errors,
            );
            let boundaries = e
                .boundaries
                .iter()
                .filter_map(|b| {
                    let subject = || Message::new("model-ref-agreement-boundary").with("id", key);
                    let organisation = org(&b.party, &subject, errors)?;
                    if !parties.contains(&organisation) {
                        errors.push(ModelError::at(
                            b.party.at,
                            Message::new("model-boundary-not-party")
                                .with("id", key)
                                .with("party", &b.party.value),
                        ));
                    }
                    Some(Boundary {
                        organisation,
                        scope: b.scope.clone(),
                    })
                })
                .collect();
            let establishes = e
                .establishes
                .iter()
                .filter_map(|f| {
                    forum_ids
                        .find(
                            f,
                            || Message::new("model-ref-agreement-establishes").with("id", key),
                            errors,
                        )
                        .map(ForumId)
                })
                .collect();
            let valid_from = e.valid_from.clone().map(|d| Knowable::from(d.map(|d| d.0)));
            let valid_to = e.valid_to.clone().map(|d| Knowable::from(d.map(|d| d.0)));
            if let (Some(Knowable::Known(from)), Some(Knowable::Known(to))) = (valid_from, valid_to)
                && to < from
            {
                errors.push(ModelError::at(
                    e.id.at,
                    Message::new("model-agreement-ends-before-start")
                        .with("id", key)
                        .with("to", to.to_string())
                        .with("from", from.to_string()),
                ));
            }
            Agreement {
                key: key.clone(),
                title: e.title.clone(),
                kind: e.kind.0,
                parties,
                threats: Knowable::from(e.threats.clone().map(|t| t.to_set())),
                phases: Knowable::from(e.phases.clone().map(|p| p.to_set())),
                boundaries,
                public: e.public.clone().into(),
                adopted: e.adopted.clone().map(|d| Knowable::from(d.map(|d| d.0))),
                valid_from,
                valid_to,
                establishes,
                designates_critical_infrastructure: e.designates_critical_infrastructure,
                notes: e.notes.clone(),
            }
        })
        .collect();

    let assets: Vec<Asset> = assets
        .iter()
        .map(|e| {
            let key = &e.id.value;
            let operator = org_or_unknown(
                &e.operator,
                &|| Message::new("model-ref-asset-operator").with("id", key),
                errors,
            )
            .unwrap_or(Knowable::Unknown);
            let vendor = e.vendor.as_ref().and_then(|v| {
                org(
                    v,
                    &|| Message::new("model-ref-asset-vendor").with("id", key),
                    errors,
                )
            });
            let supply_chain = e
                .supply_chain
                .iter()
                .filter_map(|link| {
                    let supplier = org(
                        &link.supplier,
                        &|| Message::new("model-ref-asset-supplier").with("id", key),
                        errors,
                    )?;
                    Some(SupplyLink {
                        supplier,
                        provides: link.provides.clone(),
                        certifications: link.certifications.clone(),
                    })
                })
                .collect();
            Asset {
                key: key.clone(),
                name: e.name.clone(),
                kind: e.kind.0,
                operator,
                vendor,
                supply_chain,
                phases: e
                    .phases
                    .as_ref()
                    .map_or_else(|| e.kind.0.typical_phases(), AllOr::to_set),
                protection: AssetProtection {
                    internet_facing: e.internet_facing.map_or(Knowable::Unknown, Knowable::Known),
                    confidentiality: e
                        .confidentiality
                        .map_or(Knowable::Unknown, |n| Knowable::Known(n.0)),
                    integrity: e
                        .integrity
                        .map_or(Knowable::Unknown, |n| Knowable::Known(n.0)),
                    availability: e
                        .availability
                        .map_or(Knowable::Unknown, |n| Knowable::Known(n.0)),
                    certifications: e.certifications.clone(),
                },
                notes: e.notes.clone(),
            }
        })
        .collect();

    let responsibilities: Vec<Responsibility> = responsibilities
        .iter()
        .filter_map(|e| {
            let organisation = org(
                &e.organisation,
                &|| Message::new("model-ref-responsibility"),
                errors,
            );
            let within = e.within.as_ref().and_then(|w| {
                org(
                    w,
                    &|| {
                        Message::new("model-ref-responsibility-within")
                            .with("organisation", &e.organisation.value)
                    },
                    errors,
                )
            });
            let (threats, phases, asset_kinds) =
                (e.threats.to_set(), e.phases.to_set(), e.assets.to_set());
            if threats.is_empty() || phases.is_empty() || asset_kinds.is_empty() {
                errors.push(ModelError::at(
                    e.organisation.at,
                    Message::new("model-responsibility-no-cells")
                        .with("organisation", &e.organisation.value),
                ));
            }
            Some(Responsibility {
                organisation: organisation?,
                role: e.role.0,
                threats,
                phases,
                assets: asset_kinds,
                within: if e.within.is_some() {
                    Some(within?)
                } else {
                    None
                },
                notes: e.notes.clone(),
            })
        })
        .collect();

    let activities: Vec<Activity> = activities
        .iter()
        .map(|e| {
            let key = &e.id.value;
            let lead = e.lead.as_ref().and_then(|l| {
                org_or_unknown(
                    l,
                    &|| Message::new("model-ref-activity-lead").with("id", key),
                    errors,
                )
            });
            let participants = match &e.participants {
                OrUnknown::Unknown => Knowable::Unknown,
                OrUnknown::Known(list) => Knowable::Known(org_list(
                    list,
                    &|| Message::new("model-ref-activity-participant").with("id", key),
                    errors,
                )),
            };
            let when = match (&e.date, &e.cadence) {
                (Some(_), Some(_)) => {
                    errors.push(ModelError::at(
                        e.id.at,
                        Message::new("model-activity-date-and-cadence").with("id", key),
                    ));
                    None
                }
                (Some(date), None) => Some(ActivityTiming::On(date.0)),
                (None, Some(cadence)) => Some(ActivityTiming::Recurring(cadence.0)),
                (None, None) => None,
            };
            let basis = e.basis.as_ref().and_then(|b| {
                agreement_ids
                    .find(
                        b,
                        || Message::new("model-ref-activity-basis").with("id", key),
                        errors,
                    )
                    .map(AgreementId)
            });
            Activity {
                key: key.clone(),
                title: e.title.clone(),
                kind: e.kind.0,
                lead,
                participants,
                when,
                basis,
                notes: e.notes.clone(),
            }
        })
        .collect();

    let escalation_protocols: Vec<EscalationProtocol> = protocols
        .iter()
        .filter_map(|e| {
            let key = &e.id.value;
            let out_of_range =
                |minutes: u32| minutes == 0 || minutes > EscalationProtocol::MAX_MINUTES;
            let minutes_message = |message: Message, minutes: u32| {
                message
                    .with("id", key)
                    .with("max", EscalationProtocol::MAX_MINUTES as usize)
                    .with("minutes", minutes as usize)
            };
            if e.notify.is_empty() {
                errors.push(ModelError::at(
                    e.id.at,
                    Message::new("model-protocol-notifies-nobody").with("id", key),
                ));
            }
            let acknowledge = e
                .acknowledge_within_minutes
                .unwrap_or(EscalationProtocol::DEFAULT_ACKNOWLEDGE_MINUTES);
            if out_of_range(acknowledge) {
                errors.push(ModelError::at(
                    e.id.at,
                    minutes_message(
                        Message::new("model-protocol-acknowledge-minutes"),
                        acknowledge,
                    ),
                ));
            }
            let mut targets: Vec<EscalationTarget> = Vec::with_capacity(e.notify.len());
            let mut complete = true;
            for target in &e.notify {
                let Some(organisation) = org(
                    &target.organisation,
                    &|| Message::new("model-ref-protocol-notifies").with("id", key),
                    errors,
                ) else {
                    complete = false;
                    continue;
                };
                if out_of_range(target.within_minutes) {
                    errors.push(ModelError::at(
                        target.organisation.at,
                        minutes_message(
                            Message::new("model-protocol-target-minutes")
                                .with("organisation", &target.organisation.value),
                            target.within_minutes,
                        ),
                    ));
                }
                if targets.iter().any(|t| t.organisation == organisation) {
                    errors.push(ModelError::at(
                        target.organisation.at,
                        Message::new("model-protocol-notifies-twice")
                            .with("id", key)
                            .with("organisation", &target.organisation.value),
                    ));
                }
                targets.push(EscalationTarget {
                    organisation,
                    within_minutes: target.within_minutes,
                });
            }
            let threats = e
                .threats
                .as_ref()
                .map_or_else(CatalogueSet::all, AllOr::to_set);
            let phases = e
                .phases
                .as_ref()
                .map_or_else(CatalogueSet::all, AllOr::to_set);
            if threats.is_empty() || phases.is_empty() {
                errors.push(ModelError::at(
                    e.id.at,
                    Message::new("model-protocol-applies-to-nothing").with("id", key),
                ));
            }
            complete.then(|| EscalationProtocol {
                key: key.clone(),
                name: e.name.clone(),
                min_severity: e.severity_at_least.0,
                threats,
                phases,
                targets,
                acknowledge_within_minutes: acknowledge,
                notes: e.notes.clone(),
            })
        })
        .collect();

    let election = election_entry.map(|e| resolve_election(e, errors));

    let model = Model {
        jurisdiction: Jurisdiction {
            name: jurisdiction.name,
            code: jurisdiction.code,
            administration: Knowable::from(jurisdiction.administration.map(|a| a.0)),
            critical_infrastructure: Knowable::from(
                jurisdiction.critical_infrastructure.map(|c| c.0),
            ),
            notes: jurisdiction.notes,
        },
        organisations,
        contacts: wrap(contacts, contacts_known),
        forums: wrap(forums, forums_known),
        agreements: wrap(agreements, agreements_known),
        assets: wrap(assets, assets_known),
        responsibilities: wrap(responsibilities, responsibilities_known),
        activities: wrap(activities, activities_known),
        escalation_protocols: wrap(escalation_protocols, protocols_known),
        election,
    };
    Some(model)
}

fn take_single<T>(
    files: &mut [ParsedFile],
    section: &'static str,
    take: impl Fn(&mut ModelFile) -> Option<T>,
    errors: &mut Vec<ModelError>,
) -> Option<T> {
    let mut found: Option<(T, Option<Position>)> = None;
    for file in files.iter_mut() {
        let at = file
            .sections
            .iter()
            .find(|(s, _)| *s == section)
            .map(|(_, at)| *at);
        if let Some(value) = take(&mut file.file) {
            match &found {
                Some((_, first)) => {
                    let message = match first {
                        Some(f) => Message::new("model-section-twice-first")
                            .with("first", place_hint(*f, at.unwrap_or_default())),
                        None => Message::new("model-section-twice"),
                    };
                    errors.push(ModelError {
                        at,
                        message: message.with("section", section),
                    });
                }
                None => found = Some((value, at)),
            }
        }
    }
    found.map(|(value, _)| value)
}

fn report_parent_cycles(
    organisations: &[Organisation],
    entries: &[OrganisationEntry],
    errors: &mut Vec<ModelError>,
) {
    // 0 = not visited, 1 = on the current path, 2 = done.
    let mut state = vec![0u8; organisations.len()];
    for start in 0..organisations.len() {
        if state[start] != 0 {
            continue;
        }
        let mut path = Vec::new();
        let mut current = Some(start);
        while let Some(index) = current {
            match state[index] {
                2 => break,
                1 => {
                    let cycle_start = path.iter().position(|&i| i == index).unwrap_or(0);
                    let names: Vec<&str> = path[cycle_start..]
                        .iter()
                        .chain(std::iter::once(&index))
                        .map(|&i| organisations[i].key.as_str())
                        .collect();
                    errors.push(ModelError::at(
                        entries[index]
                            .parent
                            .as_ref()
                            .map_or(entries[index].id.at, |p| p.at),
                        Message::new("model-parent-cycle")
                            .with("id", &organisations[index].key)
                            .with("path", names.join(" → ")),
                    ));
                    break;
                }
                _ => {
                    state[index] = 1;
                    path.push(index);
                    current = organisations[index].parent.map(OrgId::index);
                }
            }
        }
        for index in path {
            state[index] = 2;
        }
    }
}

fn resolve_election(entry: ElectionEntry, errors: &mut Vec<ModelError>) -> Election {
    let phases = entry
        .phases
        .into_iter()
        .map(|(phase, dates)| {
            let dates = match dates {
                OrUnknown::Unknown => Knowable::Unknown,
                OrUnknown::Known(PhaseDates::Day(day)) => Knowable::Known(DateRange {
                    from: day.0,
                    to: day.0,
                }),
                OrUnknown::Known(PhaseDates::Range(range)) => {
                    if range.to.0 < range.from.value.0 {
                        errors.push(ModelError::at(
                            range.from.at,
                            Message::new("model-phase-ends-before-start")
                                .with("phase", Value::label(phase.0))
                                .with("to", range.to.0.to_string())
                                .with("from", range.from.value.0.to_string()),
                        ));
                    }
                    Knowable::Known(DateRange {
                        from: range.from.value.0,
                        to: range.to.0,
                    })
                }
            };
            DatedPhase {
                phase: phase.0,
                dates,
            }
        })
        .collect();
    Election {
        name: entry.name,
        phases,
    }
}
