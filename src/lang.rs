//! The closed set of languages langsift reports, with their codes and the
//! mappings to and from the detector crates it builds on (whatlang, lingua).
//!
//! This module owns naming only: which language a piece of text is in is
//! decided by [`crate::detect`].

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// A language langsift can label a segment with.
///
/// `Und` ("undetermined") is used where no language can be told, e.g. a line
/// of digits and symbols, or text in a language outside the candidate set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Ja,
    Tl,
    Zh,
    Ko,
    Es,
    Id,
    Fr,
    De,
    Pt,
    Und,
}

impl Lang {
    /// Every language with a code, `Und` last.
    pub const ALL: [Lang; 11] = [
        Lang::En,
        Lang::Ja,
        Lang::Tl,
        Lang::Zh,
        Lang::Ko,
        Lang::Es,
        Lang::Id,
        Lang::Fr,
        Lang::De,
        Lang::Pt,
        Lang::Und,
    ];

    /// The default candidate set: the languages of our users' pages plus
    /// common languages that must come out as themselves rather than as a
    /// confident wrong label.
    pub const DEFAULT_CANDIDATES: [Lang; 10] = [
        Lang::En,
        Lang::Ja,
        Lang::Tl,
        Lang::Zh,
        Lang::Ko,
        Lang::Es,
        Lang::Id,
        Lang::Fr,
        Lang::De,
        Lang::Pt,
    ];

    /// ISO 639-1 code (`und` for [`Lang::Und`]).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Tl => "tl",
            Lang::Zh => "zh",
            Lang::Ko => "ko",
            Lang::Es => "es",
            Lang::Id => "id",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Pt => "pt",
            Lang::Und => "und",
        }
    }

    /// Whether the language is written in Latin script (and so needs a
    /// statistical detector rather than a script rule).
    pub fn is_latin(self) -> bool {
        !matches!(self, Lang::Ja | Lang::Zh | Lang::Ko | Lang::Und)
    }

    /// The whatlang language for this one, if any.
    pub fn to_whatlang(self) -> Option<whatlang::Lang> {
        use whatlang::Lang as W;
        Some(match self {
            Lang::En => W::Eng,
            Lang::Ja => W::Jpn,
            Lang::Tl => W::Tgl,
            Lang::Zh => W::Cmn,
            Lang::Ko => W::Kor,
            Lang::Es => W::Spa,
            Lang::Id => W::Ind,
            Lang::Fr => W::Fra,
            Lang::De => W::Deu,
            Lang::Pt => W::Por,
            Lang::Und => return None,
        })
    }

    /// The langsift language for a whatlang one, if it is in the set.
    pub fn from_whatlang(lang: whatlang::Lang) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.to_whatlang() == Some(lang))
    }

    /// The lingua language for this one, if any.
    pub fn to_lingua(self) -> Option<lingua::Language> {
        use lingua::Language as L;
        Some(match self {
            Lang::En => L::English,
            Lang::Ja => L::Japanese,
            Lang::Tl => L::Tagalog,
            Lang::Zh => L::Chinese,
            Lang::Ko => L::Korean,
            Lang::Es => L::Spanish,
            Lang::Id => L::Indonesian,
            Lang::Fr => L::French,
            Lang::De => L::German,
            Lang::Pt => L::Portuguese,
            Lang::Und => return None,
        })
    }

    /// The langsift language for a lingua one, if it is in the set.
    pub fn from_lingua(lang: lingua::Language) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.to_lingua() == Some(lang))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// The error for a language code langsift does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language code {0:?} (known: en, ja, tl, zh, ko, es, id, fr, de, pt)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        let s = s.trim().to_ascii_lowercase();
        let alias = match s.as_str() {
            "fil" | "tgl" => "tl",
            "eng" => "en",
            "jpn" => "ja",
            "zho" | "cmn" => "zh",
            other => other,
        };
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == alias)
            .ok_or(UnknownLang(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(l.code().parse::<Lang>().unwrap(), l);
        }
        assert_eq!("fil".parse::<Lang>().unwrap(), Lang::Tl);
        assert!("xx".parse::<Lang>().is_err());
    }

    #[test]
    fn detector_mappings_round_trip() {
        for l in Lang::DEFAULT_CANDIDATES {
            assert_eq!(Lang::from_whatlang(l.to_whatlang().unwrap()), Some(l));
            assert_eq!(Lang::from_lingua(l.to_lingua().unwrap()), Some(l));
        }
    }
}
