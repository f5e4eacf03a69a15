//! How `liaison check` scales: a synthetic national model of 10,000 jurisdictions (the size of
//! the United States: ~10k local offices, 40k contacts, ~1M matrix cells), measured in one run
//! as parse only and parse + analysis, beside the floor of reading the files.
//!
//! Every run is a fresh process, so its peak memory is its own. Run with
//! `cargo bench -p liaison --bench check_scale`; `LIAISON_BENCH_JURISDICTIONS` and
//! `LIAISON_BENCH_RUNS` change the size and the number of runs.

use liaison_domain::analysis::{self, AnalysisOptions};
use liaison_domain::synthetic::national_model;
use liaison_interop::model_file::{LoadOptions, load_model, read_sources, write_directory};
use liaison_interop::reference::reference_models;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const TARGET_RATIO: f64 = 2.0;
const TARGET_SECONDS: f64 = 3.0;
const TARGET_PEAK_MIB: f64 = 1024.0;

#[derive(Clone, Copy)]
enum Phase {
    Read,
    Parse,
    Check,
}

impl Phase {
    fn name(self) -> &'static str {
        match self {
            Phase::Read => "read",
            Phase::Parse => "parse",
            Phase::Check => "check",
        }
    }

    fn from_name(name: &str) -> Option<Phase> {
        [Phase::Read, Phase::Parse, Phase::Check]
            .into_iter()
            .find(|p| p.name() == name)
    }
}

/// The day the model is generated and analysed as of: fixed, so that every run does the same
/// work whatever the date.
fn today() -> time::Date {
    time::macros::date!(2026 - 11 - 25)
}

/// The work of one run, in this process; returns the seconds it took.
fn run_phase(phase: Phase, dir: &Path) -> Result<f64, String> {
    let options = LoadOptions::default();
    let start = Instant::now();
    match phase {
        Phase::Read => {
            let sources = read_sources(dir, &options).map_err(|e| e.to_string())?;
            std::hint::black_box(sources.texts.len());
        }
        Phase::Parse => {
            let model = load_model(dir, &options).map_err(|e| e.to_string())?;
            std::hint::black_box(model.organisations.len());
        }
        Phase::Check => {
            let model = load_model(dir, &options).map_err(|e| e.to_string())?;
            let mut analysis_options = AnalysisOptions::new(today());
            let references = reference_models().map_err(|(code, e)| format!("{code}: {e}"))?;
            analysis_options.references = references
                .iter()
                .map(|m| analysis::profile(m, today()))
                .collect();
            let result = analysis::analyse(&model, &analysis_options);
            std::hint::black_box(result.findings.len());
        }
    }
    Ok(start.elapsed().as_secs_f64())
}

/// Peak resident memory of this process, in MiB (Linux).
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

struct Sample {
    seconds: f64,
    peak_mib: f64,
}

fn measure(phase: Phase, dir: &Path) -> Result<Sample, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let output = Command::new(exe)
        .args(["--child", phase.name()])
        .arg(dir)
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let mut fields = text.split_whitespace().map(|f| f.parse::<f64>());
    match (fields.next(), fields.next()) {
        (Some(Ok(seconds)), Some(Ok(peak_mib))) => Ok(Sample { seconds, peak_mib }),
        _ => Err(format!("unexpected child output: {text}")),
    }
}

fn stats(samples: &[Sample]) -> (f64, f64, f64, f64) {
    let mut seconds: Vec<f64> = samples.iter().map(|s| s.seconds).collect();
    seconds.sort_by(f64::total_cmp);
    let median = seconds[seconds.len() / 2];
    let peak = samples.iter().map(|s| s.peak_mib).fold(0.0, f64::max);
    (seconds[0], median, seconds[seconds.len() - 1], peak)
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    if let Some(position) = args.iter().position(|a| a == "--child") {
        let phase = args
            .get(position + 1)
            .and_then(|p| Phase::from_name(p))
            .ok_or("--child needs a phase")?;
        let dir = args.get(position + 2).ok_or("--child needs a directory")?;
        let seconds = run_phase(phase, Path::new(dir))?;
        println!("{seconds} {}", peak_mib());
        return Ok(());
    }

    let jurisdictions: usize = std::env::var("LIAISON_BENCH_JURISDICTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let runs: usize = std::env::var("LIAISON_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5)
        .max(1);
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let model = national_model(jurisdictions, 2019, today());
    let files = write_directory(&model, dir.path(), 2_000).map_err(|e| e.to_string())?;
    let bytes: u64 = walk_size(dir.path());
    let cells = analysis::analyse(&model, &AnalysisOptions::new(today()))
        .summary
        .matrix_cells;
    drop(model);

    println!(
        "check_scale: synthetic national model of {jurisdictions} jurisdictions, {:.1} MB in {files} files, {cells} matrix cells; {runs} runs each, every run a fresh process",
        bytes as f64 / 1e6
    );
    println!(
        "{:<22} {:>9} {:>9} {:>9} {:>11}",
        "", "min s", "median s", "max s", "peak MiB"
    );
    let mut medians = Vec::new();
    for phase in [Phase::Read, Phase::Parse, Phase::Check] {
        let samples = (0..runs)
            .map(|_| measure(phase, dir.path()))
            .collect::<Result<Vec<_>, _>>()?;
        let (min, median, max, peak) = stats(&samples);
        let label = match phase {
            Phase::Read => "read files (floor)",
            Phase::Parse => "parse only",
            Phase::Check => "parse + analysis",
        };
        println!("{label:<22} {min:>9.3} {median:>9.3} {max:>9.3} {peak:>11.0}");
        medians.push((median, peak));
    }
    let (parse, _) = medians[1];
    let (check, check_peak) = medians[2];
    let verdict = |ok: bool| if ok { "met" } else { "NOT met" };
    let ratio = check / parse;
    println!(
        "ratio (parse + analysis) / parse, medians: {ratio:.2}  (target <= {TARGET_RATIO}: {})",
        verdict(ratio <= TARGET_RATIO)
    );
    println!(
        "parse + analysis, median: {check:.3} s  (target < {TARGET_SECONDS} s: {})",
        verdict(check < TARGET_SECONDS)
    );
    println!(
        "peak memory of parse + analysis: {check_peak:.0} MiB  (target < {TARGET_PEAK_MIB:.0} MiB: {})",
        verdict(check_peak < TARGET_PEAK_MIB)
    );
    Ok(())
}

fn walk_size(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| {
            let path = e.path();
            if path.is_dir() {
                walk_size(&path)
            } else {
                e.metadata().map_or(0, |m| m.len())
            }
        })
        .sum()
}
