//! Phrase lists per language, kept as plain-text data in `lexicon/*.txt` and compiled in. They are
//! parsed once, on first use, into one hash index keyed by a phrase's first word and the start of
//! its second, so a lookup costs two or three probes and a comparison or two whatever the number
//! of languages.
//!
//! File format: `[section]` headers, one phrase per line, `#` starts a comment line. A phrase is
//! normalized by the draft tokenizer (lowercase, accents folded, emoji and punctuation dropped),
//! so "Don’t miss!" and "dont miss" are written once. A trailing `*` makes the last word a
//! prefix: `recommend*` matches "recommended" (a stem needs three letters alone, two after another
//! word). A leading
//! `=` keeps a phrase to drafts detected as that language: French "car" must not fire on English.
//! A `^` (after any `=`) keeps it to the start of a clause: ", so the timing…" gives a reason,
//! "so much" does not.
use std::sync::OnceLock;

use super::chars::push_folded;
use super::tokens::{tokenize, Kind, Token};

mod index;
pub mod key;

use index::Index;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Empty wherever it appears: "+1", "so true", "must read".
    Filler,
    /// Empty only when nothing else is said: "this", "yes", "wow".
    Affirmation,
    Reason,
    View,
    Question,
    Marketing,
    Contrast,
    /// Frequent function words, used only to tell which language a draft is in.
    Common,
    /// Turns the filler after it into a real statement: "no estoy de acuerdo", "not a must read".
    Negation,
    /// A judgment or a call the writer makes: "should", "must", "absurd", "moet", "harus", "dapat".
    Stance,
    /// The writer speaking of themselves: "I", "my", "we", "ik", "saya", "ako".
    FirstPerson,
    /// The writer talking to someone: "you", "du", "jullie", "kamu", "ikaw". Replies that argue
    /// with a person are more often a thought than an echo.
    SecondPerson,
    /// Engagement bait: a question in the same sentence is not a real one ("Who else is watching?").
    Bait,
    /// What news accounts and share buttons put around a headline: "BREAKING", "read more".
    News,
    /// The here and now of someone on the spot: "already", "right now", "outside". With the first
    /// person it makes an eyewitness line ("the water is already at our front step").
    Witness,
}

impl Class {
    /// Signs of the writer's own voice, which a headline or a pasted quote does not carry.
    pub fn is_personal(self) -> bool {
        matches!(
            self,
            Class::FirstPerson | Class::View | Class::Stance | Class::Reason | Class::Question
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lang {
    /// Loanwords every language uses ("+1", "lol"): apply whatever the draft's language.
    Any,
    En,
    Es,
    Pt,
    Fr,
    De,
    It,
    Nl,
    Id,
    Tl,
}

impl Lang {
    pub const SPOKEN: [Lang; 9] = [
        Lang::En,
        Lang::Es,
        Lang::Pt,
        Lang::Fr,
        Lang::De,
        Lang::It,
        Lang::Nl,
        Lang::Id,
        Lang::Tl,
    ];

    pub fn index(self) -> usize {
        self as usize
    }
}

const SOURCES: [(Lang, &str); 10] = [
    (Lang::Any, include_str!("lexicon/any.txt")),
    (Lang::En, include_str!("lexicon/en.txt")),
    (Lang::Es, include_str!("lexicon/es.txt")),
    (Lang::Pt, include_str!("lexicon/pt.txt")),
    (Lang::Fr, include_str!("lexicon/fr.txt")),
    (Lang::De, include_str!("lexicon/de.txt")),
    (Lang::It, include_str!("lexicon/it.txt")),
    (Lang::Nl, include_str!("lexicon/nl.txt")),
    (Lang::Id, include_str!("lexicon/id.txt")),
    (Lang::Tl, include_str!("lexicon/tl.txt")),
];

const MAX_PHRASE_WORDS: usize = 6;

#[derive(Debug)]
pub struct Entry {
    pub class: Class,
    pub lang: Lang,
    /// Range into `Lexicon::words`.
    first: u32,
    len: u8,
    prefix: bool,
    /// Only for drafts detected as `lang`, never for drafts of unknown language.
    pub strict: bool,
    /// Only at the start of a sentence or clause.
    pub clause_start: bool,
}

impl Entry {
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether this phrase applies to a draft detected as `detected` (`None`: unknown).
    pub fn applies_to(&self, detected: Option<Lang>) -> bool {
        match (self.lang, detected) {
            (Lang::Any, _) => true,
            (_, None) => !self.strict,
            (lang, Some(d)) => lang == d,
        }
    }
}

#[derive(Debug, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
    words: Vec<Box<str>>,
    /// (key, entry index) while parsing; turned into `index` once all sources are read.
    keys: Vec<(u32, u32)>,
    index: Index,
    /// Whether any one-word prefix entry exists (else that probe is skipped).
    single_prefixes: bool,
    /// Lines that could not be used, as (file, line number). A test keeps this empty.
    pub problems: Vec<(Lang, usize)>,
}

/// The compiled-in lexicon, parsed on first use.
pub fn get() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lex = Lexicon::default();
        for (lang, src) in SOURCES {
            lex.add_source(lang, src);
        }
        lex.finish();
        lex
    })
}

fn section(name: &str) -> Option<Class> {
    Some(match name {
        "filler" => Class::Filler,
        "affirmation" => Class::Affirmation,
        "reason" => Class::Reason,
        "view" => Class::View,
        "question" => Class::Question,
        "marketing" => Class::Marketing,
        "contrast" => Class::Contrast,
        "common" => Class::Common,
        "negation" => Class::Negation,
        "first" => Class::FirstPerson,
        "stance" => Class::Stance,
        "second" => Class::SecondPerson,
        "bait" => Class::Bait,
        "news" => Class::News,
        "witness" => Class::Witness,
        _ => return None,
    })
}

impl Lexicon {
    fn add_source(&mut self, lang: Lang, src: &str) {
        let mut class = None;
        let mut tokens: Vec<Token> = Vec::new();
        for (n, raw) in src.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                class = section(name);
                if class.is_none() {
                    self.problems.push((lang, n + 1));
                }
                continue;
            }
            let Some(class) = class else {
                self.problems.push((lang, n + 1));
                continue;
            };
            if !self.add_phrase(line, class, lang, &mut tokens) {
                self.problems.push((lang, n + 1));
            }
        }
    }

    fn finish(&mut self) {
        self.index = Index::build(std::mem::take(&mut self.keys));
    }

    fn add_phrase(
        &mut self,
        line: &str,
        class: Class,
        lang: Lang,
        tokens: &mut Vec<Token>,
    ) -> bool {
        let (line, strict) = match line.strip_prefix('=') {
            Some(rest) => (rest, true),
            None => (line, false),
        };
        let (line, clause_start) = match line.strip_prefix('^') {
            Some(rest) => (rest, true),
            None => (line, false),
        };
        let (phrase, prefix) = match line.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (line, false),
        };
        tokenize(phrase, tokens);
        let first = self.words.len();
        for t in tokens.iter().filter(|t| t.kind == Kind::Word) {
            let mut w = String::new();
            push_folded(t.text(phrase), t.ascii, &mut w);
            self.words.push(w.into_boxed_str());
        }
        let len = self.words.len() - first;
        // Keys read three letters of a lone stem and two of a second word.
        let min_stem = if len == 1 { 3 } else { 2 };
        let stem_ok = !prefix
            || len > 2
            || self
                .words
                .last()
                .is_some_and(|w| w.chars().count() >= min_stem);
        if len == 0 || len > MAX_PHRASE_WORDS || !stem_ok {
            self.words.truncate(first);
            return false;
        }
        let entry = self.entries.len() as u32;
        let key = match (len, prefix) {
            (1, false) => key::single(key::word(&self.words[first])),
            (1, true) => {
                self.single_prefixes = true;
                key::single_prefix(&self.words[first])
            }
            _ => key::multi(
                key::word(&self.words[first]),
                key::head2(&self.words[first + 1]),
            ),
        };
        self.keys.push((key, entry));
        self.entries.push(Entry {
            class,
            lang,
            first: first as u32,
            len: len as u8,
            prefix,
            strict,
            clause_start,
        });
        true
    }

    /// Calls `found` with every entry matching the words starting at `at`. `word(j)` gives the
    /// folded word `j`, or `None` past the end or when a sentence break separates it from word
    /// `j - 1` (phrases never span sentences). `first_hash` is `key::word` of word `at` and
    /// `next_head2` is `key::head2` of the word after it, if a phrase may continue there.
    pub fn for_each_match<'s, 'w>(
        &'s self,
        at: usize,
        (first_hash, next_head2): (u32, Option<u32>),
        word: impl Fn(usize) -> Option<&'w str>,
        mut found: impl FnMut(&'s Entry),
    ) {
        let single = self.index.get(key::single(first_hash));
        let multi = next_head2.map_or(&[][..], |next| self.index.get(key::multi(first_hash, next)));
        if single.is_empty() && multi.is_empty() && !self.single_prefixes {
            return;
        }
        let Some(first) = word(at) else { return };
        let mut check = |candidates: &[u32]| {
            for &e in candidates {
                let entry = &self.entries[e as usize];
                if self.matches(entry, first, at, &word) {
                    found(entry);
                }
            }
        };
        check(single);
        if self.single_prefixes {
            check(self.index.get(key::single_prefix(first)));
        }
        check(multi);
    }

    fn matches<'w>(
        &self,
        entry: &Entry,
        first: &str,
        at: usize,
        word: &impl Fn(usize) -> Option<&'w str>,
    ) -> bool {
        (0..entry.len()).all(|j| {
            let Some(w) = (if j == 0 { Some(first) } else { word(at + j) }) else {
                return false;
            };
            let want = &*self.words[entry.first as usize + j];
            if entry.prefix && j + 1 == entry.len() {
                w.starts_with(want)
            } else {
                w == want
            }
        })
    }

    #[cfg(test)]
    pub fn entries(&self) -> impl Iterator<Item = (&Entry, Vec<&str>)> {
        self.entries.iter().map(|e| {
            let words = self.words[e.first as usize..e.first as usize + e.len()]
                .iter()
                .map(|w| &**w)
                .collect();
            (e, words)
        })
    }
}

/// The language with most function-word hits, if it clearly leads. Short drafts often have none:
/// then every language's phrases apply (except the strict ones).
pub fn detect_language(matches: &[(u32, &'static Entry)]) -> Option<Lang> {
    let mut hits = [0u32; SOURCES.len()];
    for (_, e) in matches.iter().filter(|(_, e)| e.class == Class::Common) {
        hits[e.lang.index()] += 1;
    }
    let mut best = (0, None);
    let mut runner_up = 0;
    for lang in Lang::SPOKEN {
        let h = hits[lang.index()];
        if h > best.0 {
            runner_up = best.0;
            best = (h, Some(lang));
        } else if h > runner_up {
            runner_up = h;
        }
    }
    (best.0 >= 2 && best.0 > runner_up)
        .then_some(best.1)
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(lex: &Lexicon, words: &[&str]) -> Vec<Class> {
        let owned: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let words = &owned;
        let mut found = Vec::new();
        let hashes = (key::word(&words[0]), words.get(1).map(|w| key::head2(w)));
        lex.for_each_match(
            0,
            hashes,
            |j| words.get(j).map(|s| s.as_str()),
            |e| found.push(e.class),
        );
        found
    }

    #[test]
    fn compiled_in_lexicons_parse_cleanly() {
        assert_eq!(get().problems, vec![], "unusable lines as (file, line)");
        for lang in Lang::SPOKEN {
            for class in [
                Class::Filler,
                Class::Reason,
                Class::View,
                Class::Question,
                Class::Marketing,
                Class::Common,
                Class::FirstPerson,
            ] {
                assert!(
                    get()
                        .entries
                        .iter()
                        .any(|e| e.lang == lang && e.class == class),
                    "{lang:?} lacks {class:?}"
                );
            }
        }
    }

    #[test]
    fn phrases_are_normalized_like_drafts() {
        let mut lex = Lexicon::default();
        lex.add_source(
            Lang::En,
            "[marketing]\nDon’t MISS!\n[reason]\nporqué\nrecommend*\nparce qu*\n",
        );
        lex.finish();
        assert_eq!(lookup(&lex, &["don't", "miss"]), vec![Class::Marketing]);
        assert_eq!(lookup(&lex, &["don't"]), vec![]);
        assert_eq!(lookup(&lex, &["porque"]), vec![Class::Reason]);
        assert_eq!(lookup(&lex, &["recommended"]), vec![Class::Reason]);
        assert_eq!(lookup(&lex, &["rec"]), vec![]);
        assert_eq!(lookup(&lex, &["parce", "qu'il"]), vec![Class::Reason]);
        assert_eq!(lookup(&lex, &["parce", "que"]), vec![Class::Reason]);
        assert_eq!(lookup(&lex, &["parce"]), vec![]);
    }

    #[test]
    fn strict_phrases_need_their_language() {
        let mut lex = Lexicon::default();
        lex.add_source(Lang::Fr, "[reason]\n=car\ndonc\n=^alors\n");
        assert!(lex.entries[0].strict && !lex.entries[1].strict);
        assert!(
            lex.entries[2].strict && lex.entries[2].clause_start && !lex.entries[0].clause_start
        );
        assert!(lex.entries[0].applies_to(Some(Lang::Fr)));
        assert!(!lex.entries[0].applies_to(None));
        assert!(!lex.entries[0].applies_to(Some(Lang::En)));
        assert!(lex.entries[1].applies_to(None));
    }

    #[test]
    fn one_pass_hashes_match_separate_ones() {
        for w in [
            "",
            "a",
            "ab",
            "abc",
            "porque",
            "été",
            "ñu",
            "漢字かな",
            "x\u{301}y",
        ] {
            assert_eq!(
                key::word_and_head2(w),
                (key::word(w), key::head2(w)),
                "{w:?}"
            );
        }
    }

    #[test]
    fn bad_lines_are_reported_not_fatal() {
        let mut lex = Lexicon::default();
        lex.add_source(Lang::En, "orphan\n[nonsense]\nx\n[filler]\n🔥\nab*\nok\n");
        assert_eq!(
            lex.problems,
            vec![
                (Lang::En, 1),
                (Lang::En, 2),
                (Lang::En, 3),
                (Lang::En, 5),
                (Lang::En, 6)
            ]
        );
        assert_eq!(lex.entries.len(), 1);
    }

    #[test]
    fn no_phrase_means_opposite_things_in_two_languages() {
        // A reason word in one language must not be an everyday word of another ("also" is
        // "therefore" in German), else drafts get false credit. Strict phrases are exempt: they
        // only apply to drafts detected as their own language.
        use Class::*;
        let lex = get();
        let all: Vec<_> = lex.entries().collect();
        let mut clashes = Vec::new();
        for (a, wa) in &all {
            for (b, wb) in &all {
                // A first-person pronoun that is a function word elsewhere ("mi", "me") only
                // helps tell the language; it is not false credit.
                let benign = matches!(
                    (a.class, b.class),
                    (Common | Filler, Affirmation)
                        | (Affirmation, Common | Filler)
                        | (Common | Affirmation, FirstPerson | SecondPerson)
                        | (FirstPerson | SecondPerson, Common | Affirmation)
                );
                if wa == wb
                    && a.lang < b.lang
                    && a.class != b.class
                    && !benign
                    && !a.strict
                    && !b.strict
                {
                    clashes.push(format!(
                        "{wa:?}: {:?} in {:?}, {:?} in {:?}",
                        a.class, a.lang, b.class, b.lang
                    ));
                }
            }
        }
        assert!(clashes.is_empty(), "{clashes:#?}");
    }
}
