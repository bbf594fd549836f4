//! Filler and one-word affirmations make up the draft: "+1", "This!", "So true 👇", "Must read".
//! Twitter's 2020 quote-tweet test found 45% of forced quotes were exactly this.
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "filler",
    suggestion: Some("say-why"),
    terms: &[Term {
        name: "filler",
        value: filler,
        weight: weights::FILLER,
    }],
};

/// With more own words than this, filler is just a friendly opener.
const DOMINANT_BELOW: u32 = 6;

fn filler(a: &Analysis) -> f32 {
    let n = &a.n;
    (n.filler_units > 0 && n.own_units < DOMINANT_BELOW) as u8 as f32
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_one_word_affirmations() {
        for text in [
            "+1",
            "This!",
            "this.",
            "THIS",
            "Yes!!",
            "Exactly.",
            "Wow",
            "100%",
            "So true 👇",
            "Must read",
            "This is so true.",
        ] {
            assert_flags(text, "filler");
        }
    }

    #[test]
    fn flags_stacked_praise() {
        assert_flags("Great thread, thanks for sharing! 🙌", "filler");
        assert_flags("Couldn't agree more. Well said.", "filler");
        assert_flags("This is it. This is the post.", "filler");
    }

    #[test]
    fn flags_filler_in_other_languages() {
        for text in [
            "Totalmente de acuerdo",
            "Muito bom, leitura obrigatória",
            "Tellement vrai !",
            "Sehe ich genauso.",
            "Verissimo, da leggere",
            "Tal cual 👏",
        ] {
            assert_flags(text, "filler");
        }
    }

    #[test]
    fn allows_a_friendly_opener_before_a_real_point() {
        assert_allows(
            "So true. The same thing happened to our team when the budget froze in March.",
            "filler",
        );
    }

    #[test]
    fn allows_sentences_that_start_like_filler() {
        assert_allows(
            "This is why the vote failed: nobody read the amendment.",
            "filler",
        );
        assert_allows("Yes, but only if the deadline moves.", "filler");
    }
}
