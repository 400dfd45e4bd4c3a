//! Run langsift's language detector alone on text files: each file is one
//! document, each line a line of it. Prints one row per span,
//! `file:line<TAB>lang<TAB>conf<TAB>text`, and each document's main
//! language on standard error.
//!
//! `cargo run --release --example detect -- FILE...`; with `/usr/bin/time -v`
//! in front of the built binary it gives the detector's peak memory (the
//! figure in the README).

use std::io::Write;

use langsift::detect::{Detector, Lang};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let detector = Detector::new(&Lang::DEFAULT_CANDIDATES);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        let lines: Vec<&str> = text.lines().collect();
        let doc = detector.detect_lines(&lines);
        for (n, (line, spans)) in lines.iter().zip(&doc.lines).enumerate() {
            for s in spans {
                writeln!(
                    out,
                    "{path}:{}\t{}\t{:.2}\t{}",
                    n + 1,
                    s.lang,
                    s.conf,
                    &line[s.bytes.clone()]
                )?;
            }
        }
        eprintln!(
            "{path}: main language {}",
            doc.main.map_or("none", |l| l.code())
        );
    }
    Ok(())
}
