//! Function-word evidence for Latin-script languages: short, frequent words
//! (articles, pronouns, particles, auxiliaries) counted per language.
//!
//! Counting them is a hash lookup per word, much cheaper than a character
//! n-gram model, and on a clause of a few words it is often more telling:
//! "I am begging pardon" has three English function words and no Tagalog
//! one, whatever its trigrams say. This module only counts; how counts are
//! weighed against the statistical models is [`super::latin`]'s and
//! [`super::clause`]'s business.

// Fx hashing: the keys are short words, for which SipHash (the default,
// resistant to flooding attacks that do not apply to a fixed table) costs
// more than the lookup itself.
use rustc_hash::FxHashMap;

use super::Lang;

/// The Latin-script languages with a word list, in bit order.
pub const WORD_LANGS: [Lang; 7] = [
    Lang::En,
    Lang::Tl,
    Lang::Es,
    Lang::Id,
    Lang::Fr,
    Lang::De,
    Lang::Pt,
];

/// Function words per language. A word listed for several languages counts
/// for each of them (and so tells them apart from the others only).
const LISTS: [(Lang, &str); 7] = [
    (
        Lang::En,
        "the a an of and to is are was were be been being am i me my mine you your yours \
         he him his she her hers it its we us our they them their this that these those \
         with for on at by from into about over after before between through during \
         have has had having do does did done not no yes or but if so than then because \
         while when where what which who whom whose why how will would can could should \
         shall must might there here all any some more most very just only also even \
         really already still too as up out off again against until don't doesn't didn't \
         isn't aren't wasn't weren't won't can't couldn't i'm i've i'll i'd you're you've \
         you'll it's that's there's let's he's she's we're they're we've they've \
         something nothing everyone anything every each other such own same new said says \
         read share image generated please thank thanks like honestly actually basically \
         seriously literally anyway totally definitely obviously next",
    ),
    (
        Lang::Tl,
        "ang ng nang mga sa na ay si ni kay kina sina nina at ko mo niya namin natin nila \
         ninyo ako ikaw ka siya kami tayo kayo sila ito iyan iyon yan yun yung dito diyan \
         doon hindi huwag wala walang may mayroon meron po opo lang lamang din rin pa naman \
         nga ba kasi kung para pero dahil kahit sana talaga mas kaya raw daw ngayon kagabi \
         bukas kanina sobrang isang ating aming kanilang kanyang niyang kong mong nilang \
         lahat bawat ganito ganyan ganoon parang tulad ayon habang matapos bago pag kapag \
         tuwing sino ano saan bakit paano kailan ilan eh ako'y siya'y ito'y kayong tayong \
         silang kaming akong siyang itong iyong ninyong naming nating pang ding ring pala \
         yata muna tapos basahin ibahagi tingnan panoorin ginawa larawang tanggapin \
         tanggihan gumagamit iniulat kaugnay balita sinabi iginiit aniya ayon dagdag giit paliwanag sabi mula \
         hanggang noong nitong ngayong tungkol bilang upang ngunit subalit dapat kailangan \
         maaari puwede pati lalo 'to 'yan 'yun 'di sa'yo sa'kin ka'y",
    ),
    (
        Lang::Es,
        "el la los las de del que y en un una es por con para se su sus al lo como más \
         pero este esta estos estas ese esa le les ha han fue son está están muy sin sobre \
         también ya hay entre cuando donde porque desde hasta nos mi tu ni o e u todo \
         todos otra otro años según tras aunque",
    ),
    (
        Lang::Id,
        "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga oleh adalah \
         kami saya anda telah sudah bisa ada atau karena sebagai lebih masih para mereka \
         kita setelah saat bahwa tersebut namun hanya sangat seperti belum pun tetapi \
         melalui dapat harus antara baru kepada",
    ),
    (
        Lang::Fr,
        "le la les des du de et est une un dans pour qui que pas sur au aux avec ce cette \
         ces nous vous sont il elle ils elles ne se sa son ses leur leurs par plus mais ou \
         où été être a ont était comme tout tous très y en l'on jusqu'en d'un d'une qu'il",
    ),
    (
        Lang::De,
        "der die das und ist nicht ein eine einen einem einer zu den dem des mit auf für \
         von sich auch wir sie ich wird werden im am zum zur sind war noch nach bei aus \
         wie als oder aber nur so es er ihr ihre sein seine dass diesem dieser diese \
         jeder jede keine kein schon vor um",
    ),
    (
        Lang::Pt,
        "o os a as de do da dos das não uma um em é com para que por mais como mas ao aos \
         seu sua seus suas na no nas nos pelo pela pelos pelas foi são está estão entre \
         também já ou quando onde porque até ele ela eles elas isso esse essa este esta \
         muito sem sobre vai vão e se",
    ),
];

/// Function-word counts of a piece of text, per language in [`WORD_LANGS`]
/// order: every hit, and the exclusive ones (words listed for that
/// language only, which tell it apart from all the others).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Hits {
    pub all: [u16; 7],
    pub exclusive: [u16; 7],
}

impl Hits {
    /// Hits for `lang` (0 for a language without a list).
    pub fn of(&self, lang: Lang) -> u16 {
        index(lang).map_or(0, |i| self.all[i])
    }

    /// Exclusive hits for `lang`.
    pub fn exclusive_of(&self, lang: Lang) -> u16 {
        index(lang).map_or(0, |i| self.exclusive[i])
    }

    /// Add `other`'s counts. Counts saturate: past 65 535 hits a
    /// language's evidence is overwhelming anyway, and a document of a
    /// million lines must not overflow.
    pub fn add(&mut self, other: &Hits) {
        for (a, b) in self.all.iter_mut().zip(other.all) {
            *a = a.saturating_add(b);
        }
        for (a, b) in self.exclusive.iter_mut().zip(other.exclusive) {
            *a = a.saturating_add(b);
        }
    }

    /// Sum of all counts.
    pub fn total(&self) -> u32 {
        self.all.iter().map(|&h| h as u32).sum()
    }
}

/// The position of `lang` in [`WORD_LANGS`] (a match rather than a search:
/// it is asked for every language of every guess).
fn index(lang: Lang) -> Option<usize> {
    match lang {
        Lang::En => Some(0),
        Lang::Tl => Some(1),
        Lang::Es => Some(2),
        Lang::Id => Some(3),
        Lang::Fr => Some(4),
        Lang::De => Some(5),
        Lang::Pt => Some(6),
        Lang::Ja | Lang::Zh | Lang::Ko | Lang::Und => None,
    }
}

/// The function-word table, built once.
pub struct FunctionWords {
    /// Word (lower case) to a bit set over [`WORD_LANGS`].
    table: FxHashMap<&'static str, u8>,
    /// The ASCII words of `table`, each packed into a number
    /// ([`pack_ascii`]): the lookup the common case takes.
    ascii: FxHashMap<u128, u8>,
    tagalog_bit: u8,
}

impl Default for FunctionWords {
    fn default() -> Self {
        Self::new()
    }
}

impl FunctionWords {
    pub fn new() -> FunctionWords {
        let mut table: FxHashMap<&'static str, u8> = FxHashMap::default();
        for (lang, words) in LISTS {
            let bit = 1u8 << WORD_LANGS.iter().position(|&l| l == lang).unwrap_or(0);
            for w in words.split_whitespace() {
                *table.entry(w).or_insert(0) |= bit;
            }
        }
        let tagalog_bit = 1 << index(Lang::Tl).unwrap_or(0);
        let ascii = table
            .iter()
            .filter_map(|(w, &m)| Some((pack_ascii(w)?, m)))
            .collect();
        FunctionWords {
            table,
            ascii,
            tagalog_bit,
        }
    }

    /// The language bit set of one word (any case), 0 when it is no
    /// function word.
    pub fn mask(&self, word: &str) -> u8 {
        if word.len() <= 16 {
            if let Some(key) = pack_ascii(word) {
                return self.ascii.get(&key).copied().unwrap_or(0);
            }
            if word.is_ascii() {
                // Holds a NUL byte: no function word does.
                return 0;
            }
        }
        if word.chars().count() > 12 {
            return 0;
        }
        let lower = word.to_lowercase().replace('’', "'");
        self.table.get(lower.as_str()).copied().unwrap_or(0)
    }

    /// The language bit set of a word that may hold hyphens: a Tagalog
    /// affix before a hyphen makes the word Tagalog whatever its stem
    /// (`I-share` is not English); other compounds (`AI-generated`) count
    /// as the union of their parts.
    pub fn word_mask(&self, word: &str) -> u8 {
        // Most words have no hyphen: a byte loop tells, cheaper than a
        // search on words this short.
        if !word.bytes().any(|b| b == b'-') {
            return self.mask(word);
        }
        let Some((head, _)) = word.split_once('-') else {
            return self.mask(word);
        };
        if head.len() <= 6 && TAGALOG_PREFIXES.contains(&head.to_ascii_lowercase().as_str()) {
            return self.tagalog_bit;
        }
        word.split('-').fold(0, |m, part| m | self.mask(part))
    }

    /// Count the function words of `text`.
    pub fn hits(&self, text: &str) -> Hits {
        let mut hits = Hits::default();
        self.each_word(text, |_, _, mask| add_mask(&mut hits, mask));
        hits
    }

    /// Call `f` on each of the [`words`] of `text`, in order, with its
    /// letters ([`letters_of`]) and its language bit set
    /// ([`FunctionWords::word_mask`]). ASCII text (most Latin-script text)
    /// is read in one scan of its bytes that finds, trims, counts and packs
    /// each word at once; other text word by word.
    pub fn each_word(&self, text: &str, mut f: impl FnMut(&str, usize, u8)) {
        if !text.is_ascii() {
            for w in words(text) {
                f(w, letters_of(w), self.word_mask(w));
            }
            return;
        }
        let b = text.as_bytes();
        let n = b.len();
        let mut i = 0;
        loop {
            while i < n && !WORD_BYTE[usize::from(b[i])] {
                i += 1;
            }
            if i == n {
                return;
            }
            let start = i;
            // A run of word bytes, and the runs a dot between two letters
            // or digits joins to it ([`word_runs`]).
            loop {
                while i < n && WORD_BYTE[usize::from(b[i])] {
                    i += 1;
                }
                let joins = i + 1 < n
                    && b[i] == b'.'
                    && b[i - 1].is_ascii_alphanumeric()
                    && b[i + 1].is_ascii_alphanumeric();
                if !joins {
                    break;
                }
                i += 1;
            }
            let run = &text[start..i];
            // A run that starts and ends with a letter or digit (the most)
            // is a word as it is.
            let w = if b[start].is_ascii_alphanumeric() && b[i - 1].is_ascii_alphanumeric() {
                run
            } else {
                let w = trim_word(run);
                if !is_word(w) {
                    continue;
                }
                w
            };
            let wb = w.as_bytes();
            // Letters, a hyphen, and the key of [`pack_lower`] (the word
            // holds no NUL: it is no word byte), in one pass: its loop with
            // the counts folded in, since a pass of their own measured 0.5%
            // more work on the whole pipeline.
            let mut letters = 0;
            let mut hyphen = false;
            let mask = if wb.len() <= 16 {
                let mut buf = [0u8; 16];
                for (slot, &c) in buf.iter_mut().zip(wb) {
                    letters += usize::from(c.is_ascii_alphabetic());
                    hyphen |= c == b'-';
                    *slot = c.to_ascii_lowercase();
                }
                if hyphen {
                    self.word_mask(w)
                } else {
                    self.ascii
                        .get(&u128::from_le_bytes(buf))
                        .copied()
                        .unwrap_or(0)
                }
            } else {
                // Longer than any function word: only the parts of a
                // hyphenated word may be one (a rare word, read as the
                // word-by-word path reads it).
                letters = letters_of(w);
                self.word_mask(w)
            };
            f(w, letters, mask);
        }
    }
}

/// Letters (alphabetic characters) of a word.
pub fn letters_of(w: &str) -> usize {
    if w.is_ascii() {
        w.bytes().filter(u8::is_ascii_alphabetic).count()
    } else {
        w.chars().filter(|c| c.is_alphabetic()).count()
    }
}

/// An ASCII word of at most 16 bytes, lower-cased, as a number (its bytes,
/// zero-padded): `None` for other words, and for words holding a NUL byte,
/// which no function word does (the padding would make them ambiguous).
pub(crate) fn pack_ascii(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    if b.len() > 16 || b.iter().any(|&c| c == 0 || !c.is_ascii()) {
        return None;
    }
    Some(pack_lower(b))
}

/// [`pack_ascii`] without its checks, for a caller that knows `word` is
/// ASCII, of at most 16 bytes, and holds no NUL that could pass for the
/// padding (none, or one with a byte other than NUL after it).
#[inline]
pub(crate) fn pack_lower(word: &[u8]) -> u128 {
    let mut buf = [0u8; 16];
    for (slot, &c) in buf.iter_mut().zip(word) {
        *slot = c.to_ascii_lowercase();
    }
    u128::from_le_bytes(buf)
}

/// Add one word's bit set to `hits`.
pub fn add_mask(hits: &mut Hits, mask: u8) {
    if mask == 0 {
        return;
    }
    let exclusive = mask.count_ones() == 1;
    for (i, h) in hits.all.iter_mut().enumerate() {
        if mask & (1 << i) != 0 {
            *h = h.saturating_add(1);
            if exclusive {
                hits.exclusive[i] = hits.exclusive[i].saturating_add(1);
            }
        }
    }
}

/// The words of `text`: runs of letters, digits, apostrophes and inner
/// hyphens (typographic apostrophes included), and inner dots between
/// letters or digits (see the private `word_runs`).
///
/// A word in single quotes loses them ('so'); a leading apostrophe alone
/// stays: Tagalog writes contractions with it ('to, 'yan).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    word_runs(text)
        .map(|w| {
            // Most words start and end with an ASCII letter or digit:
            // nothing to trim.
            let b = w.as_bytes();
            if b.first().is_some_and(u8::is_ascii_alphanumeric)
                && b.last().is_some_and(u8::is_ascii_alphanumeric)
            {
                return w;
            }
            trim_word(w)
        })
        .filter(|w| is_word(w))
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// A run of word characters without its outer hyphens, and without its
/// quotes if it is quoted ('so'); a leading apostrophe alone stays ('to).
fn trim_word(w: &str) -> &str {
    let w = w.trim_matches('-');
    let quoted = w.ends_with(is_apostrophe);
    let w = w.trim_end_matches(is_apostrophe);
    if quoted {
        w.trim_start_matches(is_apostrophe)
    } else {
        w
    }
}

/// Whether a trimmed run is a word: not empty, not only apostrophes and
/// hyphens.
fn is_word(w: &str) -> bool {
    !w.is_empty() && !w.chars().all(|c| is_apostrophe(c) || c == '-')
}

/// The ASCII bytes that are word characters ([`is_word_char`]).
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'\'' || c == b'-';
        b += 1;
    }
    t
};

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

/// The runs of word characters (letters, digits, apostrophes, hyphens) of
/// a text, runs joined by one dot between two letters or digits making one
/// word: a domain name, an abbreviation or a number ("Sipat.com", "a.m",
/// "3.5") is not a sentence's words, and its parts are no function words
/// ("com" is Portuguese for "with", "a" is English). Sentences end at a
/// dot followed by white space ([`super::boundary`]), never inside such a
/// word.
fn word_runs(text: &str) -> impl Iterator<Item = &str> {
    let mut runs = crate::text::runs(text, |b| WORD_BYTE[usize::from(b)], is_word_char).peekable();
    let offset = move |run: &str| run.as_ptr() as usize - text.as_ptr() as usize;
    let alphanumeric = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    std::iter::from_fn(move || {
        let first = runs.next()?;
        let start = offset(first);
        let mut end = start + first.len();
        while let Some(&next) = runs.peek() {
            let joined = offset(next) == end + 1
                && text.as_bytes()[end] == b'.'
                && alphanumeric(text[..end].chars().next_back())
                && alphanumeric(next.chars().next());
            if !joined {
                break;
            }
            end = offset(next) + next.len();
            runs.next();
        }
        Some(&text[start..end])
    })
}

/// Tagalog affixes written with a hyphen before a borrowed stem
/// (`I-share`, `mag-commute`, `nag-post`, `ma-maintain`).
const TAGALOG_PREFIXES: [&str; 24] = [
    "i", "mag", "nag", "pag", "ma", "na", "ka", "pa", "maki", "naki", "paki", "ipa", "ipag", "ika",
    "mang", "pinag", "magpa", "nagpa", "napa", "naka", "maka", "nakaka", "makaka", "pinaka",
];
#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the hostile-input tests: a million short lines summed past
    /// `u16::MAX` function-word hits and overflowed.
    #[test]
    fn hits_saturate_instead_of_overflowing_on_huge_documents() {
        let mut total = Hits::default();
        let mut one = Hits::default();
        add_mask(&mut one, 1);
        for _ in 0..70_000 {
            total.add(&one);
        }
        assert_eq!(total.all[0], u16::MAX);
        assert_eq!(total.exclusive[0], u16::MAX);
    }

    /// The table lookup the packed ASCII lookup must agree with.
    fn mask_by_table(fw: &FunctionWords, word: &str) -> u8 {
        let lower = word.to_lowercase().replace('’', "'");
        fw.table.get(lower.as_str()).copied().unwrap_or(0)
    }

    #[test]
    fn packed_lookup_agrees_with_the_table() {
        let fw = FunctionWords::new();
        for &w in fw.table.keys() {
            let title: String = w
                .chars()
                .enumerate()
                .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c })
                .collect();
            for v in [
                w.to_string(),
                w.to_uppercase(),
                title,
                format!("{w}x"),
                format!("x{w}"),
                format!("{w}\0"),
                w.chars().skip(1).collect(),
            ] {
                if v.is_ascii() && v.len() <= 16 {
                    assert_eq!(fw.mask(&v), mask_by_table(&fw, &v), "{v:?}");
                }
            }
            assert!(fw.mask(w) != 0, "{w:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn packed_lookup_agrees_on_any_ascii_word(word in "[a-zA-Z'\\-\\x00]{0,17}") {
            let fw = FunctionWords::new();
            proptest::prop_assert_eq!(fw.mask(&word), mask_by_table(&fw, &word));
        }
    }

    proptest::proptest! {
        /// The runs of word characters are the non-empty pieces of a split
        /// at every other character, but a dot between two letters or
        /// digits.
        #[test]
        fn runs_are_the_pieces_of_a_split(text in "[aZ9'’\\- .,é日—\u{0b}]{0,24}") {
            let chars: Vec<char> = text.chars().collect();
            let alnum = |i: Option<usize>| i.and_then(|i| chars.get(i)).is_some_and(|c| c.is_alphanumeric());
            let mut split: Vec<String> = vec![String::new()];
            for (i, &c) in chars.iter().enumerate() {
                let dot_inside = c == '.' && alnum(i.checked_sub(1)) && alnum(Some(i + 1));
                if is_word_char(c) || dot_inside {
                    split.last_mut().unwrap().push(c);
                } else {
                    split.push(String::new());
                }
            }
            split.retain(|w| !w.is_empty());
            let runs: Vec<&str> = word_runs(&text).collect();
            proptest::prop_assert_eq!(runs, split);
        }
    }

    proptest::proptest! {
        #[test]
        fn letters_of_counts_alphabetic_characters(w in "[aZ9'é日\\-]{0,12}") {
            proptest::prop_assert_eq!(letters_of(&w), w.chars().filter(|c| c.is_alphabetic()).count());
        }
    }

    /// [`FunctionWords::each_word`] as it reads text that is not ASCII:
    /// [`words`], then each word's letters and bit set.
    fn each_word_reference(fw: &FunctionWords, text: &str) -> Vec<(String, usize, u8)> {
        words(text)
            .map(|w| (w.to_string(), letters_of(w), fw.word_mask(w)))
            .collect()
    }

    fn each_word_of(fw: &FunctionWords, text: &str) -> Vec<(String, usize, u8)> {
        let mut out = Vec::new();
        fw.each_word(text, |w, letters, mask| {
            out.push((w.to_string(), letters, mask))
        });
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]
        /// The one-scan reading of ASCII text finds the same words, letters
        /// and bit sets as the word-by-word one: on function words (of
        /// every case, hyphenated, quoted, dotted, run together) and on
        /// any ASCII at all.
        #[test]
        fn ascii_scan_agrees_with_the_word_by_word_reading(
            text in "((the|The|THE|ang|Ang|I|a|sa|ng|mag|I-share|mag-commute|AI-generated|don't|'to|'so'|sa'yo|a\\.m|U\\.S|Sipat\\.com|3\\.5|x-|-x|--|'|abcdefghijklmnopq|the-abcdefghijklmnopq|yes-no|[a-zA-Z0-9]{1,5})[ .,;:!?'\"()\\-]{0,3}){0,12}",
            any in "[\\x00-\\x7f]{0,40}",
        ) {
            let fw = FunctionWords::new();
            for t in [&text, &any] {
                proptest::prop_assert_eq!(each_word_of(&fw, t), each_word_reference(&fw, t));
            }
        }
    }

    #[test]
    fn ascii_scan_reads_dotted_hyphenated_and_quoted_words() {
        let fw = FunctionWords::new();
        let text = "I-share 'so' the-end ABCDEFGHIJKLMNOPQRS at Sipat.com, x-";
        let got = each_word_of(&fw, text);
        assert_eq!(got, each_word_reference(&fw, text));
        let (en, tl) = (1 << index(Lang::En).unwrap(), 1 << index(Lang::Tl).unwrap());
        let want: [(&str, usize, u8); 7] = [
            ("I-share", 6, tl),
            ("so", 2, fw.mask("so")),
            ("the-end", 6, en),
            ("ABCDEFGHIJKLMNOPQRS", 19, 0),
            ("at", 2, fw.mask("at")),
            ("Sipat.com", 8, 0),
            ("x", 1, 0),
        ];
        let want: Vec<(String, usize, u8)> = want
            .iter()
            .map(|&(w, l, m)| (w.to_string(), l, m))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn index_is_the_position_in_word_langs() {
        for lang in Lang::ALL {
            assert_eq!(
                index(lang),
                WORD_LANGS.iter().position(|&l| l == lang),
                "{lang:?}"
            );
        }
    }

    #[test]
    fn counts_per_language() {
        let fw = FunctionWords::new();
        let cases = [
            ("I am begging pardon", Lang::En, 2),
            ("Grabe ang traffic sa EDSA kanina", Lang::Tl, 3),
            ("Die Bäckerei in der Hauptstraße", Lang::De, 2),
            ("THE END", Lang::En, 1),
            ("Ils sont arrivés à Paris", Lang::Fr, 2),
        ];
        for (text, lang, want) in cases {
            assert_eq!(fw.hits(text).of(lang), want, "{text}");
        }
    }

    /// [`words`] without its fast path: every run trimmed.
    fn words_reference(text: &str) -> Vec<&str> {
        word_runs(text)
            .map(trim_word)
            .filter(|w| is_word(w))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn words_agree_with_the_reference(text in "[aZ9'’\\- .,é日—]{0,24}") {
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), words_reference(&text));
        }
    }

    #[test]
    fn dotted_names_are_one_word_and_no_function_word() {
        let got: Vec<&str> =
            words("Basahin sa Sipat.com at 6:30 a.m. (U.S. 3.5) ng. Ang").collect();
        assert_eq!(
            got,
            [
                "Basahin",
                "sa",
                "Sipat.com",
                "at",
                "6",
                "30",
                "a.m",
                "U.S",
                "3.5",
                "ng",
                "Ang"
            ]
        );
        let fw = FunctionWords::new();
        for lang in [Lang::Pt, Lang::En, Lang::Es, Lang::Fr] {
            assert_eq!(fw.hits("– Sipat.com").of(lang), 0, "{lang}");
            assert_eq!(
                fw.hits("www.rappler.com.ph, spiegel.de").of(lang),
                0,
                "{lang}"
            );
        }
    }

    #[test]
    fn words_keep_apostrophes_inside() {
        let got: Vec<&str> = words("I'm 'so' invested—don’t 'to sa'yo I-share -x-").collect();
        assert_eq!(
            got,
            ["I'm", "so", "invested", "don’t", "'to", "sa'yo", "I-share", "x"]
        );
    }

    #[test]
    fn tagalog_affixes_before_hyphens() {
        let fw = FunctionWords::new();
        let cases = [
            ("I-share sa Facebook", Lang::Tl, 2),
            ("I-share sa Facebook", Lang::En, 0),
            ("mag-commute", Lang::Tl, 1),
            ("AI-generated image", Lang::En, 2),
        ];
        for (text, lang, want) in cases {
            assert_eq!(fw.hits(text).of(lang), want, "{text} {lang}");
        }
    }
}
