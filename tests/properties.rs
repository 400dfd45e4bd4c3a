//! Invariants of the pipeline, over arbitrary Unicode, page-like text and
//! arbitrary bytes (proptest):
//! - every segment's offsets are in bounds, and its `text` is exactly the
//!   normalised `decoded[start..end]`, never empty;
//! - every dropped span's `text` is exactly `decoded[start..end]`;
//! - segments and dropped spans never overlap;
//! - every character of the input that is not white space (Unicode white
//!   space, or a zero-width character or soft hyphen, which normalisation
//!   removes) is in a segment or in a dropped span.
//!
//! And one of the detector: its second pass over the kept lines of a page,
//! which reuses the first pass's labels where it can, gives exactly what
//! detecting those lines afresh (the others blanked) gives, whatever lines
//! are kept.

mod checks;

use proptest::prelude::*;

fn check(text: &str) -> Result<(), TestCaseError> {
    let out = checks::pipeline().process_text(text);
    checks::invariants(text, &out).map_err(TestCaseError::fail)
}

fn second_pass_check(text: &str, mask: &[bool]) -> Result<(), TestCaseError> {
    let detector = checks::pipeline().detector();
    let lines: Vec<&str> = text.lines().collect();
    let kept: Vec<bool> = (0..lines.len())
        .map(|i| mask.get(i).copied().unwrap_or(true))
        .collect();
    let (_, first) = detector.first_pass(&lines);
    let masked: Vec<&str> = lines
        .iter()
        .zip(&kept)
        .map(|(l, &k)| if k { *l } else { "" })
        .collect();
    prop_assert_eq!(
        detector.detect_kept(&lines, &kept, &first),
        detector.detect_lines(&masked)
    );
    Ok(())
}

/// The second pass on the shipped sample pages, keeping every line, every
/// other line, and the lines the cleaner keeps.
#[test]
fn second_detection_pass_equals_a_fresh_one_on_the_samples() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/pages");
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let cleaner: Vec<bool> = checks::pipeline()
            .analyse_lines(&lines)
            .decisions
            .iter()
            .map(|d| d.is_kept())
            .collect();
        let alternate: Vec<bool> = (0..lines.len()).map(|i| i % 2 == 0).collect();
        for mask in [vec![true; lines.len()], alternate, cleaner] {
            second_pass_check(&text, &mask).unwrap();
        }
    }
}

/// A document too long for the first pass to keep its analyses (and the
/// pipeline its lines' normal forms): the second pass detects the kept
/// lines afresh, and segments are normalised from their text. The kana
/// and the Latin prior both change between the passes: every Japanese and
/// every English line is dropped in one of the masks.
#[test]
fn long_documents_are_detected_and_normalised_the_same_way() {
    // Tagalog lines lead the function words; Han without kana is Japanese
    // only on a page with kana; short lines without function words take
    // the page's prior.
    let unit = [
        "Grabe ang traffic sa EDSA kanina, hindi na kami nakarating sa opisina.",
        "Ayon sa mga opisyal, magpapatuloy ang klase sa mga paaralan bukas.",
        "The minister arrived in Tokyo on Monday for two days of talks.",
        "日本銀行は金融政策決定会合で政策金利を据え置いた。",
        "経済産業省",
        "Public meetings planned",
        "ＡＢＣ café ﬁne  spacing\u{200B}here",
    ];
    let n = unit.len();
    let lines: Vec<&str> = unit.iter().copied().cycle().take(9100).collect();
    let text = lines.join("\n");
    let keep_if =
        |f: &dyn Fn(usize) -> bool| -> Vec<bool> { (0..lines.len()).map(|i| f(i % n)).collect() };
    let masks = [
        keep_if(&|_| true),
        keep_if(&|k| k != 3),
        keep_if(&|k| k >= 2),
        keep_if(&|k| k >= 2 && k != 3),
    ];
    let detector = checks::pipeline().detector();
    let (_, first) = detector.first_pass(&lines);
    let fresh = |mask: &[bool]| {
        let masked: Vec<&str> = lines
            .iter()
            .zip(mask)
            .map(|(l, &k)| if k { *l } else { "" })
            .collect();
        detector.detect_lines(&masked)
    };
    // The masks do change what the second pass must find.
    assert_ne!(fresh(&masks[1]).lines[4], fresh(&masks[0]).lines[4], "kana");
    assert_ne!(
        fresh(&masks[2]).lines[5],
        fresh(&masks[0]).lines[5],
        "prior"
    );
    for mask in &masks {
        assert_eq!(detector.detect_kept(&lines, mask, &first), fresh(mask));
    }
    check(&text).unwrap();
}

/// Page-like text: fragments of prose, boilerplate and awkward characters,
/// joined by every kind of line end.
fn page() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just("The minister arrived in Tokyo on Monday. ".to_string()),
        Just("大臣は月曜日に東京に到着した。".to_string()),
        Just("Gumagamit ng cookies ang website na ito".to_string()),
        Just("Sinabi ng pangulo na tataas ang sahod ng mga manggagawa. ".to_string()),
        Just("AIによって生成された画像".to_string()),
        Just("関連記事".to_string()),
        Just("Copyright 2025. All rights reserved.".to_string()),
        Just("経済産業省".to_string()),
        Just("你好世界".to_string()),
        Just("ﾃｽﾄ ＡＢＣ".to_string()),
        Just("\u{00A0}".to_string()),
        Just("\u{200B}".to_string()),
        Just("\u{00AD}".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("e\u{0301}\u{0301}\u{0301}".to_string()),
        Just("👩‍👩‍👧 🇯🇵".to_string()),
        Just("שלום עולם".to_string()),
        Just("2025-12-03 23:22".to_string()),
        Just("\u{0000}\u{0007}".to_string()),
        "\\PC{0,12}",
        any::<String>(),
    ];
    let line_end = prop_oneof![
        Just("\n"),
        Just("\r\n"),
        Just("\r"),
        Just("\u{2028}"),
        Just("\n\n"),
        Just(""),
        Just(" ")
    ];
    prop::collection::vec((fragment, line_end), 0..24)
        .prop_map(|parts| parts.into_iter().map(|(f, e)| f + e).collect::<String>())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_on_arbitrary_unicode(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn invariants_hold_on_page_like_text(text in page()) {
        check(&text)?;
    }

    #[test]
    fn second_detection_pass_equals_a_fresh_one(
        text in page(),
        mask in prop::collection::vec(any::<bool>(), 0..48),
    ) {
        second_pass_check(&text, &mask)?;
    }

    #[test]
    fn invariants_hold_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
        if let Ok(decoded) = langsift::decode::decode(&bytes, None) {
            check(&decoded.text)?;
        }
    }
}
