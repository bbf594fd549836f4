//! Times `score` on the corpus drafts cut or padded to about 280 characters (a full post) and on
//! 5,000-character drafts (a long LinkedIn post), after a warm-up. Prints one JSON line.
//! Run: `cargo run --release --example bench_score`
use std::hint::black_box;
use std::time::Instant;

use second_thought::score::{score, Context, Draft};
use serde::Deserialize;

#[derive(Deserialize)]
struct Row {
    text: String,
    #[serde(default)]
    context: Option<Context>,
}

const ROUNDS: usize = 60;

/// Exactly `chars` characters: the draft, then the following drafts, wrapping around.
fn sized(rows: &[Row], from: usize, chars: usize) -> String {
    let mut out = String::new();
    for r in rows.iter().cycle().skip(from) {
        out.push_str(&r.text);
        out.push(' ');
        if out.chars().count() >= chars {
            break;
        }
    }
    out.chars().take(chars).collect()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

/// Per-call times in microseconds, each draft timed once per round.
fn time(drafts: &[Draft]) -> Vec<f64> {
    for _ in 0..3 {
        for d in drafts {
            black_box(score(black_box(d)));
        }
    }
    let mut samples = Vec::with_capacity(drafts.len() * ROUNDS);
    for _ in 0..ROUNDS {
        for d in drafts {
            let start = Instant::now();
            black_box(score(black_box(d)));
            samples.push(start.elapsed().as_secs_f64() * 1e6);
        }
    }
    samples.sort_by(f64::total_cmp);
    samples
}

fn main() {
    let rows: Vec<Row> = include_str!("../tests/corpus/drafts.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("corpus line"))
        .collect();
    let short: Vec<Draft> = (0..rows.len())
        .map(|i| Draft {
            text: sized(&rows, i, 280),
            context: rows[i].context.clone(),
        })
        .collect();
    let long: Vec<Draft> = (0..rows.len())
        .step_by(17)
        .map(|i| Draft {
            text: sized(&rows, i, 5000),
            context: rows[i].context.clone(),
        })
        .collect();
    let t280 = time(&short);
    let t5000 = time(&long);
    println!(
        "{{\"score_native_280_p50_us\": {:.2}, \"score_native_280_p99_us\": {:.2}, \"score_native_5000_p50_us\": {:.2}}}",
        percentile(&t280, 0.5),
        percentile(&t280, 0.99),
        percentile(&t5000, 0.5)
    );
}
