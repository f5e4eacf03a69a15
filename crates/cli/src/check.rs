//! `liaison check` and `liaison validate`.

use clap::Args;
use liaison_interop::model_file::{InvalidModel, LoadOptions, load_model};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit code for a model that cannot be read.
const INVALID: u8 = 2;

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// A model file, or a directory of model files.
    path: PathBuf,
    #[command(flatten)]
    limits: Limits,
}

#[derive(Debug, Args)]
pub struct Limits {
    /// Largest model file accepted, in MiB.
    #[arg(long, default_value_t = 32, value_name = "MIB")]
    max_file_size: u64,
}

impl Limits {
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
}

fn report_invalid(invalid: &InvalidModel) -> ExitCode {
    anstream::eprint!("{invalid}");
    ExitCode::from(INVALID)
}

pub fn run_validate(args: &ValidateArgs) -> anyhow::Result<ExitCode> {
    match load_model(&args.path, &args.limits.options()) {
        Ok(model) => {
            println!(
                "{}: valid ({} organisations)",
                args.path.display(),
                model.organisations.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(invalid) => Ok(report_invalid(&invalid)),
    }
}

pub fn run_check(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    run_validate(&args.target)
}
