//! Settles what the writer pasted into the composer. People paste their own drafts as often as
//! someone else's words, so pasting alone proves nothing; but a pasted span without a trace of the
//! writer's voice (no first person, view, stance, reason or question) is a headline or a quote
//! from elsewhere, and its words, numbers and names are not the writer's.
use super::analysis::{Analysis, Origin};
use super::phrases;

/// Shorter pasted runs (a name, a figure) are just words the writer chose to paste.
const MIN_WORDS: usize = 3;

/// Turns every run of `Origin::Pasted` words into `Own` or `Headline`.
pub fn settle(a: &mut Analysis) {
    let mut i = 0;
    while i < a.words.len() {
        if a.words[i].origin != Origin::Pasted {
            i += 1;
            continue;
        }
        let start = i;
        while i < a.words.len() && a.words[i].origin == Origin::Pasted {
            i += 1;
        }
        let theirs = i - start < MIN_WORDS || phrases::voiced(a, start, i);
        let origin = if theirs {
            Origin::Own
        } else {
            Origin::Headline
        };
        for w in &mut a.words[start..i] {
            w.origin = origin;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::score::analysis::Analysis;
    use crate::score::rules::testing::with_page;

    fn own_and_headline(text: &str, pasted: &str) -> (u32, u32) {
        let d = with_page(text, None, Some(pasted));
        let a = Analysis::new(&d);
        (a.n.own_units, a.n.headline_units)
    }

    #[test]
    fn a_pasted_headline_is_not_the_writer_s() {
        let title = "Council approves 400 new homes on former rail yard";
        assert_eq!(
            own_and_headline(&format!("{title} https://news.example/1"), title),
            (0, 9)
        );
    }

    #[test]
    fn numbers_in_a_pasted_headline_are_no_detail() {
        let title = "Inflation falls to 2.1% in March as fuel prices drop";
        let d = with_page(
            &format!("{title} https://news.example/2"),
            None,
            Some(title),
        );
        let r = crate::score::score(&d);
        assert!(!r.reasons.contains(&"specific-detail"), "{:?}", r.reasons);
    }

    #[test]
    fn a_pasted_draft_of_the_writer_s_own_stays_theirs() {
        let mine = "I think the rail yard plan works because the trams already stop there";
        assert_eq!(own_and_headline(mine, mine), (13, 0));
        let ask = "Has anyone costed the new tram line yet?";
        assert_eq!(own_and_headline(ask, ask).1, 0);
    }

    #[test]
    fn typed_words_around_a_pasted_span_stay_the_writer_s() {
        let title = "Council approves 400 new homes on former rail yard";
        let text = format!("{title} and about time too, the site sat empty for years");
        let (own, headline) = own_and_headline(&text, title);
        assert_eq!((own, headline), (10, 9));
    }

    #[test]
    fn a_short_paste_is_just_a_word() {
        assert_eq!(own_and_headline("Ask Ostrom about commons", "Ostrom").1, 0);
    }
}
