//! Documents: what one input holds, read lazily. A text input is one
//! document (its bytes, decoded later by the pipeline); a JSONL input is one
//! document per line, its text in one field, its id in another, and the
//! record's other fields carried along as `meta`.
//!
//! A bad JSONL line is an [`InputError`] with its line number, and the lines
//! after it are still read. Blank lines are not documents. This module does
//! no processing and no output.

use std::io::{BufRead, Read};

use serde_json::{Map, Value};

use crate::config::InputConfig;
use crate::error::{InputError, InputErrorKind};
use crate::input::Source;

/// A document's content.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// Raw bytes of a text input, in any encoding.
    Bytes(Vec<u8>),
    /// The text field of a JSONL record.
    Text(String),
}

impl Content {
    /// Its size in bytes (UTF-8 for text).
    pub fn len(&self) -> usize {
        match self {
            Content::Bytes(b) => b.len(),
            Content::Text(t) => t.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The document's id: the input's name for a text input; the id field
    /// for a JSONL record (`NAME:LINE` when it has none).
    pub id: Value,
    pub content: Content,
    /// A JSONL record's other fields (`None` for a text input).
    pub meta: Option<Map<String, Value>>,
}

/// The documents of one input, in order.
pub struct Documents {
    name: String,
    config: InputConfig,
    state: State,
}

enum State {
    Text(Option<Box<dyn BufRead + Send>>),
    Jsonl {
        reader: Box<dyn BufRead + Send>,
        line: u64,
        buf: Vec<u8>,
    },
    Done,
}

impl Documents {
    /// Read `reader`, the opened `source`, as `config` says.
    pub fn new(
        source: &Source,
        reader: Box<dyn BufRead + Send>,
        config: &InputConfig,
    ) -> Documents {
        let state = if source.is_jsonl(config.format) {
            State::Jsonl {
                reader,
                line: 0,
                buf: Vec::new(),
            }
        } else {
            State::Text(Some(reader))
        };
        Documents {
            name: source.name(),
            config: config.clone(),
            state,
        }
    }

    fn fail(&self, kind: InputErrorKind) -> InputError {
        InputError {
            input: self.name.clone(),
            kind,
        }
    }

    fn parse_line(&self, line: u64, bytes: &[u8]) -> Result<Document, InputError> {
        let bad = |problem: String| self.fail(InputErrorKind::BadLine { line, problem });
        // A UTF-8 byte-order mark may open a file written on Windows.
        let bytes = match line {
            1 => bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes),
            _ => bytes,
        };
        // The line's UTF-8 checked at once, with SIMD, where the parser would
        // check each string on its own, byte by byte; a line that is not
        // UTF-8 goes to the parser as it is, to be reported where it breaks.
        let value: Value = match simdutf8::basic::from_utf8(bytes) {
            Ok(text) => serde_json::from_str(text),
            Err(_) => serde_json::from_slice(bytes),
        }
        .map_err(|e| bad(format!("malformed JSON: {e}")))?;
        let Value::Object(mut map) = value else {
            return Err(bad("not a JSON object".to_string()));
        };
        let text = match map.remove(&self.config.text_field) {
            Some(Value::String(s)) => s,
            Some(_) => {
                return Err(bad(format!(
                    "field {:?} is not a string",
                    self.config.text_field
                )))
            }
            None => return Err(bad(format!("no field {:?}", self.config.text_field))),
        };
        let id = map
            .remove(&self.config.id_field)
            .unwrap_or_else(|| Value::String(format!("{}:{line}", self.name)));
        Ok(Document {
            id,
            content: Content::Text(text),
            meta: if map.is_empty() { None } else { Some(map) },
        })
    }
}

impl Iterator for Documents {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.state {
            State::Done => None,
            State::Text(reader) => {
                let reader = reader.take()?;
                self.state = State::Done;
                let mut bytes = Vec::new();
                let limit = self.config.max_doc_bytes;
                Some(
                    match reader.take(limit as u64 + 1).read_to_end(&mut bytes) {
                        Ok(_) if bytes.len() > limit => {
                            Err(self.fail(InputErrorKind::DocTooLarge { limit }))
                        }
                        Ok(_) => Ok(Document {
                            id: Value::String(self.name.clone()),
                            content: Content::Bytes(bytes),
                            meta: None,
                        }),
                        Err(e) => Err(self.fail(InputErrorKind::from_io(e))),
                    },
                )
            }
            State::Jsonl { reader, line, buf } => loop {
                buf.clear();
                let limit = self.config.max_doc_bytes;
                match read_line_bounded(reader, buf, limit) {
                    Ok((0, _)) => {
                        self.state = State::Done;
                        return None;
                    }
                    Ok((_, true)) => {
                        *line += 1;
                        let n = *line;
                        return Some(Err(self.fail(InputErrorKind::BadLine {
                            line: n,
                            problem: format!(
                                "longer than {limit} bytes (the --max-doc-size limit); skipped"
                            ),
                        })));
                    }
                    Ok(_) => {
                        *line += 1;
                        if buf.iter().all(|b| b.is_ascii_whitespace()) {
                            continue;
                        }
                        let (n, bytes) = (*line, std::mem::take(buf));
                        let doc = self.parse_line(n, &bytes);
                        if let State::Jsonl { buf, .. } = &mut self.state {
                            *buf = bytes;
                        }
                        return Some(doc);
                    }
                    Err(e) => {
                        // A broken stream (truncated or corrupt compression)
                        // ends the input: nothing after it can be trusted.
                        self.state = State::Done;
                        return Some(Err(self.fail(InputErrorKind::from_io(e))));
                    }
                }
            },
        }
    }
}

/// Read one line (with its `\n`) into `buf`, keeping at most `max + 1`
/// bytes of it, so that one huge line cannot take all memory. Returns the
/// bytes consumed and whether the line was longer than `max`.
fn read_line_bounded(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<(usize, bool)> {
    let (mut consumed, mut cut) = (0, false);
    loop {
        let avail = reader.fill_buf()?;
        if avail.is_empty() {
            return Ok((consumed, cut));
        }
        let (chunk, done) = match memchr::memchr(b'\n', avail) {
            Some(i) => (&avail[..=i], true),
            None => (avail, false),
        };
        let room = (max + 1).saturating_sub(buf.len());
        if chunk.len() > room {
            buf.extend_from_slice(&chunk[..room]);
            cut = true;
        } else {
            buf.extend_from_slice(chunk);
        }
        let n = chunk.len();
        reader.consume(n);
        consumed += n;
        if done {
            return Ok((consumed, cut || buf.len() > max + 1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(text: &str) -> Vec<Result<Document, InputError>> {
        let source = Source::file("in.jsonl");
        let reader = Box::new(std::io::Cursor::new(text.as_bytes().to_vec()));
        Documents::new(&source, reader, &InputConfig::default()).collect()
    }

    #[test]
    fn lines_and_documents_over_the_size_limit_are_errors_and_reading_goes_on() {
        let config = InputConfig {
            max_doc_bytes: 40,
            ..InputConfig::default()
        };
        let long = "x".repeat(100);
        let text = format!("{{\"text\":\"{long}\"}}\n{{\"text\":\"short\"}}\n");
        let source = Source::file("in.jsonl");
        let reader = Box::new(std::io::Cursor::new(text.into_bytes()));
        let got: Vec<_> = Documents::new(&source, reader, &config).collect();
        assert_eq!(got.len(), 2);
        let e = got[0].as_ref().unwrap_err();
        assert!(
            e.to_string().contains("line 1: longer than 40 bytes"),
            "{e}"
        );
        assert_eq!(
            got[1].as_ref().unwrap().content,
            Content::Text("short".into())
        );

        let source = Source::file("page.txt");
        let reader = Box::new(std::io::Cursor::new(vec![b'a'; 41]));
        let got: Vec<_> = Documents::new(&source, reader, &config).collect();
        assert!(matches!(
            got[0].as_ref().unwrap_err().kind,
            InputErrorKind::DocTooLarge { limit: 40 }
        ));
    }

    #[test]
    fn a_line_that_is_not_utf8_is_malformed_and_the_next_line_is_read() {
        let mut bytes =
            b"{\"text\":\"caf\xE9\"}\n{\"id\":1,\"url\":\"\xE3\x81\",\"text\":\"ok\"}\n".to_vec();
        bytes.extend(r#"{"text":"\u65e5本 \"q\""}"#.as_bytes());
        bytes.push(b'\n');
        let source = Source::file("in.jsonl");
        let reader = Box::new(std::io::Cursor::new(bytes));
        let got: Vec<_> = Documents::new(&source, reader, &InputConfig::default()).collect();
        assert_eq!(got.len(), 3);
        for (i, line) in [(0, 1), (1, 2)] {
            let e = got[i].as_ref().unwrap_err();
            assert!(
                e.to_string()
                    .starts_with(&format!("in.jsonl: line {line}: malformed JSON")),
                "{e}"
            );
        }
        assert_eq!(
            got[2].as_ref().unwrap().content,
            Content::Text("日本 \"q\"".into())
        );
    }

    #[test]
    fn a_byte_order_mark_before_the_first_line_is_not_malformed_json() {
        let got = docs("\u{feff}{\"id\":1,\"text\":\"Hi.\"}\n");
        assert_eq!(
            got[0].as_ref().unwrap().content,
            Content::Text("Hi.".into())
        );
    }

    #[test]
    fn lines_become_documents_and_bad_lines_errors() {
        let got = docs("{\"id\":7,\"text\":\"Hi.\",\"url\":\"u\"}\n\n{oops\n{\"text\":\"B\"}\r\n[1]\n{\"id\":\"x\",\"text\":3}\n");
        let d0 = got[0].as_ref().unwrap();
        assert_eq!(d0.id, Value::from(7));
        assert_eq!(d0.content, Content::Text("Hi.".into()));
        assert_eq!(d0.meta.as_ref().unwrap()["url"], "u");
        let e = got[1].as_ref().unwrap_err();
        assert_eq!(e.kind.line(), Some(3));
        assert!(
            e.to_string()
                .starts_with("in.jsonl: line 3: malformed JSON"),
            "{e}"
        );
        let d2 = got[2].as_ref().unwrap();
        assert_eq!(
            (d2.id.as_str(), d2.meta.is_none()),
            (Some("in.jsonl:4"), true)
        );
        assert_eq!(
            got[3].as_ref().unwrap_err().to_string(),
            "in.jsonl: line 5: not a JSON object"
        );
        assert_eq!(
            got[4].as_ref().unwrap_err().to_string(),
            "in.jsonl: line 6: field \"text\" is not a string"
        );
        assert_eq!(got.len(), 5);
    }
}
