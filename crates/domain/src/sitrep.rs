//! Situation reports: what a forum's report may contain (only items every reader of the report
//! may read already) and its first draft, written from what happened in the period.

use crate::sharing::Principal;
use std::collections::BTreeSet;
use std::fmt::Write;

/// Whether everyone a report's audience admits may also read the item: a report never shows
/// an item to someone the item was not shared with.
pub fn covers(item: &BTreeSet<Principal>, report: &BTreeSet<Principal>) -> bool {
    let public = item.contains(&Principal::Public);
    report.iter().all(|p| match p {
        Principal::Public => public,
        Principal::Members => public || item.contains(&Principal::Members),
        Principal::Observers => public || item.contains(&Principal::Observers),
        Principal::Organisation(_) => {
            public || item.contains(&Principal::Members) || item.contains(p)
        }
        Principal::Account(_) => public || item.contains(p),
    })
}

/// One line of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportLine {
    pub reference: String,
    pub text: String,
}

/// What happened in the period, as far as the report may tell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeriodFacts {
    pub new_incidents: Vec<ReportLine>,
    pub open_incidents: usize,
    pub closed_incidents: Vec<ReportLine>,
    pub new_claims: Vec<ReportLine>,
    pub risk_changes: Vec<ReportLine>,
    pub measures_new: Vec<ReportLine>,
    pub measures_done: Vec<ReportLine>,
    pub measures_overdue: Vec<ReportLine>,
    /// Items of the period left out because not every reader of the report may read them.
    pub left_out: usize,
}

fn section(out: &mut String, title: &str, lines: &[ReportLine], none: &str) {
    let _ = writeln!(out, "\n{title}");
    if lines.is_empty() {
        let _ = writeln!(out, "- {none}");
    }
    for line in lines {
        let _ = writeln!(out, "- {}: {}", line.reference, line.text);
    }
}

/// The first draft of a report, for the chair to edit and approve.
pub fn draft_text(forum: &str, from: time::Date, to: time::Date, facts: &PeriodFacts) -> String {
    let mut out = format!("Situation report of the {forum}, {from} to {to}.\n");
    let _ = writeln!(
        out,
        "\nSummary: {} new incident{}, {} closed, {} open in all; {} new false claim{}; {} risk assessment{} changed; {} measure{} overdue.",
        facts.new_incidents.len(),
        if facts.new_incidents.len() == 1 {
            ""
        } else {
            "s"
        },
        facts.closed_incidents.len(),
        facts.open_incidents,
        facts.new_claims.len(),
        if facts.new_claims.len() == 1 { "" } else { "s" },
        facts.risk_changes.len(),
        if facts.risk_changes.len() == 1 {
            ""
        } else {
            "s"
        },
        facts.measures_overdue.len(),
        if facts.measures_overdue.len() == 1 {
            ""
        } else {
            "s"
        },
    );
    section(&mut out, "New incidents", &facts.new_incidents, "none");
    section(
        &mut out,
        "Closed incidents",
        &facts.closed_incidents,
        "none",
    );
    section(
        &mut out,
        "False claims about the process",
        &facts.new_claims,
        "none",
    );
    section(
        &mut out,
        "Changes to the joint risk picture",
        &facts.risk_changes,
        "none",
    );
    section(&mut out, "New measures", &facts.measures_new, "none");
    section(&mut out, "Measures completed", &facts.measures_done, "none");
    section(
        &mut out,
        "Measures overdue",
        &facts.measures_overdue,
        "none",
    );
    if facts.left_out > 0 {
        let _ = writeln!(
            out,
            "\nLeft out: {} item{} of the period shared more narrowly than this report, which not every reader of it may read.",
            facts.left_out,
            if facts.left_out == 1 { "" } else { "s" }
        );
    }
    let _ = writeln!(out, "\nAssessment and next steps: (the chair writes this)");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(items: &[Principal]) -> BTreeSet<Principal> {
        items.iter().cloned().collect()
    }

    #[test]
    fn a_report_shows_only_what_each_of_its_readers_may_read() {
        let org = |k: &str| Principal::Organisation(k.into());
        let forum = set(&[org("cec"), org("cert"), org("nss")]);
        assert!(covers(&set(&[Principal::Members]), &forum), "GREEN item");
        assert!(covers(
            &set(&[org("cec"), org("cert"), org("nss"), org("moi")]),
            &forum
        ));
        assert!(
            !covers(&set(&[org("cec"), org("cert")]), &forum),
            "the NSS may not see it"
        );
        assert!(!covers(
            &set(&[Principal::Members]),
            &set(&[Principal::Public])
        ));
        assert!(!covers(
            &set(&[Principal::Members]),
            &set(&[Principal::Members, Principal::Observers])
        ));
        assert!(covers(
            &set(&[Principal::Public]),
            &set(&[Principal::Public])
        ));
    }

    #[test]
    fn the_draft_lists_what_happened() {
        let facts = PeriodFacts {
            new_incidents: vec![ReportLine {
                reference: "INC-4".into(),
                text: "Results website down (high, reported)".into(),
            }],
            open_incidents: 3,
            left_out: 2,
            ..Default::default()
        };
        let text = draft_text(
            "Election Cyber Task Force",
            time::macros::date!(2027 - 05 - 08),
            time::macros::date!(2027 - 05 - 15),
            &facts,
        );
        assert!(text.contains("1 new incident, 0 closed, 3 open in all"));
        assert!(text.contains("- INC-4: Results website down"));
        assert!(text.contains("Measures overdue\n- none"));
        assert!(text.contains("Left out: 2 items of the period"));
    }
}
