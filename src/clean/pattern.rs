//! A rule's regex, compiled for the one question a rule asks of it: does
//! it match the line anywhere? That needs a forward search only, so only a
//! forward automaton is built: a lazy DFA, with a bounded backtracker and
//! a PikeVM over the same NFA for the searches the lazy DFA gives up on (a
//! Unicode word boundary next to non-ASCII text, a cache that keeps
//! filling). The `regex` crate's `Regex` also builds a reverse NFA (to
//! find where a match starts) and, for some patterns, a second one for its
//! inner-literal strategy: for the built-in patterns, about twice the
//! compile time, which every process that meets them pays. The answers
//! are the same; a test compares them with `regex`'s on every built-in
//! pattern.

use std::panic::{RefUnwindSafe, UnwindSafe};

use regex_automata::hybrid::dfa::{self as lazy, DFA};
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::{self, PikeVM};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input};

/// The NFA size limit `regex` applies by default.
const NFA_SIZE_LIMIT: usize = 10 << 20;

/// The cache a rule's lazy DFA may fill, per thread, before it is cleared:
/// room for the states of patterns with counted repetitions of Unicode
/// classes, so that they are not rebuilt line after line.
pub const RULE_DFA_CACHE: usize = 8 << 20;

/// Why a pattern does not compile.
#[derive(Debug, thiserror::Error)]
pub enum PatternError {
    /// The pattern is not valid syntax: the message `regex` gives, with
    /// the pattern and a caret under the error.
    #[error("{0}")]
    Syntax(String),
    /// The pattern compiles to too large an automaton.
    #[error("Compiled regex exceeds size limit of {0} bytes.")]
    TooBig(usize),
    /// Another reason the automata do not build.
    #[error("{0}")]
    Build(String),
}

/// A compiled pattern. Shared by threads; each thread searches with its
/// own caches, taken from a pool.
pub struct Pattern {
    /// `None` when the pattern needs more cache than `cache_bytes` to
    /// start: then every search goes to the fallbacks.
    dfa: Option<DFA>,
    backtrack: BoundedBacktracker,
    pike: PikeVM,
    /// Every match starts at the start of the text (each branch begins
    /// with `^`): then a search that fails at the first bytes stops there.
    anchored: Anchored,
    caches: Pool<Caches, CreateCaches>,
}

struct Caches {
    dfa: Option<lazy::Cache>,
    backtrack: backtrack::Cache,
    pike: pikevm::Cache,
}

type CreateCaches = Box<dyn Fn() -> Caches + Send + Sync + UnwindSafe + RefUnwindSafe>;

impl Pattern {
    /// Compile `pattern`, giving its lazy DFA up to `cache_bytes` of cache
    /// per thread.
    pub fn new(pattern: &str, cache_bytes: usize) -> Result<Pattern, PatternError> {
        let hir = regex_syntax::parse(pattern).map_err(|e| PatternError::Syntax(e.to_string()))?;
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .which_captures(WhichCaptures::None)
                    .nfa_size_limit(Some(NFA_SIZE_LIMIT)),
            )
            .build_from_hir(&hir)
            .map_err(|e| match e.size_limit() {
                Some(limit) => PatternError::TooBig(limit),
                None => PatternError::Build(e.to_string()),
            })?;
        // The lazy DFA configured as `regex` configures its own: it may
        // give up on a Unicode word boundary (before non-ASCII text), and
        // on a cache cleared too often for too little progress.
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    .cache_capacity(cache_bytes)
                    .unicode_word_boundary(true)
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa.clone())
            .ok();
        let backtrack = BoundedBacktracker::new_from_nfa(nfa.clone())
            .map_err(|e| PatternError::Build(e.to_string()))?;
        let pike =
            PikeVM::new_from_nfa(nfa.clone()).map_err(|e| PatternError::Build(e.to_string()))?;
        let anchored = if nfa.is_always_start_anchored() {
            Anchored::Yes
        } else {
            Anchored::No
        };
        let (d, b, p) = (dfa.clone(), backtrack.clone(), pike.clone());
        let create: CreateCaches = Box::new(move || Caches {
            dfa: d.as_ref().map(DFA::create_cache),
            backtrack: b.create_cache(),
            pike: p.create_cache(),
        });
        Ok(Pattern {
            dfa,
            backtrack,
            pike,
            anchored,
            caches: Pool::new(create),
        })
    }

    /// Whether the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let mut caches = self.caches.get();
        let caches = &mut *caches;
        let input = Input::new(text).earliest(true).anchored(self.anchored);
        if let (Some(dfa), Some(cache)) = (&self.dfa, caches.dfa.as_mut()) {
            if let Ok(found) = dfa.try_search_fwd(cache, &input) {
                return found.is_some();
            }
        }
        // The backtracker refuses, before any work, text too long for its
        // visited set; the PikeVM takes any text.
        if let Ok(found) = self
            .backtrack
            .try_is_match(&mut caches.backtrack, input.clone())
        {
            return found;
        }
        self.pike.is_match(&mut caches.pike, input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::RuleSet;

    /// The lines a pattern is asked about: every built-in rule's examples
    /// and counter-examples, and lines meant to send the lazy DFA to its
    /// fallbacks (non-ASCII text next to a word boundary, long text).
    fn probe_lines(rules: &RuleSet) -> Vec<String> {
        let mut lines: Vec<String> = rules
            .rules
            .iter()
            .flat_map(|r| r.examples.iter().chain(&r.counter_examples).cloned())
            .collect();
        let extra = [
            "Photo by Ángel Núñez/Reuters",
            "写真は東京都内で撮影（3月4日）",
            "Si Maria Santos ay isang reporter ng Rappler.",
            "Ni Juan dela Cruz, Larawan ni Ana Reyes",
            "Ayon sa ulat ng PAGASA, uulan bukas sa Maynila.",
            "ÉDITION ÉLECTRONIQUE ÉTÉ",
            "",
        ];
        lines.extend(extra.iter().map(|s| s.to_string()));
        let long = "The council met again on Tuesday. ".repeat(400);
        lines.push(long.clone() + "Photo: Reuters");
        lines.push(long);
        lines
    }

    /// Every built-in pattern answers as `regex` does, on its own examples
    /// and counter-examples, and on every other rule's.
    #[test]
    fn patterns_answer_as_regex_does() {
        let rules = RuleSet::builtin();
        let lines = probe_lines(&rules);
        let mut asked = 0;
        for rule in &rules.rules {
            let Some(p) = &rule.pattern else { continue };
            let ours = Pattern::new(p, RULE_DFA_CACHE).unwrap();
            let theirs = regex::Regex::new(p).unwrap();
            for line in &lines {
                assert_eq!(
                    ours.is_match(line),
                    theirs.is_match(line),
                    "rule {}: {line:?}",
                    rule.id
                );
                asked += 1;
            }
        }
        assert!(asked > 1000, "{asked}");
    }

    /// The fallbacks answer when the lazy DFA cannot: with no cache to
    /// speak of, a pattern still finds what `regex` finds, on short text
    /// (the backtracker) and on long text (the PikeVM).
    #[test]
    fn fallbacks_answer_without_the_lazy_dfa() {
        for (p, yes, no) in [
            (r"(?i)\bphoto\b", "Larawan: Photo ni Ángel", "photographer"),
            (r"^\p{Lu}\p{L}+ \p{Lu}\p{L}+$", "Ángel Núñez", "ángel núñez"),
        ] {
            let ours = Pattern::new(p, 0).unwrap();
            assert!(ours.dfa.is_none(), "{p}: no lazy DFA fits no cache");
            assert!(ours.is_match(yes), "{p}: {yes}");
            assert!(!ours.is_match(no), "{p}: {no}");
            // Text too long for the backtracker goes to the PikeVM.
            let over = ours.backtrack.max_haystack_len() / 2 + 1;
            let long = format!("{}{yes}", "x ".repeat(over));
            assert!(long.len() > ours.backtrack.max_haystack_len());
            let theirs = regex::Regex::new(p).unwrap();
            assert_eq!(ours.is_match(&long), theirs.is_match(&long), "{p}: long");
        }
    }

    /// A syntax error, and a pattern too large to compile, read as
    /// `regex`'s do.
    #[test]
    fn errors_read_as_regex_reports_them() {
        // Not literals, so that clippy does not check the patterns.
        for bad in ["(unclosed", r"\w{1000}{1000}"].map(String::from) {
            let ours = Pattern::new(&bad, 1 << 20).err().unwrap();
            let theirs = regex::Regex::new(&bad).err().unwrap();
            assert_eq!(ours.to_string(), theirs.to_string(), "{bad}");
        }
    }
}
