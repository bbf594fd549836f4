//! Scores the hand-labeled corpus and checks the scorer separates blind from thoughtful drafts.
//! Prints the figures for each split (`tune`, `holdout`) on stderr; asserts on the whole corpus.
//! Set `CORPUS_MISSES=tune` (or `holdout`, `all`) to list the drafts whose level is wrong.
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
}

fn corpus() -> Vec<Row> {
    let src = include_str!("corpus/drafts.jsonl");
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("drafts.jsonl line {}: {e}", n + 1))
        })
        .collect()
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
        "corpus {name:>7}: n={:3} auc(thoughtful vs blind)={:.3} auc(thoughtful vs blind+thin)={:.3} blind<40={:.1}% thoughtful>=60={:.1}% exact level={:.1}%",
        f.n,
        f.auc_blind,
        f.auc_not_thoughtful,
        f.blind_below_40 * 100.0,
        f.thoughtful_from_60 * 100.0,
        f.exact_level * 100.0
    ));
}

#[test]
fn corpus_is_well_formed() {
    let rows = corpus();
    assert!(rows.len() >= 300, "{} drafts", rows.len());
    let mut ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before, "duplicate ids");
    assert!(rows
        .iter()
        .all(|r| r.split == "tune" || r.split == "holdout"));
    let holdout = rows.iter().filter(|r| r.split == "holdout").count();
    assert!(
        holdout * 4 >= rows.len() && holdout * 2 <= rows.len(),
        "holdout is {holdout} of {}",
        rows.len()
    );
    for level in [Level::Blind, Level::Thin, Level::Thoughtful] {
        assert!(
            rows.iter().filter(|r| r.label == level).count() >= 50,
            "{level:?}"
        );
    }
}

#[test]
fn scorer_separates_blind_from_thoughtful() {
    let rows = corpus();
    let scored: Vec<(&Row, u8)> = rows
        .iter()
        .map(|r| {
            (
                r,
                score(&Draft {
                    text: r.text.clone(),
                    context: r.context.clone(),
                })
                .score,
            )
        })
        .collect();
    let split = |name: &str| -> Vec<(&Row, u8)> {
        scored
            .iter()
            .filter(|(r, _)| r.split == name)
            .copied()
            .collect()
    };
    let all = figures(&scored);
    report("tune", &figures(&split("tune")));
    report("holdout", &figures(&split("holdout")));
    report("all", &all);

    if let Ok(which) = std::env::var("CORPUS_MISSES") {
        for (r, s) in scored
            .iter()
            .filter(|(r, _)| which == "all" || r.split == which)
        {
            if Level::from_score(*s) != r.label {
                say(format_args!(
                    "  miss {:<7} {:>3} {:?} want {:?}: {}",
                    r.id,
                    s,
                    Level::from_score(*s),
                    r.label,
                    r.text.replace('\n', " ")
                ));
            }
        }
    }

    assert!(
        all.auc_blind >= 0.95,
        "AUC thoughtful vs blind {:.3}",
        all.auc_blind
    );
    assert!(
        all.auc_not_thoughtful >= 0.90,
        "AUC thoughtful vs blind+thin {:.3}",
        all.auc_not_thoughtful
    );
    assert!(
        all.blind_below_40 >= 0.90,
        "blind below 40: {:.3}",
        all.blind_below_40
    );
    assert!(
        all.thoughtful_from_60 >= 0.80,
        "thoughtful from 60: {:.3}",
        all.thoughtful_from_60
    );
}

#[test]
fn auc_counts_ties_as_half() {
    assert_eq!(auc(&[2, 3], &[1]), 1.0);
    assert_eq!(auc(&[1], &[1]), 0.5);
    assert_eq!(auc(&[0], &[1, 2]), 0.0);
}
