//! The pipeline: one document's bytes through every stage, in one direction:
//! bytes -> text ([`crate::decode`]) -> blocks ([`crate::blocks`]) ->
//! boilerplate rules ([`crate::clean::rules`]) -> language spans of the
//! lines no rule removed, from scripts and function words only
//! ([`crate::detect`]) -> keep/drop decisions of the
//! classifier ([`crate::clean`], which is given those lines' languages and
//! the page's main language) -> language spans of the kept lines, detected
//! again without the boilerplate, with the statistical models where the
//! function words do not decide -> normalised segments
//! ([`crate::normalize`]).
//!
//! A [`Pipeline`] is built once from a [`PipelineConfig`] (the language
//! models and rules are loaded then) and is shared by every document. It
//! does no I/O: reading inputs and writing records is [`crate::run`]'s and
//! [`crate::output`]'s work.

use std::path::PathBuf;

use encoding_rs::Encoding;
use serde::Serialize;

use crate::blocks::{split_lines, Block};
use crate::clean::{
    explain, Analysis, Cleaner, Decision, KeepSet, Reason, Role, RuleError, RuleSet,
};
use crate::decode::{decode, DecodeError};
use crate::detect::{Detector, FirstPass, LangSpan};
use crate::lang::Lang;
use crate::normalize::{normalize, Normalization};

/// What the pipeline needs to know, resolved once.
#[derive(Debug, Clone)]
pub struct PipelineConfig {
    /// Candidate languages for detection.
    pub langs: Vec<Lang>,
    /// User rule files, added to the built-in rules.
    pub rule_files: Vec<PathBuf>,
    pub normalization: Normalization,
    pub keep: KeepSet,
    /// An encoding that overrides detection.
    pub encoding: Option<&'static Encoding>,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        PipelineConfig {
            langs: Lang::DEFAULT_CANDIDATES.to_vec(),
            rule_files: Vec::new(),
            normalization: Normalization::Nfkc,
            keep: KeepSet::default(),
            encoding: None,
        }
    }
}

/// A kept segment of one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub lang: Lang,
    pub role: Role,
    /// Normalised text of `decoded[start..end]`.
    pub text: String,
    /// Code-point offset in the decoded text.
    pub start: usize,
    /// Code-point offset just past the segment (exclusive).
    pub end: usize,
    pub conf: f32,
}

/// A removed span of the input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DroppedSpan {
    pub start: usize,
    pub end: usize,
    pub reason: Reason,
    pub rule: String,
    /// The removed text as it was in the input.
    pub text: String,
}

/// Everything the pipeline made of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Processed {
    pub segments: Vec<Segment>,
    pub dropped: Vec<DroppedSpan>,
    /// The document's main language, if it has any text.
    pub main_lang: Option<Lang>,
    /// The encoding the input was decoded from.
    pub encoding: &'static str,
    /// Malformed byte sequences replaced by U+FFFD.
    pub malformed: usize,
}

/// The whole pipeline, built once.
pub struct Pipeline {
    config: PipelineConfig,
    detector: Detector,
    cleaner: Cleaner,
}

impl Pipeline {
    /// Build the pipeline: load language models and rules.
    pub fn new(config: PipelineConfig) -> Result<Pipeline, RuleError> {
        let mut rules = RuleSet::builtin();
        for file in &config.rule_files {
            rules.add_file(file)?;
        }
        Ok(Pipeline {
            detector: Detector::new(&config.langs),
            cleaner: Cleaner::new(rules, config.keep),
            config,
        })
    }

    pub fn config(&self) -> &PipelineConfig {
        &self.config
    }

    pub fn detector(&self) -> &Detector {
        &self.detector
    }

    pub fn cleaner(&self) -> &Cleaner {
        &self.cleaner
    }

    /// Decode and process one document's bytes.
    pub fn process_bytes(&self, bytes: &[u8]) -> Result<Processed, DecodeError> {
        let decoded = decode(bytes, self.config.encoding)?;
        let mut out = self.process_text(&decoded.text);
        out.encoding = decoded.encoding;
        out.malformed = decoded.malformed;
        Ok(out)
    }

    /// Process already decoded text.
    ///
    /// ```
    /// use langsift::pipeline::{Pipeline, PipelineConfig};
    /// let p = Pipeline::new(PipelineConfig::default()).unwrap();
    /// let out = p.process_text("Breaking news today\n\nThe minister arrived in Tokyo on Monday for two days of talks.\n\nThe minister at the airport.\nAIによって生成された画像\n");
    /// let langs: Vec<_> = out.segments.iter().map(|s| s.lang.code()).collect();
    /// assert_eq!(langs, ["en", "en"]);
    /// assert_eq!(out.dropped.len(), 2); // the caption above the AI label, and the label
    /// ```
    pub fn process_text(&self, text: &str) -> Processed {
        let blocks = split_lines(text);
        let lines: Vec<&str> = blocks.iter().map(|b| b.text(text)).collect();
        let (analysis, open, first, mut norms) = self.analyse(&lines);
        // The rest of the analysis freed here, not at the end: on a
        // document of many lines, per-line state is most of the memory.
        let Analysis {
            decisions,
            features,
            classes,
            ..
        } = analysis;
        drop((features, classes));
        // Detect again, on what is kept only, so that chrome the classifier
        // removed cannot sway the labels of the article's lines; the
        // statistical models are asked about these lines only.
        let kept: Vec<bool> = decisions.iter().map(Decision::is_kept).collect();
        let langs = self.detector.detect_kept(&open, &kept, &first);
        drop((open, first));
        // Sized from the decisions, so that the output of a document of
        // many lines is not grown by doubling: every dropped line is one
        // span, and most kept lines one segment.
        let n_kept = kept.iter().filter(|&&k| k).count();
        drop(kept);
        let n_dropped = decisions
            .iter()
            .filter(|d| matches!(d, Decision::Drop { .. }))
            .count();
        let mut segments = Vec::with_capacity(n_kept);
        let mut dropped = Vec::with_capacity(n_dropped);
        for ((block, decision), spans) in blocks.iter().zip(&decisions).zip(&langs.lines) {
            // None on a long document (no normal forms kept): its segments
            // are normalised from their text.
            let norm = norms.get_mut(block.index);
            match decision {
                Decision::Blank => {}
                Decision::Keep(role) => {
                    self.push_segments(text, block, *role, spans, norm, &mut segments)
                }
                Decision::Drop { reason, rule } => {
                    dropped.push(dropped_span(text, block, *reason, rule))
                }
            }
        }
        Processed {
            segments,
            dropped,
            main_lang: langs.main,
            encoding: "UTF-8",
            malformed: 0,
        }
    }

    /// The cleaner's analysis of a page's lines: the rules first, then
    /// languages are detected on the lines no rule removed (the rest is
    /// boilerplate whose language should not sway the page's), so that the
    /// classifier knows each line's language and the page's main language.
    pub fn analyse_lines(&self, lines: &[&str]) -> Analysis {
        self.analyse(lines).0
    }

    /// [`Pipeline::analyse_lines`], also returning the lines detection saw
    /// (rule-removed lines blanked), what it learnt, and every line's NFKC
    /// normal form (the rules made it).
    fn analyse<'a>(&self, lines: &[&'a str]) -> (Analysis, Vec<&'a str>, FirstPass, Vec<String>) {
        let mut ruled = self.cleaner.apply_rules(lines);
        // Kept for the output on a page; freed now on a long document,
        // whose segments are normalised again instead.
        let mut norms = std::mem::take(&mut ruled.norms);
        if crate::blocks::is_long(lines) {
            norms = Vec::new();
        }
        let open: Vec<&str> = lines
            .iter()
            .zip(&ruled.decisions)
            .map(|(l, d)| if d.is_kept() { *l } else { "" })
            .collect();
        let (doc, first) = self.detector.first_pass(&open);
        let langs: Vec<Option<Lang>> = doc.lines.iter().map(|spans| line_lang(spans)).collect();
        let analysis = self.cleaner.resolve(lines, ruled, &langs, doc.main);
        (analysis, open, first, norms)
    }

    /// `--explain`: every line of a document with its decision, reason and
    /// features (see [`crate::clean::explain::render`]).
    pub fn explain_bytes(&self, name: &str, bytes: &[u8]) -> Result<String, DecodeError> {
        let decoded = decode(bytes, self.config.encoding)?;
        let blocks = split_lines(&decoded.text);
        let lines: Vec<&str> = blocks.iter().map(|b| b.text(&decoded.text)).collect();
        Ok(explain::render(name, &lines, &self.analyse_lines(&lines)))
    }

    /// The segments of a kept line, one per language span. `norm` is the
    /// line's NFKC normal form, taken as the text of a span that covers the
    /// whole line (white space around text does not change its normal
    /// form: a test checks it) instead of normalising it again.
    fn push_segments(
        &self,
        text: &str,
        block: &Block,
        role: Role,
        spans: &[LangSpan],
        mut norm: Option<&mut String>,
        out: &mut Vec<Segment>,
    ) {
        let line = block.text(text);
        let whole_line = |bytes: &std::ops::Range<usize>| {
            let lead = line.len() - line.trim_start_matches(crate::blocks::is_space).len();
            let trimmed = line.trim_matches(crate::blocks::is_space).len();
            *bytes == (lead..lead + trimmed)
        };
        // Spans come in line order: count code points incrementally, so a
        // long line with many spans stays linear.
        let (mut byte_at, mut char_at) = (0, block.start);
        for span in spans {
            char_at += line[byte_at..span.bytes.start].chars().count();
            let start = char_at;
            let raw = &line[span.bytes.clone()];
            let end = start + raw.chars().count();
            byte_at = span.bytes.end;
            char_at = end;
            let kept_norm = norm.as_deref_mut().filter(|n| !n.is_empty());
            let normalized = if let Some(n) = kept_norm.filter(|_| {
                spans.len() == 1
                    && self.config.normalization == Normalization::Nfkc
                    && whole_line(&span.bytes)
            }) {
                std::mem::take(n)
            } else {
                normalize(raw, self.config.normalization)
            };
            if normalized.is_empty() {
                continue;
            }
            out.push(Segment {
                lang: span.lang,
                role,
                text: normalized,
                start,
                end,
                conf: span.conf.clamp(0.0, 1.0),
            });
        }
    }
}

/// The language with the most letters in a line, if any (ties go to the
/// language seen first). One pass with a small tally, so a line of many
/// spans stays linear.
fn line_lang(spans: &[LangSpan]) -> Option<Lang> {
    if let [one] = spans {
        return Some(one.lang);
    }
    let mut tally: Vec<(Lang, usize)> = Vec::new();
    for s in spans {
        match tally.iter_mut().find(|(l, _)| *l == s.lang) {
            Some((_, n)) => *n += s.letters,
            None => tally.push((s.lang, s.letters)),
        }
    }
    let mut best: Option<(Lang, usize)> = None;
    for (l, n) in tally {
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((l, n));
        }
    }
    best.map(|(l, _)| l)
}

fn dropped_span(text: &str, block: &Block, reason: Reason, rule: &str) -> DroppedSpan {
    let line = block.text(text);
    let lead = line.len() - line.trim_start_matches(crate::blocks::is_space).len();
    let trimmed = line.trim_matches(crate::blocks::is_space);
    let start = block.start + line[..lead].chars().count();
    DroppedSpan {
        start,
        end: start + trimmed.chars().count(),
        reason,
        rule: rule.to_string(),
        text: trimmed.to_string(),
    }
}
