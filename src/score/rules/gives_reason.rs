//! Gives a reason or a consequence: "because", "which means", "so that", "por eso", "weil".
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "gives-reason",
    suggestion: None,
    terms: &[Term {
        name: "reason",
        value: reason,
        weight: weights::REASON,
    }],
};

/// A second reason adds as much again; a third adds nothing a reader would miss.
fn reason(a: &Analysis) -> f32 {
    a.n.reason.min(2) as f32 * super::credit(a)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_allows_draft, assert_flags, quoting};
    use crate::score::Action;

    #[test]
    fn flags_reasons_and_consequences() {
        assert_flags(
            "Sharing because the second chart finally explains why rents rose faster than wages.",
            "gives-reason",
        );
        assert_flags(
            "They dropped the free tier, which means every student project on it dies in May.",
            "gives-reason",
        );
        assert_flags(
            "Read the appendix first so that the numbers in part two make sense.",
            "gives-reason",
        );
    }

    #[test]
    fn flags_reasons_in_other_languages() {
        for text in [
            "Lo comparto porque explica muy bien el problema de la vivienda en Madrid.",
            "Vale a pena porque mostra os dados de cada estado, não só a média.",
            "À lire parce qu'il montre enfin les chiffres par région.",
            "Lesenswert, weil es die Zahlen pro Bundesland zeigt.",
            "Da leggere perché spiega bene come funziona il nuovo sistema.",
        ] {
            assert_flags(text, "gives-reason");
        }
    }

    #[test]
    fn allows_a_reason_word_inside_someone_else_s_words() {
        let quoted = "We are closing the office because remote work won.";
        assert_allows_draft(
            &quoting(
                "closing the office because remote work won",
                quoted,
                Action::Quote,
            ),
            "gives-reason",
        );
        assert_allows(
            "RT @ana: closing the office because remote work won",
            "gives-reason",
        );
    }

    #[test]
    fn allows_look_alike_words() {
        assert_allows("Nice car, great colour", "gives-reason");
        assert_allows("A good cause", "gives-reason");
    }
}
