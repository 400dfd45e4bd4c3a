//! Batch runs, end to end with the real binary in temporary directories:
//! JSONL in and out in both shapes, compression, malformed lines, the
//! accounting identity, the same output whatever the number of threads,
//! documents over several chunks back once and in order, and a closed pipe.

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};

use common::*;

#[test]
fn jsonl_in_documents_out_keeps_ids_meta_and_order() {
    let input = corpus(20);
    let out = langsift()
        .args([
            "clean",
            "-",
            "--input-format",
            "jsonl",
            "--format",
            "documents",
        ])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(
        out.stderr.is_empty(),
        "no progress bar or warning off a terminal: {}",
        stderr(&out)
    );
    let docs = lines(&out.stdout);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    let want: Vec<String> = (0..20).map(|i| format!("d{i}")).collect();
    assert_eq!(ids, want);
    let mixed = &docs[5];
    assert_eq!(mixed["text"]["ja"], "東京で会議が開かれた。");
    assert_eq!(mixed["text"]["en"], "The meeting ended at noon.");
    assert_eq!(mixed["meta"]["url"], "https://x/5");
    assert_eq!(mixed["segments"][0]["lang"], "ja");
    let empty = &docs[7];
    assert_eq!(
        (
            empty["lang"].as_str(),
            empty["segments"].as_array().unwrap().len()
        ),
        (Some("und"), 0)
    );
}

#[test]
fn jsonl_in_segments_out_carries_id_and_meta() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.jsonl"), corpus(8)).unwrap();
    let out = langsift()
        .current_dir(dir.path())
        .args(["clean", "in.jsonl"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let segs = lines(&out);
    let first = segs.iter().find(|s| s["doc"] == "d5").unwrap();
    assert_eq!(first["text"], "東京で会議が開かれた。");
    assert_eq!(
        (first["seg"].as_u64(), first["start"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(first["meta"]["url"], "https://x/5");
    // Text inputs keep the v1 record exactly: no meta.
    let out = langsift()
        .args(["clean", PAGES])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let keys: Vec<String> = lines(&out)[0]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(
        keys,
        ["conf", "doc", "end", "lang", "role", "seg", "start", "text"]
    );
}

#[test]
fn text_and_id_fields_can_be_renamed() {
    let input = "{\"doc_id\":42,\"body\":\"The meeting ended at noon.\",\"id\":\"kept as meta\"}\n";
    let out = langsift()
        .args([
            "clean",
            "-",
            "--input-format",
            "jsonl",
            "--format",
            "documents",
            "--text-field",
            "body",
            "--id-field",
            "doc_id",
        ])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let d = &lines(&out)[0];
    assert_eq!(
        (d["id"].as_u64(), d["meta"]["id"].as_str()),
        (Some(42), Some("kept as meta"))
    );
    assert_eq!(d["text"]["en"], "The meeting ended at noon.");
}

#[test]
fn gzip_and_zstd_in_and_out_give_the_same_records() {
    let dir = tempfile::tempdir().unwrap();
    let plain = corpus(12);
    let (a, b) = plain.split_at(plain.len() / 2 + plain[plain.len() / 2..].find('\n').unwrap() + 1);
    // Two gzip members, as `cat a.gz b.gz` makes.
    let mut gz = gzip(a.as_bytes());
    gz.extend(gzip(b.as_bytes()));
    std::fs::write(dir.path().join("in.jsonl"), &plain).unwrap();
    std::fs::write(dir.path().join("in.jsonl.gz"), gz).unwrap();
    std::fs::write(
        dir.path().join("in.jsonl.zst"),
        zstd::encode_all(plain.as_bytes(), 3).unwrap(),
    )
    .unwrap();
    let run = |input: &str, output: &str| {
        langsift()
            .current_dir(dir.path())
            .args(["clean", input, "--format", "documents", "-o", output])
            .assert()
            .success();
        std::fs::read(dir.path().join(output)).unwrap()
    };
    let reference = run("in.jsonl", "plain.jsonl");
    assert_eq!(lines(&reference).len(), 12);
    assert_eq!(run("in.jsonl.gz", "a.jsonl"), reference);
    assert_eq!(run("in.jsonl.zst", "b.jsonl"), reference);
    assert_eq!(gunzip(&run("in.jsonl", "c.jsonl.gz")), reference);
    assert_eq!(
        zstd::decode_all(&run("in.jsonl", "d.jsonl.zst")[..]).unwrap(),
        reference
    );
    // Compressed standard input is recognised by its magic number.
    let out = langsift()
        .args([
            "clean",
            "-",
            "--input-format",
            "jsonl",
            "--format",
            "documents",
        ])
        .write_stdin(std::fs::read(dir.path().join("in.jsonl.gz")).unwrap())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(out, reference);
}

#[test]
fn malformed_lines_are_reported_counted_and_passed_over() {
    let dir = tempfile::tempdir().unwrap();
    let input = "{\"id\":1,\"text\":\"The meeting ended at noon.\"}\n{\"id\":2,\"text\":\"cut off\n\n[1,2]\n{\"id\":4}\n{\"id\":5,\"text\":\"東京で会議が開かれた。\"}\n";
    std::fs::write(dir.path().join("in.jsonl"), input).unwrap();
    let out = langsift()
        .current_dir(dir.path())
        .args([
            "clean",
            "in.jsonl",
            "--format",
            "documents",
            "--stats",
            "stats.json",
            "--errors",
            "errors.jsonl",
        ])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = stderr(&out);
    assert!(
        stderr.contains("langsift: error: in.jsonl: line 2: malformed JSON"),
        "{stderr}"
    );
    assert!(
        stderr.contains("in.jsonl: line 4: not a JSON object"),
        "{stderr}"
    );
    assert!(
        stderr.contains("in.jsonl: line 5: no field \"text\""),
        "{stderr}"
    );
    let ids: Vec<u64> = lines(&out.stdout)
        .iter()
        .map(|d| d["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, [1, 5]);
    let errors = lines(&std::fs::read(dir.path().join("errors.jsonl")).unwrap());
    let got: Vec<(&str, u64, &str)> = errors
        .iter()
        .map(|e| {
            (
                e["input"].as_str().unwrap(),
                e["line"].as_u64().unwrap(),
                e["error"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("in.jsonl", 2, "bad_line"),
            ("in.jsonl", 4, "bad_line"),
            ("in.jsonl", 5, "bad_line")
        ]
    );
    let s = stats(&dir.path().join("stats.json"));
    assert_eq!(
        (
            s["documents"]["in"].as_u64(),
            s["documents"]["failed"].as_u64()
        ),
        (Some(5), Some(3))
    );
    assert_balanced(&s);
}

#[test]
fn accounting_identity_holds_with_every_kind_of_failure() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("in")).unwrap();
    std::fs::write(d.join("in/a.jsonl"), corpus(9) + "not json\n").unwrap();
    std::fs::write(
        d.join("in/b.txt"),
        "The minister arrived in Tokyo on Monday for two days of talks.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("in/c.bin"),
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0",
    )
    .unwrap();
    std::fs::write(d.join("in/d.txt"), "").unwrap();
    let mut truncated = gzip(corpus(6).as_bytes());
    truncated.truncate(truncated.len() / 2);
    std::fs::write(d.join("in/e.jsonl.gz"), truncated).unwrap();
    let out = langsift()
        .current_dir(d)
        .args([
            "clean",
            "in",
            "missing.txt",
            "--format",
            "documents",
            "--stats",
            "stats.json",
            "--errors",
            "errors.jsonl",
            "-j2",
        ])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let s = stats(&d.join("stats.json"));
    assert_balanced(&s);
    let written = lines(&out.stdout).len() as u64;
    assert_eq!(s["documents"]["out"].as_u64().unwrap(), written);
    let errors = lines(&std::fs::read(d.join("errors.jsonl")).unwrap());
    assert_eq!(
        s["documents"]["failed"].as_u64().unwrap(),
        errors.len() as u64
    );
    let kinds: Vec<&str> = errors
        .iter()
        .map(|e| e["error"].as_str().unwrap())
        .collect();
    for kind in ["bad_line", "binary", "io", "not_found"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    assert_eq!(s["inputs"]["total"].as_u64(), Some(6));
    assert_eq!(s["encodings"]["UTF-8"].as_u64(), Some(1));
}

#[test]
fn split_by_lang_files_documents_by_main_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.jsonl"), corpus(8)).unwrap();
    langsift()
        .current_dir(dir.path())
        .args([
            "clean",
            "in.jsonl",
            "--format",
            "documents",
            "--split-by-lang",
            "by",
        ])
        .assert()
        .success();
    let mut seen = 0;
    for entry in std::fs::read_dir(dir.path().join("by")).unwrap() {
        let path = entry.unwrap().path();
        let lang = path.file_stem().unwrap().to_str().unwrap().to_string();
        for d in lines(&std::fs::read(&path).unwrap()) {
            assert_eq!(d["lang"], lang.as_str());
            seen += 1;
        }
    }
    assert_eq!(seen, 8);
}

#[test]
fn output_is_the_same_with_one_thread_and_many() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.jsonl"), corpus(60)).unwrap();
    let run = |j: &str, format: &str| {
        langsift()
            .current_dir(dir.path())
            .args([
                "clean",
                "in.jsonl",
                "-j",
                j,
                "--format",
                format,
                "--dropped",
                &format!("dropped{j}{format}.jsonl"),
            ])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    for format in ["segments", "documents"] {
        let one = run("1", format);
        assert!(!one.is_empty());
        assert_eq!(one, run("4", format), "{format}");
        let d =
            |j: &str| std::fs::read(dir.path().join(format!("dropped{j}{format}.jsonl"))).unwrap();
        assert_eq!(d("1"), d("4"));
    }
}

#[test]
fn a_closed_pipe_ends_a_jsonl_run_quietly() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("langsift"))
        .args(["clean", "-", "--input-format", "jsonl"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = corpus(200);
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut first = [0u8; 10];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

#[test]
fn documents_over_several_chunks_come_back_once_in_order() {
    // More documents than three chunks hold (a chunk is at most 2048
    // documents, and the run reads one chunk ahead while it processes
    // another), with malformed lines on either side of the chunks' edges.
    let dir = tempfile::tempdir().unwrap();
    let n = 2 * langsift::run::CHUNK_DOCS + 600;
    let bad = [2047, 2048, 2049, 4096, 4097, n];
    let mut input = String::new();
    for line in 1..=n {
        if bad.contains(&line) {
            input.push_str("{\"id\":\n");
        } else {
            input.push_str(&format!(
                "{{\"id\":{line},\"text\":\"The council met on day {line} and voted on the new budget.\"}}\n"
            ));
        }
    }
    std::fs::write(dir.path().join("in.jsonl"), input).unwrap();
    let run = |j: &str| {
        langsift()
            .current_dir(dir.path())
            .args([
                "clean",
                "in.jsonl",
                "-j",
                j,
                "--format",
                "documents",
                "--stats",
                &format!("stats{j}.json"),
                "--errors",
                &format!("errors{j}.jsonl"),
            ])
            .assert()
            .code(1)
            .get_output()
            .clone()
    };
    let out = run("2");
    let ids: Vec<usize> = lines(&out.stdout)
        .iter()
        .map(|d| d["id"].as_u64().unwrap() as usize)
        .collect();
    let want: Vec<usize> = (1..=n).filter(|l| !bad.contains(l)).collect();
    assert_eq!(ids, want);
    let errors = lines(&std::fs::read(dir.path().join("errors2.jsonl")).unwrap());
    let error_lines: Vec<usize> = errors
        .iter()
        .map(|e| e["line"].as_u64().unwrap() as usize)
        .collect();
    assert_eq!(error_lines, bad);
    let s = stats(&dir.path().join("stats2.json"));
    assert_eq!(
        (
            s["documents"]["in"].as_u64(),
            s["documents"]["out"].as_u64(),
            s["documents"]["failed"].as_u64()
        ),
        (
            Some(n as u64),
            Some(want.len() as u64),
            Some(bad.len() as u64)
        )
    );
    assert_balanced(&s);
    let one = run("1");
    assert_eq!(one.stdout, out.stdout);
    assert_eq!(stderr(&one), stderr(&out));
}

#[test]
fn stats_count_the_segments_and_drops_that_were_written() {
    // Per language, the segments written and their characters; per reason,
    // the spans --dropped wrote and theirs: the figures --stats gives,
    // summed on the worker threads per document and then over the run.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("in.jsonl"), corpus(40)).unwrap();
    let out = langsift()
        .current_dir(d)
        .args([
            "clean",
            "in.jsonl",
            "-j",
            "2",
            "--dropped",
            "dropped.jsonl",
            "--stats",
            "stats.json",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let tally = |records: &[serde_json::Value], key: &str| {
        let mut by: BTreeMap<String, (u64, u64)> = BTreeMap::new();
        for r in records {
            let t = by.entry(r[key].as_str().unwrap().to_string()).or_default();
            t.0 += 1;
            t.1 += r["text"].as_str().unwrap().chars().count() as u64;
        }
        by
    };
    let from_stats = |v: &serde_json::Value| -> BTreeMap<String, (u64, u64)> {
        v.as_object()
            .unwrap()
            .iter()
            .map(|(k, c)| {
                let n = |f: &str| c[f].as_u64().unwrap();
                (k.clone(), (n("count"), n("chars")))
            })
            .collect()
    };
    let segments = tally(&lines(&out), "lang");
    let dropped = tally(
        &lines(&std::fs::read(d.join("dropped.jsonl")).unwrap()),
        "reason",
    );
    assert!(
        segments.len() >= 3 && dropped.len() >= 3,
        "{segments:?} {dropped:?}"
    );
    let s = stats(&d.join("stats.json"));
    assert_eq!(from_stats(&s["languages"]), segments);
    assert_eq!(from_stats(&s["dropped"]), dropped);
}
