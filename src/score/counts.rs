//! The tallies the rules read, taken once the origin of every word is settled.
use super::analysis::{flag, Analysis, Origin};
use super::chars::{ends_sentence, is_question_mark};
use super::lexicon::Lang;
use super::tokens::Kind;

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
    pub word_tokens: u32,
    pub urls: u32,
    pub mentions: u32,
    pub hashtags: u32,
    pub emoji: u32,
    pub reason: u32,
    pub view: u32,
    pub question_phrases: u32,
    pub marketing: u32,
    pub contrast: u32,
    /// Question marks closing a sentence that holds own words.
    pub questions: u32,
    pub numbers: u32,
    /// Capitalized own words inside a sentence: names of people, places, products.
    pub names: u32,
    /// Of the writer's words (own or filler) with two or more cased letters: how many, how many in capitals.
    pub cased: u32,
    pub caps: u32,
}

impl Analysis<'_> {
    pub(super) fn count(&mut self) {
        let questions = self.count_questions();
        let n = &mut self.n;
        n.questions = questions;
        for t in &self.tokens {
            match t.kind {
                Kind::Url => n.urls += 1,
                Kind::Mention => n.mentions += 1,
                Kind::Hashtag => n.hashtags += 1,
                Kind::Emoji => n.emoji += 1,
                _ => {}
            }
        }
        let german = self.lang == Some(Lang::De);
        for w in &self.words {
            let units = w.units as u32;
            n.word_tokens += 1;
            match w.origin {
                Origin::Own => {
                    n.own_units += units;
                    if w.has(flag::LATIN) {
                        n.own_latin_units += units;
                    }
                    n.numbers += w.has(flag::NUMBER) as u32;
                    let name =
                        w.has(flag::CAPITALIZED) && !w.has(flag::SENTENCE_START | flag::ALL_CAPS);
                    n.names += (name && !german) as u32;
                }
                Origin::Filler => n.filler_units += units,
                Origin::Quoted => n.quoted_units += units,
                Origin::CopiedQuote => n.copied_quote_units += units,
                Origin::CopiedTitle => n.copied_title_units += units,
                Origin::Retweet => n.retweet_units += units,
                Origin::Headline => n.headline_units += units,
            }
            if matches!(w.origin, Origin::Own | Origin::Filler) && w.has(flag::CASED) {
                n.cased += 1;
                n.caps += w.has(flag::ALL_CAPS) as u32;
            }
        }
    }

    fn count_questions(&self) -> u32 {
        let mut questions = 0;
        let mut own_in_sentence = false;
        let mut words = self.words.iter().peekable();
        for (i, t) in self.tokens.iter().enumerate() {
            while let Some(w) = words.next_if(|w| w.token as usize <= i) {
                own_in_sentence |= w.origin == Origin::Own;
            }
            if !matches!(t.kind, Kind::Newline | Kind::Punct) {
                continue;
            }
            let c = t.text(self.text).chars().next().unwrap_or(' ');
            // "¿" and "¡" open a Spanish sentence: the words before them belong to it.
            if t.kind == Kind::Newline || (ends_sentence(c) && c != '¿' && c != '¡') {
                questions += (own_in_sentence && is_question_mark(c)) as u32;
                own_in_sentence = false;
            }
        }
        questions
    }
}
