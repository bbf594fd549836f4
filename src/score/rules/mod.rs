//! The scoring rules, one per file. Each is a reason the chip can give and the measurements
//! (terms) behind it; a term is 0 when its sign is absent. Their weights are fitted on real posts
//! (`weights.rs`): positive for signs of the writer's own thought, negative for signs of empty
//! resharing. `combine` sums them.
use super::analysis::Analysis;

mod adds_nuance;
mod asks_question;
mod copied_quote;
mod emoji_only;
mod filler;
mod gives_reason;
mod hashtag_pile;
mod marketing;
mod no_view;
mod only_link;
mod pasted_headline;
mod personal_view;
mod shouting;
mod specific_detail;
mod too_short;

#[cfg(test)]
pub mod testing;

pub struct Rule {
    /// The reason id reported when the rule fires (kebab-case, stable: the UI translates it).
    pub id: &'static str,
    /// What to suggest when this is the most important problem; `None` for positive signals.
    pub suggestion: Option<&'static str>,
    /// The measurements behind the reason, each with its fitted weight (`weights.rs`).
    pub terms: &'static [Term],
}

/// One measurement of a draft (0 when absent) and the points each unit of it is worth.
pub struct Term {
    /// The feature's name in `second-thought features` and in `tools/fit_weights.py`.
    pub name: &'static str,
    pub value: fn(&Analysis) -> f32,
    pub weight: f32,
}

impl Rule {
    /// The points this rule adds to the draft's score (negative for a problem, 0 when silent).
    pub fn points(&self, a: &Analysis) -> f32 {
        self.terms.iter().map(|t| t.weight * (t.value)(a)).sum()
    }
}

/// Below this many own words, signs of thought count proportionally less ("Why?" is a question
/// but not yet a thought).
const FULL_CREDIT_WORDS: f32 = 8.0;

/// How much of a positive sign's weight a draft this long earns: 1 from `FULL_CREDIT_WORDS` on.
pub fn credit(a: &Analysis) -> f32 {
    (a.n.own_units as f32 / FULL_CREDIT_WORDS).min(1.0)
}

/// Every rule, problems first. On equal weight, the earlier rule is the more important reason.
pub const ALL: &[Rule] = &[
    only_link::RULE,
    emoji_only::RULE,
    pasted_headline::RULE,
    no_view::RULE,
    copied_quote::RULE,
    filler::RULE,
    marketing::RULE,
    hashtag_pile::RULE,
    shouting::RULE,
    too_short::RULE,
    gives_reason::RULE,
    personal_view::RULE,
    asks_question::RULE,
    specific_detail::RULE,
    adds_nuance::RULE,
];
