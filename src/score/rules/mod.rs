//! The scoring rules, one per file. Each reads the shared `Analysis` and either stays silent or
//! reports its weight: positive for signs of the writer's own thought, negative for signs of
//! empty resharing. The weights are summed in `combine`.
use super::analysis::Analysis;

mod adds_nuance;
mod asks_question;
mod copied_quote;
mod emoji_only;
mod filler;
mod gives_reason;
mod hashtag_pile;
mod marketing;
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
    pub check: fn(&Analysis) -> Option<i16>,
}

/// Every rule, problems first. On equal weight, the earlier rule is the more important reason.
pub const ALL: &[Rule] = &[
    only_link::RULE,
    emoji_only::RULE,
    pasted_headline::RULE,
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
