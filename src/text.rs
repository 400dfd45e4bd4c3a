//! Runs of word characters in a text, found byte by byte where the text is
//! ASCII and by decoded character elsewhere: the one way detection cuts a
//! clause into words ([`crate::detect::words`]) and the title search cuts a
//! line into tokens ([`crate::clean::article`]), each with its own idea of
//! a word character. It only cuts; what a word is worth is the callers'.

/// The non-empty runs of `text` whose characters are word characters:
/// `text.split(|c| !is_word(c)).filter(|w| !w.is_empty())`, with ASCII
/// characters tested on their byte by `is_word_byte` (which must agree with
/// `is_word_char` on ASCII) and the others decoded.
pub fn runs<'a, B, C>(text: &'a str, is_word_byte: B, is_word_char: C) -> Runs<'a, B, C>
where
    B: Fn(u8) -> bool,
    C: Fn(char) -> bool,
{
    Runs {
        text,
        at: 0,
        ascii: text.is_ascii(),
        is_word_byte,
        is_word_char,
    }
}

/// The iterator of [`runs`].
pub struct Runs<'a, B, C> {
    text: &'a str,
    at: usize,
    /// The whole text is ASCII: runs are found by scanning bytes alone.
    ascii: bool,
    is_word_byte: B,
    is_word_char: C,
}

impl<B: Fn(u8) -> bool, C: Fn(char) -> bool> Runs<'_, B, C> {
    /// Whether the character at byte `i` is a word character, and its
    /// length; `None` at the end.
    #[inline]
    fn class_at(&self, i: usize) -> Option<(bool, usize)> {
        let &b = self.text.as_bytes().get(i)?;
        if b.is_ascii() {
            return Some(((self.is_word_byte)(b), 1));
        }
        let c = self.text[i..].chars().next()?;
        Some(((self.is_word_char)(c), c.len_utf8()))
    }
}

impl<'a, B: Fn(u8) -> bool, C: Fn(char) -> bool> Iterator for Runs<'a, B, C> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        if self.ascii {
            let rest = &self.text.as_bytes()[self.at..];
            let start = rest.iter().position(|&b| (self.is_word_byte)(b))?;
            let len = rest[start..].iter().position(|&b| !(self.is_word_byte)(b));
            let end = len.map_or(rest.len(), |n| start + n);
            let run = &self.text[self.at + start..self.at + end];
            self.at += end;
            return Some(run);
        }
        loop {
            let (word, len) = self.class_at(self.at)?;
            if word {
                break;
            }
            self.at += len;
        }
        let start = self.at;
        while let Some((true, len)) = self.class_at(self.at) {
            self.at += len;
        }
        Some(&self.text[start..self.at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Runs are the non-empty pieces of a split at every other
        /// character, whatever the text mixes.
        #[test]
        fn runs_are_the_non_empty_split_pieces(text in "[aZ9'’\\- .,é日—\u{0b}ｶ]{0,24}") {
            let is_word = |c: char| c.is_alphanumeric() || c == '\'';
            let split: Vec<&str> = text.split(|c: char| !is_word(c)).filter(|w| !w.is_empty()).collect();
            let got: Vec<&str> = runs(&text, |b| is_word(char::from(b)), is_word).collect();
            proptest::prop_assert_eq!(got, split);
        }
    }
}
