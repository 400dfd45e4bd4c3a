//! The boilerplate-removal corpus check: line-level F1 of kept content lines
//! on the held-out test pages of `tests/data/clean/`, per language, must
//! reach its floor and beat the C4 line rule computed in the same run.
//! (`cargo bench --bench clean_eval` prints the full table.)
//!
//! The floors are about what langsift reaches (English 0.911, Japanese
//! 0.949, Tagalog 0.966 on the test pages; English at the 0.90 the issue
//! asks for). They guard against regressions; raise them when the figures
//! rise (without tuning on test).

mod support {
    #[path = "../support/corpus.rs"]
    pub mod corpus;
}

use langsift::pipeline::{Pipeline, PipelineConfig};
use support::corpus;

/// F1 floors on the test set, per page language.
const FLOORS: [(&str, f64); 3] = [("en", 0.90), ("ja", 0.94), ("tl", 0.96)];

#[test]
fn test_set_f1_per_language() {
    let pipeline = Pipeline::new(PipelineConfig::default()).unwrap();
    let score = corpus::score_set(&pipeline, "test");
    let mut report = Vec::new();
    for lang in ["en", "ja", "tl"] {
        let ours = score.langsift[lang];
        let c4 = score.c4[lang];
        report.push(format!(
            "{lang}: P {:.3} R {:.3} F1 {:.3} (C4 F1 {:.3})",
            ours.precision(),
            ours.recall(),
            ours.f1(),
            c4.f1()
        ));
    }
    eprintln!("{}", report.join("\n"));
    for (lang, floor) in FLOORS {
        let (ours, c4) = (score.langsift[lang].f1(), score.c4[lang].f1());
        assert!(ours > c4, "{lang}: F1 {ours:.3} not above C4 {c4:.3}");
        assert!(
            ours >= floor,
            "{lang}: F1 {ours:.3} below its floor {floor}"
        );
    }
}

/// The dev table and every wrong dev line (for tuning; run with
/// `cargo test --test clean_corpus -- --ignored --nocapture`).
#[test]
#[ignore]
fn dev_report() {
    let pipeline = Pipeline::new(PipelineConfig::default()).unwrap();
    let score = corpus::score_set(&pipeline, "dev");
    for (lang, c) in &score.langsift {
        let c4 = score.c4[lang];
        eprintln!(
            "{lang}: P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {}) | C4 F1 {:.3}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_,
            c4.f1()
        );
    }
    for e in &score.errors {
        eprintln!("{e}");
    }
}
