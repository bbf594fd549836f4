//! The facts about a draft that every rule reads: its tokens, and for each word where it came from
//! (the writer, a quote, a pasted title, a filler phrase), with the tallies taken from them. Only
//! the types live here; `pipeline` runs the passes that fill them in, and rules then only count.
use super::lexicon::{Entry, Lang};
use super::tokens::Token;

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
    /// Looks like a pasted headline ("Title Case Words", "… - Reuters"), or was pasted with no
    /// sign of the writer's own voice.
    Headline,
    /// Text a site's share intent put in the composer before the writer typed anything.
    Prefilled,
    /// Pasted into the composer; settled as `Own` or `Headline` once the lexicons have been read.
    Pasted,
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
    pub(super) norm: (u32, u32),
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

/// Counts the rules read. `*_units` are words, with a run of Han or Thai counting as several.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub own_units: u32,
    /// Own words in the Latin script, the only one our lexicons can read.
    pub own_latin_units: u32,
    pub filler_units: u32,
    pub quoted_units: u32,
    pub copied_quote_units: u32,
    pub copied_title_units: u32,
    pub retweet_units: u32,
    pub headline_units: u32,
    pub prefilled_units: u32,
    pub word_tokens: u32,
    pub urls: u32,
    pub mentions: u32,
    pub hashtags: u32,
    pub emoji: u32,
    pub reason: u32,
    pub view: u32,
    pub question_phrases: u32,
    pub marketing: u32,
    /// Engagement bait: "who else is watching", "tag a friend", "did you know".
    pub bait: u32,
    pub contrast: u32,
    pub first_person: u32,
    /// Here-and-now words ("already", "right now", "outside"): with the first person, an
    /// eyewitness line.
    pub witness: u32,
    pub second_person: u32,
    pub stance: u32,
    pub negations: u32,
    /// Question marks closing a sentence that holds own words and no engagement bait.
    pub questions: u32,
    /// Sentences with three or more own words.
    pub own_sentences: u32,
    /// A link shared with one sentence of own words that shows nothing of the writer: no first
    /// person, view, stance, reason or question. Usually a headline the detector could not prove.
    pub caption: bool,
    /// The same over several sentences: a news report or a press release more often than not.
    pub report: bool,
    /// No link, no voice, but names or numbers across a sentence or more: a news report or an
    /// announcement typed out rather than a take on it.
    pub statement: bool,
    /// Exclamation marks among the writer's words: cheering, most often, not a thought.
    pub exclaims: u32,
    pub numbers: u32,
    /// Capitalized own words inside a sentence: names of people, places, products.
    pub names: u32,
    /// Of the writer's words (own or filler) with two or more cased letters: how many, how many in capitals.
    pub cased: u32,
    pub caps: u32,
}

pub struct Analysis<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub words: Vec<Word>,
    pub(super) norm: String,
    /// Lexicon phrases found among own words: (index of the first word, phrase).
    pub(super) matches: Vec<(u32, &'static Entry)>,
    pub lang: Option<Lang>,
    pub n: Counts,
}

/// The analysis' working memory, handed back after each draft so that scoring as the user types
/// reuses it instead of allocating afresh.
#[derive(Default)]
pub struct Buffers {
    pub(super) tokens: Vec<Token>,
    pub(super) words: Vec<Word>,
    pub(super) norm: String,
    pub(super) matches: Vec<(u32, &'static Entry)>,
}

/// Buffers grown past this many tokens (a pasted book) are dropped rather than kept around.
const KEEP_TOKENS: usize = 1 << 14;

impl Analysis<'_> {
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
}
