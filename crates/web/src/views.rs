//! What every page shows around its content, decided once: who is signed in, which parts of
//! the navigation their role may use, the phase the electoral calendar is in, and the CSRF
//! token forms carry.

use crate::session::CurrentUser;
use liaison_domain::access::{Action, RecordKind};
use liaison_domain::catalogue::Phase;
use liaison_domain::catalogue::{CatalogueEntry, ChannelKind};
use liaison_domain::model::Model;
use liaison_locale::{Arg, Locale, MonthStyle, ToArg};
use std::collections::HashMap;

/// The names people read in place of the model's identifiers: organisations and assets by
/// their keys, each with the page it links to. A key the model no longer has shows as it is.
pub struct Names<'m> {
    organisations: HashMap<&'m str, &'m str>,
    assets: HashMap<&'m str, &'m str>,
}

/// Something named, with the page that shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub href: String,
}

impl<'m> Names<'m> {
    pub fn of(model: Option<&'m Model>) -> Self {
        let Some(model) = model else {
            return Names {
                organisations: HashMap::new(),
                assets: HashMap::new(),
            };
        };
        Names {
            organisations: model
                .organisations
                .iter()
                .map(|o| (o.key.as_str(), o.name.as_str()))
                .collect(),
            assets: model
                .assets
                .items()
                .iter()
                .map(|a| (a.key.as_str(), a.name.as_str()))
                .collect(),
        }
    }

    pub fn organisation(&self, key: &str) -> Named {
        Named {
            name: self
                .organisations
                .get(key)
                .copied()
                .unwrap_or(key)
                .to_owned(),
            href: format!("/organisations/{key}"),
        }
    }

    pub fn asset(&self, key: &str) -> Named {
        Named {
            name: self.assets.get(key).copied().unwrap_or(key).to_owned(),
            href: format!("/assets#asset-{key}"),
        }
    }
}

/// Where a tap on a contact's channel leads: `tel:` for a telephone number, `mailto:` for an
/// e-mail address, `https:` for a web form; nothing for radio, messaging or a visit.
pub fn channel_href(kind: ChannelKind, value: &str) -> Option<String> {
    let value = value.trim();
    match kind {
        ChannelKind::Landline
        | ChannelKind::Mobile
        | ChannelKind::SecureLine
        | ChannelKind::SatellitePhone => {
            // A number as dialled: its digits, with the leading + of an international one.
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            (!digits.is_empty()).then(|| {
                let plus = if value.starts_with('+') { "+" } else { "" };
                format!("tel:{plus}{digits}")
            })
        }
        ChannelKind::Email => (value.contains('@') && !value.contains(char::is_whitespace))
            .then(|| format!("mailto:{value}")),
        ChannelKind::WebForm => value.starts_with("https://").then(|| value.to_owned()),
        _ => None,
    }
}

/// The phase the calendar is in today, shown in every page's header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseNow {
    pub election: String,
    pub phase: Phase,
    /// Its last day; `None` when that is today.
    pub ends: Option<time::Date>,
}

impl PhaseNow {
    pub fn of(model: &Model, today: time::Date) -> Option<Self> {
        let election = model.election.as_ref()?;
        let phase = liaison_domain::incident::phase_on(model, today)?;
        let range = election
            .phases
            .iter()
            .find(|p| p.phase == phase)?
            .dates
            .known()
            .copied()?;
        Some(PhaseNow {
            election: election.name.clone(),
            phase,
            ends: (range.to != today).then_some(range.to),
        })
    }

    /// As the header says it: the phase's label, and "ends today" or "to" its last day.
    fn in_language(&self, locale: Locale) -> PhaseShown {
        PhaseShown {
            election: self.election.clone(),
            phase: locale.label(self.phase),
            ends: match self.ends {
                None => locale.text("phase-ends-today"),
                Some(day) => locale.text_with(
                    "phase-ends-on",
                    &[("date", Arg::from(locale.date(day, MonthStyle::Long)))],
                ),
            },
        }
    }
}

/// The phase of the calendar as the header writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseShown {
    pub election: String,
    pub phase: String,
    pub ends: String,
}

/// The words of a page in its reader's language: every template reaches its texts through
/// these (`chrome.t("key")` on pages with the navigation, `words.t("key")` on the others).
#[derive(Debug, Clone, Copy)]
pub struct Words {
    pub locale: Locale,
}

impl Words {
    /// The text of `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.locale.text(key)
    }

    /// The text of `key` with one variable.
    pub fn t1(&self, key: &str, name: &str, value: impl ToArg) -> String {
        self.locale.text_with(key, &[(name, value.to_arg())])
    }

    /// The text of `key` with two variables: `t2("key", "name", value, "other", value)`.
    pub fn t2(
        &self,
        key: &str,
        first: &str,
        first_value: impl ToArg,
        second: &str,
        second_value: impl ToArg,
    ) -> String {
        self.locale.text_with(
            key,
            &[
                (first, first_value.to_arg()),
                (second, second_value.to_arg()),
            ],
        )
    }

    /// The text of `key` with three variables.
    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        key: &str,
        first: &str,
        first_value: impl ToArg,
        second: &str,
        second_value: impl ToArg,
        third: &str,
        third_value: impl ToArg,
    ) -> String {
        self.locale.text_with(
            key,
            &[
                (first, first_value.to_arg()),
                (second, second_value.to_arg()),
                (third, third_value.to_arg()),
            ],
        )
    }

    /// A stored time or date as the page's language writes it.
    pub fn when(&self, stored: &str) -> String {
        self.locale.when(stored)
    }

    /// A catalogue entry's label in the page's language.
    pub fn label<E: CatalogueEntry>(&self, entry: &E) -> String {
        self.locale.label(*entry)
    }

    /// The `lang` attribute of the page.
    pub fn lang(&self) -> &'static str {
        self.locale.tag()
    }

    /// The `dir` attribute of the page: `rtl` for Arabic.
    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }
}

#[derive(Debug, Clone)]
pub struct Chrome {
    /// The language of the page, and its texts through `Deref`.
    pub words: Words,
    pub user: String,
    pub role: String,
    /// The name of the person's organisation; empty for the platform administrator.
    pub organisation: String,
    pub organisation_key: String,
    pub csrf: String,
    /// The navigation entry of the page.
    pub section: &'static str,
    pub can_edit_model: bool,
    pub can_manage_accounts: bool,
    pub can_read_audit: bool,
    pub can_read_risks: bool,
    pub phase: Option<PhaseShown>,
}

impl Chrome {
    pub fn of(user: &CurrentUser, section: &'static str) -> Self {
        let own = user.caller.viewer().organisation.as_deref();
        let locale = user.locale;
        Chrome {
            words: Words { locale },
            user: user.account.name.clone(),
            role: role_label(locale, user.caller.viewer().role),
            organisation: own
                .and_then(|key| {
                    let model = user.model.as_deref()?;
                    let org = model.organisations.iter().find(|o| o.key == key)?;
                    Some(org.name.clone())
                })
                .or_else(|| own.map(str::to_owned))
                .unwrap_or_default(),
            organisation_key: own.unwrap_or_default().to_owned(),
            csrf: user.csrf.clone(),
            section,
            can_edit_model: user.caller.may(Action::EditRecord {
                kind: RecordKind::Forum,
                owner: None,
            }),
            can_manage_accounts: user
                .caller
                .may(Action::ManageAccounts { organisation: own })
                || user
                    .caller
                    .may(Action::ManageAccounts { organisation: None }),
            can_read_audit: user.caller.may(Action::ReadAudit),
            can_read_risks: user.caller.may(Action::ReadRiskRegister),
            phase: user.phase.as_ref().map(|p| p.in_language(locale)),
        }
    }

    /// `aria-current` for the navigation entry of this page.
    pub fn current(&self, section: &str) -> &'static str {
        if self.section == section {
            "page"
        } else {
            "false"
        }
    }
}

impl std::ops::Deref for Chrome {
    type Target = Words;

    fn deref(&self) -> &Words {
        &self.words
    }
}

/// A role as people read it, in their language.
pub fn role_label(locale: Locale, role: liaison_domain::access::Role) -> String {
    locale.text(&format!("role-{}", role.id().replace('_', "-")))
}

#[cfg(test)]
mod tests {
    // Tests fail loudly.
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_contact_s_channels_are_one_tap_away_where_a_phone_can_use_them() {
        assert_eq!(
            channel_href(ChannelKind::Mobile, "+999 71 400 1000").as_deref(),
            Some("tel:+999714001000")
        );
        assert_eq!(
            channel_href(ChannelKind::Landline, "(021) 400-1000").as_deref(),
            Some("tel:0214001000")
        );
        assert_eq!(
            channel_href(ChannelKind::Email, "duty@cec.example.dl").as_deref(),
            Some("mailto:duty@cec.example.dl")
        );
        assert_eq!(channel_href(ChannelKind::Email, "not an address"), None);
        assert_eq!(channel_href(ChannelKind::Radio, "TETRA 4411"), None);
        assert_eq!(
            channel_href(ChannelKind::WebForm, "javascript:alert(1)"),
            None
        );
    }
    use liaison_domain::Knowable;
    use liaison_domain::model::{DateRange, DatedPhase, Election};
    use time::macros::date;

    fn calendar() -> Model {
        let mut model = Model::testland();
        let phase = |phase, from, to| DatedPhase {
            phase,
            dates: Knowable::Known(DateRange { from, to }),
        };
        model.election = Some(Election {
            name: "General election".to_owned(),
            phases: vec![
                phase(
                    Phase::Campaign,
                    date!(2027 - 04 - 17),
                    date!(2027 - 05 - 14),
                ),
                phase(Phase::Voting, date!(2027 - 05 - 15), date!(2027 - 05 - 15)),
            ],
        });
        model
    }

    #[test]
    fn the_header_names_the_phase_and_when_it_ends() {
        let model = calendar();
        let campaign = PhaseNow::of(&model, date!(2027 - 05 - 01))
            .unwrap()
            .in_language(Locale::En);
        assert_eq!(campaign.phase, "Campaign");
        assert_eq!(campaign.ends, "to 14 May 2027");
        let in_french = PhaseNow::of(&model, date!(2027 - 05 - 01))
            .unwrap()
            .in_language(Locale::Fr);
        assert_eq!(in_french.ends, "jusqu'au 14 mai 2027");
        let polling = PhaseNow::of(&model, date!(2027 - 05 - 15))
            .unwrap()
            .in_language(Locale::En);
        assert_eq!(
            (polling.phase.as_str(), polling.ends.as_str()),
            ("Voting", "ends today")
        );
        assert_eq!(
            PhaseNow::of(&model, date!(2027 - 06 - 01)),
            None,
            "between phases"
        );
        assert_eq!(
            PhaseNow::of(&Model::testland(), date!(2027 - 05 - 15)),
            None
        );
    }
}
