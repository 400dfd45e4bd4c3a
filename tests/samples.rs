//! The samples check: `langsift clean samples/pages` against the gold label
//! of every line in `samples/seeds.gold.tsv`, scored the way
//! `tests/score.py` (a copy of the shared scorer) scores it: every `keep`
//! line kept (at least 90% of its non-space characters inside segments) in
//! its language, every `drop` line dropped (at most 10%), every `optional`
//! line that is kept in its language, and every segment's offsets slicing
//! the decoded input to its text. Beyond the scorer: the `optional` lines
//! of related-article blocks are not kept (the default run drops related
//! blocks).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

mod common;
use common::{langsift, stderr};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

fn squash(s: &str) -> String {
    s.nfkc().filter(|c| !c.is_whitespace()).collect()
}

struct Gold {
    label: String,
    lang: String,
    /// Role (keep, optional) or reason (drop).
    role: String,
}

fn read_gold(path: &Path) -> BTreeMap<String, HashMap<usize, Gold>> {
    let mut gold: BTreeMap<String, HashMap<usize, Gold>> = BTreeMap::new();
    for row in std::fs::read_to_string(path).unwrap().lines() {
        if row.starts_with('#') || row.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = row.split('\t').collect();
        gold.entry(cols[0].to_string()).or_default().insert(
            cols[1].parse().unwrap(),
            Gold {
                label: cols[2].to_string(),
                lang: cols[3].to_string(),
                role: cols.get(4).unwrap_or(&"").to_string(),
            },
        );
    }
    gold
}

#[test]
fn samples_match_their_gold_labels() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pages = root.join("samples/pages");
    let out = langsift()
        .current_dir(root)
        .args(["clean", "samples/pages"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mut segments: HashMap<String, Vec<Value>> = HashMap::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: Value = serde_json::from_str(line).expect("every output line is JSON");
        let doc = v["doc"].as_str().unwrap();
        assert!(
            doc.starts_with("samples/pages/"),
            "doc is the path as given: {doc}"
        );
        let base = Path::new(doc)
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        segments.entry(base).or_default().push(v);
    }

    let gold = read_gold(&root.join("samples/seeds.gold.tsv"));
    let mut problems = Vec::new();
    let (mut kept, mut keep_total, mut dropped, mut drop_total) = (0, 0, 0, 0);
    for (file, labels) in &gold {
        let text: Vec<char> = std::fs::read_to_string(pages.join(file))
            .unwrap()
            .chars()
            .collect();
        let mut owner: Vec<Option<String>> = vec![None; text.len()];
        for (n, s) in segments.get(file).into_iter().flatten().enumerate() {
            assert_eq!(
                s["seg"].as_u64().unwrap() as usize,
                n,
                "{file}: segments numbered in order"
            );
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            let slice: String = text[start..end].iter().collect();
            let seg_text = s["text"].as_str().unwrap();
            if squash(&slice) != squash(seg_text) || squash(seg_text).is_empty() {
                problems.push(format!(
                    "{file}: offsets [{start},{end}) do not slice to {seg_text:?}"
                ));
                continue;
            }
            let conf = s["conf"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&conf), "conf in [0, 1]");
            for o in &mut owner[start..end] {
                *o = Some(s["lang"].as_str().unwrap().to_string());
            }
        }
        let mut pos = 0;
        let full: String = text.iter().collect();
        for (i, line) in full.split('\n').enumerate() {
            let n = line.chars().count();
            let span = pos..pos + n;
            pos += n + 1;
            let Some(g) = labels.get(&(i + 1)) else {
                continue;
            };
            if g.label == "blank" {
                continue;
            }
            let chars: Vec<usize> = span.filter(|&c| !text[c].is_whitespace()).collect();
            let mut langs: HashMap<&str, usize> = HashMap::new();
            for &c in &chars {
                if let Some(l) = &owner[c] {
                    *langs.entry(l.as_str()).or_default() += 1;
                }
            }
            let covered: usize = langs.values().sum();
            let cover = covered as f64 / chars.len().max(1) as f64;
            let top = langs.iter().max_by_key(|(_, &n)| n).map(|(l, _)| *l);
            match g.label.as_str() {
                "keep" => {
                    keep_total += 1;
                    if cover >= 0.9 {
                        kept += 1;
                    } else {
                        problems.push(format!("{file}:{}: content lost ({cover:.2} kept)", i + 1));
                    }
                }
                "drop" => {
                    drop_total += 1;
                    if cover <= 0.1 {
                        dropped += 1;
                    } else {
                        problems.push(format!(
                            "{file}:{}: boilerplate leaked ({cover:.2} kept)",
                            i + 1
                        ));
                    }
                }
                // A related-article teaser may be kept (with role
                // `related`, under `--keep related`), but this run keeps no
                // related block as article text.
                "optional" if g.role == "related" && cover > 0.1 => {
                    problems.push(format!(
                        "{file}:{}: related teaser kept as article text ({cover:.2} kept)",
                        i + 1
                    ));
                }
                _ => {}
            }
            if (g.label == "keep" || g.label == "optional")
                && cover >= 0.9
                && top != Some(g.lang.as_str())
            {
                problems.push(format!(
                    "{file}:{}: language {top:?}, gold {}",
                    i + 1,
                    g.lang
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!((kept, keep_total, dropped, drop_total), (59, 59, 43, 43));
}
