//! Writing a model back to files: what is left out is what the reader would default, so a
//! written model reads back to the same model.

use super::format::*;
use super::values::{AllOr, Approximate, Day, Entry, Located, OrUnknown};
use liaison_domain::Knowable;
use liaison_domain::catalogue::CatalogueSet;
use liaison_domain::model::{ActivityTiming, EscalationProtocol, Model, OrgId};
use std::collections::BTreeMap;
use std::path::Path;

fn reference(model: &Model, id: OrgId) -> Located<String> {
    Located::new(model.key(id).to_owned())
}

fn knowable<T, U>(value: Knowable<T>, f: impl FnOnce(T) -> U) -> OrUnknown<U> {
    match value {
        Knowable::Known(v) => OrUnknown::Known(f(v)),
        Knowable::Unknown => OrUnknown::Unknown,
    }
}

/// The model in the file format, with every section in one file.
pub fn to_file_format(model: &Model) -> ModelFile {
    let r = |id: OrgId| reference(model, id);
    let refs = |ids: &[OrgId]| ids.iter().map(|&id| r(id)).collect::<Vec<_>>();
    let located_org =
        |value: Knowable<OrgId>| Located::new(knowable(value, |id| model.key(id).to_owned()));

    let jurisdiction = &model.jurisdiction;
    let organisations = model
        .organisations
        .iter()
        .map(|o| {
            let defaults = liaison_domain::model::Organisation::new("", "", o.kind);
            OrganisationEntry {
                id: Located::new(o.key.clone()),
                name: o.name.clone(),
                short: o.short_name.clone(),
                kind: Entry(o.kind),
                level: knowable(o.level, Entry),
                parent: o.parent.map(r),
                sector: (o.sector != defaults.sector).then_some(Entry(o.sector)),
                independence_sensitive: (o.independence_sensitive
                    != defaults.independence_sensitive)
                    .then(|| knowable(o.independence_sensitive, |b| b)),
                capabilities: (o.capabilities != defaults.capabilities)
                    .then(|| knowable(o.capabilities, |set| set.iter().map(Entry).collect())),
                mandate: o.mandate.clone(),
            }
        })
        .collect();

    let contacts = knowable(model.contacts.clone(), |list| {
        list.iter()
            .map(|c| ContactEntry {
                id: Located::new(c.key.clone()),
                organisation: r(c.organisation),
                name: c.name.clone(),
                role: c.role.clone(),
                kind: Entry(c.kind),
                availability: knowable(c.availability, Entry),
                emergency: c.emergency,
                channels: c
                    .channels
                    .iter()
                    .map(|ch| ChannelEntry {
                        kind: Entry(ch.kind),
                        value: ch.value.clone(),
                        out_of_band: (ch.out_of_band != ch.kind.out_of_band_by_default())
                            .then_some(ch.out_of_band),
                    })
                    .collect(),
                last_verified: c.last_verified.map(|d| knowable(d, Day)),
            })
            .collect()
    });

    let forums = knowable(model.forums.clone(), |list| {
        list.iter()
            .map(|f| ForumEntry {
                id: Located::new(f.key.clone()),
                name: f.name.clone(),
                kind: Entry(f.kind),
                members: refs(&f.members),
                members_complete: f.members_complete,
                chair: f.chair.map(located_org),
                set_up_by: f.set_up_by.map(located_org),
                cadence: knowable(f.cadence, Entry),
                active_phases: AllOr::from_set(f.active_phases),
                meetings: f.meetings.iter().map(|&d| Day(d)).collect(),
                purpose: f.purpose.clone(),
                established: f.established.map(Approximate),
            })
            .collect()
    });

    let agreements = knowable(model.agreements.clone(), |list| {
        list.iter()
            .map(|a| AgreementEntry {
                id: Located::new(a.key.clone()),
                title: a.title.clone(),
                kind: Entry(a.kind),
                parties: refs(&a.parties),
                threats: knowable(a.threats, AllOr::from_set),
                phases: knowable(a.phases, AllOr::from_set),
                boundaries: a
                    .boundaries
                    .iter()
                    .map(|b| BoundaryEntry {
                        party: r(b.organisation),
                        scope: b.scope.clone(),
                    })
                    .collect(),
                public: knowable(a.public, |b| b),
                adopted: a.adopted.map(|d| knowable(d, Approximate)),
                valid_from: a.valid_from.map(|d| knowable(d, Day)),
                valid_to: a.valid_to.map(|d| knowable(d, Day)),
                establishes: a
                    .establishes
                    .iter()
                    .map(|&f| Located::new(model.forum(f).key.clone()))
                    .collect(),
                designates_critical_infrastructure: a.designates_critical_infrastructure,
                notes: a.notes.clone(),
            })
            .collect()
    });

    let assets = knowable(model.assets.clone(), |list| {
        list.iter()
            .map(|a| AssetEntry {
                id: Located::new(a.key.clone()),
                name: a.name.clone(),
                kind: Entry(a.kind),
                operator: located_org(a.operator),
                vendor: a.vendor.map(r),
                supply_chain: a
                    .supply_chain
                    .iter()
                    .map(|link| SupplyLinkEntry {
                        supplier: r(link.supplier),
                        provides: link.provides.clone(),
                        certifications: link.certifications.clone(),
                    })
                    .collect(),
                phases: (a.phases != a.kind.typical_phases()).then(|| AllOr::from_set(a.phases)),
                internet_facing: a.protection.internet_facing.known().copied(),
                confidentiality: a.protection.confidentiality.known().copied().map(Entry),
                integrity: a.protection.integrity.known().copied().map(Entry),
                availability: a.protection.availability.known().copied().map(Entry),
                certifications: a.protection.certifications.clone(),
                notes: a.notes.clone(),
            })
            .collect()
    });

    let responsibilities = knowable(model.responsibilities.clone(), |list| {
        list.iter()
            .map(|row| ResponsibilityEntry {
                organisation: r(row.organisation),
                role: Entry(row.role),
                threats: AllOr::from_set(row.threats),
                phases: AllOr::from_set(row.phases),
                assets: AllOr::from_set(row.assets),
                within: row.within.map(r),
                notes: row.notes.clone(),
            })
            .collect()
    });

    let activities = knowable(model.activities.clone(), |list| {
        list.iter()
            .map(|a| ActivityEntry {
                id: Located::new(a.key.clone()),
                title: a.title.clone(),
                kind: Entry(a.kind),
                lead: a.lead.map(located_org),
                participants: knowable(a.participants.clone(), |ids| refs(&ids)),
                date: match a.when {
                    Some(ActivityTiming::On(date)) => Some(Approximate(date)),
                    _ => None,
                },
                cadence: match a.when {
                    Some(ActivityTiming::Recurring(cadence)) => Some(Entry(cadence)),
                    _ => None,
                },
                basis: a
                    .basis
                    .map(|id| Located::new(model.agreement(id).key.clone())),
                notes: a.notes.clone(),
            })
            .collect()
    });

    let escalation_protocols = knowable(model.escalation_protocols.clone(), |list| {
        list.iter()
            .map(|p| EscalationProtocolEntry {
                id: Located::new(p.key.clone()),
                name: p.name.clone(),
                severity_at_least: Entry(p.min_severity),
                threats: (p.threats != CatalogueSet::all()).then(|| AllOr::from_set(p.threats)),
                phases: (p.phases != CatalogueSet::all()).then(|| AllOr::from_set(p.phases)),
                notify: p
                    .targets
                    .iter()
                    .map(|t| EscalationTargetEntry {
                        organisation: r(t.organisation),
                        within_minutes: t.within_minutes,
                    })
                    .collect(),
                acknowledge_within_minutes: (p.acknowledge_within_minutes
                    != EscalationProtocol::DEFAULT_ACKNOWLEDGE_MINUTES)
                    .then_some(p.acknowledge_within_minutes),
                notes: p.notes.clone(),
            })
            .collect()
    });

    let election = model.election.as_ref().map(|e| ElectionEntry {
        name: e.name.clone(),
        phases: e
            .phases
            .iter()
            .map(|p| {
                let dates = knowable(p.dates, |range| {
                    if range.from == range.to {
                        PhaseDates::Day(Day(range.from))
                    } else {
                        PhaseDates::Range(DateRangeEntry {
                            from: Located::new(Day(range.from)),
                            to: Day(range.to),
                        })
                    }
                });
                (Entry(p.phase), dates)
            })
            .collect::<BTreeMap<_, _>>(),
    });

    ModelFile {
        jurisdiction: Some(JurisdictionEntry {
            name: jurisdiction.name.clone(),
            code: jurisdiction.code.clone(),
            administration: knowable(jurisdiction.administration, Entry),
            critical_infrastructure: knowable(jurisdiction.critical_infrastructure, Entry),
            notes: jurisdiction.notes.clone(),
        }),
        organisations: Some(organisations),
        contacts: keep_section(contacts),
        forums: keep_section(forums),
        agreements: keep_section(agreements),
        assets: keep_section(assets),
        responsibilities: keep_section(responsibilities),
        activities: keep_section(activities),
        escalation_protocols: keep_section(escalation_protocols),
        election,
    }
}

/// A section is written when it is unknown or has items; an empty known section is left out.
fn keep_section<T>(section: OrUnknown<Vec<T>>) -> Option<OrUnknown<Vec<T>>> {
    match &section {
        OrUnknown::Known(items) if items.is_empty() => None,
        _ => Some(section),
    }
}

/// A model file as YAML text.
pub fn write_yaml(file: &ModelFile) -> Result<String, serde_saphyr::ser::Error> {
    serde_saphyr::to_string(file)
}

/// Writes a model as a directory: `model.yaml` with the jurisdiction and the election, and
/// each list in numbered files of at most `chunk` items (`organisations/0001.yaml`, …).
pub fn write_directory(model: &Model, dir: &Path, chunk: usize) -> std::io::Result<usize> {
    let whole = to_file_format(model);
    let chunk = chunk.max(1);
    let mut written = 0;
    let io_error = |e: serde_saphyr::ser::Error| std::io::Error::other(e.to_string());
    std::fs::create_dir_all(dir)?;
    let head = ModelFile {
        jurisdiction: whole.jurisdiction.clone(),
        election: whole.election.clone(),
        ..Default::default()
    };
    std::fs::write(dir.join("model.yaml"), write_yaml(&head).map_err(io_error)?)?;
    written += 1;

    let mut write_parts = |name: &str, parts: Vec<ModelFile>| -> std::io::Result<()> {
        if parts.is_empty() {
            return Ok(());
        }
        let sub = dir.join(name);
        std::fs::create_dir_all(&sub)?;
        for (index, part) in parts.iter().enumerate() {
            let text = write_yaml(part).map_err(io_error)?;
            std::fs::write(sub.join(format!("{:04}.yaml", index + 1)), text)?;
            written += 1;
        }
        Ok(())
    };

    fn split<T: Clone>(
        section: Option<OrUnknown<Vec<T>>>,
        chunk: usize,
        put: impl Fn(OrUnknown<Vec<T>>) -> ModelFile,
    ) -> Vec<ModelFile> {
        match section {
            None => Vec::new(),
            Some(OrUnknown::Unknown) => vec![put(OrUnknown::Unknown)],
            Some(OrUnknown::Known(items)) => items
                .chunks(chunk)
                .map(|c| put(OrUnknown::Known(c.to_vec())))
                .collect(),
        }
    }

    write_parts(
        "organisations",
        whole
            .organisations
            .clone()
            .unwrap_or_default()
            .chunks(chunk)
            .map(|c| ModelFile {
                organisations: Some(c.to_vec()),
                ..Default::default()
            })
            .collect(),
    )?;
    write_parts(
        "contacts",
        split(whole.contacts.clone(), chunk, |s| ModelFile {
            contacts: Some(s),
            ..Default::default()
        }),
    )?;
    write_parts(
        "forums",
        split(whole.forums.clone(), chunk, |s| ModelFile {
            forums: Some(s),
            ..Default::default()
        }),
    )?;
    write_parts(
        "agreements",
        split(whole.agreements.clone(), chunk, |s| ModelFile {
            agreements: Some(s),
            ..Default::default()
        }),
    )?;
    write_parts(
        "assets",
        split(whole.assets.clone(), chunk, |s| ModelFile {
            assets: Some(s),
            ..Default::default()
        }),
    )?;
    write_parts(
        "responsibilities",
        split(whole.responsibilities.clone(), chunk, |s| ModelFile {
            responsibilities: Some(s),
            ..Default::default()
        }),
    )?;
    write_parts(
        "activities",
        split(whole.activities.clone(), chunk, |s| ModelFile {
            activities: Some(s),
            ..Default::default()
        }),
    )?;
    write_parts(
        "escalation_protocols",
        split(whole.escalation_protocols.clone(), chunk, |s| ModelFile {
            escalation_protocols: Some(s),
            ..Default::default()
        }),
    )?;
    Ok(written)
}
