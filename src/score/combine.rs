//! Turns the rules' findings into one score, the ordered reasons and a single suggestion.
//!
//! The score is a sum the report shows in full (`signals`): points for the writer's own words,
//! plus each rule's weight. Length alone tops out in "thin" for the languages we can read, so a
//! draft needs a reason, a view, a question or a detail to count as thoughtful. For scripts our
//! lexicons cannot read, length is the only evidence, so it is allowed to go further.
use super::analysis::{Analysis, Counts};
use super::rules::{Rule, ALL};
use super::{Level, Report, Signal};

/// Points for `u` own words in a lexicon language: 58·u/(u+3) → 15 at 1 word, 36 at 5, 42 at 8,
/// 50 at 20, never 58. A handful of words is "thin"; more words alone never make "thoughtful".
fn lexicon_length_points(u: f32) -> f32 {
    58.0 * u / (u + 3.0)
}

/// Points for `u` own words in other scripts: 90·u/(u+12) → 41 at 10 words, 64 at 30, 75 at 60.
fn other_length_points(u: f32) -> f32 {
    90.0 * u / (u + 12.0)
}

/// Below this many own words, positive signals count proportionally less ("Why?" is a question
/// but not yet a thought).
const FULL_CREDIT_WORDS: f32 = 8.0;

/// Share of own words written in a script our lexicons read.
fn lexicon_share(n: &Counts) -> f32 {
    if n.own_units == 0 {
        return 1.0;
    }
    n.own_latin_units as f32 / n.own_units as f32
}

fn length_points(n: &Counts) -> i16 {
    let u = n.own_units as f32;
    let share = lexicon_share(n);
    let points = share * lexicon_length_points(u) + (1.0 - share) * other_length_points(u);
    points.round() as i16
}

pub fn combine(a: &Analysis) -> Report {
    let n = &a.n;
    let credit = (n.own_units as f32 / FULL_CREDIT_WORDS).min(1.0);
    let mut signals = Vec::with_capacity(ALL.len() + 1);
    signals.push(Signal {
        id: "length",
        weight: length_points(n),
    });
    let mut fired: Vec<(&Rule, i16)> = Vec::with_capacity(ALL.len());
    for rule in ALL {
        if let Some(w) = (rule.check)(a) {
            let w = if w > 0 {
                (w as f32 * credit).round() as i16
            } else {
                w
            };
            fired.push((rule, w));
            signals.push(Signal {
                id: rule.id,
                weight: w,
            });
        }
    }
    let total: i32 = signals.iter().map(|s| s.weight as i32).sum();
    let score = total.clamp(0, 100) as u8;
    let level = Level::from_score(score);

    // Stable: on equal weight the rule listed first in ALL (problems first) leads. An insertion
    // sort of at most 14 items, because std's sorts add kilobytes to the page wasm.
    for i in 1..fired.len() {
        let mut j = i;
        while j > 0 && fired[j - 1].1.unsigned_abs() < fired[j].1.unsigned_abs() {
            fired.swap(j - 1, j);
            j -= 1;
        }
    }
    let reasons = fired.iter().map(|(r, _)| r.id).collect();
    let suggestion = suggest(&fired, score, lexicon_share(n));
    Report {
        score,
        level,
        own_words: n.own_units,
        signals,
        reasons,
        suggestion,
    }
}

/// A draft this good gets no suggestion: nagging it would teach people to ignore the chip.
const GOOD_ENOUGH: u8 = 75;

/// The single most useful next step: fix the biggest problem, else add what is missing.
fn suggest(fired: &[(&Rule, i16)], score: u8, lexicon_share: f32) -> Option<&'static str> {
    if let Some(s) = fired
        .iter()
        .find(|(_, w)| *w < 0)
        .and_then(|(r, _)| r.suggestion)
    {
        return Some(s);
    }
    // In scripts we cannot read we cannot tell what is missing, only that enough is there.
    if score >= GOOD_ENOUGH
        || (Level::from_score(score) == Level::Thoughtful && lexicon_share < 0.5)
    {
        return None;
    }
    let has = |id: &str| fired.iter().any(|(r, _)| r.id == id);
    if !has("gives-reason") && !has("personal-view") {
        Some("say-why")
    } else if !has("specific-detail") {
        Some("add-detail")
    } else if !has("asks-question") {
        Some("ask-readers")
    } else {
        Some("say-why")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_alone_stays_below_thoughtful_in_lexicon_languages() {
        assert!(lexicon_length_points(1000.0) < 60.0);
        assert!(
            other_length_points(40.0) >= 60.0,
            "a long comment in another script can be thoughtful"
        );
        assert_eq!(lexicon_length_points(0.0), 0.0);
    }

    #[test]
    fn length_points_grow_with_words() {
        let mut last = -1.0;
        for u in 0..200 {
            let p = lexicon_length_points(u as f32);
            assert!(p > last);
            last = p;
        }
    }
}
