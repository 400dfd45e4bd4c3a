//! Accuracy and throughput of langsift's language detection against its
//! peers, on the labelled evaluation set `tests/data/detect/eval.jsonl`.
//!
//! Run with `cargo bench --bench detect_eval`. It prints one table with, for
//! each system, character-level accuracy (overall, per gold language, on
//! code-switched items) and single-thread throughput in MB/s.
//!
//! How each system sees the text (the same text for all of them):
//! - **langsift**: each page's items, in page order, are the lines of one
//!   document given to [`Detector::detect_lines`], so page context applies
//!   the way it does in the pipeline.
//! - **whatlang/line**: `whatlang::Detector::with_allowlist` (the candidate
//!   languages), one call per item; the whole item gets the answer.
//! - **lingua/line**: a lingua detector built from the candidate languages
//!   with preloaded models, `detect_language_of` per item.
//! - **lingua-multi/par**: the same lingua detector,
//!   `detect_multiple_languages_of` per item (a paragraph); every byte range
//!   it returns gets its language.
//!
//! Scoring: every non-white-space character of an item counts once. It is
//! right when the system's label is its gold label; for characters whose
//! gold label is one of the "other" languages (es, id, ko, fr, de, pt) the
//! label `und` is right too. A character no span covers, or a `None` answer,
//! counts as `und`. "code-switched" is every item whose gold spans carry two
//! or more languages (most `code_switched` and `taglish` items).
//!
//! Throughput: each system labels the whole set once untimed (warm-up, and
//! the labels scored); then, in three rounds, each system in turn labels
//! the set over and over for its share of `LANGSIFT_BENCH_SECS` seconds
//! (default 12; at least one pass). MB/s is UTF-8 bytes of item text per
//! second, the median of the three rounds.
//! `LANGSIFT_EVAL_ERRORS=1` also prints langsift's wrongly labelled items;
//! `LANGSIFT_EVAL_ONLY=<system>` runs one system only (for profiling).

use std::hint::black_box;
use std::time::{Duration, Instant};

use langsift::detect::{Detector, Lang};
use lingua::{LanguageDetector, LanguageDetectorBuilder};

#[path = "../tests/support/detect_score.rs"]
mod detect_score;
use detect_score::{load, paginate, ByteLabels, Item, Langsift, Score, System, OTHER};

struct WhatlangLine(whatlang::Detector);

impl System for WhatlangLine {
    fn name(&self) -> &'static str {
        "whatlang/line"
    }
    fn label_page(&self, texts: &[&str]) -> Vec<ByteLabels> {
        texts
            .iter()
            .map(|t| {
                let lang = self
                    .0
                    .detect_lang(t)
                    .and_then(Lang::from_whatlang)
                    .unwrap_or(Lang::Und);
                vec![(0..t.len(), lang)]
            })
            .collect()
    }
}

struct LinguaLine<'a>(&'a LanguageDetector);

impl System for LinguaLine<'_> {
    fn name(&self) -> &'static str {
        "lingua/line"
    }
    fn label_page(&self, texts: &[&str]) -> Vec<ByteLabels> {
        texts
            .iter()
            .map(|t| {
                let lang = self
                    .0
                    .detect_language_of(*t)
                    .and_then(Lang::from_lingua)
                    .unwrap_or(Lang::Und);
                vec![(0..t.len(), lang)]
            })
            .collect()
    }
}

struct LinguaMulti<'a>(&'a LanguageDetector);

impl System for LinguaMulti<'_> {
    fn name(&self) -> &'static str {
        "lingua-multi/par"
    }
    fn label_page(&self, texts: &[&str]) -> Vec<ByteLabels> {
        texts
            .iter()
            .map(|t| {
                self.0
                    .detect_multiple_languages_of(*t)
                    .into_iter()
                    .map(|r| {
                        let lang = Lang::from_lingua(r.language()).unwrap_or(Lang::Und);
                        (r.start_index()..r.end_index(), lang)
                    })
                    .collect()
            })
            .collect()
    }
}

struct Row {
    name: &'static str,
    score: Score,
    mb_per_s: f64,
}

fn evaluate(sys: &dyn System, pages: &[Vec<&Item>], show: bool) -> Row {
    Row {
        name: sys.name(),
        score: detect_score::evaluate(sys, pages, show),
        mb_per_s: 0.0,
    }
}

/// Time every system on the whole set: in each of [`ROUNDS`] rounds, each
/// system in turn labels the set over and over for its share of the
/// budget (at least once); a system's MB/s is the median over the rounds,
/// so that a passing change in the machine's load does not decide it.
fn throughput(systems: &[&dyn System], texts: &[Vec<String>], budget: Duration) -> Vec<f64> {
    let refs: Vec<Vec<&str>> = texts
        .iter()
        .map(|p| p.iter().map(String::as_str).collect())
        .collect();
    let bytes: usize = texts.iter().flatten().map(String::len).sum();
    let slot = budget / (ROUNDS * systems.len().max(1)) as u32;
    let mut rounds: Vec<Vec<f64>> = vec![Vec::new(); systems.len()];
    for _ in 0..ROUNDS {
        for (i, sys) in systems.iter().enumerate() {
            let start = Instant::now();
            let mut reps = 0usize;
            while reps == 0 || start.elapsed() < slot {
                for page in &refs {
                    black_box(sys.label_page(black_box(page)));
                }
                reps += 1;
            }
            let secs = start.elapsed().as_secs_f64();
            rounds[i].push((bytes * reps) as f64 / secs / 1e6);
        }
    }
    rounds
        .into_iter()
        .map(|mut r| {
            r.sort_by(f64::total_cmp);
            r[r.len() / 2]
        })
        .collect()
}

/// How well langsift's `conf` predicts being right: its non-space
/// characters binned by the confidence of the span that labels them, with
/// the share labelled right and the mean confidence per bin.
fn calibration(det: &Detector, pages: &[Vec<&Item>]) {
    const EDGES: [f32; 6] = [0.0, 0.5, 0.7, 0.85, 0.95, 1.01];
    let mut bins = [(0usize, 0usize, 0f64); 5];
    for page in pages {
        let texts: Vec<String> = page.iter().map(|i| i.text()).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let doc = det.detect_lines(&refs);
        for ((item, text), spans) in page.iter().zip(&texts).zip(&doc.lines) {
            let gold = item.gold();
            for (k, (b, c)) in text.char_indices().enumerate() {
                if c.is_whitespace() {
                    continue;
                }
                let Some(s) = spans.iter().find(|s| s.bytes.contains(&b)) else {
                    continue;
                };
                if s.lang == Lang::Und {
                    // `und` says "no language"; its conf is 0 by definition.
                    continue;
                }
                let g = gold[k];
                let right = s.lang == g || (OTHER.contains(&g) && s.lang == Lang::Und);
                let bin = EDGES.windows(2).position(|w| s.conf < w[1]).unwrap_or(4);
                bins[bin].0 += right as usize;
                bins[bin].1 += 1;
                bins[bin].2 += s.conf as f64;
            }
        }
    }
    println!("\nlangsift calibration (characters by the conf of their span, und spans left out):");
    println!(
        "{:<12} {:>7} {:>9} {:>10}",
        "conf", "chars", "accuracy", "mean conf"
    );
    for (i, (right, n, sum)) in bins.iter().enumerate() {
        if *n == 0 {
            continue;
        }
        println!(
            "{:<12} {:>7} {:>9.4} {:>10.3}",
            format!("[{:.2},{:.2})", EDGES[i], EDGES[i + 1].min(1.0)),
            n,
            *right as f64 / *n as f64,
            sum / *n as f64
        );
    }
}

/// Rounds of the throughput measurement.
const ROUNDS: usize = 3;

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing
    // useful either: run in full only under `cargo bench`.
    if !std::env::args().any(|a| a == "--bench") {
        println!("detect_eval: run with `cargo bench --bench detect_eval`");
        return;
    }
    let items = load("eval.jsonl");
    let pages = paginate(&items);
    let holdout_items = load("holdout.jsonl");
    let holdout = paginate(&holdout_items);
    let secs: f64 = std::env::var("LANGSIFT_BENCH_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(12.0);
    let budget = Duration::from_secs_f64(secs);
    let show = std::env::var_os("LANGSIFT_EVAL_ERRORS").is_some();

    let candidates = Lang::DEFAULT_CANDIDATES;
    let bytes: usize = items.iter().map(|i| i.text().len()).sum();
    println!(
        "eval set: {} items, {} pages, {} bytes; candidates: {}",
        items.len(),
        pages.len(),
        bytes,
        candidates.map(|l| l.code()).join(",")
    );

    let lingua = LanguageDetectorBuilder::from_languages(
        &candidates
            .iter()
            .filter_map(|l| l.to_lingua())
            .collect::<Vec<_>>(),
    )
    .with_preloaded_language_models()
    .build();
    let whatlang = whatlang::Detector::with_allowlist(
        candidates.iter().filter_map(|l| l.to_whatlang()).collect(),
    );
    let systems: Vec<Box<dyn System>> = vec![
        Box::new(Langsift(Detector::new(&candidates))),
        Box::new(WhatlangLine(whatlang)),
        Box::new(LinguaLine(&lingua)),
        Box::new(LinguaMulti(&lingua)),
    ];
    let only = std::env::var("LANGSIFT_EVAL_ONLY").ok();
    let systems: Vec<&dyn System> = systems
        .iter()
        .map(|s| s.as_ref())
        .filter(|s| only.as_deref().is_none_or(|o| o == s.name()))
        .collect();
    let mut rows: Vec<Row> = systems
        .iter()
        .enumerate()
        .map(|(i, sys)| evaluate(*sys, &pages, show && i == 0))
        .collect();
    let texts: Vec<Vec<String>> = pages
        .iter()
        .map(|p| p.iter().map(|i| i.text()).collect())
        .collect();
    for (row, mbs) in rows.iter_mut().zip(throughput(&systems, &texts, budget)) {
        row.mb_per_s = mbs;
    }

    print_table(&rows, true);
    if only.as_deref().is_none_or(|o| o == "langsift") {
        calibration(&Detector::new(&candidates), &pages);
    }
    let (_, n) = rows[0].score.buckets["all"];
    println!(
        "\naccuracy: share of the {n} non-space characters labelled right (\"other\" = es/id/ko/fr/de/pt, where und also counts as right); MB/s: single thread."
    );

    let rows: Vec<Row> = systems
        .iter()
        .enumerate()
        .map(|(i, sys)| evaluate(*sys, &holdout, show && i == 0))
        .collect();
    let (_, n) = rows[0].score.buckets["all"];
    println!(
        "\nheld-out set (holdout.jsonl: {} items, {} pages, {n} non-space characters; written after langsift was tuned on eval.jsonl, not used to tune it):",
        holdout_items.len(),
        holdout.len()
    );
    print_table(&rows, false);

    // Throughput on longer, real-looking pages: the cleaning data set and
    // the sample pages, each file a document, every line of it (page
    // chrome included) labelled.
    let docs = page_files();
    let bytes: usize = docs.iter().flatten().map(String::len).sum();
    println!(
        "\nthroughput on {} unlabelled pages (tests/data/clean/{{dev,test}}, samples/pages; {bytes} bytes), MB/s single thread:",
        docs.len()
    );
    for (sys, mbs) in systems.iter().zip(throughput(&systems, &docs, budget / 2)) {
        println!("{:<18} {mbs:>8.3}", sys.name());
    }
}

/// The lines of every page of the cleaning data set and the samples.
fn page_files() -> Vec<Vec<String>> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut paths: Vec<std::path::PathBuf> = [
        "tests/data/clean/dev",
        "tests/data/clean/test",
        "samples/pages",
    ]
    .iter()
    .filter_map(|d| std::fs::read_dir(format!("{root}/{d}")).ok())
    .flatten()
    .filter_map(|e| e.ok().map(|e| e.path()))
    .filter(|p| p.is_file())
    .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|t| t.lines().map(str::to_string).collect())
        .collect()
}

fn print_table(rows: &[Row], speed: bool) {
    let cols = ["all", "switched", "en", "ja", "tl", "zh", "other", "und"];
    print!("\n{:<18}", "system");
    for c in cols {
        print!(" {c:>8}");
    }
    if speed {
        print!(" {:>8}", "MB/s");
    }
    println!();
    for row in rows {
        print!("{:<18}", row.name);
        for c in cols {
            print!(" {:>8.4}", row.score.get(c));
        }
        if speed {
            print!(" {:>8.3}", row.mb_per_s);
        }
        println!();
    }
}
