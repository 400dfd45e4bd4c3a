//! Batch runs, end to end with the real binary in temporary directories:
//! JSONL in and out in both shapes, compression, malformed lines, the
//! accounting identity, `--output-dir` with `--skip-existing` after a killed
//! run, shards covering every input once, and the same output whatever the
//! number of threads.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{json, Value};

const PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/pages");

fn langsift() -> Command {
    Command::cargo_bin("langsift").unwrap()
}

/// The sample pages' texts, and a few short mixed documents.
fn texts() -> Vec<String> {
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
fn corpus(n: usize) -> String {
    let texts = texts();
    let mut s = String::new();
    for i in 0..n {
        let rec = json!({"id": format!("d{i}"), "text": texts[i % texts.len()], "url": format!("https://x/{i}")});
        s.push_str(&rec.to_string());
        s.push('\n');
    }
    s
}

fn lines(bytes: &[u8]) -> Vec<Value> {
    std::str::from_utf8(bytes)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .read_to_end(&mut out)
        .unwrap();
    out
}

fn stats(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn assert_balanced(s: &Value) {
    let d = &s["documents"];
    assert_eq!(
        d["in"].as_u64().unwrap(),
        d["out"].as_u64().unwrap() + d["failed"].as_u64().unwrap(),
        "{s}"
    );
}

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
        String::from_utf8_lossy(&out.stderr)
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
    let stderr = String::from_utf8_lossy(&out.stderr);
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

/// A directory of small JSONL and text inputs.
fn input_tree(root: &Path, n: usize) {
    let texts = texts();
    for i in 0..n {
        let p = root.join(format!("in/part{}/f{i:02}.jsonl", i % 3));
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        let rec = json!({"id": format!("f{i}"), "text": texts[i % 6]});
        std::fs::write(&p, format!("{rec}\n")).unwrap();
    }
    std::fs::write(root.join("in/page.txt"), &texts[0]).unwrap();
}

fn tree_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
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

fn walk(dir: &Path) -> Vec<PathBuf> {
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

#[test]
fn output_dir_mirrors_inputs_and_skip_existing_resumes_a_killed_run() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    input_tree(d, 30);
    langsift()
        .current_dir(d)
        .args(["clean", "in", "--output-dir", "ref", "-j1"])
        .assert()
        .success();
    let reference = tree_files(&d.join("ref"));
    assert_eq!(reference.len(), 31);
    assert!(reference.contains_key("part0/f00.jsonl") && reference.contains_key("page.txt.jsonl"));

    // Kill a run part-way (wherever it has got to), then resume it.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("langsift"))
        .current_dir(d)
        .args(["clean", "in", "--output-dir", "out", "-j1"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    let _ = child.kill();
    child.wait().unwrap();
    // However far it got, a partial output may be left, as a kill leaves it.
    std::fs::create_dir_all(d.join("out/part2")).unwrap();
    std::fs::write(d.join("out/part2/.f29.jsonl.partial"), "{\"truncated\n").unwrap();
    let done_before = tree_files(&d.join("out"))
        .keys()
        .filter(|k| !k.contains(".partial"))
        .count() as u64;
    langsift()
        .current_dir(d)
        .args([
            "clean",
            "in",
            "--output-dir",
            "out",
            "--skip-existing",
            "--stats",
            "stats.json",
        ])
        .assert()
        .success();
    let mut resumed = tree_files(&d.join("out"));
    resumed.retain(|k, _| !k.contains(".partial"));
    assert_eq!(resumed, reference);
    let s = stats(&d.join("stats.json"));
    assert_eq!(s["inputs"]["skipped"].as_u64(), Some(done_before));
    assert_eq!(s["inputs"]["read"].as_u64(), Some(31 - done_before));
    assert_balanced(&s);
}

#[test]
fn shards_together_cover_every_input_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    input_tree(d, 30);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for i in 0..3 {
        let out = langsift()
            .current_dir(d)
            .args([
                "clean",
                "in",
                "--format",
                "documents",
                "--shard",
                &format!("{i}/3"),
            ])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let docs = lines(&out);
        assert!(
            !docs.is_empty() && docs.len() < 31,
            "shard {i} has {}",
            docs.len()
        );
        for doc in docs {
            *seen
                .entry(doc["id"].as_str().unwrap().to_string())
                .or_default() += 1;
        }
    }
    assert_eq!(seen.len(), 31);
    assert!(seen.values().all(|&n| n == 1), "{seen:?}");
    langsift()
        .args(["clean", "in", "--shard", "3/3"])
        .assert()
        .code(2);
}

#[test]
fn output_dir_refuses_standard_input() {
    langsift()
        .args(["clean", "--output-dir", "x"])
        .assert()
        .code(2);
}

#[test]
fn output_dir_refuses_two_inputs_with_one_output() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for sub in ["a", "b"] {
        std::fs::create_dir_all(d.join(sub)).unwrap();
        std::fs::write(d.join(sub).join("x.jsonl"), corpus(2)).unwrap();
    }
    let out = langsift()
        .current_dir(d)
        .args([
            "clean",
            "a/x.jsonl",
            "b/x.jsonl",
            "--output-dir",
            "out",
            "--format",
            "documents",
            "--stats",
            "s.json",
        ])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("b/x.jsonl: its output out/x.jsonl is also an earlier input's"),
        "{stderr}"
    );
    assert_eq!(
        lines(&std::fs::read(d.join("out/x.jsonl")).unwrap()).len(),
        2
    );
    assert_balanced(&stats(&d.join("s.json")));
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
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
