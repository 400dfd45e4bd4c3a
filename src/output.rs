//! Output: segments and dropped spans as JSONL records, to standard output,
//! a file, or one file per language.
//!
//! The segment record is the output contract:
//! `{"doc", "seg", "lang", "role", "text", "start", "end", "conf"}`, with
//! `start`/`end` in code points of the decoded input. The dropped record is
//! `{"doc", "start", "end", "reason", "rule", "text"}`.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::clean::{Reason, Role};
use crate::error::OutputError;
use crate::lang::Lang;
use crate::pipeline::{DroppedSpan, Segment};

/// One segment record, as written.
#[derive(Debug, Serialize)]
pub struct SegmentRecord<'a> {
    pub doc: &'a str,
    pub seg: usize,
    pub lang: Lang,
    pub role: Role,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub conf: f64,
}

/// One dropped-span record, as written.
#[derive(Debug, Serialize)]
pub struct DroppedRecord<'a> {
    pub doc: &'a str,
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

/// Where segment records go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Stdout,
    File(PathBuf),
    /// `DIR/<lang>.jsonl`, one file per language.
    SplitByLang(PathBuf),
}

/// A writer of segment records.
pub struct SegmentSink {
    target: Target,
    one: Option<BufWriter<Box<dyn Write + Send>>>,
    by_lang: BTreeMap<Lang, BufWriter<File>>,
}

impl SegmentSink {
    /// Open the target (creating the file or directory).
    pub fn open(target: Target) -> Result<SegmentSink, OutputError> {
        let one: Option<BufWriter<Box<dyn Write + Send>>> = match &target {
            Target::Stdout => Some(BufWriter::new(Box::new(io::stdout()))),
            Target::File(p) => {
                let f = File::create(p).map_err(|e| OutputError::io(p, e))?;
                Some(BufWriter::new(Box::new(f)))
            }
            Target::SplitByLang(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| OutputError::io(dir, e))?;
                None
            }
        };
        Ok(SegmentSink {
            target,
            one,
            by_lang: BTreeMap::new(),
        })
    }

    fn path(&self, lang: Lang) -> PathBuf {
        match &self.target {
            Target::Stdout => PathBuf::from("<stdout>"),
            Target::File(p) => p.clone(),
            Target::SplitByLang(dir) => dir.join(format!("{}.jsonl", lang.code())),
        }
    }

    /// Write one document's segments, numbered from 0 in document order.
    pub fn write_doc(&mut self, doc: &str, segments: &[Segment]) -> Result<(), OutputError> {
        for (seg, s) in segments.iter().enumerate() {
            let record = SegmentRecord {
                doc,
                seg,
                lang: s.lang,
                role: s.role,
                text: &s.text,
                start: s.start,
                end: s.end,
                conf: round_conf(s.conf),
            };
            let path = self.path(s.lang);
            let w: &mut dyn Write = match (&mut self.one, &self.target) {
                (Some(w), _) => w,
                (None, Target::SplitByLang(_)) => match self.by_lang.entry(s.lang) {
                    std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::btree_map::Entry::Vacant(e) => {
                        let f = File::create(&path).map_err(|e| OutputError::io(&path, e))?;
                        e.insert(BufWriter::new(f))
                    }
                },
                (None, _) => unreachable!("single targets always have a writer"),
            };
            write_json_line(w, &record).map_err(|e| OutputError::io(&path, e))?;
        }
        Ok(())
    }

    /// Flush everything written.
    pub fn finish(&mut self) -> Result<(), OutputError> {
        if let Some(w) = &mut self.one {
            let path = match &self.target {
                Target::File(p) => p.clone(),
                _ => PathBuf::from("<stdout>"),
            };
            w.flush().map_err(|e| OutputError::io(path, e))?;
        }
        let paths: Vec<(Lang, PathBuf)> = self.by_lang.keys().map(|&l| (l, self.path(l))).collect();
        for (lang, path) in paths {
            if let Some(w) = self.by_lang.get_mut(&lang) {
                w.flush().map_err(|e| OutputError::io(&path, e))?;
            }
        }
        Ok(())
    }
}

/// A writer of dropped-span records (`--dropped FILE`).
pub struct DroppedSink {
    path: PathBuf,
    w: BufWriter<File>,
}

impl DroppedSink {
    pub fn create(path: &Path) -> Result<DroppedSink, OutputError> {
        let f = File::create(path).map_err(|e| OutputError::io(path, e))?;
        Ok(DroppedSink {
            path: path.to_path_buf(),
            w: BufWriter::new(f),
        })
    }

    pub fn write_doc(&mut self, doc: &str, dropped: &[DroppedSpan]) -> Result<(), OutputError> {
        for d in dropped {
            let record = DroppedRecord {
                doc,
                start: d.start,
                end: d.end,
                reason: d.reason,
                rule: &d.rule,
                text: &d.text,
            };
            write_json_line(&mut self.w, &record).map_err(|e| OutputError::io(&self.path, e))?;
        }
        Ok(())
    }

    pub fn finish(&mut self) -> Result<(), OutputError> {
        self.w.flush().map_err(|e| OutputError::io(&self.path, e))
    }
}

fn write_json_line<T: Serialize>(w: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *w, value)?;
    w.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_record_shape() {
        let r = SegmentRecord {
            doc: "samples/000.txt",
            seg: 0,
            lang: Lang::En,
            role: Role::Body,
            text: "Hi.",
            start: 3,
            end: 6,
            conf: round_conf(0.98765),
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"doc":"samples/000.txt","seg":0,"lang":"en","role":"body","text":"Hi.","start":3,"end":6,"conf":0.988}"#
        );
    }
}
