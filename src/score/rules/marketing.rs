//! A push for clicks rather than a thought: a sales pitch ("link in bio", "don't miss", "sign up
//! now", discount codes) or engagement bait ("Who else is watching this?!", "tag a friend"). Bait
//! is rare in the tune posts, so it shares the pitch's fitted weight instead of getting its own.
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "marketing",
    suggestion: Some("drop-pitch"),
    terms: &[Term {
        name: "marketing",
        value: marketing,
        weight: weights::MARKETING,
    }],
};

fn marketing(a: &Analysis) -> f32 {
    (a.n.marketing + a.n.bait).min(2) as f32
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_calls_to_buy_or_sign_up() {
        assert_flags(
            "Don't miss our free webinar on cloud costs! Sign up now 👉 https://ex.co/w",
            "marketing",
        );
        assert_flags("New drop is live, link in bio!!", "marketing");
        assert_flags("Use code SPRING20 for 20% off this week only", "marketing");
    }

    #[test]
    fn flags_pushes_in_other_languages() {
        assert_flags("No te lo pierdas, inscríbete ya", "marketing");
        assert_flags("Link na bio, vagas limitadas!", "marketing");
        assert_flags("Jetzt anmelden, nur noch wenige Plätze", "marketing");
    }

    #[test]
    fn flags_engagement_bait() {
        assert_flags("Who else is watching this?!", "marketing");
        assert_flags("Tag a friend who needs to see this", "marketing");
    }

    #[test]
    fn allows_talking_about_marketing() {
        assert_allows(
            "The signup flow loses half the people at the email step, which is why we cut it.",
            "marketing",
        );
        assert_allows(
            "I missed the deadline because the form kept crashing.",
            "marketing",
        );
    }
}
