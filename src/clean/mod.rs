//! Cleaning: the decision, line by line, of what is article content and what
//! is page chrome, with a recorded reason and rule for every removal, and the
//! role (title, heading, body) of what stays.
//!
//! Rules come from data ([`rules`]); this module applies them with their
//! context (a caption above an AI-image label, a related-articles block to
//! the end of its section, a comment block to the next blank line, footer
//! lines after a copyright line). What no rule names goes to the structural
//! classifier ([`features`], [`structure`]), which also assigns roles
//! (title, heading, body). [`explain`] renders every decision with its
//! reasons. This module does not detect languages (it is given them) or
//! write output.

pub mod article;
pub mod author;
pub mod explain;
pub mod features;
pub mod lists;
pub mod pattern;
pub mod prefilter;
pub mod reason;
pub mod rules;
pub mod structure;

pub use features::{Class, Features, FunctionWords};
pub use reason::{Reason, Role};
pub use rules::{Context, LineView, Rule, RuleError, RuleSet};

use crate::blocks::Block;
use crate::lang::Lang;

/// Which kinds of boilerplate to keep (with their own role) instead of
/// dropping.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KeepSet {
    /// Keep related-article teasers with role `related`.
    pub related: bool,
}

/// The decision for one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Only white space: neither content nor boilerplate.
    Blank,
    /// Content, with its role.
    Keep(Role),
    /// Boilerplate, with the reason and the id of the rule that removed it.
    Drop { reason: Reason, rule: String },
}

impl Decision {
    pub fn is_kept(&self) -> bool {
        matches!(self, Decision::Keep(_))
    }
}

/// Test input for the classifier's fast paths: lines of up to
/// `max_pieces` pieces, each one of `words`, up to `max_text` arbitrary
/// printable characters, or any one character.
#[cfg(test)]
pub(crate) fn test_line(
    words: Vec<&'static str>,
    max_text: usize,
    max_pieces: usize,
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::{any, prop, Strategy};
    let text =
        proptest::string::string_regex(&format!("\\PC{{0,{max_text}}}")).expect("a valid pattern");
    let piece = proptest::prop_oneof![
        prop::sample::select(words).prop_map(String::from),
        text,
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..max_pieces).prop_map(|p| p.concat())
}

/// The cleaning stage, built once from the rules and shared.
pub struct Cleaner {
    rules: RuleSet,
    keep: KeepSet,
    words: FunctionWords,
}

/// Everything the cleaner decided about a page, line by line.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub decisions: Vec<Decision>,
    /// Features of the lines no rule removed (None for blank and
    /// rule-removed lines).
    pub features: Vec<Option<Features>>,
    /// The class of those lines, before context.
    pub classes: Vec<Option<Class>>,
    /// The page's main language, as given.
    pub main: Option<Lang>,
}

/// What the rules decided about a page: a decision per line (`Keep(Body)`
/// for the lines left to the classifier), and each line's key
/// ([`LineView::key`]) and NFKC normal form ([`LineView::norm`]), empty
/// for blank lines.
pub struct Ruled {
    pub decisions: Vec<Decision>,
    pub keys: Vec<String>,
    pub norms: Vec<String>,
}

/// Paragraphs of prose in a row that end a related section: the heading
/// was a label, such as a video player's "Up next", above the article.
const SECTION_PROSE_END: usize = 3;

/// A `block` context takes at most this many lines after its rule's line.
const BLOCK_MAX_LINES: usize = 8;

/// Lines of at most this many characters may be footer after a copyright
/// line.
const TAIL_MAX_CHARS: usize = 100;

impl Cleaner {
    pub fn new(rules: RuleSet, keep: KeepSet) -> Cleaner {
        Cleaner {
            rules,
            keep,
            words: FunctionWords::builtin(),
        }
    }

    /// The rules in use.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Decide every line of a document.
    pub fn clean(&self, text: &str, blocks: &[Block]) -> Vec<Decision> {
        let lines: Vec<&str> = blocks.iter().map(|b| b.text(text)).collect();
        self.clean_lines(&lines)
    }

    /// Decide every line, given the lines' text only (no languages).
    pub fn clean_lines(&self, lines: &[&str]) -> Vec<Decision> {
        self.analyse(lines, &[], None).decisions
    }

    /// Decide every line of a page, given each line's language (empty if
    /// unknown) and the page's main language.
    pub fn analyse(&self, lines: &[&str], langs: &[Option<Lang>], main: Option<Lang>) -> Analysis {
        self.resolve(lines, self.apply_rules(lines), langs, main)
    }

    /// The rest of [`Cleaner::analyse`] after [`Cleaner::apply_rules`]:
    /// the classifier decides the lines no rule removed, given each line's
    /// language (empty if unknown) and the page's main language.
    pub fn resolve(
        &self,
        lines: &[&str],
        ruled: Ruled,
        langs: &[Option<Lang>],
        main: Option<Lang>,
    ) -> Analysis {
        let Ruled {
            mut decisions,
            keys,
            ..
        } = ruled;
        let features: Vec<Option<Features>> = lines
            .iter()
            .enumerate()
            .map(|(i, line)| match decisions[i] {
                Decision::Keep(_) => Some(Features::measure(
                    line,
                    langs.get(i).copied().flatten(),
                    &self.words,
                )),
                _ => None,
            })
            .collect();
        let page = structure::Page {
            lines,
            keys: &keys,
            features: &features,
            main,
            keep: self.keep,
        };
        let classes = structure::resolve(&page, &mut decisions);
        Analysis {
            decisions,
            features,
            classes,
            main,
        }
    }

    /// The rules' decisions, with their contexts; `Keep(Body)` where no
    /// rule matched (the lines left to the classifier).
    pub fn apply_rules(&self, lines: &[&str]) -> Ruled {
        let blank: Vec<bool> = lines
            .iter()
            .map(|l| l.chars().all(crate::blocks::is_space))
            .collect();
        let mut decisions: Vec<Decision> = Vec::with_capacity(lines.len());
        let mut hits: Vec<Option<&Rule>> = Vec::with_capacity(lines.len());
        let mut contexts: Vec<(usize, &Rule)> = Vec::new();
        let mut keys: Vec<String> = Vec::with_capacity(lines.len());
        let mut norms: Vec<String> = Vec::with_capacity(lines.len());
        for (i, line) in lines.iter().enumerate() {
            if blank[i] {
                decisions.push(Decision::Blank);
                hits.push(None);
                keys.push(String::new());
                norms.push(String::new());
                continue;
            }
            let view = LineView::new(line);
            let mut first: Option<&Rule> = None;
            // Once a rule has matched, the line's decision is made: only
            // the rules that also act on its neighbours are still tried.
            for rule in self.rules.candidate_rules(&view) {
                if (first.is_some() && rule.context.is_none()) || !rule.matches(&view) {
                    continue;
                }
                first.get_or_insert(rule);
                if rule.context.is_some() {
                    contexts.push((i, rule));
                }
            }
            let (norm, key) = view.into_parts();
            keys.push(key);
            norms.push(norm);
            decisions.push(match first {
                Some(r) => Decision::Drop {
                    reason: r.reason,
                    rule: r.id.clone(),
                },
                None => Decision::Keep(Role::Body),
            });
            hits.push(first);
        }
        for (i, rule) in contexts {
            match rule.context {
                Some(Context::CaptionAbove)
                    if i > 0
                        && !blank[i - 1]
                        && hits[i - 1].is_none()
                        && decisions[i - 1] == Decision::Keep(Role::Body) =>
                {
                    decisions[i - 1] = Decision::Drop {
                        reason: Reason::ImageCaption,
                        rule: format!("{}:caption_above", rule.id),
                    };
                }
                Some(Context::CaptionAbove) => {}
                Some(Context::Section) => {
                    self.drop_section(lines, i, rule, &blank, &hits, &mut decisions)
                }
                Some(Context::Block) => {
                    for j in i + 1..lines.len().min(i + 1 + BLOCK_MAX_LINES) {
                        if blank[j] {
                            break;
                        }
                        if hits[j].is_none() {
                            decisions[j] = Decision::Drop {
                                reason: rule.block_reason,
                                rule: format!("{}:block", rule.id),
                            };
                        }
                    }
                }
                Some(Context::Tail) => {
                    for j in i + 1..lines.len() {
                        if hits[j].is_some_and(|r| r.context == Some(Context::Tail)) {
                            break; // that line's own tail covers the rest
                        }
                        if blank[j] || hits[j].is_some() {
                            continue;
                        }
                        if lines[j].chars().count() > TAIL_MAX_CHARS || ends_sentence(lines[j]) {
                            break;
                        }
                        decisions[j] = Decision::Drop {
                            reason: Reason::Footer,
                            rule: format!("{}:tail", rule.id),
                        };
                    }
                }
                None => {}
            }
        }
        Ruled {
            decisions,
            keys,
            norms,
        }
    }

    /// Whether a line in a related block looks like a teaser (kept under
    /// `--keep related`) rather than a link or label.
    fn teaser_shaped(&self, line: &str) -> bool {
        let f = Features::measure(line, None, &self.words);
        f.class() != Class::Bad && !f.link_like && f.title_sized()
    }

    /// Whether a line is a paragraph of prose.
    fn paragraph(&self, line: &str) -> bool {
        Features::measure(line, None, &self.words).class() == Class::Good
    }

    /// Whether the lines from `j` on are an article's prose: at least
    /// [`SECTION_PROSE_END`] paragraphs in a row (blank lines between
    /// allowed; a line a rule removed, or a line that is not prose, ends
    /// the run). A related block has at most a summary or two between its
    /// titles and labels.
    fn prose_follows(
        &self,
        lines: &[&str],
        j: usize,
        blank: &[bool],
        hits: &[Option<&Rule>],
    ) -> bool {
        let mut run = 0;
        for k in j..lines.len() {
            if blank[k] {
                continue;
            }
            if hits[k].is_some() || !self.paragraph(lines[k]) {
                return false;
            }
            run += 1;
            if run == SECTION_PROSE_END {
                return true;
            }
        }
        false
    }

    /// Drop (or keep as related) the lines after a section heading, up to a
    /// section break: two blank lines in a row, another section heading, or
    /// an article's prose ([`Cleaner::prose_follows`]: the heading was a
    /// label, such as a video player's "Up next", not the start of a related
    /// block).
    fn drop_section(
        &self,
        lines: &[&str],
        i: usize,
        rule: &Rule,
        blank: &[bool],
        hits: &[Option<&Rule>],
        decisions: &mut [Decision],
    ) {
        let mut blanks = 0;
        for j in i + 1..decisions.len() {
            if blank[j] {
                blanks += 1;
                if blanks >= 2 {
                    break;
                }
                continue;
            }
            blanks = 0;
            match hits[j] {
                Some(r) if r.context == Some(Context::Section) => break,
                Some(_) => continue,
                None => {}
            }
            if self.prose_follows(lines, j, blank, hits) {
                break;
            }
            decisions[j] = if self.keep.related
                && rule.block_reason == Reason::Related
                && self.teaser_shaped(lines[j])
            {
                Decision::Keep(Role::Related)
            } else {
                Decision::Drop {
                    reason: rule.block_reason,
                    rule: format!("{}:section", rule.id),
                }
            };
        }
    }
}

/// Whether a line ends like a sentence (., !, ?, 。, ！, ？, possibly followed
/// by closing quotes or brackets).
pub fn ends_sentence(line: &str) -> bool {
    let t = line
        .trim_end_matches(crate::blocks::is_space)
        .trim_end_matches(['"', '\'', '”', '’', '」', '』', ')', '）', ']']);
    t.ends_with(['.', '!', '?', '。', '！', '？', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decide(lines: &[&str], keep: KeepSet) -> Vec<Decision> {
        Cleaner::new(RuleSet::builtin(), keep).clean_lines(lines)
    }

    fn dropped(reason: Reason, rule: &str) -> Decision {
        Decision::Drop {
            reason,
            rule: rule.to_string(),
        }
    }

    const BODY: &str = "The two sides agreed to resolutely uphold the outcomes of the victory.";
    const BODY2: &str = "Both ministers said that the talks would continue in Moscow next year.";

    #[test]
    fn caption_above_an_ai_image_label() {
        let d = decide(
            &[
                "A caption for the picture.",
                "AIによって生成された画像",
                "",
                "Ministers pledge to uphold the outcomes",
                "",
                BODY,
            ],
            KeepSet::default(),
        );
        assert_eq!(
            d[0],
            dropped(Reason::ImageCaption, "ai_image_label:caption_above")
        );
        assert_eq!(d[1], dropped(Reason::AiLabel, "ai_image_label"));
        assert_eq!(d[3], Decision::Keep(Role::Title));
        assert_eq!(d[5], Decision::Keep(Role::Body));
    }

    /// A line's decision is its first matching rule's, but a later rule that
    /// also matches still acts on the neighbours: the rule loop stops trying
    /// plain rules once one has matched, never rules with a context.
    #[test]
    fn a_later_context_rule_acts_after_an_earlier_plain_rule_decides() {
        // Two rules on the same phrase, the same but for the second's context.
        let rule = |id: &str, extra: &str| {
            format!(
                r#"
[[rule]]
id = "{id}"
reason = "ai_label"
langs = ["en"]
match = "exact"
phrases = ["Made by a machine"]
{extra}
"#
            )
        };
        let file = rule("plain_first", "") + &rule("caption_later", "context = \"caption_above\"");
        let rules = rules::parse(&file, std::path::Path::new("test.toml")).unwrap();
        let d = Cleaner::new(RuleSet::new(rules), KeepSet::default()).clean_lines(&[
            "A caption for the picture.",
            "Made by a machine",
            "",
            BODY,
        ]);
        assert_eq!(
            d[0],
            dropped(Reason::ImageCaption, "caption_later:caption_above")
        );
        assert_eq!(d[1], dropped(Reason::AiLabel, "plain_first"));
        assert_eq!(d[3], Decision::Keep(Role::Body));
    }

    /// Three paragraphs of prose under a related heading are an article
    /// (the heading was a label above it); one or two summaries between
    /// teaser titles and labels are the related block's.
    #[test]
    fn prose_ends_a_related_section_but_teaser_summaries_do_not() {
        let p = [
            "A water main break early on Wednesday flooded several downtown streets and left dozens of businesses without water for hours.",
            "The pipe burst shortly after four in the morning near the intersection of Main and Fifth, sending water across the road, officials said.",
            "Crews had shut off the line by six and expected to finish their repairs by the evening, the director of public works told reporters.",
        ];
        let d = decide(&["Up Next", p[0], p[1], p[2]], KeepSet::default());
        assert_eq!(d[0], dropped(Reason::Related, "related_header"));
        assert!(d[1..].iter().all(Decision::is_kept), "{d:?}");

        let lines = [
            BODY,
            BODY2,
            "Related Stories",
            "",
            "Ministers meet again in Manila next week",
            "",
            p[0],
            "",
            p[1],
            "",
            "Iniulat ng AI",
            "",
            p[2],
        ];
        let d = decide(&lines, KeepSet::default());
        for i in [4, 6, 8, 12] {
            assert_eq!(
                d[i],
                dropped(Reason::Related, "related_header:section"),
                "line {i}"
            );
        }
    }

    #[test]
    fn related_block_runs_to_the_section_break() {
        let lines = [
            BODY,
            "Mga Kaugnay na Artikulo",
            "",
            "Ministers meet again in Manila next week",
            "",
            "Iniulat ng AI",
            "Rice prices expected to fall before Christmas",
            "",
            "\u{a0}",
            "Gumagamit ng cookies ang website na ito",
            "Trailing text after the article, far from it.",
        ];
        let d = decide(&lines, KeepSet::default());
        assert_eq!(d[1], dropped(Reason::Related, "related_header"));
        assert_eq!(d[3], dropped(Reason::Related, "related_header:section"));
        assert_eq!(d[5], dropped(Reason::AiLabel, "ai_label"));
        assert_eq!(d[6], dropped(Reason::Related, "related_header:section"));
        assert_eq!(d[9], dropped(Reason::CookieBanner, "cookie_notice"));
        assert_eq!(d[10], dropped(Reason::Boilerplate, structure::ids::OUTSIDE));
        let kept = decide(&lines, KeepSet { related: true });
        assert_eq!(kept[3], Decision::Keep(Role::Related));
    }

    #[test]
    fn footer_after_copyright_and_headings_between_paragraphs() {
        let lines = [
            BODY,
            "Strategic alignment",
            BODY2,
            "Copyright 2025. All rights reserved.",
            "License 0108263",
            "FOLLOW US",
        ];
        let d = decide(&lines, KeepSet::default());
        assert_eq!(d[0], Decision::Keep(Role::Body));
        assert_eq!(d[1], Decision::Keep(Role::Heading));
        assert_eq!(d[3], dropped(Reason::Copyright, "copyright"));
        assert_eq!(d[4], dropped(Reason::Footer, "copyright:tail"));
        assert!(matches!(d[5], Decision::Drop { .. }));
    }
}
