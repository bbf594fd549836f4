//! The draft is mostly the shared article's headline: from the link's known title, or a sentence
//! that looks like one (see `headline.rs`).
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "pasted-headline",
    suggestion: Some("say-why"),
    terms: &[Term {
        name: "pasted",
        value: pasted,
        weight: weights::PASTED,
    }],
};

/// Own words below this next to a pasted headline read as a caption, not a comment.
const COMMENT_WORDS: u32 = 8;

/// The link's title, a share intent's prefill or a proven headline makes up the draft.
fn pasted(a: &Analysis) -> f32 {
    let n = &a.n;
    let pasted = n.copied_title_units + n.headline_units + n.prefilled_units;
    let dominated = n.own_units < COMMENT_WORDS || n.own_units * 2 < pasted;
    (pasted >= 3 && dominated) as u8 as f32
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_allows_draft, assert_flags_draft, sharing};

    const TITLE: &str = "City council approves plan to turn downtown parking lots into housing";

    #[test]
    fn flags_the_title_pasted_verbatim() {
        assert_flags_draft(
            &sharing(&format!("{TITLE} https://news.example/1"), TITLE),
            "pasted-headline",
        );
    }

    #[test]
    fn flags_a_lightly_edited_title() {
        let text = "Council approves plan to turn downtown parking lots into housing! https://news.example/1";
        assert_flags_draft(&sharing(text, TITLE), "pasted-headline");
        let text = "city council approves plan to turn downtown parking lots into housing - finally https://news.example/1";
        assert_flags_draft(&sharing(text, TITLE), "pasted-headline");
    }

    #[test]
    fn allows_a_title_with_a_real_comment() {
        let text = format!(
            "{TITLE}. The lots sit empty most evenings, so this adds homes without touching a single park. \
             Curious how they will handle deliveries. https://news.example/1"
        );
        assert_allows_draft(&sharing(&text, TITLE), "pasted-headline");
    }

    #[test]
    fn allows_a_short_overlap_with_the_title() {
        let text = "Turning parking lots into housing is the cheapest win a city has, because the land is already paved.";
        assert_allows_draft(&sharing(text, TITLE), "pasted-headline");
        assert_allows("Council approves the plan, finally.", "pasted-headline");
    }
}
