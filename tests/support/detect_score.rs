//! Scoring of the language-detection sets (`tests/data/detect/`), shared by
//! the harness (`benches/detect_eval.rs`, which describes the scoring) and
//! the test (`tests/detect_accuracy.rs`).
//!
//! Every non-white-space character of an item counts once. It is right when
//! the system's label is its gold label; for characters whose gold label is
//! one of the "other" languages (es, id, ko, fr, de, pt) the label `und` is
//! right too. A character no span covers counts as `und`.

#![allow(dead_code)]

use std::collections::BTreeMap;

use langsift::detect::{Detector, Lang};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Span {
    pub lang: String,
    pub text: String,
}

#[derive(Deserialize)]
pub struct Item {
    pub id: String,
    pub page: String,
    pub kind: String,
    pub spans: Vec<Span>,
}

impl Item {
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }

    /// Gold label of every character, in order.
    pub fn gold(&self) -> Vec<Lang> {
        let mut out = Vec::new();
        for s in &self.spans {
            let lang: Lang = s.lang.parse().expect("gold language code");
            out.extend(s.text.chars().map(|_| lang));
        }
        out
    }

    pub fn is_code_switched(&self) -> bool {
        let mut langs: Vec<&str> = self.spans.iter().map(|s| s.lang.as_str()).collect();
        langs.sort_unstable();
        langs.dedup();
        langs.len() >= 2
    }
}

/// Labels per character of every item, by byte ranges.
pub type ByteLabels = Vec<(std::ops::Range<usize>, Lang)>;

pub fn char_labels(text: &str, ranges: &ByteLabels) -> Vec<Lang> {
    text.char_indices()
        .map(|(b, _)| {
            ranges
                .iter()
                .find(|(r, _)| r.contains(&b))
                .map_or(Lang::Und, |(_, l)| *l)
        })
        .collect()
}

pub const OTHER: [Lang; 6] = [Lang::Es, Lang::Id, Lang::Ko, Lang::Fr, Lang::De, Lang::Pt];

/// Right and total characters per score bucket.
#[derive(Default)]
pub struct Score {
    pub buckets: BTreeMap<&'static str, (usize, usize)>,
}

impl Score {
    pub fn add(&mut self, bucket: &'static str, right: bool) {
        let e = self.buckets.entry(bucket).or_default();
        e.0 += right as usize;
        e.1 += 1;
    }

    pub fn get(&self, bucket: &str) -> f64 {
        self.buckets
            .get(bucket)
            .map_or(f64::NAN, |&(r, t)| r as f64 / t.max(1) as f64)
    }
}

pub fn bucket_of(gold: Lang) -> &'static str {
    match gold {
        Lang::En => "en",
        Lang::Ja => "ja",
        Lang::Tl => "tl",
        Lang::Zh => "zh",
        Lang::Und => "und",
        _ => "other",
    }
}

/// Score one item's labels; returns the number of wrong characters.
pub fn score_item(score: &mut Score, item: &Item, labels: &[Lang]) -> usize {
    let text = item.text();
    let gold = item.gold();
    let mut wrong = 0;
    for ((c, g), p) in text.chars().zip(&gold).zip(labels) {
        if c.is_whitespace() {
            continue;
        }
        let right = p == g || (OTHER.contains(g) && *p == Lang::Und);
        wrong += !right as usize;
        score.add("all", right);
        score.add(bucket_of(*g), right);
        if item.is_code_switched() {
            score.add("switched", right);
        }
    }
    wrong
}

/// A system under test: labels every item of the set, page by page.
pub trait System {
    fn name(&self) -> &'static str;
    /// Byte-range labels for every item of one page.
    fn label_page(&self, texts: &[&str]) -> Vec<ByteLabels>;
}

pub struct Langsift(pub Detector);

impl System for Langsift {
    fn name(&self) -> &'static str {
        "langsift"
    }
    fn label_page(&self, texts: &[&str]) -> Vec<ByteLabels> {
        self.0
            .detect_lines(texts)
            .lines
            .into_iter()
            .map(|spans| spans.into_iter().map(|s| (s.bytes, s.lang)).collect())
            .collect()
    }
}

/// Score `sys` on `pages`, printing every wrongly labelled item when
/// `show`.
pub fn evaluate(sys: &dyn System, pages: &[Vec<&Item>], show: bool) -> Score {
    let texts: Vec<Vec<String>> = pages
        .iter()
        .map(|p| p.iter().map(|i| i.text()).collect())
        .collect();
    let refs: Vec<Vec<&str>> = texts
        .iter()
        .map(|p| p.iter().map(String::as_str).collect())
        .collect();

    let mut score = Score::default();
    for (page, page_texts) in pages.iter().zip(&refs) {
        let labels = sys.label_page(page_texts);
        for ((item, text), ranges) in page.iter().zip(page_texts).zip(&labels) {
            let chars = char_labels(text, ranges);
            let wrong = score_item(&mut score, item, &chars);
            if show && wrong > 0 {
                let got: Vec<String> = ranges
                    .iter()
                    .map(|(r, l)| format!("{l}:{}", &text[r.clone()]))
                    .collect();
                println!(
                    "  {} [{}] wrong={wrong}: {}",
                    item.id,
                    item.kind,
                    got.join(" | ")
                );
            }
        }
    }

    score
}

/// The items of a data set in `tests/data/detect/`.
pub fn load(name: &str) -> Vec<Item> {
    let path = format!("{}/tests/data/detect/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("read {path}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("eval item"))
        .collect()
}

/// Items grouped by page, in order.
pub fn paginate(items: &[Item]) -> Vec<Vec<&Item>> {
    let mut pages: Vec<Vec<&Item>> = Vec::new();
    for item in items {
        match pages.last_mut() {
            Some(p) if p[0].page == item.page => p.push(item),
            _ => pages.push(vec![item]),
        }
    }
    pages
}
