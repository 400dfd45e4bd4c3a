//! Where the pipeline's time goes, by stage, on a JSONL file of documents,
//! single thread: the boilerplate rules, language detection on the lines
//! no rule removed, the structural classifier, the second detection on the
//! kept lines, and the whole pipeline (the rest is splitting lines,
//! normalisation and segment building). Each stage is timed on its own
//! pass over every document, given what the stages before it produced;
//! the rules' first pass, which compiles each regex the first time a line
//! needs it, is reported apart.
//!
//! `cargo run --release --example stage_cost FILE.jsonl`
use std::time::Instant;

use langsift::clean::Decision;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: stage_cost FILE.jsonl");
    let text = std::fs::read_to_string(path).unwrap();
    let docs: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let p = langsift::Pipeline::new(langsift::PipelineConfig::default()).unwrap();
    let (cleaner, detector) = (p.cleaner(), p.detector());
    let mb = docs.iter().map(|d| d.len()).sum::<usize>() as f64 / 1e6;
    let pages: Vec<Vec<&str>> = docs.iter().map(|d| d.split('\n').collect()).collect();

    // The rules twice: the first pass also compiles each regex the first
    // time a line needs it.
    let t = Instant::now();
    let _: Vec<_> = pages.iter().map(|l| cleaner.apply_rules(l)).collect();
    let cold = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let ruled: Vec<_> = pages.iter().map(|l| cleaner.apply_rules(l)).collect();
    let rules = t.elapsed().as_secs_f64();

    let open: Vec<Vec<&str>> = pages
        .iter()
        .zip(&ruled)
        .map(|(lines, r)| {
            lines
                .iter()
                .zip(&r.decisions)
                .map(|(l, d)| if d.is_kept() { *l } else { "" })
                .collect()
        })
        .collect();
    let t = Instant::now();
    let first: Vec<_> = open.iter().map(|l| detector.first_pass(l)).collect();
    let detect = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let analyses: Vec<_> = pages
        .iter()
        .zip(ruled)
        .zip(&first)
        .map(|((lines, r), (doc, _))| {
            let langs: Vec<_> = doc
                .lines
                .iter()
                .map(|s| s.iter().max_by_key(|s| s.letters).map(|s| s.lang))
                .collect();
            cleaner.resolve(lines, r, &langs, doc.main)
        })
        .collect();
    let classify = t.elapsed().as_secs_f64();

    let t = Instant::now();
    for ((open, (_, pass)), a) in open.iter().zip(&first).zip(&analyses) {
        let kept: Vec<bool> = a.decisions.iter().map(Decision::is_kept).collect();
        let _ = detector.detect_kept(open, &kept, pass);
    }
    let second = t.elapsed().as_secs_f64();

    let t = Instant::now();
    for d in &docs {
        let _ = p.process_text(d);
    }
    let all = t.elapsed().as_secs_f64();
    println!(
        "{mb:.1} MB in {} documents: rules {rules:.2}s (+{:.2}s compiling them), \
         detection {detect:.2}s, classifier {classify:.2}s, second detection {second:.2}s; \
         whole pipeline {all:.2}s ({:.1} MB/s)",
        docs.len(),
        cold - rules,
        mb / all
    );
}
