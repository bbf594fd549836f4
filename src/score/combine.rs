//! Turns the rules' findings into one score, the ordered reasons and a single suggestion.
//!
//! The rules' points and the points for the writer's own words add up to a raw total on the scale
//! the ordinal fit gives (`weights.rs`, where a point is a point all the way). The chip promises
//! shares, though: blind drafts below 40, thoughtful ones from 60. `calibrate` moves the raw
//! totals that keep those promises on the tune posts to 40 and 60 and leaves the rest of the
//! scale as it is, so the thin band is used and the ends do not pile up at 0 and 100. The report
//! shows every term, the calibration's shift included (`signals`). For scripts our lexicons
//! cannot read, length is the only evidence, so its curve is fitted separately.
use super::analysis::{Analysis, Counts};
use super::rules::{Rule, ALL};
use super::{weights, Level, Report, Signal};

/// Share of own words written in a script our lexicons read.
fn lexicon_share(n: &Counts) -> f32 {
    if n.own_units == 0 {
        return 1.0;
    }
    n.own_latin_units as f32 / n.own_units as f32
}

/// The terms of the `length` signal: a constant, own words on a log scale (each further word is
/// worth a little less), separately for scripts the lexicons read and for others, the number of
/// sentences, and whether a link is shared: on real sites a link under a line of text is a
/// headline more often than a take, so a link asks for a few more words of the writer's own; so
/// does an exclamation mark, which on real sites cheers far more often than it argues.
const LENGTH_TERMS: [(&str, f32); 6] = [
    ("bias", weights::BIAS),
    ("length", weights::LENGTH),
    ("length_other", weights::LENGTH_OTHER),
    ("sentences", weights::SENTENCES),
    ("link", weights::LINK),
    ("exclaim", weights::EXCLAIM),
];

fn length_values(n: &Counts) -> [f32; 6] {
    let share = lexicon_share(n);
    let words = (1.0 + n.own_units as f32).ln();
    let sentences = n.own_sentences.min(3) as f32;
    let link = (n.urls > 0) as u8 as f32;
    let exclaim = (n.exclaims > 0) as u8 as f32;
    [1.0, share * words, (1.0 - share) * words, sentences, link, exclaim]
}

/// The score for a raw total: `weights::RAW_40` becomes 40 and `weights::RAW_60` 60, linearly
/// between them; outside them a raw point is a score point. (The fit keeps `RAW_40 < RAW_60`.)
fn calibrate(raw: f32) -> f32 {
    let (low, high) = (weights::RAW_40, weights::RAW_60);
    if raw < low {
        40.0 - (low - raw)
    } else if raw < high {
        40.0 + 20.0 * (raw - low) / (high - low)
    } else {
        60.0 + (raw - high)
    }
}

fn length_points(n: &Counts) -> f32 {
    LENGTH_TERMS
        .iter()
        .zip(length_values(n))
        .map(|((_, w), v)| w * v)
        .sum()
}

/// Every feature the score is a weighted sum of, by name: what `tools/fit_weights.py` fits.
pub fn features(a: &Analysis) -> Vec<(&'static str, f32)> {
    let length = LENGTH_TERMS
        .iter()
        .zip(length_values(&a.n))
        .map(|((name, _), v)| (*name, v));
    let rules = ALL
        .iter()
        .flat_map(|r| r.terms)
        .map(|t| (t.name, (t.value)(a)));
    length.chain(rules).collect()
}

pub fn combine(a: &Analysis) -> Report {
    let n = &a.n;
    let mut signals = Vec::with_capacity(ALL.len() + 2);
    signals.push(Signal {
        id: "length",
        weight: length_points(n).round() as i16,
    });
    let mut fired: Vec<(&Rule, i16)> = Vec::with_capacity(ALL.len());
    for rule in ALL {
        let w = rule.points(a).round() as i16;
        if w != 0 {
            fired.push((rule, w));
            signals.push(Signal {
                id: rule.id,
                weight: w,
            });
        }
    }
    let raw: i32 = signals.iter().map(|s| s.weight as i32).sum();
    let total = calibrate(raw as f32).round() as i32;
    if total != raw {
        signals.push(Signal {
            id: "calibration",
            weight: (total - raw) as i16,
        });
    }
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

    fn counts(own: u32, latin: u32) -> Counts {
        Counts {
            own_units: own,
            own_latin_units: latin,
            ..Counts::default()
        }
    }

    #[test]
    fn a_handful_of_words_alone_is_not_yet_a_thought() {
        // Raw points: `RAW_40` is what calibration makes 40.
        assert!(length_points(&counts(5, 5)) < weights::RAW_40);
        assert!(
            length_points(&counts(40, 0)) >= length_points(&counts(40, 40)),
            "in other scripts length is the only evidence, so it counts for no less"
        );
    }

    #[test]
    fn length_points_grow_with_words() {
        let mut last = f32::MIN;
        for u in 0..200 {
            let p = length_points(&counts(u, u));
            assert!(p > last);
            last = p;
        }
    }

    #[test]
    fn features_name_every_term_once() {
        let d = crate::score::Draft::default();
        let a = Analysis::new(&d);
        let mut names: Vec<&str> = features(&a).iter().map(|(n, _)| *n).collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count);
    }
}
