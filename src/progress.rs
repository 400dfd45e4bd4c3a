//! What the user sees while a run goes: a progress bar on standard error
//! (documents, MB, MB/s, ETA) when it is a terminal, and one line per
//! warning or error, printed so as not to tear the bar.

use std::io::Write;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::error::InputError;

/// The diagnostics stream and, on a terminal, the progress bar.
pub struct Reporter<'a> {
    diag: &'a mut dyn Write,
    bar: Option<ProgressBar>,
}

impl<'a> Reporter<'a> {
    /// A reporter writing to `diag`, with a bar when `progress` is set;
    /// `total` is the inputs' stored size, when known.
    pub fn new(diag: &'a mut dyn Write, progress: bool, total: Option<u64>) -> Reporter<'a> {
        let bar = progress.then(|| {
            let target = ProgressDrawTarget::stderr_with_hz(4);
            let (bar, template) = match total {
                Some(t) => (
                    ProgressBar::with_draw_target(Some(t), target),
                    "{elapsed_precise} [{wide_bar}] {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} ETA {eta} {msg}",
                ),
                None => (
                    ProgressBar::with_draw_target(None, target),
                    "{spinner} {elapsed_precise} {decimal_bytes} {decimal_bytes_per_sec} {msg}",
                ),
            };
            bar.set_style(ProgressStyle::with_template(template).expect("a valid template").progress_chars("=> "));
            bar
        });
        Reporter { diag, bar }
    }

    /// Show the input bytes (as stored) and the documents done.
    pub fn progress(&self, stored_bytes: u64, documents: u64) {
        if let Some(b) = &self.bar {
            b.set_position(stored_bytes);
            b.set_message(format!("{documents} docs"));
        }
    }

    fn line(&mut self, text: &str) {
        let diag = &mut *self.diag;
        match &self.bar {
            Some(b) => b.suspend(|| {
                let _ = writeln!(diag, "{text}");
            }),
            None => {
                let _ = writeln!(diag, "{text}");
            }
        }
    }

    pub fn warn(&mut self, name: &str, what: &str) {
        self.line(&format!("langsift: warning: {name}: {what}"));
    }

    pub fn error(&mut self, e: &InputError) {
        self.line(&format!("langsift: error: {e}"));
    }

    /// Remove the bar.
    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
