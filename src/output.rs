//! Output: each processed document rendered as JSONL records, and the
//! streams they are written to: standard output, a file, one file per
//! language, or one file per input under a directory; compressed by the
//! file's extension (`.gz`, `.zst`).
//!
//! The segment record is the v1 output contract:
//! `{"doc", "seg", "lang", "role", "text", "start", "end", "conf"}`, with
//! `start`/`end` in code points of the decoded input, plus `meta` (a JSONL
//! record's other fields) when there is any. The document record is
//! `{"id", "lang", "segments", "text", "meta"}`. The dropped record is
//! `{"doc", "start", "end", "reason", "rule", "text"}`.
//!
//! Rendering is pure and runs on the worker threads; writing is sequential.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{Map, Value};

use crate::clean::{Reason, Role};
use crate::compress::{Compression, Encoder};
use crate::config::OutputFormat;
use crate::error::OutputError;
use crate::lang::Lang;
use crate::pipeline::{Processed, Segment};

/// One segment record, as written: `doc`, the fields of its
/// [`DocSegment`], and `meta` when there is any.
#[derive(Debug)]
pub struct SegmentRecord<'a> {
    pub doc: &'a Value,
    pub segment: DocSegment<'a>,
    pub meta: Option<&'a Map<String, Value>>,
}

/// Written out rather than derived with `#[serde(flatten)]`, which goes
/// through serde's map serialiser, field by field, for every segment.
impl Serialize for SegmentRecord<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let g = &self.segment;
        let mut r = s.serialize_struct("SegmentRecord", 8 + usize::from(self.meta.is_some()))?;
        r.serialize_field("doc", self.doc)?;
        r.serialize_field("seg", &g.seg)?;
        r.serialize_field("lang", &g.lang)?;
        r.serialize_field("role", &g.role)?;
        r.serialize_field("text", g.text)?;
        r.serialize_field("start", &g.start)?;
        r.serialize_field("end", &g.end)?;
        r.serialize_field("conf", &g.conf)?;
        if let Some(meta) = self.meta {
            r.serialize_field("meta", meta)?;
        }
        r.end()
    }
}

/// A segment inside a document record: the segment record without `doc`.
#[derive(Debug, Serialize)]
pub struct DocSegment<'a> {
    pub seg: usize,
    pub lang: Lang,
    pub role: Role,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub conf: f64,
}

impl<'a> DocSegment<'a> {
    /// The record of segment number `seg` of a document.
    pub fn new(seg: usize, s: &'a Segment) -> DocSegment<'a> {
        DocSegment {
            seg,
            lang: s.lang,
            role: s.role,
            text: &s.text,
            start: s.start,
            end: s.end,
            conf: round_conf(s.conf),
        }
    }
}

/// One document record, as written (`--format documents`).
#[derive(Debug, Serialize)]
pub struct DocumentRecord<'a> {
    pub id: &'a Value,
    /// The main language (`und` when the document has no text).
    pub lang: Lang,
    pub segments: Vec<DocSegment<'a>>,
    /// The cleaned text per language, segments joined by newlines.
    pub text: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<&'a Map<String, Value>>,
}

/// One dropped-span record, as written.
#[derive(Debug, Serialize)]
pub struct DroppedRecord<'a> {
    pub doc: &'a Value,
    pub start: usize,
    pub end: usize,
    pub reason: Reason,
    pub rule: &'a str,
    pub text: &'a str,
}

/// Round a confidence to three decimals for output.
fn round_conf(c: f32) -> f64 {
    (c as f64 * 1000.0).round() / 1000.0
}

/// Where records go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Stdout,
    File(PathBuf),
    /// `DIR/<lang>.jsonl`, one file per language.
    SplitByLang(PathBuf),
    /// One output per input under DIR, mirroring the input's path.
    Dir(PathBuf),
}

/// One document's records, rendered.
#[derive(Debug, Default)]
pub struct Rendered {
    /// The record lines, one after another.
    pub lines: Vec<u8>,
    /// Each line's language (for `--split-by-lang`) and end in `lines`.
    pub ends: Vec<(Lang, usize)>,
    /// The dropped-span lines, if asked for.
    pub dropped: Vec<u8>,
}

/// Render one processed document in `format`.
pub fn render(
    format: OutputFormat,
    id: &Value,
    meta: Option<&Map<String, Value>>,
    p: &Processed,
    with_dropped: bool,
) -> Rendered {
    let mut r = Rendered::default();
    match format {
        OutputFormat::Segments => segment_lines(&mut r, id, meta, p),
        OutputFormat::Documents => {
            let mut text: BTreeMap<&'static str, String> = BTreeMap::new();
            for s in &p.segments {
                let t = text.entry(s.lang.code()).or_default();
                if !t.is_empty() {
                    t.push('\n');
                }
                t.push_str(&s.text);
            }
            let lang = p.main_lang.unwrap_or(Lang::Und);
            let record = DocumentRecord {
                id,
                lang,
                segments: p
                    .segments
                    .iter()
                    .enumerate()
                    .map(|(seg, s)| DocSegment::new(seg, s))
                    .collect(),
                text,
                meta,
            };
            json_line(&mut r.lines, &record);
            r.ends.push((lang, r.lines.len()));
        }
    }
    if with_dropped {
        for d in &p.dropped {
            let record = DroppedRecord {
                doc: id,
                start: d.start,
                end: d.end,
                reason: d.reason,
                rule: &d.rule,
                text: &d.text,
            };
            json_line(&mut r.dropped, &record);
        }
    }
    r
}

/// The segment records of one document: the lines that serialising each
/// [`SegmentRecord`] with serde_json gives (a test holds them to it), with
/// what the records of a document share (`doc`, `meta`) serialised once,
/// the keys written as they are, and strings escaped eight bytes at a time
/// where they need no escape ([`json_str`]). Most of a run's output is
/// these lines.
fn segment_lines(r: &mut Rendered, id: &Value, meta: Option<&Map<String, Value>>, p: &Processed) {
    let doc = serde_json::to_vec(id).expect("ids serialise");
    let meta = meta.map(|m| serde_json::to_vec(m).expect("meta serialises"));
    let mut number = itoa::Buffer::new();
    let buf = &mut r.lines;
    // Room for every record at once (the text, its escapes aside, and what
    // surrounds it), so that the buffer does not grow by doubling.
    const FIELDS: usize = 112;
    let each = FIELDS + doc.len() + meta.as_ref().map_or(0, |m| m.len() + 8);
    buf.reserve(p.segments.iter().map(|s| s.text.len() + each).sum());
    r.ends.reserve(p.segments.len());
    for (seg, s) in p.segments.iter().enumerate() {
        let g = DocSegment::new(seg, s);
        buf.extend_from_slice(b"{\"doc\":");
        buf.extend_from_slice(&doc);
        buf.extend_from_slice(b",\"seg\":");
        buf.extend_from_slice(number.format(g.seg).as_bytes());
        buf.extend_from_slice(b",\"lang\":");
        json_str(buf, g.lang.code());
        buf.extend_from_slice(b",\"role\":");
        json_str(buf, g.role.name());
        buf.extend_from_slice(b",\"text\":");
        json_str(buf, g.text);
        buf.extend_from_slice(b",\"start\":");
        buf.extend_from_slice(number.format(g.start).as_bytes());
        buf.extend_from_slice(b",\"end\":");
        buf.extend_from_slice(number.format(g.end).as_bytes());
        buf.extend_from_slice(b",\"conf\":");
        serde_json::to_writer(&mut *buf, &g.conf).expect("numbers serialise");
        if let Some(meta) = &meta {
            buf.extend_from_slice(b",\"meta\":");
            buf.extend_from_slice(meta);
        }
        buf.extend_from_slice(b"}\n");
        r.ends.push((s.lang, buf.len()));
    }
}

/// Write `s` as a JSON string, escaped as serde_json escapes it: `\"`,
/// `\\`, the short forms `\b \t \n \f \r`, and `\u00xx` for the other
/// control characters. Runs of eight bytes with none of them are copied
/// without looking at each byte.
fn json_str(buf: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    buf.push(b'"');
    let (mut run, mut i) = (0, 0);
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if !needs_escape(word) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let short = match b {
            b'"' => Some(b'"'),
            b'\\' => Some(b'\\'),
            0x08 => Some(b'b'),
            0x09 => Some(b't'),
            0x0A => Some(b'n'),
            0x0C => Some(b'f'),
            0x0D => Some(b'r'),
            0..=0x1F => None,
            _ => {
                i += 1;
                continue;
            }
        };
        buf.extend_from_slice(&bytes[run..i]);
        match short {
            Some(c) => buf.extend_from_slice(&[b'\\', c]),
            None => buf.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xF)],
            ]),
        }
        i += 1;
        run = i;
    }
    buf.extend_from_slice(&bytes[run..]);
    buf.push(b'"');
}

/// Whether any byte of `word` is a control character, `"` or `\\`: whether
/// a byte is below a bound (0x20), or zero after an exclusive or with the
/// quote or the backslash, tested in every byte at once. (A wrong yes would
/// only cost time; a wrong no is what the escaping test would catch.)
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |w: u64, n: u8| w.wrapping_sub(ONES * u64::from(n)) & !w & HIGH;
    let quote = word ^ (ONES * u64::from(b'"'));
    let backslash = word ^ (ONES * u64::from(b'\\'));
    below(word, 0x20) | below(quote, 1) | below(backslash, 1) != 0
}

fn json_line<T: Serialize>(buf: &mut Vec<u8>, value: &T) {
    serde_json::to_writer(&mut *buf, value).expect("records serialise");
    buf.push(b'\n');
}

/// One output stream: standard output or a file, compressed by its name.
pub struct Stream {
    /// The name in messages.
    path: PathBuf,
    w: Encoder<BufWriter<Box<dyn Write + Send>>>,
    /// Bytes written (before compression).
    pub written: u64,
    /// For a stream written under a temporary name: (temporary, final);
    /// [`Stream::finish`] renames the one to the other.
    rename: Option<(PathBuf, PathBuf)>,
}

const OUT_BUF: usize = 256 * 1024;

impl Stream {
    /// Standard output, uncompressed.
    pub fn stdout() -> Stream {
        let w: Box<dyn Write + Send> = Box::new(io::stdout());
        Stream {
            path: PathBuf::from("<stdout>"),
            w: Encoder::Plain(BufWriter::with_capacity(OUT_BUF, w)),
            written: 0,
            rename: None,
        }
    }

    /// Create the output file `path` so that it appears under its name only
    /// once complete: written to `.NAME.partial` beside it and renamed by
    /// [`Stream::finish`]. A failed run (disk full, killed) leaves no
    /// half-written file under the final name. An existing file that is not
    /// a regular file (`/dev/stdout`, a pipe) is written directly.
    pub fn create_complete(path: &Path) -> Result<Stream, OutputError> {
        let special = std::fs::metadata(path).is_ok_and(|m| !m.is_file());
        if special {
            return Stream::create(path, path);
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let partial = path.with_file_name(format!(".{name}.partial"));
        let mut s = Stream::create(&partial, path)?;
        s.path = path.to_path_buf();
        s.rename = Some((partial, path.to_path_buf()));
        Ok(s)
    }

    /// Create `path`, compressed as `name`'s extension says (a temporary
    /// file is compressed as the name it will be renamed to).
    pub fn create(path: &Path, name: &Path) -> Result<Stream, OutputError> {
        let f = File::create(path).map_err(|e| OutputError::io(path, e))?;
        let w: Box<dyn Write + Send> = Box::new(f);
        let w = Compression::from_path(name)
            .writer(BufWriter::with_capacity(OUT_BUF, w))
            .map_err(|e| OutputError::io(path, e))?;
        Ok(Stream {
            path: path.to_path_buf(),
            w,
            written: 0,
            rename: None,
        })
    }

    pub fn write(&mut self, bytes: &[u8]) -> Result<(), OutputError> {
        self.written += bytes.len() as u64;
        self.w
            .write_all(bytes)
            .map_err(|e| OutputError::io(&self.path, e))
    }

    /// End the stream (compression trailer) and flush it.
    pub fn finish(self) -> Result<(), OutputError> {
        let path = self.path;
        self.w
            .finish()
            .and_then(|mut w| w.flush())
            .map_err(|e| OutputError::io(&path, e))?;
        if let Some((partial, done)) = self.rename {
            std::fs::rename(&partial, &done).map_err(|e| OutputError::io(&done, e))?;
        }
        Ok(())
    }
}

/// A writer of rendered records to one stream or to one file per language.
pub enum RecordSink {
    One(Stream),
    ByLang {
        dir: PathBuf,
        streams: BTreeMap<Lang, Stream>,
    },
}

impl RecordSink {
    /// Open a target other than [`Target::Dir`] (whose streams the run
    /// opens per input).
    pub fn open(target: &Target) -> Result<RecordSink, OutputError> {
        Ok(match target {
            Target::Stdout => RecordSink::One(Stream::stdout()),
            Target::File(p) => RecordSink::One(Stream::create_complete(p)?),
            Target::SplitByLang(dir) | Target::Dir(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| OutputError::io(dir, e))?;
                RecordSink::ByLang {
                    dir: dir.clone(),
                    streams: BTreeMap::new(),
                }
            }
        })
    }

    /// Write one document's records.
    pub fn write(&mut self, r: &Rendered) -> Result<(), OutputError> {
        match self {
            RecordSink::One(s) => s.write(&r.lines),
            RecordSink::ByLang { dir, streams } => {
                let mut start = 0;
                for &(lang, end) in &r.ends {
                    let stream = match streams.entry(lang) {
                        std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
                        std::collections::btree_map::Entry::Vacant(e) => {
                            let path = dir.join(format!("{}.jsonl", lang.code()));
                            e.insert(Stream::create_complete(&path)?)
                        }
                    };
                    stream.write(&r.lines[start..end])?;
                    start = end;
                }
                Ok(())
            }
        }
    }

    /// Bytes written so far.
    pub fn written(&self) -> u64 {
        match self {
            RecordSink::One(s) => s.written,
            RecordSink::ByLang { streams, .. } => streams.values().map(|s| s.written).sum(),
        }
    }

    /// Finish and flush every stream.
    pub fn finish(self) -> Result<(), OutputError> {
        match self {
            RecordSink::One(s) => s.finish(),
            RecordSink::ByLang { streams, .. } => {
                for s in streams.into_values() {
                    s.finish()?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_record_shape() {
        let segment = Segment {
            lang: Lang::En,
            role: Role::Body,
            text: "Hi.".to_string(),
            start: 3,
            end: 6,
            conf: 0.98765,
        };
        let r = SegmentRecord {
            doc: &Value::from("samples/000.txt"),
            segment: DocSegment::new(0, &segment),
            meta: None,
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"doc":"samples/000.txt","seg":0,"lang":"en","role":"body","text":"Hi.","start":3,"end":6,"conf":0.988}"#
        );
        // With meta, in that order; and the segment's fields are exactly
        // a `DocSegment`'s (the impl is written out, so a field added to
        // one must be added to the other).
        let meta: Map<String, Value> = serde_json::from_str(r#"{"url":"u"}"#).unwrap();
        let r = SegmentRecord {
            meta: Some(&meta),
            ..r
        };
        let line = serde_json::to_string(&r).unwrap();
        assert!(
            line.ends_with(r#","conf":0.988,"meta":{"url":"u"}}"#),
            "{line}"
        );
        let mut fields: Map<String, Value> = serde_json::from_str(&line).unwrap();
        fields.remove("doc");
        fields.remove("meta");
        assert_eq!(
            Value::Object(fields),
            serde_json::to_value(&r.segment).unwrap()
        );
    }

    /// The segment lines as serde_json writes each [`SegmentRecord`].
    fn segment_lines_by_serde(
        id: &Value,
        meta: Option<&Map<String, Value>>,
        p: &Processed,
    ) -> Vec<u8> {
        let mut out = Vec::new();
        for (seg, s) in p.segments.iter().enumerate() {
            let record = SegmentRecord {
                doc: id,
                segment: DocSegment::new(seg, s),
                meta,
            };
            json_line(&mut out, &record);
        }
        out
    }

    /// Text dense in what JSON escapes, and in what it does not.
    fn json_text() -> impl proptest::strategy::Strategy<Value = String> {
        "[a\"\\\\/\u{0}-\u{1f}\u{7f}é日\u{2028}\u{10FFFF} ]{0,40}"
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 2000,
            ..proptest::prelude::ProptestConfig::default()
        })]

        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(s in json_text()) {
            let mut buf = Vec::new();
            json_str(&mut buf, &s);
            proptest::prop_assert_eq!(String::from_utf8(buf).unwrap(), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn segment_lines_are_what_serde_json_writes(
            texts in proptest::collection::vec(json_text(), 0..4),
            id in json_text(),
            numeric_id in proptest::option::of(0u64..u64::MAX),
            meta in proptest::option::of(proptest::collection::btree_map(json_text(), json_text(), 0..3)),
            conf in proptest::prop_oneof![0f32..=1.0, proptest::num::f32::ANY],
            start in 0usize..usize::MAX / 2,
        ) {
            let langs = [Lang::En, Lang::Ja, Lang::Tl, Lang::Und];
            let roles = [Role::Title, Role::Heading, Role::Body, Role::Related];
            let segments = texts
                .into_iter()
                .enumerate()
                .map(|(i, text)| Segment {
                    lang: langs[i % langs.len()],
                    role: roles[i % roles.len()],
                    end: start + i + text.chars().count(),
                    text,
                    start: start + i,
                    conf,
                })
                .collect();
            let p = Processed {
                segments,
                dropped: Vec::new(),
                main_lang: None,
                encoding: "UTF-8",
                malformed: 0,
            };
            let id = numeric_id.map_or(Value::from(id), Value::from);
            let meta: Option<Map<String, Value>> =
                meta.map(|m| m.into_iter().map(|(k, v)| (k, Value::from(v))).collect());
            let r = render(OutputFormat::Segments, &id, meta.as_ref(), &p, false);
            let want = segment_lines_by_serde(&id, meta.as_ref(), &p);
            proptest::prop_assert_eq!(String::from_utf8(r.lines.clone()).unwrap(), String::from_utf8(want).unwrap());
            let ends: Vec<usize> = r.lines.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1).collect();
            proptest::prop_assert_eq!(r.ends.iter().map(|e| e.1).collect::<Vec<_>>(), ends);
        }
    }

    #[test]
    fn document_record_shape() {
        let seg = |lang, text: &str, start| Segment {
            lang,
            role: Role::Body,
            text: text.to_string(),
            start,
            end: start + text.chars().count(),
            conf: 1.0,
        };
        let p = Processed {
            segments: vec![
                seg(Lang::Ja, "会議。", 0),
                seg(Lang::En, "Hi.", 4),
                seg(Lang::Ja, "終了。", 8),
            ],
            dropped: Vec::new(),
            main_lang: Some(Lang::Ja),
            encoding: "UTF-8",
            malformed: 0,
        };
        let mut meta = Map::new();
        meta.insert("url".into(), Value::from("u"));
        let r = render(
            OutputFormat::Documents,
            &Value::from(7),
            Some(&meta),
            &p,
            false,
        );
        let v: Value = serde_json::from_slice(&r.lines).unwrap();
        assert_eq!(v["id"], 7);
        assert_eq!(v["lang"], "ja");
        assert_eq!(v["text"]["ja"], "会議。\n終了。");
        assert_eq!(v["text"]["en"], "Hi.");
        assert_eq!(v["segments"][1]["start"], 4);
        assert_eq!(v["meta"]["url"], "u");
        assert_eq!(r.ends, [(Lang::Ja, r.lines.len())]);
    }
}
