//! The draft repeats the post it quotes or replies to (or is an old-style `RT @name:` retweet, or
//! only a passage in quotation marks) with little added.
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "copied-quote",
    suggestion: Some("own-words"),
    terms: &[Term {
        name: "copied",
        value: copied,
        weight: weights::COPIED,
    }],
};

fn copied(a: &Analysis) -> f32 {
    let n = &a.n;
    let copied = n.copied_quote_units + n.retweet_units + n.quoted_units;
    (copied >= 3 && n.own_units < copied) as u8 as f32
}

#[cfg(test)]
mod tests {
    use super::super::testing::{
        assert_allows, assert_allows_draft, assert_flags, assert_flags_draft, quoting,
    };
    use crate::score::Action;

    const QUOTED: &str =
        "We're moving the whole team to a four-day week starting in March, same pay.";

    #[test]
    fn flags_an_old_style_retweet() {
        assert_flags(
            "RT @ana: We're moving the whole team to a four-day week starting in March",
            "copied-quote",
        );
        assert_flags("Good point. RT @ana: We're moving to a four-day week because burnout doubled last year", "copied-quote");
    }

    #[test]
    fn flags_the_quoted_post_repeated() {
        let d = quoting(
            "four-day week starting in March, same pay!!",
            QUOTED,
            Action::Quote,
        );
        assert_flags_draft(&d, "copied-quote");
        let d = quoting(
            "\"moving the whole team to a four-day week\" wow",
            QUOTED,
            Action::Reply,
        );
        assert_flags_draft(&d, "copied-quote");
    }

    #[test]
    fn flags_a_bare_quotation() {
        assert_flags(
            "“The best way to predict the future is to invent it.”",
            "copied-quote",
        );
    }

    #[test]
    fn allows_a_quote_with_a_longer_comment() {
        let text = "\"same pay\" is the important part. We tried a four-day week with lower pay and half the team left within a year.";
        assert_allows_draft(&quoting(text, QUOTED, Action::Quote), "copied-quote");
    }

    #[test]
    fn allows_an_unclosed_quote_being_typed() {
        assert_allows(
            "He said \"we will ship it next week and nobody believed him",
            "copied-quote",
        );
    }
}
