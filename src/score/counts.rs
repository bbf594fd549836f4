//! The tallies the rules read, taken once the origin of every word is settled.
use super::analysis::{flag, Analysis, Origin};
use super::chars::{ends_sentence, is_question_mark};
use super::lexicon::{Class, Lang};
use super::tokens::Kind;

/// Own words a sentence needs to count as one of the writer's sentences.
const SENTENCE_WORDS: u32 = 3;

/// Own words a voiceless text without a link needs before it reads as a statement of news.
const STATEMENT_WORDS: u32 = 8;

pub fn count(a: &mut Analysis) {
    let (questions, own_sentences) = sentences(a);
    let n = &mut a.n;
    n.questions = questions;
    n.own_sentences = own_sentences;
    for t in &a.tokens {
        match t.kind {
            Kind::Url => n.urls += 1,
            Kind::Mention => n.mentions += 1,
            Kind::Hashtag => n.hashtags += 1,
            Kind::Emoji => n.emoji += 1,
            Kind::Punct => n.exclaims += t.text(a.text).contains(['!', '¡']) as u32,
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
            // Pasted words are settled before counting; a leftover one is not the writer's.
            Origin::Headline | Origin::Pasted => n.headline_units += units,
            Origin::Prefilled => n.prefilled_units += units,
        }
        if matches!(w.origin, Origin::Own | Origin::Filler) && w.has(flag::CASED) {
            n.cased += 1;
            n.caps += w.has(flag::ALL_CAPS) as u32;
        }
    }
    // Only where the lexicons can read the words: elsewhere no cue is no evidence. Weighing one
    // side against another ("but") and speaking to someone ("you") are voice too: headlines and
    // press releases seldom do either.
    let voiceless = n.first_person
        + n.second_person
        + n.view
        + n.stance
        + n.reason
        + n.contrast
        + n.question_phrases
        + n.questions
        == 0;
    let readable_link = n.urls > 0 && n.own_units > 0 && n.own_latin_units * 2 >= n.own_units;
    // A headline is one sentence; a voiceless text of several is a report or a press release.
    n.caption = readable_link && voiceless && n.own_sentences <= 1;
    n.report = readable_link && voiceless && n.own_sentences > 1;
    // Without a link: a voiceless line of names or numbers, long enough to be more than a label,
    // reports news or announces an event ("Deux invités : Yannick Blanc, préfet de Vaucluse…").
    let readable = n.own_latin_units * 2 >= n.own_units;
    n.statement = n.urls == 0
        && readable
        && voiceless
        && n.negations == 0
        && n.own_units >= STATEMENT_WORDS
        && n.numbers + n.names > 0;
}

/// Real questions (a question mark closing a sentence with own words and no engagement bait) and
/// sentences with a few own words.
fn sentences(a: &Analysis) -> (u32, u32) {
    let (mut questions, mut sentences) = (0, 0);
    let (mut own_in_sentence, mut bait) = (0, false);
    let mut baits = a
        .matches
        .iter()
        .filter(|(_, e)| e.class == Class::Bait)
        .map(|&(at, _)| at as usize)
        .peekable();
    let mut words = a.words.iter().enumerate().peekable();
    let mut close = |own: &mut u32, bait: &mut bool, question: bool| {
        questions += (*own > 0 && question && !*bait) as u32;
        sentences += (*own >= SENTENCE_WORDS) as u32;
        (*own, *bait) = (0, false);
    };
    for (i, t) in a.tokens.iter().enumerate() {
        while let Some((k, w)) = words.next_if(|(_, w)| w.token as usize <= i) {
            own_in_sentence += (w.origin == Origin::Own) as u32 * w.units as u32;
            while baits.next_if(|&b| b <= k).is_some() {
                bait = true;
            }
        }
        if !matches!(t.kind, Kind::Newline | Kind::Punct) {
            continue;
        }
        let c = t.text(a.text).chars().next().unwrap_or(' ');
        // "¿" and "¡" open a Spanish sentence: the words before them belong to it.
        if t.kind == Kind::Newline || (ends_sentence(c) && c != '¿' && c != '¡') {
            close(&mut own_in_sentence, &mut bait, is_question_mark(c));
        }
    }
    close(&mut own_in_sentence, &mut bait, false);
    (questions, sentences)
}
