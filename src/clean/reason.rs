//! The closed sets the cleaning stage speaks in: why a line was removed
//! ([`Reason`]) and what a kept line is ([`Role`]).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Why a span of text was removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    CookieBanner,
    AiLabel,
    ImageCaption,
    Related,
    Navigation,
    Share,
    Byline,
    Footer,
    Copyright,
    Promo,
    PhotoCredit,
    Contact,
    SectionLabel,
    Newsletter,
    Comments,
    Ad,
    Tags,
    Counter,
    AuthorBox,
    Date,
    /// Found by the structural classifier rather than a named rule.
    Boilerplate,
}

impl Reason {
    pub const ALL: [Reason; 21] = [
        Reason::CookieBanner,
        Reason::AiLabel,
        Reason::ImageCaption,
        Reason::Related,
        Reason::Navigation,
        Reason::Share,
        Reason::Byline,
        Reason::Footer,
        Reason::Copyright,
        Reason::Promo,
        Reason::PhotoCredit,
        Reason::Contact,
        Reason::SectionLabel,
        Reason::Newsletter,
        Reason::Comments,
        Reason::Ad,
        Reason::Tags,
        Reason::Counter,
        Reason::AuthorBox,
        Reason::Date,
        Reason::Boilerplate,
    ];

    /// The snake_case name used in output and rule files.
    pub fn name(self) -> &'static str {
        match self {
            Reason::CookieBanner => "cookie_banner",
            Reason::AiLabel => "ai_label",
            Reason::ImageCaption => "image_caption",
            Reason::Related => "related",
            Reason::Navigation => "navigation",
            Reason::Share => "share",
            Reason::Byline => "byline",
            Reason::Footer => "footer",
            Reason::Copyright => "copyright",
            Reason::Promo => "promo",
            Reason::PhotoCredit => "photo_credit",
            Reason::Contact => "contact",
            Reason::SectionLabel => "section_label",
            Reason::Newsletter => "newsletter",
            Reason::Comments => "comments",
            Reason::Ad => "ad",
            Reason::Tags => "tags",
            Reason::Counter => "counter",
            Reason::AuthorBox => "author_box",
            Reason::Date => "date",
            Reason::Boilerplate => "boilerplate",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Reason {
    type Err = String;

    fn from_str(s: &str) -> Result<Reason, String> {
        Reason::ALL
            .into_iter()
            .find(|r| r.name() == s)
            .ok_or_else(|| {
                let names: Vec<_> = Reason::ALL.iter().map(|r| r.name()).collect();
                format!("unknown reason {s:?} (one of {})", names.join(", "))
            })
    }
}

/// What a kept segment is in the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Title,
    Heading,
    Body,
    /// A related-article teaser, kept only with `--keep related`.
    Related,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Heading => "heading",
            Role::Body => "body",
            Role::Related => "related",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for r in Reason::ALL {
            assert_eq!(r.name().parse::<Reason>().unwrap(), r);
            assert_eq!(
                serde_json::to_string(&r).unwrap(),
                format!("\"{}\"", r.name())
            );
        }
        assert!("nope"
            .parse::<Reason>()
            .unwrap_err()
            .contains("cookie_banner"));
    }
}
