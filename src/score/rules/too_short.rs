//! Too few of the writer's own words to carry a thought. When a draft has none at all because it
//! is only a link, emoji, filler or a copy, those rules explain it better and this one stays quiet.
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "too-short",
    suggestion: Some("say-why"),
    terms: &[
        Term {
            name: "too_short",
            value: too_short,
            weight: weights::TOO_SHORT,
        },
        Term {
            name: "empty",
            value: empty,
            weight: weights::EMPTY,
        },
    ],
};

/// Fewer own words than this is too short.
const SHORT: u32 = 5;

fn too_short(a: &Analysis) -> f32 {
    (1..SHORT).contains(&a.n.own_units) as u8 as f32
}

/// Nothing at all, and no link, emoji, filler or copy that another rule explains better.
fn empty(a: &Analysis) -> f32 {
    let n = &a.n;
    let explained = n.urls
        + n.emoji
        + n.filler_units
        + n.quoted_units
        + n.copied_quote_units
        + n.copied_title_units
        + n.prefilled_units
        + n.retweet_units
        + n.headline_units
        > 0;
    (n.own_units == 0 && !explained) as u8 as f32
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_a_few_words() {
        assert_flags("Interesting take, remote work", "too-short");
        assert_flags("Hmm, not convinced", "too-short");
    }

    #[test]
    fn flags_an_empty_or_tag_only_draft() {
        assert_flags("", "too-short");
        assert_flags("   \n ", "too-short");
        assert_flags("@ana @ben", "too-short");
        assert_flags("#rust", "too-short");
    }

    #[test]
    fn allows_drafts_explained_by_another_rule() {
        assert_allows("https://example.com", "too-short");
        assert_allows("🔥🔥", "too-short");
        assert_allows("+1", "too-short");
    }

    #[test]
    fn allows_a_full_sentence() {
        assert_allows(
            "Interesting take, though it ignores what remote work does to junior hires.",
            "too-short",
        );
        assert_allows("Interesting take on remote work", "too-short");
    }
}
