//! The boilerplate-removal evaluation: langsift and the C4 line rule on the
//! corpus in `tests/data/clean/` (dev and held-out test pages in English,
//! Japanese and Tagalog), precision, recall and F1 of kept content lines per
//! language, computed in the same run.
//!
//! ```sh
//! cargo bench --bench clean_eval              # the table
//! cargo bench --bench clean_eval -- --errors  # and every wrong line
//! ```
//!
//! Scoring and the baseline are described in `tests/support/corpus.rs`.

#[path = "../tests/support/corpus.rs"]
mod corpus;

use langsift::pipeline::{Pipeline, PipelineConfig};

fn main() {
    let show_errors = std::env::args().any(|a| a == "--errors");
    let pipeline = Pipeline::new(PipelineConfig::default()).expect("built-in rules load");
    println!(
        "{:<5} {:<4} | {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} | {:>4} {:>4} {:>4}",
        "set", "lang", "P", "R", "F1", "C4 P", "C4 R", "C4 F1", "tp", "fp", "fn"
    );
    for set in ["dev", "test"] {
        let score = corpus::score_set(&pipeline, set);
        for (lang, ours) in &score.langsift {
            let c4 = &score.c4[lang];
            println!(
                "{:<5} {:<4} | {:>5.3} {:>5.3} {:>5.3} | {:>5.3} {:>5.3} {:>5.3} | {:>4} {:>4} {:>4}",
                set,
                lang,
                ours.precision(),
                ours.recall(),
                ours.f1(),
                c4.precision(),
                c4.recall(),
                c4.f1(),
                ours.tp,
                ours.fp,
                ours.fn_
            );
        }
        // Only dev errors: the test set is for reporting, not tuning.
        if show_errors && set == "dev" {
            for e in &score.errors {
                println!("  {e}");
            }
        }
    }
}
