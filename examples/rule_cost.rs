//! Time spent in each cleaning rule on a JSONL file of documents: every
//! non-blank line is prepared once, every pattern compiled up front (a
//! one-time cost), and each rule tried on the lines the prefilter leaves
//! it, as the cleaner does; the slowest rules are printed first. Single
//! thread.
//!
//! `cargo run --release --example rule_cost FILE.jsonl`
use std::time::Instant;

use langsift::clean::{LineView, RuleSet};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: rule_cost FILE.jsonl");
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines: Vec<String> = Vec::new();
    for l in text.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        let doc = v["text"].as_str().unwrap();
        lines.extend(
            doc.split('\n')
                .filter(|s| !s.trim().is_empty())
                .map(String::from),
        );
    }
    let mb = lines.iter().map(|l| l.len()).sum::<usize>() as f64 / 1e6;
    let t = Instant::now();
    let views: Vec<LineView> = lines.iter().map(|l| LineView::new(l)).collect();
    let prep = t.elapsed().as_secs_f64();
    let rules = RuleSet::builtin();
    // Compile every pattern first: compilation is a one-time cost per
    // process, not a per-line one.
    let t = Instant::now();
    for r in &rules.rules {
        r.matches(&LineView::new("x"));
    }
    println!("compiling the patterns: {:.3}s", t.elapsed().as_secs_f64());
    // Each rule on the lines the prefilter leaves it, as the cleaner runs.
    let cands: Vec<_> = views.iter().map(|v| rules.candidates(v)).collect();
    let mut costs: Vec<(f64, usize, usize, &str)> = rules
        .rules
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mine: Vec<&LineView> = views
                .iter()
                .zip(&cands)
                .filter(|(_, c)| c.contains(i))
                .map(|(v, _)| v)
                .collect();
            let t = Instant::now();
            let hits = mine.iter().filter(|v| r.matches(v)).count();
            (t.elapsed().as_secs_f64(), mine.len(), hits, r.id.as_str())
        })
        .collect();
    let total: f64 = costs.iter().map(|c| c.0).sum();
    costs.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!(
        "{mb:.1} MB, {} lines: line preparation {prep:.3}s, rules {total:.3}s",
        lines.len()
    );
    println!("    time   lines    hits rule (on the lines the prefilter leaves it)");
    for (secs, lines, hits, id) in costs {
        let filter = rules.rules.iter().find(|r| r.id == id).unwrap().filter();
        let filter = format!("{filter:?}");
        let cut = filter
            .char_indices()
            .nth(90)
            .map_or(filter.len(), |(i, _)| i);
        println!("{secs:8.4}s {lines:7} {hits:7} {id:24} {}", &filter[..cut]);
    }
    let t = Instant::now();
    let n: usize = views.iter().map(|v| rules.candidates(v).len()).sum();
    println!(
        "prefilter alone: {:.3}s ({n} candidates)",
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let filtered: usize = views.iter().map(|v| rules.matching(v).count()).sum();
    let secs = t.elapsed().as_secs_f64();
    let all: usize = views
        .iter()
        .map(|v| rules.rules.iter().filter(|r| r.matches(v)).count())
        .sum();
    println!("all rules through the prefilter: {secs:.3}s ({filtered} hits; {all} without it)");
}
