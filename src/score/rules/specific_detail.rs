//! A specific detail: a number, a name, or a quoted line with a comment on it. Specifics show the
//! writer read closely; vague praise does not.
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "specific-detail",
    suggestion: None,
    terms: &[Term {
        name: "detail",
        value: detail,
        weight: weights::DETAIL,
    }],
};

/// A quoted line needs this many own words around it to count as commented.
const COMMENTED: u32 = 5;

/// Kinds of detail, 0 to 2: numbers, names, a commented quotation (a third kind adds nothing).
fn detail(a: &Analysis) -> f32 {
    let n = &a.n;
    let kinds = (n.numbers > 0) as u8
        + (n.names > 0) as u8
        + (n.quoted_units >= 2 && n.own_units >= COMMENTED) as u8;
    // Numbers and names in an unproven headline are the headline's, not the writer's.
    (!n.caption && !n.report) as u8 as f32 * kinds.min(2) as f32 * super::credit(a)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_numbers_and_names() {
        assert_flags(
            "Rents rose 31% while wages rose 9% over the same decade.",
            "specific-detail",
        );
        assert_flags(
            "The part where Ostrom describes the Swiss grazing commons is worth the whole book.",
            "specific-detail",
        );
    }

    #[test]
    fn flags_a_quoted_line_with_comment() {
        assert_flags("\"Nobody reads the footnotes\" is exactly the problem: that is where the caveats live.", "specific-detail");
    }

    #[test]
    fn allows_vague_text() {
        assert_allows(
            "This is a really good article about the economy.",
            "specific-detail",
        );
        assert_allows("+1 👍", "specific-detail");
    }

    #[test]
    fn allows_capitals_that_are_not_names() {
        assert_allows("Wow. Great read. Thanks!", "specific-detail");
        assert_allows("I'm not sure. I'd wait.", "specific-detail");
    }
}
