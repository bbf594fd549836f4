//! Weighs one side against another: "but", "however", "even though", "sin embargo", "aber"; or
//! denies and corrects: "not", "niet", "tidak", "hindi".
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "adds-nuance",
    suggestion: None,
    terms: &[
        Term {
            name: "contrast",
            value: contrast,
            weight: weights::CONTRAST,
        },
        Term {
            name: "negation",
            value: negation,
            weight: weights::NEGATION,
        },
    ],
};

fn contrast(a: &Analysis) -> f32 {
    (a.n.contrast > 0) as u8 as f32 * super::credit(a)
}

/// "Not", "niet", "tidak": a writer denying or correcting something weighs it.
fn negation(a: &Analysis) -> f32 {
    (a.n.negations > 0) as u8 as f32 * super::credit(a)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_contrast() {
        assert_flags(
            "Good idea, but the rollout ignores rural clinics.",
            "adds-nuance",
        );
        assert_flags(
            "Buena idea, sin embargo el plazo es muy corto.",
            "adds-nuance",
        );
    }

    #[test]
    fn allows_one_sided_text() {
        assert_allows("Good idea and a good rollout.", "adds-nuance");
    }
}
