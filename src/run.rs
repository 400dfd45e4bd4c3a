//! The `clean` run: every input's documents through the pipeline, records
//! to the outputs, one message per problem on the diagnostics stream, and
//! the accounting ([`Stats`]).
//!
//! Documents are read in bounded chunks (at most [`CHUNK_DOCS`] documents
//! or [`CHUNK_BYTES`] bytes); each chunk is processed in parallel with rayon
//! while this thread reads the next one and writes the one before it, in
//! input order, so memory does not grow with the input (two chunks at most)
//! and the output is the same whatever the number of threads. A bad input
//! or line is reported with its name (and line), counted, and passed over; a
//! failed output (disk full, closed pipe) ends the run with an
//! [`OutputError`].

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::Instant;

use rayon::prelude::*;

use crate::config::{Config, OutputFormat};
use crate::decode::DecodeError;
use crate::document::{Content, Document};
use crate::error::{InputError, InputErrorKind, OutputError};
use crate::input::{expand, Source};
use crate::output::{render, RecordSink, Rendered, Stream, Target};
use crate::pipeline::Pipeline;
use crate::progress::Reporter;
use crate::reader::{Unit, UnitReader};
use crate::stats::{ErrorRecord, Stats, Tally};

// The pipeline is shared by every worker thread.
const _: fn() = || {
    fn shared<T: Send + Sync>() {}
    shared::<Pipeline>();
};

/// At most this many documents are held in memory at once.
pub const CHUNK_DOCS: usize = 2048;
/// At most about this many document bytes are held in memory at once.
pub const CHUNK_BYTES: usize = 8 << 20;

/// Run `config` with `pipeline`, writing problems to `diag`.
pub fn run(
    config: &Config,
    pipeline: &Pipeline,
    diag: &mut dyn Write,
) -> Result<Stats, OutputError> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads.unwrap_or(0))
        .build()
        .expect("a thread pool can be built");
    let mut stats = Stats {
        threads: pool.current_num_threads(),
        ..Stats::default()
    };
    let (sources, early_failures) = select_sources(config);
    stats.inputs.total = (sources.len() + early_failures.len()) as u64;
    let total_bytes = sources.iter().map(|s| s.stored_len()).sum::<Option<u64>>();
    let mut out = Outputs::open(config)?;
    let mut report = Reporter::new(diag, config.progress, total_bytes);
    for e in &early_failures {
        stats.inputs.failed += 1;
        out.fail(e, &mut stats, &mut report)?;
    }

    let mut reader = UnitReader::new(sources, config);
    let with_dropped = out.dropped.is_some();
    // Chunk k is processed on the pool while this thread reads chunk k + 1
    // and then writes chunk k - 1's records, so that reading and writing
    // do not leave the workers idle: at most two chunks are held at once.
    pool.in_place_scope(|scope| -> Result<(), OutputError> {
        let mut in_flight: Option<InFlight> = None;
        loop {
            let chunk = reader.next_chunk(CHUNK_DOCS, CHUNK_BYTES);
            let read_so_far = reader.stored_bytes_read();
            let next = (!chunk.is_empty()).then(|| {
                let (tx, rx) = mpsc::sync_channel(1);
                scope.spawn(move |_| {
                    let results = process_chunk(pipeline, config, &chunk, with_dropped);
                    // The receiver is gone only if the run already failed.
                    let _ = tx.send((chunk, results));
                });
                InFlight {
                    done: rx,
                    read: read_so_far,
                }
            });
            if let Some(InFlight { done, read }) = in_flight.take() {
                let (chunk, results) = done.recv().expect("a chunk's job sends its results");
                for (unit, result) in chunk.into_iter().zip(results) {
                    out.handle(unit, result, config, &mut stats, &mut report)?;
                }
                report.progress(read, stats.documents.out + stats.documents.failed);
            }
            match next {
                Some(job) => in_flight = Some(job),
                None => return Ok(()),
            }
        }
    })?;
    stats.documents.input = early_failures.len() as u64 + reader.documents_read();
    stats.inputs.skipped = reader.skipped();
    stats.bytes.out = out.finish()?;
    report.finish();
    stats.seconds = started.elapsed().as_secs_f64();
    debug_assert!(stats.balanced(), "{stats:?}");
    if let Some(path) = &config.stats {
        let mut s = Stream::create_complete(path)?;
        let mut json = serde_json::to_vec_pretty(&stats).expect("stats serialise");
        json.push(b'\n');
        s.write(&json)?;
        s.finish()?;
    }
    Ok(stats)
}

/// The inputs of this run: expanded, in order, of this shard. Inputs that
/// cannot even be listed come back as failures (in the shard their name
/// falls in), and so do inputs whose `--output-dir` output would be an
/// earlier input's.
fn select_sources(config: &Config) -> (Vec<Source>, Vec<InputError>) {
    let in_shard = |rel: &Path| config.shard.is_none_or(|sh| sh.contains(rel));
    let mut sources = Vec::new();
    let mut failures = Vec::new();
    let mut outputs = HashSet::new();
    for s in expand(&config.inputs) {
        match s {
            Ok(s) if in_shard(s.rel()) => {
                if let Target::Dir(dir) = &config.target {
                    let out = dir.join(output_name(&s, config));
                    if !outputs.insert(out.clone()) {
                        failures.push(InputError {
                            input: s.name(),
                            kind: InputErrorKind::OutputClash(out),
                        });
                        continue;
                    }
                }
                sources.push(s)
            }
            Err(e) if in_shard(Path::new(&e.input)) => failures.push(e),
            _ => {}
        }
    }
    (sources, failures)
}

/// Each unit's result, in order: `None` for the units that are not
/// documents.
type Results = Vec<Option<Result<Done, InputError>>>;

/// A chunk on the pool: its units and their results come back on `done`;
/// `read` is how many stored bytes had been read when it was.
struct InFlight {
    done: Receiver<(Vec<Unit>, Results)>,
    read: u64,
}

/// Every document of a chunk through the pipeline, in parallel on the
/// current pool; the results come back in input order.
fn process_chunk(
    pipeline: &Pipeline,
    config: &Config,
    chunk: &[Unit],
    with_dropped: bool,
) -> Results {
    chunk
        .par_iter()
        .map(|unit| match unit {
            Unit::Doc { source, doc } => {
                Some(process(pipeline, config.format, source, doc, with_dropped))
            }
            _ => None,
        })
        .collect()
}

/// One document's result, made on a worker thread.
pub(crate) struct Done {
    rendered: Rendered,
    tally: Tally,
    /// Warnings for a text input (v1 behaviour); JSONL documents only count.
    warnings: Vec<String>,
}

fn process(
    pipeline: &Pipeline,
    format: OutputFormat,
    source: &Source,
    doc: &Document,
    with_dropped: bool,
) -> Result<Done, InputError> {
    let mut warnings = Vec::new();
    let (processed, encoding) = match &doc.content {
        Content::Text(t) => (pipeline.process_text(t), None),
        Content::Bytes(b) => match pipeline.process_bytes(b) {
            Ok(p) => {
                if p.malformed > 0 {
                    warnings.push(format!(
                        "{} malformed byte sequence(s) in {} replaced by U+FFFD",
                        p.malformed, p.encoding
                    ));
                }
                if p.segments.is_empty() {
                    warnings.push(
                        if p.dropped.is_empty() {
                            "no text"
                        } else {
                            "nothing but boilerplate; no segments written"
                        }
                        .to_string(),
                    );
                }
                let enc = p.encoding;
                (p, Some(enc))
            }
            Err(DecodeError::Empty) => {
                warnings.push("empty input; no segments written".to_string());
                (pipeline.process_text(""), None)
            }
            Err(e) => {
                return Err(InputError {
                    input: source.name(),
                    kind: InputErrorKind::Decode(e),
                })
            }
        },
    };
    Ok(Done {
        rendered: render(format, &doc.id, doc.meta.as_ref(), &processed, with_dropped),
        tally: Tally::of(&processed, doc.content.len(), encoding),
        warnings,
    })
}

/// Every output stream of the run.
struct Outputs {
    /// The records' sink, or `None` with `--output-dir` between inputs.
    records: Option<RecordSink>,
    /// With `--output-dir`: the directory, and the current input's
    /// temporary and final paths.
    dir: Option<(PathBuf, PathBuf, PathBuf)>,
    dropped: Option<Stream>,
    errors: Option<Stream>,
    /// Bytes written by finished per-input sinks.
    written: u64,
}

impl Outputs {
    fn open(config: &Config) -> Result<Outputs, OutputError> {
        let (records, dir) = match &config.target {
            Target::Dir(d) => {
                std::fs::create_dir_all(d).map_err(|e| OutputError::io(d, e))?;
                (None, Some((d.clone(), PathBuf::new(), PathBuf::new())))
            }
            t => (Some(RecordSink::open(t)?), None),
        };
        let create =
            |p: &Option<PathBuf>| p.as_ref().map(|p| Stream::create_complete(p)).transpose();
        Ok(Outputs {
            records,
            dir,
            dropped: create(&config.dropped)?,
            errors: create(&config.errors)?,
            written: 0,
        })
    }

    fn handle(
        &mut self,
        unit: Unit,
        result: Option<Result<Done, InputError>>,
        config: &Config,
        stats: &mut Stats,
        report: &mut Reporter,
    ) -> Result<(), OutputError> {
        match unit {
            Unit::Begin(source) => {
                if let Some((dir, tmp, fin)) = &mut self.dir {
                    *fin = dir.join(output_name(&source, config));
                    *tmp = partial_name(fin);
                    if let Some(parent) = fin.parent() {
                        std::fs::create_dir_all(parent).map_err(|e| OutputError::io(parent, e))?;
                    }
                    self.records = Some(RecordSink::One(Stream::create(tmp, fin)?));
                }
            }
            Unit::End { failed, .. } => {
                if failed {
                    stats.inputs.failed += 1;
                } else {
                    stats.inputs.read += 1;
                }
                if let Some((_, tmp, fin)) = &self.dir {
                    if let Some(sink) = self.records.take() {
                        self.written += sink.written();
                        sink.finish()?;
                        std::fs::rename(tmp, fin).map_err(|e| OutputError::io(fin, e))?;
                    }
                }
            }
            Unit::Failed { error, whole_input } => {
                if whole_input {
                    stats.inputs.failed += 1;
                }
                self.fail(&error, stats, report)?
            }
            Unit::Doc { source, .. } => match result.expect("documents have results") {
                Ok(done) => {
                    for w in &done.warnings {
                        stats.warnings += 1;
                        report.warn(&source.name(), w);
                    }
                    stats.add(&done.tally);
                    if let Some(sink) = &mut self.records {
                        sink.write(&done.rendered)?;
                    }
                    if let Some(d) = &mut self.dropped {
                        d.write(&done.rendered.dropped)?;
                    }
                }
                Err(e) => self.fail(&e, stats, report)?,
            },
        }
        Ok(())
    }

    /// Report, record and count a failed input or line.
    fn fail(
        &mut self,
        e: &InputError,
        stats: &mut Stats,
        report: &mut Reporter,
    ) -> Result<(), OutputError> {
        stats.documents.failed += 1;
        report.error(e);
        if let Some(w) = &mut self.errors {
            let mut line = serde_json::to_vec(&ErrorRecord::of(e)).expect("records serialise");
            line.push(b'\n');
            w.write(&line)?;
        }
        Ok(())
    }

    /// Finish every stream; returns the record bytes written.
    fn finish(mut self) -> Result<u64, OutputError> {
        if let Some(sink) = self.records.take() {
            self.written += sink.written();
            sink.finish()?;
        }
        for s in [self.dropped.take(), self.errors.take()]
            .into_iter()
            .flatten()
        {
            s.finish()?;
        }
        Ok(self.written)
    }
}

/// The output path below `--output-dir` for `source`: its path below its
/// INPUT argument, with `.jsonl` added to a text input's name.
///
/// Only the normal components of the path are kept (no root, no `..`, no
/// `.`), so an output can never land outside `--output-dir`, whatever the
/// input is called.
pub fn output_name(source: &Source, config: &Config) -> PathBuf {
    let rel = contained(source.rel());
    if source.is_jsonl(config.input.format) {
        rel
    } else {
        let mut name = rel.into_os_string();
        name.push(".jsonl");
        PathBuf::from(name)
    }
}

/// `path` reduced to its normal components; `input` when none is left.
fn contained(path: &Path) -> PathBuf {
    let kept: PathBuf = path
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(part) => Some(part),
            _ => None,
        })
        .collect();
    if kept.as_os_str().is_empty() {
        PathBuf::from("input")
    } else {
        kept
    }
}

/// Where an output is written until it is complete: `.NAME.partial` beside it.
fn partial_name(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.partial"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_never_leave_the_output_dir() {
        let cases = [
            ("../../etc/passwd", "etc/passwd"),
            ("/abs/path/x.txt", "abs/path/x.txt"),
            ("a/./b/../c.txt", "a/b/c.txt"),
            ("..", "input"),
            ("/", "input"),
        ];
        for (rel, want) in cases {
            assert_eq!(contained(Path::new(rel)), PathBuf::from(want), "{rel}");
        }
    }
}
