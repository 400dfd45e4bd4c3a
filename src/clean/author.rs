//! The author's bio at the foot of a column: a line that opens with the
//! name the page gives as its byline ("Ruth Abernathy" at the top, "Ruth
//! Abernathy is a retired teacher and ..." or "Ruth has ..." at the end)
//! and goes on to say who that is. Used by [`super::structure`]; it finds names in Latin
//! script only and does not decide any other line.

use super::features::Class;
use super::reason::Reason;
use super::structure::Page;
use super::Decision;

/// The id the structural pass reports for a bio it removes.
pub const BIO: &str = "structure:author_bio";

/// Words that may open a byline before the name.
const BYLINE_LEADS: [&str; 9] = [
    "by", "ni", "author", "authors", "words", "written", "posted", "reporter", "writer",
];

/// What follows the name at the start of a bio.
const BIO_VERBS: [&str; 12] = [
    " is ",
    " was ",
    " has ",
    " had ",
    " writes ",
    " lives ",
    " teaches ",
    " works ",
    " covers ",
    ", a ",
    ", an ",
    ", the ",
];

/// Longest bio line, in characters.
const BIO_MAX_CHARS: usize = 400;

/// A full name: two to four capitalised words, nothing else.
fn full_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = |w: &&str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
    };
    ((2..=4).contains(&words.len()) && words.iter().all(capitalised)).then(|| words.join(" "))
}

/// The name in a byline line: the line itself ("Ruth Abernathy"), or what
/// follows a lead word ("By Ruth Abernathy", "Author: Ruth Abernathy") up
/// to a separator.
fn byline_name(line: &str) -> Option<String> {
    let t = line.trim();
    let Some((_, rest)) = t
        .split_once([' ', ':'])
        .filter(|(lead, _)| BYLINE_LEADS.contains(&lead.to_lowercase().as_str()))
    else {
        return full_name(t);
    };
    let rest = rest.trim_start_matches([' ', ':']);
    let rest = rest.strip_prefix("by ").unwrap_or(rest);
    let name = rest.split([',', '|', '/', '–', '—']).next()?;
    let name = name.split(" - ").next()?;
    full_name(name.trim())
}

/// Whether line `i` may name the author: a line a rule removed as a
/// byline, or an open short line.
fn may_name(decisions: &[Decision], class: &[Option<Class>], i: usize) -> bool {
    class[i] == Some(Class::Short)
        || matches!(
            decisions[i],
            Decision::Drop {
                reason: Reason::Byline,
                ..
            }
        )
}

/// Drop, as author box, the open lines that open with a byline's name (in
/// full, or the first or last name alone) and say who that is, with a good line between the byline and them.
pub fn drop_bios(page: &Page, decisions: &mut [Decision], class: &mut [Option<Class>]) {
    let mut pending: Vec<String> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for i in 0..decisions.len() {
        if class[i] == Some(Class::Good) {
            names.append(&mut pending);
        }
        if may_name(decisions, class, i) {
            if let Some(name) = byline_name(page.lines[i]) {
                // The full name, and the first and last name alone ("Ravi
                // has tested headphones for a decade").
                let words: Vec<&str> = name.split(' ').collect();
                pending.extend([words[0], words[words.len() - 1]].map(String::from));
                pending.push(name);
            }
        }
        if class[i].is_none() || names.is_empty() {
            continue;
        }
        let line = page.lines[i].trim();
        // The name first: it reads a few bytes of the line, where its
        // length reads them all (a paragraph's, on most lines).
        let bio = names.iter().any(|name| {
            line.strip_prefix(name.as_str())
                .is_some_and(|rest| BIO_VERBS.iter().any(|v| rest.starts_with(v)))
        }) && line.chars().count() <= BIO_MAX_CHARS;
        if bio {
            decisions[i] = Decision::Drop {
                reason: Reason::AuthorBox,
                rule: BIO.to_string(),
            };
            class[i] = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_bylines() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Ruth Abernathy", Some("Ruth Abernathy")),
            ("By Ruth Abernathy", Some("Ruth Abernathy")),
            ("Author: Jessica Moreno", Some("Jessica Moreno")),
            (
                "By: Carla Dimaculangan - Reporter / @CDima",
                Some("Carla Dimaculangan"),
            ),
            ("Posted by Dana Whitfield in Engineering", None),
            ("By Linh Tran and Marcus Hale", None),
            ("Local News", Some("Local News")),
            ("Sports", None),
            ("The council met on Monday.", None),
        ];
        for (line, want) in cases {
            assert_eq!(byline_name(line).as_deref(), *want, "{line}");
        }
    }
}
