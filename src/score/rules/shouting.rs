//! Most of the writer's words in capitals. Acronyms alone ("NASA", "EU") are not shouting.
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "shouting",
    suggestion: Some("ease-caps"),
    terms: &[Term {
        name: "shouting",
        value: shouting,
        weight: weights::SHOUTING,
    }],
};

const MIN_CAPS_WORDS: u32 = 3;

fn shouting(a: &Analysis) -> f32 {
    let n = &a.n;
    (n.caps >= MIN_CAPS_WORDS && n.caps * 2 >= n.cased) as u8 as f32
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_capital_letters_throughout() {
        assert_flags(
            "THIS IS THE MOST IMPORTANT THREAD YOU WILL READ TODAY",
            "shouting",
        );
        assert_flags("EVERYONE needs to SEE THIS right NOW", "shouting");
    }

    #[test]
    fn allows_acronyms_in_normal_text() {
        assert_allows(
            "NASA and the ESA signed the deal in the EU parliament building",
            "shouting",
        );
        assert_allows("OK", "shouting");
    }

    #[test]
    fn allows_scripts_without_case() {
        assert_allows("这篇文章写得很好 我同意作者的观点", "shouting");
    }
}
