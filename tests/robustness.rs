//! The scorer must never panic and always answer 0–100, whatever it is fed: control characters,
//! stray combining marks, bidi overrides, joiners, half-typed links, megabytes of text.
use std::time::{Duration, Instant};

use proptest::prelude::*;
use second_thought::score::{
    score, Action, Context, Draft, Level, Report, REASON_IDS, SUGGESTION_IDS,
};

/// Pieces that stress the tokenizer's special cases, mixed with arbitrary characters.
fn tricky_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<char>().prop_map(String::from),
        prop::sample::select(vec![
            "\u{0}",
            "\u{7}",
            "\r\n",
            "\t",
            "\u{301}",
            "\u{20DD}",
            "\u{202E}",
            "\u{2066}",
            "\u{200D}",
            "\u{200C}",
            "\u{FE0F}",
            "👩\u{200D}💻",
            "🇪🇸",
            "🔥",
            "漢字",
            "かな",
            "한국어",
            "ไทย",
            "Привет",
            "مرحبا",
            "שלום",
            "http://",
            "https://x.co/",
            "www.",
            ".com",
            "@",
            "@a@b.c",
            "#",
            "#tag",
            "+1",
            "-",
            "'",
            "’",
            "\"",
            "“",
            "”",
            "„",
            "«",
            "»",
            "「",
            "?",
            "¿",
            "？",
            "!",
            ".",
            ",",
            "…",
            "RT @x:",
            "MT",
            "https://",
            " ",
            " ",
            "  ",
            "so true",
            "because",
            "link in bio",
            "porque",
            "n'est",
            "THIS",
            "100%",
            "3.5",
            "1,000",
            "e.g.",
        ])
        .prop_map(String::from),
    ]
}

fn tricky_text() -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_piece(), 0..60).prop_map(|v| v.concat())
}

fn action() -> impl Strategy<Value = Option<Action>> {
    prop::option::of(prop::sample::select(vec![
        Action::Post,
        Action::Quote,
        Action::Reply,
    ]))
}

#[track_caller]
fn check_report(r: &Report, text: &str) {
    assert!(r.score <= 100, "{text:?}");
    assert_eq!(r.level, Level::from_score(r.score));
    assert!(
        r.own_words as usize <= text.chars().count(),
        "{} own words in {text:?}",
        r.own_words
    );
    for id in &r.reasons {
        assert!(REASON_IDS.contains(id), "{id}");
    }
    if let Some(s) = r.suggestion {
        assert!(SUGGESTION_IDS.contains(&s), "{s}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_string_scores_in_range(text in any::<String>()) {
        let r = score(&Draft { text: text.clone(), context: None });
        check_report(&r, &text);
    }

    #[test]
    fn tricky_strings_score_in_range(text in tricky_text(), quoted in prop::option::of(tricky_text()),
                                     title in prop::option::of(tricky_text()), action in action(),
                                     prefill in prop::option::of(tricky_text()),
                                     pasted in prop::option::of(tricky_text())) {
        let context = Some(Context { quoted_text: quoted, link_title: title, action, prefill, pasted });
        let r = score(&Draft { text: text.clone(), context });
        check_report(&r, &text);
    }

    #[test]
    fn scoring_is_deterministic(text in tricky_text()) {
        let d = Draft { text, context: None };
        prop_assert_eq!(score(&d), score(&d));
    }
}

/// Repeats `unit` up to about `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

const MB: usize = 1 << 20;

#[test]
fn a_megabyte_draft_is_fine() {
    let units = [
        "We tried this because the numbers in 2023 looked off. What do you think? #data 🔥 https://ex.co/a ",
        "a",                   // one endless word
        "\u{301}",             // one endless run of combining marks
        "@",                   // signs that never start a mention
        " @a.b",               // a mention per chunk
        "漢字かな",              // no spaces at all
        "\"",                  // a quote opening and closing on every character
        "RT @x: ",             // many retweet markers
        "so true ",            // all filler
        "https://x.co/",       // one endless link
        "\u{202E}\u{200D}\n",  // bidi overrides, joiners, newlines
    ];
    for unit in units {
        let text = repeat_to(unit, MB);
        let start = Instant::now();
        let r = score(&Draft {
            text: text.clone(),
            context: None,
        });
        check_report(&r, &text);
        // Generous: a debug build on a busy machine still does a megabyte in well under a second.
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{unit:?} took {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn a_megabyte_quote_does_not_slow_copy_detection_down_quadratically() {
    let quoted = repeat_to(
        "市政府决定六月关闭图书馆 the city will close the library ",
        MB,
    );
    let text = repeat_to("决定六月关闭 图书馆很重要 close the library because ", MB);
    let ctx = Context {
        quoted_text: Some(quoted.clone()),
        link_title: Some(quoted.clone()),
        action: Some(Action::Quote),
        prefill: Some(quoted.clone()),
        pasted: Some(quoted),
    };
    let start = Instant::now();
    let r = score(&Draft {
        text: text.clone(),
        context: Some(ctx),
    });
    check_report(&r, &text);
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn time_grows_roughly_linearly() {
    // Every pass in the scorer walks the text a bounded number of times (lookups are binary
    // searches), so it is linear by construction. This checks it loosely, never flakily: the cost
    // per byte of one 1 MB draft may not exceed 25 times the cost per byte of 100 drafts of 10 KB.
    let unit = "Rents rose 31% because, as I said, nobody builds. Anyone else? so true 🔥 @ana #x https://e.co ";
    let small = Draft {
        text: repeat_to(unit, 10 * 1024),
        context: None,
    };
    let large = Draft {
        text: repeat_to(unit, MB),
        context: None,
    };
    score(&small);
    let t_small = best_of(3, || {
        for _ in 0..100 {
            score(&small);
        }
    });
    let t_large = best_of(3, || {
        score(&large);
    });
    let per_byte_small = t_small.as_secs_f64() / (100 * small.text.len()) as f64;
    let per_byte_large = t_large.as_secs_f64() / large.text.len() as f64;
    assert!(
        per_byte_large < 25.0 * per_byte_small,
        "per byte: 10 KB {per_byte_small:e}s, 1 MB {per_byte_large:e}s"
    );
}

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn input_past_the_limit_is_ignored_not_fatal() {
    let text = "é".repeat(3 * MB); // 6 MB, and the 4 MiB cut falls inside a character
    let r = score(&Draft {
        text: text.clone(),
        context: None,
    });
    check_report(&r, &text);
}
