//! More hashtags than thought: "#leadership #growth #mindset #success".
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "hashtag-pile",
    suggestion: Some("fewer-hashtags"),
    terms: &[Term {
        name: "hashtag_pile",
        value: pile,
        weight: weights::HASHTAG_PILE,
    }],
};

const PILE: u32 = 3;
/// This many is a pile whatever the text around it.
const ALWAYS: u32 = 6;

fn pile(a: &Analysis) -> f32 {
    let n = &a.n;
    (n.hashtags >= ALWAYS || (n.hashtags >= PILE && n.hashtags * 2 >= n.own_units)) as u8 as f32
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_a_pile() {
        assert_flags(
            "Great insights! #leadership #management #growth #success #mindset",
            "hashtag-pile",
        );
        assert_flags("#ai #ml #data", "hashtag-pile");
    }

    #[test]
    fn flags_many_hashtags_even_after_a_long_text() {
        let text = "We cut our build from 40 to 9 minutes by caching the dependency layer and splitting tests by package, \
                    and the flaky ones went away too #rust #ci #devops #docker #buildtools #engineering";
        assert_flags(text, "hashtag-pile");
    }

    #[test]
    fn allows_a_few_tags_on_a_real_post() {
        assert_allows(
            "We cut our build from 40 to 9 minutes by caching the dependency layer #rust #ci",
            "hashtag-pile",
        );
        assert_allows("Loving #rustlang lately", "hashtag-pile");
    }

    #[test]
    fn allows_a_channel_sign_that_is_not_a_tag() {
        assert_allows("C# and F# both ship with .NET 8", "hashtag-pile");
    }
}
