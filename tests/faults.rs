//! Faults and limits, end to end: a full disk, an unwritable output, a run
//! killed half-way, and the size limits that protect the machine. In every
//! case the error is clear, names what failed, and no half-written output is
//! left under its final name.

use std::io::Write;
use std::path::Path;
use std::process::{Command as StdCommand, Stdio};
use std::time::Duration;

mod common;
use common::{langsift, stderr};

const PARAGRAPH: &str = "The minister arrived in Tokyo on Monday for two days of talks on trade and security.\n\nOfficials said the two countries would meet again in Manila before the end of the year.\n\n";

/// A page of 20 000 different paragraphs (a repeated line would be
/// dropped as page chrome).
fn big_input(dir: &Path) -> std::path::PathBuf {
    let p = dir.join("big.txt");
    let text: String = (0..40_000)
        .map(|i| format!("On day {i} the minister arrived in Tokyo for round {i} of the talks on trade and security.\n\n"))
        .collect();
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn a_full_disk_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let input = big_input(tmp.path());
    let out = langsift()
        .arg("clean")
        .arg(&input)
        .args(["-o", "/dev/full"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("/dev/full") && err.contains("No space left on device"),
        "{err}"
    );
}

#[test]
fn an_unwritable_output_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let input = big_input(tmp.path());
    let target = tmp.path().join("no/such/dir/out.jsonl");
    let out = langsift()
        .arg("clean")
        .arg(&input)
        .arg("-o")
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no/such/dir/"), "{}", stderr(&out));
}

#[test]
fn a_file_size_limit_hit_mid_write_leaves_no_output_under_its_name() {
    let tmp = tempfile::tempdir().unwrap();
    let input = big_input(tmp.path());
    let target = tmp.path().join("out.jsonl");
    // The kernel refuses writes past 200 kB (and may end the process with
    // SIGXFSZ): either way the output must not appear as if complete.
    let status = StdCommand::new("prlimit")
        .arg("--fsize=200000")
        .arg(assert_cmd::cargo::cargo_bin("langsift"))
        .arg("clean")
        .arg(&input)
        .arg("-o")
        .arg(&target)
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(!status.success());
    assert!(
        !target.exists(),
        "a half-written output is under its final name"
    );
}

#[test]
fn a_killed_run_leaves_no_output_under_its_name_and_a_rerun_completes() {
    let tmp = tempfile::tempdir().unwrap();
    let input = big_input(tmp.path());
    let target = tmp.path().join("out.jsonl");
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("langsift"))
        .arg("clean")
        .arg(&input)
        .arg("-o")
        .arg(&target)
        .args(["-j", "1"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once it has started writing (its temporary file exists),
    // while it is still working on the document.
    let partial = tmp.path().join(".out.jsonl.partial");
    for _ in 0..2000 {
        if partial.exists() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the run finished before it could be killed: the input is too small"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        !target.exists(),
        "the killed run's output is under its final name"
    );
    let out = langsift()
        .arg("clean")
        .arg(&input)
        .arg("-o")
        .arg(&target)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = std::fs::read_to_string(&target).unwrap().lines().count();
    assert_eq!(lines, 40_000);
    assert!(!tmp.path().join(".out.jsonl.partial").exists());
}

#[test]
fn a_document_over_the_size_limit_is_reported_and_the_rest_processed() {
    let tmp = tempfile::tempdir().unwrap();
    let big = big_input(tmp.path());
    let small = tmp.path().join("small.txt");
    std::fs::write(&small, PARAGRAPH).unwrap();
    let out = langsift()
        .arg("clean")
        .arg(&big)
        .arg(&small)
        .args(["--max-doc-size", "64K"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}: document of more than 65536 bytes",
            big.display()
        )),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("small.txt"));
}

#[test]
fn a_decompression_bomb_stops_at_the_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let bomb = tmp.path().join("bomb.jsonl.gz");
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(&bomb).unwrap(),
        flate2::Compression::best(),
    );
    let line = format!(
        "{{\"id\":1,\"text\":{}}}\n",
        serde_json::to_string(PARAGRAPH).unwrap()
    );
    for _ in 0..50_000 {
        gz.write_all(line.as_bytes()).unwrap();
    }
    gz.finish().unwrap();
    assert!(std::fs::metadata(&bomb).unwrap().len() < 200_000);
    let out = langsift()
        .arg("clean")
        .arg(&bomb)
        .args(["--max-decompressed-size", "1M", "-o"])
        .arg(tmp.path().join("out.jsonl"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("decompresses to more than 1048576 bytes"),
        "{err}"
    );
}
