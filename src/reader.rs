//! The run's reading side: the selected inputs, opened one after another
//! and read lazily into a sequence of [`Unit`]s (an input begins, a
//! document, a failure, an input ends), handed out in bounded chunks.
//! Inputs whose output already exists are skipped here (`--skip-existing`).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::config::Config;
use crate::document::{Document, Documents};
use crate::error::{InputError, InputErrorKind};
use crate::input::Source;
use crate::output::Target;
use crate::run::output_name;

/// One step of reading.
pub enum Unit {
    /// An input was opened.
    Begin(Arc<Source>),
    /// A document of the input.
    Doc { source: Arc<Source>, doc: Document },
    /// An input that could not be opened (`whole_input`), a bad line, or an
    /// input that broke off while being read.
    Failed {
        error: InputError,
        whole_input: bool,
    },
    /// An input was read to its end, or broke off (`failed`).
    End { source: Arc<Source>, failed: bool },
}

/// Reads the inputs into units.
pub struct UnitReader<'c> {
    sources: std::vec::IntoIter<Source>,
    config: &'c Config,
    current: Option<(Arc<Source>, Documents)>,
    current_failed: bool,
    /// Stored (compressed) bytes read, skipped inputs included.
    stored: Arc<AtomicU64>,
    documents: u64,
    skipped: u64,
}

impl<'c> UnitReader<'c> {
    pub fn new(sources: Vec<Source>, config: &'c Config) -> UnitReader<'c> {
        UnitReader {
            sources: sources.into_iter(),
            config,
            current: None,
            current_failed: false,
            stored: Arc::new(AtomicU64::new(0)),
            documents: 0,
            skipped: 0,
        }
    }

    /// Documents read so far, failed ones (and inputs that could not be
    /// opened) included.
    pub fn documents_read(&self) -> u64 {
        self.documents
    }

    /// Bytes of the inputs as stored (compressed) read so far, for progress.
    pub fn stored_bytes_read(&self) -> u64 {
        self.stored.load(Ordering::Relaxed)
    }

    /// Inputs skipped because their output exists.
    pub fn skipped(&self) -> u64 {
        self.skipped
    }

    /// The next units, up to `max_docs` documents or about `max_bytes` bytes
    /// of them (and at most `4 * max_docs` units, for inputs with no
    /// documents); empty at the end.
    pub fn next_chunk(&mut self, max_docs: usize, max_bytes: usize) -> Vec<Unit> {
        let mut out = Vec::new();
        let (mut docs, mut bytes) = (0, 0);
        while docs < max_docs && bytes < max_bytes && out.len() < 4 * max_docs {
            let Some(unit) = self.next_unit() else { break };
            if let Unit::Doc { doc, .. } = &unit {
                docs += 1;
                bytes += doc.content.len();
            }
            out.push(unit);
        }
        out
    }

    fn next_unit(&mut self) -> Option<Unit> {
        loop {
            if let Some((source, docs)) = &mut self.current {
                match docs.next() {
                    Some(Ok(doc)) => {
                        self.documents += 1;
                        return Some(Unit::Doc {
                            source: source.clone(),
                            doc,
                        });
                    }
                    Some(Err(error)) => {
                        self.documents += 1;
                        if !matches!(error.kind, InputErrorKind::BadLine { .. }) {
                            self.current_failed = true;
                        }
                        return Some(Unit::Failed {
                            error,
                            whole_input: false,
                        });
                    }
                    None => {
                        let (source, _) = self.current.take().expect("a current input");
                        let failed = std::mem::take(&mut self.current_failed);
                        return Some(Unit::End { source, failed });
                    }
                }
            }
            let source = self.sources.next()?;
            if self.config.skip_existing {
                if let Target::Dir(dir) = &self.config.target {
                    if dir.join(output_name(&source, self.config)).exists() {
                        self.skipped += 1;
                        self.stored
                            .fetch_add(source.stored_len().unwrap_or(0), Ordering::Relaxed);
                        continue;
                    }
                }
            }
            let stored = self.stored.clone();
            let tap = move |n: usize| {
                stored.fetch_add(n as u64, Ordering::Relaxed);
            };
            match source.open(tap, self.config.input.max_decompressed_bytes) {
                Err(error) => {
                    self.documents += 1;
                    return Some(Unit::Failed {
                        error,
                        whole_input: true,
                    });
                }
                Ok(reader) => {
                    let docs = Documents::new(&source, reader, &self.config.input);
                    let source = Arc::new(source);
                    self.current = Some((source.clone(), docs));
                    return Some(Unit::Begin(source));
                }
            }
        }
    }
}
