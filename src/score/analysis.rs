//! One pass of facts about a draft that every rule reads: its tokens, and for each word where it
//! came from (the writer, a quote, a pasted title, a filler phrase). Rules then only count.
use super::chars::{chars_per_word, ends_sentence, push_folded, quote_kind, Quote};
use super::lexicon::{self, key, Entry, Lang};
use super::tokens::{tokenize, Kind, Token};
use super::{copy, headline, shape, Draft};

/// Where a word came from. Only `Own` words count as the writer's thought.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Own,
    /// Empty praise or agreement: "so true", "+1", or a draft made only of "this", "yes".
    Filler,
    /// Inside quotation marks: someone else's words, quoted on purpose.
    Quoted,
    /// Overlaps the post being quoted or replied to.
    CopiedQuote,
    /// Overlaps the shared link's title.
    CopiedTitle,
    /// Part of an old-style `RT @name:` retweet.
    Retweet,
    /// Looks like a pasted headline ("Title Case Words", "… - Reuters").
    Headline,
}

pub mod flag {
    pub const SENTENCE_START: u16 = 1;
    /// A sentence break separates this word from the previous one.
    pub const BREAK_BEFORE: u16 = 2;
    pub const IN_QUOTES: u16 = 4;
    pub const LATIN: u16 = 8;
    pub const NUMBER: u16 = 16;
    /// Two or more letters that have case.
    pub const CASED: u16 = 32;
    pub const CAPITALIZED: u16 = 64;
    pub const ALL_CAPS: u16 = 128;
    /// Covered by an `[affirmation]` phrase.
    pub const AFFIRMATION: u16 = 256;
    /// Written in a script without spaces (Han, Kana, Thai): counted in units of several characters.
    pub const DENSE: u16 = 2048;
    /// Starts a clause: first in its sentence, or after a comma, colon, semicolon, dash.
    pub const CLAUSE_START: u16 = 512;
    /// Shortly after a negation ("not", "no", "pas"): filler here is a real statement.
    pub const NEGATED: u16 = 1024;
}

#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub token: u32,
    norm: (u32, u32),
    /// `lexicon::key::word` and `key::head2` of the folded word, computed once.
    pub hash: u32,
    pub(super) head2: u32,
    pub units: u16,
    pub origin: Origin,
    pub flags: u16,
}

impl Word {
    /// Whether any of the flags in `f` is set.
    #[inline(always)]
    pub fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }
}

pub use super::counts::Counts;

pub struct Analysis<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub words: Vec<Word>,
    norm: String,
    /// Lexicon phrases found among own words: (index of the first word, phrase).
    pub(super) matches: Vec<(u32, &'static Entry)>,
    pub lang: Option<Lang>,
    pub n: Counts,
}

/// The analysis' working memory, handed back after each draft so that scoring as the user types
/// reuses it instead of allocating afresh.
#[derive(Default)]
pub struct Buffers {
    tokens: Vec<Token>,
    words: Vec<Word>,
    norm: String,
    matches: Vec<(u32, &'static Entry)>,
}

/// Buffers grown past this many tokens (a pasted book) are dropped rather than kept around.
const KEEP_TOKENS: usize = 1 << 14;

/// Longest input read, in bytes. Far beyond any post; it keeps offsets in `u32` and work bounded.
pub const MAX_TEXT: usize = 4 << 20;

impl<'a> Analysis<'a> {
    #[cfg(test)]
    pub fn new(draft: &'a Draft) -> Analysis<'a> {
        Analysis::with_buffers(draft, Buffers::default())
    }

    pub fn with_buffers(draft: &'a Draft, b: Buffers) -> Analysis<'a> {
        let text = truncate(&draft.text, MAX_TEXT);
        let Buffers {
            mut tokens,
            mut words,
            mut norm,
            mut matches,
        } = b;
        tokenize(text, &mut tokens);
        words.clear();
        norm.clear();
        matches.clear();
        let mut a = Analysis {
            text,
            tokens,
            words,
            norm,
            matches,
            lang: None,
            n: Counts::default(),
        };
        a.collect_words();
        a.mark_retweet();
        if let Some(ctx) = &draft.context {
            if let Some(q) = ctx.quoted_text.as_deref() {
                copy::mark(&mut a, q, Origin::CopiedQuote);
            }
            if let Some(t) = ctx.link_title.as_deref() {
                copy::mark(&mut a, t, Origin::CopiedTitle);
            }
        }
        a.match_lexicon();
        a.lang = lexicon::detect_language(&a.matches);
        headline::mark(&mut a);
        a.apply_lexicon();
        a.count();
        a
    }

    /// The working memory back, for the next draft (empty if it grew too big to keep).
    pub fn into_buffers(self) -> Buffers {
        if self.tokens.capacity() > KEEP_TOKENS {
            return Buffers::default();
        }
        Buffers {
            tokens: self.tokens,
            words: self.words,
            norm: self.norm,
            matches: self.matches,
        }
    }

    #[inline(always)]
    pub fn norm(&self, w: &Word) -> &str {
        &self.norm[w.norm.0 as usize..w.norm.1 as usize]
    }

    #[inline(always)]
    pub fn word_text(&self, w: &Word) -> &'a str {
        self.tokens[w.token as usize].text(self.text)
    }

    fn collect_words(&mut self) {
        self.words.reserve(self.tokens.len());
        self.norm.reserve(self.text.len());
        let mut sentence_start = true;
        let mut clause_start = true;
        let mut brk = false;
        let mut in_quotes = false;
        let mut quote_opened_at = 0;
        for (i, t) in self.tokens.iter().enumerate() {
            let s = t.text(self.text);
            match t.kind {
                Kind::Word => {
                    let start = self.norm.len() as u32;
                    let (mut flags, hash, head2) = if t.ascii {
                        shape::ascii_word(s, &mut self.norm)
                    } else {
                        push_folded(s, false, &mut self.norm);
                        let mut flags = shape::word_shape(s, false);
                        if s.chars().next().and_then(chars_per_word).is_some() {
                            flags |= flag::DENSE;
                        }
                        let folded = &self.norm[start as usize..];
                        let (hash, head2) = key::word_and_head2(folded);
                        (flags, hash, head2)
                    };
                    if sentence_start {
                        flags |= flag::SENTENCE_START;
                    }
                    if sentence_start || clause_start {
                        flags |= flag::CLAUSE_START;
                    }
                    if brk {
                        flags |= flag::BREAK_BEFORE;
                    }
                    if in_quotes {
                        flags |= flag::IN_QUOTES;
                    }
                    let origin = if in_quotes {
                        Origin::Quoted
                    } else {
                        Origin::Own
                    };
                    let norm = (start, self.norm.len() as u32);
                    self.words.push(Word {
                        token: i as u32,
                        norm,
                        hash,
                        head2,
                        units: t.units,
                        origin,
                        flags,
                    });
                    sentence_start = false;
                    clause_start = false;
                    brk = false;
                }
                Kind::Newline => (sentence_start, brk) = (true, true),
                Kind::Punct => {
                    let c = s.chars().next().unwrap_or(' ');
                    if ends_sentence(c) {
                        (sentence_start, brk) = (true, true);
                    } else if matches!(c, ',' | ':' | '(' | '-' | '–' | '—' | '、' | '，' | '،')
                    {
                        clause_start = true;
                    } else if let Some(q) = quote_kind(c) {
                        let open = match q {
                            Quote::Open => true,
                            Quote::Close => false,
                            Quote::Either => !in_quotes,
                        };
                        if open && !in_quotes {
                            quote_opened_at = self.words.len();
                        }
                        in_quotes = open;
                        brk = true;
                    }
                }
                // A link or an emoji between two words breaks a phrase but not a sentence.
                Kind::Url | Kind::Emoji | Kind::Mention | Kind::Hashtag => brk = true,
            }
        }
        if in_quotes {
            // Never closed: probably still being typed, so the words are the writer's own.
            for w in &mut self.words[quote_opened_at..] {
                w.flags &= !flag::IN_QUOTES;
                w.origin = Origin::Own;
            }
        }
    }

    /// `RT @name:` (or `MT`) and everything after it is someone else's post.
    fn mark_retweet(&mut self) {
        let Some(pos) = self.words.iter().position(|w| {
            let t = w.token as usize;
            let tok = self.tokens[t];
            let rt = tok.end - tok.start == 2 && matches!(tok.text(self.text), "RT" | "rt" | "MT");
            rt && self
                .tokens
                .get(t + 1)
                .is_some_and(|n| n.kind == Kind::Mention)
        }) else {
            return;
        };
        for w in &mut self.words[pos..] {
            w.origin = Origin::Retweet;
        }
    }
}

pub fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::{Context, Draft};

    fn analyse(text: &str) -> (Counts, Option<Lang>) {
        let d = Draft {
            text: text.into(),
            context: None,
        };
        let a = Analysis::new(&d);
        (a.n, a.lang)
    }

    #[test]
    fn everything_from_rt_on_is_the_retweet() {
        let (n, _) = analyse("Worth it. RT @ana: the bridge reopens in May");
        assert_eq!(
            (n.own_units, n.retweet_units),
            (2, 6),
            "the @handle is not a word"
        );
        assert_eq!(
            analyse("RT is short for retweet").0.retweet_units,
            0,
            "RT without a handle is a word"
        );
    }

    #[test]
    fn quoted_words_are_not_own_unless_the_quote_never_closes() {
        let (n, _) = analyse("“Nobody reads footnotes” is the problem");
        assert_eq!((n.quoted_units, n.own_units), (3, 3));
        let (n, _) = analyse("He said \"we ship next week");
        assert_eq!((n.quoted_units, n.own_units), (0, 6));
        let (n, _) = analyse("„Das stimmt nicht“ sagt sie");
        assert_eq!(n.quoted_units, 3);
    }

    #[test]
    fn a_draft_of_only_affirmations_is_filler() {
        assert_eq!(analyse("This is it.").0.own_units, 0);
        assert_eq!(analyse("This is why the vote failed.").0.own_units, 6);
    }

    #[test]
    fn negation_turns_filler_back_into_words() {
        assert_eq!(analyse("Totalmente de acuerdo").0.own_units, 0);
        let (n, _) = analyse("No estoy de acuerdo con el plazo");
        assert_eq!((n.own_units, n.filler_units), (7, 0));
    }

    #[test]
    fn detects_the_language_from_function_words() {
        assert_eq!(
            analyse("The point is that the chart is wrong").1,
            Some(Lang::En)
        );
        assert_eq!(
            analyse("El problema es que la encuesta es de Madrid").1,
            Some(Lang::Es)
        );
        assert_eq!(
            analyse("Die Studie ist nicht aus Deutschland und das ist wichtig").1,
            Some(Lang::De)
        );
        assert_eq!(analyse("Wow").1, None);
    }

    #[test]
    fn strict_and_clause_start_phrases_need_their_place() {
        // French "car" is a reason only in French; English "so" only at the start of a clause.
        assert_eq!(analyse("Nice car").0.reason, 0);
        assert_eq!(
            analyse("Je pars car le train est en retard et il pleut")
                .0
                .reason,
            1
        );
        assert_eq!(
            analyse("It started late, so the whole day slipped")
                .0
                .reason,
            1
        );
        assert_eq!(analyse("It is so late in the day").0.reason, 0);
    }

    #[test]
    fn questions_count_only_with_own_words() {
        assert_eq!(
            analyse("Why did the council wait? And who pays?")
                .0
                .questions,
            2
        );
        assert_eq!(analyse("“Why did the council wait?”").0.questions, 0);
        assert_eq!(analyse("Y tú, ¿qué opinas?").0.questions, 1);
    }

    #[test]
    fn counts_links_tags_and_emoji() {
        let (n, _) = analyse("@ana look 🔥🔥 #rust #wasm https://x.co/a www.example.org");
        assert_eq!(
            (n.mentions, n.emoji, n.hashtags, n.urls, n.own_units),
            (1, 1, 2, 2, 1)
        );
    }

    #[test]
    fn buffers_are_reused_clean() {
        let first = Draft {
            text: "A long first draft about rents and wages in 2024".into(),
            context: None,
        };
        let second = Draft {
            text: "short".into(),
            context: Some(Context::default()),
        };
        let a = Analysis::new(&first);
        let b = Analysis::with_buffers(&second, a.into_buffers());
        assert_eq!((b.words.len(), b.n.own_units), (1, 1));
        assert_eq!(b.norm(&b.words[0]), "short");
    }
}
