//! `liaison catalogue`: the vocabularies model files are written in.

use clap::{Args, ValueEnum};
use liaison_domain::catalogue::*;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct CatalogueArgs {
    /// One list only; all lists when left out.
    #[arg(value_enum)]
    list: Option<List>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum List {
    Phases,
    Assets,
    Threats,
    Adversaries,
    Organisations,
    Capabilities,
    Mitigations,
    FocusAreas,
    Levels,
    Activities,
    Agreements,
    Forums,
    Cadences,
    Channels,
}

fn print_list<T: CatalogueEntry>(title: &str, extra: impl Fn(T) -> String) -> std::io::Result<()> {
    crate::outln!("{title}")?;
    for entry in T::ALL {
        let more = extra(*entry);
        crate::outln!("  {:<28} {}{}", entry.id(), entry.label(), more)?;
    }
    crate::outln!()
}

fn no_extra<T>(_: T) -> String {
    String::new()
}

pub fn run(args: &CatalogueArgs) -> anyhow::Result<ExitCode> {
    let show = |list: List| args.list.is_none_or(|l| l == list);
    if show(List::Phases) {
        print_list::<Phase>("Phases of the electoral cycle", |p| {
            format!("  [{}]", p.period().id())
        })?;
    }
    if show(List::Assets) {
        print_list::<AssetKind>("Asset kinds", no_extra)?;
    }
    if show(List::Threats) {
        print_list::<ThreatKind>("Threat kinds", |t| {
            let techniques: Vec<String> = t
                .techniques()
                .iter()
                .map(|r| {
                    let framework = match r.framework {
                        TechniqueFramework::Attack => "ATT&CK",
                        TechniqueFramework::Disarm => "DISARM",
                    };
                    format!("{framework} {}", r.id)
                })
                .collect();
            format!("  [{}; {}]", t.family().id(), techniques.join(", "))
        })?;
    }
    if show(List::Adversaries) {
        print_list::<AdversaryKind>("Adversary kinds", no_extra)?;
    }
    if show(List::Organisations) {
        print_list::<OrganisationKind>("Organisation kinds", |k| {
            format!("  [{}]", k.default_sector().id())
        })?;
    }
    if show(List::Capabilities) {
        print_list::<Capability>("Capabilities", no_extra)?;
    }
    if show(List::Mitigations) {
        print_list::<MitigationFamily>("Mitigation families", no_extra)?;
    }
    if show(List::FocusAreas) {
        print_list::<FocusArea>("Focus areas", no_extra)?;
    }
    if show(List::Levels) {
        print_list::<CollaborationLevel>("Levels of collaboration", |l| {
            format!("  [{}]", l.rung())
        })?;
    }
    if show(List::Activities) {
        print_list::<ActivityKind>("Activity kinds", no_extra)?;
    }
    if show(List::Agreements) {
        print_list::<AgreementKind>("Agreement kinds", no_extra)?;
    }
    if show(List::Forums) {
        print_list::<ForumKind>("Forum kinds", no_extra)?;
    }
    if show(List::Cadences) {
        print_list::<ForumCadence>("Cadences", no_extra)?;
    }
    if show(List::Channels) {
        print_list::<ChannelKind>("Channel kinds", |c| {
            if c.out_of_band_by_default() {
                "  [out of band]".to_owned()
            } else {
                String::new()
            }
        })?;
        print_list::<ContactKind>("Contact kinds", no_extra)?;
        print_list::<Availability>("Availability", no_extra)?;
    }
    Ok(ExitCode::SUCCESS)
}
