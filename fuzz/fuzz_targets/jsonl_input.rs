//! Fuzz target: arbitrary bytes read as a JSONL input (the batch reader),
//! every document it yields through the pipeline. Malformed lines must be
//! errors, never panics; documents must keep the output invariants.
#![no_main]

use std::io::Cursor;
use std::sync::OnceLock;

use langsift::config::InputConfig;
use langsift::document::{Content, Documents};
use langsift::input::Source;
use langsift::normalize::normalize;
use langsift::pipeline::{Pipeline, PipelineConfig};
use libfuzzer_sys::fuzz_target;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(PipelineConfig::default()).expect("built-in rules load"))
}

fuzz_target!(|data: &[u8]| {
    let config = InputConfig {
        max_doc_bytes: 4096,
        ..InputConfig::default()
    };
    let source = Source::file("fuzz.jsonl");
    let docs = Documents::new(&source, Box::new(Cursor::new(data.to_vec())), &config);
    for doc in docs.take(64) {
        let Ok(doc) = doc else { continue };
        let Content::Text(text) = doc.content else {
            panic!("a JSONL record's content is text");
        };
        let out = pipeline().process_text(&text);
        let chars: Vec<char> = text.chars().collect();
        for s in &out.segments {
            assert!(s.start < s.end && s.end <= chars.len());
            let raw: String = chars[s.start..s.end].iter().collect();
            assert_eq!(s.text, normalize(&raw, pipeline().config().normalization));
        }
    }
});
