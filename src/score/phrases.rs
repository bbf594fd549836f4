//! Applies the lexicons to a draft: finds the phrases among the writer's words, then turns filler
//! into `Origin::Filler` (unless negated) and counts reasons, views, questions, pitches, contrasts.
use super::analysis::{flag, Analysis, Origin};
use super::chars::is_question_mark;
use super::lexicon::{self, Class, Entry};
use super::tokens::Kind;

/// How many words after a negation it still reaches: "no sé si estoy de acuerdo".
const NEGATION_REACH: usize = 4;

/// Folded word `j` for phrase matching, or `None` when a break separates it from `j - 1`.
fn phrase_word<'s>(a: &'s Analysis, at: usize, j: usize) -> Option<&'s str> {
    let w = a.words.get(j)?;
    (j == at || !w.has(flag::BREAK_BEFORE)).then(|| a.norm(w))
}

/// Whether the match of `e` at word `at` counts in this draft: its language, and its place in the
/// sentence when it needs one.
pub fn counts_at(a: &Analysis, at: usize, e: &Entry) -> bool {
    e.applies_to(a.lang) && (!e.clause_start || a.words[at].has(flag::CLAUSE_START))
}

/// Whether words `start..end` carry the writer's voice: first person, a view, a stance, a reason,
/// a question phrase, or a question mark after them.
pub fn voiced(a: &Analysis, start: usize, end: usize) -> bool {
    let phrase = a.matches.iter().any(|&(at, e)| {
        (start..end).contains(&(at as usize))
            && e.class.is_personal()
            && counts_at(a, at as usize, e)
    });
    phrase || asks(a, start, end)
}

/// A question mark among or right after words `start..end`.
fn asks(a: &Analysis, start: usize, end: usize) -> bool {
    let (Some(first), Some(last)) = (a.words.get(start), a.words.get(end.wrapping_sub(1))) else {
        return false;
    };
    let stop = a
        .words
        .get(end)
        .map_or(a.tokens.len(), |w| w.token as usize);
    a.tokens[first.token as usize..stop.max(last.token as usize + 1)]
        .iter()
        .any(|t| {
            t.kind == Kind::Punct && t.text(a.text).chars().next().is_some_and(is_question_mark)
        })
}

pub fn find(a: &mut Analysis) {
    let lex = lexicon::get();
    let mut found = std::mem::take(&mut a.matches);
    for (i, w) in a.words.iter().enumerate() {
        // Pasted words are read too: whether they carry the writer's voice decides whose they are.
        if matches!(w.origin, Origin::Own | Origin::Pasted) && w.has(flag::LATIN | flag::NUMBER) {
            let next = a
                .words
                .get(i + 1)
                .filter(|n| !n.has(flag::BREAK_BEFORE))
                .map(|n| n.head2);
            lex.for_each_match(
                i,
                (w.hash, next),
                |j| phrase_word(a, i, j),
                |e| found.push((i as u32, e)),
            );
        }
    }
    a.matches = found;
}

pub fn apply(a: &mut Analysis) {
    let mut matches = std::mem::take(&mut a.matches);
    matches.retain(|&(at, e)| counts_at(a, at as usize, e));
    for &(at, e) in matches.iter().filter(|(_, e)| e.class == Class::Negation) {
        let after = at as usize + e.len();
        for w in a.words[after..].iter_mut().take(NEGATION_REACH) {
            if w.has(flag::BREAK_BEFORE) {
                break;
            }
            w.flags |= flag::NEGATED;
        }
    }
    for &(at, e) in &matches {
        let at = at as usize;
        if !matches!(e.class, Class::Filler | Class::Affirmation) || a.words[at].has(flag::NEGATED)
        {
            continue;
        }
        for w in a.words[at..at + e.len()]
            .iter_mut()
            .filter(|w| w.origin == Origin::Own)
        {
            match e.class {
                Class::Filler => w.origin = Origin::Filler,
                _ => w.flags |= flag::AFFIRMATION,
            }
        }
    }
    // "This is so true!" is empty; "This is why the vote failed" is not.
    let own = || a.words.iter().filter(|w| w.origin == Origin::Own);
    if own().next().is_some() && own().all(|w| w.has(flag::AFFIRMATION)) {
        for w in a.words.iter_mut().filter(|w| w.origin == Origin::Own) {
            w.origin = Origin::Filler;
        }
    }
    for &(at, e) in &matches {
        if a.words[at as usize].origin != Origin::Own {
            continue;
        }
        let n = &mut a.n;
        match e.class {
            Class::Reason => n.reason += 1,
            Class::View => n.view += 1,
            Class::Question => n.question_phrases += 1,
            Class::Marketing => n.marketing += 1,
            Class::Contrast => n.contrast += 1,
            Class::FirstPerson => n.first_person += 1,
            Class::SecondPerson => n.second_person += 1,
            Class::Stance => n.stance += 1,
            Class::Negation => n.negations += 1,
            Class::Witness => n.witness += 1,
            Class::Bait => n.bait += 1,
            Class::Filler | Class::Affirmation | Class::Common | Class::News => {}
        }
    }
    a.matches = matches;
}
