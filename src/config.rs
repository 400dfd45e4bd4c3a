//! The run's configuration, resolved once from the command line (or built
//! by a library user): what to read and how, where to write and in which
//! shape, how many threads, what to account, and the pipeline's own
//! settings. Stages are built from it and never see flags.

use std::path::PathBuf;

use crate::output::Target;
use crate::pipeline::PipelineConfig;

/// Everything a `clean` run needs.
#[derive(Debug, Clone)]
pub struct Config {
    /// INPUT arguments: files, directories, `-`; empty means standard input.
    pub inputs: Vec<PathBuf>,
    /// How inputs are read.
    pub input: InputConfig,
    /// Where records go.
    pub target: Target,
    /// One record per segment or one per document.
    pub format: OutputFormat,
    /// Where dropped-span records go, if anywhere.
    pub dropped: Option<PathBuf>,
    /// With [`Target::Dir`]: leave inputs whose output already exists.
    pub skip_existing: bool,
    /// Process only this shard of the inputs.
    pub shard: Option<Shard>,
    /// Worker threads; `None` means one per core.
    pub threads: Option<usize>,
    /// Write the run's JSON summary here.
    pub stats: Option<PathBuf>,
    /// Write one JSONL record per failed input or line here.
    pub errors: Option<PathBuf>,
    /// Draw a progress bar on standard error.
    pub progress: bool,
    pub pipeline: PipelineConfig,
}

impl Config {
    /// A configuration with every batch setting at its default: inputs read
    /// by extension, segment records to standard output, no accounting files.
    pub fn new(inputs: Vec<PathBuf>, pipeline: PipelineConfig) -> Config {
        Config {
            inputs,
            input: InputConfig::default(),
            target: Target::Stdout,
            format: OutputFormat::Segments,
            dropped: None,
            skip_existing: false,
            shard: None,
            threads: None,
            stats: None,
            errors: None,
            progress: false,
            pipeline,
        }
    }
}

/// How inputs are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputConfig {
    pub format: InputFormat,
    /// The JSONL field holding a document's text.
    pub text_field: String,
    /// The JSONL field holding a document's id.
    pub id_field: String,
    /// The largest document accepted, in bytes (a text input's bytes, a
    /// JSONL line); a larger one is an error and is skipped.
    pub max_doc_bytes: usize,
    /// The most bytes one compressed input may expand to; past it the input
    /// ends with an error (a decompression bomb stops here).
    pub max_decompressed_bytes: u64,
}

/// Default [`InputConfig::max_doc_bytes`]: 256 MiB.
pub const DEFAULT_MAX_DOC_BYTES: usize = 256 << 20;
/// Default [`InputConfig::max_decompressed_bytes`]: 16 GiB.
pub const DEFAULT_MAX_DECOMPRESSED_BYTES: u64 = 16 << 30;

impl Default for InputConfig {
    fn default() -> Self {
        InputConfig {
            format: InputFormat::Auto,
            text_field: "text".to_string(),
            id_field: "id".to_string(),
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
            max_decompressed_bytes: DEFAULT_MAX_DECOMPRESSED_BYTES,
        }
    }
}

/// What an input holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// By extension: `.jsonl`, `.jsonl.gz`, `.jsonl.zst` (and `.ndjson`)
    /// are JSONL, anything else (and standard input) one text document.
    Auto,
    /// Each input is one document, in any encoding.
    Text,
    /// Each line is a JSON object, one document.
    Jsonl,
}

/// The shape of the output records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// One record per segment (the v1 record).
    Segments,
    /// One record per input document.
    Documents,
}

/// Shard `index` of `count` (from 0): the inputs whose path hashes to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl std::str::FromStr for Shard {
    type Err = String;

    /// Parse `I/N`, with `0 <= I < N`.
    ///
    /// ```
    /// use langsift::config::Shard;
    /// assert_eq!("1/4".parse::<Shard>(), Ok(Shard { index: 1, count: 4 }));
    /// assert!("4/4".parse::<Shard>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Shard, String> {
        let bad = || format!("{s:?}: expected I/N with 0 <= I < N, e.g. 0/4");
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u32 = i.trim().parse().map_err(|_| bad())?;
        let count: u32 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}
