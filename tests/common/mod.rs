//! Helpers shared by the end-to-end tests: the binary, its standard error,
//! a small JSONL corpus made of the sample pages, JSON lines, gzip, and the
//! stats file.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{json, Value};

pub const PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/pages");

pub fn langsift() -> Command {
    Command::cargo_bin("langsift").unwrap()
}

/// The sample pages' texts, and a few short mixed documents.
pub fn texts() -> Vec<String> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(PAGES)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    let mut out: Vec<String> = pages
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    out.push("東京で会議が開かれた。\nThe meeting ended at noon.\n拒否\n".to_string());
    out.push(
        "Inilunsad ang libreng sakay para sa mga estudyante ngayong Lunes sa bayan.\n".to_string(),
    );
    out.push(String::new());
    out
}

/// A JSONL corpus of `n` records cycling through [`texts`].
pub fn corpus(n: usize) -> String {
    let texts = texts();
    let mut s = String::new();
    for i in 0..n {
        let rec = json!({"id": format!("d{i}"), "text": texts[i % texts.len()], "url": format!("https://x/{i}")});
        s.push_str(&rec.to_string());
        s.push('\n');
    }
    s
}

/// A finished run's standard error, as text.
pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The JSON records of a JSONL output, one per line.
pub fn lines(bytes: &[u8]) -> Vec<Value> {
    std::str::from_utf8(bytes)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

pub fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .read_to_end(&mut out)
        .unwrap();
    out
}

pub fn stats(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

pub fn assert_balanced(s: &Value) {
    let d = &s["documents"];
    assert_eq!(
        d["in"].as_u64().unwrap(),
        d["out"].as_u64().unwrap() + d["failed"].as_u64().unwrap(),
        "{s}"
    );
}

/// A directory of small JSONL and text inputs.
pub fn input_tree(root: &Path, n: usize) {
    let texts = texts();
    for i in 0..n {
        let p = root.join(format!("in/part{}/f{i:02}.jsonl", i % 3));
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        let rec = json!({"id": format!("f{i}"), "text": texts[i % 6]});
        std::fs::write(&p, format!("{rec}\n")).unwrap();
    }
    std::fs::write(root.join("in/page.txt"), &texts[0]).unwrap();
}

pub fn tree_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walk(dir)
        .into_iter()
        .map(|p| {
            (
                p.strip_prefix(dir).unwrap().display().to_string(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
