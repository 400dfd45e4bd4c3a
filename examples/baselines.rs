//! The batch benchmark's baselines: on the same text, one thread each,
//! the whole langsift pipeline (in process), lingua's mixed-language mode
//! (`detect_multiple_languages_of`) alone, and whatlang per line alone, all
//! restricted to langsift's default candidate languages.
//!
//! Usage: `cargo run --release --example baselines -- CORPUS.jsonl [MEGABYTES]`
//! reads the `text` field of the corpus's records, up to MEGABYTES (default
//! 10) of text, and prints one `name MB/s` line per contender: MB per second
//! of this thread's CPU time (so that other work on the machine does not
//! skew the comparison), and the wall-clock rate beside it.

use std::io::BufRead;
use std::time::{Duration, Instant};

use langsift::{Lang, Pipeline, PipelineConfig};
use lingua::LanguageDetectorBuilder;

/// The binary's allocator (see `src/main.rs`), so that the pipeline runs
/// here as it does in the CLI; the peers run under it too.
#[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
#[global_allocator]
static ALLOC: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .ok_or_else(|| anyhow::anyhow!("usage: baselines CORPUS.jsonl [MEGABYTES]"))?;
    let limit = args.get(2).map_or(Ok(10.0), |m| m.parse::<f64>())? * 1e6;
    let mut texts = Vec::new();
    let mut bytes = 0usize;
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let t = v["text"].as_str().unwrap_or_default().to_string();
        bytes += t.len();
        texts.push(t);
        if bytes as f64 >= limit {
            break;
        }
    }
    let mb = bytes as f64 / 1e6;
    println!("text {mb:.1} MB in {} documents", texts.len());
    let rate = |name: &str, (cpu, wall): (f64, f64)| {
        println!(
            "{name} {:.3} MB/s of CPU time ({cpu:.1} s; wall {:.3} MB/s)",
            mb / cpu,
            mb / wall
        )
    };

    let pipeline = Pipeline::new(PipelineConfig::default())?;
    pipeline.process_text(&texts[0]); // load what loads lazily
    let t = Clock::start();
    let mut segments = 0;
    for text in &texts {
        segments += pipeline.process_text(text).segments.len();
    }
    rate("pipeline", t.stop());

    let candidates: Vec<_> = Lang::DEFAULT_CANDIDATES
        .iter()
        .filter_map(|l| l.to_lingua())
        .collect();
    let lingua = LanguageDetectorBuilder::from_languages(&candidates)
        .with_preloaded_language_models()
        .build();
    lingua.detect_multiple_languages_of(&texts[0]);
    let t = Clock::start();
    let mut spans = 0;
    for text in &texts {
        spans += lingua.detect_multiple_languages_of(text).len();
    }
    rate("lingua_multiple", t.stop());

    let allow = Lang::DEFAULT_CANDIDATES
        .iter()
        .filter_map(|l| l.to_whatlang())
        .collect();
    let whatlang = whatlang::Detector::with_allowlist(allow);
    let t = Clock::start();
    let mut labelled = 0;
    for text in &texts {
        labelled += text
            .lines()
            .filter(|l| whatlang.detect(l).is_some())
            .count();
    }
    rate("whatlang_lines", t.stop());
    eprintln!("({segments} segments, {spans} lingua spans, {labelled} whatlang lines)");
    Ok(())
}

/// This thread's CPU time and the wall clock, from a start.
struct Clock {
    cpu: Duration,
    wall: Instant,
}

impl Clock {
    fn start() -> Clock {
        Clock {
            cpu: thread_cpu_time(),
            wall: Instant::now(),
        }
    }

    /// Seconds of CPU time and of wall clock since the start.
    fn stop(self) -> (f64, f64) {
        (
            (thread_cpu_time() - self.cpu).as_secs_f64(),
            self.wall.elapsed().as_secs_f64(),
        )
    }
}

fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "CLOCK_THREAD_CPUTIME_ID is available on Linux");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}
