//! `liaison schema`: the JSON Schema of model files, for editors and CI.

use clap::{Args, ValueEnum};
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which schema to print.
    #[arg(value_enum, default_value_t = Which::Model)]
    which: Which,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Which {
    /// Model files (YAML).
    Model,
    /// The JSON report of `liaison check --format json`.
    Report,
}

pub fn run(args: &SchemaArgs) -> anyhow::Result<ExitCode> {
    let schema = match args.which {
        Which::Model => liaison_interop::schema::model_schema(),
        Which::Report => liaison_interop::schema::report_schema(),
    };
    crate::outln!("{}", serde_json::to_string_pretty(&schema)?)?;
    Ok(ExitCode::SUCCESS)
}
