//! `liaison check`, `liaison validate` and `liaison diff`.

use anyhow::Context;
use clap::{Args, ValueEnum};
use liaison_domain::analysis::{self, AnalysisOptions, Severity};
use liaison_interop::model_changes::{compare, compare_analyses};
use liaison_interop::model_file::{InvalidModel, LoadOptions, load_model};
use liaison_interop::reference::reference_models;
use liaison_interop::report::{
    self, Comparison, Format, changes_html, changes_text, changes_to_json,
};
use liaison_locale::{Locale, Message};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use time::Date;

/// Exit code when findings at or above `--fail-on` were found.
const FINDINGS: u8 = 1;
/// Exit code for a model that cannot be read.
const INVALID: u8 = 2;

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// A model file, or a directory of model files.
    path: PathBuf,
    /// Largest model file accepted, in MiB.
    #[arg(long, default_value_t = 32, value_name = "MIB")]
    max_file_size: u64,
    /// The language of what is said about the model: en, fr, es or ar. The JSON report, read
    /// by machines, stays in English.
    #[arg(long, value_name = "LANGUAGE", default_value = "en", value_parser = parse_language)]
    language: Locale,
}

impl ValidateArgs {
    fn options(&self) -> LoadOptions {
        LoadOptions {
            max_file_bytes: self.max_file_size.saturating_mul(1024 * 1024),
            ..LoadOptions::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    target: ValidateArgs,
    /// Report format.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,
    /// Exit with 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = SeverityArg::High, value_name = "SEVERITY")]
    fail_on: SeverityArg,
    #[command(flatten)]
    analysis: AnalysisArgs,
    /// Write the report to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Text,
    Json,
    Markdown,
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SeverityArg {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl From<SeverityArg> for Severity {
    fn from(value: SeverityArg) -> Self {
        match value {
            SeverityArg::Info => Severity::Info,
            SeverityArg::Low => Severity::Low,
            SeverityArg::Medium => Severity::Medium,
            SeverityArg::High => Severity::High,
            SeverityArg::Critical => Severity::Critical,
        }
    }
}

fn parse_language(tag: &str) -> Result<Locale, String> {
    Locale::from_tag(tag).ok_or_else(|| {
        let shipped: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
        format!(
            "'{tag}' is not a language Liaison speaks ({})",
            shipped.join(", ")
        )
    })
}

fn parse_date(text: &str) -> Result<Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text, format).map_err(|_| format!("'{text}' is not a date written YYYY-MM-DD"))
}

fn report_invalid(invalid: &InvalidModel, language: Locale) -> ExitCode {
    anstream::eprint!("{}", invalid.report_in(language));
    ExitCode::from(INVALID)
}

pub fn run_validate(args: &ValidateArgs) -> anyhow::Result<ExitCode> {
    match load_model(&args.path, &args.options()) {
        Ok(model) => {
            crate::outln!(
                "{}",
                args.language.message(
                    &Message::new("model-valid")
                        .with("path", args.path.display().to_string())
                        .with("count", model.organisations.len())
                )
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(invalid) => Ok(report_invalid(&invalid, args.language)),
    }
}

/// What the analysis takes from the command line, for `check` and `diff` alike.
#[derive(Debug, Args)]
pub struct AnalysisArgs {
    /// The date to take as today, YYYY-MM-DD (for stale contacts and expired agreements).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<Date>,
    /// Contacts verified longer ago than this many days are stale.
    #[arg(long, default_value_t = AnalysisOptions::DEFAULT_CONTACT_MAX_AGE_DAYS, value_name = "DAYS")]
    contact_max_age: i64,
}

/// The analysis's options: today (or the date given), the age of a stale contact, and the
/// reference countries.
fn analysis_options(args: &AnalysisArgs) -> anyhow::Result<AnalysisOptions> {
    let today = match args.as_of {
        Some(day) => day,
        None => crate::settings::environment_clock()?.today(),
    };
    let mut options = AnalysisOptions::new(today);
    options.contact_max_age_days = args.contact_max_age;
    let references = reference_models().map_err(|(code, invalid)| {
        anyhow::anyhow!("the built-in reference model '{code}' is invalid:\n{invalid}")
    })?;
    options.references = references
        .iter()
        .map(|m| analysis::profile(m, today))
        .collect();
    Ok(options)
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier model: a file or a directory of model files.
    old: PathBuf,
    /// The later model.
    new: PathBuf,
    /// Report format.
    #[arg(long, value_enum, default_value_t = DiffFormatArg::Text)]
    format: DiffFormatArg,
    /// Exit with 1 when the later model has a new finding at or above this severity.
    #[arg(long, value_enum, default_value_t = SeverityArg::High, value_name = "SEVERITY")]
    fail_on: SeverityArg,
    #[command(flatten)]
    analysis: AnalysisArgs,
    /// The report's language: en, fr, es or ar. The JSON report stays in English.
    #[arg(long, value_name = "LANGUAGE", default_value = "en", value_parser = parse_language)]
    language: Locale,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum DiffFormatArg {
    Text,
    Json,
    Html,
}

/// `liaison diff`: what changed between two models, and how their analysis moved.
pub fn run_diff(args: &DiffArgs) -> anyhow::Result<ExitCode> {
    let mut models = Vec::with_capacity(2);
    for path in [&args.old, &args.new] {
        match load_model(path, &LoadOptions::default()) {
            Ok(model) => models.push(model),
            Err(invalid) => return Ok(report_invalid(&invalid, args.language)),
        }
    }
    let options = analysis_options(&args.analysis)?;
    let (old, new) = (
        analysis::analyse(&models[0], &options),
        analysis::analyse(&models[1], &options),
    );
    let model_changes = compare(&models[0], &models[1]);
    let analysis_changes = compare_analyses(&old, &new);
    let (old_name, new_name) = (
        args.old.display().to_string(),
        args.new.display().to_string(),
    );
    let comparison = Comparison {
        old_name: &old_name,
        new_name: &new_name,
        old: &old,
        new: &new,
        model: &model_changes,
        analysis: &analysis_changes,
    };
    let rendered = match args.format {
        DiffFormatArg::Text => changes_text(&comparison, args.language),
        DiffFormatArg::Json => changes_to_json(&comparison)?,
        DiffFormatArg::Html => changes_html(&comparison, args.language)?,
    };
    crate::output::write(&rendered).context("cannot write the report")?;
    let severity: Severity = args.fail_on.into();
    let worse = analysis_changes
        .new_findings
        .iter()
        .filter_map(|id| new.findings.iter().find(|f| &f.id == id))
        .any(|f| f.severity >= severity);
    Ok(if worse {
        ExitCode::from(FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

pub fn run_check(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let model = match load_model(&args.target.path, &args.target.options()) {
        Ok(model) => model,
        Err(invalid) => return Ok(report_invalid(&invalid, args.target.language)),
    };
    let options = analysis_options(&args.analysis)?;
    let result = analysis::analyse(&model, &options);

    let format = match args.format {
        FormatArg::Text => Format::Text,
        FormatArg::Json => Format::Json,
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Html => Format::Html,
    };
    let rendered = report::render(&result, format, args.target.language)?;
    match &args.output {
        Some(path) => {
            // Files get plain text: colour codes belong to terminals.
            let plain = if format == Format::Text {
                strip_styles(&rendered)
            } else {
                rendered
            };
            std::fs::write(path, plain)
                .with_context(|| format!("cannot write the report to '{}'", path.display()))?;
        }
        None => crate::output::write(&rendered).context("cannot write the report")?,
    }
    Ok(if result.has_findings_at_or_above(args.fail_on.into()) {
        ExitCode::from(FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

fn strip_styles(text: &str) -> String {
    let mut plain = Vec::with_capacity(text.len());
    let mut stream = anstream::StripStream::new(&mut plain);
    // Writing to a Vec cannot fail.
    let _ = stream.write_all(text.as_bytes());
    String::from_utf8_lossy(&plain).into_owned()
}
