//! Whole-directory batch jobs, end to end with the real binary in temporary
//! directories: `--output-dir` mirroring the inputs, `--skip-existing`
//! resuming a killed run, shards covering every input exactly once, and
//! inputs whose outputs would clash.

mod common;

use std::collections::BTreeMap;

use common::*;

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
    let stderr = stderr(&out);
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
