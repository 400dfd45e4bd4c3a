//! Blocks: the decoded text cut into lines, each with its place in the input.
//!
//! A block is one line (ended by `\n`, `\r\n`, `\r`, U+0085, U+2028 or
//! U+2029), with byte offsets for slicing and code-point offsets for output.
//! Blank lines are kept as blocks too, because cleaning reads them as
//! paragraph and section breaks. This module decides nothing about language
//! or boilerplate.

/// One line of the decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Index of the line in the document, from 0.
    pub index: usize,
    /// Byte range of the line's content (without its line end) in the text.
    pub bytes: std::ops::Range<usize>,
    /// Code-point offset of the line's first character in the text.
    pub start: usize,
    /// Code-point offset just past the line's content.
    pub end: usize,
}

impl Block {
    /// The line's text, without its line end.
    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        &doc[self.bytes.clone()]
    }

    /// Whether the line holds only white space (NBSP and zero-width
    /// characters count as white space here).
    pub fn is_blank(&self, doc: &str) -> bool {
        self.text(doc).chars().all(is_space)
    }
}

/// Whether a document is long: more than 8,192 lines or 4 MiB. Per-line
/// state that later stages could reuse (the first pass's analyses, the
/// lines' normal forms) is kept only for other documents: on a page it
/// costs nothing, on a long document (millions of tiny lines, one huge
/// line) as much memory again as the rest of the pipeline.
pub fn is_long(lines: &[&str]) -> bool {
    has_many_lines(lines) || lines.iter().map(|l| l.len()).sum::<usize>() > 4 << 20
}

/// Whether a document has more than 8,192 lines: more than a page has, and
/// enough for state kept per line to outweigh the text itself (tiny lines
/// cost far more per byte than long ones).
pub fn has_many_lines(lines: &[&str]) -> bool {
    lines.len() > 8192
}

/// White space in the wide sense used for blank lines and trimming:
/// Unicode white space plus the invisible characters normalisation removes
/// (zero-width characters, BOM, soft hyphen).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || crate::normalize::is_zero_width(c)
}

/// Split `text` into line blocks.
///
/// ```
/// let text = "a\r\nbé\rc\n";
/// let blocks = langsift::blocks::split_lines(text);
/// let lines: Vec<_> = blocks.iter().map(|b| (b.text(text), b.start, b.end)).collect();
/// assert_eq!(lines, [("a", 0, 1), ("bé", 3, 5), ("c", 6, 7)]);
/// ```
pub fn split_lines(text: &str) -> Vec<Block> {
    // Bytes a line break can start with: `\n`, `\r`, and the lead bytes
    // of U+0085 (C2) and U+2028, U+2029 (E2).
    static BREAK_LEAD: [bool; 256] = {
        let mut t = [false; 256];
        t[b'\n' as usize] = true;
        t[b'\r' as usize] = true;
        t[0xC2] = true;
        t[0xE2] = true;
        t
    };
    // Byte by byte: every line break starts with one of four bytes, and
    // each line's code points are counted in one go (much cheaper than
    // decoding every character).
    let bytes = text.as_bytes();
    // Most texts break lines with `\n` and `\r` only (no U+0085, U+2028
    // or U+2029, looked for by one search for their lead bytes, C2 and E2,
    // each one found checked): then the next break is found by a
    // vectorised search for those two bytes.
    let only_ascii_breaks = !memchr::memchr2_iter(0xC2, 0xE2, bytes).any(|i| {
        let next = |k: usize| bytes.get(i + k).copied();
        match bytes[i] {
            0xC2 => next(1) == Some(0x85),
            _ => next(1) == Some(0x80) && matches!(next(2), Some(0xA8 | 0xA9)),
        }
    });
    // Room for lines of 64 bytes on average (news pages' lines are
    // longer), so that a page's list is seldom regrown; at most 4,096 to
    // start with, so that a huge text of few lines does not reserve room
    // for lines it does not have.
    let mut blocks = Vec::with_capacity((bytes.len() / 64 + 1).min(4096));
    let (mut line_byte, mut line_char) = (0, 0);
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the next byte a break can start with.
        let next = if only_ascii_breaks {
            memchr::memchr2(b'\n', b'\r', &bytes[i..])
        } else {
            bytes[i..].iter().position(|&b| BREAK_LEAD[usize::from(b)])
        };
        match next {
            Some(n) => i += n,
            None => break,
        }
        // The break's length in bytes and in code points.
        let (break_bytes, break_chars) = match bytes[i] {
            b'\n' => (1, 1),
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => (2, 2),
            b'\r' => (1, 1),
            // U+0085 (NEL).
            0xC2 if bytes.get(i + 1) == Some(&0x85) => (2, 1),
            // U+2028 and U+2029 (line and paragraph separators).
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                (3, 1)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let chars = text[line_byte..i].chars().count();
        blocks.push(Block {
            index: blocks.len(),
            bytes: line_byte..i,
            start: line_char,
            end: line_char + chars,
        });
        line_char += chars + break_chars;
        i += break_bytes;
        line_byte = i;
    }
    if line_byte < text.len() {
        blocks.push(Block {
            index: blocks.len(),
            bytes: line_byte..text.len(),
            start: line_char,
            end: line_char + text[line_byte..].chars().count(),
        });
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-by-character way to split, which [`split_lines`] must
    /// agree with.
    fn split_lines_by_char(text: &str) -> Vec<Block> {
        let mut blocks = Vec::new();
        let mut line_byte = 0;
        let mut line_char = 0;
        let mut char_pos = 0;
        let mut iter = text.char_indices().peekable();
        while let Some((b, c)) = iter.next() {
            let is_break = matches!(c, '\n' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}');
            if is_break {
                blocks.push(Block {
                    index: blocks.len(),
                    bytes: line_byte..b,
                    start: line_char,
                    end: char_pos,
                });
                let mut next_byte = b + c.len_utf8();
                char_pos += 1;
                if c == '\r' {
                    if let Some(&(nb, '\n')) = iter.peek() {
                        iter.next();
                        next_byte = nb + 1;
                        char_pos += 1;
                    }
                }
                line_byte = next_byte;
                line_char = char_pos;
            } else {
                char_pos += 1;
            }
        }
        if line_byte < text.len() {
            blocks.push(Block {
                index: blocks.len(),
                bytes: line_byte..text.len(),
                start: line_char,
                end: char_pos,
            });
        }
        blocks
    }

    proptest::proptest! {
        #[test]
        fn byte_split_agrees_with_char_split(text in "[a日\\n\\r\u{85}\u{2028}\u{2029}\u{2027}\u{2030}\u{a0}“ ]{0,16}") {
            proptest::prop_assert_eq!(split_lines(&text), split_lines_by_char(&text));
        }
    }

    #[test]
    fn offsets_slice_the_text_by_code_points() {
        let text = "日本\n\u{2028}x y\r\n\u{00A0}\nlast";
        let chars: Vec<char> = text.chars().collect();
        for b in split_lines(text) {
            let by_chars: String = chars[b.start..b.end].iter().collect();
            assert_eq!(by_chars, b.text(text));
        }
        let lines: Vec<_> = split_lines(text)
            .iter()
            .map(|b| b.text(text).to_string())
            .collect();
        assert_eq!(lines, ["日本", "", "x y", "\u{00A0}", "last"]);
        assert!(split_lines(text)[3].is_blank(text));
    }

    #[test]
    fn empty_and_trailing_newline() {
        assert!(split_lines("").is_empty());
        assert_eq!(split_lines("a\n").len(), 1);
        assert_eq!(split_lines("\n\n").len(), 2);
    }
}
