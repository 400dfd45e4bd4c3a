//! Language detection: each line of a document cut into segments of one
//! language each.
//!
//! Scripts first ([`script`]): Han and kana are Japanese or Chinese
//! ([`cjk`]), Hangul is Korean, Latin text goes to the statistical detectors
//! ([`latin`]) one sentence at a time. A short piece with little evidence
//! takes the language of its neighbours or of the document, and adjacent
//! pieces of one language are merged back into one segment. The detector
//! also reports the document's main language, which the cleaning stage uses.
//!
//! It labels text; it does not decide what is boilerplate.

pub mod cjk;
pub mod latin;
pub mod script;

use std::ops::Range;

pub use crate::lang::Lang;
use latin::{LatinDetector, LatinGuess};
use script::{Group, Piece};

/// Letters under which a Latin piece counts as short, and so open to its
/// context's language.
const SHORT_LETTERS: usize = 40;

/// A run of one language inside a line.
#[derive(Debug, Clone, PartialEq)]
pub struct LangSpan {
    /// Byte range in the line, trimmed of white space.
    pub bytes: Range<usize>,
    pub lang: Lang,
    /// Confidence, 0 to 1.
    pub conf: f32,
    /// Letters in the span (the weight of its evidence).
    pub letters: usize,
}

/// What the detector learnt about a whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocLanguages {
    /// Spans per line, in line order (empty for blank lines).
    pub lines: Vec<Vec<LangSpan>>,
    /// The language with the most letters in the document, if any.
    pub main: Option<Lang>,
}

/// A language detector, built once and shared (it is `Send + Sync`).
pub struct Detector {
    candidates: Vec<Lang>,
    latin: Option<LatinDetector>,
}

/// A raw Latin sentence before context is applied.
struct Pending {
    span: LangSpan,
    guess: Option<LatinGuess>,
}

impl Detector {
    /// Build a detector for the given candidate languages.
    pub fn new(candidates: &[Lang]) -> Detector {
        let candidates: Vec<Lang> = candidates
            .iter()
            .copied()
            .filter(|&l| l != Lang::Und)
            .collect();
        Detector {
            latin: LatinDetector::new(&candidates),
            candidates,
        }
    }

    /// The candidate languages.
    pub fn candidates(&self) -> &[Lang] {
        &self.candidates
    }

    fn allows(&self, lang: Lang) -> bool {
        self.candidates.contains(&lang)
    }

    /// Detect the languages of every line of a document.
    ///
    /// ```
    /// use langsift::detect::{Detector, Lang};
    /// let d = Detector::new(&Lang::DEFAULT_CANDIDATES);
    /// let doc = d.detect_lines(&["Hello my name is bob. 你好世界"]);
    /// let langs: Vec<_> = doc.lines[0].iter().map(|s| s.lang).collect();
    /// assert_eq!(langs, [Lang::En, Lang::Zh]);
    /// ```
    pub fn detect_lines(&self, lines: &[&str]) -> DocLanguages {
        let doc_has_kana = lines.iter().any(|l| {
            l.chars()
                .any(|c| script::classify(c) == script::Class::Kana)
        });
        let mut raw: Vec<Vec<Pending>> = lines
            .iter()
            .map(|line| self.raw_line(line, doc_has_kana))
            .collect();
        let main = main_language(&raw);
        let main_latin = main_latin_language(&raw);
        let lines = raw
            .iter_mut()
            .zip(lines)
            .map(|(pending, line)| self.settle_line(line, pending, main_latin))
            .collect();
        DocLanguages { lines, main }
    }

    /// Detect one line on its own (no document context).
    pub fn detect_line(&self, line: &str) -> Vec<LangSpan> {
        self.detect_lines(&[line]).lines.remove(0)
    }

    fn raw_line(&self, line: &str, doc_has_kana: bool) -> Vec<Pending> {
        let mut out = Vec::new();
        for piece in script::pieces(line) {
            match piece.group {
                Group::Latin => self.latin_piece(line, &piece, &mut out),
                _ => out.push(Pending {
                    span: self.non_latin_span(line, &piece, doc_has_kana),
                    guess: None,
                }),
            }
        }
        out
    }

    fn non_latin_span(&self, line: &str, piece: &Piece, doc_has_kana: bool) -> LangSpan {
        let text = &line[piece.bytes.clone()];
        let (lang, conf) = match piece.group {
            Group::Cjk => {
                let (l, c) = cjk::decide(text, piece.has_kana, piece.letters, doc_has_kana);
                match (self.allows(l), self.allows(Lang::Ja), self.allows(Lang::Zh)) {
                    (true, _, _) => (l, c),
                    (false, true, _) => (Lang::Ja, c * 0.5),
                    (false, false, true) => (Lang::Zh, c * 0.5),
                    _ => (Lang::Und, 0.0),
                }
            }
            Group::Hangul if self.allows(Lang::Ko) => (Lang::Ko, 1.0),
            _ => (Lang::Und, 0.0),
        };
        LangSpan {
            bytes: piece.bytes.clone(),
            lang,
            conf,
            letters: piece.letters,
        }
    }

    fn latin_piece(&self, line: &str, piece: &Piece, out: &mut Vec<Pending>) {
        for range in sentences(line, piece.bytes.clone()) {
            let text = &line[range.clone()];
            let letters = text.chars().filter(|c| c.is_alphabetic()).count();
            let guess = self.latin.as_ref().and_then(|d| d.detect(text, letters));
            let (lang, conf) = guess
                .as_ref()
                .map_or((Lang::Und, 0.0), |g| (g.lang, g.conf));
            out.push(Pending {
                span: LangSpan {
                    bytes: range,
                    lang,
                    conf,
                    letters,
                },
                guess,
            });
        }
    }

    /// Apply context to short Latin pieces, then merge and trim.
    fn settle_line(
        &self,
        text: &str,
        line: &mut [Pending],
        main_latin: Option<Lang>,
    ) -> Vec<LangSpan> {
        let strong: Vec<Option<Lang>> = line
            .iter()
            .map(|p| (p.guess.is_some() && p.span.letters >= SHORT_LETTERS).then_some(p.span.lang))
            .collect();
        // The nearest strong language after each piece, found in one pass
        // from the end so that a line of many short pieces stays linear.
        let mut next_strong: Vec<Option<Lang>> = vec![None; line.len()];
        let mut seen = None;
        for i in (0..line.len()).rev() {
            next_strong[i] = seen;
            seen = strong[i].or(seen);
        }
        let mut before: Option<Lang> = None;
        for i in 0..line.len() {
            let prev = before;
            before = strong[i].or(before);
            let Some(guess) = line[i].guess.as_ref() else {
                continue;
            };
            if line[i].span.letters >= SHORT_LETTERS && guess.conf >= 0.6 {
                continue;
            }
            let (before, after) = (prev, next_strong[i]);
            let context = before.or(after).or(main_latin);
            if let Some(ctx) = context {
                // Take the context's language unless the piece's own
                // evidence clearly speaks against it.
                if ctx != guess.lang && guess.score_of(ctx) >= 0.5 * guess.conf {
                    line[i].span.conf = guess.score_of(ctx).max(0.5);
                    line[i].span.lang = ctx;
                }
            }
        }
        merge(line.iter().map(|p| p.span.clone()))
            .into_iter()
            .filter_map(|s| trim(text, s))
            .collect()
    }
}

/// Shrink a span to exclude white space at its edges; `None` if nothing
/// is left.
fn trim(text: &str, mut s: LangSpan) -> Option<LangSpan> {
    let inner = &text[s.bytes.clone()];
    let lead = inner.len() - inner.trim_start_matches(crate::blocks::is_space).len();
    let kept = inner.trim_matches(crate::blocks::is_space).len();
    if kept == 0 {
        return None;
    }
    s.bytes = s.bytes.start + lead..s.bytes.start + lead + kept;
    Some(s)
}

/// Merge adjacent spans of one language; an `und` span with no letters
/// (digits, punctuation) joins its neighbour instead of standing alone.
fn merge(spans: impl Iterator<Item = LangSpan>) -> Vec<LangSpan> {
    let mut out: Vec<LangSpan> = Vec::new();
    for s in spans {
        match out.last_mut() {
            Some(last) if last.lang == s.lang || s.letters == 0 => absorb(last, &s),
            Some(last) if last.letters == 0 => {
                let mut s = s;
                s.bytes.start = last.bytes.start;
                *last = s;
            }
            _ => out.push(s),
        }
    }
    out
}

fn absorb(into: &mut LangSpan, s: &LangSpan) {
    let total = (into.letters + s.letters).max(1) as f32;
    into.conf = (into.conf * into.letters as f32 + s.conf * s.letters as f32) / total;
    if into.letters + s.letters == 0 {
        into.conf = 0.0;
    }
    into.letters += s.letters;
    into.bytes.end = s.bytes.end;
}

/// Cut a Latin piece into sentences: after `.`, `!` or `?` (and any closing
/// quotes or brackets) followed by white space.
fn sentences(line: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let text = &line[range.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, q)) = chars.peek() {
            if matches!(q, '"' | '\'' | '”' | '’' | ')' | ']' | '.' | '!' | '?') {
                end = j + q.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        if chars.peek().is_some_and(|&(_, n)| n.is_whitespace()) {
            // An initial ("U.S. ", "Mr. ") is not a sentence end.
            let word = text[start..i]
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("");
            if (word.chars().count() <= 2 || word.contains('.'))
                && word.chars().next().is_some_and(char::is_uppercase)
            {
                continue;
            }
            out.push(range.start + start..range.start + end);
            start = end;
        }
    }
    if start < text.len() {
        out.push(range.start + start..range.end);
    }
    out
}

fn weighted_langs(raw: &[Vec<Pending>]) -> std::collections::HashMap<Lang, usize> {
    let mut counts = std::collections::HashMap::new();
    for p in raw.iter().flatten() {
        if p.span.lang != Lang::Und {
            *counts.entry(p.span.lang).or_insert(0) += p.span.letters;
        }
    }
    counts
}

fn main_language(raw: &[Vec<Pending>]) -> Option<Lang> {
    weighted_langs(raw)
        .into_iter()
        .max_by_key(|&(l, n)| (n, std::cmp::Reverse(l)))
        .map(|(l, _)| l)
}

fn main_latin_language(raw: &[Vec<Pending>]) -> Option<Lang> {
    weighted_langs(raw)
        .into_iter()
        .filter(|(l, _)| l.is_latin())
        .max_by_key(|&(l, n)| (n, std::cmp::Reverse(l)))
        .map(|(l, _)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(d: &Detector, line: &str) -> Vec<(Lang, String)> {
        d.detect_line(line)
            .into_iter()
            .map(|s| (s.lang, line[s.bytes].trim().to_string()))
            .collect()
    }

    #[test]
    fn splits_mixed_lines() {
        let d = Detector::new(&Lang::DEFAULT_CANDIDATES);
        assert_eq!(
            langs(&d, "The name of the song is ロミオとシンデレラ"),
            [
                (Lang::En, "The name of the song is".into()),
                (Lang::Ja, "ロミオとシンデレラ".into())
            ]
        );
        assert_eq!(langs(&d, "経済産業省"), [(Lang::Ja, "経済産業省".into())]);
        assert_eq!(
            langs(&d, "2025-12-03 23:22"),
            [(Lang::Und, "2025-12-03 23:22".into())]
        );
    }

    #[test]
    fn sentences_cut_at_ends_not_initials() {
        let line = "Mr. Smith went to Washington. He said \"no.\" Then U.S. talks began";
        let cut: Vec<&str> = sentences(line, 0..line.len())
            .into_iter()
            .map(|r| &line[r])
            .collect();
        assert_eq!(
            cut,
            [
                "Mr. Smith went to Washington.",
                " He said \"no.\"",
                " Then U.S. talks began"
            ]
        );
    }

    #[test]
    fn detector_is_shareable() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Detector>();
    }
}
