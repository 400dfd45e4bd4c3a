//! The batch benchmark's baselines: on the same text, one thread each,
//! the whole langsift pipeline (in process), lingua's mixed-language mode
//! (`detect_multiple_languages_of`) alone, and whatlang per line alone, all
//! restricted to langsift's default candidate languages.
//!
//! Usage: `cargo run --release --example baselines -- CORPUS.jsonl [MEGABYTES]`
//! reads the `text` field of the corpus's records, up to MEGABYTES (default
//! 10) of text, and prints one `name MB/s` line per contender.

use std::io::BufRead;
use std::time::Instant;

use langsift::{Lang, Pipeline, PipelineConfig};
use lingua::LanguageDetectorBuilder;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .ok_or_else(|| anyhow::anyhow!("usage: baselines CORPUS.jsonl [MEGABYTES]"))?;
    let limit = args.get(2).map_or(Ok(10.0), |m| m.parse::<f64>())? * 1e6;
    let mut texts = Vec::new();
    let mut bytes = 0usize;
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let t = v["text"].as_str().unwrap_or_default().to_string();
        bytes += t.len();
        texts.push(t);
        if bytes as f64 >= limit {
            break;
        }
    }
    let mb = bytes as f64 / 1e6;
    println!("text {mb:.1} MB in {} documents", texts.len());
    let rate = |name: &str, secs: f64| println!("{name} {:.2} MB/s ({secs:.1} s)", mb / secs);

    let pipeline = Pipeline::new(PipelineConfig::default())?;
    pipeline.process_text(&texts[0]); // load what loads lazily
    let t = Instant::now();
    let mut segments = 0;
    for text in &texts {
        segments += pipeline.process_text(text).segments.len();
    }
    rate("pipeline", t.elapsed().as_secs_f64());

    let candidates: Vec<_> = Lang::DEFAULT_CANDIDATES
        .iter()
        .filter_map(|l| l.to_lingua())
        .collect();
    let lingua = LanguageDetectorBuilder::from_languages(&candidates)
        .with_preloaded_language_models()
        .build();
    lingua.detect_multiple_languages_of(&texts[0]);
    let t = Instant::now();
    let mut spans = 0;
    for text in &texts {
        spans += lingua.detect_multiple_languages_of(text).len();
    }
    rate("lingua_multiple", t.elapsed().as_secs_f64());

    let allow = Lang::DEFAULT_CANDIDATES
        .iter()
        .filter_map(|l| l.to_whatlang())
        .collect();
    let whatlang = whatlang::Detector::with_allowlist(allow);
    let t = Instant::now();
    let mut labelled = 0;
    for text in &texts {
        labelled += text
            .lines()
            .filter(|l| whatlang.detect(l).is_some())
            .count();
    }
    rate("whatlang_lines", t.elapsed().as_secs_f64());
    eprintln!("({segments} segments, {spans} lingua spans, {labelled} whatlang lines)");
    Ok(())
}
