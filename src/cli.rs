//! Command-line flags (clap derive) and their resolution, once, into a
//! validated [`langsift::Config`]. Nothing past this module reads a flag.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use langsift::clean::KeepSet;
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

    /// Write segment records to FILE instead of standard output.
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
        let target = match (self.output, self.split_by_lang) {
            (Some(f), _) => Target::File(f),
            (None, Some(dir)) => Target::SplitByLang(dir),
            (None, None) => Target::Stdout,
        };
        Ok(Config {
            inputs: self.inputs,
            target,
            dropped: self.dropped,
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
