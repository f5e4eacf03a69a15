//! The `liaison` command: one binary for every task. It parses arguments and calls the
//! libraries; the work itself lives in the crates below.

// Commands print through `output`, which ends quietly when the reader closes the pipe.
#![warn(clippy::print_stdout)]

mod catalogue;
mod check;
mod generate;
mod output;
mod platform;
mod schema;
mod settings;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "liaison",
    version,
    about = "Interagency collaboration on election cybersecurity",
    long_about = "Liaison keeps a model of who does what in the cybersecurity of an election \
                  (agencies, contacts, forums, agreements, responsibilities) and finds where the \
                  collaboration has holes."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate and analyse a model; print the findings.
    Check(check::CheckArgs),
    /// Validate a model without analysing it.
    Validate(check::ValidateArgs),
    /// Compare two models, such as two election cycles: what changed and how the analysis moved.
    Diff(check::DiffArgs),
    /// Print the JSON Schema of model files (or of the JSON report).
    Schema(schema::SchemaArgs),
    /// List the catalogue: phases, asset kinds, threat kinds and the other vocabularies.
    Catalogue(catalogue::CatalogueArgs),
    /// Write a synthetic national model of any size, for trials and benchmarks.
    Generate(generate::GenerateArgs),
    /// Run the platform: the web interface and the API.
    Serve(platform::ServeArgs),
    /// Replace the platform's shared model with a model file or directory.
    Import(platform::ImportArgs),
    /// Check the audit chain.
    #[command(subcommand)]
    Audit(platform::AuditCommand),
    /// Administration from the command line.
    #[command(subcommand)]
    Admin(platform::AdminCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Check(args) => check::run_check(&args),
        Command::Validate(args) => check::run_validate(&args),
        Command::Diff(args) => check::run_diff(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Catalogue(args) => catalogue::run(&args),
        Command::Generate(args) => generate::run(&args),
        Command::Serve(args) => platform::serve(&args),
        Command::Import(args) => platform::import(&args),
        Command::Audit(command) => platform::audit(&command),
        Command::Admin(command) => platform::admin(&command),
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            anstream::eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
