//! Properties of the analysis over arbitrary valid models.

use super::{AnalysisOptions, Rule, analyse};
use crate::catalogue::RaciRole;
use crate::model::Model;
use crate::testing;
use proptest::prelude::*;
use time::macros::date;

fn gaps(model: &Model) -> (u64, Vec<String>) {
    let analysis = analyse(model, &AnalysisOptions::new(date!(2026 - 11 - 25)));
    let ids = analysis
        .findings
        .iter()
        .filter(|f| f.rule == Rule::ResponsibilityGap.id())
        .map(|f| f.id.clone())
        .collect();
    (analysis.summary.gap_cells, ids)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any valid model can be analysed, and the report adds up.
    #[test]
    fn the_analysis_never_panics_and_its_counts_add_up(model in testing::model()) {
        let analysis = analyse(&model, &AnalysisOptions::new(date!(2026 - 11 - 25)));
        let counts = analysis.summary.findings;
        prop_assert_eq!(
            counts.info + counts.low + counts.medium + counts.high + counts.critical,
            analysis.findings.len()
        );
        prop_assert!(analysis.summary.gap_cells <= analysis.summary.matrix_cells);
        prop_assert!(analysis.maturity.rung <= 7);
        prop_assert_eq!(analysis.recommendations.len(), 10);
        let mut ids: Vec<&str> = analysis.findings.iter().map(|f| f.id.as_str()).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        prop_assert_eq!(before, ids.len(), "finding ids are unique");
    }

    /// Making an organisation accountable for something can close gaps, never open one.
    #[test]
    fn adding_an_accountable_organisation_never_adds_a_gap(
        model in testing::model(),
        row in testing::responsibility(12),
    ) {
        let mut row = row;
        row.role = RaciRole::Accountable;
        row.organisation = crate::model::OrgId(row.organisation.0 % model.organisations.len() as u32);
        row.within = row.within.map(|w| crate::model::OrgId(w.0 % model.organisations.len() as u32));
        let (cells_before, before) = gaps(&model);
        let mut more = model.clone();
        if let crate::Knowable::Known(rows) = &mut more.responsibilities {
            rows.push(row);
        }
        let (cells_after, after) = gaps(&more);
        prop_assert!(cells_after <= cells_before);
        for id in &after {
            prop_assert!(before.contains(id), "new gap {}", id);
        }
    }
}
