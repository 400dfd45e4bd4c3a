//! Where the pipeline's time goes, by stage, on a JSONL file of documents:
//! language detection on every line, detection plus cleaning, and the whole
//! pipeline (the difference is the second detection on kept lines,
//! normalisation and segment building). Single thread.
//!
//! `cargo run --release --example stage_cost FILE.jsonl`
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
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
    let mb = docs.iter().map(|d| d.len()).sum::<usize>() as f64 / 1e6;
    let t = Instant::now();
    for d in &docs {
        let lines: Vec<&str> = d.split('\n').collect();
        let _ = p.detector().detect_lines(&lines);
    }
    let det = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for d in &docs {
        let lines: Vec<&str> = d.split('\n').collect();
        let _ = p.analyse_lines(&lines);
    }
    let ana = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for d in &docs {
        let _ = p.process_text(d);
    }
    let all = t.elapsed().as_secs_f64();
    println!("{mb:.1} MB: detect {det:.2}s, detect+clean {ana:.2}s, whole {all:.2}s");
}
