//! Scoring of the boilerplate-removal corpus (`tests/data/clean/`), shared by
//! the harness (`benches/clean_eval.rs`) and the test (`tests/clean_corpus.rs`).
//!
//! A page's line counts as kept when at least 90% of its non-space
//! characters fall inside the pipeline's segments (as the shared scorer
//! counts it). Precision, recall and F1 are over content lines: gold `keep`
//! is the positive class, `drop` the negative, `optional` and `blank` lines
//! are left out. The page's language is its file name's prefix (`en_`,
//! `ja_`, `tl_`).
//!
//! The baseline is the C4 line rule (Raffel et al. 2020, as in the C4
//! cleaning code), applied to each line on its own: keep a line iff, after
//! trimming white space, it ends in `.`, `!`, `?` or `"`, it has at least 3
//! words (white-space separated tokens, as C4 counts them), and it contains
//! none of `javascript`, `lorem ipsum`, `{`, `terms of use`, `privacy
//! policy`, `cookie policy`, `uses cookies`, `use of cookies`, `use cookies`
//! (case-insensitive). C4 drops a whole page for `lorem ipsum` or `{`; here
//! only the line goes, which can only help the baseline.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use langsift::pipeline::Pipeline;

/// One labelled line.
#[derive(Debug, Clone)]
pub struct GoldLine {
    pub label: String,
    pub why: String,
    pub text: String,
}

/// Counts of one confusion table.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn add(&mut self, gold_keep: bool, kept: bool) {
        match (gold_keep, kept) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores of one set: per language (`en`, `ja`, `tl`, `all`), for langsift
/// and for the C4 baseline, and the lines langsift got wrong.
#[derive(Debug, Default)]
pub struct SetScore {
    pub langsift: BTreeMap<String, Counts>,
    pub c4: BTreeMap<String, Counts>,
    /// `file:line  gold  got  reason  text` for every wrong decision.
    pub errors: Vec<String>,
}

/// The corpus directory.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/clean")
}

/// Read `<set>.gold.tsv`: file -> line number (from 1) -> label.
pub fn read_gold(set: &str) -> BTreeMap<String, BTreeMap<usize, GoldLine>> {
    let path = corpus_dir().join(format!("{set}.gold.tsv"));
    let text = std::fs::read_to_string(&path).expect("gold file");
    let mut out: BTreeMap<String, BTreeMap<usize, GoldLine>> = BTreeMap::new();
    for row in text.lines() {
        if row.starts_with('#') || row.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = row.split('\t').collect();
        out.entry(cols[0].to_string()).or_default().insert(
            cols[1].parse().expect("line number"),
            GoldLine {
                label: cols[2].to_string(),
                why: cols.get(4).unwrap_or(&"").to_string(),
                text: cols.get(5).unwrap_or(&"").to_string(),
            },
        );
    }
    out
}

/// The C4 line rule (see the module docs).
pub fn c4_keeps(line: &str) -> bool {
    let t = line.trim();
    let lower = t.to_lowercase();
    const BAD: [&str; 9] = [
        "javascript",
        "lorem ipsum",
        "{",
        "terms of use",
        "privacy policy",
        "cookie policy",
        "uses cookies",
        "use of cookies",
        "use cookies",
    ];
    t.ends_with(['.', '!', '?', '"'])
        && t.split_whitespace().count() >= 3
        && !BAD.iter().any(|b| lower.contains(b))
}

/// Which lines of `text` (split on `\n`) the pipeline keeps: at least 90% of
/// a line's non-space characters inside segments.
pub fn kept_lines(pipeline: &Pipeline, text: &str) -> Vec<bool> {
    let out = pipeline.process_text(text);
    let chars: Vec<char> = text.chars().collect();
    let mut covered = vec![false; chars.len()];
    for s in &out.segments {
        for c in &mut covered[s.start..s.end] {
            *c = true;
        }
    }
    let mut kept = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        let n = line.chars().count();
        let idx: Vec<usize> = (pos..pos + n)
            .filter(|&i| !chars[i].is_whitespace())
            .collect();
        let inside = idx.iter().filter(|&&i| covered[i]).count();
        kept.push(!idx.is_empty() && inside as f64 >= 0.9 * idx.len() as f64);
        pos += n + 1;
    }
    kept
}

/// Score one set (`dev` or `test`).
pub fn score_set(pipeline: &Pipeline, set: &str) -> SetScore {
    let gold = read_gold(set);
    let mut score = SetScore::default();
    for (file, labels) in &gold {
        let lang = file.split('_').next().unwrap_or("und").to_string();
        let text = std::fs::read_to_string(corpus_dir().join(set).join(file)).expect("page");
        let kept = kept_lines(pipeline, &text);
        let lines: Vec<&str> = text.split('\n').collect();
        for (&n, g) in labels {
            let gold_keep = match g.label.as_str() {
                "keep" => true,
                "drop" => false,
                _ => continue,
            };
            let ours = kept.get(n - 1).copied().unwrap_or(false);
            let c4 = lines.get(n - 1).is_some_and(|l| c4_keeps(l));
            for key in [lang.as_str(), "all"] {
                score
                    .langsift
                    .entry(key.to_string())
                    .or_default()
                    .add(gold_keep, ours);
                score
                    .c4
                    .entry(key.to_string())
                    .or_default()
                    .add(gold_keep, c4);
            }
            if gold_keep != ours {
                score.errors.push(format!(
                    "{set}/{file}:{n}\tgold {}\tgot {}\t{}\t{}",
                    g.label,
                    if ours { "keep" } else { "drop" },
                    g.why,
                    g.text
                ));
            }
        }
    }
    score
}
