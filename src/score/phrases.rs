//! Applies the lexicons to a draft: finds the phrases among the writer's words, then turns filler
//! into `Origin::Filler` (unless negated) and counts reasons, views, questions, pitches, contrasts.
use super::analysis::{flag, Analysis, Origin};
use super::lexicon::{self, Class};

/// How many words after a negation it still reaches: "no sé si estoy de acuerdo".
const NEGATION_REACH: usize = 4;

/// Folded word `j` for phrase matching, or `None` when a break separates it from `j - 1`.
fn phrase_word<'s>(a: &'s Analysis, at: usize, j: usize) -> Option<&'s str> {
    let w = a.words.get(j)?;
    (j == at || !w.has(flag::BREAK_BEFORE)).then(|| a.norm(w))
}

pub fn find(a: &mut Analysis) {
    let lex = lexicon::get();
    let mut found = std::mem::take(&mut a.matches);
    for (i, w) in a.words.iter().enumerate() {
        if w.origin == Origin::Own && w.has(flag::LATIN | flag::NUMBER) {
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
    let (lang, words) = (a.lang, &a.words);
    let mut matches = std::mem::take(&mut a.matches);
    matches.retain(|&(at, e)| {
        e.applies_to(lang) && (!e.clause_start || words[at as usize].has(flag::CLAUSE_START))
    });
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
            Class::Filler | Class::Affirmation | Class::Common | Class::Negation => {}
        }
    }
    a.matches = matches;
}
