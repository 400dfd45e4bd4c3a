//! Lists inside an article: which lines start like list items, and which
//! runs of them stay (with the heading above them) because content
//! surrounds them. Used by [`super::structure`]; the lines around a list are
//! its business, not this module's.

use rustc_hash::FxHashMap;

use super::article::neighbour;
use super::features::Class;
use super::reason::{Reason, Role};
use super::structure::{next_is_content, prev_is_content, Page};
use super::Decision;

/// Whether a line starts like a list item: a bullet, or a number and `.`
/// or `)`.
pub fn is_list_item(line: &str) -> bool {
    let t = line.trim_start_matches(crate::blocks::is_space);
    let bullet = t.starts_with(['•', '・', '·', '▪', '■', '◆', '●', '○', '✓', '✔', '→'])
        || ["- ", "– ", "— ", "* ", "+ "]
            .iter()
            .any(|b| t.starts_with(b));
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    let mut after = t[digits..].chars();
    let numbered = (1..=2).contains(&digits)
        && matches!(after.next(), Some('.' | ')' | '）'))
        && after
            .next()
            .is_some_and(|c| c.is_whitespace() || !c.is_ascii());
    bullet || numbered
}

/// The lines of bulleted or numbered lists that stay: a run of list items
/// (blank lines between allowed) with content after it and, before it,
/// content or a heading-shaped line that itself follows content (which then
/// stays as the list's heading).
pub(super) fn list_roles(
    page: &Page,
    decisions: &[Decision],
    class: &[Option<Class>],
    title: Option<usize>,
) -> FxHashMap<usize, Role> {
    let item = |j: usize| {
        class[j].is_some()
            && page.features[j].as_ref().is_some_and(|f| !f.link_like)
            && is_list_item(page.lines[j])
    };
    let mut out = FxHashMap::default();
    let mut i = 0;
    while i < decisions.len() {
        if !item(i) {
            i += 1;
            continue;
        }
        let mut run = vec![i];
        while let Some(j) = neighbour(decisions, *run.last().unwrap(), true).filter(|&j| item(j)) {
            run.push(j);
        }
        let last = *run.last().unwrap();
        i = last + 1;
        if !next_is_content(decisions, class, last) || under_promo(decisions, run[0]) {
            continue;
        }
        let heading = neighbour(decisions, run[0], false).filter(|&h| {
            class[h] == Some(Class::Short)
                && page.features[h]
                    .as_ref()
                    .is_some_and(|f| f.heading_shaped(page.lines[h]))
                && prev_is_content(decisions, class, h, title)
        });
        if heading.is_none() && !prev_is_content(decisions, class, run[0], title) {
            continue;
        }
        out.extend(run.into_iter().map(|j| (j, Role::Body)));
        out.extend(heading.map(|h| (h, Role::Heading)));
    }
    out
}

/// Whether the line before `i` (blanks skipped) is a promo or related
/// link: a list right under "Read more: ..." is more links.
fn under_promo(decisions: &[Decision], i: usize) -> bool {
    (0..i)
        .rev()
        .find(|&j| decisions[j] != Decision::Blank)
        .is_some_and(|j| {
            matches!(
                decisions[j],
                Decision::Drop {
                    reason: Reason::Promo | Reason::Related,
                    ..
                }
            )
        })
}
