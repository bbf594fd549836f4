//! A personal view or experience: "I think", "in my experience", "we tried", "creo que".
use super::Rule;
use crate::score::analysis::Analysis;

pub const RULE: Rule = Rule {
    id: "personal-view",
    suggestion: None,
    check,
};

fn check(a: &Analysis) -> Option<i16> {
    match a.n.view {
        0 => None,
        1 => Some(16),
        _ => Some(20),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_opinions_and_experience() {
        assert_flags(
            "I think the author underestimates how long permits take.",
            "personal-view",
        );
        assert_flags(
            "In my experience the second year of a rewrite is the dangerous one.",
            "personal-view",
        );
        assert_flags(
            "We tried this at my last job and it doubled our on-call pages.",
            "personal-view",
        );
        assert_flags("IMO the real story is in the footnotes.", "personal-view");
    }

    #[test]
    fn flags_views_in_other_languages() {
        for text in [
            "Creo que se equivocan con las cifras.",
            "Acho que o texto ignora o interior.",
            "Je pense que c'est trop tôt.",
            "Ich glaube, das wird teuer.",
            "Secondo me manca un pezzo.",
        ] {
            assert_flags(text, "personal-view");
        }
    }

    #[test]
    fn allows_agreement_that_only_sounds_personal() {
        assert_allows("I agree!", "personal-view");
        assert_allows("Je suis d'accord.", "personal-view");
    }
}
