//! Script analysis: every character classed by writing system, and a line cut
//! into pieces of one script group (CJK, Hangul, Latin, other) with the
//! punctuation, digits and spaces between them attached to a side.
//!
//! Which language a piece is in is decided elsewhere ([`super::cjk`],
//! [`super::latin`]); this module only looks at scripts.

use std::ops::Range;

use unicode_script::{Script, UnicodeScript};

/// The class of a single character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Han,
    Kana,
    Hangul,
    Latin,
    Other,
    /// Digits, punctuation, symbols, white space, combining marks.
    Neutral,
}

/// Class of `c`: ASCII, kana and the main Han block here, small enough to
/// inline into the loops over a line's characters (most of a Japanese
/// line), the rest in `classify_other`.
#[inline]
pub fn classify(c: char) -> Class {
    match c {
        'a'..='z' | 'A'..='Z' => Class::Latin,
        '\0'..='\x7f' => Class::Neutral,
        // The prolonged sound mark and the middle dot are "Common" in
        // Unicode but only ever written in kana words.
        '\u{3041}'..='\u{3096}' | '\u{309D}'..='\u{309F}' | '\u{30A1}'..='\u{30FC}' => Class::Kana,
        '\u{4E00}'..='\u{9FFF}' => Class::Han,
        _ => classify_other(c),
    }
}

/// [`classify`] for the characters it does not decide itself.
#[inline(never)]
fn classify_other(c: char) -> Class {
    // The half-width prolonged sound mark is "Common" in Unicode but only
    // ever written in kana words.
    if c == '\u{FF70}' {
        return Class::Kana;
    }
    // Fast paths for the other common blocks, before the script table's
    // search.
    match c {
        '\u{AC00}'..='\u{D7A3}' => return Class::Hangul,
        '\u{3000}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{FF01}'..='\u{FF0F}' => {
            return Class::Neutral
        }
        '\u{C0}'..='\u{FF}' if c != '\u{D7}' && c != '\u{F7}' => return Class::Latin,
        _ => {}
    }
    by_script(c)
}

/// The class of `c`'s script in the Unicode script table: the definition
/// the fast paths of [`classify`] and [`classify_other`] agree with (but
/// for the kana marks).
fn by_script(c: char) -> Class {
    match c.script() {
        Script::Han => Class::Han,
        Script::Hiragana | Script::Katakana => Class::Kana,
        Script::Hangul => Class::Hangul,
        Script::Latin => Class::Latin,
        Script::Common | Script::Inherited | Script::Unknown => Class::Neutral,
        _ => Class::Other,
    }
}

/// A group of scripts that share one way of telling languages apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Han and kana: Japanese or Chinese.
    Cjk,
    Hangul,
    Latin,
    Other,
    /// No letters at all.
    None,
}

impl Class {
    fn group(self) -> Group {
        match self {
            Class::Han | Class::Kana => Group::Cjk,
            Class::Hangul => Group::Hangul,
            Class::Latin => Group::Latin,
            Class::Other => Group::Other,
            Class::Neutral => Group::None,
        }
    }
}

/// A run of text of one script group, as a byte range into the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub group: Group,
    pub bytes: Range<usize>,
    /// Letters (non-neutral characters) in the piece.
    pub letters: usize,
    /// Whether the piece holds any kana.
    pub has_kana: bool,
}

/// Cut `line` into script pieces.
///
/// Punctuation and spaces between two pieces of different groups go to the
/// first piece, up to and including the last white space between them (so
/// `"bob. 你好"` cuts after the space and `"中国、Russia"` after the comma).
/// A short Latin piece inside CJK text (`"AIによって"`, `"Cookieを"`) joins
/// the CJK text around it.
pub fn pieces(line: &str) -> Vec<Piece> {
    // ASCII text is Latin letters and neutral characters only: one piece
    // (most lines of an English or Tagalog page).
    if line.is_ascii() {
        if line.is_empty() {
            return Vec::new();
        }
        let letters = line.bytes().filter(u8::is_ascii_alphabetic).count();
        let group = if letters > 0 {
            Group::Latin
        } else {
            Group::None
        };
        return vec![Piece {
            group,
            bytes: 0..line.len(),
            letters,
            has_kana: false,
        }];
    }
    pieces_by_char(line)
}

/// [`pieces`], character by character.
fn pieces_by_char(line: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut cur: Option<Piece> = None;
    // Byte offset where the current run of neutral characters started, and
    // the offset just after the last white space in it.
    let mut neutral_start: Option<usize> = None;
    let mut last_space_end: Option<usize> = None;
    for (i, c) in line.char_indices() {
        let class = classify(c);
        let group = class.group();
        if group == Group::None {
            neutral_start.get_or_insert(i);
            if c.is_whitespace() {
                last_space_end = Some(i + c.len_utf8());
            }
            continue;
        }
        match cur.as_mut() {
            // The commonest case, on: one more letter of the current piece.
            Some(p) if p.group == group => {
                p.letters += 1;
                p.has_kana |= class == Class::Kana;
                p.bytes.end = i + c.len_utf8();
                neutral_start = None;
                last_space_end = None;
                continue;
            }
            Some(p) => {
                let cut = match neutral_start {
                    Some(ns) => cut_between(line, p.group, group, ns, last_space_end, i),
                    None => i,
                };
                p.bytes.end = cut;
                out.push(cur.take().unwrap());
            }
            None => {}
        }
        // A new piece, from where the last one ended.
        let start = out.last().map_or(0, |p| p.bytes.end);
        cur = Some(Piece {
            group,
            bytes: start..i + c.len_utf8(),
            letters: 1,
            has_kana: class == Class::Kana,
        });
        neutral_start = None;
        last_space_end = None;
    }
    match cur {
        Some(mut p) => {
            p.bytes.end = line.len();
            out.push(p);
        }
        None if !line.is_empty() => out.push(Piece {
            group: Group::None,
            bytes: 0..line.len(),
            letters: 0,
            has_kana: false,
        }),
        None => {}
    }
    absorb_short_latin(line, out)
}

/// Where to cut the neutral run `line[start..next]` between a piece of
/// group `from` and one of group `to`: after its last white space (so
/// closing punctuation stays with the text it closes), but
/// - an opening quote or bracket just before `next` goes with the text it
///   opens (`、"The yen` cuts before the quote);
/// - ASCII punctuation right after CJK text followed by Latin text goes
///   with the Latin text (`ほんやくくん, a playful name`): CJK text writes
///   its own, full-width punctuation.
fn cut_between(
    line: &str,
    from: Group,
    to: Group,
    start: usize,
    last_space_end: Option<usize>,
    next: usize,
) -> usize {
    let run = &line[start..next];
    let mut cut = last_space_end.unwrap_or(next);
    if from == Group::Cjk
        && to == Group::Latin
        && run.starts_with(|c: char| c.is_ascii_punctuation())
    {
        return start;
    }
    let mut open_start = next;
    for (j, c) in run.char_indices().rev() {
        let ascii_quote = matches!(c, '"' | '\'') && j > 0;
        if is_opening(c) || ascii_quote {
            open_start = start + j;
        } else {
            break;
        }
    }
    if open_start < cut {
        cut = open_start;
    }
    cut
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '‘' | '「' | '『' | '（' | '(' | '[' | '【' | '«')
}

/// Cut a CJK piece into sentences, after `。`, `！`, `？` (and `!`, `?`)
/// with any closing quotes, brackets and white space that follow, so that
/// a Chinese quotation inside Japanese text is judged on its own.
pub fn cjk_sentences(line: &str, piece: &Piece) -> Vec<Piece> {
    let text = &line[piece.bytes.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !matches!(c, '。' | '！' | '？' | '!' | '?' | '．') {
            continue;
        }
        let mut end = text.len();
        while let Some(&(j, q)) = chars.peek() {
            if matches!(
                q,
                '」' | '』' | '”' | '）' | ')' | '"' | '’' | '。' | '！' | '？' | '!' | '?'
            ) || q.is_whitespace()
            {
                chars.next();
            } else {
                end = j;
                break;
            }
        }
        if end < text.len() {
            out.push(sub_piece(
                line,
                piece.bytes.start + start..piece.bytes.start + end,
            ));
            start = end;
        }
    }
    if out.is_empty() {
        return vec![piece.clone()];
    }
    out.push(sub_piece(line, piece.bytes.start + start..piece.bytes.end));
    out
}

fn sub_piece(line: &str, bytes: Range<usize>) -> Piece {
    let mut letters = 0;
    let mut has_kana = false;
    for c in line[bytes.clone()].chars() {
        let class = classify(c);
        letters += (class != Class::Neutral) as usize;
        has_kana |= class == Class::Kana;
    }
    Piece {
        group: Group::Cjk,
        bytes,
        letters,
        has_kana,
    }
}

/// Whether a Latin piece is short enough to be a loanword or acronym inside
/// CJK text rather than text of its own.
fn is_embedded_latin(line: &str, p: &Piece) -> bool {
    if p.group != Group::Latin {
        return false;
    }
    let text = line[p.bytes.clone()].trim();
    let words = text.split_whitespace().count();
    let inner = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    let sentence_end = inner.contains(['.', '!', '?']);
    (words <= 2 || p.letters <= 12) && !sentence_end
}

fn absorb_short_latin(line: &str, pieces: Vec<Piece>) -> Vec<Piece> {
    let n = pieces.len();
    let is_cjk = |i: Option<usize>| i.is_some_and(|i: usize| pieces[i].group == Group::Cjk);
    let mut out: Vec<Piece> = Vec::with_capacity(n);
    for (i, p) in pieces.iter().enumerate() {
        let absorb = is_embedded_latin(line, p)
            && (is_cjk(i.checked_sub(1)) || is_cjk((i + 1 < n).then_some(i + 1)));
        let group = if absorb { Group::Cjk } else { p.group };
        match out.last_mut() {
            Some(last) if last.group == group => {
                last.bytes.end = p.bytes.end;
                last.letters += p.letters;
                last.has_kana |= p.has_kana;
            }
            _ => out.push(Piece { group, ..p.clone() }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(line: &str) -> Vec<(Group, &str)> {
        pieces(line)
            .into_iter()
            .map(|p| (p.group, &line[p.bytes]))
            .collect()
    }

    #[test]
    fn cuts_between_scripts() {
        use Group::*;
        let cases: Vec<(&str, Vec<(Group, &str)>)> = vec![
            (
                "Hello my name is bob. 你好世界",
                vec![(Latin, "Hello my name is bob. "), (Cjk, "你好世界")],
            ),
            (
                "The name of the song is ロミオとシンデレラ",
                vec![
                    (Latin, "The name of the song is "),
                    (Cjk, "ロミオとシンデレラ"),
                ],
            ),
            (
                "AIによって生成された画像",
                vec![(Cjk, "AIによって生成された画像")],
            ),
            (
                "AIによるレポート AIによって生成された画像",
                vec![(Cjk, "AIによるレポート AIによって生成された画像")],
            ),
            (
                "サイトの分析にCookieを使用します。",
                vec![(Cjk, "サイトの分析にCookieを使用します。")],
            ),
            ("2025-12-03 23:22", vec![(None, "2025-12-03 23:22")]),
            ("서울 Seoul", vec![(Hangul, "서울 "), (Latin, "Seoul")]),
            (
                "アナリストは、\"The yen is still undervalued\" と指摘",
                vec![
                    (Cjk, "アナリストは、"),
                    (Latin, "\"The yen is still undervalued\" "),
                    (Cjk, "と指摘"),
                ],
            ),
            (
                "The app is called ほんやくくん, a playful name that means translator",
                vec![
                    (Latin, "The app is called "),
                    (Cjk, "ほんやくくん"),
                    (Latin, ", a playful name that means translator"),
                ],
            ),
        ];
        for (line, want) in cases {
            assert_eq!(cut(line), want, "{line}");
        }
    }

    proptest::proptest! {
        /// The ASCII fast path cuts as the character-by-character path.
        #[test]
        fn ascii_lines_cut_as_by_char(line in "[ -~\t]{0,40}") {
            proptest::prop_assert_eq!(pieces(&line), pieces_by_char(&line));
        }
    }

    /// Every character's class is what the Unicode script table says,
    /// but for the kana marks Unicode calls "Common": the fast paths agree
    /// with the definition everywhere.
    #[test]
    fn classify_is_the_script_table_with_the_kana_marks() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want = match c {
                '\u{30FC}' | '\u{FF70}' | '\u{30FB}' => Class::Kana,
                _ => by_script(c),
            };
            assert_eq!(classify(c), want, "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn pieces_cover_the_line() {
        for line in ["a 日本 b. c", "  ", "漢字。English text here. かな", "x"] {
            let ps = pieces(line);
            let mut at = 0;
            for p in &ps {
                assert_eq!(p.bytes.start, at);
                at = p.bytes.end;
            }
            assert_eq!(at, line.len());
        }
    }

    #[test]
    fn cjk_sentences_cut_after_sentence_ends() {
        let line = "批判した。“日方应当停止。”これに対し反論した。";
        let p = &pieces(line)[0];
        let got: Vec<&str> = cjk_sentences(line, p)
            .into_iter()
            .map(|s| &line[s.bytes])
            .collect();
        assert_eq!(
            got,
            ["批判した。", "“日方应当停止。”", "これに対し反論した。"]
        );
    }
}
