//! `liaison generate`: a synthetic national model, written as a directory of model files.

use anyhow::Context;
use clap::Args;
use liaison_domain::synthetic::national_model;
use liaison_interop::model_file::write_directory;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Number of local election offices (10,000 is the scale of the United States).
    #[arg(long, default_value_t = 1_000, value_name = "N")]
    jurisdictions: usize,
    /// Directory to write the model to; created if missing.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Seed of the variation; the same seed gives the same model.
    #[arg(long, default_value_t = 2019)]
    seed: u64,
    /// Items per file.
    #[arg(long, default_value_t = 2_000, value_name = "ITEMS")]
    chunk: usize,
}

/// Generating more than this is a typo, not a country.
const MAX_JURISDICTIONS: usize = 1_000_000;

pub fn run(args: &GenerateArgs) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        (1..=MAX_JURISDICTIONS).contains(&args.jurisdictions),
        "--jurisdictions must be between 1 and {MAX_JURISDICTIONS}"
    );
    if args.out.exists() && std::fs::read_dir(&args.out)?.next().is_some() {
        anyhow::bail!(
            "'{}' exists and is not empty; choose a new directory so that no model is overwritten",
            args.out.display()
        );
    }
    let today = crate::settings::environment_clock()?.today();
    let model = national_model(args.jurisdictions, args.seed, today);
    let files = write_directory(&model, &args.out, args.chunk)
        .with_context(|| format!("cannot write the model to '{}'", args.out.display()))?;
    crate::outln!(
        "wrote {} ({} organisations, {} contacts, {} assets) in {files} files",
        args.out.display(),
        model.organisations.len(),
        model.contacts.items().len(),
        model.assets.items().len()
    )?;
    Ok(ExitCode::SUCCESS)
}
