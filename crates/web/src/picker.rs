//! The one way pages let people choose several things (recipients, affected systems, risks):
//! a list of checkboxes that submits the same field names with or without JavaScript, which
//! app.js turns into a search box with the chosen items as removable chips. The items the
//! responsibility matrix suggests come first, marked with their role; the suggestions are the
//! domain's (`liaison_domain::incident::suggested_recipients`), the page only shows them.

use crate::views::Words;
use liaison_domain::catalogue::{Phase, RaciRole, ThreatKind};
use liaison_domain::incident::suggested_recipients;
use liaison_domain::model::{AssetId, Model, OrgId};
use liaison_locale::Locale;

/// A field of several choices.
#[derive(Debug, Clone)]
pub struct Picker {
    /// The form field each ticked box submits.
    pub name: &'static str,
    /// The id of the fieldset; its parts take ids from it.
    pub id: &'static str,
    pub legend: String,
    /// Suggested items first (in the order suggested), then the others in the order given.
    pub options: Vec<PickerOption>,
    /// What the suggestions follow: the threat and phase of the report, and whether the
    /// matrix names anyone for them; said once above the list.
    pub suggested_for: Option<(ThreatKind, Option<Phase>, bool)>,
    /// The picker's words, in the reader's language.
    pub words: Words,
    /// Where the page is fetched again when the fields the suggestions depend on change (the
    /// picker's own list is taken from the answer, with the same boxes ticked).
    pub refresh_from: Option<String>,
    /// The htmx trigger of that request: a change of any of those fields.
    pub refresh_trigger: String,
    /// The fields sent with it (a CSS selector list): those and the picker's own boxes.
    pub refresh_include: String,
}

#[derive(Debug, Clone)]
pub struct PickerOption {
    pub value: String,
    pub label: String,
    pub checked: bool,
    /// The role that makes it suggested: accountable or responsible.
    pub suggested: Option<RaciRole>,
}

impl Picker {
    /// A picker of `items` (value, label), `chosen` ticked, nothing suggested.
    pub fn new(
        name: &'static str,
        id: &'static str,
        legend: impl Into<String>,
        items: impl IntoIterator<Item = (String, String)>,
        chosen: &[String],
    ) -> Picker {
        Picker {
            name,
            id,
            legend: legend.into(),
            options: items
                .into_iter()
                .map(|(value, label)| PickerOption {
                    checked: chosen.contains(&value),
                    value,
                    label,
                    suggested: None,
                })
                .collect(),
            suggested_for: None,
            words: Words { locale: Locale::En },
            refresh_from: None,
            refresh_trigger: String::new(),
            refresh_include: String::new(),
        }
    }

    /// The organisations of `model` as recipients (all but `reporter`), in the order of their
    /// names, those the matrix makes accountable or responsible for `threat` in `phase` on
    /// `assets` first.
    #[allow(clippy::too_many_arguments)]
    pub fn recipients(
        name: &'static str,
        id: &'static str,
        legend: impl Into<String>,
        model: &Model,
        reporter: Option<&str>,
        threat: Option<ThreatKind>,
        phase: Option<Phase>,
        assets: &[String],
        chosen: &[String],
    ) -> Picker {
        let reporter_id = reporter.and_then(|key| {
            model
                .org_ids()
                .find(|&id| model.organisation(id).key == key)
        });
        let mut organisations: Vec<(OrgId, &str, &str)> = model
            .org_ids()
            .map(|id| {
                let o = model.organisation(id);
                (id, o.key.as_str(), o.name.as_str())
            })
            .filter(|(id, _, _)| Some(*id) != reporter_id)
            .collect();
        organisations.sort_by_cached_key(|(_, _, name)| name.to_lowercase());
        let suggested = threat
            .map(|threat| {
                let asset_ids: Vec<AssetId> = (0..model.assets.items().len())
                    .map(|i| AssetId(i as u32))
                    .filter(|&id| assets.contains(&model.asset(id).key))
                    .collect();
                suggested_recipients(model, threat, phase, &asset_ids, reporter_id)
            })
            .unwrap_or_default();
        let mut picker = Picker::new(name, id, legend, std::iter::empty(), chosen);
        let option = |id: OrgId, role: Option<RaciRole>| {
            let o = model.organisation(id);
            PickerOption {
                value: o.key.clone(),
                label: o.name.clone(),
                checked: chosen.contains(&o.key),
                suggested: role,
            }
        };
        picker.options = suggested
            .iter()
            .map(|s| option(s.organisation, Some(s.role)))
            .chain(
                organisations
                    .iter()
                    .filter(|(id, _, _)| !suggested.iter().any(|s| s.organisation == *id))
                    .map(|&(id, _, _)| option(id, None)),
            )
            .collect();
        picker.suggested_for = threat.map(|threat| (threat, phase, !suggested.is_empty()));
        picker
    }

    /// The part of the page fetched again that replaces the list.
    pub fn refresh_select(&self) -> String {
        format!("#{}-body > *", self.id)
    }

    /// The role that makes an option suggested, as a tag beside it says it.
    pub fn role_label(&self, role: &RaciRole) -> String {
        self.words.locale.label_in_sentence(*role)
    }

    /// The picker in the reader's language.
    pub fn speaking(mut self, locale: Locale) -> Picker {
        self.words = Words { locale };
        self
    }

    /// What the suggestions are, said once above the list; empty when there are none.
    pub fn suggested_because(&self) -> String {
        let Some((threat, phase, any)) = self.suggested_for else {
            return String::new();
        };
        let locale = self.words.locale;
        let key = match (any, phase.is_some()) {
            (true, true) => "picker-suggested-in-phase",
            (true, false) => "picker-suggested",
            (false, true) => "picker-nobody-in-phase",
            (false, false) => "picker-nobody",
        };
        locale.text_with(
            key,
            &[
                ("threat", locale.label_in_sentence(threat).into()),
                (
                    "phase",
                    phase
                        .map(|p| locale.label_in_sentence(p))
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        )
    }

    /// Fetches the page again from `url` with the fields `on` (CSS selectors) when they
    /// change, so that the suggestions follow them.
    pub fn refreshed_from(mut self, url: impl Into<String>, on: &[&str]) -> Picker {
        self.refresh_from = Some(url.into());
        self.refresh_trigger = on
            .iter()
            .map(|s| format!("change from:{s}"))
            .collect::<Vec<_>>()
            .join(", ");
        self.refresh_include = on
            .iter()
            .copied()
            .chain([format!("[name={}]", self.name).as_str()])
            .collect::<Vec<_>>()
            .join(", ");
        self
    }
}
