//! No built-in rule fires on article content: every `keep` line of the
//! sample pages and of the dev half of the cleaning corpus is matched by no
//! rule (the held-out test half is left alone).

use std::path::Path;

use langsift::clean::{LineView, RuleSet};

fn keep_lines(gold: &Path, pages: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for row in std::fs::read_to_string(gold).unwrap().lines() {
        let cols: Vec<&str> = row.split('\t').collect();
        if row.starts_with('#') || cols.len() < 3 || cols[2] != "keep" {
            continue;
        }
        let text = std::fs::read_to_string(pages.join(cols[0])).unwrap();
        let n: usize = cols[1].parse().unwrap();
        let line = text.split('\n').nth(n - 1).unwrap().to_string();
        out.push((format!("{}:{n}", cols[0]), line));
    }
    out
}

#[test]
fn no_builtin_rule_matches_a_content_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut lines = keep_lines(
        &root.join("samples/seeds.gold.tsv"),
        &root.join("samples/pages"),
    );
    lines.extend(keep_lines(
        &root.join("tests/data/clean/dev.gold.tsv"),
        &root.join("tests/data/clean/dev"),
    ));
    assert!(lines.len() > 150, "{} content lines", lines.len());
    let rules = RuleSet::builtin();
    let mut hits = Vec::new();
    for (at, line) in &lines {
        let view = LineView::new(line);
        for rule in rules.rules.iter().filter(|r| r.matches(&view)) {
            hits.push(format!("{at}: rule {} matches {line:?}", rule.id));
        }
    }
    assert!(hits.is_empty(), "{}", hits.join("\n"));
}

/// The paragraphs and headings of the detection set (`tests/data/detect/`)
/// are article text too: no rule may fire on them.
#[test]
fn no_builtin_rule_matches_detection_set_prose() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/data/detect/eval.jsonl")).unwrap();
    let rules = RuleSet::builtin();
    let mut hits = Vec::new();
    let mut seen = 0;
    for row in text.lines() {
        let v: serde_json::Value = serde_json::from_str(row).unwrap();
        let kind = v["kind"].as_str().unwrap_or("");
        if !matches!(
            kind,
            "paragraph" | "heading" | "code_switched" | "taglish" | "kanji_only"
        ) {
            continue;
        }
        let line: String = v["spans"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap())
            .collect::<Vec<_>>()
            .join(" ");
        seen += 1;
        let view = LineView::new(&line);
        for rule in rules.rules.iter().filter(|r| r.matches(&view)) {
            hits.push(format!("{}: rule {} matches {line:?}", v["id"], rule.id));
        }
    }
    assert!(seen > 50, "{seen} lines");
    assert!(hits.is_empty(), "{}", hits.join("\n"));
}
