//! Where Latin-script text may switch language: sentence ends, clause
//! punctuation (commas, colons, semicolons, dashes), quotes and brackets,
//! each cut with its strength. Initials and abbreviations ("U.S.", "Mr.",
//! "España Blvd.") do not end a sentence.
//!
//! This module only finds the cuts; [`super::clause`] decides which of
//! them are language switches.

/// How strong a cut between two clauses is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cut {
    Word,
    Clause,
    Quote,
    Sentence,
}

/// Abbreviations whose final dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "ave", "blvd", "rd", "sen", "rep", "gov", "gen", "col", "capt",
    "lt", "sgt", "pres", "jr", "sr", "inc", "corp", "co", "ltd", "no", "nos", "vs", "prof", "atty",
    "engr", "hon", "brgy", "sta", "sto", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "etc", "approx", "dept", "univ",
];

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '‘' | '(' | '[' | '«' | '„')
}

fn is_closing(c: char) -> bool {
    matches!(c, '”' | '’' | ')' | ']' | '»' | '"' | '\'')
}

/// Whether the word ending just before byte `end` of `text` is an initial
/// or an abbreviation ("U.S.", "Mr", "Blvd").
fn is_abbreviation(text: &str, end: usize) -> bool {
    let word = text[..end]
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    if word.contains('.') {
        return true;
    }
    let upper = word.chars().next().is_some_and(char::is_uppercase);
    if upper && word.chars().count() <= 1 {
        return true;
    }
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// The characters of a text by index, with their byte offsets: its bytes
/// when it is ASCII (nothing to decode or copy), else decoded once.
enum Chars<'a> {
    Ascii(&'a [u8]),
    Decoded(Vec<(usize, char)>),
}

impl Chars<'_> {
    fn of(text: &str) -> Chars<'_> {
        if text.is_ascii() {
            Chars::Ascii(text.as_bytes())
        } else {
            Chars::Decoded(text.char_indices().collect())
        }
    }

    fn len(&self) -> usize {
        match self {
            Chars::Ascii(b) => b.len(),
            Chars::Decoded(c) => c.len(),
        }
    }

    /// The byte offset and the character at index `i`.
    fn at(&self, i: usize) -> (usize, char) {
        match self {
            Chars::Ascii(b) => (i, b[i] as char),
            Chars::Decoded(c) => c[i],
        }
    }
}

/// Where clauses start in `text` (never at 0), with the strength of each
/// cut. White space goes to the clause before; an opening quote or bracket
/// starts the clause it opens.
pub fn cuts(text: &str) -> Vec<(usize, Cut)> {
    cuts_in(text, &Chars::of(text))
}

/// [`cuts`], given `text`'s characters.
fn cuts_in(text: &str, chars: &Chars) -> Vec<(usize, Cut)> {
    let n = chars.len();
    let mut out: Vec<(usize, Cut)> = Vec::new();
    let mut push = |at: usize, cut: Cut| {
        if at == 0 || at >= text.len() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.0 == at => last.1 = last.1.max(cut),
            _ => out.push((at, cut)),
        }
    };
    // The start of the next non-space character from index `j`, if there
    // is white space at `j`.
    let after_space = |j: usize| -> Option<usize> {
        if j < n && chars.at(j).1.is_whitespace() {
            let k = (j..n).find(|&k| !chars.at(k).1.is_whitespace())?;
            Some(chars.at(k).0)
        } else {
            None
        }
    };
    let mut idx = 0;
    while idx < n {
        let (i, c) = chars.at(idx);
        match c {
            '.' | '!' | '?' | ',' | ';' | ':' => {
                let mut j = idx + 1;
                let mut quoted = false;
                while j < n
                    && (is_closing(chars.at(j).1) || matches!(chars.at(j).1, '.' | '!' | '?'))
                {
                    quoted |= matches!(chars.at(j).1, '"' | '”' | '»');
                    j += 1;
                }
                if let Some(at) = after_space(j) {
                    let cut = if matches!(c, ',' | ';' | ':') {
                        if quoted {
                            Cut::Quote
                        } else {
                            Cut::Clause
                        }
                    } else if c == '.' && is_abbreviation(text, i) {
                        Cut::Word
                    } else {
                        Cut::Sentence
                    };
                    if cut != Cut::Word {
                        push(at, cut);
                    }
                }
                idx = j;
                continue;
            }
            '"' => {
                let prev = idx.checked_sub(1).map(|p| chars.at(p).1);
                let next = (idx + 1 < n).then(|| chars.at(idx + 1).1);
                let opens = prev.is_none_or(|p| p.is_whitespace() || is_opening(p))
                    && next.is_some_and(|c| !c.is_whitespace());
                if opens {
                    push(i, Cut::Quote);
                } else if let Some(at) = after_space(idx + 1) {
                    push(at, Cut::Quote);
                }
            }
            c if is_opening(c) => {
                let prev = idx.checked_sub(1).map(|p| chars.at(p).1);
                if prev.is_none_or(char::is_whitespace) {
                    push(
                        i,
                        if c == '(' || c == '[' {
                            Cut::Clause
                        } else {
                            Cut::Quote
                        },
                    );
                }
            }
            '”' | ')' | ']' | '»' => {
                if let Some(at) = after_space(idx + 1) {
                    push(
                        at,
                        if c == ')' || c == ']' {
                            Cut::Clause
                        } else {
                            Cut::Quote
                        },
                    );
                }
            }
            '—' | '–' => {
                if let Some(at) = after_space(idx + 1) {
                    push(at, Cut::Clause);
                } else if idx + 1 < n {
                    push(chars.at(idx + 1).0, Cut::Clause);
                }
            }
            '-' if idx > 0 && chars.at(idx - 1).1.is_whitespace() => {
                if let Some(at) = after_space(idx + 1) {
                    push(at, Cut::Clause);
                }
            }
            _ => {
                // ASCII text: on to the next byte an arm above handles
                // (the others do nothing).
                if let Chars::Ascii(b) = chars {
                    idx += 1;
                    idx += b[idx..]
                        .iter()
                        .position(|&x| MAY_CUT[usize::from(x)])
                        .unwrap_or(n - idx);
                    continue;
                }
            }
        }
        idx += 1;
    }
    out
}

/// The ASCII characters the arms of [`cuts_in`] handle.
static MAY_CUT: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = b".!?,;:\"([)]-";
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]
        /// ASCII text read as bytes (skipping to the next byte that may
        /// cut) cuts as when decoded.
        #[test]
        fn ascii_bytes_cut_as_decoded_text(text in "[ aZU.!?,;:\"'()\\[\\]-]{0,40}") {
            let decoded = Chars::Decoded(text.char_indices().collect());
            proptest::prop_assert_eq!(cuts(&text), cuts_in(&text, &decoded));
        }
    }

    #[test]
    fn cuts_at_clauses_quotes_and_sentences() {
        let text =
            "Walang pasok bukas, so stay home! \"Ingat kayo,\" he said. España Blvd. is closed";
        let got: Vec<(&str, Cut)> = cuts(text)
            .into_iter()
            .map(|(at, c)| (&text[at..], c))
            .collect();
        let starts: Vec<(String, Cut)> = got
            .into_iter()
            .map(|(s, c)| (s.split_whitespace().next().unwrap().to_string(), c))
            .collect();
        assert_eq!(
            starts,
            [
                ("so".to_string(), Cut::Clause),
                ("\"Ingat".to_string(), Cut::Sentence),
                ("he".to_string(), Cut::Quote),
                ("España".to_string(), Cut::Sentence),
            ]
        );
    }
}
