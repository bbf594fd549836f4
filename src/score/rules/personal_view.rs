//! A personal view or experience: "I think", "in my experience", "we tried", "creo que"; a stance
//! ("should", "absurd", "harus"); the writer speaking of themselves or to someone ("I", "we", "you").
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "personal-view",
    suggestion: None,
    terms: &[
        Term {
            name: "view",
            value: view,
            weight: weights::VIEW,
        },
        Term {
            name: "stance",
            value: stance,
            weight: weights::STANCE,
        },
        Term {
            name: "first_person",
            value: first_person,
            weight: weights::FIRST_PERSON,
        },
        Term {
            name: "witness",
            value: witness,
            weight: weights::WITNESS,
        },
        Term {
            name: "second_person",
            value: second_person,
            weight: weights::SECOND_PERSON,
        },
    ],
};

/// "I think", "in my experience", "we tried".
fn view(a: &Analysis) -> f32 {
    a.n.view.min(2) as f32 * super::credit(a)
}

/// A judgment or a call: "should", "absurd", "moet", "harus", "dapat".
fn stance(a: &Analysis) -> f32 {
    (a.n.stance > 0) as u8 as f32 * super::credit(a)
}

/// The writer speaking to someone: replies that take a person on ("you would have to ask them").
fn second_person(a: &Analysis) -> f32 {
    (a.n.second_person > 0) as u8 as f32 * super::credit(a)
}

/// The writer speaking of themselves: eyewitness and first-hand lines ("our street is flooded").
fn first_person(a: &Analysis) -> f32 {
    (a.n.first_person > 0) as u8 as f32 * super::credit(a)
}

/// On the spot: the first person with the here and now ("already at our front step", "we are
/// outside the station right now"). Eyewitness lines are a thought of their own however short.
fn witness(a: &Analysis) -> f32 {
    (a.n.first_person > 0 && a.n.witness > 0) as u8 as f32 * super::credit(a)
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

    #[test]
    fn flags_views_in_dutch_indonesian_and_tagalog() {
        for text in [
            "Ik denk dat het kabinet veel te laat is met de steun.",
            "Menurut saya program ini harus dievaluasi dulu.",
            "Sa tingin ko mali ang desisyon ng barangay dito.",
        ] {
            assert_flags(text, "personal-view");
        }
    }

    #[test]
    fn counts_the_here_and_now_only_with_the_first_person() {
        use crate::score::Draft;
        let terms = |text: &str| {
            let d = Draft {
                text: text.into(),
                context: None,
            };
            let a = crate::score::analysis::Analysis::new(&d);
            (super::first_person(&a), super::witness(&a))
        };
        assert!(terms("The water is already at our front step").1 > 0.0);
        assert!(terms("We are outside the station right now and nobody is moving").1 > 0.0);
        assert_eq!(terms("The water is already at the front step of the hall").1, 0.0);
    }

    #[test]
    fn flags_first_hand_lines() {
        assert_flags(
            "The water is already at our front step and still rising.",
            "personal-view",
        );
    }
}
