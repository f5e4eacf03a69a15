//! Standard output of every command. A reader that stops reading early (`liaison catalogue |
//! head -3`) ends the output, not the command: once the pipe is closed, what is left to print
//! is dropped, and the command ends quietly with its usual exit status, as Unix tools do.
//! Every command prints through here (`clippy::print_stdout` keeps `println!` out).

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once the reader has closed standard output.
static CLOSED: AtomicBool = AtomicBool::new(false);

/// Writes `text` to standard output (colour stripped when it is not a terminal). A closed pipe
/// is not an error; any other failure to write is.
pub fn write(text: &str) -> io::Result<()> {
    if CLOSED.load(Ordering::Relaxed) {
        return Ok(());
    }
    let mut out = anstream::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {
            CLOSED.store(true, Ordering::Relaxed);
            Ok(())
        }
        other => other,
    }
}

/// `println!` for commands: a line on standard output, through [`write`].
#[macro_export]
macro_rules! outln {
    () => {
        $crate::output::write("\n")
    };
    ($($arg:tt)*) => {
        $crate::output::write(&format!("{}\n", format_args!($($arg)*)))
    };
}
