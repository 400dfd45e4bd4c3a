//! Language of one piece of Latin-script text, cheapest evidence first:
//! function-word counts when they are decisive ([`super::words`]); else
//! whatlang restricted to the candidate languages, trusted on long text when
//! it says it is reliable and on short text when the function words or the
//! document's prior agree with it; else lingua, weighing only the
//! languages in contention (those the function words tie on, the
//! context's and whatlang's; all of them when nothing narrows the choice),
//! blended with the function words on short text. Function words settle
//! short lines that both statistical models get wrong ("I am begging
//! pardon" is Tagalog to both).
//!
//! Where the function words do not decide, a caller that needs only a
//! rough answer ([`Depth::Words`]: the cleaning stage, for lines it may
//! yet drop) gets the words' lean or the context's language instead of
//! the models', which cost a hundred times more than the words.
//!
//! It answers for one piece of text at a time; cutting a piece where its
//! language switches is [`super::clause`]'s work, and context (neighbours,
//! the document's main language) is applied by [`super::Detector`].

use std::sync::OnceLock;

use lingua::{LanguageDetector, LanguageDetectorBuilder};

use super::words::{FunctionWords, Hits, WORD_LANGS};
use super::Lang;

/// Letters from which whatlang alone is trusted when it says it is reliable.
const WHATLANG_MIN_LETTERS: usize = 60;

/// Letters up to which text without function words takes its context's
/// language rather than a model's guess.
const PRIOR_MAX_LETTERS: usize = 20;

/// How far a guess goes where the function words do not decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// No statistical model: the language the function words lean to,
    /// else the context's (the document's prior, the sentence around a
    /// clause), else the first candidate among those the function words
    /// tie on (among all, when there are none), each with a modest
    /// confidence.
    ///
    /// What the cleaning stage needs of a line it may yet drop (which
    /// function-word list to count it with, whether it is in another
    /// language than the page), without paying for whatlang and lingua
    /// on chrome that is then thrown away.
    Words,
    /// whatlang, then lingua (see [`LatinDetector::model`]).
    Models,
}

/// A language answer for a piece of Latin text: the best language, its
/// confidence, and the scores of the others (for context decisions).
#[derive(Debug, Clone, PartialEq)]
pub struct LatinGuess {
    pub lang: Lang,
    pub conf: f32,
    /// Confidence of every other candidate, best first (empty when only
    /// one language is a candidate).
    pub scores: Scores,
}

/// The scores of a guess's alternatives, at most one per Latin-script
/// language (the only ones the Latin detector scores), kept inline: a
/// guess is made for every sentence and many clauses, and most are dropped
/// soon after, so a heap allocation each would cost more than the guess.
#[derive(Debug, Clone, Copy)]
pub struct Scores {
    len: u8,
    items: [(Lang, f32); LATIN_LANGS],
}

/// The Latin-script languages of [`Lang`] (a test checks the count).
const LATIN_LANGS: usize = 7;

impl Default for Scores {
    fn default() -> Scores {
        Scores {
            len: 0,
            items: [(Lang::Und, 0.0); LATIN_LANGS],
        }
    }
}

impl Scores {
    /// Add a score. There is one Latin-script language per score, so the
    /// inline room (one per such language) is enough; a score past it
    /// would be a bug, and is dropped.
    pub fn push(&mut self, score: (Lang, f32)) {
        debug_assert!(self.len() < LATIN_LANGS, "more scores than languages");
        if let Some(slot) = self.items.get_mut(usize::from(self.len)) {
            *slot = score;
            self.len += 1;
        }
    }

    /// Remove and return the score at `i`, keeping the order of the rest.
    pub fn remove(&mut self, i: usize) -> (Lang, f32) {
        let out = self[i];
        self.items.copy_within(i + 1..usize::from(self.len), i);
        self.len -= 1;
        out
    }
}

impl std::ops::Deref for Scores {
    type Target = [(Lang, f32)];
    fn deref(&self) -> &[(Lang, f32)] {
        &self.items[..usize::from(self.len)]
    }
}

impl std::ops::DerefMut for Scores {
    fn deref_mut(&mut self) -> &mut [(Lang, f32)] {
        &mut self.items[..usize::from(self.len)]
    }
}

impl PartialEq for Scores {
    fn eq(&self, other: &Scores) -> bool {
        **self == **other
    }
}

impl FromIterator<(Lang, f32)> for Scores {
    fn from_iter<I: IntoIterator<Item = (Lang, f32)>>(iter: I) -> Scores {
        let mut s = Scores::default();
        for score in iter {
            s.push(score);
        }
        s
    }
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
    /// lingua for sets of candidates, indexed by bit set (bit `i` for
    /// `langs[i]`), each built when first needed: when the cheap evidence
    /// has narrowed the choice to a few languages, lingua weighs only
    /// those, several times faster than all of them.
    subsets: Vec<OnceLock<LanguageDetector>>,
    words: FunctionWords,
}

impl LatinDetector {
    /// Build for `candidates` (non-Latin ones are ignored). Returns `None`
    /// when no Latin-script language is among them.
    pub fn new(candidates: &[Lang]) -> Option<LatinDetector> {
        // Each Latin-script language once (at most seven: lingua's sets of
        // them are indexed by a byte of bits).
        let mut langs: Vec<Lang> = Vec::new();
        for &l in candidates {
            if l.is_latin() && !langs.contains(&l) {
                langs.push(l);
            }
        }
        let first = *langs.first()?;
        let mut li: Vec<_> = langs.iter().filter_map(|l| l.to_lingua()).collect();
        if li.len() == 1 {
            // lingua needs two languages; English is the usual other one.
            let other = if first == Lang::En {
                Lang::Tl
            } else {
                Lang::En
            };
            li.extend(other.to_lingua());
        }
        let wl = langs.iter().filter_map(|l| l.to_whatlang()).collect();
        let lingua = LanguageDetectorBuilder::from_languages(&li)
            .with_preloaded_language_models()
            .build();
        // The models are loaded once, globally, by the detector above; the
        // detectors for fewer languages share them.
        let subsets = (0..1usize << langs.len())
            .map(|_| OnceLock::new())
            .collect();
        Some(LatinDetector {
            whatlang: whatlang::Detector::with_allowlist(wl),
            lingua,
            subsets,
            words: FunctionWords::new(),
            langs,
        })
    }

    /// The Latin-script candidate languages.
    pub fn langs(&self) -> &[Lang] {
        &self.langs
    }

    /// The function-word table.
    pub fn words(&self) -> &FunctionWords {
        &self.words
    }

    /// Language of `text` from function words when they are decisive,
    /// else from the statistical models; `None` when it has too few letters
    /// to tell.
    pub fn detect(&self, text: &str, letters: usize, prior: Option<Lang>) -> Option<LatinGuess> {
        self.detect_to(text, letters, prior, Depth::Models)
    }

    /// [`LatinDetector::detect`], going no further than `depth`.
    pub fn detect_to(
        &self,
        text: &str,
        letters: usize,
        prior: Option<Lang>,
        depth: Depth,
    ) -> Option<LatinGuess> {
        if letters < 2 {
            return None;
        }
        let hits = self.words.hits(text);
        if let Some(guess) = self.decisive(&hits) {
            return Some(guess);
        }
        self.model_around(text, letters, &hits, prior, None, depth)
    }

    /// The answer function words alone give, when they give a clear one:
    /// at least two hits, a lead of two over any other language and twice
    /// its hits; or, where words shared by several languages (Spanish,
    /// French and Portuguese `la`, `de`, `que`) blur the counts, a lead of
    /// two and at least two words of that language only, against none of
    /// any other.
    pub fn decisive(&self, hits: &Hits) -> Option<LatinGuess> {
        if self.langs.len() == 1 {
            return Some(self.single(hits));
        }
        let (top, n, second) = clear_top(hits, self.langs.iter().copied())?;
        let lead = (n - second) as f32;
        let conf = (0.86 + 0.03 * lead).min(0.99);
        Some(self.peaked(top, conf))
    }

    /// Whether the function words show two languages at once, each with at
    /// least two words of its own ("Grabe ang traffic kanina, I was late
    /// for my meeting"): text to be judged clause by clause.
    pub fn is_mixed(&self, hits: &Hits) -> bool {
        self.langs
            .iter()
            .filter(|&&l| hits.exclusive_of(l) >= 2)
            .count()
            >= 2
    }

    /// The language the function words lean to, if any, with a modest
    /// confidence.
    pub fn leaning(&self, hits: &Hits) -> Option<LatinGuess> {
        let (top, n, second) = self.top_hits(hits);
        (n > second).then(|| self.peaked(top, 0.7))
    }

    /// Whether the function words point, decisively, to a language with a
    /// word list that is not a candidate (Spanish text when Spanish is
    /// not among `--langs`): such text is `und` rather than a confident
    /// wrong label.
    pub fn is_foreign(&self, hits: &Hits) -> bool {
        clear_top(hits, WORD_LANGS.into_iter())
            .is_some_and(|(top, n, _)| n >= 3 && !self.langs.contains(&top))
    }

    /// The language with most hits, its hits, and the runner-up's hits.
    fn top_hits(&self, hits: &Hits) -> (Lang, u16, u16) {
        top_two(hits, self.langs.iter().copied(), self.langs[0])
    }

    /// A guess for `lang` with confidence `conf`, the rest spread evenly.
    fn peaked(&self, lang: Lang, conf: f32) -> LatinGuess {
        let rest = (1.0 - conf) / (self.langs.len() - 1).max(1) as f32;
        LatinGuess {
            lang,
            conf,
            scores: self
                .langs
                .iter()
                .filter(|&&l| l != lang)
                .map(|&l| (l, rest))
                .collect(),
        }
    }

    /// The statistical models' answer, cheapest first: whatlang when the
    /// text is long and whatlang says it is reliable, or when the function
    /// words `hits` (or, without any, the context's `prior`) agree with it;
    /// the prior alone for very short text without function words; else
    /// lingua, weighed with the function words on short text. At
    /// [`Depth::Words`], the words' lean or the context instead of the
    /// models.
    pub fn model(
        &self,
        text: &str,
        letters: usize,
        hits: &Hits,
        prior: Option<Lang>,
        depth: Depth,
    ) -> Option<LatinGuess> {
        self.model_around(text, letters, hits, prior, None, depth)
    }

    /// [`LatinDetector::model`] for a clause whose function words point
    /// away from the answer for its sentence, `sentence`: that answer is
    /// not a prior (it is what the clause is being checked against), but
    /// it stays in contention when lingua weighs a tie of function words.
    pub fn model_in(
        &self,
        text: &str,
        letters: usize,
        hits: &Hits,
        sentence: Lang,
        depth: Depth,
    ) -> Option<LatinGuess> {
        self.model_around(text, letters, hits, None, Some(sentence), depth)
    }

    fn model_around(
        &self,
        text: &str,
        letters: usize,
        hits: &Hits,
        prior: Option<Lang>,
        around: Option<Lang>,
        depth: Depth,
    ) -> Option<LatinGuess> {
        if letters < 2 {
            return None;
        }
        if self.langs.len() == 1 {
            return Some(self.single(hits));
        }
        let (top, n, second) = self.top_hits(hits);
        if let Some(prior) = prior {
            // The context and the function words agree: short text where
            // whatlang is unsure and lingua is slow adds little.
            if n > second && top == prior && letters < WHATLANG_MIN_LETTERS {
                return Some(self.peaked(prior, 0.75));
            }
            if n == 0 && letters <= PRIOR_MAX_LETTERS {
                return Some(self.peaked(prior, 0.6));
            }
        }
        if depth == Depth::Words {
            let (lang, conf) = if n > second {
                (top, 0.7)
            } else {
                (prior.or(around).unwrap_or(top), 0.5)
            };
            return Some(self.peaked(lang, conf));
        }
        let mut rival = None;
        if let Some(info) = self.whatlang.detect(text) {
            if let Some(lang) = Lang::from_whatlang(info.lang()) {
                let agrees =
                    (n > second && top == lang) || (prior == Some(lang) && hits.of(lang) == n);
                if (letters >= WHATLANG_MIN_LETTERS && info.is_reliable()) || agrees {
                    let conf = (info.confidence() as f32).clamp(0.5, 0.95);
                    let conf = if agrees { conf.max(0.8) } else { conf };
                    return Some(self.peaked(lang, conf));
                }
                rival = Some(lang);
            }
        }
        if let Some(prior) = prior {
            if n > second && top == prior {
                return Some(self.peaked(prior, 0.75));
            }
        }
        // The languages in contention: the function words' (every one
        // tied for the lead: `a` is English, French and Portuguese), the
        // context's (the prior, or the sentence around a clause) and
        // whatlang's. With fewer than two, nothing narrows the choice and
        // lingua weighs every candidate.
        let mut contenders = 0u8;
        let mut add = |lang: Lang| {
            if let Some(i) = self.langs.iter().position(|&l| l == lang) {
                contenders |= 1 << i;
            }
        };
        if n > 0 {
            self.langs
                .iter()
                .filter(|&&l| hits.of(l) == n)
                .for_each(|&l| add(l));
        }
        // A clear leader among the function words outweighs the context.
        if n <= second {
            prior.into_iter().chain(around).for_each(&mut add);
        }
        rival.into_iter().for_each(&mut add);
        let lingua = self.weighing(contenders);
        let mut scores: Vec<(Lang, f32)> = lingua
            .compute_language_confidence_values(text)
            .into_iter()
            .filter_map(|(l, c)| Some((Lang::from_lingua(l)?, c as f32)))
            .filter(|(l, _)| self.langs.contains(l))
            .collect();
        for &l in &self.langs {
            if !scores.iter().any(|s| s.0 == l) {
                scores.push((l, 0.0));
            }
        }
        if letters < WHATLANG_MIN_LETTERS {
            blend_function_words(hits, &mut scores);
        }
        scores.sort_by(|a, b| b.1.total_cmp(&a.1));
        let (lang, conf) = *scores.first()?;
        Some(LatinGuess {
            lang,
            conf,
            scores: scores[1..].iter().copied().collect(),
        })
    }
}

impl LatinDetector {
    /// lingua weighing only the candidates of the bit set `contenders`
    /// (bit `i` for `self.langs[i]`), built the first time that set is
    /// asked for; every candidate when fewer than two are in it.
    fn weighing(&self, contenders: u8) -> &LanguageDetector {
        if contenders.count_ones() < 2 || usize::from(contenders) + 1 >= 1 << self.langs.len() {
            return &self.lingua;
        }
        self.subsets[usize::from(contenders)].get_or_init(|| {
            let langs: Vec<_> = (0..self.langs.len())
                .filter(|i| contenders & (1 << i) != 0)
                .filter_map(|i| self.langs[i].to_lingua())
                .collect();
            LanguageDetectorBuilder::from_languages(&langs).build()
        })
    }
}

impl LatinDetector {
    /// The guess when only one Latin-script language is a candidate: it,
    /// with the confidence its function words give it (text in another
    /// language has been set aside by [`LatinDetector::is_foreign`]).
    fn single(&self, hits: &Hits) -> LatinGuess {
        let lang = self.langs[0];
        let others = hits.total() - hits.of(lang) as u32;
        let conf = if hits.of(lang) as u32 > others {
            0.9
        } else {
            0.6
        };
        LatinGuess {
            lang,
            conf,
            scores: Scores::default(),
        }
    }
}

/// The language among `langs` whose function words clearly lead, with its
/// hits and the runner-up's: at least two hits, a lead of two and twice
/// the runner-up's; or, where words shared by several languages blur the
/// counts, a lead of two and at least two words of that language only,
/// against none of any other.
fn clear_top(hits: &Hits, langs: impl Iterator<Item = Lang> + Clone) -> Option<(Lang, u16, u16)> {
    let (lang, n, second) = top_two(hits, langs.clone(), Lang::Und);
    let clear = n >= 2 && n >= second + 2 && n >= 2 * second;
    let exclusive = n >= second + 2
        && hits.exclusive_of(lang) >= 2
        && langs
            .filter(|&l| l != lang)
            .all(|l| hits.exclusive_of(l) == 0);
    (clear || exclusive).then_some((lang, n, second))
}

/// Move probability mass towards languages whose function words the text
/// uses: on short text they weigh as much as the model.
fn blend_function_words(hits: &Hits, scores: &mut [(Lang, f32)]) {
    let total: u32 = scores.iter().map(|&(l, _)| hits.of(l) as u32).sum();
    if total == 0 {
        return;
    }
    for (lang, score) in scores.iter_mut() {
        let share = hits.of(*lang) as f32 / total as f32;
        *score = 0.5 * *score + 0.5 * share;
    }
}

/// The language with most hits among `langs` (`none` when no language has
/// any), its hits, and the runner-up's hits.
fn top_two(hits: &Hits, langs: impl Iterator<Item = Lang>, none: Lang) -> (Lang, u16, u16) {
    let mut top = (none, 0u16);
    let mut second = 0u16;
    for l in langs {
        let h = hits.of(l);
        if h > top.1 {
            second = top.1;
            top = (l, h);
        } else if h > second {
            second = h;
        }
    }
    (top.0, top.1, second)
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

    proptest::proptest! {
        /// Inline scores behave as a `Vec` of them would.
        #[test]
        fn scores_behave_as_a_vec(
            n in 0usize..=LATIN_LANGS,
            remove in 0usize..LATIN_LANGS,
            values in proptest::collection::vec(0f32..1.0, LATIN_LANGS),
        ) {
            let latin = Lang::ALL.into_iter().filter(|l| l.is_latin());
            let items: Vec<(Lang, f32)> = latin.zip(values).take(n).collect();
            let mut vec = items.clone();
            let mut scores: Scores = items.into_iter().collect();
            proptest::prop_assert_eq!(&*scores, vec.as_slice());
            if remove < n {
                proptest::prop_assert_eq!(scores.remove(remove), vec.remove(remove));
            }
            scores.sort_by(|a, b| b.1.total_cmp(&a.1));
            vec.sort_by(|a, b| b.1.total_cmp(&a.1));
            proptest::prop_assert_eq!(&*scores, vec.as_slice());
        }
    }

    #[test]
    fn scores_have_room_for_every_latin_language() {
        assert_eq!(
            Lang::ALL.iter().filter(|l| l.is_latin()).count(),
            LATIN_LANGS
        );
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
            let g = d.detect(text, letters(text), None).unwrap();
            assert_eq!(g.lang, want, "{text}: {g:?}");
        }
    }

    #[test]
    fn long_text_is_decided_by_function_words() {
        let d = detector();
        let text = "The two sides agreed to resolutely uphold the outcomes of World War II victory achieved with sacrifice and blood.";
        let g = d.detect(text, letters(text), None).unwrap();
        assert_eq!(g.lang, Lang::En);
        assert!(d.detect("a", 1, None).is_none());
    }

    fn bits(d: &LatinDetector, langs: &[Lang]) -> u8 {
        langs
            .iter()
            .map(|l| 1 << d.langs().iter().position(|x| x == l).unwrap())
            .sum()
    }

    /// Each Latin-script candidate once, the others left out.
    #[test]
    fn candidates_are_counted_once() {
        let d = LatinDetector::new(&[Lang::En, Lang::Tl, Lang::En, Lang::Ja, Lang::Tl]).unwrap();
        assert_eq!(d.langs(), [Lang::En, Lang::Tl]);
    }

    /// lingua weighs exactly the languages of the set (one confidence per
    /// language), and every candidate when the set narrows nothing.
    #[test]
    fn lingua_weighs_the_languages_in_contention() {
        let d = detector();
        let n = d.langs().len();
        let text = "scam, text scam, OTP";
        for set in [&[Lang::En, Lang::Tl][..], &[Lang::En, Lang::Es, Lang::Pt]] {
            let values = d
                .weighing(bits(&d, set))
                .compute_language_confidence_values(text);
            let mut got: Vec<_> = values
                .iter()
                .filter_map(|v| Lang::from_lingua(v.0))
                .collect();
            got.sort();
            let mut want = set.to_vec();
            want.sort();
            assert_eq!(got, want);
        }
        for narrows_nothing in [0, bits(&d, &[Lang::Fr]), (1 << n) - 1] {
            let values = d
                .weighing(narrows_nothing)
                .compute_language_confidence_values(text);
            assert_eq!(values.len(), n);
        }
    }

    /// Without the models, text the function words do not decide takes
    /// their lean, else its context's language; the models may say
    /// otherwise ("Accessibility Statement", on a Tagalog page, is English
    /// to them; its 22 letters are too many for the prior alone).
    #[test]
    fn the_words_depth_takes_the_lean_or_the_context_not_the_models() {
        let d = detector();
        let at = |text: &str, prior, depth| {
            d.detect_to(text, letters(text), prior, depth)
                .map(|g| (g.lang, g.conf))
        };
        let text = "Accessibility Statement";
        assert_eq!(
            at(text, Some(Lang::Tl), Depth::Words),
            Some((Lang::Tl, 0.5))
        );
        assert_eq!(at(text, Some(Lang::Tl), Depth::Models).unwrap().0, Lang::En);
        // One English function word leans, without deciding.
        let text = "Best tablets of 2025 reviewed";
        assert_eq!(
            at(text, Some(Lang::Tl), Depth::Words),
            Some((Lang::En, 0.7))
        );
        // Decisive function words answer the same at either depth.
        let text = "Ang mga bata ay naglalaro sa parke";
        assert_eq!(
            at(text, Some(Lang::En), Depth::Words),
            at(text, Some(Lang::En), Depth::Models)
        );
    }

    /// The model's answer for a clause on its own, and checked against a
    /// sentence in `sentence`.
    fn alone_and_within(text: &str, sentence: Lang) -> (LatinGuess, LatinGuess) {
        let d = detector();
        let hits = d.words().hits(text);
        let alone = d
            .model(text, letters(text), &hits, None, Depth::Models)
            .unwrap();
        let within = d
            .model_in(text, letters(text), &hits, sentence, Depth::Models)
            .unwrap();
        (alone, within)
    }

    /// A clause checked against its sentence keeps the sentence's language
    /// in contention: "Signal No. 2," ties English and Portuguese on "no",
    /// but the headline it opens is Tagalog.
    #[test]
    fn a_clause_is_weighed_against_its_sentence() {
        let (alone, within) = alone_and_within("Signal No. 2,", Lang::Tl);
        assert_eq!(alone.score_of(Lang::Tl), 0.0, "{alone:?}");
        assert!(within.score_of(Lang::Tl) > 0.0, "{within:?}");
    }

    /// ... but a clear leader among the function words keeps the context
    /// out: "I swear," opens a Tagalog sentence in the evaluation set
    /// ("I swear, parang ilog na yung kalye namin kagabi.") and stays
    /// English.
    #[test]
    fn a_clear_function_word_leader_outweighs_the_sentence() {
        let (alone, within) = alone_and_within("I swear,", Lang::Tl);
        assert_eq!(within, alone);
        assert_eq!(within.lang, Lang::En, "{within:?}");
    }
}
