//! Weighs one side against another: "but", "however", "even though", "sin embargo", "aber".
use super::Rule;
use crate::score::analysis::Analysis;

pub const RULE: Rule = Rule {
    id: "adds-nuance",
    suggestion: None,
    check,
};

fn check(a: &Analysis) -> Option<i16> {
    (a.n.contrast > 0).then_some(10)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_contrast() {
        assert_flags(
            "Good idea, but the rollout ignores rural clinics.",
            "adds-nuance",
        );
        assert_flags(
            "Buena idea, sin embargo el plazo es muy corto.",
            "adds-nuance",
        );
    }

    #[test]
    fn allows_one_sided_text() {
        assert_allows("Good idea and a good rollout.", "adds-nuance");
    }
}
