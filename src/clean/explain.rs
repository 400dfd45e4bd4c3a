//! `--explain`: every line of a page with its decision, the reason and rule
//! behind it, and the structural classifier's features, as aligned text a
//! person reads to see why a line went (and which rule to write when it
//! should not have). It renders an [`Analysis`]; it decides nothing.

use std::fmt::Write;

use super::{Analysis, Decision};

/// Characters of the line's text shown at the end of each row.
const TEXT_CHARS: usize = 60;

/// Render one page's analysis. One row per line:
///
/// `LINE  DECISION  RULE  CLASS  FEATURES  | TEXT`
///
/// DECISION is `keep:<role>`, `drop:<reason>` or `blank`; RULE the id of the
/// rule that removed the line (`structure:...` for the classifier), `-` for
/// kept lines; CLASS the classifier's class of the line on its own (`-` for
/// lines a rule removed, which it never sees); FEATURES `chars`, `words`,
/// `fw` (function-word share), `dig` (digit share), `sym` (symbol share),
/// `up` (upper-case share), `lang`, and the flags `term` (ends like a
/// sentence), `cjk`, `link`, `counter` when set.
///
/// ```
/// use langsift::clean::{explain::render, Cleaner, KeepSet, RuleSet};
/// let cleaner = Cleaner::new(RuleSet::builtin(), KeepSet::default());
/// let lines = ["Share", "The council approved the plan on Monday after a long debate."];
/// let text = render("doc.txt", &lines, &cleaner.analyse(&lines, &[], None));
/// assert!(text.contains("drop:share"));
/// assert!(text.contains("keep:body"));
/// ```
pub fn render(doc: &str, lines: &[&str], analysis: &Analysis) -> String {
    let mut out = String::new();
    let main = analysis.main.map_or("und", |l| l.code());
    let _ = writeln!(out, "# {doc}  main language: {main}");
    let _ = writeln!(
        out,
        "# {:>4}  {:<22} {:<40} {:<9} {:<62} | text",
        "line", "decision", "rule", "class", "features"
    );
    for (i, line) in lines.iter().enumerate() {
        let (decision, rule) = match &analysis.decisions[i] {
            Decision::Blank => ("blank".to_string(), "-".to_string()),
            Decision::Keep(role) => (format!("keep:{}", role.name()), "-".to_string()),
            Decision::Drop { reason, rule } => (format!("drop:{}", reason.name()), rule.clone()),
        };
        let class = analysis.classes[i].map_or("-", |c| c.name());
        let features = match &analysis.features[i] {
            Some(f) => {
                let mut s = format!(
                    "chars={} words={} fw={:.2} dig={:.2} sym={:.2} up={:.2} lang={}",
                    f.chars,
                    f.words,
                    f.function_share,
                    f.digit_share,
                    f.symbol_share,
                    f.upper_share,
                    f.lang.map_or("und", |l| l.code())
                );
                for (on, flag) in [
                    (f.terminal, "term"),
                    (f.cjk, "cjk"),
                    (f.link_like, "link"),
                    (f.counter_like, "counter"),
                ] {
                    if on {
                        s.push(' ');
                        s.push_str(flag);
                    }
                }
                s
            }
            None => "-".to_string(),
        };
        let text: String = line.trim().chars().take(TEXT_CHARS).collect();
        let _ = writeln!(
            out,
            "{:>6}  {:<22} {:<40} {:<9} {:<62} | {}",
            i + 1,
            decision,
            rule,
            class,
            features,
            text
        );
    }
    out
}
