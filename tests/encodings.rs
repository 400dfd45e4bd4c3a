//! Each sample page re-encoded in Shift_JIS, EUC-JP and UTF-16 (with BOM,
//! both byte orders) gives the same segments as the page in UTF-8.
//!
//! Shift_JIS and EUC-JP cannot carry every character of the pages (中文双语
//! has 语, "Français" has ç, and NBSP and the em dash — have no JIS code), so the
//! encoder writes those as `&#NNNN;`. For such pages the reference is the
//! UTF-8 text the legacy bytes actually carry; pages that encode without
//! loss must give exactly the segments of the original page.

use encoding_rs::{Encoding, EUC_JP, SHIFT_JIS, UTF_16BE, UTF_16LE};
use langsift::pipeline::{Pipeline, PipelineConfig, Processed};

fn encode(enc: &'static Encoding, text: &str) -> (Vec<u8>, bool) {
    if enc == UTF_16LE || enc == UTF_16BE {
        let le = enc == UTF_16LE;
        let mut bytes = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for unit in text.encode_utf16() {
            bytes.extend(if le {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        return (bytes, false);
    }
    let (bytes, _, lossy) = enc.encode(text);
    (bytes.into_owned(), lossy)
}

fn key(p: &Processed) -> Vec<(String, String, usize, usize)> {
    p.segments
        .iter()
        .map(|s| (s.lang.code().to_string(), s.text.clone(), s.start, s.end))
        .collect()
}

#[test]
fn re_encoded_pages_give_the_same_segments() {
    let pipeline = Pipeline::new(PipelineConfig::default()).unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/pages");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    assert_eq!(pages.len(), 5);
    let mut lossless = 0;
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        let original = pipeline.process_text(&text);
        assert!(!original.segments.is_empty());
        for enc in [SHIFT_JIS, EUC_JP, UTF_16LE, UTF_16BE] {
            let (bytes, lossy) = encode(enc, &text);
            let got = pipeline.process_bytes(&bytes).unwrap();
            let name = format!("{} in {}", page.display(), enc.name());
            // Pure-ASCII bytes are the same in every ASCII-compatible encoding.
            if !bytes.is_ascii() {
                assert_eq!(got.encoding, enc.name(), "{name}: detected encoding");
            }
            assert_eq!(got.malformed, 0, "{name}");
            if lossy {
                let (carried, _) = enc.decode_without_bom_handling(&bytes);
                assert_eq!(key(&got), key(&pipeline.process_text(&carried)), "{name}");
            } else {
                lossless += 1;
                assert_eq!(key(&got), key(&original), "{name}");
            }
        }
    }
    // Page 001 (plain ASCII) carries over whole into every encoding; the
    // others have NBSP, ç, 语 or — and carry over whole only into UTF-16.
    assert_eq!(lossless, 4 + 4 * 2);
}
