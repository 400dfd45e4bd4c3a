//! Helpers shared by the integration tests: one pipeline built once, and
//! the output invariants checked on a document.

#![allow(dead_code)]

use std::sync::OnceLock;

use langsift::blocks::is_space;
use langsift::normalize::normalize;
use langsift::pipeline::{Pipeline, PipelineConfig, Processed};

/// The default pipeline, built once per test binary.
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(PipelineConfig::default()).unwrap())
}

/// Check the output invariants of `out`, the pipeline's result on `text`;
/// `Err` describes the first violation.
/// - every segment's offsets are in bounds, and its text is exactly the
///   normalised `text[start..end]` (in code points), never empty;
/// - every dropped span's text is exactly `text[start..end]`;
/// - segments and dropped spans never overlap;
/// - every character that is not white space (Unicode white space, or an
///   invisible character that normalisation removes) is in a segment or in
///   a dropped span.
pub fn invariants(text: &str, out: &Processed) -> Result<(), String> {
    let form = pipeline().config().normalization;
    let chars: Vec<char> = text.chars().collect();
    let mut owner: Vec<u8> = vec![0; chars.len()];
    for s in &out.segments {
        if !(s.start < s.end && s.end <= chars.len()) {
            return Err(format!(
                "segment [{}, {}) out of bounds ({} chars)",
                s.start,
                s.end,
                chars.len()
            ));
        }
        let raw: String = chars[s.start..s.end].iter().collect();
        if s.text != normalize(&raw, form) || s.text.is_empty() {
            return Err(format!(
                "segment text {:?} is not the normalised slice {:?}",
                s.text, raw
            ));
        }
        if !(0.0..=1.0).contains(&s.conf) {
            return Err(format!("conf {} out of [0, 1]", s.conf));
        }
        mark(&mut owner, s.start, s.end, 1)?;
    }
    for d in &out.dropped {
        if !(d.start < d.end && d.end <= chars.len()) {
            return Err(format!(
                "dropped span [{}, {}) out of bounds",
                d.start, d.end
            ));
        }
        let raw: String = chars[d.start..d.end].iter().collect();
        if d.text != raw {
            return Err(format!(
                "dropped text {:?} is not the slice {:?}",
                d.text, raw
            ));
        }
        mark(&mut owner, d.start, d.end, 2)?;
    }
    match chars
        .iter()
        .enumerate()
        .find(|&(i, &c)| owner[i] == 0 && !is_space(c))
    {
        Some((i, c)) => Err(format!(
            "character {c:?} at {i} is neither kept nor dropped"
        )),
        None => Ok(()),
    }
}

fn mark(owner: &mut [u8], start: usize, end: usize, who: u8) -> Result<(), String> {
    for o in &mut owner[start..end] {
        if *o != 0 {
            return Err(format!("span [{start}, {end}) overlaps another"));
        }
        *o = who;
    }
    Ok(())
}
