//! Asks readers something or invites them in: a question mark after own words, or "what do you
//! think", "anyone else", "¿qué opinan?".
use super::Rule;
use crate::score::analysis::Analysis;

pub const RULE: Rule = Rule {
    id: "asks-question",
    suggestion: None,
    check,
};

fn check(a: &Analysis) -> Option<i16> {
    let n = &a.n;
    (n.questions > 0 || n.question_phrases > 0).then_some(14)
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
}
