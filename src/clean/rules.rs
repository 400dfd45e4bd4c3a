//! Boilerplate rules as data: the built-in rule file (`rules.toml`, shipped
//! inside the binary) plus any the user adds with `--rules FILE`, parsed,
//! checked and compiled once into matchers.
//!
//! A rule names a removal reason and how it matches one line: `exact` (the
//! whole line is one of the phrases), `only` (the line is made of the
//! phrases and separators), `contains` (a phrase occurs in the line) or
//! `regex`. A rule may add context: `caption_above` (the line directly
//! above is an image caption), `section` (the lines after it, to the end of
//! the section, go with it), `block` (the lines after it, to the next blank
//! line, go with it) or `tail` (the short lines after it, to the end of the
//! document, are footer). Applying rules to a page is
//! [`super::Cleaner`]'s work.

use rustc_hash::FxHashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind as AcMatchKind};
use serde::Deserialize;
use toml::Spanned;

use super::pattern::{Pattern, PatternError, RULE_DFA_CACHE};
use super::prefilter::{self, Filter, Prefilter};
use super::reason::Reason;
use crate::lang::Lang;
use crate::normalize::{normalize, Normalization};

/// The built-in rules.
pub const BUILTIN_RULES: &str = include_str!("rules.toml");

/// An error in a rule file, with the file and line it is on.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct RuleError {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

/// How a rule matches a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    Exact,
    Only,
    Contains,
    Regex,
}

/// What a match implies for the lines around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    /// The line directly above (no blank line between) is an image caption.
    CaptionAbove,
    /// The lines after it, up to the next section break, are removed too
    /// (with reason `related` for related-article blocks).
    Section,
    /// The short lines after it, to the end of the document, are footer.
    Tail,
    /// The lines directly after it, up to the next blank line, go too (with
    /// reason `block_reason`): a comment widget, an author box, a sponsored
    /// teaser under its label.
    Block,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default, rename = "rule")]
    rules: Vec<Spanned<RuleSpec>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: String,
    reason: Spanned<String>,
    #[serde(default)]
    langs: Vec<Spanned<String>>,
    #[serde(rename = "match")]
    kind: MatchKind,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    pattern: Option<Spanned<String>>,
    #[serde(default)]
    max_chars: Option<usize>,
    #[serde(default)]
    context: Option<Context>,
    /// Reason for the lines a `section` context removes (default `related`).
    #[serde(default)]
    block_reason: Option<Spanned<String>>,
    /// Lines the rule must match (checked by the test suite).
    #[serde(default)]
    examples: Vec<String>,
    /// Lines the rule must not match (checked by the test suite).
    #[serde(default)]
    counter_examples: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

enum Matcher {
    Exact(FxHashSet<String>),
    Only(AhoCorasick),
    Contains(AhoCorasick),
    Regex(Box<LazyRegex>),
}

/// A rule's regex, compiled the first time a line needs it: compiling
/// every built-in pattern takes a tenth of a second, which a short job
/// that meets few kinds of boilerplate need not pay. A user's patterns are
/// compiled as their file loads, so that an error names the file and line.
struct LazyRegex {
    pattern: String,
    compiled: OnceLock<Pattern>,
}

impl LazyRegex {
    fn compile(pattern: &str) -> Result<Pattern, PatternError> {
        Pattern::new(pattern, RULE_DFA_CACHE)
    }

    fn get(&self) -> &Pattern {
        self.compiled.get_or_init(|| {
            LazyRegex::compile(&self.pattern).expect("built-in patterns compile (tested)")
        })
    }
}

/// One compiled rule.
pub struct Rule {
    pub id: String,
    pub reason: Reason,
    pub langs: Vec<Lang>,
    pub context: Option<Context>,
    pub block_reason: Reason,
    /// The phrases (for `exact`, `only`, `contains`), as written.
    pub phrases: Vec<String>,
    /// The pattern (for `regex`), as written.
    pub pattern: Option<String>,
    /// Lines the rule must match, and must not match (from the rule file).
    pub examples: Vec<String>,
    pub counter_examples: Vec<String>,
    max_chars: Option<usize>,
    matcher: Matcher,
    /// What every line the rule matches is known to contain: see
    /// [`super::prefilter`].
    filter: Filter,
}

/// A line prepared once for every rule to look at.
pub struct LineView {
    /// NFKC, white space collapsed, trimmed.
    pub norm: String,
    /// `norm` lower-cased, character by character.
    pub lower: String,
    /// Where the key lies in `lower`.
    key: std::ops::Range<usize>,
    /// Characters in `norm`.
    pub chars: usize,
}

impl LineView {
    pub fn new(line: &str) -> LineView {
        let norm = normalize(line, Normalization::Nfkc);
        let lower = prefilter::lower(&norm);
        let trimmed = lower
            .trim_end_matches(|c: char| is_separator(c) || c == '.' || c == '。')
            .trim_start_matches(is_separator);
        let start = trimmed.as_ptr() as usize - lower.as_ptr() as usize;
        let key = start..start + trimmed.len();
        let chars = norm.chars().count();
        LineView {
            norm,
            lower,
            key,
            chars,
        }
    }

    /// `lower` with leading and trailing separators stripped: what phrases
    /// are matched against.
    pub fn key(&self) -> &str {
        &self.lower[self.key.clone()]
    }

    /// The normal form and the key, as owned strings (the key in
    /// `lower`'s buffer, not a copy).
    pub fn into_parts(self) -> (String, String) {
        let mut key = self.lower;
        key.truncate(self.key.end);
        key.drain(..self.key.start);
        (self.norm, key)
    }
}

/// Characters allowed between phrases in an `only` rule.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '|' | '·'
                | '•'
                | '/'
                | '-'
                | '–'
                | '—'
                | ':'
                | ','
                | '、'
                | '»'
                | '›'
                | '>'
                | '<'
                | '«'
                | '‹'
                | '・'
                | '｜'
                | '('
                | ')'
                | '['
                | ']'
        )
}

impl Rule {
    /// What every line the rule matches is known to contain, which lets
    /// [`RuleSet::matching`] skip it on other lines.
    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// Whether the rule matches the line.
    pub fn matches(&self, line: &LineView) -> bool {
        let key = line.key();
        if key.is_empty() || self.max_chars.is_some_and(|m| line.chars > m) {
            return false;
        }
        match &self.matcher {
            Matcher::Exact(set) => set.contains(key),
            Matcher::Contains(ac) => ac.is_match(key),
            Matcher::Regex(re) => re.get().is_match(&line.norm),
            Matcher::Only(ac) => {
                let mut rest = 0;
                let mut at = 0;
                let mut any = false;
                for m in ac.find_iter(key) {
                    rest += key[at..m.start()]
                        .chars()
                        .filter(|&c| !is_separator(c))
                        .count();
                    at = m.end();
                    any = true;
                }
                rest += key[at..].chars().filter(|&c| !is_separator(c)).count();
                any && rest == 0
            }
        }
    }
}

/// The compiled rule set, built once and shared.
pub struct RuleSet {
    pub rules: Vec<Rule>,
    prefilter: Prefilter,
}

impl RuleSet {
    /// The built-in rules.
    pub fn builtin() -> RuleSet {
        RuleSet::new(
            parse_with(BUILTIN_RULES, Path::new("<built-in rules.toml>"), true)
                .expect("the built-in rule file is valid (checked by tests)"),
        )
    }

    pub(crate) fn new(rules: Vec<Rule>) -> RuleSet {
        let prefilter = Prefilter::new(&rules);
        RuleSet { rules, prefilter }
    }

    /// The rules that could match `line` (see [`super::prefilter`]).
    pub fn candidates(&self, line: &LineView) -> prefilter::Candidates {
        self.prefilter.candidates(line)
    }

    /// The rules that could match `line`, in order: the
    /// [`RuleSet::candidates`] as rules.
    pub fn candidate_rules<'s>(&'s self, line: &LineView) -> impl Iterator<Item = &'s Rule> + 's {
        self.candidates(line).into_iter().map(|i| &self.rules[i])
    }

    /// The rules that match `line`, in order: the same as trying every
    /// rule's [`Rule::matches`], but only the [`RuleSet::candidates`] are
    /// tried.
    pub fn matching<'s, 'l>(&'s self, line: &'l LineView) -> impl Iterator<Item = &'s Rule> + 'l
    where
        's: 'l,
    {
        self.candidate_rules(line).filter(move |r| r.matches(line))
    }

    /// Add the rules of a user's file, checked as they load.
    pub fn add_file(&mut self, path: &Path) -> Result<(), RuleError> {
        let text = std::fs::read_to_string(path).map_err(|e| RuleError {
            file: path.to_path_buf(),
            line: 0,
            message: format!("cannot read rule file: {e}"),
        })?;
        let rules = parse(&text, path)?;
        for r in &rules {
            if self.rules.iter().any(|o| o.id == r.id) {
                return Err(RuleError {
                    file: path.to_path_buf(),
                    line: 0,
                    message: format!("rule id {:?} is already defined", r.id),
                });
            }
        }
        // User rules come first so that they can refine built-in ones.
        let mut all = rules;
        all.append(&mut self.rules);
        *self = RuleSet::new(all);
        Ok(())
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Parse and compile a rule file.
pub fn parse(text: &str, file: &Path) -> Result<Vec<Rule>, RuleError> {
    parse_with(text, file, false)
}

/// Parse a rule file; with `lazy`, regexes are compiled when first used.
fn parse_with(text: &str, file: &Path, lazy: bool) -> Result<Vec<Rule>, RuleError> {
    let err = |offset: usize, message: String| RuleError {
        file: file.to_path_buf(),
        line: line_of(text, offset),
        message,
    };
    let parsed: RuleFile = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        err(at, e.message().to_string())
    })?;
    let mut out: Vec<Rule> = Vec::with_capacity(parsed.rules.len());
    for spanned in parsed.rules {
        let at = spanned.span().start;
        let spec = spanned.into_inner();
        if out.iter().any(|r| r.id == spec.id) {
            return Err(err(at, format!("duplicate rule id {:?}", spec.id)));
        }
        let reason: Reason = spec
            .reason
            .get_ref()
            .parse()
            .map_err(|m| err(spec.reason.span().start, m))?;
        let block_reason = match &spec.block_reason {
            Some(r) => r.get_ref().parse().map_err(|m| err(r.span().start, m))?,
            None => Reason::Related,
        };
        let mut langs = Vec::new();
        for l in &spec.langs {
            if l.get_ref() == "*" {
                continue;
            }
            langs.push(
                l.get_ref()
                    .parse::<Lang>()
                    .map_err(|e| err(l.span().start, e.to_string()))?,
            );
        }
        let keys: Vec<String> = spec
            .phrases
            .iter()
            .map(|p| LineView::new(p).key().to_string())
            .collect();
        let matcher = match spec.kind {
            MatchKind::Regex => {
                let Some(p) = &spec.pattern else {
                    return Err(err(
                        at,
                        format!("rule {:?}: match = \"regex\" needs a pattern", spec.id),
                    ));
                };
                let compiled = OnceLock::new();
                if !lazy {
                    let re = LazyRegex::compile(p.get_ref()).map_err(|e| {
                        err(
                            p.span().start,
                            format!("rule {:?}: bad regex: {e}", spec.id),
                        )
                    })?;
                    let _ = compiled.set(re);
                }
                Matcher::Regex(Box::new(LazyRegex {
                    pattern: p.get_ref().clone(),
                    compiled,
                }))
            }
            _ if keys.iter().all(|k| k.is_empty()) => {
                return Err(err(
                    at,
                    format!("rule {:?}: needs at least one phrase", spec.id),
                ));
            }
            MatchKind::Exact => Matcher::Exact(keys.iter().cloned().collect()),
            MatchKind::Only | MatchKind::Contains => {
                let ac = AhoCorasickBuilder::new()
                    .match_kind(AcMatchKind::LeftmostLongest)
                    .build(keys.iter().filter(|k| !k.is_empty()))
                    .map_err(|e| err(at, format!("rule {:?}: {e}", spec.id)))?;
                if spec.kind == MatchKind::Only {
                    Matcher::Only(ac)
                } else {
                    Matcher::Contains(ac)
                }
            }
        };
        let filter = match (&matcher, &spec.pattern) {
            (Matcher::Regex(_), Some(p)) => prefilter::regex_filter(p.get_ref()),
            (Matcher::Regex(_), None) => prefilter::Filter::Always,
            (Matcher::Contains(_), _) => prefilter::phrase_filter(&keys, true),
            _ => prefilter::phrase_filter(&keys, false),
        };
        out.push(Rule {
            id: spec.id,
            reason,
            langs,
            context: spec.context,
            block_reason,
            phrases: spec.phrases,
            pattern: spec.pattern.map(|p| p.into_inner()),
            examples: spec.examples,
            counter_examples: spec.counter_examples,
            max_chars: spec.max_chars,
            filter,
            matcher,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every built-in rule carries examples, matches each of them and none
    /// of its counter-examples.
    #[test]
    fn every_builtin_rule_matches_its_examples() {
        let set = RuleSet::builtin();
        for rule in &set.rules {
            assert!(
                !rule.examples.is_empty(),
                "rule {} has no examples",
                rule.id
            );
            for ex in &rule.examples {
                assert!(
                    rule.matches(&LineView::new(ex)),
                    "rule {} misses its example {ex:?}",
                    rule.id
                );
            }
            for ex in &rule.counter_examples {
                assert!(
                    !rule.matches(&LineView::new(ex)),
                    "rule {} matches its counter-example {ex:?}",
                    rule.id
                );
            }
        }
    }

    /// The built-in patterns, compiled lazily in use, all compile.
    #[test]
    fn every_builtin_pattern_compiles() {
        let rules = parse(BUILTIN_RULES, Path::new("rules.toml")).expect("compiles");
        assert_eq!(rules.len(), RuleSet::builtin().rules.len());
    }

    #[test]
    fn bad_rule_files_name_file_and_line() {
        let cases = [
            ("[[rule]]\nid = \"x\"\nreason = \"ad\"\nmatch = \"regex\"\npattern = \"(unclosed\"\n", 5, "bad regex"),
            ("[[rule]]\nid = \"x\"\nreason = \"nonsense\"\nmatch = \"exact\"\nphrases = [\"a\"]\n", 3, "unknown reason"),
            ("[[rule]]\nid = \"x\"\nreason = \"ad\"\nmatch = \"exact\"\nphrases = [\"a\"\n", 6, "invalid array"),
            ("[[rule]]\nid = \"x\"\nreason = \"ad\"\nmatch = \"fuzzy\"\nphrases = [\"a\"]\n", 1, "unknown variant"),
        ];
        for (text, line, msg) in cases {
            let e = parse(text, Path::new("mine.toml")).err().expect(text);
            assert_eq!(e.file, Path::new("mine.toml"));
            assert!(
                e.line == line || (line == 1 && e.line <= 5),
                "{e}: want line {line}"
            );
            assert!(e.message.contains(msg), "{e}");
        }
    }

    #[test]
    fn only_needs_every_letter_covered() {
        let rules = parse(
            "[[rule]]\nid = \"ai\"\nreason = \"ai_label\"\nmatch = \"only\"\nphrases = [\"AIによるレポート\", \"AIによって生成された画像\"]\n",
            Path::new("t.toml"),
        )
        .unwrap();
        let r = &rules[0];
        assert!(r.matches(&LineView::new("AIによるレポート AIによって生成された画像")));
        assert!(r.matches(&LineView::new(" AIによって生成された画像 ")));
        assert!(!r.matches(&LineView::new("AIによるレポートを読む")));
    }
}
