//! The tallies the rules read, taken once the origin of every word is settled.
use super::analysis::{flag, Analysis, Origin};
use super::chars::{ends_sentence, is_question_mark};
use super::lexicon::Lang;
use super::tokens::Kind;

pub fn count(a: &mut Analysis) {
    let questions = count_questions(a);
    let n = &mut a.n;
    n.questions = questions;
    for t in &a.tokens {
        match t.kind {
            Kind::Url => n.urls += 1,
            Kind::Mention => n.mentions += 1,
            Kind::Hashtag => n.hashtags += 1,
            Kind::Emoji => n.emoji += 1,
            _ => {}
        }
    }
    let german = a.lang == Some(Lang::De);
    for w in &a.words {
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

fn count_questions(a: &Analysis) -> u32 {
    let mut questions = 0;
    let mut own_in_sentence = false;
    let mut words = a.words.iter().peekable();
    for (i, t) in a.tokens.iter().enumerate() {
        while let Some(w) = words.next_if(|w| w.token as usize <= i) {
            own_in_sentence |= w.origin == Origin::Own;
        }
        if !matches!(t.kind, Kind::Newline | Kind::Punct) {
            continue;
        }
        let c = t.text(a.text).chars().next().unwrap_or(' ');
        // "¿" and "¡" open a Spanish sentence: the words before them belong to it.
        if t.kind == Kind::Newline || (ends_sentence(c) && c != '¿' && c != '¡') {
            questions += (own_in_sentence && is_question_mark(c)) as u32;
            own_in_sentence = false;
        }
    }
    questions
}
