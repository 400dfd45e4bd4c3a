//! The `langsift clean` command end to end: the real binary on files in a
//! temporary directory. Bad input of every kind is reported with its name
//! while the other inputs are still processed, and the exit status tells.

use std::io::{BufRead, BufReader};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use serde_json::Value;

mod common;
use common::{langsift, lines, stderr};

const ENGLISH: &str =
    "The minister arrived in Tokyo on Monday for two days of talks on trade and security.\n";
/// A second English paragraph: a line repeated on a page is boilerplate.
const ENGLISH2: &str =
    "Officials said the two countries would meet again in Manila before the end of the year.\n";
const JAPANESE: &str = "大臣は月曜日に東京に到着し、貿易と安全保障について二日間の協議を行った。\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, bytes).unwrap();
    p
}

fn docs(recs: &[Value]) -> Vec<String> {
    let mut d: Vec<String> = recs
        .iter()
        .map(|r| r["doc"].as_str().unwrap().to_string())
        .collect();
    d.dedup();
    d
}

#[test]
fn bad_inputs_are_reported_by_name_and_the_rest_processed() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let good = write(d, "good.txt", ENGLISH.as_bytes());
    let empty = write(d, "empty.txt", b"");
    let binary = write(
        d,
        "image.bin",
        &[b"\x89PNG\r\n\x1a\n".as_slice(), &[0u8; 64]].concat(),
    );
    let boiler = write(d, "boiler.txt", "拒否\nTanggihan\nShare\n".as_bytes());
    let good2 = write(d, "good2.txt", JAPANESE.as_bytes());
    let missing = d.join("missing.txt");
    let out = langsift()
        .arg("clean")
        .args([&good, &empty, &binary, &boiler, &missing, &good2])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "some input failed");
    let recs = lines(&out.stdout);
    assert_eq!(
        docs(&recs),
        [good.display().to_string(), good2.display().to_string()]
    );
    let err = String::from_utf8(out.stderr).unwrap();
    let expect = [
        (&binary, "error", "looks binary"),
        (&missing, "error", "no such file or directory"),
        (&empty, "warning", "empty input"),
        (&boiler, "warning", "nothing but boilerplate"),
    ];
    for (path, level, what) in expect {
        let line = format!("langsift: {level}: {}: ", path.display());
        let found = err.lines().find(|l| l.starts_with(&line));
        assert!(
            found.is_some_and(|l| l.contains(what)),
            "want {line}...{what} in:\n{err}"
        );
    }
    assert_eq!(err.lines().count(), 4, "one message per problem:\n{err}");
}

#[test]
fn warnings_alone_leave_exit_status_zero() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "a.txt", ENGLISH.as_bytes());
    write(d, "b.txt", b"");
    write(d, "c.txt", "Tanggihan\n".as_bytes());
    let out = langsift().arg("clean").arg(d).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out).lines().count(), 2);
}

/// Run the binary as an unprivileged user when the tests run as root, so
/// that file permissions mean something.
fn unprivileged(dir: &Path) -> StdCommand {
    let bin = assert_cmd::cargo::cargo_bin("langsift");
    if std::fs::metadata("/proc/self").unwrap().uid() != 0 {
        return StdCommand::new(bin);
    }
    let copy = dir.join("langsift-bin");
    std::fs::copy(&bin, &copy).unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut c = StdCommand::new("setpriv");
    c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(copy);
    c
}

#[test]
fn unreadable_file_and_directory_are_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let good = write(d, "in/good.txt", ENGLISH.as_bytes());
    let secret = write(d, "in/secret.txt", ENGLISH.as_bytes());
    let locked = d.join("in/locked");
    write(d, "in/locked/inner.txt", ENGLISH.as_bytes());
    for (p, mode) in [
        (&d.join("in"), 0o755),
        (&good, 0o644),
        (&secret, 0o000),
        (&locked, 0o000),
    ] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let out = unprivileged(d)
        .arg("clean")
        .arg(d.join("in"))
        .output()
        .unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(docs(&lines(&out.stdout)), [good.display().to_string()]);
    let err = String::from_utf8(out.stderr).unwrap();
    for p in [&secret, &locked] {
        let want = format!("langsift: error: {}: permission denied", p.display());
        assert!(err.contains(&want), "want {want:?} in:\n{err}");
    }
}

#[test]
fn symlink_loop_is_reported_not_followed_forever() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "in/a.txt", ENGLISH.as_bytes());
    std::os::unix::fs::symlink(d.join("in"), d.join("in/loop")).unwrap();
    let out = langsift().arg("clean").arg(d.join("in")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out.stdout).len(), 1);
    assert!(stderr(&out).contains("symbolic link loop"));
}

#[test]
fn closed_pipe_ends_quietly() {
    let tmp = tempfile::tempdir().unwrap();
    let big = write(tmp.path(), "big.txt", ENGLISH.repeat(5_000).as_bytes());
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("langsift"))
        .arg("clean")
        .arg(&big)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with('{'));
    // The reader is dropped here, as `head -1` would exit.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "");
}

#[test]
fn standard_input_is_the_default_and_named_dash() {
    for args in [vec!["clean"], vec!["clean", "-"]] {
        let out = langsift()
            .args(&args)
            .write_stdin(ENGLISH)
            .output()
            .unwrap();
        assert!(out.status.success());
        let recs = lines(&out.stdout);
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0]["doc"], "-");
        assert_eq!(recs[0]["lang"], "en");
    }
}

#[test]
fn split_by_lang_writes_one_file_per_language() {
    let tmp = tempfile::tempdir().unwrap();
    let input = write(
        tmp.path(),
        "mixed.txt",
        format!("{ENGLISH}{JAPANESE}{ENGLISH2}").as_bytes(),
    );
    let dir = tmp.path().join("by-lang");
    let out = langsift()
        .arg("clean")
        .arg(&input)
        .arg("--split-by-lang")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["en.jsonl", "ja.jsonl"]);
    for (file, lang, n) in [("en.jsonl", "en", 2), ("ja.jsonl", "ja", 1)] {
        let recs = lines(&std::fs::read(dir.join(file)).unwrap());
        assert_eq!(recs.len(), n);
        assert!(recs.iter().all(|r| r["lang"] == lang));
    }
}

#[test]
fn dropped_file_records_every_removal_with_offsets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let page = root.join("samples/pages/000_a0543bca908ea837.txt");
    let tmp = tempfile::tempdir().unwrap();
    let dropped = tmp.path().join("dropped.jsonl");
    let out = langsift()
        .arg("clean")
        .arg(&page)
        .arg("--dropped")
        .arg(&dropped)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text: Vec<char> = std::fs::read_to_string(&page).unwrap().chars().collect();
    let recs = lines(&std::fs::read(&dropped).unwrap());
    assert!(recs.len() >= 10);
    for r in &recs {
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text[s..e].iter().collect::<String>(),
            r["text"].as_str().unwrap()
        );
        assert!(
            !r["reason"].as_str().unwrap().is_empty() && !r["rule"].as_str().unwrap().is_empty()
        );
    }
    let reasons: Vec<&str> = recs.iter().map(|r| r["reason"].as_str().unwrap()).collect();
    for want in ["image_caption", "ai_label", "related", "cookie_banner"] {
        assert!(reasons.contains(&want), "{want} in {reasons:?}");
    }
}

#[test]
fn encoding_normalisation_and_language_options() {
    let tmp = tempfile::tempdir().unwrap();
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("ﾃｽﾄの文章です。");
    let input = write(tmp.path(), "sjis.txt", &sjis);
    let run = |extra: &[&str]| {
        let out = langsift()
            .arg("clean")
            .arg(&input)
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        lines(&out.stdout)[0]["text"].as_str().unwrap().to_string()
    };
    assert_eq!(run(&["--encoding", "shift_jis"]), "テストの文章です。");
    assert_eq!(
        run(&["--encoding", "shift_jis", "--normalize", "none"]),
        "ﾃｽﾄの文章です。"
    );
    let bad = [
        (vec!["--encoding", "klingon"], "--encoding"),
        (vec!["--langs", "en,xx"], "unknown language code"),
        (vec!["--normalize", "nfd"], "invalid value"),
    ];
    for (args, msg) in bad {
        let out = langsift()
            .arg("clean")
            .arg(&input)
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(msg), "{args:?}");
    }
    // Narrowed candidates: Tagalog text cannot come out as Tagalog.
    let tl = write(tmp.path(), "tl.txt", "Gumagamit kami ng cookies para sa analytics upang mapabuti ang aming site at ang mga serbisyo namin.\n".as_bytes());
    let out = langsift()
        .arg("clean")
        .arg(&tl)
        .args(["--langs", "en,ja"])
        .output()
        .unwrap();
    assert_ne!(
        lines(&out.stdout).first().map(|r| r["lang"].clone()),
        Some(Value::from("tl"))
    );
}

#[test]
fn user_rules_file_extends_the_builtin_rules() {
    let tmp = tempfile::tempdir().unwrap();
    let input = write(
        tmp.path(),
        "page.txt",
        format!("Sign up for our morning newsletter\n{ENGLISH}").as_bytes(),
    );
    let rules = write(
        tmp.path(),
        "mine.toml",
        b"[[rule]]\nid = \"newsletter_signup\"\nreason = \"newsletter\"\nlangs = [\"en\"]\nmatch = \"regex\"\npattern = '(?i)^sign up for our .* newsletter'\n",
    );
    let dropped = tmp.path().join("dropped.jsonl");
    let out = langsift()
        .arg("clean")
        .arg(&input)
        .arg("--rules")
        .arg(&rules)
        .arg("--dropped")
        .arg(&dropped)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(lines(&out.stdout).len(), 1);
    let d = lines(&std::fs::read(&dropped).unwrap());
    assert_eq!(
        (d[0]["rule"].as_str(), d[0]["reason"].as_str()),
        (Some("newsletter_signup"), Some("newsletter"))
    );

    let bad = write(
        tmp.path(),
        "bad.toml",
        b"[[rule]]\nid = \"x\"\nreason = \"ad\"\nmatch = \"regex\"\npattern = '(oops'\n",
    );
    let out = langsift()
        .arg("clean")
        .arg(&input)
        .arg("--rules")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}:5:", bad.display())) && err.contains("bad regex"),
        "{err}"
    );
}
