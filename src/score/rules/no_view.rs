//! A link shared with words that show nothing of the writer: no first person, view, stance,
//! reason or question. Most such drafts on real sites are a headline or a press release the
//! headline rule could not prove; a writer who says what they think is never caught here. Without
//! a link, a voiceless text of names and numbers is the same thing typed out: news reported or an
//! event announced, with nothing of what the writer makes of it.
use super::{Rule, Term};
use crate::score::analysis::Analysis;
use crate::score::weights;

pub const RULE: Rule = Rule {
    id: "no-view",
    suggestion: Some("say-why"),
    terms: &[
        Term {
            name: "caption",
            value: caption,
            weight: weights::CAPTION,
        },
        Term {
            name: "report",
            value: report,
            weight: weights::REPORT,
        },
        Term {
            name: "statement",
            value: statement,
            weight: weights::STATEMENT,
        },
    ],
};

/// One such sentence: a headline, as often as not.
fn caption(a: &Analysis) -> f32 {
    a.n.caption as u8 as f32
}

/// Several: a news report or a press release.
fn report(a: &Analysis) -> f32 {
    a.n.report as u8 as f32
}

/// No link, no voice, but names or numbers: news told, not a take on it.
fn statement(a: &Analysis) -> f32 {
    a.n.statement as u8 as f32
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_allows, assert_flags};

    #[test]
    fn flags_a_link_with_nothing_of_the_writer() {
        assert_flags(
            "Council approves plan for new housing on the old depot site https://ex.com/1",
            "no-view",
        );
        assert_flags(
            "Polri membuka rekrutmen khusus bagi personel yang memiliki keahlian di bidang pertanian. Polri siap mendukung program pemerintah https://ex.id/2",
            "no-view",
        );
    }

    #[test]
    fn allows_a_link_with_the_writer_s_view_or_question() {
        assert_allows(
            "I think the depot plan fails because it floods https://ex.com/1",
            "no-view",
        );
        assert_allows("Does the depot site flood? https://ex.com/1", "no-view");
        assert_allows(
            "Dahil sa baha, hindi na kami makalabas https://ex.ph/1",
            "no-view",
        );
    }

    #[test]
    fn flags_news_typed_out_without_a_link() {
        assert_flags(
            "Reports of shooting at the Dammartin plant on route N2 north east of Paris",
            "no-view",
        );
        assert_flags(
            "Deux invités ce soir : Yannick Blanc, préfet de Vaucluse, et Olivier Florens.",
            "no-view",
        );
    }

    #[test]
    fn allows_news_told_with_the_writer_s_voice() {
        assert_allows(
            "I was at the Dammartin plant this morning and the road to Paris is closed",
            "no-view",
        );
        assert_allows(
            "Why did Paris close route N2 before anyone knew what happened?",
            "no-view",
        );
    }

    #[test]
    fn allows_text_without_a_link() {
        assert_allows(
            "Council approves plan for new housing on the old depot site",
            "no-view",
        );
    }
}
