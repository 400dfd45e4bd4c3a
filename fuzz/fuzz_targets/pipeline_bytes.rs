//! Fuzz target: arbitrary bytes through decoding and the whole pipeline.
//! Besides "no panic", it checks the output invariants: offsets in bounds,
//! segment text equal to the normalised slice, dropped text equal to the
//! slice, no overlaps.
#![no_main]

use std::sync::OnceLock;

use langsift::normalize::normalize;
use langsift::pipeline::{Pipeline, PipelineConfig};
use libfuzzer_sys::fuzz_target;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(PipelineConfig::default()).expect("built-in rules load"))
}

fuzz_target!(|data: &[u8]| {
    let p = pipeline();
    let Ok(decoded) = langsift::decode::decode(data, None) else {
        return;
    };
    let out = p.process_text(&decoded.text);
    let chars: Vec<char> = decoded.text.chars().collect();
    let mut owner = vec![false; chars.len()];
    for s in &out.segments {
        assert!(s.start < s.end && s.end <= chars.len());
        let raw: String = chars[s.start..s.end].iter().collect();
        assert_eq!(s.text, normalize(&raw, p.config().normalization));
        for o in &mut owner[s.start..s.end] {
            assert!(!*o, "overlap");
            *o = true;
        }
    }
    for d in &out.dropped {
        assert!(d.start < d.end && d.end <= chars.len());
        let raw: String = chars[d.start..d.end].iter().collect();
        assert_eq!(d.text, raw);
        for o in &mut owner[d.start..d.end] {
            assert!(!*o, "overlap");
            *o = true;
        }
    }
});
