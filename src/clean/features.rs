//! The structural classifier's view of one line: what can be measured on the
//! line alone ([`Features`]), and the class that follows from it
//! ([`Class`]), in the spirit of jusText but counted in characters, so that
//! it serves Japanese (no spaces) as well as English and Tagalog.
//!
//! Features: length in non-space characters, whitespace words, whether the
//! line is mostly CJK, terminal punctuation (`.?!` and `。！？`), the share
//! of function words (a per-language list in `function_words.toml`; for
//! Japanese, the share of characters covered by particles and auxiliary
//! endings), digit and symbol shares, upper-case share, and whether it looks
//! like a link or a counter ("1.2K shares", "いいね 42"). This module does
//! not look at neighbouring lines; [`super::structure`] does.

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use crate::detect::words::{pack_ascii, pack_lower};
use crate::lang::Lang;

/// The function-word lists, shipped inside the binary.
pub const FUNCTION_WORDS: &str = include_str!("function_words.toml");

/// [`FunctionWords::measure_ascii`]'s counts of an ASCII line.
struct AsciiCounts {
    /// Bytes of each kind ([`A_WHITE`] and the others).
    kinds: [usize; 5],
    /// White-space separated words.
    words: usize,
    function_share: f32,
}

/// What one line looks like on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    /// Non-space characters.
    pub chars: usize,
    /// White-space separated words.
    pub words: usize,
    /// Letters (alphabetic characters).
    pub letters: usize,
    /// Most letters are Han or kana (length is then counted in characters).
    pub cjk: bool,
    /// Ends like a sentence (`.?!…。！？`, possibly before closing quotes).
    pub terminal: bool,
    /// Share of function words (of words; for Japanese, of letters).
    pub function_share: f32,
    /// Share of digits among non-space characters.
    pub digit_share: f32,
    /// Share of characters that are neither letters, digits nor spaces.
    pub symbol_share: f32,
    /// Share of upper-case letters among cased letters.
    pub upper_share: f32,
    /// Looks like a link, an address or an arrow-led navigation item.
    pub link_like: bool,
    /// Looks like a counter: a number and a word or two ("1.2K shares").
    pub counter_like: bool,
    /// The line's language (most letters), from detection.
    pub lang: Option<Lang>,
}

/// The class of a line by its own features.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Long, sentence-like, dense in function words: article prose.
    Good,
    /// A sentence, but short or thin: content next to good lines.
    NearGood,
    /// Short and not a sentence: a heading next to good lines, else chrome.
    Short,
    /// Counters, links, number runs, labels: never content.
    Bad,
}

impl Class {
    pub fn name(self) -> &'static str {
        match self {
            Class::Good => "good",
            Class::NearGood => "near_good",
            Class::Short => "short",
            Class::Bad => "bad",
        }
    }
}

/// The thresholds of the classifier (characters for CJK lines, characters
/// and function-word shares for the others).
struct Thresholds {
    good_chars: usize,
    good_chars_unpunctuated: usize,
    good_function_share: f32,
    near_good_chars: usize,
}

const LATIN: Thresholds = Thresholds {
    good_chars: 40,
    good_chars_unpunctuated: 150,
    good_function_share: 0.15,
    near_good_chars: 12,
};

const CJK: Thresholds = Thresholds {
    good_chars: 15,
    good_chars_unpunctuated: 60,
    good_function_share: 0.08,
    near_good_chars: 6,
};

#[derive(Deserialize)]
struct WordList {
    words: Vec<String>,
}

/// Function words per language, built once.
pub struct FunctionWords {
    /// The Latin-script languages with a list: bit `i` of a word's bit
    /// set stands for `latin[i]`'s list.
    latin: Vec<Lang>,
    /// The ASCII words of the Latin-script lists, packed
    /// ([`pack_ascii`]), to the bit set of the lists holding them: the
    /// look-up nearly every word takes.
    ascii: FxHashMap<u128, u8>,
    /// Every word of the Latin-script lists to the same bit set, for the
    /// words `ascii` cannot take.
    any: FxHashMap<String, u8>,
    particles: aho_corasick::AhoCorasick,
    /// Characters of each particle, by pattern.
    particle_chars: Vec<usize>,
    /// Characters of the longest word of `any`: lower-casing never makes
    /// a word shorter in characters, so a longer word is in no list.
    longest: usize,
}

static COUNTER_NUMBER_LAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^\d]{1,20}?[\s(（]*\d[\d,.]*\s*[KkMm万千]?[)）]?\s*(件|人|回|票)?$").unwrap()
});
static COUNTER_NUMBER_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d[\d,.]*\s*[KkMm万千]?\s*\p{L}+(\s+\p{L}+)?$").unwrap());
/// A sentence end followed by an outlet's or reporter's signature
/// ("... ang mga bodega. —KG, GMA News", "... said. – Sipat.com").
static SIGNED_END: LazyLock<Regex> = LazyLock::new(|| {
    // `*` rather than `{0,50}` after the first letter: the counted repeat of
    // a Unicode class made the lazy DFA rebuild its states on every line
    // (most of the pipeline's time); the length is checked on the capture.
    Regex::new(r#"[.!?。！？]["”’」)]?\s*[-–—]{1,2}\s*(?P<sig>[\p{L}\p{N}][^.!?。！？]*)(\.(com|ph|net|org|jp))?$"#).unwrap()
});

/// Whether the line ends with a sentence end and a signature of at most 51
/// characters ("... ang mga bodega. —KG, GMA News").
fn signed_end(line: &str) -> bool {
    let t = tail(line, SIGNED_END_BYTES);
    may_be_signed(t)
        && SIGNED_END.is_match(t)
        && SIGNED_END
            .captures(t)
            .and_then(|c| c.name("sig"))
            .is_some_and(|sig| sig.as_str().chars().count() <= 51)
}

/// A signature fits in the last few dozen characters of a line: the
/// pattern runs on this many trailing bytes only, so that a long paragraph
/// costs no more than a short one.
const SIGNED_END_BYTES: usize = 256;

/// Whether [`SIGNED_END`] can match `t`: a match needs a dash
/// (`-`, `–`, `—`) with, before it, white space (`\s`, which is
/// [`char::is_whitespace`]), at most one closing quote or bracket, and a
/// sentence end. Reverse searches of that pattern are costly; most lines
/// have no such dash and skip it.
fn may_be_signed(t: &str) -> bool {
    t.match_indices(['-', '–', '—']).any(|(at, _)| {
        let mut before = t[..at].chars().rev().skip_while(|c| c.is_whitespace());
        let end = |c: Option<char>| matches!(c, Some('.' | '!' | '?' | '。' | '！' | '？'));
        match before.next() {
            Some('"' | '”' | '’' | '」' | ')') => end(before.next()),
            c => end(c),
        }
    })
}

/// The last `max` bytes of `s` (or fewer, to start on a character boundary).
fn tail(s: &str, max: usize) -> &str {
    let mut at = s.len().saturating_sub(max);
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

static LINK_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)https?://|www\.|\S@\S+\.\w|^[←→«»‹›<>]|[←→«»‹›]$|\.(com|net|org|ph|jp)(?-u:\b)",
    )
    .unwrap()
});

/// Whether [`LINK_LIKE`] can match `t` (a line trimmed of white space):
/// each of its branches needs `://`, `@`, a `.` after `w`/`W` or before
/// `c`, `n`, `o`, `p`, `j` (either case; no other character folds to
/// them), or an arrow or guillemet first or last. Most lines have none
/// and skip the regex.
fn may_be_link(t: &str) -> bool {
    let b = t.as_bytes();
    let dot = |i: usize| {
        (i > 0 && b[i - 1] | 0x20 == b'w')
            || b.get(i + 1)
                .is_some_and(|&n| matches!(n | 0x20, b'c' | b'n' | b'o' | b'p' | b'j'))
    };
    b.contains(&b'@')
        || t.contains("://")
        || t.match_indices('.').any(|(i, _)| dot(i))
        || t.starts_with(['←', '→', '«', '»', '‹', '›', '<', '>'])
        || t.ends_with(['←', '→', '«', '»', '‹', '›'])
}

impl FunctionWords {
    /// The built-in lists.
    pub fn builtin() -> FunctionWords {
        let tables: HashMap<String, WordList> =
            toml::from_str(FUNCTION_WORDS).expect("function_words.toml is valid (tested)");
        let mut latin = Vec::new();
        let mut any: FxHashMap<String, u8> = FxHashMap::default();
        let mut particles = Vec::new();
        let mut tables: Vec<(Lang, WordList)> = tables
            .into_iter()
            .map(|(code, list)| (code.parse().expect("known language code"), list))
            .collect();
        tables.sort_by_key(|(lang, _)| *lang);
        for (lang, list) in tables {
            if lang == Lang::Ja {
                particles = list.words;
                continue;
            }
            let bit = 1u8
                .checked_shl(latin.len() as u32)
                .expect("at most eight Latin-script lists");
            latin.push(lang);
            for w in list.words {
                *any.entry(w).or_insert(0) |= bit;
            }
        }
        let ascii = any
            .iter()
            .filter(|(w, _)| w.is_ascii())
            .map(|(w, &bits)| {
                let key = pack_ascii(w).expect("ASCII function words are short, without NUL");
                (key, bits)
            })
            .collect();
        let particle_chars = particles.iter().map(|p| p.chars().count()).collect();
        // A DFA without a prefilter: every particle starts with the same
        // byte as every kana, so a prefilter would stop at nearly every
        // character of a Japanese line and hand over to the automaton.
        let particles = aho_corasick::AhoCorasickBuilder::new()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .prefilter(false)
            .build(&particles)
            .expect("particles compile");
        let longest = any.keys().map(|w| w.chars().count()).max().unwrap_or(0);
        FunctionWords {
            latin,
            ascii,
            any,
            particles,
            particle_chars,
            longest,
        }
    }

    /// The share of `line`'s words (white-space separated, trimmed of
    /// what is not a letter or digit) in `lang`'s list, or in any list
    /// when `lang` has none. [`Features::measure`] takes an ASCII line's
    /// share from its one scan instead ([`FunctionWords::measure_ascii`]).
    fn latin_share(&self, line: &str, lang: Option<Lang>) -> f32 {
        let want = self.want(lang);
        let mut words = 0;
        let mut hits = 0;
        for w in line.split_whitespace() {
            let w = trim_to_alphanumeric(w);
            if w.is_empty() {
                continue;
            }
            words += 1;
            if self.lists_of(w) & want != 0 {
                hits += 1;
            }
        }
        share(hits, words)
    }

    /// The bit set a word must meet to count for `lang` (any list when
    /// `lang` has none).
    fn want(&self, lang: Option<Lang>) -> u8 {
        lang.and_then(|l| self.latin.iter().position(|&x| x == l))
            .map_or(u8::MAX, |i| 1 << i)
    }

    /// What [`Features::measure`] counts on an ASCII line, in one scan of
    /// its bytes: each byte by its kind ([`ASCII_KIND`]), the white-space
    /// separated words, and the function-word share as
    /// [`FunctionWords::latin_share`] takes it (each word trimmed to its
    /// first and last letter or digit, lower-cased and packed as it ends).
    fn measure_ascii(&self, b: &[u8], lang: Option<Lang>) -> AsciiCounts {
        let want = self.want(lang);
        let mut kinds = [0usize; 5];
        let (mut words, mut in_word) = (0, false);
        let (mut trimmed, mut hits) = (0, 0);
        // The current word's first letter or digit (`None` before one)
        // and the end of its last.
        let (mut first, mut end) = (None, 0);
        let mut word_ends = |first: &mut Option<usize>, end: usize| {
            if let Some(start) = first.take() {
                trimmed += 1;
                hits += usize::from(self.ascii_lists(&b[start..end]) & want != 0);
            }
        };
        for (i, &c) in b.iter().enumerate() {
            let kind = ASCII_KIND[usize::from(c)].1;
            kinds[usize::from(kind)] += 1;
            let white = kind == A_WHITE;
            words += usize::from(!white & !in_word);
            in_word = !white;
            if white {
                word_ends(&mut first, end);
            } else if matches!(kind, A_UPPER | A_LOWER | A_DIGIT) {
                first.get_or_insert(i);
                end = i + 1;
            }
        }
        word_ends(&mut first, end);
        AsciiCounts {
            kinds,
            words,
            function_share: share(hits, trimmed),
        }
    }

    /// The bit set of the lists that hold the ASCII word `w`, which starts
    /// and ends with a letter or digit. No listed word is longer than 16
    /// bytes. Nor does one hold a NUL, which [`pack_ascii`] refuses
    /// because the padding is NULs; here a NUL inside the word has a byte
    /// other than NUL after it, so its key is no listed word's.
    fn ascii_lists(&self, w: &[u8]) -> u8 {
        if w.len() > 16 {
            return 0;
        }
        self.ascii.get(&pack_lower(w)).copied().unwrap_or(0)
    }

    /// The bit set of the lists that hold `w` lower-cased. An ASCII word
    /// the packing refuses is longer than 16 bytes or holds a NUL, which
    /// no listed word does; another word, unless it has more characters
    /// than the longest listed word, is lower-cased (it may become ASCII)
    /// and looked up whole.
    fn lists_of(&self, w: &str) -> u8 {
        if let Some(key) = pack_ascii(w) {
            return self.ascii.get(&key).copied().unwrap_or(0);
        }
        if w.is_ascii() || w.chars().nth(self.longest).is_some() {
            return 0;
        }
        self.any
            .get(w.to_lowercase().as_str())
            .copied()
            .unwrap_or(0)
    }

    fn particle_share(&self, line: &str, letters: usize) -> f32 {
        let covered: usize = self
            .particles
            .find_iter(line)
            .map(|m| self.particle_chars[m.pattern().as_usize()])
            .sum();
        share(covered, letters)
    }
}

/// `w.trim_matches(|c: char| !c.is_alphanumeric())`, at no cost for a
/// word (the most) that starts and ends with an ASCII letter or digit.
fn trim_to_alphanumeric(w: &str) -> &str {
    let b = w.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => w,
        _ => w.trim_matches(|c: char| !c.is_alphanumeric()),
    }
}

fn share(part: usize, whole: usize) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 / whole as f32
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F)
}

/// What a character counts as in [`Features::measure`]: bits of
/// [`SPACE`] ([`crate::blocks::is_space`]), [`WHITE`]
/// ([`char::is_whitespace`], which separates words), [`LETTER`]
/// (alphabetic), [`CJK_LETTER`] (an alphabetic [`is_cjk`] character),
/// [`UPPER`] and [`CASED`] (letters only) and [`DIGIT`] (numeric, not
/// alphabetic).
const SPACE: u8 = 1;
const WHITE: u8 = 2;
const LETTER: u8 = 4;
const CJK_LETTER: u8 = 8;
const UPPER: u8 = 16;
const CASED: u8 = 32;
const DIGIT: u8 = 64;

/// The five kinds of ASCII characters, as [`Features::measure`] counts
/// them: white space, upper-case and lower-case letters, digits, and the
/// rest (symbols).
const A_WHITE: u8 = 0;
const A_UPPER: u8 = 1;
const A_LOWER: u8 = 2;
const A_DIGIT: u8 = 3;
const A_OTHER: u8 = 4;

/// [`kind_general`] for ASCII, as a table, with each character's count
/// among the five ([`A_WHITE`] and the others).
static ASCII_KIND: [(u8, u8); 128] = {
    let mut table = [(0u8, 0u8); 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b' ' | 0x09..=0x0d => (SPACE | WHITE, A_WHITE),
            b'A'..=b'Z' => (LETTER | UPPER | CASED, A_UPPER),
            b'a'..=b'z' => (LETTER | CASED, A_LOWER),
            b'0'..=b'9' => (DIGIT, A_DIGIT),
            _ => (0, A_OTHER),
        };
        b += 1;
    }
    table
};

/// A character's [`kind_general`], without Unicode table look-ups for
/// ASCII, hiragana, katakana and the main Han block (all of whose
/// characters there are uncased letters) and the commonest Japanese
/// punctuation (tested for every character).
fn kind(c: char) -> u8 {
    match c as u32 {
        n @ 0..=0x7f => ASCII_KIND[n as usize].0,
        0x3041..=0x3096 | 0x30A1..=0x30FA | 0x30FC..=0x30FF | 0x4E00..=0x9FFF => {
            LETTER | CJK_LETTER
        }
        // 、。「」
        0x3001 | 0x3002 | 0x300C | 0x300D => 0,
        _ => kind_general(c),
    }
}

/// What a character counts as, from the Unicode properties.
fn kind_general(c: char) -> u8 {
    let mut k = 0;
    if crate::blocks::is_space(c) {
        k |= SPACE;
    }
    if c.is_whitespace() {
        k |= WHITE;
    }
    if c.is_alphabetic() {
        k |= LETTER;
        if is_cjk(c) {
            k |= CJK_LETTER;
        }
        if c.is_uppercase() {
            k |= UPPER;
        }
        if c.is_uppercase() || c.is_lowercase() {
            k |= CASED;
        }
    } else if c.is_numeric() {
        k |= DIGIT;
    }
    k
}

impl Features {
    /// Measure a line. `lang` is the line's detected language, if any.
    pub fn measure(line: &str, lang: Option<Lang>, words: &FunctionWords) -> Features {
        let t = line.trim_matches(crate::blocks::is_space);
        let mut chars = 0;
        let (mut letters, mut cjk, mut digits, mut symbols, mut upper, mut cased) =
            (0, 0, 0, 0, 0, 0);
        // Words as `split_whitespace` counts them, in the same pass.
        let (mut n_words, mut in_word) = (0, false);
        // ASCII characters are counted by their kind ([`ASCII_KIND`]) and
        // added up after the loop; the others are counted one by one. An
        // ASCII line (no CJK letters: its share is of function words) is
        // counted and its function words found in one scan.
        let mut ascii = [0usize; 5];
        let mut ascii_share = None;
        if t.is_ascii() {
            let counts = words.measure_ascii(t.as_bytes(), lang);
            ascii = counts.kinds;
            n_words = counts.words;
            ascii_share = Some(counts.function_share);
        } else {
            for c in t.chars() {
                if c.is_ascii() {
                    let count = ASCII_KIND[c as usize].1;
                    ascii[usize::from(count)] += 1;
                    let white = count == A_WHITE;
                    n_words += usize::from(!white & !in_word);
                    in_word = !white;
                    continue;
                }
                let k = kind(c);
                if k & WHITE != 0 {
                    in_word = false;
                } else if !in_word {
                    n_words += 1;
                    in_word = true;
                }
                if k & SPACE != 0 {
                    continue;
                }
                chars += 1;
                if k & LETTER != 0 {
                    letters += 1;
                    cjk += usize::from(k & CJK_LETTER != 0);
                    upper += usize::from(k & UPPER != 0);
                    cased += usize::from(k & CASED != 0);
                } else if k & DIGIT != 0 {
                    digits += 1;
                } else {
                    symbols += 1;
                }
            }
        }
        let [_, a_upper, a_lower, a_digit, a_other] = ascii;
        chars += a_upper + a_lower + a_digit + a_other;
        letters += a_upper + a_lower;
        upper += a_upper;
        cased += a_upper + a_lower;
        digits += a_digit;
        symbols += a_other;
        let is_cjk_line = cjk * 2 > letters;
        let function_share = match ascii_share {
            Some(share) => share,
            None if is_cjk_line => words.particle_share(t, letters),
            None => words.latin_share(t, lang),
        };
        let ends_sentence = super::ends_sentence(t);
        Features {
            chars,
            words: n_words,
            letters,
            cjk: is_cjk_line,
            terminal: ends_sentence || signed_end(t),
            function_share,
            digit_share: share(digits, chars),
            symbol_share: share(symbols, chars),
            upper_share: share(upper, cased),
            link_like: may_be_link(t) && LINK_LIKE.is_match(t),
            counter_like: chars <= 30
                && digits > 0
                && n_words <= 4
                && !ends_sentence
                && (COUNTER_NUMBER_LAST.is_match(t) || COUNTER_NUMBER_FIRST.is_match(t)),
            lang,
        }
    }

    /// The class these features give, before context.
    pub fn class(&self) -> Class {
        let th = if self.cjk { &CJK } else { &LATIN };
        let few_letters = self.letters < 2 || self.letters * 2 < self.chars;
        if self.counter_like
            || (self.link_like && !self.terminal)
            || few_letters
            || self.digit_share > 0.3
            || (!self.cjk && self.upper_share > 0.8 && self.words <= 3 && self.letters >= 3)
        {
            return Class::Bad;
        }
        let dense = self.function_share >= th.good_function_share;
        if dense
            && ((self.terminal && self.chars >= th.good_chars)
                || self.chars >= th.good_chars_unpunctuated)
        {
            return Class::Good;
        }
        let enough_words = self.cjk || self.words >= 3;
        if self.terminal && self.chars >= th.near_good_chars && enough_words {
            return Class::NearGood;
        }
        if self.chars >= th.good_chars_unpunctuated {
            return Class::NearGood;
        }
        Class::Short
    }

    /// Whether the line is shaped like a title or heading: a few words, not
    /// a sentence, not ending in a colon or comma.
    pub fn heading_shaped(&self, line: &str) -> bool {
        let t = line.trim_matches(crate::blocks::is_space);
        let max = if self.cjk { 60 } else { 160 };
        self.letters >= 2
            && self.chars <= max
            && !self.terminal
            && !t.ends_with([',', ':', ';', '、', '：', '|'])
            && self.words <= 24
    }

    /// Whether the line is shaped like a title: heading-shaped, or a
    /// question or exclamation of heading length ("Is cheap coffee over?").
    pub fn title_shaped(&self, line: &str) -> bool {
        let t = line
            .trim_matches(crate::blocks::is_space)
            .trim_end_matches(['"', '\'', '”', '’', '」', '』']);
        let max = if self.cjk { 60 } else { 160 };
        self.heading_shaped(line)
            || (t.ends_with(['?', '!', '？', '！'])
                && self.letters >= 2
                && self.chars <= max
                && self.words <= 24)
    }

    /// Whether the line is long enough to be a title: three words, or eight
    /// CJK characters.
    pub fn title_sized(&self) -> bool {
        if self.cjk {
            self.letters >= 8
        } else {
            self.words >= 3 && self.letters >= 12
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::{prop, Strategy};
    use rustc_hash::FxHashSet;

    #[test]
    fn classes_of_typical_lines() {
        let fw = FunctionWords::builtin();
        let cases: &[(&str, Option<Lang>, Class)] = &[
            ("The minister arrived in Tokyo on Monday for two days of talks with his counterpart.", Some(Lang::En), Class::Good),
            ("運行が始まったのは、岡山県北部の山里町の一部地域です。", Some(Lang::Ja), Class::Good),
            ("Itinaas ng PAGASA ang signal sa ilang bahagi ng Bicol dahil sa bagyo.", Some(Lang::Tl), Class::Good),
            ("結果は予想以上でした。", Some(Lang::Ja), Class::NearGood),
            ("Sinabi rin ng ahensya na babantayan nito ang mga bodega. —KG, GMA News", Some(Lang::Tl), Class::Good),
            ("The council will meet again on Friday to vote on the plan. – Sipat.com", Some(Lang::En), Class::Good),
            ("It was not.", Some(Lang::En), Class::Short),
            ("1.2K shares", Some(Lang::En), Class::Bad),
            ("いいね！ 35", Some(Lang::Ja), Class::Bad),
            ("コメント128件", Some(Lang::Ja), Class::Bad),
            ("SCORES", Some(Lang::En), Class::Bad),
            ("2025/03/05 17:30 (JST)", None, Class::Bad),
            ("https://example.com/a", None, Class::Bad),
            ("Where the time was going", Some(Lang::En), Class::Short),
            ("課題は運転手の確保", Some(Lang::Ja), Class::Short),
        ];
        for (line, lang, want) in cases {
            let f = Features::measure(line, *lang, &fw);
            assert_eq!(f.class(), *want, "{line}: {f:?}");
        }
    }

    /// [`Features::measure`] as it was before its fast paths (a character
    /// loop on the Unicode properties, a second pass for the words, every
    /// regex on every line, each word lower-cased before its look-up).
    fn measure_reference(line: &str, lang: Option<Lang>, words: &FunctionWords) -> Features {
        let t = line.trim_matches(crate::blocks::is_space);
        let mut chars = 0;
        let (mut letters, mut cjk, mut digits, mut symbols, mut upper, mut cased) =
            (0, 0, 0, 0, 0, 0);
        for c in t.chars().filter(|c| !crate::blocks::is_space(*c)) {
            chars += 1;
            if c.is_alphabetic() {
                letters += 1;
                if is_cjk(c) {
                    cjk += 1;
                }
                if c.is_uppercase() {
                    upper += 1;
                }
                if c.is_uppercase() || c.is_lowercase() {
                    cased += 1;
                }
            } else if c.is_numeric() {
                digits += 1;
            } else {
                symbols += 1;
            }
        }
        let is_cjk_line = cjk * 2 > letters;
        let function_share = if is_cjk_line {
            words.particle_share(t, letters)
        } else {
            latin_share_reference(t, lang)
        };
        let n_words = t.split_whitespace().count();
        let signed = {
            let t = tail(t, SIGNED_END_BYTES);
            SIGNED_END.is_match(t)
                && SIGNED_END
                    .captures(t)
                    .and_then(|c| c.name("sig"))
                    .is_some_and(|sig| sig.as_str().chars().count() <= 51)
        };
        Features {
            chars,
            words: n_words,
            letters,
            cjk: is_cjk_line,
            terminal: super::super::ends_sentence(t) || signed,
            function_share,
            digit_share: share(digits, chars),
            symbol_share: share(symbols, chars),
            upper_share: share(upper, cased),
            link_like: LINK_LIKE.is_match(t),
            counter_like: chars <= 30
                && digits > 0
                && n_words <= 4
                && !super::super::ends_sentence(t)
                && (COUNTER_NUMBER_LAST.is_match(t) || COUNTER_NUMBER_FIRST.is_match(t)),
            lang,
        }
    }

    /// Each Latin-script language's list as a set of words.
    type Lists = HashMap<Lang, FxHashSet<String>>;

    /// The Latin-script lists and their union, read from
    /// `function_words.toml` again.
    static REFERENCE_LISTS: LazyLock<(Lists, FxHashSet<String>)> = LazyLock::new(|| {
        let tables: HashMap<String, WordList> = toml::from_str(FUNCTION_WORDS).unwrap();
        let lists: Lists = tables
            .into_iter()
            .map(|(code, list)| (code.parse().unwrap(), list.words.into_iter().collect()))
            .filter(|(lang, _)| *lang != Lang::Ja)
            .collect();
        let any = lists.values().flatten().cloned().collect();
        (lists, any)
    });

    /// The share of function words as it was counted before the packed
    /// look-ups: each word lower-cased and looked up in its list's set.
    fn latin_share_reference(line: &str, lang: Option<Lang>) -> f32 {
        let (lists, any) = &*REFERENCE_LISTS;
        let list = lang.and_then(|l| lists.get(&l)).unwrap_or(any);
        let mut words = 0;
        let mut hits = 0;
        for w in line.split_whitespace() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_empty() {
                continue;
            }
            words += 1;
            if list.contains(w.to_lowercase().as_str()) {
                hits += 1;
            }
        }
        share(hits, words)
    }

    #[test]
    fn fast_character_kinds_agree_with_unicode_for_every_character() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(kind(c), kind_general(c), "{c:?} U+{:04X}", c as u32);
        }
    }

    /// Each ASCII character's count in [`Features::measure`] stands for
    /// exactly its kind.
    #[test]
    fn ascii_counts_are_the_ascii_kinds() {
        for b in 0..128u8 {
            let (kind, count) = ASCII_KIND[usize::from(b)];
            let want = match count {
                A_WHITE => SPACE | WHITE,
                A_UPPER => LETTER | UPPER | CASED,
                A_LOWER => LETTER | CASED,
                A_DIGIT => DIGIT,
                A_OTHER => 0,
                other => panic!("count {other}"),
            };
            assert_eq!(kind, want, "{b:#x}");
            assert_eq!(kind, kind_general(char::from(b)), "{b:#x}");
        }
    }

    /// The pre-checks rely on these: `\s` is `char::is_whitespace`, and
    /// under `(?i)` the literal characters they look for match only
    /// themselves (or their ASCII other case).
    #[test]
    fn regex_classes_the_prechecks_rely_on() {
        let white = Regex::new(r"^\s$").unwrap();
        let folds: Vec<(Regex, &str)> = [
            ("w", "wW"),
            ("c", "cC"),
            ("n", "nN"),
            ("o", "oO"),
            ("p", "pP"),
            ("j", "jJ"),
            (":", ":"),
            ("/", "/"),
            ("@", "@"),
            (r"\.", "."),
            ("[←→«»‹›<>]", "←→«»‹›<>"),
            ("[-–—]", "-–—"),
            ("[.!?。！？]", ".!?。！？"),
            ("[\"”’」)]", "\"”’」)"),
        ]
        .into_iter()
        .map(|(p, set)| (Regex::new(&format!("(?i)^{p}$")).unwrap(), set))
        .collect();
        let mut buf = [0u8; 4];
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            assert_eq!(white.is_match(s), c.is_whitespace(), "{c:?}");
            for (re, set) in &folds {
                assert_eq!(re.is_match(s), set.contains(c), "{re} {c:?}");
            }
        }
    }

    /// Lines built from pieces that make the features and regexes fire:
    /// signatures, links, counters, function words in any case, CJK, and
    /// arbitrary characters (non-ASCII white space and zero-width ones
    /// among them).
    fn feature_line() -> impl Strategy<Value = String> {
        crate::clean::test_line(
            vec![
                " ",
                " ",
                "  ",
                "\t",
                "\u{0B}",
                "\u{A0}",
                "\u{3000}",
                "\u{200B}",
                "\u{FEFF}",
                "\u{AD}",
                "\u{2028}",
                ".",
                ". ",
                "!",
                "?",
                "。",
                "！",
                "？",
                "…",
                "\"",
                "”",
                "’",
                "」",
                ")",
                "）",
                "(",
                "（",
                "-",
                "–",
                "—",
                " — ",
                ". —",
                ".\" – ",
                ",",
                ":",
                "/",
                "://",
                "@",
                "www.",
                "WwW.",
                ".com",
                ".PH",
                ".jp",
                ".org",
                ".net",
                ".c",
                ".n",
                "http://",
                "HTTPS://",
                "←",
                "→",
                "«",
                "»",
                "‹",
                "›",
                "<",
                ">",
                "the",
                "The",
                "THE",
                // A NUL inside a word: no listed word holds one.
                "\u{0}",
                "and",
                "ang",
                "Ang",
                "ng",
                "mga",
                "sa",
                "NG",
                "de",
                "Für",
                "für",
                "ÉL",
                "él",
                "não",
                "Não",
                "ſ",
                "K",
                "İ",
                "Σ",
                "ΣΑΣ",
                "ß",
                "GMA News",
                "Sipat.com",
                "KG",
                "1",
                "42",
                "1.2K",
                "1,234",
                "１２",
                "٣",
                "Ⅻ",
                "½",
                "shares",
                "件",
                "人",
                "万",
                "いいね",
                "コメント",
                "運行",
                "が",
                "の",
                "は",
                "です",
                "ました",
                "本",
                "ｶﾀｶﾅ",
                "゛",
                "ー",
                "・",
                "한국",
                "Привет",
                "word",
                "Word",
                "WORD",
                "extraordinarily",
                "Pilipinas",
                "kanilang",
                "Kanilang",
                "HANGGANG",
                "between",
                "Because",
                "más",
                "MÁS",
                "Não",
                ".) —",
                "?” - ",
                "!\" –",
                "。」— ",
                ".)\t--",
            ],
            4,
            40,
        )
    }

    fn langs() -> impl Strategy<Value = Option<Lang>> {
        prop::sample::select(vec![
            None,
            Some(Lang::En),
            Some(Lang::Tl),
            Some(Lang::Ja),
            Some(Lang::De),
            Some(Lang::Es),
            Some(Lang::Pt),
        ])
    }

    fn builtin() -> &'static FunctionWords {
        static WORDS: LazyLock<FunctionWords> = LazyLock::new(FunctionWords::builtin);
        &WORDS
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 4000,
            ..proptest::prelude::ProptestConfig::default()
        })]

        #[test]
        fn measure_agrees_with_the_reference(line in feature_line(), lang in langs()) {
            let fw = builtin();
            proptest::prop_assert_eq!(
                Features::measure(&line, lang, fw),
                measure_reference(&line, lang, fw)
            );
        }

        #[test]
        fn prechecks_pass_every_line_their_regex_matches(line in feature_line()) {
            let t = tail(&line, SIGNED_END_BYTES);
            if SIGNED_END.is_match(t) {
                proptest::prop_assert!(may_be_signed(t), "{:?}", t);
            }
            if LINK_LIKE.is_match(&line) {
                proptest::prop_assert!(may_be_link(&line), "{:?}", line);
            }
        }

        #[test]
        fn latin_share_agrees_with_the_reference(line in feature_line(), lang in langs()) {
            let fw = builtin();
            proptest::prop_assert_eq!(
                fw.latin_share(&line, lang),
                latin_share_reference(&line, lang)
            );
        }
    }

    /// Every listed word is found, as it is and in capitals (a word with
    /// more characters than the longest is not looked up).
    #[test]
    fn every_listed_word_is_found_in_any_case() {
        let fw = builtin();
        for (w, &bits) in &fw.any {
            assert_eq!(fw.lists_of(w), bits, "{w:?}");
            let upper = w.to_uppercase();
            if upper.to_lowercase() == *w {
                assert_eq!(fw.lists_of(&upper), bits, "{upper:?}");
            }
        }
    }

    /// A NUL inside a word, which the packed key could mistake for its
    /// padding, makes it no function word ("t\0he" is not "the").
    #[test]
    fn a_nul_inside_a_word_makes_it_no_function_word() {
        let fw = builtin();
        for line in ["t\u{0}he is", "T\u{0}HE is", "the\u{0}\u{0}x is"] {
            // The line measure's one scan of an ASCII line, and the
            // general reading.
            let scanned = Features::measure(line, Some(Lang::En), fw).function_share;
            let general = fw.latin_share(line, Some(Lang::En));
            for share in [scanned, general] {
                assert_eq!(share, 0.5, "{line:?}");
                assert_eq!(
                    share,
                    latin_share_reference(line, Some(Lang::En)),
                    "{line:?}"
                );
            }
        }
    }

    /// The same on every line of the sample and development pages.
    #[test]
    fn measure_agrees_with_the_reference_on_the_pages() {
        let fw = builtin();
        let mut n = 0;
        for text in crate::test_pages::texts() {
            for line in text.lines() {
                for lang in [None, Some(Lang::En), Some(Lang::Tl), Some(Lang::Ja)] {
                    assert_eq!(
                        Features::measure(line, lang, fw),
                        measure_reference(line, lang, fw),
                        "{line:?}"
                    );
                }
                n += 1;
            }
        }
        assert!(n > 100, "{n} lines");
    }

    #[test]
    fn prechecks_let_through_what_their_regex_matches() {
        for t in [
            "said. – Sipat.com",
            "bodega. —KG, GMA News",
            "end.\" -- X",
            "end?」\u{3000}— 記者",
            "www.example.org",
            "mail a@b.cd",
            "Go → ",
            "‹ Back",
            "see example.COM",
            "https://x",
        ] {
            let t = t.trim();
            assert!(may_be_signed(t) || may_be_link(t), "{t}");
            assert!(SIGNED_END.is_match(t) || LINK_LIKE.is_match(t), "{t}");
        }
        for t in ["well-known", "a - b", "Read more ›x", "e.g. this", "10:30"] {
            assert!(!may_be_signed(t) && !may_be_link(t), "{t}");
        }
    }

    #[test]
    fn every_function_word_list_loads() {
        let fw = FunctionWords::builtin();
        for lang in crate::detect::words::WORD_LANGS {
            assert!(fw.latin.contains(&lang), "{lang:?}");
        }
        assert!(fw.particle_share("これは本です", 6) > 0.3);
    }
}
