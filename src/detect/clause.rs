//! Latin-script text cut where its language switches: "Grabe ang traffic sa
//! EDSA kanina, I was two hours late" is Tagalog, then English.
//!
//! A Latin piece is cut into sentences and clauses (at commas, colons,
//! quotes, brackets, dashes) and into words. Every word gets evidence per
//! candidate language: its function-word hits, and its share of its
//! sentence's answer (function words when they are decisive, else the
//! statistical models), plus, where a clause speaks against its sentence,
//! its share of the clause's own model answer. A Viterbi pass then labels
//! every word, paying a price for each switch: little at a sentence end or
//! a closing quote, more at a comma, most inside a clause. Names, numbers
//! and URLs have no evidence of their own and so take the language around
//! them.
//!
//! Context beyond the piece (other lines, the document) is applied by
//! [`super::Detector`].

use std::ops::Range;

use super::boundary::{cuts, Cut};
use super::latin::{Depth, LatinDetector, LatinGuess, Scores};
use super::words::{add_mask, Hits};
use super::Lang;

/// Weight of a sentence's answer, per 12 letters (at most 4 units).
const SENTENCE_PRIOR: f32 = 0.5;
/// Weight of a clause's own model answer, per 8 letters (at most 3 units).
const CLAUSE_MODEL: f32 = 0.8;
/// Letters from which a clause gets a model answer of its own.
const CLAUSE_MODEL_MIN_LETTERS: usize = 6;
/// Switch costs by where the switch happens.
const SWITCH_SENTENCE: f32 = 0.8;
const SWITCH_QUOTE: f32 = 0.8;
const SWITCH_CLAUSE: f32 = 1.2;
const SWITCH_WORD: f32 = 1.6;

/// A run of one language inside a Latin piece.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// Byte range in the line.
    pub bytes: Range<usize>,
    pub guess: LatinGuess,
    pub letters: usize,
}

fn cost(cut: Cut) -> f32 {
    match cut {
        Cut::Word => SWITCH_WORD,
        Cut::Clause => SWITCH_CLAUSE,
        Cut::Quote => SWITCH_QUOTE,
        Cut::Sentence => SWITCH_SENTENCE,
    }
}

/// A word with its evidence.
struct Word {
    /// Byte offset of the word in the piece text.
    start: usize,
    letters: usize,
    mask: u8,
    /// The cut before this word, if it is the first of its clause.
    cut: Option<Cut>,
    clause: usize,
}

/// A clause or a sentence: a byte range of the piece text with its words.
#[derive(Clone)]
struct Unit {
    bytes: Range<usize>,
    words: Range<usize>,
    /// For a sentence, the indices of its clauses (empty for a clause).
    parts: Range<usize>,
    letters: usize,
    hits: Hits,
}

/// A Latin piece cut into words, clauses and sentences, with its
/// function-word evidence: the first, cheap phase of [`segment`].
pub struct Analysis {
    range: Range<usize>,
    words: Vec<Word>,
    clauses: Vec<Unit>,
    sentences: Vec<Unit>,
}

impl Analysis {
    /// Cut `line[range]` and count its function words.
    pub fn new(det: &LatinDetector, line: &str, range: Range<usize>) -> Analysis {
        let text = &line[range.clone()];
        let cuts = cuts(text);
        let (words, clauses, sentences) = analyse(det, text, &cuts);
        Analysis {
            range,
            words,
            clauses,
            sentences,
        }
    }

    /// Function-word hits of the whole piece.
    pub fn hits(&self) -> Hits {
        let mut h = Hits::default();
        for s in &self.sentences {
            h.add(&s.hits);
        }
        h
    }

    /// The piece's byte range in its line.
    pub fn range(&self) -> Range<usize> {
        self.range.clone()
    }

    /// Letters of the whole piece.
    pub fn letters(&self) -> usize {
        self.sentences.iter().map(|s| s.letters).sum()
    }
}

/// Label the Latin text `line[range]` by runs of one language, with no
/// context.
pub fn segment(det: &LatinDetector, line: &str, range: Range<usize>) -> Vec<Run> {
    let a = Analysis::new(det, line, range);
    finish(det, line, &a, None, Depth::Models).0
}

/// Label an analysed piece by runs of one language; `prior` is the
/// language the context (the document) expects, used on text too short for
/// the models; `depth` how far a guess goes where the function words do
/// not decide. Also whether the runs are the same whatever `prior` and
/// `depth`: true when the function words decided every sentence and clause
/// a guess was asked of, so that no model (nor its stand-in at
/// [`Depth::Words`]) was consulted.
pub fn finish(
    det: &LatinDetector,
    line: &str,
    a: &Analysis,
    prior: Option<Lang>,
    depth: Depth,
) -> (Vec<Run>, bool) {
    let range = a.range.clone();
    let text = &line[range.clone()];
    let langs = det.langs();
    let (words, clauses, sentences) = (&a.words, &a.clauses, &a.sentences);
    let letters = a.letters();
    if det.is_foreign(&a.hits()) {
        let run = Run {
            bytes: range,
            guess: LatinGuess {
                lang: Lang::Und,
                conf: 0.0,
                scores: Scores::default(),
            },
            letters,
        };
        return (vec![run], true);
    }
    if langs.len() == 1 || words.is_empty() || letters < 2 {
        let guess = det.detect_to(text, letters, prior, depth);
        let runs = guess
            .map(|guess| Run {
                bytes: range.clone(),
                guess,
                letters,
            })
            .into_iter()
            .collect();
        return (runs, false);
    }
    // Whether a model (or, at `Depth::Words`, its stand-in) was asked.
    let mut modelled = false;

    // Each sentence's answer, and the clauses whose function words point
    // away from it.
    // A sentence whose function words show two languages is judged clause
    // by clause, from its function words alone.
    let mixed: Vec<bool> = sentences
        .iter()
        .map(|s| s.words.len() > 1 && det.decisive(&s.hits).is_none() && det.is_mixed(&s.hits))
        .collect();
    let guesses: Vec<Option<LatinGuess>> = sentences
        .iter()
        .zip(&mixed)
        .map(|(s, &mixed)| {
            if mixed {
                return None;
            }
            det.decisive(&s.hits).or_else(|| {
                modelled = true;
                det.model(&text[s.bytes.clone()], s.letters, &s.hits, prior, depth)
            })
        })
        .collect();
    let against = |c: &Unit, g: &LatinGuess| {
        langs
            .iter()
            .any(|&l| l != g.lang && c.hits.of(l) > c.hits.of(g.lang))
    };
    // (clause, its sentence's language)
    let mut dissent: Vec<(usize, Lang)> = Vec::new();
    for (s, g) in sentences.iter().zip(&guesses) {
        let Some(g) = g else { continue };
        for ci in s.parts.clone() {
            if !clauses[ci].words.is_empty() && against(&clauses[ci], g) {
                dissent.push((ci, g.lang));
            }
        }
    }
    if dissent.is_empty() && !mixed.contains(&true) {
        if let Some(run) = single_run(&range, sentences, &guesses, letters) {
            return (vec![run], !modelled);
        }
    }

    // Evidence per word and language.
    let k = langs.len();
    let bits: Vec<Option<usize>> = langs
        .iter()
        .map(|&l| super::words::WORD_LANGS.iter().position(|&x| x == l))
        .collect();
    let mut ev = vec![0f32; words.len() * k];
    for (w, word) in words.iter().enumerate() {
        for (j, bit) in bits.iter().enumerate() {
            if bit.is_some_and(|b| word.mask & (1 << b) != 0) {
                ev[w * k + j] += 1.0;
            }
        }
    }
    for ((s, guess), &mixed) in sentences.iter().zip(&guesses).zip(&mixed) {
        if mixed {
            for c in clauses_of(clauses, s) {
                if det.is_mixed(&c.hits) {
                    // The switch is inside the clause: words alone decide.
                    continue;
                }
                let cg = det.decisive(&c.hits).or_else(|| det.leaning(&c.hits));
                if let Some(cg) = cg {
                    let weight = SENTENCE_PRIOR * (c.letters as f32 / 12.0).min(4.0);
                    spread(&mut ev, words, c, &cg, langs, weight);
                }
            }
        }
        let Some(guess) = guess else { continue };
        let weight = SENTENCE_PRIOR * (s.letters as f32 / 12.0).min(4.0);
        spread(&mut ev, words, s, guess, langs, weight);
    }
    // A clause whose function words point away from its sentence's answer
    // gets its own answer too, when it is long enough for one.
    for &(ci, sentence) in &dissent {
        let c = &clauses[ci];
        if c.letters < CLAUSE_MODEL_MIN_LETTERS {
            continue;
        }
        let cg = det.decisive(&c.hits).or_else(|| {
            modelled = true;
            det.model_in(&text[c.bytes.clone()], c.letters, &c.hits, sentence, depth)
        });
        if let Some(cg) = cg {
            let weight = CLAUSE_MODEL * (c.letters as f32 / 8.0).min(3.0);
            spread(&mut ev, words, c, &cg, langs, weight);
        }
    }
    let labels = viterbi(&ev, words, k);
    let runs = runs(range.start, text, words, clauses, &labels, &ev, langs);
    (runs, !modelled)
}

/// The clauses (with words) of sentence `s`.
fn clauses_of<'a>(clauses: &'a [Unit], s: &'a Unit) -> impl Iterator<Item = &'a Unit> {
    clauses[s.parts.clone()]
        .iter()
        .filter(|c| !c.words.is_empty())
}

/// The whole piece as one run when all its sentences agree; `None` when
/// they do not.
fn single_run(
    range: &Range<usize>,
    sentences: &[Unit],
    guesses: &[Option<LatinGuess>],
    letters: usize,
) -> Option<Run> {
    let mut best: Option<(&LatinGuess, usize)> = None;
    let mut conf = 0.0;
    let mut weight = 0;
    for (s, g) in sentences.iter().zip(guesses) {
        let Some(g) = g else { continue };
        match best {
            Some((b, _)) if b.lang != g.lang => return None,
            Some((_, n)) if n >= s.letters => {}
            _ => best = Some((g, s.letters)),
        }
        conf += g.conf * s.letters as f32;
        weight += s.letters;
    }
    let (g, _) = best?;
    Some(Run {
        bytes: range.clone(),
        guess: LatinGuess {
            lang: g.lang,
            conf: conf / weight.max(1) as f32,
            scores: g.scores,
        },
        letters,
    })
}

/// Give the words of `unit` their share (by letters) of `weight` times the
/// guess's score for each language.
fn spread(ev: &mut [f32], words: &[Word], unit: &Unit, g: &LatinGuess, langs: &[Lang], w: f32) {
    if unit.letters == 0 {
        return;
    }
    let k = langs.len();
    for i in unit.words.clone() {
        let share = words[i].letters as f32 / unit.letters as f32;
        for (j, &l) in langs.iter().enumerate() {
            ev[i * k + j] += w * share * g.score_of(l);
        }
    }
}

/// Words, clauses and sentences of the piece text.
fn analyse(
    det: &LatinDetector,
    text: &str,
    cuts: &[(usize, Cut)],
) -> (Vec<Word>, Vec<Unit>, Vec<Unit>) {
    let bounds: Vec<(usize, Option<Cut>)> = std::iter::once((0, None))
        .chain(cuts.iter().map(|&(at, c)| (at, Some(c))))
        .collect();
    // Room for the words of ordinary prose (about one per six bytes), so
    // that a paragraph's list is not regrown word by word; bounded, so a
    // huge line does not reserve much more than it uses.
    let mut words_out = Vec::with_capacity((text.len() / 6 + 1).min(1024));
    let mut clauses = Vec::with_capacity(bounds.len());
    let mut sentences: Vec<Unit> =
        Vec::with_capacity(1 + cuts.iter().filter(|c| c.1 == Cut::Sentence).count());
    for (ci, &(start, cut)) in bounds.iter().enumerate() {
        let end = bounds.get(ci + 1).map_or(text.len(), |b| b.0);
        let first_word = words_out.len();
        let mut hits = Hits::default();
        let mut letters = 0;
        let new_sentence = cut.is_none() || cut == Some(Cut::Sentence);
        if new_sentence {
            sentences.push(Unit {
                bytes: start..end,
                words: first_word..first_word,
                parts: ci..ci,
                letters: 0,
                hits: Hits::default(),
            });
        }
        let sentence = sentences.len() - 1;
        let clause = clauses.len();
        det.words().each_word(&text[start..end], |w, n, mask| {
            let offset = w.as_ptr() as usize - text.as_ptr() as usize;
            add_mask(&mut hits, mask);
            letters += n;
            words_out.push(Word {
                start: offset,
                letters: n,
                mask,
                cut: (words_out.len() == first_word).then_some(cut.unwrap_or(Cut::Sentence)),
                clause,
            });
        });
        let s = &mut sentences[sentence];
        s.bytes.end = end;
        s.words.end = words_out.len();
        s.parts.end = ci + 1;
        s.letters += letters;
        s.hits.add(&hits);
        clauses.push(Unit {
            bytes: start..end,
            words: first_word..words_out.len(),
            parts: 0..0,
            letters,
            hits,
        });
    }
    (words_out, clauses, sentences)
}

/// The best label sequence: evidence minus switch costs.
fn viterbi(ev: &[f32], words: &[Word], k: usize) -> Vec<usize> {
    let n = words.len();
    let mut score: Vec<f32> = ev[..k].to_vec();
    let mut next = vec![0f32; k];
    let mut back = vec![0usize; n * k];
    for i in 1..n {
        let cost = words[i].cut.map_or(SWITCH_WORD, cost);
        let (best_j, best) = score
            .iter()
            .copied()
            .enumerate()
            .fold((0, f32::MIN), |a, (j, s)| if s > a.1 { (j, s) } else { a });
        for j in 0..k {
            let (from, s) = if score[j] >= best - cost {
                (j, score[j])
            } else {
                (best_j, best - cost)
            };
            back[i * k + j] = from;
            next[j] = s + ev[i * k + j];
        }
        std::mem::swap(&mut score, &mut next);
    }
    let mut j = (0..k)
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
        .unwrap_or(0);
    let mut labels = vec![0; n];
    for i in (0..n).rev() {
        labels[i] = j;
        j = back[i * k + j];
    }
    labels
}

/// Runs of one label, cut at clause starts where a switch falls on one,
/// else at the start of the first word of the new language.
fn runs(
    base: usize,
    text: &str,
    words: &[Word],
    clauses: &[Unit],
    labels: &[usize],
    ev: &[f32],
    langs: &[Lang],
) -> Vec<Run> {
    let k = langs.len();
    let mut out = Vec::new();
    let mut start = 0;
    let mut first = 0;
    for i in 1..=words.len() {
        if i < words.len() && labels[i] == labels[first] {
            continue;
        }
        let end = if i == words.len() {
            text.len()
        } else if words[i].cut.is_some() {
            clauses[words[i].clause].bytes.start
        } else {
            words[i].start
        };
        let mut total = vec![0f32; k];
        let mut letters = 0;
        for w in first..i {
            letters += words[w].letters;
            for j in 0..k {
                total[j] += ev[w * k + j];
            }
        }
        out.push(Run {
            bytes: base + start..base + end,
            guess: guess_of(&total, labels[first], langs),
            letters,
        });
        start = end;
        first = i;
    }
    out
}

/// A guess from summed evidence: the label's share, sharpened.
fn guess_of(total: &[f32], label: usize, langs: &[Lang]) -> LatinGuess {
    let eps = 0.1;
    let sum: f32 = total.iter().map(|t| t + eps).sum();
    let mut scores: Scores = langs
        .iter()
        .zip(total)
        .map(|(&l, &t)| (l, (t + eps) / sum))
        .collect();
    let conf = scores[label].1;
    let lang = scores.remove(label).0;
    scores.sort_by(|a, b| b.1.total_cmp(&a.1));
    LatinGuess { lang, conf, scores }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_taglish_at_the_switch() {
        let det = LatinDetector::new(&Lang::DEFAULT_CANDIDATES).unwrap();
        let cases: [(&str, &[(Lang, &str)]); 3] = [
            (
                "Grabe ang traffic sa EDSA kanina, I was two hours late for my meeting.",
                &[
                    (Lang::Tl, "Grabe ang traffic sa EDSA kanina,"),
                    (Lang::En, "I was two hours late for my meeting."),
                ],
            ),
            (
                "The boxer dedicated his victory to his late father. \"Para sa'yo 'to, Tay,\" he said, holding up the gold medal.",
                &[
                    (Lang::En, "The boxer dedicated his victory to his late father."),
                    (Lang::Tl, "\"Para sa'yo 'to, Tay,\""),
                    (Lang::En, "he said, holding up the gold medal."),
                ],
            ),
            (
                "MMDA Advisory: España Blvd. is not passable to light vehicles due to flooding.",
                &[(
                    Lang::En,
                    "MMDA Advisory: España Blvd. is not passable to light vehicles due to flooding.",
                )],
            ),
        ];
        for (line, want) in cases {
            let got: Vec<(Lang, &str)> = segment(&det, line, 0..line.len())
                .into_iter()
                .map(|r| (r.guess.lang, line[r.bytes].trim()))
                .collect();
            assert_eq!(got, want, "{line}");
        }
    }
}
