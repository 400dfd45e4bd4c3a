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

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use crate::lang::Lang;

/// The function-word lists, shipped inside the binary.
pub const FUNCTION_WORDS: &str = include_str!("function_words.toml");

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
    latin: HashMap<Lang, FxHashSet<String>>,
    any_latin: FxHashSet<String>,
    particles: aho_corasick::AhoCorasick,
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
    SIGNED_END.is_match(t)
        && SIGNED_END
            .captures(t)
            .and_then(|c| c.name("sig"))
            .is_some_and(|sig| sig.as_str().chars().count() <= 51)
}

/// A signature fits in the last few dozen characters of a line: the
/// pattern runs on this many trailing bytes only, so that a long paragraph
/// costs no more than a short one.
const SIGNED_END_BYTES: usize = 256;

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

impl FunctionWords {
    /// The built-in lists.
    pub fn builtin() -> FunctionWords {
        let tables: HashMap<String, WordList> =
            toml::from_str(FUNCTION_WORDS).expect("function_words.toml is valid (tested)");
        let mut latin = HashMap::new();
        let mut any_latin = FxHashSet::default();
        let mut particles = Vec::new();
        for (code, list) in tables {
            let lang: Lang = code.parse().expect("known language code");
            if lang == Lang::Ja {
                particles = list.words;
                continue;
            }
            any_latin.extend(list.words.iter().cloned());
            latin.insert(lang, list.words.into_iter().collect());
        }
        let particles = aho_corasick::AhoCorasickBuilder::new()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&particles)
            .expect("particles compile");
        FunctionWords {
            latin,
            any_latin,
            particles,
        }
    }

    fn latin_share(&self, line: &str, lang: Option<Lang>) -> f32 {
        let list = lang
            .and_then(|l| self.latin.get(&l))
            .unwrap_or(&self.any_latin);
        let mut words = 0;
        let mut hits = 0;
        let mut lower = String::new();
        for w in line.split_whitespace() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_empty() {
                continue;
            }
            words += 1;
            lower.clear();
            lower.push_str(w);
            if w.is_ascii() {
                lower.make_ascii_lowercase();
            } else {
                lower = w.to_lowercase();
            }
            if list.contains(lower.as_str()) {
                hits += 1;
            }
        }
        share(hits, words)
    }

    fn particle_share(&self, line: &str, letters: usize) -> f32 {
        let covered: usize = self
            .particles
            .find_iter(line)
            .map(|m| line[m.range()].chars().count())
            .sum();
        share(covered, letters)
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

impl Features {
    /// Measure a line. `lang` is the line's detected language, if any.
    pub fn measure(line: &str, lang: Option<Lang>, words: &FunctionWords) -> Features {
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
            words.latin_share(t, lang)
        };
        let n_words = t.split_whitespace().count();
        Features {
            chars,
            words: n_words,
            letters,
            cjk: is_cjk_line,
            terminal: super::ends_sentence(t) || signed_end(t),
            function_share,
            digit_share: share(digits, chars),
            symbol_share: share(symbols, chars),
            upper_share: share(upper, cased),
            link_like: LINK_LIKE.is_match(t),
            counter_like: chars <= 30
                && digits > 0
                && n_words <= 4
                && !super::ends_sentence(t)
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

    #[test]
    fn every_function_word_list_loads() {
        let fw = FunctionWords::builtin();
        for lang in crate::detect::words::WORD_LANGS {
            assert!(fw.latin.contains_key(&lang), "{lang:?}");
        }
        assert!(fw.particle_share("これは本です", 6) > 0.3);
    }
}
