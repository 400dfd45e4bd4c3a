//! Command-line flags (clap derive) and their resolution, once, into a
//! validated [`langsift::Config`]. Nothing past this module reads a flag.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use langsift::clean::KeepSet;
use langsift::config::{InputConfig, InputFormat, OutputFormat, Shard};
use langsift::decode::encoding_for_label;
use langsift::normalize::Normalization;
use langsift::output::Target;
use langsift::{Config, Lang, PipelineConfig};

#[derive(Debug, Parser)]
#[command(
    name = "langsift",
    version,
    about = "Clean scraped multilingual news pages into per-language JSONL segments"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Decode, split by language, remove boilerplate, normalise, write JSONL.
    Clean(CleanArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NormArg {
    Nfc,
    Nfkc,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// By extension: `.jsonl`, `.ndjson` (also `.gz`, `.zst`) are JSONL, the rest text.
    Auto,
    /// Each input is one document.
    Text,
    /// Each line is a JSON object, one document.
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// One record per segment.
    Segments,
    /// One record per input document.
    Documents,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KeepArg {
    /// Keep related-article teasers, with role `related`.
    Related,
}

#[derive(Debug, clap::Args)]
pub struct CleanArgs {
    /// Files, directories (walked recursively in sorted order) or `-` for
    /// standard input (the default).
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Write segment records to FILE instead of standard output (`-`:
    /// standard output).
    #[arg(
        short = 'o',
        long = "output",
        value_name = "FILE",
        conflicts_with = "split_by_lang"
    )]
    pub output: Option<PathBuf>,

    /// Write DIR/<lang>.jsonl, one file per language, instead of one stream.
    #[arg(long, value_name = "DIR")]
    pub split_by_lang: Option<PathBuf>,

    /// Write every removed span as JSONL {doc, start, end, reason, rule, text} to FILE.
    #[arg(long, value_name = "FILE")]
    pub dropped: Option<PathBuf>,

    /// Decode every input with this encoding (a WHATWG label: utf-8, shift_jis, euc-jp, utf-16le, ...).
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,

    /// Candidate languages, comma-separated ISO 639-1 codes.
    #[arg(
        long,
        value_name = "LANGS",
        value_delimiter = ',',
        default_value = "en,ja,tl,zh,ko,es,id,fr,de,pt"
    )]
    pub langs: Vec<String>,

    /// Add the boilerplate rules in FILE (TOML, same format as the built-in rules); repeatable.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,

    /// Unicode normal form of segment text.
    #[arg(long, value_enum, default_value_t = NormArg::Nfkc)]
    pub normalize: NormArg,

    /// Keep kinds of boilerplate with their own role instead of dropping them.
    #[arg(long, value_enum, value_name = "KIND")]
    pub keep: Vec<KeepArg>,

    /// Print every line of every input with its decision, reason, rule and
    /// the classifier's features (aligned text on standard output) instead
    /// of writing segment records.
    #[arg(long, conflicts_with_all = ["output", "split_by_lang", "dropped"])]
    pub explain: bool,

    /// What inputs hold (standard input is text unless `jsonl` is given).
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto, help_heading = "Batch")]
    pub input_format: InputFormatArg,

    /// The JSONL field holding a document's text.
    #[arg(
        long,
        value_name = "FIELD",
        default_value = "text",
        help_heading = "Batch"
    )]
    pub text_field: String,

    /// The JSONL field holding a document's id.
    #[arg(
        long,
        value_name = "FIELD",
        default_value = "id",
        help_heading = "Batch"
    )]
    pub id_field: String,

    /// The largest document accepted (a text input, a JSONL line), in bytes
    /// (suffixes K, M, G: powers of 1024); a larger one is reported and skipped.
    #[arg(long, value_name = "SIZE", default_value = "256M", value_parser = parse_size, help_heading = "Batch")]
    pub max_doc_size: u64,

    /// The most one compressed input may expand to (suffixes K, M, G); past it
    /// the input ends with an error.
    #[arg(long, value_name = "SIZE", default_value = "16G", value_parser = parse_size, help_heading = "Batch")]
    pub max_decompressed_size: u64,

    /// Output records: one per segment, or one per document.
    #[arg(long, value_enum, default_value_t = FormatArg::Segments, help_heading = "Batch")]
    pub format: FormatArg,

    /// Write one output per input under DIR, mirroring the inputs' paths.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["output", "split_by_lang"], help_heading = "Batch")]
    pub output_dir: Option<PathBuf>,

    /// With --output-dir: leave inputs whose output exists (resume a killed job).
    #[arg(long, requires = "output_dir", help_heading = "Batch")]
    pub skip_existing: bool,

    /// Process only shard I of N (from 0), chosen by a stable hash of each input's path.
    #[arg(long, value_name = "I/N", help_heading = "Batch")]
    pub shard: Option<Shard>,

    /// Worker threads (default: one per core).
    #[arg(
        short = 'j',
        long = "threads",
        value_name = "N",
        help_heading = "Batch"
    )]
    pub threads: Option<usize>,

    /// Write a JSON summary of the run to FILE.
    #[arg(long, value_name = "FILE", help_heading = "Batch")]
    pub stats: Option<PathBuf>,

    /// Write one JSONL record per failed input or line to FILE.
    #[arg(long, value_name = "FILE", help_heading = "Batch")]
    pub errors: Option<PathBuf>,

    /// Never draw the progress bar (it is drawn only when standard error is a terminal).
    #[arg(long, help_heading = "Batch")]
    pub no_progress: bool,
}

impl CleanArgs {
    /// Resolve the flags into a validated configuration.
    pub fn into_config(self) -> Result<Config> {
        let encoding = match &self.encoding {
            Some(label) => Some(encoding_for_label(label).with_context(|| {
                format!("--encoding {label:?}: not an encoding label encoding_rs knows")
            })?),
            None => None,
        };
        let mut langs = Vec::new();
        for code in &self.langs {
            let lang: Lang = code.parse().with_context(|| format!("--langs {code:?}"))?;
            if lang == Lang::Und {
                bail!("--langs: `und` is not a candidate language");
            }
            if !langs.contains(&lang) {
                langs.push(lang);
            }
        }
        if langs.is_empty() {
            bail!("--langs: give at least one language");
        }
        let target = match (self.output, self.split_by_lang, self.output_dir) {
            (Some(f), _, _) if f.as_os_str() == "-" => Target::Stdout,
            (Some(f), _, _) => Target::File(f),
            (None, Some(dir), _) => Target::SplitByLang(dir),
            (None, None, Some(dir)) => Target::Dir(dir),
            (None, None, None) => Target::Stdout,
        };
        if matches!(target, Target::Dir(_))
            && (self.inputs.is_empty() || self.inputs.iter().any(|i| i.as_os_str() == "-"))
        {
            bail!("--output-dir: give input files or directories, not standard input");
        }
        if self.shard.is_some()
            && (self.inputs.is_empty() || self.inputs.iter().any(|i| i.as_os_str() == "-"))
        {
            bail!("--shard: give input files or directories, not standard input");
        }
        if self.threads == Some(0) {
            bail!("--threads: give at least 1");
        }
        for (flag, field) in [
            ("--text-field", &self.text_field),
            ("--id-field", &self.id_field),
        ] {
            if field.is_empty() {
                bail!("{flag}: give a field name");
            }
        }
        use std::io::IsTerminal;
        Ok(Config {
            inputs: self.inputs,
            input: InputConfig {
                format: match self.input_format {
                    InputFormatArg::Auto => InputFormat::Auto,
                    InputFormatArg::Text => InputFormat::Text,
                    InputFormatArg::Jsonl => InputFormat::Jsonl,
                },
                text_field: self.text_field,
                id_field: self.id_field,
                max_doc_bytes: usize::try_from(self.max_doc_size).unwrap_or(usize::MAX),
                max_decompressed_bytes: self.max_decompressed_size,
            },
            target,
            format: match self.format {
                FormatArg::Segments => OutputFormat::Segments,
                FormatArg::Documents => OutputFormat::Documents,
            },
            dropped: self.dropped,
            skip_existing: self.skip_existing,
            shard: self.shard,
            threads: self.threads,
            stats: self.stats,
            errors: self.errors,
            progress: !self.no_progress && std::io::stderr().is_terminal(),
            pipeline: PipelineConfig {
                langs,
                rule_files: self.rules,
                normalization: match self.normalize {
                    NormArg::Nfc => Normalization::Nfc,
                    NormArg::Nfkc => Normalization::Nfkc,
                    NormArg::None => Normalization::None,
                },
                keep: KeepSet {
                    related: self.keep.contains(&KeepArg::Related),
                },
                encoding,
            },
        })
    }
}

/// Parse a size: a number of bytes, optionally with a K, M or G suffix
/// (powers of 1024; `KiB`, `MB` and the like are read the same way).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = t[digits.len()..].to_ascii_uppercase();
    let n: u64 = digits
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a size (a number of bytes, with K, M or G)"))?;
    let shift = match unit.as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        _ => return Err(format!("{s:?}: unknown unit (K, M or G)")),
    };
    n.checked_mul(1 << shift)
        .filter(|&b| b > 0)
        .ok_or_else(|| format!("{s:?}: size must be above 0 and fit in 64 bits"))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("512"), Ok(512));
        assert_eq!(parse_size("4K"), Ok(4096));
        assert_eq!(parse_size("256M"), Ok(256 << 20));
        assert_eq!(parse_size("16GiB"), Ok(16 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12X").is_err());
        assert!(parse_size("lots").is_err());
    }
}
