//! Language of Latin-script text: whatlang restricted to the candidate
//! languages as the fast path, lingua where whatlang is unsure or the text is
//! short, and function-word counts to settle short lines that both
//! statistical models get wrong ("I am begging pardon" is Tagalog to both).
//!
//! It answers for one piece of text at a time; context (neighbours, the
//! document's main language) is applied by [`super::Detector`].

use lingua::{LanguageDetector, LanguageDetectorBuilder};

use super::Lang;

/// Letters from which whatlang alone is trusted when it says it is reliable.
const WHATLANG_MIN_LETTERS: usize = 60;

/// Function words per language: short, frequent, and rare in the other
/// candidate languages. Used as evidence on short text.
const FUNCTION_WORDS: [(Lang, &[&str]); 7] = [
    (
        Lang::En,
        &[
            "the",
            "of",
            "and",
            "to",
            "is",
            "are",
            "was",
            "were",
            "i",
            "am",
            "you",
            "he",
            "she",
            "it",
            "we",
            "they",
            "this",
            "that",
            "with",
            "for",
            "on",
            "at",
            "by",
            "from",
            "have",
            "has",
            "be",
            "not",
            "or",
            "my",
            "your",
            "our",
            "their",
            "will",
            "would",
            "what",
            "which",
            "who",
            "how",
            "more",
            "read",
            "share",
            "about",
            "all",
            "image",
            "generated",
        ],
    ),
    (
        Lang::Tl,
        &[
            "ang",
            "ng",
            "mga",
            "sa",
            "na",
            "ay",
            "si",
            "ni",
            "nang",
            "at",
            "ko",
            "mo",
            "ako",
            "ikaw",
            "siya",
            "kami",
            "tayo",
            "sila",
            "hindi",
            "po",
            "lang",
            "din",
            "rin",
            "pa",
            "naman",
            "kung",
            "para",
            "ito",
            "iyon",
            "niya",
            "nila",
            "namin",
            "natin",
            "may",
            "mayroon",
            "wala",
            "dahil",
            "pero",
            "ba",
            "kay",
            "kina",
            "yung",
            "ng",
            "basahin",
            "tanggihan",
            "tanggapin",
            "gumagamit",
            "larawang",
            "ginawa",
            "iniulat",
        ],
    ),
    (
        Lang::Es,
        &[
            "el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "es", "por",
            "con", "para", "se", "su", "al", "lo", "como", "más", "pero", "sus", "este", "esta",
        ],
    ),
    (
        Lang::Id,
        &[
            "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak", "dalam",
            "akan", "pada", "juga", "oleh", "adalah", "kami", "saya", "anda", "telah", "sudah",
        ],
    ),
    (
        Lang::Fr,
        &[
            "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "que",
            "pas", "sur", "au", "aux", "avec", "ce", "cette", "nous", "vous", "sont", "il",
        ],
    ),
    (
        Lang::De,
        &[
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "mit",
            "auf", "für", "von", "sich", "auch", "wir", "sie", "ich", "wird", "werden",
        ],
    ),
    (
        Lang::Pt,
        &[
            "o", "os", "as", "do", "da", "dos", "das", "não", "uma", "um", "em", "é", "com",
            "para", "que", "por", "mais", "como", "mas", "ao", "seu", "sua",
        ],
    ),
];

/// A language answer for a piece of Latin text: the best language, its
/// confidence, and the scores of the others (for context decisions).
#[derive(Debug, Clone, PartialEq)]
pub struct LatinGuess {
    pub lang: Lang,
    pub conf: f32,
    /// Confidence per candidate, best first (empty when whatlang decided).
    pub scores: Vec<(Lang, f32)>,
}

impl LatinGuess {
    /// The score of `lang` among the alternatives.
    pub fn score_of(&self, lang: Lang) -> f32 {
        if lang == self.lang {
            return self.conf;
        }
        self.scores
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(0.0, |&(_, s)| s)
    }
}

/// Detector for Latin-script text, built once for a set of candidates.
pub struct LatinDetector {
    langs: Vec<Lang>,
    whatlang: whatlang::Detector,
    lingua: LanguageDetector,
}

impl LatinDetector {
    /// Build for `candidates` (non-Latin ones are ignored). Returns `None`
    /// when no Latin-script language is among them.
    pub fn new(candidates: &[Lang]) -> Option<LatinDetector> {
        let langs: Vec<Lang> = candidates
            .iter()
            .copied()
            .filter(|l| l.is_latin())
            .collect();
        match langs.len() {
            0 => return None,
            1 => {
                return Some(LatinDetector {
                    whatlang: whatlang::Detector::with_allowlist(vec![langs[0].to_whatlang()?]),
                    lingua: LanguageDetectorBuilder::from_languages(&[
                        langs[0].to_lingua()?,
                        lingua::Language::English,
                    ])
                    .build(),
                    langs,
                })
            }
            _ => {}
        }
        let wl = langs.iter().filter_map(|l| l.to_whatlang()).collect();
        let li: Vec<_> = langs.iter().filter_map(|l| l.to_lingua()).collect();
        Some(LatinDetector {
            whatlang: whatlang::Detector::with_allowlist(wl),
            lingua: LanguageDetectorBuilder::from_languages(&li)
                .with_preloaded_language_models()
                .build(),
            langs,
        })
    }

    /// Language of `text`, or `None` when it has too few letters to tell.
    pub fn detect(&self, text: &str, letters: usize) -> Option<LatinGuess> {
        if letters < 2 {
            return None;
        }
        if self.langs.len() == 1 {
            return Some(LatinGuess {
                lang: self.langs[0],
                conf: 1.0,
                scores: Vec::new(),
            });
        }
        if letters >= WHATLANG_MIN_LETTERS {
            if let Some(info) = self.whatlang.detect(text) {
                if info.is_reliable() {
                    if let Some(lang) = Lang::from_whatlang(info.lang()) {
                        return Some(LatinGuess {
                            lang,
                            conf: info.confidence() as f32,
                            scores: Vec::new(),
                        });
                    }
                }
            }
        }
        let mut scores: Vec<(Lang, f32)> = self
            .lingua
            .compute_language_confidence_values(text)
            .into_iter()
            .filter_map(|(l, c)| Some((Lang::from_lingua(l)?, c as f32)))
            .filter(|(l, _)| self.langs.contains(l))
            .collect();
        if letters < WHATLANG_MIN_LETTERS {
            apply_function_words(text, &self.langs, &mut scores);
        }
        scores.sort_by(|a, b| b.1.total_cmp(&a.1));
        let (lang, conf) = *scores.first()?;
        Some(LatinGuess {
            lang,
            conf,
            scores: scores[1..].to_vec(),
        })
    }
}

/// Move probability mass towards languages whose function words the text
/// uses, and away from languages none of whose function words appear.
fn apply_function_words(text: &str, langs: &[Lang], scores: &mut [(Lang, f32)]) {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    if words.is_empty() {
        return;
    }
    let hits = |lang: Lang| -> usize {
        FUNCTION_WORDS
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(0, |(_, list)| {
                words.iter().filter(|w| list.contains(&w.as_str())).count()
            })
    };
    let counts: Vec<(Lang, usize)> = langs.iter().map(|&l| (l, hits(l))).collect();
    let best = counts.iter().map(|c| c.1).max().unwrap_or(0);
    if best == 0 {
        return;
    }
    let total: usize = counts.iter().map(|c| c.1).sum();
    for (lang, score) in scores.iter_mut() {
        let h = counts.iter().find(|c| c.0 == *lang).map_or(0, |c| c.1);
        let share = h as f32 / total as f32;
        // Blend: function words weigh as much as the model on short text.
        *score = 0.5 * *score + 0.5 * share;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector() -> LatinDetector {
        LatinDetector::new(&Lang::DEFAULT_CANDIDATES).unwrap()
    }

    fn letters(s: &str) -> usize {
        s.chars().filter(|c| c.is_alphabetic()).count()
    }

    #[test]
    fn short_lines_that_peers_get_wrong() {
        let d = detector();
        let cases = [
            ("I am begging pardon", Lang::En),
            ("AI-generated image", Lang::En),
            ("Gumagamit ng cookies ang website na ito", Lang::Tl),
            ("Mga Kaugnay na Artikulo", Lang::Tl),
            ("Larawang ginawa ng AI", Lang::Tl),
        ];
        for (text, want) in cases {
            let g = d.detect(text, letters(text)).unwrap();
            assert_eq!(g.lang, want, "{text}: {g:?}");
        }
    }

    #[test]
    fn long_text_takes_the_fast_path() {
        let d = detector();
        let text = "The two sides agreed to resolutely uphold the outcomes of World War II victory achieved with sacrifice and blood.";
        let g = d.detect(text, letters(text)).unwrap();
        assert_eq!(g.lang, Lang::En);
        assert!(g.scores.is_empty());
        assert!(d.detect("a", 1).is_none());
    }
}
