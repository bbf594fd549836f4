//! Runs the passes over a draft, in order, each settling more about where every word came from:
//! the words themselves, a retweet, copies of the quoted post, the link's title, a share intent's
//! prefill or pasted text, the lexicons' phrases and the draft's language, what was pasted and
//! whether it reads like a headline; then the tallies the rules read.
use super::analysis::{Analysis, Buffers, Counts, Origin};
use super::tokens::{tokenize, truncate, MAX_TEXT};
use super::{copy, counts, headline, lexicon, pasted, phrases, words, Draft};

impl<'a> Analysis<'a> {
    #[cfg(test)]
    pub fn new(draft: &'a Draft) -> Analysis<'a> {
        Analysis::with_buffers(draft, Buffers::default())
    }

    pub fn with_buffers(draft: &'a Draft, b: Buffers) -> Analysis<'a> {
        let text = truncate(&draft.text, MAX_TEXT);
        let Buffers {
            mut tokens,
            mut words,
            mut norm,
            mut matches,
        } = b;
        tokenize(text, &mut tokens);
        words.clear();
        norm.clear();
        matches.clear();
        let mut a = Analysis {
            text,
            tokens,
            words,
            norm,
            matches,
            lang: None,
            n: Counts::default(),
        };
        words::collect(&mut a);
        words::mark_retweet(&mut a);
        if let Some(ctx) = &draft.context {
            if let Some(q) = ctx.quoted_text.as_deref() {
                copy::mark(&mut a, q, Origin::CopiedQuote);
            }
            if let Some(t) = ctx.link_title.as_deref() {
                copy::mark(&mut a, t, Origin::CopiedTitle);
            }
            if let Some(p) = ctx.prefill.as_deref() {
                copy::mark(&mut a, p, Origin::Prefilled);
            }
            // All spans at once: one pass however many the page sends.
            if let Some(p) = ctx.pasted.as_deref() {
                copy::mark(&mut a, p, Origin::Pasted);
            }
        }
        phrases::find(&mut a);
        a.lang = lexicon::detect_language(&a.matches);
        pasted::settle(&mut a);
        headline::mark(&mut a);
        phrases::apply(&mut a);
        counts::count(&mut a);
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::lexicon::Lang;
    use crate::score::{Context, Draft};

    fn analyse(text: &str) -> (Counts, Option<Lang>) {
        let d = Draft {
            text: text.into(),
            context: None,
        };
        let a = Analysis::new(&d);
        (a.n, a.lang)
    }

    #[test]
    fn everything_from_rt_on_is_the_retweet() {
        let (n, _) = analyse("Worth it. RT @ana: the bridge reopens in May");
        assert_eq!(
            (n.own_units, n.retweet_units),
            (2, 6),
            "the @handle is not a word"
        );
        assert_eq!(
            analyse("RT is short for retweet").0.retweet_units,
            0,
            "RT without a handle is a word"
        );
    }

    #[test]
    fn quoted_words_are_not_own_unless_the_quote_never_closes() {
        let (n, _) = analyse("“Nobody reads footnotes” is the problem");
        assert_eq!((n.quoted_units, n.own_units), (3, 3));
        let (n, _) = analyse("He said \"we ship next week");
        assert_eq!((n.quoted_units, n.own_units), (0, 6));
        let (n, _) = analyse("„Das stimmt nicht“ sagt sie");
        assert_eq!(n.quoted_units, 3);
    }

    #[test]
    fn a_draft_of_only_affirmations_is_filler() {
        assert_eq!(analyse("This is it.").0.own_units, 0);
        assert_eq!(analyse("This is why the vote failed.").0.own_units, 6);
    }

    #[test]
    fn negation_turns_filler_back_into_words() {
        assert_eq!(analyse("Totalmente de acuerdo").0.own_units, 0);
        let (n, _) = analyse("No estoy de acuerdo con el plazo");
        assert_eq!((n.own_units, n.filler_units), (7, 0));
    }

    #[test]
    fn detects_the_language_from_function_words() {
        assert_eq!(
            analyse("The point is that the chart is wrong").1,
            Some(Lang::En)
        );
        assert_eq!(
            analyse("El problema es que la encuesta es de Madrid").1,
            Some(Lang::Es)
        );
        assert_eq!(
            analyse("Die Studie ist nicht aus Deutschland und das ist wichtig").1,
            Some(Lang::De)
        );
        assert_eq!(analyse("Wow").1, None);
    }

    #[test]
    fn strict_and_clause_start_phrases_need_their_place() {
        // French "car" is a reason only in French; English "so" only at the start of a clause.
        assert_eq!(analyse("Nice car").0.reason, 0);
        assert_eq!(
            analyse("Je pars car le train est en retard et il pleut")
                .0
                .reason,
            1
        );
        assert_eq!(
            analyse("It started late, so the whole day slipped")
                .0
                .reason,
            1
        );
        assert_eq!(analyse("It is so late in the day").0.reason, 0);
    }

    #[test]
    fn questions_count_only_with_own_words() {
        assert_eq!(
            analyse("Why did the council wait? And who pays?")
                .0
                .questions,
            2
        );
        assert_eq!(analyse("“Why did the council wait?”").0.questions, 0);
        assert_eq!(analyse("Y tú, ¿qué opinas?").0.questions, 1);
    }

    #[test]
    fn counts_links_tags_and_emoji() {
        let (n, _) = analyse("@ana look 🔥🔥 #rust #wasm https://x.co/a www.example.org");
        assert_eq!(
            (n.mentions, n.emoji, n.hashtags, n.urls, n.own_units),
            (1, 1, 2, 2, 1)
        );
    }

    #[test]
    fn buffers_are_reused_clean() {
        let first = Draft {
            text: "A long first draft about rents and wages in 2024".into(),
            context: None,
        };
        let second = Draft {
            text: "short".into(),
            context: Some(Context::default()),
        };
        let a = Analysis::new(&first);
        let b = Analysis::with_buffers(&second, a.into_buffers());
        assert_eq!((b.words.len(), b.n.own_units), (1, 1));
        assert_eq!(b.norm(&b.words[0]), "short");
    }
}
