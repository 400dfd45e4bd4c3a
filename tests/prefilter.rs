//! The rule prefilter never changes which rules match a line: for every
//! line of the shipped pages and corpora, every rule's examples and
//! counter-examples (as written, re-cased and inside other text), and
//! generated lines built from rule phrases and arbitrary text, the rules
//! `RuleSet::matching` finds are exactly the rules whose `matches` is true,
//! and the candidates its automata find are exactly the rules whose
//! filter's cues the line shows (`Filter::admits`, checked cue by cue).

use std::path::Path;
use std::sync::OnceLock;

use langsift::clean::{LineView, RuleSet};
use proptest::prelude::*;

fn builtin() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(RuleSet::builtin)
}

fn same(rules: &RuleSet, line: &str) -> Result<(), String> {
    let view = LineView::new(line);
    let filtered: Vec<&str> = rules.matching(&view).map(|r| r.id.as_str()).collect();
    let all: Vec<&str> = rules
        .rules
        .iter()
        .filter(|r| r.matches(&view))
        .map(|r| r.id.as_str())
        .collect();
    if filtered != all {
        return Err(format!(
            "{line:?}: prefilter found {filtered:?}, rules match {all:?}"
        ));
    }
    // The automata find exactly the rules whose cues the line shows.
    let cands = rules.candidates(&view);
    let found: Vec<usize> = cands.clone().into_iter().collect();
    let admitted: Vec<usize> = (0..rules.rules.len())
        .filter(|&i| rules.rules[i].filter().admits(&view))
        .collect();
    if found != admitted
        || (0..rules.rules.len()).any(|i| cands.contains(i) != admitted.contains(&i))
    {
        return Err(format!(
            "{line:?}: candidates {found:?}, cues shown by {admitted:?}"
        ));
    }
    Ok(())
}

/// Every line of the text files under `dir`.
fn lines_under(dir: &Path, out: &mut Vec<String>) {
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "txt" || e == "jsonl") {
            let text = std::fs::read_to_string(p).unwrap();
            out.extend(text.lines().map(String::from));
        }
    }
}

/// The rule examples, counter-examples and phrases of the built-in rules,
/// plus the user rule file the tests use.
fn rule_lines(rules: &RuleSet) -> Vec<String> {
    let mut out = Vec::new();
    for r in &rules.rules {
        out.extend(r.examples.iter().cloned());
        out.extend(r.counter_examples.iter().cloned());
        out.extend(r.phrases.iter().cloned());
    }
    out
}

#[test]
fn prefilter_agrees_with_every_rule_on_real_lines() {
    let rules = builtin();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut lines = Vec::new();
    lines_under(&root.join("samples"), &mut lines);
    lines_under(&root.join("tests/data"), &mut lines);
    let base = rule_lines(rules);
    for l in &base {
        lines.push(l.clone());
        lines.push(l.to_uppercase());
        lines.push(l.to_lowercase());
        lines.push(format!("Ｘ {l}"));
        lines.push(format!("{l} ・ more"));
        lines.push(format!("  {l}:  "));
    }
    assert!(lines.len() > 5000, "only {} lines", lines.len());
    let mut errors: Vec<String> = lines.iter().filter_map(|l| same(rules, l).err()).collect();
    errors.truncate(10);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// Lines made of pieces of rule phrases and examples, re-cased, joined by
/// separators and arbitrary text.
fn rule_like_line() -> impl Strategy<Value = String> {
    let pieces = rule_lines(builtin());
    let piece = prop::sample::select(pieces);
    let part = prop_oneof![
        piece.clone(),
        piece.clone().prop_map(|p| p.to_uppercase()),
        (
            piece,
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>()
        )
            .prop_map(|(p, a, b)| {
                // A slice of the phrase, on character boundaries.
                let chars: Vec<char> = p.chars().collect();
                let (a, b) = (a.index(chars.len() + 1), b.index(chars.len() + 1));
                chars[a.min(b)..a.max(b)].iter().collect()
            }),
        "\\PC{0,6}",
        prop_oneof![
            Just(" | "),
            Just(" "),
            Just(": "),
            Just("・"),
            Just("＝"),
            Just("/")
        ]
        .prop_map(String::from),
    ];
    prop::collection::vec(part, 1..6).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn prefilter_agrees_with_every_rule_on_generated_lines(line in rule_like_line()) {
        same(builtin(), &line).map_err(TestCaseError::fail)?;
    }
}
