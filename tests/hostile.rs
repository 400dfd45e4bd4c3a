//! Hostile inputs: each must go through decoding and the whole pipeline
//! without a panic and with the output invariants intact. Time and memory
//! on the large ones are measured by `bench/hostile.sh`, not asserted here.

mod checks;

use checks::{invariants, pipeline};
use langsift::decode::DecodeError;

const EN: &str = "The minister arrived in Tokyo on Monday for talks on trade. ";
const JA: &str = "大臣は月曜日に東京に到着し、貿易について協議した。";
const TL: &str = "Sinabi ng pangulo na tataas ang sahod ng mga manggagawa sa susunod na taon. ";

fn run_bytes(bytes: &[u8]) -> Result<(String, langsift::Processed), DecodeError> {
    let decoded = langsift::decode::decode(bytes, None)?;
    let out = pipeline().process_text(&decoded.text);
    let via_bytes = pipeline().process_bytes(bytes)?;
    assert_eq!(out.segments, via_bytes.segments);
    Ok((decoded.text, via_bytes))
}

fn ok(text: &str) -> langsift::Processed {
    let (decoded, out) = run_bytes(text.as_bytes()).expect("decodes");
    assert_eq!(decoded, text.trim_start_matches('\u{FEFF}'));
    invariants(&decoded, &out).unwrap();
    out
}

#[test]
fn a_100_mb_line() {
    let unit = format!("{EN}{JA}{TL}");
    let text = unit.repeat(100 * 1024 * 1024 / unit.len() + 1);
    assert!(text.len() >= 100 * 1024 * 1024 && !text.contains('\n'));
    let out = ok(&text);
    let langs: std::collections::BTreeSet<&str> =
        out.segments.iter().map(|s| s.lang.code()).collect();
    assert_eq!(langs.into_iter().collect::<Vec<_>>(), ["en", "ja", "tl"]);
}

#[test]
fn a_million_tiny_lines() {
    let tiny = ["a", "1", "x", "。", "-", "日", "b c", "?"];
    let text: String = (0..1_000_000)
        .map(|i| format!("{}\n", tiny[i % tiny.len()]))
        .collect();
    ok(&text);
}

#[test]
fn nul_bytes() {
    // A few NUL bytes in text: decoded, kept, invariants hold.
    let text = format!("{EN}\0{JA}\n{TL}\n").repeat(20);
    let out = ok(&text);
    assert!(!out.segments.is_empty());
    // Mostly NUL bytes: refused as binary, not a crash.
    let bytes = [EN.as_bytes(), &[0u8; 400]].concat();
    assert!(matches!(run_bytes(&bytes), Err(DecodeError::Binary(_))));
}

#[test]
fn invalid_utf8_at_every_position() {
    let base = format!("{EN}\n{JA}\n{TL}");
    let bytes = base.as_bytes();
    for i in 0..=bytes.len() {
        for bad in [&[0xFFu8][..], &[0xE3, 0x81][..], &[0xC0, 0xAF][..]] {
            let input = [&bytes[..i], bad, &bytes[i..]].concat();
            let (decoded, out) = run_bytes(&input).unwrap();
            invariants(&decoded, &out).unwrap_or_else(|e| panic!("at byte {i}: {e}"));
            assert!(
                decoded.contains('\u{FFFD}') || out.encoding != "UTF-8",
                "at byte {i}"
            );
        }
    }
}

#[test]
fn lone_surrogates_in_utf16() {
    let mut units: Vec<u16> = "Hello ".encode_utf16().collect();
    units.push(0xD800); // a high surrogate with no low one
    units.extend("world 日本".encode_utf16());
    units.push(0xDC00); // a low surrogate alone
    units.extend(" end.\n".encode_utf16());
    for le in [true, false] {
        let mut bytes = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in &units {
            bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        let (decoded, out) = run_bytes(&bytes).unwrap();
        assert_eq!(out.malformed, 2);
        assert_eq!(decoded.matches('\u{FFFD}').count(), 2);
        invariants(&decoded, &out).unwrap();
    }
}

#[test]
fn every_kind_of_line_end_gives_the_same_segments() {
    let lines = [
        EN.trim(),
        JA,
        "関連記事",
        "Kaugnay na teaser.",
        "",
        "",
        TL.trim(),
    ];
    let reference: Vec<(String, String)> = ok(&lines.join("\n"))
        .segments
        .into_iter()
        .map(|s| (s.lang.code().to_string(), s.text))
        .collect();
    assert_eq!(reference.len(), 3);
    for end in ["\r\n", "\r", "\u{2028}", "\u{2029}", "\u{0085}"] {
        let got: Vec<(String, String)> = ok(&lines.join(end))
            .segments
            .into_iter()
            .map(|s| (s.lang.code().to_string(), s.text))
            .collect();
        assert_eq!(got, reference, "line end {end:?}");
    }
}

#[test]
fn a_bom_in_the_middle() {
    let text = format!("\u{FEFF}{EN}\n{JA}\u{FEFF}{JA}\n\u{FEFF}\n{TL}");
    let out = ok(&text);
    assert!(out.segments.iter().all(|s| !s.text.contains('\u{FEFF}')));
}

#[test]
fn a_10000_character_word() {
    let word = "a".repeat(10_000);
    let text = format!("{EN}{word} {EN}\n{JA}{}\n", "語".repeat(10_000));
    ok(&text);
}

#[test]
fn ten_thousand_combining_marks_on_one_letter() {
    let storm = format!("e{}", "\u{0301}".repeat(10_000));
    let text = format!("{EN}{storm} done.\n{storm}\n");
    ok(&text);
}

#[test]
fn control_characters_emoji_and_right_to_left_text() {
    let text = format!(
        "{EN}\u{0007}\u{001B}[31m\n👩‍👩‍👧‍👦🇯🇵 {JA}\nשלום עולם, مرحبا بالعالم\n\u{202E}{TL}\u{202C}\n"
    );
    ok(&text);
}
