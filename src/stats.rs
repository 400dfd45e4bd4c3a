//! Accounting of a run: how many documents came in, went out and failed
//! (always `in = out + failed`), bytes, segments and characters per
//! language, drops per reason, encodings seen, time; written as one JSON
//! object by `--stats FILE`. Also the `--errors FILE` record, one per failed
//! input or line.
//!
//! It counts what [`crate::run`] tells it; it does no I/O but serialising.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::clean::Reason;
use crate::error::InputError;
use crate::lang::Lang;
use crate::pipeline::Processed;

/// What a run did.
#[derive(Debug, Default, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub documents: DocumentCounts,
    pub inputs: InputCounts,
    pub bytes: ByteCounts,
    /// Segments and characters (code points of the normalised text) per language.
    pub languages: BTreeMap<&'static str, TextCount>,
    /// Removed spans and their characters per reason.
    pub dropped: BTreeMap<&'static str, TextCount>,
    /// Text inputs per encoding they were decoded from (JSONL text is UTF-8).
    pub encodings: BTreeMap<&'static str, u64>,
    /// Warnings given (empty document, nothing but boilerplate, malformed bytes).
    pub warnings: u64,
    pub threads: usize,
    pub seconds: f64,
}

/// Documents: a text input is one, a JSONL line is one, and an input that
/// cannot be opened or read counts as one failed document.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentCounts {
    #[serde(rename = "in")]
    pub input: u64,
    /// Processed and written (including those with no text left).
    pub out: u64,
    /// Reported as errors.
    pub failed: u64,
    /// Written with no segment: empty or nothing but boilerplate.
    pub empty: u64,
}

/// Inputs (files and standard input).
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct InputCounts {
    /// Inputs of this run (of this shard, with `--shard`).
    pub total: u64,
    /// Read to the end (some of their lines may have failed).
    pub read: u64,
    /// Could not be opened, or broke off while being read.
    pub failed: u64,
    /// Left alone because their output exists (`--skip-existing`).
    pub skipped: u64,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct ByteCounts {
    /// Document bytes read, after decompression (text fields for JSONL).
    #[serde(rename = "in")]
    pub input: u64,
    /// Record bytes written, before compression.
    pub out: u64,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TextCount {
    pub count: u64,
    pub chars: u64,
}

impl Stats {
    /// Whether every input and document was processed.
    pub fn all_ok(&self) -> bool {
        self.documents.failed == 0 && self.inputs.failed == 0
    }

    /// Whether the accounting identity holds: in = out + failed.
    pub fn balanced(&self) -> bool {
        self.documents.input == self.documents.out + self.documents.failed
    }

    /// Add one document's tally.
    pub fn add(&mut self, t: &Tally) {
        self.documents.out += 1;
        self.bytes.input += t.bytes;
        if t.segments.is_empty() {
            self.documents.empty += 1;
        }
        for &(lang, n) in &t.segments {
            self.languages.entry(lang.code()).or_default().add(n);
        }
        for &(reason, n) in &t.dropped {
            self.dropped.entry(reason.name()).or_default().add(n);
        }
        if let Some(enc) = t.encoding {
            *self.encodings.entry(enc).or_default() += 1;
        }
    }
}

impl TextCount {
    fn add(&mut self, other: TextCount) {
        self.count += other.count;
        self.chars += other.chars;
    }
}

/// What one processed document adds to the stats; made on a worker thread,
/// its segments and drops summed per language and per reason there, so
/// that the thread that gathers the tallies looks up a few keys a document
/// rather than one a segment.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tally {
    pub bytes: u64,
    /// Segments and their characters per language, empty if none.
    pub segments: Vec<(Lang, TextCount)>,
    /// Removed spans and their characters per reason.
    pub dropped: Vec<(Reason, TextCount)>,
    /// The encoding, for text inputs.
    pub encoding: Option<&'static str>,
}

impl Tally {
    pub fn of(p: &Processed, bytes: usize, encoding: Option<&'static str>) -> Tally {
        Tally {
            bytes: bytes as u64,
            segments: sum_by(p.segments.iter().map(|s| (s.lang, s.text.as_str()))),
            dropped: sum_by(p.dropped.iter().map(|d| (d.reason, d.text.as_str()))),
            encoding,
        }
    }
}

/// The texts' count and characters per key, keys in order of first
/// appearance (a document has a few languages and reasons: a list is
/// searched faster than a map).
fn sum_by<'a, K: PartialEq>(items: impl Iterator<Item = (K, &'a str)>) -> Vec<(K, TextCount)> {
    let mut out: Vec<(K, TextCount)> = Vec::new();
    for (key, text) in items {
        let n = TextCount {
            count: 1,
            chars: text.chars().count() as u64,
        };
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, c)) => c.add(n),
            None => out.push((key, n)),
        }
    }
    out
}

/// One `--errors` record.
#[derive(Debug, Serialize)]
pub struct ErrorRecord<'a> {
    pub input: &'a str,
    pub line: Option<u64>,
    pub error: &'static str,
    pub message: String,
}

impl<'a> ErrorRecord<'a> {
    pub fn of(e: &'a InputError) -> ErrorRecord<'a> {
        ErrorRecord {
            input: &e.input,
            line: e.kind.line(),
            error: e.kind.name(),
            message: e.kind.to_string(),
        }
    }
}
