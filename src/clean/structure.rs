//! The structural pass: deciding the lines no rule names, from their
//! [`Features`] and their context on the page.
//!
//! 1. A line repeated on the page goes: a label ("Advertisement") every
//!    time, a paragraph or headline (a teaser repeating the lead) the second
//!    time.
//! 2. Where the article is and which line is its title is
//!    [`super::article`]'s work; everything before the title and after the
//!    article's last good line goes.
//! 3. Inside, good lines stay; near-good lines and short sentences stay
//!    next to content; short lines stay as headings between content;
//!    bulleted or numbered lists between content stay with their heading
//!    ([`super::lists`]);
//!    counters and links go; a run of short lines in another language than
//!    the article (English and Tagalog excepted) goes.
//! 4. After the article, a run of teaser-shaped lines under a short header
//!    is a related-articles block (kept with role `related` under
//!    `--keep related`).
//!
//! It does not apply rules; [`super::Cleaner`] does that first and hands
//! over what is left.

use rustc_hash::FxHashMap;

use super::article::{article, clusters, find_title, neighbour};
use super::author;
use super::features::{Class, Features};
use super::reason::{Reason, Role};
use super::{Decision, KeepSet};
use crate::lang::Lang;

/// The ids the structural pass reports as `rule` for what it removes.
pub mod ids {
    pub const REPEATED: &str = "structure:repeated_line";
    pub const OUTSIDE: &str = "structure:outside_article";
    pub const SHORT: &str = "structure:short_among_boilerplate";
    pub const COUNTER: &str = "structure:counter_like";
    pub const LINK: &str = "structure:link_like";
    pub const BAD: &str = "structure:not_prose";
    pub const FOREIGN: &str = "structure:foreign_block";
    pub const TEASERS: &str = "structure:teaser_run";
}

/// The page as the structural pass sees it.
pub struct Page<'a> {
    pub lines: &'a [&'a str],
    /// Each line's key ([`super::LineView::key`]: NFKC, lower-cased,
    /// trimmed of separators), which tells repeated lines.
    pub keys: &'a [String],
    /// Features of the lines no rule removed (None for the others).
    pub features: &'a [Option<Features>],
    /// The article's main language, if detection found one.
    pub main: Option<Lang>,
    pub keep: KeepSet,
}

fn drop(reason: Reason, rule: &str) -> Decision {
    Decision::Drop {
        reason,
        rule: rule.to_string(),
    }
}

/// Decide the open lines (`Keep(Body)` after the rules) of a page.
pub fn resolve(page: &Page, decisions: &mut [Decision]) -> Vec<Option<Class>> {
    let n = decisions.len();
    let mut class: Vec<Option<Class>> = (0..n)
        .map(|i| match (&decisions[i], &page.features[i]) {
            (Decision::Keep(Role::Body), Some(f)) => Some(f.class()),
            _ => None,
        })
        .collect();
    drop_repeats(page, decisions, &mut class);
    author::drop_bios(page, decisions, &mut class);
    let clusters = clusters(decisions, &class, page.features);
    let Some((body_start, body_end, good_lines)) = article(&clusters, decisions, &class) else {
        // No prose at all: keep what is not plainly chrome.
        for i in 0..n {
            if class[i] == Some(Class::Bad) {
                decisions[i] = bad_line(page.features[i].as_ref());
            }
        }
        return class;
    };
    // A page without a single good paragraph (a one-line document, a
    // snippet): its sentences are all the content there is.
    let no_good_line = !class.contains(&Some(Class::Good));
    let title = find_title(page, &class, body_start, &good_lines);
    let span_start = title.unwrap_or(body_start);
    drop_foreign_blocks(page, decisions, &mut class, span_start, body_end);
    let lists = super::lists::list_roles(page, decisions, &class, title);
    for i in 0..n {
        let Some(c) = class[i] else { continue };
        let f = page.features[i].as_ref().expect("open lines have features");
        decisions[i] = if Some(i) == title {
            Decision::Keep(Role::Title)
        } else if i < span_start || i > body_end {
            if c == Class::Bad {
                bad_line(Some(f))
            } else {
                drop(Reason::Boilerplate, ids::OUTSIDE)
            }
        } else {
            match c {
                Class::Good => Decision::Keep(Role::Body),
                // A bulleted or numbered list between content, and its heading.
                _ if lists.contains_key(&i) => Decision::Keep(lists[&i]),
                Class::Bad => bad_line(Some(f)),
                Class::NearGood
                    if near_content(decisions, &class, i, title)
                        || (no_good_line && f.terminal) =>
                {
                    Decision::Keep(Role::Body)
                }
                // A dek: a phrase of prose directly under the title.
                Class::Short | Class::NearGood if is_dek(page, decisions, title, i) => {
                    Decision::Keep(Role::Body)
                }
                // A short sentence between content is content (jusText's rule).
                Class::Short
                    if f.terminal
                        && next_is_content(decisions, &class, i)
                        && prev_is_content(decisions, &class, i, title) =>
                {
                    Decision::Keep(Role::Body)
                }
                Class::Short
                    if f.heading_shaped(page.lines[i])
                        && next_is_content(decisions, &class, i)
                        && prev_is_content(decisions, &class, i, title) =>
                {
                    Decision::Keep(Role::Heading)
                }
                _ => drop(Reason::Boilerplate, ids::SHORT),
            }
        };
    }
    mark_teaser_runs(page, decisions, &class, body_end);
    class
}

/// Words a dek (standfirst) has at least.
const DEK_MIN_WORDS: usize = 6;

/// Function-word share a dek has at least (that of a good Latin line).
const DEK_MIN_FUNCTION_SHARE: f32 = 0.15;

/// Whether line `i` is the article's dek: the line directly under the
/// title, a phrase of six words or more, as dense in function words as
/// prose, that is not a link or counter.
fn is_dek(page: &Page, decisions: &[Decision], title: Option<usize>, i: usize) -> bool {
    let Some(t) = title else { return false };
    let f = page.features[i].as_ref().expect("open lines have features");
    neighbour(decisions, t, true) == Some(i)
        && !f.cjk
        && f.words >= DEK_MIN_WORDS
        && f.function_share >= DEK_MIN_FUNCTION_SHARE
        && !f.link_like
        && !f.counter_like
        && !page.lines[i].trim_end().ends_with([':', '|', ','])
}

fn bad_line(f: Option<&Features>) -> Decision {
    match f {
        Some(f) if f.counter_like => drop(Reason::Counter, ids::COUNTER),
        Some(f) if f.link_like => drop(Reason::Navigation, ids::LINK),
        _ => drop(Reason::Boilerplate, ids::BAD),
    }
}

fn drop_repeats(page: &Page, decisions: &mut [Decision], class: &mut [Option<Class>]) {
    let keys = page.keys;
    // Each key's count and whether it has been seen yet on the second
    // sweep: one table, sized once for a page's lines (a document of
    // more lines, often of few distinct ones, grows it as it needs).
    let open = decisions.iter().filter(|d| **d != Decision::Blank).count();
    let mut count: FxHashMap<&str, (usize, bool)> =
        FxHashMap::with_capacity_and_hasher(open.min(4096), Default::default());
    for (i, key) in keys.iter().enumerate() {
        if decisions[i] != Decision::Blank {
            count.entry(key.as_str()).or_default().0 += 1;
        }
    }
    for (i, key) in keys.iter().enumerate() {
        if decisions[i] == Decision::Blank {
            continue;
        }
        let (n, seen) = count.get_mut(key.as_str()).expect("every open key counted");
        let first = !std::mem::replace(seen, true);
        let n = *n;
        let (Some(c), Some(f)) = (class[i], page.features[i].as_ref()) else {
            continue;
        };
        if n < 2 || key.chars().count() < 4 {
            continue;
        }
        // A repeated label ("Advertisement") goes every time; a repeated
        // paragraph or headline (a teaser repeating the lead) the second time.
        let label = c != Class::Good && !f.title_sized();
        if label || !first {
            decisions[i] = drop(Reason::Boilerplate, ids::REPEATED);
            class[i] = None;
        }
    }
}

fn is_content(decisions: &[Decision], class: &[Option<Class>], j: usize) -> bool {
    matches!(class[j], Some(Class::Good | Class::NearGood))
        || matches!(decisions[j], Decision::Keep(Role::Title | Role::Heading))
}

pub(super) fn next_is_content(decisions: &[Decision], class: &[Option<Class>], i: usize) -> bool {
    neighbour(decisions, i, true).is_some_and(|j| is_content(decisions, class, j))
}

pub(super) fn prev_is_content(
    decisions: &[Decision],
    class: &[Option<Class>],
    i: usize,
    title: Option<usize>,
) -> bool {
    neighbour(decisions, i, false)
        .is_some_and(|j| Some(j) == title || is_content(decisions, class, j))
}

fn near_content(
    decisions: &[Decision],
    class: &[Option<Class>],
    i: usize,
    title: Option<usize>,
) -> bool {
    next_is_content(decisions, class, i) || prev_is_content(decisions, class, i, title)
}

/// Letters a line needs before its language counts as foreign.
const FOREIGN_MIN_LETTERS: usize = 8;

/// Inside the article, a run of two or more lines that are not prose, in
/// another language than the article, goes.
fn drop_foreign_blocks(
    page: &Page,
    decisions: &mut [Decision],
    class: &mut [Option<Class>],
    start: usize,
    end: usize,
) {
    let Some(main) = page.main else { return };
    // English and Tagalog mix freely on Filipino sites: neither is foreign
    // to the other. Lines of few letters are too short to tell.
    let mixes = |a: Lang, b: Lang| matches!((a, b), (Lang::En, Lang::Tl) | (Lang::Tl, Lang::En));
    let foreign = |i: usize, class: &[Option<Class>]| {
        matches!(class[i], Some(Class::Short | Class::NearGood | Class::Bad))
            && page.features[i].as_ref().is_some_and(|f| {
                f.letters >= FOREIGN_MIN_LETTERS
                    && f.lang
                        .is_some_and(|l| l != main && l != Lang::Und && !mixes(l, main))
            })
    };
    let mut run: Vec<usize> = Vec::new();
    for i in start..=end.min(decisions.len().saturating_sub(1)) {
        if decisions[i] == Decision::Blank {
            continue;
        }
        if foreign(i, class) {
            run.push(i);
            continue;
        }
        flush_foreign(&mut run, decisions, class);
    }
    flush_foreign(&mut run, decisions, class);
}

fn flush_foreign(run: &mut Vec<usize>, decisions: &mut [Decision], class: &mut [Option<Class>]) {
    if run.len() >= 2 {
        for &i in run.iter() {
            decisions[i] = drop(Reason::Boilerplate, ids::FOREIGN);
            class[i] = None;
        }
    }
    run.clear();
}

/// After the article: a short header line directly followed by two or more
/// teaser-shaped lines is a related-articles block.
fn mark_teaser_runs(
    page: &Page,
    decisions: &mut [Decision],
    class: &[Option<Class>],
    body_end: usize,
) {
    let teaser = |i: usize| {
        class[i].is_some_and(|c| c != Class::Bad)
            && page.features[i]
                .as_ref()
                .is_some_and(|f| f.heading_shaped(page.lines[i]) && f.title_sized())
    };
    let mut i = body_end + 1;
    while i < decisions.len() {
        let mut j = i + 1;
        while j < decisions.len() && teaser(j) {
            j += 1;
        }
        let header_ok = decisions[i] != Decision::Blank
            && !teaser(i)
            && page.lines[i].trim().chars().count() <= 40;
        if header_ok && j - i > 2 {
            for d in &mut decisions[i + 1..j] {
                *d = if page.keep.related {
                    Decision::Keep(Role::Related)
                } else {
                    drop(Reason::Related, ids::TEASERS)
                };
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Cleaner, KeepSet, RuleSet};
    use super::*;

    const P1: &str =
        "The council voted on Monday to approve the plan after a long and heated debate.";
    const P2: &str =
        "Work on the first section of the sea wall will start in the spring of next year.";
    const P3: &str =
        "Officials said that the cost would be shared by the city and the national government.";

    fn decide(lines: &[&str], keep: KeepSet) -> Vec<Decision> {
        Cleaner::new(RuleSet::builtin(), keep)
            .analyse(lines, &[], Some(Lang::En))
            .decisions
    }

    fn kept(d: &Decision) -> &'static str {
        match d {
            Decision::Keep(role) => role.name(),
            Decision::Blank => "blank",
            Decision::Drop { .. } => "drop",
        }
    }

    /// Each case: a page and what becomes of each of its lines.
    #[test]
    fn structural_decisions() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "a snippet with no good paragraph keeps its sentences",
                &["ﾃｽﾄの文章です。", "Share"],
                &["body", "drop"],
            ),
            (
                "title before the body, heading between paragraphs",
                &[
                    "Weather",
                    "Sea wall plan approved by the council",
                    "",
                    P1,
                    "Next steps",
                    P2,
                ],
                &["drop", "title", "blank", "body", "heading", "body"],
            ),
            (
                "a lone title-shaped line close above the article is its title, sharing no word",
                &["Menu", "Harvest festival draws record crowds", "", P1, P2],
                &["drop", "title", "blank", "body", "body"],
            ),
            (
                "... but not nine lines above it",
                &[
                    "Harvest festival draws record crowds",
                    "x",
                    "x",
                    "x",
                    "x",
                    "x",
                    "x",
                    "x",
                    "x",
                    "x",
                    P1,
                    P2,
                ],
                &[
                    "drop", "drop", "drop", "drop", "drop", "drop", "drop", "drop", "drop", "drop",
                    "body", "body",
                ],
            ),
            (
                "a question can be the title",
                &["Menu", "Is the era of cheap coffee over?", "", P1, P2],
                &["drop", "title", "blank", "body", "body"],
            ),
            (
                "short lines among boilerplate go",
                &[P1, P2, "", "Jane Doe", "Share", "Most Read", "", "x"],
                &[
                    "body", "body", "blank", "drop", "drop", "drop", "blank", "drop",
                ],
            ),
            (
                "a near-good line next to prose stays",
                &[P1, "It was close.", P2],
                &["body", "body", "body"],
            ),
            (
                "a repeated line goes the second time",
                &[P1, P2, P3, P1],
                &["body", "body", "body", "drop"],
            ),
            (
                "a lone author line between paragraphs does not end the article",
                &[
                    P1,
                    "Maria Santos is a senior reporter covering health.",
                    P2,
                    P3,
                ],
                &["body", "drop", "body", "body"],
            ),
            (
                "list items between paragraphs stay",
                &[
                    P1,
                    "• Sea wall repairs",
                    "1）新しいポンプ",
                    "",
                    "- Raised roads",
                    P2,
                ],
                &["body", "body", "body", "blank", "body", "body"],
            ),
            (
                "a list right under a read-more link is more links",
                &[
                    P1,
                    "READ MORE: Harbour ferry fares to rise in the summer",
                    "• New library branch opens in the north district",
                    "• Two arrested after a string of break-ins downtown",
                    P2,
                ],
                &["body", "drop", "drop", "drop", "body"],
            ),
            (
                "a dek directly under the title stays",
                &[
                    "Sea wall plan approved by the council",
                    "The vote ends a decade of argument over the harbour",
                    "",
                    P1,
                    P2,
                ],
                &["title", "body", "blank", "body", "body"],
            ),
            (
                "the author's bio after the article goes",
                &[
                    "Ruth Abernathy",
                    "",
                    P1,
                    P2,
                    "Ruth Abernathy is a retired teacher and a trustee of the library.",
                    "Ruth has lived in the county for forty years.",
                ],
                &["drop", "blank", "body", "body", "drop", "drop"],
            ),
            (
                "a video player's 'Up next' does not swallow the article",
                &[
                    "Up next",
                    "Crews clear fallen tree from the main road",
                    "",
                    P1,
                    P2,
                    P3,
                ],
                &["drop", "drop", "blank", "body", "body", "body"],
            ),
            (
                "counters go",
                &[P1, "1.2K shares", P2],
                &["body", "drop", "body"],
            ),
            (
                "prose after a comments header is not article",
                &[
                    P1,
                    P2,
                    "",
                    "Comments",
                    "Ana Cruz says:",
                    "",
                    P3,
                    P3.replace("cost", "price").leak(),
                    "Great article, thanks for writing it up so clearly.",
                ],
                &[
                    "body", "body", "blank", "drop", "drop", "blank", "drop", "drop", "drop",
                ],
            ),
        ];
        for (name, lines, want) in cases {
            let got: Vec<&str> = decide(lines, KeepSet::default()).iter().map(kept).collect();
            assert_eq!(&got, want, "{name}");
        }
    }

    #[test]
    fn teaser_run_after_the_article_is_related() {
        let lines = [
            P1,
            P2,
            "",
            "Elsewhere",
            "Harbour ferry fares to rise in the summer season",
            "New library branch opens in the north district",
            "Two arrested after a string of break-ins downtown",
        ];
        let d = decide(&lines, KeepSet::default());
        assert_eq!(d[4], drop(Reason::Related, ids::TEASERS));
        let k = decide(&lines, KeepSet { related: true });
        assert_eq!(k[4], Decision::Keep(Role::Related));
        assert!(!k[3].is_kept());
    }

    #[test]
    fn foreign_short_lines_inside_the_article_go() {
        let lines = [P1, "Unser Angebot", "Jetzt lesen", P2];
        let langs = [
            Some(Lang::En),
            Some(Lang::De),
            Some(Lang::De),
            Some(Lang::En),
        ];
        let d = Cleaner::new(RuleSet::builtin(), KeepSet::default())
            .analyse(&lines, &langs, Some(Lang::En))
            .decisions;
        assert_eq!(d[1], drop(Reason::Boilerplate, ids::FOREIGN));
        assert_eq!(d[2], drop(Reason::Boilerplate, ids::FOREIGN));
        assert!(d[3].is_kept());
    }
}
