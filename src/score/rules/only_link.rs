//! A link with nothing of the writer's own around it (emoji and filler do not count).
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "only-link",
    suggestion: Some("say-why"),
    terms: &[Term {
        name: "only_link",
        value: only_link,
        weight: weights::ONLY_LINK,
    }],
};

fn only_link(a: &Analysis) -> f32 {
    let n = &a.n;
    // Copied titles or quotes are reported by their own rules, which say more.
    let other_words = n.headline_units
        + n.copied_title_units
        + n.prefilled_units
        + n.copied_quote_units
        + n.retweet_units
        + n.quoted_units;
    (n.urls > 0 && n.own_units == 0 && other_words == 0) as u8 as f32
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_a_bare_link() {
        assert_flags("https://www.example.com/2024/05/story", "only-link");
        assert_flags("  bit.ly/3xYzAb  ", "only-link");
    }

    #[test]
    fn flags_a_link_dressed_in_emoji_and_filler() {
        assert_flags("👇👇 https://example.com/x", "only-link");
        assert_flags("Must read! https://example.com/x #tech", "only-link");
    }

    #[test]
    fn allows_a_link_with_a_comment() {
        assert_allows(
            "The second chart shows wages lagging rent since 2015 https://example.com/x",
            "only-link",
        );
    }

    #[test]
    fn allows_text_without_a_link() {
        assert_allows("", "only-link");
        assert_allows("🔥", "only-link");
    }
}
