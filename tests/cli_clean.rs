//! The `clean` command end to end on files in a temporary directory:
//! `--explain` shows every line with its decision, and a user's `--rules`
//! file changes what is kept (or, when it is broken, stops the run with an
//! error naming the file and line, exit status 2); `-o -` is standard output.

use assert_cmd::Command;
use predicates::prelude::*;

const PAGE: &str = "Home\n\
World\n\
\n\
Council approves new flood defence plan for the old harbour\n\
\n\
By Maria Santos\n\
Share\n\
\n\
The city council voted on Monday to approve a plan that will rebuild the sea wall along the old harbour.\n\
\n\
Work on the first section will start in the spring and should take about two years to finish.\n\
\n\
Weekly harbour bulletin: all the news from the waterfront\n\
\n\
Officials said the total cost would be shared between the city and the national government.\n\
\n\
ADVERTISEMENT\n\
© 2025 Harbour Times. All rights reserved.\n";

fn langsift() -> Command {
    Command::cargo_bin("langsift").unwrap()
}

fn page_file(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("page.txt");
    std::fs::write(&path, PAGE).unwrap();
    path
}

/// Rows of `--explain` output for the page, by line number.
fn explain_rows(stdout: &[u8]) -> Vec<String> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn explain_prints_every_line_with_its_decision() {
    let dir = tempfile::tempdir().unwrap();
    let path = page_file(&dir);
    let out = langsift()
        .args(["clean", "--explain"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows = explain_rows(&out.stdout);
    assert_eq!(rows.len(), PAGE.lines().count(), "one row per line");
    let expect: &[(usize, &str, &str)] = &[
        (1, "drop:navigation", "nav_word"),
        (4, "keep:title", "-"),
        (6, "drop:byline", "byline_by"),
        (7, "drop:share", "share_bar"),
        (9, "keep:body", "-"),
        (13, "keep:heading", "-"),
        (17, "drop:ad", "ad_label"),
        (18, "drop:copyright", "copyright"),
    ];
    for &(line, decision, rule) in expect {
        let cols: Vec<&str> = rows[line - 1].split_whitespace().collect();
        assert_eq!(cols[0], line.to_string(), "{}", rows[line - 1]);
        assert_eq!((cols[1], cols[2]), (decision, rule), "{}", rows[line - 1]);
    }
    // Lines the classifier saw carry their class and features.
    assert!(rows[8].contains("good") && rows[8].contains("fw=") && rows[8].contains("term"));
    // Blank lines are shown too.
    assert!(rows[2].contains("blank"));
}

#[test]
fn explain_conflicts_with_output_files() {
    langsift()
        .args(["clean", "--explain", "-o", "x.jsonl", "-"])
        .assert()
        .code(2);
}

#[test]
fn user_rule_file_drops_a_line_that_would_be_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = page_file(&dir);
    let kept = langsift().arg("clean").arg(&path).output().unwrap();
    assert!(String::from_utf8_lossy(&kept.stdout).contains("Weekly harbour bulletin"));

    let rules = dir.path().join("mine.toml");
    std::fs::write(
        &rules,
        "[[rule]]\n\
         id = \"harbour_bulletin\"\n\
         reason = \"promo\"\n\
         langs = [\"en\"]\n\
         match = \"regex\"\n\
         pattern = '(?i)^weekly harbour bulletin'\n\
         examples = [\"Weekly harbour bulletin: all the news\"]\n",
    )
    .unwrap();
    let dropped = dir.path().join("dropped.jsonl");
    let out = langsift()
        .arg("clean")
        .arg("--rules")
        .arg(&rules)
        .arg("--dropped")
        .arg(&dropped)
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains("Weekly harbour bulletin"), "{stdout}");
    assert!(stdout.contains("The city council voted on Monday"));
    let dropped = std::fs::read_to_string(&dropped).unwrap();
    let line = dropped
        .lines()
        .find(|l| l.contains("Weekly harbour bulletin"))
        .expect("the line is recorded as dropped");
    assert!(
        line.contains("\"rule\":\"harbour_bulletin\"") && line.contains("\"reason\":\"promo\"")
    );
}

#[test]
fn bad_regex_in_a_user_rule_file_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = page_file(&dir);
    let rules = dir.path().join("broken.toml");
    std::fs::write(
        &rules,
        "# my rules\n[[rule]]\nid = \"oops\"\nreason = \"promo\"\nmatch = \"regex\"\npattern = '(unclosed'\n",
    )
    .unwrap();
    langsift()
        .arg("clean")
        .arg("--rules")
        .arg(&rules)
        .arg(&path)
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("broken.toml:6:").and(predicate::str::contains("bad regex")),
        );
}

#[test]
fn output_dash_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let page = page_file(&dir);
    let stdout = |args: &[&str]| {
        langsift()
            .current_dir(dir.path())
            .args(args)
            .arg(&page)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let to_dash = stdout(&["clean", "-o", "-"]);
    assert!(!to_dash.is_empty());
    assert_eq!(to_dash, stdout(&["clean"]));
    assert!(!dir.path().join("-").exists());
}
