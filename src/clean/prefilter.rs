//! Which rules could match a line, found with one aho-corasick pass over
//! the line instead of trying every rule: each rule is reduced to a set of
//! literals, one of which every line it matches must contain (its phrases,
//! or for a regex, literals worked out from the pattern's syntax tree), or
//! prefixes one of which it must start with (two short anchored passes,
//! over the line and over its key), and a rule with neither is always
//! tried. The literals are lower-cased character by character and looked
//! for in the line's lower-cased form ([`LineView::lower`]), so
//! case-insensitive patterns reduce to one literal per word. This module
//! only narrows the rules; [`Rule::matches`] still decides.

use std::collections::BTreeMap;

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};
use regex_syntax::hir::{Class, Hir, HirKind, Look};
use unicode_normalization::UnicodeNormalization;

use super::rules::{LineView, Rule};

/// Literal sets larger than this are not worth expanding.
const MAX_SET: usize = 64;
/// A class of more than this many characters (after lower-casing) is
/// treated as "any character".
const MAX_CLASS: usize = 8;
/// A literal set is used only if its shortest literal has at least this
/// many bytes: shorter literals ("a", "by") are on almost every line.
const MIN_BYTES: usize = 3;

/// Lower-case a string the way [`LineView::lower`] is made: character by
/// character, so that a literal of a pattern and the text it matched stay
/// equal after lower-casing.
pub fn lower(s: &str) -> String {
    // ASCII text lower-cases byte by byte (most lines of an English or
    // Tagalog page).
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // Else runs of characters that lower-casing leaves as they are (ASCII
    // other than capitals, kana, kanji, punctuation: most of a Japanese
    // line) are copied whole; only the other characters are looked up.
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let lead = b[i];
        let len = match lead {
            b'A'..=b'Z' => 0,
            0..=0x7F => 1,
            _ if uncased_3_bytes(lead, b[i + 1]) => 3,
            _ => 0,
        };
        if len > 0 {
            i += len;
            continue;
        }
        out.push_str(&s[run..i]);
        let c = s[i..].chars().next().expect("i is on a character boundary");
        out.extend(c.to_lowercase());
        i += c.len_utf8();
        run = i;
    }
    out.push_str(&s[run..]);
    out
}

/// Whether the character that starts with the bytes `lead`, `next` is one
/// of three bytes that lower-casing leaves as it is: U+2000..=U+20FF
/// (general punctuation, super- and subscripts, currency signs, combining
/// marks for symbols) or U+3000..=U+9FFF (CJK punctuation, kana, kanji).
/// The test `lower_fast_path_agrees_on_every_character` checks every
/// character of both ranges.
fn uncased_3_bytes(lead: u8, next: u8) -> bool {
    matches!(lead, 0xE3..=0xE9) || (lead == 0xE2 && next <= 0x83)
}

/// The general form of [`lower`]: every character looked up.
#[cfg(test)]
fn lower_by_char(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.extend(c.to_lowercase());
    }
    out
}

/// One thing a line a rule matches may show: the rule's [`Filter`] is a
/// list of cues, one of which every line it matches shows.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cue {
    /// The lower-cased line contains this literal.
    Contains(String),
    /// The lower-cased line starts with this.
    StartsWith(String),
    /// The line's key ([`LineView::key`]) starts with this.
    KeyStartsWith(String),
}

/// What every line a rule matches is known to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// Nothing known: the rule is tried on every line.
    Always,
    /// One of these cues.
    Any(Vec<Cue>),
}

impl Filter {
    /// Whether `line` shows one of the cues (or the filter is `Always`):
    /// the definition [`Prefilter::candidates`] computes for every rule at
    /// once.
    pub fn admits(&self, line: &LineView) -> bool {
        match self {
            Filter::Always => true,
            Filter::Any(cues) => cues.iter().any(|cue| match cue {
                Cue::Contains(l) => line.lower.contains(l.as_str()),
                Cue::StartsWith(p) => line.lower.starts_with(p.as_str()),
                Cue::KeyStartsWith(p) => line.key().starts_with(p.as_str()),
            }),
        }
    }
}

/// The candidate rules of the lines of a rule set.
pub struct Prefilter {
    /// Every `Contains` literal, looked for anywhere in the lower-cased line.
    contains: Literals,
    /// Every `StartsWith` prefix, looked for at the start of the lower-cased
    /// line.
    starts: Literals,
    /// Every `KeyStartsWith` prefix, looked for at the start of the key.
    key_starts: Literals,
    /// Rules tried on every line.
    always: Vec<u64>,
}

/// Literals and the rules they are cues of: one automaton over all of
/// them, pattern `p` belonging to the rules `owner[p]` (its own, and those
/// of every literal it starts with).
struct Literals {
    ac: Option<AhoCorasick>,
    owner: Vec<Vec<usize>>,
    /// For prefixes: the first two bytes some prefix can start a text
    /// with, one bit per pair, so that most texts are let go without a
    /// search (whose set-up costs more than the rest of it); `None` for
    /// literals looked for anywhere.
    pairs: Option<Box<[u64; 1024]>>,
}

impl Literals {
    /// With `anchored`, the literals are prefixes: only matches at the
    /// start of a text count.
    ///
    /// The search is leftmost-longest, and a literal also answers for the
    /// literals it starts with (they occur where it does): then the
    /// longest literal at each position where any literal starts tells
    /// every rule with a literal there. Such a search keeps its state in
    /// registers, where an overlapping one stores it at every byte: the
    /// prefilter alone takes about 5% less time.
    fn new(owners: BTreeMap<&str, Vec<usize>>, anchored: bool) -> Literals {
        let ac = (!owners.is_empty()).then(|| {
            let mut b = AhoCorasickBuilder::new();
            b.match_kind(MatchKind::LeftmostLongest);
            if anchored {
                // An anchored search reads only as far as the longest
                // prefix: a DFA would cost more to build than it saves.
                b.start_kind(StartKind::Anchored)
                    .kind(Some(AhoCorasickKind::ContiguousNFA));
            } else {
                b.kind(Some(AhoCorasickKind::DFA));
            }
            b.build(owners.keys())
                .expect("literal patterns always build")
        });
        let owner = owners
            .keys()
            .map(|lit| {
                let mut rules: Vec<usize> = owners
                    .range(..=*lit)
                    .filter(|(other, _)| lit.starts_with(*other))
                    .flat_map(|(_, rules)| rules.iter().copied())
                    .collect();
                rules.sort_unstable();
                rules.dedup();
                rules
            })
            .collect();
        // (An empty prefix would start every text: then no filter.)
        let pairs = (anchored && owners.keys().all(|l| !l.is_empty())).then(|| {
            let mut bits = Box::new([0u64; 1024]);
            for lit in owners.keys().map(|l| l.as_bytes()) {
                let (first, seconds) = match lit {
                    [first, second, ..] => (first, *second..=*second),
                    [first] => (first, 0..=255),
                    [] => unreachable!("no prefix is empty"),
                };
                for second in seconds {
                    let pair = usize::from(*first) << 8 | usize::from(second);
                    bits[pair / 64] |= 1 << (pair % 64);
                }
            }
            bits
        });
        Literals { ac, owner, pairs }
    }

    /// Whether a prefix may start `text`, by its first two bytes (a text
    /// of fewer bytes is searched).
    fn may_start(&self, text: &str) -> bool {
        match (&self.pairs, text.as_bytes()) {
            (Some(bits), [first, second, ..]) => {
                let pair = usize::from(*first) << 8 | usize::from(*second);
                bits[pair / 64] & (1 << (pair % 64)) != 0
            }
            _ => true,
        }
    }

    /// Add to `c` the rules of every literal in `text` (at its start only,
    /// if anchored): the longest literal at the leftmost position, then
    /// again from the byte after that position, and so on.
    fn mark(&self, text: &str, c: &mut Candidates) {
        let Some(ac) = &self.ac else {
            return;
        };
        if !self.may_start(text) {
            return;
        }
        let anchored = ac.start_kind() == StartKind::Anchored;
        let mut at = 0;
        while at < text.len() {
            let input = Input::new(text).range(at..).anchored(if anchored {
                Anchored::Yes
            } else {
                Anchored::No
            });
            let Some(m) = ac.find(input) else {
                break;
            };
            for &rule in &self.owner[m.pattern().as_usize()] {
                c.insert(rule);
            }
            if anchored {
                break;
            }
            // A literal starts with a character's first byte, so the next
            // match cannot start inside this one's first character.
            at = m.start() + 1;
        }
    }
}

/// A set of rule indices. A rule set of up to 256 rules (four 64-bit words
/// inline: every built-in rule and then some) keeps it without allocating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidates {
    inline: [u64; INLINE_WORDS],
    /// The set when it does not fit `inline`, else empty.
    heap: Vec<u64>,
}

const INLINE_WORDS: usize = 4;
// The public doc of `Candidates` states the inline capacity in rules (it
// cannot link this private constant); this keeps the two in step.
const _: () = assert!(INLINE_WORDS * 64 == 256);

/// The rules of a [`Candidates`], in increasing order.
pub struct CandidateIter {
    set: Candidates,
    /// The word being read, and its bits not yet returned.
    at: usize,
    word: u64,
}

impl IntoIterator for Candidates {
    type Item = usize;
    type IntoIter = CandidateIter;

    fn into_iter(self) -> CandidateIter {
        let word = self.words()[0];
        CandidateIter {
            set: self,
            at: 0,
            word,
        }
    }
}

impl Iterator for CandidateIter {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.word == 0 {
            self.at += 1;
            self.word = *self.set.words().get(self.at)?;
        }
        let bit = self.word.trailing_zeros() as usize;
        self.word &= self.word - 1;
        Some(self.at * 64 + bit)
    }
}

impl Candidates {
    fn new(words: &[u64]) -> Candidates {
        let mut inline = [0; INLINE_WORDS];
        if words.len() <= INLINE_WORDS {
            inline[..words.len()].copy_from_slice(words);
            Candidates {
                inline,
                heap: Vec::new(),
            }
        } else {
            Candidates {
                inline,
                heap: words.to_vec(),
            }
        }
    }

    fn words(&self) -> &[u64] {
        if self.heap.is_empty() {
            &self.inline
        } else {
            &self.heap
        }
    }

    /// How many rules are candidates.
    pub fn len(&self) -> usize {
        self.words().iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, rule: usize) -> bool {
        self.words()
            .get(rule / 64)
            .is_some_and(|w| w & (1 << (rule % 64)) != 0)
    }

    fn insert(&mut self, rule: usize) {
        let words = if self.heap.is_empty() {
            &mut self.inline[..]
        } else {
            &mut self.heap[..]
        };
        words[rule / 64] |= 1 << (rule % 64);
    }
}

impl Prefilter {
    /// Build the prefilter of `rules` from each rule's [`Filter`].
    pub fn new(rules: &[Rule]) -> Prefilter {
        let words = rules.len().div_ceil(64).max(1);
        let mut always = vec![0u64; words];
        let mut contains: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        let mut starts: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        let mut key_starts: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, rule) in rules.iter().enumerate() {
            let Filter::Any(cues) = rule.filter() else {
                always[i / 64] |= 1 << (i % 64);
                continue;
            };
            for cue in cues {
                let (map, lit) = match cue {
                    Cue::Contains(l) => (&mut contains, l),
                    Cue::StartsWith(p) => (&mut starts, p),
                    Cue::KeyStartsWith(p) => (&mut key_starts, p),
                };
                map.entry(lit.as_str()).or_default().push(i);
            }
        }
        Prefilter {
            contains: Literals::new(contains, false),
            starts: Literals::new(starts, true),
            key_starts: Literals::new(key_starts, true),
            always,
        }
    }

    /// The rules that could match `line`.
    pub fn candidates(&self, line: &LineView) -> Candidates {
        let mut c = Candidates::new(&self.always);
        self.contains.mark(&line.lower, &mut c);
        self.starts.mark(&line.lower, &mut c);
        self.key_starts.mark(line.key(), &mut c);
        c
    }
}

/// The filter of a regex rule. Each branch of the pattern's top-level
/// alternation gives its cues: the prefixes it starts with if it is
/// anchored at the start, else literals one of which it contains (rare
/// ones, or failing those symbols: a colon is on fewer lines than a rule
/// tried on every line); a branch with neither makes the rule
/// [`Filter::Always`].
pub fn regex_filter(pattern: &str) -> Filter {
    let Ok(hir) = regex_syntax::parse(pattern) else {
        return Filter::Always;
    };
    let branches = match hir.kind() {
        HirKind::Alternation(subs) => subs.iter().collect(),
        _ => vec![&hir],
    };
    let mut cues = Vec::new();
    for b in branches {
        if let Some(p) = prefixes(b).filter(|p| p.iter().all(|s| !s.is_empty())) {
            cues.extend(p.into_iter().map(Cue::StartsWith));
        } else if let Some(r) = required(b).filter(|r| usable(r) || worth_it(r)) {
            cues.extend(r.into_iter().map(Cue::Contains));
        } else {
            return Filter::Always;
        }
    }
    Filter::Any(reduce(cues))
}

/// Drop the cues another cue already implies: a literal that contains
/// another literal, a prefix that starts with another prefix.
fn reduce(mut cues: Vec<Cue>) -> Vec<Cue> {
    cues.sort();
    cues.dedup();
    let implied = |c: &Cue, by: &Cue| {
        c != by
            && match (c, by) {
                (Cue::Contains(l) | Cue::StartsWith(l), Cue::Contains(o)) => l.contains(o.as_str()),
                (Cue::StartsWith(l), Cue::StartsWith(o)) => l.starts_with(o.as_str()),
                (Cue::KeyStartsWith(l), Cue::KeyStartsWith(o)) => l.starts_with(o.as_str()),
                _ => false,
            }
    };
    cues.iter()
        .filter(|c| !cues.iter().any(|by| implied(c, by)))
        .cloned()
        .collect()
}

/// The filter of a phrase rule, given its phrases' keys: an `exact` or
/// `only` line's key starts with a phrase, a `contains` line has one
/// somewhere.
pub fn phrase_filter(keys: &[String], anywhere: bool) -> Filter {
    let keys = keys.iter().filter(|k| !k.is_empty()).cloned();
    if anywhere {
        let keys: Vec<String> = keys.collect();
        if keys.is_empty() || !usable(&keys) {
            return Filter::Always;
        }
        Filter::Any(reduce(keys.into_iter().map(Cue::Contains).collect()))
    } else {
        let cues: Vec<Cue> = keys.map(Cue::KeyStartsWith).collect();
        if cues.is_empty() {
            return Filter::Always;
        }
        Filter::Any(reduce(cues))
    }
}

/// Whether a literal is rare enough to be worth looking for: three bytes
/// or more, or a symbol that prose seldom has ("/", "=", "@", "©").
fn rare(lit: &str) -> bool {
    lit.len() >= MIN_BYTES
        || (!lit.is_empty()
            && lit.chars().all(|c| {
                !c.is_alphanumeric()
                    && !c.is_whitespace()
                    && !matches!(
                        c,
                        '.' | ',' | '\'' | '"' | '-' | '(' | ')' | ':' | ';' | '!' | '?'
                    )
            }))
}

/// Whether a set is worth looking for rather than trying its rule on
/// every line: each literal rare, or made of symbols other than those on
/// almost every line of prose (full stop, comma, quotes).
fn worth_it(set: &[String]) -> bool {
    let symbols = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| {
                !c.is_alphanumeric() && !c.is_whitespace() && !matches!(c, '.' | ',' | '\'' | '"')
            })
    };
    !set.is_empty() && set.iter().all(|s| rare(s) || symbols(s))
}

fn usable(set: &[String]) -> bool {
    !set.is_empty() && set.iter().all(|s| rare(s))
}

/// The sets `f` gives for each branch of an alternation, together; None
/// if a branch has none.
fn union(branches: &[Hir], f: impl Fn(&Hir) -> Option<Vec<String>>) -> Option<Vec<String>> {
    let sets: Option<Vec<Vec<String>>> = branches.iter().map(f).collect();
    sets.map(|s| s.concat())
}

/// If every match of `h` starts at the start of the text: strings one of
/// which every match starts with (lower-cased).
fn prefixes(h: &Hir) -> Option<Vec<String>> {
    match h.kind() {
        HirKind::Capture(c) => prefixes(&c.sub),
        HirKind::Alternation(subs) => union(subs, prefixes),
        HirKind::Concat(subs) => {
            let (first, rest) = subs.split_first()?;
            if !matches!(first.kind(), HirKind::Look(Look::Start)) {
                return None;
            }
            leading(rest)
        }
        _ => None,
    }
}

/// Non-empty strings one of which every match of the sequence `parts`
/// starts with.
fn leading(parts: &[Hir]) -> Option<Vec<String>> {
    // The strings of the known parts at the front, joined.
    let mut cur = vec![String::new()];
    let mut used = 0;
    for s in parts {
        match exact(s).and_then(|e| product(&cur, &e)) {
            Some(p) => {
                cur = p;
                used += 1;
            }
            None => break,
        }
    }
    if let Some(set) = nonempty(cur) {
        return Some(set);
    }
    // Else what the first unknown part starts with, if nothing before it
    // can match anything but the empty string.
    let first = parts.get(used)?;
    if parts[..used]
        .iter()
        .any(|p| exact(p) != Some(vec![String::new()]))
    {
        return None;
    }
    match first.kind() {
        HirKind::Capture(c) => leading(std::slice::from_ref(&c.sub)),
        HirKind::Repetition(r) if r.min >= 1 => leading(std::slice::from_ref(&r.sub)),
        HirKind::Concat(subs) => leading(subs),
        HirKind::Alternation(subs) => union(subs, |s| leading(std::slice::from_ref(s))),
        _ => None,
    }
}

/// Every string `h` can match, lower-cased, if there are few and they are
/// all known.
fn exact(h: &Hir) -> Option<Vec<String>> {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(vec![String::new()]),
        HirKind::Literal(lit) => Some(vec![lower(std::str::from_utf8(&lit.0).ok()?)]),
        HirKind::Class(Class::Unicode(cls)) => {
            // Case variants and NFKC twins make a class of a few letters
            // span up to four times as many characters.
            let size: usize = cls
                .ranges()
                .iter()
                .map(|r| (r.end() as u32 - r.start() as u32) as usize + 1)
                .sum();
            if size > MAX_CLASS * 4 {
                return None;
            }
            let mut out: Vec<String> = Vec::new();
            for r in cls.ranges() {
                for c in r.start()..=r.end() {
                    // A character NFKC rewrites cannot occur in the text
                    // rules are matched against.
                    if c.to_string().nfkc().eq(std::iter::once(c)) {
                        out.push(lower(c.encode_utf8(&mut [0; 4])));
                    }
                }
            }
            out.sort();
            out.dedup();
            (out.len() <= MAX_CLASS).then_some(out)
        }
        HirKind::Class(Class::Bytes(_)) => None,
        HirKind::Capture(c) => exact(&c.sub),
        HirKind::Repetition(r) => {
            let sub = exact(&r.sub)?;
            let max = r.max?;
            if max > 4 {
                return None;
            }
            let mut all: Vec<String> = Vec::new();
            let mut cur = vec![String::new()];
            for n in 0..=max {
                if n >= r.min {
                    all.extend(cur.iter().cloned());
                }
                cur = product(&cur, &sub)?;
            }
            all.sort();
            all.dedup();
            (all.len() <= MAX_SET).then_some(all)
        }
        HirKind::Concat(subs) => {
            let mut cur = vec![String::new()];
            for s in subs {
                cur = product(&cur, &exact(s)?)?;
            }
            Some(cur)
        }
        HirKind::Alternation(subs) => {
            let mut all = Vec::new();
            for s in subs {
                all.extend(exact(s)?);
                if all.len() > MAX_SET {
                    return None;
                }
            }
            all.sort();
            all.dedup();
            Some(all)
        }
    }
}

fn product(a: &[String], b: &[String]) -> Option<Vec<String>> {
    if a.len() * b.len() > MAX_SET {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            out.push(format!("{x}{y}"));
        }
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// How good a literal set is as a filter: usable first, then longer
/// shortest literal, then fewer literals.
fn score(set: &[String]) -> (bool, usize, std::cmp::Reverse<usize>) {
    let shortest = set.iter().map(|s| s.len()).min().unwrap_or(0);
    (usable(set), shortest, std::cmp::Reverse(set.len()))
}

fn better(best: Option<Vec<String>>, cand: Option<Vec<String>>) -> Option<Vec<String>> {
    match (best, cand) {
        (None, c) => c,
        (b, None) => b,
        (Some(b), Some(c)) => Some(if score(&c) > score(&b) { c } else { b }),
    }
}

/// A set of literals one of which every match of `h` contains (lower-cased),
/// or None.
fn required(h: &Hir) -> Option<Vec<String>> {
    let found = match h.kind() {
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
        HirKind::Repetition(_) => None,
        HirKind::Alternation(subs) => union(subs, required),
        HirKind::Concat(subs) => {
            // The best of: each run of neighbours whose strings are all
            // known (joined), and what each other part requires.
            let mut best = None;
            let mut run: Option<Vec<String>> = None;
            for s in subs {
                match exact(s) {
                    Some(e) => {
                        run = match run.take() {
                            None => Some(e),
                            Some(r) => match product(&r, &e) {
                                Some(p) => Some(p),
                                None => {
                                    best = better(best, nonempty(r));
                                    Some(e)
                                }
                            },
                        };
                    }
                    None => {
                        best = better(best, run.take().and_then(nonempty));
                        best = better(best, required(s));
                    }
                }
            }
            better(best, run.and_then(nonempty))
        }
        _ => exact(h).and_then(nonempty),
    };
    found.filter(|s| !s.is_empty() && s.len() <= MAX_SET * 4)
}

/// A set is a requirement only if none of its strings is empty.
fn nonempty(set: Vec<String>) -> Option<Vec<String>> {
    set.iter().all(|s| !s.is_empty()).then_some(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(p: &str) -> Option<Vec<Cue>> {
        match regex_filter(p) {
            Filter::Any(c) => Some(c),
            Filter::Always => None,
        }
    }

    fn contains(l: &[&str]) -> Option<Vec<Cue>> {
        Some(l.iter().map(|s| Cue::Contains(s.to_string())).collect())
    }

    fn starts(l: &[&str]) -> Option<Vec<Cue>> {
        Some(l.iter().map(|s| Cue::StartsWith(s.to_string())).collect())
    }

    /// Every literal in a text is found, also those that start where a
    /// longer one does, or inside one, or overlap one.
    #[test]
    fn literals_find_every_rule_whose_literal_occurs() {
        let owners: BTreeMap<&str, Vec<usize>> = [
            ("cook", vec![0]),
            ("cookies", vec![1]),
            ("kies", vec![2]),
            ("ies a", vec![3]),
            ("absent", vec![4]),
            ("s ac", vec![5]),
        ]
        .into_iter()
        .collect();
        let lits = Literals::new(owners, false);
        let mut c = Candidates::new(&[0]);
        lits.mark("we use cookies accordingly", &mut c);
        assert_eq!(c.into_iter().collect::<Vec<_>>(), [0, 1, 2, 3, 5]);
        let anchored: BTreeMap<&str, Vec<usize>> =
            [("ab", vec![0]), ("abc", vec![1]), ("b", vec![2])]
                .into_iter()
                .collect();
        let lits = Literals::new(anchored, true);
        let mut c = Candidates::new(&[0]);
        lits.mark("abcd", &mut c);
        assert_eq!(c.into_iter().collect::<Vec<_>>(), [0, 1]);
    }

    /// The fast path of [`lower`] (runs of characters it copies whole)
    /// gives what lower-casing each character does, for every character.
    #[test]
    fn lower_fast_path_agrees_on_every_character() {
        let mut fast = 0;
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let s: &str = c.encode_utf8(&mut buf);
            if s.len() == 3 && uncased_3_bytes(s.as_bytes()[0], s.as_bytes()[1]) {
                fast += 1;
                assert!(c.to_lowercase().eq([c]), "{c:?} has a lower case");
            }
            // Alone, and between characters of each path.
            for t in [s.to_string(), format!("aÄ{s}ＡかB{s}")] {
                assert_eq!(lower(&t), lower_by_char(&t), "{t:?}");
            }
        }
        assert_eq!(fast, 0x100 + 0x7000);
    }

    proptest::proptest! {
        /// [`lower`] agrees with lower-casing character by character on any
        /// text, and on text mixing ASCII, kana, kanji, punctuation and
        /// letters with a lower case of another length ('İ', 'Ω', 'Ａ').
        #[test]
        fn lower_agrees_with_lower_by_char(
            any in "\\PC{0,40}",
            mixed in "[a-zA-Z0-9 .İΩＡÉéかカ漢字「」、。—“”€\u{2000}-\u{20FF}\u{2C00}\u{24B6}]{0,40}",
        ) {
            proptest::prop_assert_eq!(lower(&any), lower_by_char(&any));
            proptest::prop_assert_eq!(lower(&mixed), lower_by_char(&mixed));
        }

        /// Prefixes are found at the start of a text only, every one the
        /// text starts with, whatever its first two bytes.
        #[test]
        fn prefixes_mark_exactly_the_rules_whose_prefix_starts_the_text(
            prefixes in proptest::collection::btree_set("[ab日]{1,3}", 1..6),
            text in "[ab日 ]{0,6}",
        ) {
            let prefixes: Vec<String> = prefixes.into_iter().collect();
            let owners: BTreeMap<&str, Vec<usize>> = prefixes
                .iter()
                .enumerate()
                .map(|(i, p)| (p.as_str(), vec![i]))
                .collect();
            let lits = Literals::new(owners, true);
            let mut c = Candidates::new(&[0]);
            lits.mark(&text, &mut c);
            let want: Vec<usize> = (0..prefixes.len())
                .filter(|&i| text.starts_with(prefixes[i].as_str()))
                .collect();
            proptest::prop_assert_eq!(c.into_iter().collect::<Vec<_>>(), want);
        }

        /// A candidate set holds, and lists in order, exactly the rules
        /// put in it, inline or not.
        #[test]
        fn candidates_hold_what_is_inserted(
            words in 1usize..8,
            rules in proptest::collection::btree_set(0usize..8 * 64, 0..40),
        ) {
            let rules: Vec<usize> = rules.into_iter().filter(|&r| r < words * 64).collect();
            let mut c = Candidates::new(&vec![0; words]);
            for &r in &rules {
                c.insert(r);
            }
            proptest::prop_assert_eq!(c.len(), rules.len());
            for r in 0..words * 64 {
                proptest::prop_assert_eq!(c.contains(r), rules.contains(&r));
            }
            proptest::prop_assert_eq!(c.into_iter().collect::<Vec<_>>(), rules);
        }
    }

    #[test]
    fn case_insensitive_words_become_one_literal() {
        assert_eq!(cues("(?i)cookies?"), contains(&["cookie"]));
        assert_eq!(
            cues("(?i)^(read more|also read):?$"),
            starts(&["also read", "read more"])
        );
    }

    #[test]
    fn anchored_branches_give_prefixes() {
        assert_eq!(
            cues(r"(?i)^(by|ni)\s+\p{Lu}|^文\s*:"),
            starts(&["by", "ni", "文"])
        );
        assert_eq!(
            cues(r"(?i)^(sponsored|sponsored by .{1,40}|提供.{0,20})$"),
            starts(&["sponsored", "提供"])
        );
        // A branch not anchored at the start gives what it contains.
        let mut mixed = contains(&["written"]).unwrap();
        mixed.extend(starts(&["by"]).unwrap());
        assert_eq!(cues(r"(?i)^by\s|written$"), Some(mixed));
        // A prefix that holds a required literal is implied by it.
        assert_eq!(cues(r"(?i)^written by|written$"), contains(&["written"]));
    }

    #[test]
    fn open_or_optional_parts_give_nothing() {
        assert_eq!(cues("(?i)(cookie)?.*"), None);
        assert_eq!(cues(r"\d+ shares"), contains(&[" shares"]));
        assert_eq!(cues("a|.*"), None);
        // Too short and common to be worth looking for...
        assert_eq!(cues(r"(?i)by\s.*"), None);
        // ...unlike a rare symbol.
        assert_eq!(cues(r"\w+/\w+"), contains(&["/"]));
    }

    #[test]
    fn a_branch_without_rare_literals_may_give_symbols() {
        // A colon is better than trying the rule on every line...
        assert_eq!(
            cues(r"^\p{L}{2,40}\s*\d{1,2}:\d{2}$|^\p{L}+ wrote$"),
            contains(&[" wrote", ":"])
        );
        // ...but a full stop or a letter is on almost every line.
        assert_eq!(cues(r"^\d{4}\.\d{2}$|^\p{L}+ wrote$"), None);
        assert_eq!(cues(r"^(?i)a\s*a$|^\p{L}+ wrote$"), None);
    }

    #[test]
    fn japanese_literals_and_nfkc() {
        assert_eq!(cues("(関連|注目)記事"), contains(&["注目記事", "関連記事"]));
        // The full-width sign cannot occur in NFKC text.
        assert_eq!(cues("[^。]{4,60}[=＝][^。]{1,24}$"), contains(&["="]));
    }
}
