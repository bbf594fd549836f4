//! Asks readers something or invites them in: a question mark after own words, or "what do you
//! think", "anyone else", "¿qué opinan?".
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "asks-question",
    suggestion: None,
    terms: &[Term {
        name: "question",
        value: question,
        weight: weights::QUESTION,
    }],
};

fn question(a: &Analysis) -> f32 {
    let n = &a.n;
    (n.questions > 0 || n.question_phrases > 0) as u8 as f32 * super::credit(a)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_allows_draft, assert_flags, quoting};
    use crate::score::Action;

    #[test]
    fn flags_questions_and_invitations() {
        assert_flags("Has anyone measured this on ARM laptops?", "asks-question");
        assert_flags(
            "Curious whether the same holds for smaller towns",
            "asks-question",
        );
        assert_flags("¿Alguien más lo ha notado en su ciudad?", "asks-question");
        assert_flags("这个结论可靠吗？", "asks-question");
    }

    #[test]
    fn allows_a_question_that_is_not_the_writer_s() {
        let quoted = "Is this the end of the open web?";
        assert_allows_draft(
            &quoting(
                "\"Is this the end of the open web?\"",
                quoted,
                Action::Quote,
            ),
            "asks-question",
        );
        assert_allows("RT @ana: is this the end of the open web?", "asks-question");
    }

    #[test]
    fn allows_statements() {
        assert_allows("The results hold for smaller towns too.", "asks-question");
        assert_allows("¿", "asks-question");
    }

    #[test]
    fn allows_engagement_bait() {
        assert_allows("Who else is watching this?!", "asks-question");
        assert_allows(
            "Need a new phone? Click here: https://shop.example/x",
            "asks-question",
        );
    }

    #[test]
    fn flags_questions_in_dutch_indonesian_and_tagalog() {
        for text in [
            "Wat vinden jullie van het nieuwe plan voor de haven?",
            "Kenapa dapurnya tidak pernah diperiksa sebelum makanan dibagikan?",
            "Bakit walang ginagawa ang barangay tungkol sa baha?",
        ] {
            assert_flags(text, "asks-question");
        }
    }
}
