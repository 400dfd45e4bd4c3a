//! Typed errors of the library: what went wrong with one input (reported,
//! counted, and passed over by a batch) and what went wrong with the output
//! (which ends the run).

use std::io;
use std::path::PathBuf;

use crate::decode::DecodeError;

/// A problem with one input; the run goes on past it.
#[derive(Debug, thiserror::Error)]
#[error("{input}: {kind}")]
pub struct InputError {
    /// The input as the user named it (`-` for standard input).
    pub input: String,
    pub kind: InputErrorKind,
}

/// What was wrong with an input.
#[derive(Debug, thiserror::Error)]
pub enum InputErrorKind {
    #[error("no such file or directory")]
    NotFound,
    #[error("permission denied")]
    PermissionDenied,
    #[error("not a regular file or directory")]
    NotAFile,
    #[error("cannot read: {0}")]
    Io(io::Error),
    #[error("{0}")]
    Decode(#[from] DecodeError),
    #[error("cannot walk directory: {0}")]
    Walk(String),
    /// One line of a JSONL input is not a document; the lines after it are
    /// still read.
    #[error("line {line}: {problem}")]
    BadLine { line: u64, problem: String },
    /// With `--output-dir`, the input's output would be an earlier input's.
    #[error("its output {0} is also an earlier input's; not processed")]
    OutputClash(PathBuf),
    /// A document larger than `--max-doc-size`.
    #[error("document of more than {limit} bytes (the --max-doc-size limit); skipped")]
    DocTooLarge { limit: usize },
    /// A compressed input that expands past `--max-decompressed-size`.
    #[error("decompresses to more than {limit} bytes (the --max-decompressed-size limit); the rest of the input is not read")]
    DecompressedTooLarge { limit: u64 },
}

/// The I/O error a size-limited reader returns past its limit; recognised by
/// [`InputErrorKind::from_io`].
#[derive(Debug, thiserror::Error)]
#[error("decompressed size limit of {0} bytes exceeded")]
pub struct DecompressedLimit(pub u64);

impl InputErrorKind {
    /// A short name for the kind of problem, as in `--errors` records.
    pub fn name(&self) -> &'static str {
        match self {
            InputErrorKind::NotFound => "not_found",
            InputErrorKind::PermissionDenied => "permission_denied",
            InputErrorKind::NotAFile => "not_a_file",
            InputErrorKind::Io(_) => "io",
            InputErrorKind::Decode(crate::decode::DecodeError::Empty) => "empty",
            InputErrorKind::Decode(crate::decode::DecodeError::Binary(_)) => "binary",
            InputErrorKind::Walk(_) => "walk",
            InputErrorKind::BadLine { .. } => "bad_line",
            InputErrorKind::OutputClash(_) => "output_clash",
            InputErrorKind::DocTooLarge { .. } => "doc_too_large",
            InputErrorKind::DecompressedTooLarge { .. } => "decompressed_too_large",
        }
    }

    /// The line of a JSONL input the problem is on, if it is one line's.
    pub fn line(&self) -> Option<u64> {
        match self {
            InputErrorKind::BadLine { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// Classify an I/O error from opening or reading an input.
    pub fn from_io(e: io::Error) -> InputErrorKind {
        if let Some(DecompressedLimit(limit)) = e.get_ref().and_then(|i| i.downcast_ref()) {
            return InputErrorKind::DecompressedTooLarge { limit: *limit };
        }
        match e.kind() {
            io::ErrorKind::NotFound => InputErrorKind::NotFound,
            io::ErrorKind::PermissionDenied => InputErrorKind::PermissionDenied,
            _ => InputErrorKind::Io(e),
        }
    }
}

/// A problem with the output; the run stops.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The reader of standard output went away (`langsift ... | head`).
    #[error("broken pipe")]
    BrokenPipe,
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

impl OutputError {
    /// Wrap an I/O error on `path`, recognising a closed pipe.
    pub fn io(path: impl Into<PathBuf>, source: io::Error) -> OutputError {
        if source.kind() == io::ErrorKind::BrokenPipe {
            OutputError::BrokenPipe
        } else {
            OutputError::Io {
                path: path.into(),
                source,
            }
        }
    }
}
