//! Where the article is on a page: clusters of good lines, the clusters
//! that make the article, and its title. Used by [`super::structure`]; it
//! decides no line itself.
//!
//! Good lines (article prose) are grouped into clusters, broken by more than
//! [`MAX_GAP`] lines that are neither good nor near-good, or by a line a rule
//! removed as comments, author box, tags, footer or copyright (unless that
//! line sits alone between two good lines). The largest
//! cluster (each such line before it halving its weight), and any other with
//! three good lines and a quarter of its text and no such line between them,
//! make the article. The title is the title-shaped line (a heading, or a
//! short question; not a list item) before the article whose words (CJK: pairs of kanji and
//! katakana) recur most in it, or else the nearest such line.

use rustc_hash::FxHashSet;

use super::features::{Class, Features};
use super::lists::is_list_item;
use super::reason::Reason;
use super::structure::Page;
use super::Decision;

/// Lines (neither good nor near-good, blanks not counted) that may separate
/// two good lines of one cluster.
pub const MAX_GAP: usize = 4;

/// A line that ends the article: [`ends_article`], unless it sits alone
/// between two good lines (then it is more likely a rule firing on a line
/// of the article, or an aside, than the end of the article).
fn is_end_marker(decisions: &[Decision], class: &[Option<Class>], i: usize) -> bool {
    if !ends_article(&decisions[i]) {
        return false;
    }
    let good = |j: Option<usize>| j.is_some_and(|j| class[j] == Some(Class::Good));
    !(good(neighbour(decisions, i, false)) && good(neighbour(decisions, i, true)))
}

/// The line next to `i` (before it, or after it when `forward`), skipping
/// blanks and inline boilerplate (ads, captions, credits, promos,
/// newsletter boxes).
pub fn neighbour(decisions: &[Decision], i: usize, forward: bool) -> Option<usize> {
    let mut j = i;
    loop {
        j = if forward { j + 1 } else { j.checked_sub(1)? };
        let d = decisions.get(j)?;
        if *d == Decision::Blank || inline_boilerplate(d) {
            continue;
        }
        return Some(j);
    }
}

/// Rule-dropped lines that sit inside an article without ending it.
pub fn inline_boilerplate(d: &Decision) -> bool {
    matches!(
        d,
        Decision::Drop {
            reason: Reason::Ad
                | Reason::ImageCaption
                | Reason::PhotoCredit
                | Reason::AiLabel
                | Reason::Promo
                | Reason::Newsletter,
            ..
        }
    )
}

/// Rule-dropped lines that come after an article, not inside it: no
/// cluster runs across them.
pub fn ends_article(d: &Decision) -> bool {
    matches!(
        d,
        Decision::Drop {
            reason: Reason::Comments
                | Reason::AuthorBox
                | Reason::Footer
                | Reason::Copyright
                | Reason::Tags,
            rule,
        } if !rule.starts_with("structure:")
    )
}

/// A cluster of good lines: first and last line, the good lines, and their
/// characters.
pub struct Cluster {
    start: usize,
    end: usize,
    good: Vec<usize>,
    chars: usize,
}

pub fn clusters(
    decisions: &[Decision],
    class: &[Option<Class>],
    features: &[Option<Features>],
) -> Vec<Cluster> {
    let any_good = class.contains(&Some(Class::Good));
    // On a page without one good line, near-good lines stand in for them.
    let is_good =
        |c: Option<Class>| c == Some(Class::Good) || (!any_good && c == Some(Class::NearGood));
    let mut out: Vec<Cluster> = Vec::new();
    let mut gap = usize::MAX;
    for (i, d) in decisions.iter().enumerate() {
        if *d == Decision::Blank {
            continue;
        }
        if is_end_marker(decisions, class, i) {
            // Comments, author boxes, tags and footers come after the article.
            gap = usize::MAX;
            continue;
        }
        if is_good(class[i]) {
            let chars = features[i].as_ref().map_or(0, |f| f.chars);
            match out.last_mut() {
                Some(c) if gap <= MAX_GAP => {
                    c.end = i;
                    c.good.push(i);
                    c.chars += chars;
                }
                _ => out.push(Cluster {
                    start: i,
                    end: i,
                    good: vec![i],
                    chars,
                }),
            }
            gap = 0;
        } else if class[i] != Some(Class::NearGood) {
            gap = gap.saturating_add(1);
        }
    }
    out
}

/// The article's first and last good line, and all its good lines.
pub fn article(
    clusters: &[Cluster],
    decisions: &[Decision],
    class: &[Option<Class>],
) -> Option<(usize, usize, Vec<usize>)> {
    let markers: Vec<bool> = (0..decisions.len())
        .map(|i| is_end_marker(decisions, class, i))
        .collect();
    // The article is the largest cluster, but each comments, author-box,
    // tags or footer line before a cluster halves its weight.
    let main = clusters.iter().max_by_key(|c| {
        let markers = markers[..c.start].iter().filter(|&&m| m).count();
        c.chars >> markers.min(16)
    })?;
    let marker_between = |c: &Cluster| {
        let (a, b) = if c.start > main.end {
            (main.end, c.start)
        } else {
            (c.end, main.start)
        };
        markers[a..b].contains(&true)
    };
    let parts: Vec<&Cluster> = clusters
        .iter()
        .filter(|c| {
            std::ptr::eq(*c, main)
                || (c.good.len() >= 3 && c.chars * 4 >= main.chars && !marker_between(c))
        })
        .collect();
    let start = parts.first()?.start;
    let end = parts.last()?.end;
    let good = parts.iter().flat_map(|c| c.good.iter().copied()).collect();
    Some((start, end, good))
}

/// Words of four letters or more that are not function words (Latin), or
/// pairs of CJK letters, each given to `f` (lower-cased) until it returns
/// false.
fn each_token(line: &str, f: impl FnMut(&str) -> bool) {
    each_token_sized(line, &Wanted::ALL, f)
}

/// The tokens a walk looks for, as filters that tell, before a token is
/// made, that it cannot be one of them: the byte lengths of the ASCII
/// words (a bit set; lengths of 63 and more share the last bit); the first
/// characters of all the words, lower-cased; and the CJK pairs, hashed.
/// Lower-casing ASCII keeps a token's length, so an ASCII word whose length
/// no wanted token has is passed over before it is lower-cased and looked
/// up; any other word is passed over when its lower-cased first character
/// starts no wanted word (it may lower-case to an ASCII token: the Kelvin
/// sign to `k`); a pair, when its hash is not among the wanted pairs'.
/// Most of a Japanese article's pairs and kana runs are passed over so.
struct Wanted {
    ascii: u64,
    /// Bit `c as u32 % 256` for the first character `c` of every wanted
    /// word token.
    starts: [u64; 4],
    /// Bit [`pair_hash`] of every wanted pair.
    pairs: [u64; 16],
}

impl Wanted {
    const ALL: Wanted = Wanted {
        ascii: u64::MAX,
        starts: [u64::MAX; 4],
        pairs: [u64::MAX; 16],
    };

    fn bit(len: usize) -> u64 {
        1 << len.min(63)
    }

    /// The filters of `tokens` (a pair is two CJK letters, which no word
    /// token starts with).
    fn of<'a>(tokens: impl Iterator<Item = &'a str>) -> Wanted {
        let mut out = Wanted {
            ascii: 0,
            starts: [0; 4],
            pairs: [0; 16],
        };
        for t in tokens {
            let mut chars = t.chars();
            let Some(first) = chars.next() else { continue };
            if is_cjk_content(first) {
                if let Some(second) = chars.next() {
                    set(&mut out.pairs, pair_hash(first, second));
                }
                continue;
            }
            if t.is_ascii() {
                out.ascii |= Wanted::bit(t.len());
            }
            set(&mut out.starts, first as usize % 256);
        }
        out
    }

    fn has(&self, len: usize) -> bool {
        self.ascii & Wanted::bit(len) != 0
    }

    fn no_words(&self) -> bool {
        self.starts == [0; 4]
    }

    fn no_pairs(&self) -> bool {
        self.pairs == [0; 16]
    }

    /// Whether a word token may start with `c`.
    fn may_start(&self, c: char) -> bool {
        get(&self.starts, c as usize % 256)
    }

    fn may_pair(&self, a: char, b: char) -> bool {
        get(&self.pairs, pair_hash(a, b))
    }
}

/// A hash of a pair of characters, under 1024.
fn pair_hash(a: char, b: char) -> usize {
    ((a as usize).wrapping_mul(31) ^ b as usize) % 1024
}

fn set(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

fn get(bits: &[u64], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}

/// [`each_token`], passing over the tokens that `filter` says cannot be
/// wanted, in one walk over the characters of a non-ASCII line (pairs and
/// words interleaved: the order of the tokens is not part of the
/// contract).
fn each_token_sized(line: &str, filter: &Wanted, mut f: impl FnMut(&str) -> bool) {
    let mut word = String::new();
    // An ASCII line has no CJK letters, hence no pairs, and only ASCII
    // words: their runs are found byte by byte.
    if line.is_ascii() {
        if filter.ascii != 0 {
            for w in pieces(line) {
                if !word_token(w, filter, &mut word, &mut f) {
                    return;
                }
            }
        }
        return;
    }
    let (pairs, words) = (!filter.no_pairs(), !filter.no_words());
    let mut pair = String::new();
    let mut prev: Option<char> = None;
    let mut word_start: Option<usize> = None;
    for (i, c) in line.char_indices() {
        let cjk = is_cjk_content(c);
        if let (Some(p), true, true) = (prev, cjk, pairs) {
            if filter.may_pair(p, c) {
                pair.clear();
                pair.push(p);
                pair.push(c);
                if !f(&pair) {
                    return;
                }
            }
        }
        prev = cjk.then_some(c);
        // A word is a run of the characters `pieces` keeps.
        let in_word = !cjk && alphanumeric(c);
        match (in_word, word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(start)) => {
                word_start = None;
                if words && !word_token(&line[start..i], filter, &mut word, &mut f) {
                    return;
                }
            }
            _ => {}
        }
    }
    if let (Some(start), true) = (word_start, words) {
        word_token(&line[start..], filter, &mut word, &mut f);
    }
}

/// Give the token of the word `w` (lower-cased into `buf` when it must be)
/// to `f`, unless it is too short, common or cannot be wanted; false when
/// `f` says to stop.
fn word_token(
    w: &str,
    filter: &Wanted,
    buf: &mut String,
    f: &mut impl FnMut(&str) -> bool,
) -> bool {
    if w.len() < 4 {
        return true; // fewer than four characters
    }
    let token = if w.is_ascii() {
        let first = char::from(w.as_bytes()[0].to_ascii_lowercase());
        if !filter.has(w.len()) || !filter.may_start(first) {
            return true;
        }
        // Four bytes or more are four characters or more, lower-cased too.
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            buf.clear();
            buf.push_str(w);
            buf.make_ascii_lowercase();
            buf.as_str()
        } else {
            w
        }
    } else {
        let first = w.chars().next().expect("a word is not empty");
        if !first
            .to_lowercase()
            .next()
            .is_some_and(|c| filter.may_start(c))
        {
            return true;
        }
        buf.clear();
        buf.extend(w.chars().flat_map(char::to_lowercase));
        if buf.chars().count() < 4 {
            return true;
        }
        buf.as_str()
    };
    is_common(token) || f(token)
}

/// The runs of a line between the characters that are CJK content or not
/// alphanumeric (the non-empty pieces of `line.split(|c|
/// is_cjk_content(c) || !alphanumeric(c))`).
fn pieces(line: &str) -> impl Iterator<Item = &str> {
    crate::text::runs(
        line,
        |b| b.is_ascii_alphanumeric(),
        |c| !is_cjk_content(c) && alphanumeric(c),
    )
}

/// [`char::is_alphanumeric`], without Unicode table look-ups for ASCII,
/// hiragana, katakana and the main Han block (tested for every character).
fn alphanumeric(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0x3041..=0x3096 | 0x30A1..=0x30FA | 0x4E00..=0x9FFF => true,
        _ => c.is_alphanumeric(),
    }
}

/// The distinct tokens of a line ([`each_token`]), sorted: a title has a
/// handful, which a list holds for less than a set grown as they come.
fn tokens(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_token(line, |t| {
        out.push(t.to_string());
        true
    });
    out.sort_unstable();
    out.dedup();
    out
}

/// Frequent words of four letters and more that say nothing of a topic.
const COMMON: [&str; 24] = [
    "this", "that", "these", "those", "with", "from", "they", "their", "there", "have", "been",
    "were", "will", "would", "about", "after", "said", "says", "also", "more", "para", "mula",
    "noong", "ayon",
];

/// Whether `token` is in [`COMMON`] (none of whose words has more than
/// five bytes).
fn is_common(token: &str) -> bool {
    token.len() <= 5 && COMMON.contains(&token)
}

/// Han and katakana (hiragana is mostly grammar).
fn is_cjk_content(c: char) -> bool {
    matches!(c as u32, 0x30A0..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

pub fn find_title(
    page: &Page,
    class: &[Option<Class>],
    body_start: usize,
    good: &[usize],
) -> Option<usize> {
    // A candidate with no word in the article is still the title when it
    // is close enough above it.
    let close = |i: usize| {
        let between = (i + 1..body_start)
            .filter(|&j| !page.lines[j].trim().is_empty())
            .count();
        between <= 8
    };
    // The title-shaped lines before the article.
    let shaped: Vec<usize> = (0..body_start.min(class.len()))
        .filter(|&i| {
            let Some(c) = class[i] else { return false };
            let f = page.features[i].as_ref().expect("open lines have features");
            c != Class::Bad
                && f.title_shaped(page.lines[i])
                && f.title_sized()
                && !is_list_item(page.lines[i])
        })
        .collect();
    // One candidate close above the article is the title whatever words
    // it shares (the best if it shares enough, else the nearest): no need
    // to look for them.
    if let [only] = shaped[..] {
        if close(only) {
            return Some(only);
        }
    }
    // The candidates' tokens.
    let candidates: Vec<(usize, Vec<String>)> = shaped
        .into_iter()
        .map(|i| (i, tokens(page.lines[i])))
        .collect();
    // Which of their tokens the article has.
    let mut wanted: FxHashSet<&str> = candidates
        .iter()
        .flat_map(|(_, t)| t.iter().map(String::as_str))
        .collect();
    let mut body: FxHashSet<String> = FxHashSet::default();
    let filter = Wanted::of(wanted.iter().copied());
    for &i in good {
        if wanted.is_empty() {
            break;
        }
        each_token_sized(page.lines[i], &filter, |t| {
            if wanted.remove(t) {
                body.insert(t.to_string());
            }
            !wanted.is_empty()
        });
    }
    let mut best: Option<(f32, usize)> = None;
    let mut nearest: Option<usize> = None;
    for (i, toks) in &candidates {
        let shared = toks.iter().filter(|t| body.contains(*t)).count();
        let share = shared as f32 / toks.len().max(1) as f32;
        // The most words shared with the article wins; on a tie, the later.
        if share >= 0.2 && best.is_none_or(|(s, _)| shared as f32 >= s) {
            best = Some((shared as f32, *i));
        }
        nearest = Some(*i);
    }
    best.map(|(_, i)| i).or(nearest.filter(|&i| close(i)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::Strategy;

    /// [`each_token`] as it was before its fast paths: every token, in order.
    fn tokens_reference(line: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut prev: Option<char> = None;
        for c in line.chars() {
            let cjk = is_cjk_content(c);
            if let (Some(p), true) = (prev, cjk) {
                out.push([p, c].iter().collect());
            }
            prev = cjk.then_some(c);
        }
        for w in line.split(|c: char| !c.is_alphanumeric() || is_cjk_content(c)) {
            if w.len() < 4 {
                continue;
            }
            let word: String = w.chars().flat_map(char::to_lowercase).collect();
            if word.chars().count() >= 4 && !COMMON.contains(&word.as_str()) {
                out.push(word);
            }
        }
        out
    }

    /// The tokens [`each_token`] gives, sorted (their order is not part
    /// of its contract).
    fn tokens_sorted(line: &str) -> Vec<String> {
        let mut out = Vec::new();
        each_token(line, |t| {
            out.push(t.to_string());
            true
        });
        out.sort();
        out
    }

    fn reference_sorted(line: &str) -> Vec<String> {
        let mut out = tokens_reference(line);
        out.sort();
        out
    }

    #[test]
    fn common_words_have_five_bytes_at_most() {
        assert!(COMMON.iter().all(|w| w.len() <= 5));
    }

    #[test]
    fn fast_alphanumeric_agrees_with_unicode_for_every_character() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn token_line() -> impl Strategy<Value = String> {
        crate::clean::test_line(
            vec![
                " ",
                "-",
                ".",
                ",",
                "'",
                "’",
                "\u{A0}",
                "\u{200B}",
                "・",
                "。",
                "the",
                "This",
                "THESE",
                "Said",
                "para",
                "Mula",
                "ayon",
                "Noong",
                "word",
                "Word",
                "WORDS",
                "abc",
                "ABCD",
                "İstanbul",
                "İİ",
                "ßa",
                "ǅemal",
                "ΣΑΣ",
                "Ωmega",
                "Ǆǅ",
                "ﬁne",
                "Ａｂｃｄ",
                "１２３４",
                "2025",
                "a1b2",
                "運行",
                "東京都",
                "カタカナ",
                "ｶﾀｶﾅ",
                "ひらがな",
                "の",
                "ー",
                "゠",
                "㐀㐁",
                "豈",
                "한국어",
                "Привет",
                "ПРИВЕТ",
                "café",
                "CAFÉ",
                "naïve",
                // The Kelvin sign: a non-ASCII word that lower-cases to
                // an ASCII token.
                "\u{212A}elvin",
                "Kelvin",
            ],
            5,
            30,
        )
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 4000,
            ..proptest::prelude::ProptestConfig::default()
        })]

        #[test]
        fn tokens_agree_with_the_reference(line in token_line()) {
            proptest::prop_assert_eq!(tokens_sorted(&line), reference_sorted(&line));
        }

        /// Passing over ASCII words by length finds every wanted token
        /// the unfiltered walk finds.
        #[test]
        fn sized_walk_finds_every_wanted_token(line in token_line(), other in token_line()) {
            let wanted: FxHashSet<String> = tokens(&other)
                .into_iter()
                .chain(tokens(&line).into_iter().step_by(2))
                .collect();
            let filter = Wanted::of(wanted.iter().map(String::as_str));
            let (mut all, mut sized) = (Vec::new(), Vec::new());
            each_token(&line, |t| {
                if wanted.contains(t) {
                    all.push(t.to_string());
                }
                true
            });
            each_token_sized(&line, &filter, |t| {
                if wanted.contains(t) {
                    sized.push(t.to_string());
                }
                true
            });
            proptest::prop_assert_eq!(sized, all);
        }

        #[test]
        fn pieces_are_the_split_pieces(line in token_line()) {
            let split: Vec<&str> = line
                .split(|c: char| !c.is_alphanumeric() || is_cjk_content(c))
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(pieces(&line).collect::<Vec<_>>(), split);
        }
    }

    #[test]
    fn tokens_of_typical_lines() {
        for line in [
            "Sea wall plan APPROVED by the Council, says Mayor",
            "İİİİ and ǅemal's ﬁne Ａｂｃｄ café",
            "東京都のカタカナ運行",
            "Said these THOSE noong",
        ] {
            assert_eq!(tokens_sorted(line), reference_sorted(line), "{line}");
        }
    }
}
