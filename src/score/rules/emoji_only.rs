//! Nothing but emoji: a reaction, not a thought.
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "emoji-only",
    suggestion: Some("say-why"),
    terms: &[Term {
        name: "emoji_only",
        value: emoji_only,
        weight: weights::EMOJI_ONLY,
    }],
};

fn emoji_only(a: &Analysis) -> f32 {
    let n = &a.n;
    (n.emoji > 0 && n.word_tokens == 0 && n.urls == 0) as u8 as f32
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_emoji_runs() {
        assert_flags("🔥🔥", "emoji-only");
        assert_flags("👏 👏 👏", "emoji-only");
        assert_flags("@dana 💯!!", "emoji-only");
        assert_flags("👩\u{200D}💻❤\u{FE0F}", "emoji-only");
    }

    #[test]
    fn allows_emoji_beside_words() {
        assert_allows("🔥 the benchmark numbers are wild", "emoji-only");
        assert_allows("So true 👇", "emoji-only");
    }

    #[test]
    fn allows_a_link_which_is_its_own_problem() {
        assert_allows("🔥 https://example.com", "emoji-only");
    }
}
