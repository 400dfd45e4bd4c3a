//! The `clean` run: every input through the pipeline, records to the
//! outputs, one message per problem on the diagnostics stream.
//!
//! A bad input (missing, unreadable, binary) is reported with its name and
//! counted, and the run goes on; a failed output (disk full, closed pipe)
//! ends the run with an [`OutputError`].

use std::io::Write;

use crate::config::Config;
use crate::error::{InputError, InputErrorKind, OutputError};
use crate::input::{expand, Source};
use crate::output::{DroppedSink, SegmentSink};
use crate::pipeline::Pipeline;

/// What a run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Documents read and processed (including empty ones).
    pub processed: usize,
    /// Inputs that could not be processed.
    pub failed: usize,
    /// Warnings given (empty document, nothing but boilerplate, malformed bytes).
    pub warnings: usize,
    /// Segments written.
    pub segments: usize,
}

impl Summary {
    /// Whether every input was processed.
    pub fn all_ok(&self) -> bool {
        self.failed == 0
    }
}

/// Run `config` with `pipeline`, writing problems to `diag`.
pub fn run(
    config: &Config,
    pipeline: &Pipeline,
    diag: &mut dyn Write,
) -> Result<Summary, OutputError> {
    let mut sink = SegmentSink::open(config.target.clone())?;
    let mut dropped = match &config.dropped {
        Some(p) => Some(DroppedSink::create(p)?),
        None => None,
    };
    let mut summary = Summary::default();
    for source in expand(&config.inputs) {
        let source = match source {
            Ok(s) => s,
            Err(e) => {
                report_failure(diag, &e, &mut summary);
                continue;
            }
        };
        let name = source.name();
        match process(pipeline, &source) {
            Ok(out) => {
                summary.processed += 1;
                if out.malformed > 0 {
                    warn(
                        diag,
                        &name,
                        &format!(
                            "{} malformed byte sequence(s) in {} replaced by U+FFFD",
                            out.malformed, out.encoding
                        ),
                        &mut summary,
                    );
                }
                if out.segments.is_empty() {
                    let why = if out.dropped.is_empty() {
                        "no text"
                    } else {
                        "nothing but boilerplate; no segments written"
                    };
                    warn(diag, &name, why, &mut summary);
                }
                sink.write_doc(&name, &out.segments)?;
                summary.segments += out.segments.len();
                if let Some(d) = dropped.as_mut() {
                    d.write_doc(&name, &out.dropped)?;
                }
            }
            Err(e)
                if matches!(
                    e.kind,
                    InputErrorKind::Decode(crate::decode::DecodeError::Empty)
                ) =>
            {
                summary.processed += 1;
                warn(
                    diag,
                    &name,
                    "empty input; no segments written",
                    &mut summary,
                );
            }
            Err(e) => report_failure(diag, &e, &mut summary),
        }
    }
    sink.finish()?;
    if let Some(d) = dropped.as_mut() {
        d.finish()?;
    }
    Ok(summary)
}

fn process(pipeline: &Pipeline, source: &Source) -> Result<crate::pipeline::Processed, InputError> {
    let bytes = source.read()?;
    pipeline.process_bytes(&bytes).map_err(|e| InputError {
        input: source.name(),
        kind: InputErrorKind::Decode(e),
    })
}

fn report_failure(diag: &mut dyn Write, e: &InputError, summary: &mut Summary) {
    summary.failed += 1;
    let _ = writeln!(diag, "langsift: error: {e}");
}

fn warn(diag: &mut dyn Write, name: &str, what: &str, summary: &mut Summary) {
    summary.warnings += 1;
    let _ = writeln!(diag, "langsift: warning: {name}: {what}");
}
