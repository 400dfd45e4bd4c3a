//! Normalisation of segment text: Unicode normal form (NFKC by default),
//! white space collapsed to single spaces, NBSP and other space characters
//! turned into spaces, zero-width characters removed.
//!
//! It only rewrites text; the offsets of a segment always refer to the
//! decoded input before normalisation.

use std::str::FromStr;
use std::sync::LazyLock;

use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// The Unicode normal form applied to segment text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Normalization {
    /// Canonical composition only.
    Nfc,
    /// Compatibility composition: folds half-width katakana and full-width
    /// Latin (the usual choice for Japanese analysis).
    #[default]
    Nfkc,
    /// No normal form; white space is still cleaned.
    None,
}

impl FromStr for Normalization {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "nfc" => Ok(Normalization::Nfc),
            "nfkc" => Ok(Normalization::Nfkc),
            "none" => Ok(Normalization::None),
            other => Err(format!(
                "unknown normalisation {other:?} (nfc, nfkc or none)"
            )),
        }
    }
}

/// Invisible characters that are removed outright: zero-width space and
/// joiners, word joiner, BOM, soft hyphen. Elsewhere they count as white
/// space.
pub fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// Characters every normal form leaves as they are (none of them
/// zero-width): printable ASCII, accented Latin-1 letters, kana,
/// kanji, Japanese brackets, marks and punctuation (・ 々 【】 〒 ※),
/// typographic quotes, dashes, guillemets and arrows, the copyright sign
/// and the middle dot.
fn in_every_form(c: char) -> bool {
    let n = c as u32;
    // The commonest first, in the order of a Japanese line: ASCII (of
    // which the list holds the printable characters only), kanji, kana.
    if n < 0x80 {
        return (0x20..=0x7E).contains(&n);
    }
    if (0x4E00..=0x9FFF).contains(&n)
        || (0x3041..=0x3096).contains(&n)
        || (0x30A1..=0x30FC).contains(&n)
    {
        return true;
    }
    matches!(n,
        0x20..=0x7E
        | 0xA9
        | 0xAB
        | 0xB7
        | 0xBB
        | 0xC0..=0xFF
        | 0x3001..=0x3002
        | 0x3005
        | 0x300C..=0x300F
        | 0x3010..=0x3012
        | 0x3041..=0x3096
        | 0x30A1..=0x30FC
        | 0x4E00..=0x9FFF
        | 0x2013..=0x2014
        | 0x2018..=0x2019
        | 0x201C..=0x201D
        | 0x2039..=0x203B
        | 0x2190..=0x2193)
}

/// The NFKC form of a full-width ASCII character (U+FF01 to U+FF5E) or
/// the ideographic space: one ASCII character. Next to characters
/// [`in_every_form`] the mapping is NFKC of the whole text, because every
/// one of them, and every ASCII character, is a starter that composes with
/// nothing before it (a test checks both for every character).
fn narrowed(c: char) -> Option<char> {
    match c {
        '\u{3000}' => Some(' '),
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    }
}

/// Normalise `text` in the given form and clean its white space.
///
/// ```
/// use langsift::normalize::{normalize, Normalization};
/// assert_eq!(normalize(" ｶﾀｶﾅ\u{00A0}ＡＢＣ\u{200B}  x ", Normalization::Nfkc), "カタカナ ABC x");
/// ```
pub fn normalize(text: &str, form: Normalization) -> String {
    // ASCII text is already in every normal form and has no zero-width
    // characters: only its white space needs cleaning (most lines of an
    // English page take this path).
    if text.is_ascii() {
        return collapse_white_space(text);
    }
    // Most lines are already in the normal form: then only white space
    // needs cleaning. Kana, kanji and accented Latin letters are in every
    // form; other text is asked the normal-form quick check.
    // One pass tells both whether every character is in every form and,
    // if so, whether the white space (only spaces then) needs collapsing.
    // Under NFKC, full-width ASCII and the ideographic space (common in
    // Japanese text) become their ASCII selves, character by character,
    // when the rest is in every form: then nothing composes (see
    // [`narrowed`]).
    let (mut every_form, mut collapsed, mut prev_space) = (true, true, true);
    let mut narrow = false;
    for c in text.chars() {
        if !in_every_form(c) {
            if form == Normalization::Nfkc && narrowed(c).is_some() {
                narrow = true;
                continue;
            }
            every_form = false;
            break;
        }
        if c == ' ' {
            collapsed &= !prev_space;
            prev_space = true;
        } else {
            prev_space = false;
        }
    }
    if every_form {
        if narrow {
            let mapped: String = text.chars().map(|c| narrowed(c).unwrap_or(c)).collect();
            return collapse_white_space(&mapped);
        }
        if collapsed && !prev_space {
            return text.to_owned();
        }
        return collapse_white_space(text);
    }
    let quick = match form {
        Normalization::Nfc => unicode_normalization::is_nfc_quick(text.chars()),
        Normalization::Nfkc => unicode_normalization::is_nfkc_quick(text.chars()),
        Normalization::None => IsNormalized::Yes,
    };
    if quick == IsNormalized::Yes && !text.chars().any(is_zero_width) {
        return collapse_white_space(text);
    }
    normalize_generally(text, form)
}

/// [`normalize`] without its fast paths: zero-width characters out, the
/// normal form, white space collapsed.
fn normalize_generally(text: &str, form: Normalization) -> String {
    let cleaned = text.chars().filter(|&c| !is_zero_width(c));
    let formed: String = match form {
        Normalization::Nfc => cleaned.nfc().collect(),
        Normalization::Nfkc => cleaned.nfkc().collect(),
        Normalization::None => cleaned.collect(),
    };
    collapse_white_space(&formed)
}

/// Runs of white space to one space, none at either end.
fn collapse_white_space(text: &str) -> String {
    if is_collapsed(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether `text` is already as [`collapse_white_space`] leaves it: no
/// white space but single spaces between non-space characters (most lines
/// of a page).
fn is_collapsed(text: &str) -> bool {
    if text.is_ascii() {
        let b = text.as_bytes();
        // `char::is_whitespace` on ASCII: tab, line feed, vertical tab,
        // form feed, carriage return and space.
        let space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
        if b.first().copied().is_some_and(space) || b.last().copied().is_some_and(space) {
            return false;
        }
        // No white space but spaces (a pass without an early exit, which
        // the compiler vectorises), and no two spaces in a row (a searcher
        // built once: building one costs more than a line's search).
        static TWO_SPACES: LazyLock<memchr::memmem::Finder<'static>> =
            LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
        let other_space = b
            .iter()
            .fold(false, |any, &c| any | (space(c) & (c != b' ')));
        return !other_space && TWO_SPACES.find(b).is_none();
    }
    let mut prev_space = true;
    for c in text.chars() {
        if c == ' ' {
            if prev_space {
                return false;
            }
            prev_space = true;
        } else if c.is_whitespace() {
            return false;
        } else {
            prev_space = false;
        }
    }
    !prev_space || text.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let cases = [
            ("ｱｲｳ", Normalization::Nfkc, "アイウ"),
            ("ｱｲｳ", Normalization::Nfc, "ｱｲｳ"),
            ("ｱｲｳ", Normalization::None, "ｱｲｳ"),
            ("e\u{0301}", Normalization::Nfc, "\u{00E9}"),
            ("a\u{3000}b\t\tc\u{2003}d", Normalization::None, "a b c d"),
            ("\u{200B}\u{200D}", Normalization::Nfkc, ""),
        ];
        for (input, form, want) in cases {
            assert_eq!(normalize(input, form), want, "{input:?} {form:?}");
        }
    }

    /// The fast paths (ASCII, text already in the normal form) give what
    /// the general path gives.
    #[test]
    fn fast_paths_agree() {
        for text in [
            "  a\tb \x0b c\r\n",
            "",
            "plain",
            " x  y ",
            "日本銀行は　金利を据え置いた。",
            "Ang pangulo ay nagsalita — “maayos” daw.",
            "ｶﾀｶﾅ ＡＢＣ",
            "e\u{0301} caf\u{e9}",
            "zero\u{200B}width",
        ] {
            for form in [Normalization::Nfc, Normalization::Nfkc, Normalization::None] {
                assert_eq!(
                    normalize(text, form),
                    normalize_generally(text, form),
                    "{text:?} {form:?}"
                );
            }
        }
    }

    /// Every character the fast path lets through is left alone by every
    /// normal form.
    #[test]
    fn in_every_form_is_true() {
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| in_every_form(c))
        {
            let s = c.to_string();
            assert_eq!(s.nfkc().collect::<String>(), s, "{c:?} U+{:04X}", c as u32);
            assert_eq!(s.nfc().collect::<String>(), s, "{c:?}");
            assert!(!is_zero_width(c), "{c:?}");
            assert!(composes_with_nothing_before(c), "{c:?}");
        }
    }

    /// A starter that is never the second character of a composition
    /// (its NFC quick check is Yes, not Maybe).
    fn composes_with_nothing_before(c: char) -> bool {
        unicode_normalization::char::canonical_combining_class(c) == 0
            && unicode_normalization::is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
    }

    /// The narrowed characters are exactly those whose NFKC form is one
    /// ASCII character among U+FF01 to U+FF5E and U+3000, and that is what
    /// they become; ASCII composes with nothing before it.
    #[test]
    fn narrowing_is_nfkc() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let Some(n) = narrowed(c) else { continue };
            assert_eq!(
                c.to_string().nfkc().collect::<String>(),
                n.to_string(),
                "U+{:04X}",
                c as u32
            );
            assert!(n.is_ascii() && !is_zero_width(c), "U+{:04X}", c as u32);
        }
        for c in (0..0x80u8).map(char::from) {
            assert!(composes_with_nothing_before(c), "{c:?}");
        }
        assert_eq!(narrowed('（'), Some('('));
        assert_eq!(narrowed('\u{FF5F}'), None); // white parenthesis: U+2985
        assert_eq!(
            normalize("（参考）　５０％？", Normalization::Nfkc),
            "(参考) 50%?"
        );
    }

    /// The general way to collapse white space, which the fast check
    /// must agree with.
    fn collapse_slowly(text: &str) -> String {
        text.split(char::is_whitespace)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    proptest::proptest! {
        #[test]
        fn fast_paths_agree_on_any_text(
            text in "[ a\\t\u{a0}\u{3000}\u{200b}日かｶＡé\u{301}“—.（？％～\u{ff5f}\u{3099}ｰ]{0,12}"
        ) {
            for form in [Normalization::Nfc, Normalization::Nfkc, Normalization::None] {
                proptest::prop_assert_eq!(normalize(&text, form), normalize_generally(&text, form));
            }
        }

        #[test]
        fn collapsing_agrees_with_splitting(
            text in "[ a\\t\\n\\r\u{0b}\u{0c}\u{a0}\u{3000}\u{2003}日é.]{0,12}"
        ) {
            proptest::prop_assert_eq!(collapse_white_space(&text), collapse_slowly(&text));
            proptest::prop_assert_eq!(is_collapsed(&text), collapse_slowly(&text) == text);
        }
    }

    /// White space and zero-width characters around text do not change
    /// its normal form, whatever the text starts or ends with: the pipeline
    /// takes a whole line's normal form as the text of a segment that
    /// covers the line trimmed.
    #[test]
    fn space_around_text_leaves_its_normal_form() {
        let around = [
            ("\u{3000}", "\u{A0}"),
            (" \t", "\u{2003}"),
            ("\u{200B}", "\u{FEFF} "),
        ];
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| !crate::blocks::is_space(c))
        {
            let alone = normalize(&c.to_string(), Normalization::Nfkc);
            for (before, after) in around {
                let spaced = format!("{before}{c}{after}");
                assert_eq!(
                    normalize(&spaced, Normalization::Nfkc),
                    alone,
                    "U+{:04X}",
                    c as u32
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn space_around_any_text_leaves_its_normal_form(
            before in "[ \\t\u{0b}\u{0c}\r\u{85}\u{a0}\u{1680}\u{2000}-\u{200d}\u{202f}\u{205f}\u{2060}\u{3000}\u{feff}\u{ad}]{0,3}",
            text in "[a\u{301}\u{3099}\u{b4}ﬁｶＡ①½\u{1100}\u{1161}か日 \u{3000}]{1,8}",
            after in "[ \\t\u{85}\u{a0}\u{2009}\u{200b}\u{3000}\u{feff}]{0,3}",
        ) {
            let core = text.trim_matches(crate::blocks::is_space);
            proptest::prop_assume!(!core.is_empty());
            let spaced = format!("{before}{core}{after}");
            proptest::prop_assert_eq!(
                normalize(&spaced, Normalization::Nfkc),
                normalize(core, Normalization::Nfkc)
            );
        }
    }

    #[test]
    fn parses_names() {
        assert_eq!("NFC".parse::<Normalization>(), Ok(Normalization::Nfc));
        assert!("nfd".parse::<Normalization>().is_err());
    }
}
