//! Spots a headline pasted next to its link when the page title is not known: sentences in Title
//! Case ("Scientists Discover New Species Of Frog") or ending in a publisher ("… - Reuters"), and
//! every sentence without the writer's voice when the draft carries what share buttons and news
//! accounts put around a headline: "via @site", "| Site", a title cut off with "…" before its
//! link, "BREAKING:", "read more". Only with a link in the draft; Title Case never for German,
//! whose nouns are all capitalized.
use super::analysis::{flag, Analysis, Origin, Word};
use super::lexicon::{Class, Lang};
use super::phrases;
use super::tokens::Kind;

/// Words this long or longer decide Title Case; short ones ("of", "in", "the") vary by style guide.
const CONTENT_LEN: usize = 4;
const MAX_PUBLISHER_WORDS: usize = 4;

pub fn mark(a: &mut Analysis) {
    // A news tag ("BREAKING:") marks a headline even where the link was left off.
    if !a.tokens.iter().any(|t| t.kind == Kind::Url) && !tagged(a) {
        return;
    }
    let german = a.lang == Some(Lang::De);
    let shared = shared_by_a_button(a);
    let mut start = 0;
    while start < a.words.len() {
        let end = (start + 1..a.words.len())
            .find(|&j| a.words[j].has(flag::SENTENCE_START))
            .unwrap_or(a.words.len());
        let shaped = !german && (title_case(a, start, end) || publisher_suffix(a, start, end));
        if shaped || (shared && !phrases::voiced(a, start, end)) {
            for w in a.words[start..end]
                .iter_mut()
                .filter(|w| w.origin == Origin::Own)
            {
                w.origin = Origin::Headline;
            }
        }
        start = end;
    }
}

fn tagged(a: &Analysis) -> bool {
    a.matches
        .iter()
        .any(|&(at, e)| e.class == Class::News && phrases::counts_at(a, at as usize, e))
}

/// Words before a colon that open the draft as a news kicker does: "Börse Frankfurt:",
/// "Governo Monti:", "Ottawa Police Service:". A writer's own "Update: I tried…" is voiced and
/// stays theirs.
const KICKER_WORDS: usize = 4;

fn kicker(a: &Analysis) -> bool {
    let Some(colon) = a
        .words
        .iter()
        .take(KICKER_WORDS + 1)
        .position(|w| a.punct_at(w.token as usize + 1, ":"))
    else {
        return false;
    };
    let Some((first, rest)) = a.words[..=colon].split_first() else {
        return false;
    };
    first.has(flag::CAPITALIZED)
        && rest
            .iter()
            .all(|w| w.has(flag::CAPITALIZED | flag::NUMBER) && !w.has(flag::BREAK_BEFORE))
}

/// What a share button or a news account leaves around a headline: a news tag or "read more", a
/// kicker before a colon, "via @site", a "|" between title and site, or a title cut off with "…"
/// right before its link.
fn shared_by_a_button(a: &Analysis) -> bool {
    tagged(a)
        || kicker(a)
        || a.tokens.iter().enumerate().any(|(i, t)| match t.kind {
            Kind::Word => {
                t.text(a.text).eq_ignore_ascii_case("via")
                    && a.tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Mention)
            }
            Kind::Punct => t.text(a.text) == "|",
            Kind::Url => {
                i > 0
                    && (a.punct_at(i - 1, "…")
                        || (i > 1 && a.punct_at(i - 1, ".") && a.punct_at(i - 2, ".")))
            }
            _ => false,
        })
}

fn title_case(a: &Analysis, start: usize, end: usize) -> bool {
    let words = &a.words[start..end];
    let own_latin = words
        .iter()
        .filter(|w| w.origin == Origin::Own && w.has(flag::LATIN))
        .count();
    let (mut content, mut capitalized) = (0, 0);
    let long = |w: &&Word| {
        let norm = a.norm(w);
        norm.len() >= CONTENT_LEN
            && (a.tokens[w.token as usize].ascii || norm.chars().count() >= CONTENT_LEN)
    };
    // The first word is capitalized in any case; only the rest tell Title Case from a sentence.
    for w in words
        .iter()
        .skip(1)
        .filter(|w| w.origin == Origin::Own)
        .filter(long)
    {
        content += 1;
        capitalized += w.has(flag::CAPITALIZED) as usize;
    }
    // Shouting is a different problem; leave all-capital sentences to that rule.
    let shouting = words
        .iter()
        .all(|w| !w.has(flag::CASED) || w.has(flag::ALL_CAPS));
    own_latin >= 4 && content >= 3 && capitalized * 4 >= content * 3 && !shouting
}

/// "Some headline words - The Verge": a dash or bar, then one to four capitalized words ending
/// the sentence.
fn publisher_suffix(a: &Analysis, start: usize, end: usize) -> bool {
    let words = &a.words[start..end];
    let publisher_from = words
        .iter()
        .rposition(|w| !w.has(flag::CAPITALIZED))
        .map_or(0, |p| p + 1);
    let tail = words.len() - publisher_from;
    if !(1..=MAX_PUBLISHER_WORDS).contains(&tail) || publisher_from < 3 {
        return false;
    }
    // The separator sits between the last headline word and the first publisher word, but the
    // publisher may itself start a few capitalized words earlier ("… Say Experts - BBC News").
    (publisher_from.saturating_sub(MAX_PUBLISHER_WORDS).max(3)..=publisher_from).any(|k| {
        let (before, after) = (words[k - 1].token as usize, words[k].token as usize);
        k < words.len()
            && a.tokens[before + 1..after].iter().any(|t| {
                t.kind == Kind::Punct && matches!(t.text(a.text), "-" | "|" | "–" | "—" | "·" | "•")
            })
    })
}

#[cfg(test)]
mod tests {
    use crate::score::rules::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_title_case_headline_with_link() {
        assert_flags(
            "Scientists Discover New Species Of Frog In The Amazon https://ex.com/frog",
            "pasted-headline",
        );
    }

    #[test]
    fn flags_headline_with_publisher_suffix() {
        assert_flags(
            "Inflation cools to 3.1% in January as energy prices fall - Reuters https://reut.rs/x",
            "pasted-headline",
        );
        assert_flags(
            "Why the new phones are getting heavier | The Verge https://vrge.co/1",
            "pasted-headline",
        );
    }

    #[test]
    fn allows_sentences_with_a_few_names() {
        assert_allows(
            "Met Alice and Bob at RustConf today, the async talk was great https://ex.com/t",
            "pasted-headline",
        );
        assert_allows(
            "Scientists Discover New Species Of Frog In The Amazon",
            "pasted-headline",
        );
    }

    #[test]
    fn flags_any_headline_a_share_button_left() {
        for text in [
            "Council approves plan for new housing on the old depot site via @citynews https://ex.com/1",
            "BREAKING: two trains collide outside the main station https://ex.com/2",
            "La giunta approva il piano per le case popolari nel vecchio deposito… https://ex.it/3",
            "Kabinet breidt steun voor ondernemers uit | Nieuwsbericht https://ex.nl/4",
        ] {
            assert_flags(text, "pasted-headline");
        }
    }

    #[test]
    fn allows_the_writer_s_words_beside_a_share_button_s() {
        assert_allows(
            "I think this plan fails because the depot floods every spring. via @citynews https://ex.com/1",
            "pasted-headline",
        );
    }

    #[test]
    fn allows_german_nouns() {
        assert_allows(
            "Die Bahn Erhöht Die Preise Für Fahrkarten Im Dezember https://ex.de/x",
            "pasted-headline",
        );
    }
}
