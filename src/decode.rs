//! Decoding: bytes of any common encoding to text.
//!
//! A byte-order mark decides; else valid UTF-8 is UTF-8; else UTF-16 without a
//! BOM is recognised by its pattern of zero bytes; else chardetng guesses and
//! encoding_rs decodes. Malformed sequences become U+FFFD and are counted.
//! Input that looks like a binary file is refused with [`DecodeError::Binary`].
//! This module knows nothing of lines, languages or boilerplate.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// How many leading bytes are inspected to tell binary from text.
const SNIFF_LEN: usize = 8192;

/// Text decoded from an input, with what was learnt on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text, without any byte-order mark.
    pub text: String,
    /// The WHATWG name of the encoding used (e.g. `UTF-8`, `Shift_JIS`).
    pub encoding: &'static str,
    /// How many malformed byte sequences were replaced by U+FFFD.
    pub malformed: usize,
}

/// Why bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The input is empty (zero bytes).
    #[error("input is empty")]
    Empty,
    /// The input looks like a binary file, not text.
    #[error("input looks binary ({0}), not text; skipped")]
    Binary(String),
}

/// Resolve an encoding label (`shift_jis`, `euc-jp`, `utf-16le`, `latin1`, ...).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// Decode `bytes`, with `forced` overriding detection when given.
///
/// ```
/// let d = langsift::decode::decode("日本語".as_bytes(), None).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding, d.malformed), ("日本語", "UTF-8", 0));
/// ```
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some(enc) = forced {
        // A BOM still wins over a forced label only when it names the same
        // family; otherwise the user's word is taken as it is.
        return Ok(run(enc, bytes, true));
    }
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return Ok(run(enc, bytes, false));
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return Ok(run(enc, bytes, false));
    }
    if let Some(why) = looks_binary(bytes) {
        return Err(DecodeError::Binary(why));
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(run(UTF_8, bytes, false));
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    det.feed(bytes, true);
    let guess = det.guess(None, chardetng::Utf8Detection::Allow);
    let chosen = run(guess, bytes, false);
    // With little evidence (an English page with a few curly quotes in
    // EUC-JP), chardetng may pick a Chinese or Korean encoding. Our users
    // scrape Japanese sites: try the guess it makes for a .jp page too and
    // keep whichever decoding reads more like real text.
    if matches!(guess.name(), "GBK" | "gb18030" | "Big5" | "EUC-KR") {
        let jp = det.guess(Some(b"jp"), chardetng::Utf8Detection::Allow);
        if jp != guess {
            let alt = run(jp, bytes, false);
            if alt.malformed <= chosen.malformed
                && plausibility(&alt.text) > plausibility(&chosen.text)
            {
                return Ok(alt);
            }
        }
    }
    Ok(chosen)
}

/// Share of the non-ASCII characters that are kana, general punctuation or
/// CJK punctuation: high for a right decoding of Japanese or of English with
/// typographic quotes, low for mojibake (rare Han, half-width katakana).
fn plausibility(text: &str) -> f64 {
    let (mut good, mut all) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        all += 1;
        if matches!(c, '\u{3040}'..='\u{30FF}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF5E}')
        {
            good += 1;
        }
    }
    if all == 0 {
        0.0
    } else {
        good as f64 / all as f64
    }
}

fn run(enc: &'static Encoding, bytes: &[u8], forced: bool) -> Decoded {
    let mut decoder = if forced {
        enc.new_decoder_without_bom_handling()
    } else {
        enc.new_decoder_with_bom_removal()
    };
    let cap = decoder
        .max_utf8_buffer_length(bytes.len())
        .unwrap_or(bytes.len() * 3 + 16);
    let mut text = String::with_capacity(cap);
    let (_, _, _) = decoder.decode_to_string(bytes, &mut text, true);
    // encoding_rs reports only whether any replacement happened; count the
    // replacement characters it produced that were not in the input itself.
    let malformed = count_replacements(&text) - count_literal_replacements(enc, bytes);
    let encoding = decoder.encoding().name();
    Decoded {
        text,
        encoding,
        malformed,
    }
}

fn count_replacements(text: &str) -> usize {
    text.chars().filter(|&c| c == '\u{FFFD}').count()
}

/// U+FFFD characters that were legitimately encoded in the input.
fn count_literal_replacements(enc: &'static Encoding, bytes: &[u8]) -> usize {
    let pattern: &[u8] = if enc == UTF_8 {
        "\u{FFFD}".as_bytes()
    } else if enc == UTF_16LE {
        &[0xFD, 0xFF]
    } else if enc == UTF_16BE {
        &[0xFF, 0xFD]
    } else {
        return 0;
    };
    let step = if enc == UTF_8 { 1 } else { 2 };
    let mut n = 0;
    let mut i = 0;
    while i + pattern.len() <= bytes.len() {
        if &bytes[i..i + pattern.len()] == pattern {
            n += 1;
            i += pattern.len();
        } else {
            i += step;
        }
    }
    n
}

/// UTF-16 without a BOM: many zero bytes, nearly all at even (BE) or odd (LE)
/// positions.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.len() < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, &b) in head.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    let half = head.len() / 2;
    if odd * 10 >= half * 3 && even * 20 <= half {
        Some(UTF_16LE)
    } else if even * 10 >= half * 3 && odd * 20 <= half {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// A reason to believe the bytes are not text at all, if there is one.
fn looks_binary(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    const MAGIC: [(&[u8], &str); 8] = [
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x7FELF", "ELF executable"),
        (b"\x1F\x8B", "gzip data"),
        (b"\x28\xB5\x2F\xFD", "zstd data"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| head.starts_with(m)) {
        return Some((*what).to_string());
    }
    let nul = head.iter().filter(|&&b| b == 0).count();
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B | 0))
        .count();
    if nul * 100 > head.len() || (nul + control) * 10 > head.len() {
        return Some(format!(
            "{} NUL and {} control bytes in the first {} bytes",
            nul,
            control,
            head.len()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{EUC_JP, SHIFT_JIS};

    const JA: &str = "このウェブサイトはCookieを使用します。\n日本語の文章です。";

    fn encode(enc: &'static Encoding, s: &str) -> Vec<u8> {
        let (b, _, bad) = enc.encode(s);
        assert!(!bad);
        b.into_owned()
    }

    #[test]
    fn decodes_each_encoding_to_the_same_text() {
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (JA.as_bytes().to_vec(), "UTF-8"),
            (
                [b"\xEF\xBB\xBF".as_slice(), JA.as_bytes()].concat(),
                "UTF-8",
            ),
            (encode(SHIFT_JIS, JA), "Shift_JIS"),
            (encode(EUC_JP, JA), "EUC-JP"),
        ];
        for (bytes, name) in cases {
            let d = decode(&bytes, None).unwrap();
            assert_eq!(d.text, JA, "{name}");
            assert_eq!(d.encoding, name);
            assert_eq!(d.malformed, 0);
        }
    }

    #[test]
    fn decodes_utf16_with_and_without_bom() {
        let le: Vec<u8> = JA.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = JA.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let with_bom = [vec![0xFF, 0xFE], le.clone()].concat();
        assert_eq!(decode(&with_bom, None).unwrap().text, JA);
        let ascii = "plain English text, long enough to see the zero bytes";
        let le2: Vec<u8> = ascii.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode(&le2, None).unwrap().encoding, "UTF-16LE");
        let be2: Vec<u8> = ascii.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode(&be2, None).unwrap().text, ascii);
        let _ = (le, be);
    }

    #[test]
    fn malformed_bytes_are_replaced_and_counted() {
        let d = decode(b"abc \xE3\x81 def", Some(UTF_8)).unwrap();
        assert_eq!(d.malformed, 1);
        assert!(d.text.contains('\u{FFFD}'));
        let literal = decode("a\u{FFFD}b".as_bytes(), None).unwrap();
        assert_eq!(literal.malformed, 0);
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(decode(b"", None), Err(DecodeError::Empty));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0", None),
            Err(DecodeError::Binary(_))
        ));
        let mut junk = vec![0u8; 100];
        junk.extend_from_slice(&[1, 2, 3, 200, 0, 0, 7, 0, 0, 0, 9, 0, 0]);
        assert!(matches!(decode(&junk, None), Err(DecodeError::Binary(_))));
    }

    #[test]
    fn chinese_legacy_encodings_are_still_recognised() {
        let zh = "外交部发言人表示，中方坚决反对任何形式的干涉，并将采取必要措施维护国家主权和领土完整。我们希望有关方面停止错误做法。";
        let d = decode(&encode(encoding_rs::GBK, zh), None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (zh, "GBK"));
        let tw = "外交部發言人表示，我們堅決反對任何形式的干涉，並將採取必要措施維護國家主權與領土完整。";
        let d = decode(&encode(encoding_rs::BIG5, tw), None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (tw, "Big5"));
    }

    #[test]
    fn forced_label_wins() {
        let bytes = encode(SHIFT_JIS, JA);
        let d = decode(&bytes, encoding_for_label("sjis")).unwrap();
        assert_eq!(d.text, JA);
        assert!(encoding_for_label("no-such-encoding").is_none());
    }
}
