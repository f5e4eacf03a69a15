//! Every command ends quietly when its reader closes the pipe (`liaison … | head -3`): no panic,
//! no backtrace, no error, and the exit status it has when its whole output is read. The
//! commands are read from the binary's own help, so a new command cannot go untried.

use super::platform::get;
use super::{liaison_command, repository_root, stderr};
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The commands of `liaison` and of its command groups, from their help: `check`, `admin
/// token`, …
fn commands(prefix: &[&str]) -> Vec<Vec<String>> {
    let help = liaison_command()
        .args(prefix)
        .arg("--help")
        .output()
        .expect("liaison --help runs");
    let text = String::from_utf8_lossy(&help.stdout).into_owned();
    let mut found = Vec::new();
    let mut in_commands = false;
    for line in text.lines() {
        if line.starts_with("Commands:") {
            in_commands = true;
            continue;
        }
        if !line.starts_with("  ") {
            in_commands = false;
            continue;
        }
        let Some(name) = line.split_whitespace().next().filter(|_| in_commands) else {
            continue;
        };
        if name == "help" {
            continue;
        }
        let mut path: Vec<String> = prefix.iter().map(|p| (*p).to_owned()).collect();
        path.push(name.to_owned());
        let group: Vec<&str> = path.iter().map(String::as_str).collect();
        let inner = commands(&group);
        if inner.is_empty() {
            found.push(path);
        } else {
            found.extend(inner);
        }
    }
    found
}

/// Arguments that make each command print something; `dir` is the platform's data directory
/// and `out` a directory that does not exist yet.
fn invocation(command: &[String], dir: &Path, out: &Path) -> Option<Vec<String>> {
    let demoland = repository_root().join("examples/models/demoland");
    let demoland = demoland.to_string_lossy().into_owned();
    let dir = dir.to_string_lossy().into_owned();
    let out = out.to_string_lossy().into_owned();
    let args: Vec<&str> = match command.join(" ").as_str() {
        "check" => vec!["check", &demoland],
        "validate" => vec!["validate", &demoland],
        "diff" => vec!["diff", &demoland, &demoland],
        "schema" => vec!["schema"],
        "catalogue" => vec!["catalogue"],
        "generate" => vec!["generate", "--jurisdictions", "20", "--out", &out],
        "import" => vec!["import", &demoland, "--data-dir", &dir],
        "audit verify" => vec!["audit", "verify", "--data-dir", &dir],
        "admin token" => vec![
            "admin",
            "token",
            "--org",
            "cec",
            "--role",
            "reader",
            "--data-dir",
            &dir,
        ],
        "admin organisations" => vec!["admin", "organisations", "--data-dir", &dir],
        // A server outlives its output: tried on its own below.
        "serve" => return Some(Vec::new()),
        _ => return None,
    };
    Some(args.into_iter().map(str::to_owned).collect())
}

/// How a reader treats the command's output.
#[derive(Debug, Clone, Copy)]
enum Reader {
    /// Reads all of it.
    Whole,
    /// Has closed the pipe before the command writes anything.
    ClosedAtOnce,
    /// Reads the first line and closes the pipe, as `head -1` does.
    FirstLineOnly,
}

fn run(args: &[String], reader: Reader) -> Output {
    let mut command = liaison_command();
    command
        .args(args)
        .env("NO_COLOR", "1")
        .stderr(Stdio::piped());
    match reader {
        Reader::Whole => command.output().expect("liaison runs"),
        Reader::ClosedAtOnce => {
            let (read_end, write_end) = std::io::pipe().expect("a pipe");
            drop(read_end);
            let child = command
                .stdout(Stdio::from(write_end))
                .spawn()
                .expect("liaison runs");
            // The command's stdout is the only write end left: its first write finds the pipe
            // closed.
            drop(command);
            child.wait_with_output().expect("liaison ends")
        }
        Reader::FirstLineOnly => {
            let mut child = command
                .stdout(Stdio::piped())
                .spawn()
                .expect("liaison runs");
            let mut first = String::new();
            let stdout = child.stdout.take().expect("stdout");
            BufReader::new(stdout)
                .read_line(&mut first)
                .expect("a line");
            child.wait_with_output().expect("liaison ends")
        }
    }
}

#[test]
fn every_command_ends_quietly_when_its_reader_closes_the_pipe() {
    let all = commands(&[]);
    assert!(
        all.len() >= 10,
        "the commands are read from the help: {all:?}"
    );
    let dir = tempfile::tempdir().expect("a data directory");
    let data = dir.path().join("data");
    // The platform's database exists before the commands that read it run.
    let imported = run(
        &invocation(&["import".to_owned()], &data, Path::new("unused")).expect("import"),
        Reader::Whole,
    );
    assert!(imported.status.success(), "{}", stderr(&imported));

    let mut runs = 0;
    for command in &all {
        let name = command.join(" ");
        let mut expected = None;
        for reader in [Reader::Whole, Reader::ClosedAtOnce, Reader::FirstLineOnly] {
            runs += 1;
            let out = dir.path().join(format!("generated-{runs}"));
            let args = invocation(command, &data, &out)
                .unwrap_or_else(|| panic!("`liaison {name}` is new: say how to run it here"));
            if args.is_empty() {
                continue;
            }
            let output = run(&args, reader);
            let errors = stderr(&output);
            assert!(
                !errors.contains("panicked") && !errors.contains("Broken pipe"),
                "`liaison {name}` with a reader that {reader:?}:\n{errors}"
            );
            match reader {
                Reader::Whole => {
                    assert!(
                        !output.stdout.is_empty(),
                        "`liaison {name}` prints something"
                    );
                    expected = Some(output.status.code());
                }
                _ => assert_eq!(
                    Some(output.status.code()),
                    expected,
                    "`liaison {name}` ends with its usual status when the reader {reader:?}:\n{errors}"
                ),
            }
        }
    }
}

#[test]
fn a_server_whose_reader_went_away_keeps_serving() {
    let dir = tempfile::tempdir().expect("a data directory");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let (read_end, write_end) = std::io::pipe().expect("a pipe");
    drop(read_end);
    let mut command: Command = liaison_command();
    let mut server = command
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(dir.path())
        .env("LIAISON_LOG_FORMAT", "json")
        .stdout(Stdio::from(write_end))
        .stderr(Stdio::piped())
        .spawn()
        .expect("liaison serve starts");
    drop(command);
    // The wait is a bound for a slow machine, not a measure of speed.
    let started = Instant::now();
    let mut listening = false;
    while !listening
        && started.elapsed() < Duration::from_secs(60)
        && server.try_wait().ok().flatten().is_none()
    {
        listening = TcpStream::connect(("127.0.0.1", port)).is_ok();
        std::thread::sleep(Duration::from_millis(100));
    }
    let answer = listening.then(|| get(&format!("http://127.0.0.1:{port}"), "/healthz", None).0);
    let _ = server.kill();
    let output = server.wait_with_output().expect("the server ends");
    let errors = stderr(&output);
    assert_eq!(answer, Some(200), "the server stopped serving:\n{errors}");
    assert!(!errors.contains("panicked"), "{errors}");
}
