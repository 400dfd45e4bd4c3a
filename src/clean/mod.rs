//! Cleaning: the decision, line by line, of what is article content and what
//! is page chrome, with a recorded reason and rule for every removal, and the
//! role (title, heading, body) of what stays.
//!
//! Rules come from data ([`rules`]); this module applies them with their
//! context (a caption above an AI-image label, a related-articles block to
//! the end of its section, footer lines after a copyright line) and assigns
//! roles. It does not detect languages or write output.

pub mod reason;
pub mod rules;

pub use reason::{Reason, Role};
pub use rules::{Context, LineView, Rule, RuleError, RuleSet};

use crate::blocks::Block;

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

/// The cleaning stage, built once from the rules and shared.
pub struct Cleaner {
    rules: RuleSet,
    keep: KeepSet,
}

/// Lines of at most this many characters may be footer after a copyright
/// line.
const TAIL_MAX_CHARS: usize = 100;

impl Cleaner {
    pub fn new(rules: RuleSet, keep: KeepSet) -> Cleaner {
        Cleaner { rules, keep }
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

    /// Decide every line, given the lines' text.
    pub fn clean_lines(&self, lines: &[&str]) -> Vec<Decision> {
        let blank: Vec<bool> = lines
            .iter()
            .map(|l| l.chars().all(crate::blocks::is_space))
            .collect();
        let mut decisions: Vec<Decision> = Vec::with_capacity(lines.len());
        let mut hits: Vec<Option<&Rule>> = Vec::with_capacity(lines.len());
        let mut contexts: Vec<(usize, &Rule)> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if blank[i] {
                decisions.push(Decision::Blank);
                hits.push(None);
                continue;
            }
            let view = LineView::new(line);
            let mut first: Option<&Rule> = None;
            for rule in self.rules.rules.iter().filter(|r| r.matches(&view)) {
                first.get_or_insert(rule);
                if rule.context.is_some() {
                    contexts.push((i, rule));
                }
            }
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
                Some(Context::CaptionAbove) if i > 0 && !blank[i - 1] && hits[i - 1].is_none() => {
                    decisions[i - 1] = Decision::Drop {
                        reason: Reason::ImageCaption,
                        rule: format!("{}:caption_above", rule.id),
                    };
                }
                Some(Context::CaptionAbove) => {}
                Some(Context::Section) => self.drop_section(i, rule, &blank, &hits, &mut decisions),
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
        assign_roles(lines, &mut decisions);
        decisions
    }

    /// Drop (or keep as related) the lines after a section heading, up to a
    /// section break: two blank lines in a row, or another section heading.
    fn drop_section(
        &self,
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
            decisions[j] = if self.keep.related && rule.block_reason == Reason::Related {
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

/// Whether a kept line has the shape of a title or heading: short, not a
/// sentence.
fn heading_shaped(line: &str, max_chars: usize) -> bool {
    let t = line.trim_matches(crate::blocks::is_space);
    let chars = t.chars().count();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    chars <= max_chars
        && letters >= 2
        && !ends_sentence(t)
        && !t.ends_with([',', ':', ';', '、', '：'])
        && t.split_whitespace().count() <= 16
}

/// The first kept line is the title when it is shaped like one; later
/// heading-shaped lines followed by more content are headings.
fn assign_roles(lines: &[&str], decisions: &mut [Decision]) {
    let kept: Vec<usize> = (0..decisions.len())
        .filter(|&i| decisions[i] == Decision::Keep(Role::Body))
        .collect();
    for (k, &i) in kept.iter().enumerate() {
        let has_body_after = kept[k + 1..]
            .iter()
            .any(|&j| !heading_shaped(lines[j], 100));
        if k == 0 && heading_shaped(lines[i], 200) && has_body_after {
            decisions[i] = Decision::Keep(Role::Title);
        } else if k > 0 && heading_shaped(lines[i], 100) && has_body_after {
            decisions[i] = Decision::Keep(Role::Heading);
        }
    }
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

    #[test]
    fn caption_above_an_ai_image_label() {
        let d = decide(
            &[
                "A caption for the picture.",
                "AIによって生成された画像",
                "",
                "Title here",
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

    #[test]
    fn related_block_runs_to_the_section_break() {
        let lines = [
            BODY,
            "Mga Kaugnay na Artikulo",
            "",
            "Teaser one.",
            "",
            "Iniulat ng AI",
            "Teaser two.",
            "",
            "\u{a0}",
            "Gumagamit ng cookies ang website na ito",
            "Trailing text.",
        ];
        let d = decide(&lines, KeepSet::default());
        assert_eq!(d[1], dropped(Reason::Related, "related_header"));
        assert_eq!(d[3], dropped(Reason::Related, "related_header:section"));
        assert_eq!(d[5], dropped(Reason::AiLabel, "ai_label"));
        assert_eq!(d[6], dropped(Reason::Related, "related_header:section"));
        assert_eq!(d[9], dropped(Reason::CookieBanner, "cookie_notice"));
        assert_eq!(d[10], Decision::Keep(Role::Body));
        let kept = decide(&lines, KeepSet { related: true });
        assert_eq!(kept[3], Decision::Keep(Role::Related));
    }

    #[test]
    fn footer_after_copyright_and_headings_between_paragraphs() {
        let lines = [
            BODY,
            "Strategic alignment",
            BODY,
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
