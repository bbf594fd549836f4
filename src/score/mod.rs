//! The draft scorer: how much of the writer's own thought a reshare carries, 0–100.
//!
//! `score` tokenizes the draft once (`tokens`), works out where each word came from and what the
//! lexicons say about it (`pipeline` runs those passes and fills in the facts of `analysis`), runs
//! one small rule per signal (`rules`), and sums the rules' weights (`combine`). Nothing here
//! allocates per token or can panic on any input.
use serde::{Deserialize, Serialize};

mod analysis;
mod chars;
mod combine;
mod copy;
mod counts;
mod headline;
mod lexicon;
mod packed;
mod pasted;
mod phrases;
mod pipeline;
mod rules;
mod shape;
mod tokens;
mod url;
mod weights;
mod words;

pub use packed::{pack, unpack};

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Draft {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub context: Option<Context>,
}

/// What the draft responds to, when the page shows it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Context {
    /// The post being quoted or replied to.
    #[serde(default)]
    pub quoted_text: Option<String>,
    /// The title of the link being shared.
    #[serde(default)]
    pub link_title: Option<String>,
    #[serde(default)]
    pub action: Option<Action>,
    /// What a site's share intent put in the composer ("Share on X" on a news page): not the
    /// writer's words. Their own words are whatever they typed around it.
    #[serde(default)]
    pub prefill: Option<String>,
    /// Spans the writer pasted into this composer, one per line (a list is accepted too and
    /// joined). A pasted span with no sign of the writer's own voice counts as copied.
    #[serde(default, deserialize_with = "lines")]
    pub pasted: Option<String>,
}

/// Reads `pasted` as a string or a list of strings (joined with newlines, as the page sends it).
fn lines<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Lines {
        One(String),
        Many(Vec<String>),
    }
    Ok(Option::<Lines>::deserialize(d)?.map(|l| match l {
        Lines::One(s) => s,
        Lines::Many(v) => v.join("\n"),
    }))
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    #[default]
    Post,
    Quote,
    Reply,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Blind,
    Thin,
    Thoughtful,
}

impl Level {
    pub fn from_score(score: u8) -> Level {
        match score {
            0..=39 => Level::Blind,
            40..=59 => Level::Thin,
            _ => Level::Thoughtful,
        }
    }
}

/// One term of the score: `length` (points for the writer's own words) or a rule's reason id
/// with the points it added or took away. The terms sum to the score before clamping to 0–100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Signal {
    pub id: &'static str,
    pub weight: i16,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub score: u8,
    pub level: Level,
    /// Words that are the writer's own: not links, tags, emoji, filler, or copied text.
    pub own_words: u32,
    pub signals: Vec<Signal>,
    /// Reason ids (see `REASON_IDS`), most important first.
    pub reasons: Vec<&'static str>,
    /// One suggestion id (see `SUGGESTION_IDS`): the most useful next step, if any.
    pub suggestion: Option<&'static str>,
}

/// Every level, in `Level`'s order (its index is the level's number in a packed report).
pub const LEVEL_IDS: &[&str] = &["blind", "thin", "thoughtful"];

/// Every reason id `score` can report. The extension translates each through `_locales`.
pub const REASON_IDS: &[&str] = &[
    "only-link",
    "emoji-only",
    "pasted-headline",
    "no-view",
    "copied-quote",
    "filler",
    "marketing",
    "hashtag-pile",
    "shouting",
    "too-short",
    "gives-reason",
    "personal-view",
    "asks-question",
    "specific-detail",
    "adds-nuance",
];

/// Every suggestion id `score` can report.
pub const SUGGESTION_IDS: &[&str] = &[
    "say-why",
    "own-words",
    "add-detail",
    "ask-readers",
    "fewer-hashtags",
    "drop-pitch",
    "ease-caps",
];

thread_local! {
    static BUFFERS: std::cell::Cell<analysis::Buffers> = std::cell::Cell::default();
}

/// Scores one draft. Never panics; input beyond 4 MiB is ignored.
pub fn score(draft: &Draft) -> Report {
    let buffers = BUFFERS.with(|b| b.take());
    let a = analysis::Analysis::with_buffers(draft, buffers);
    let report = combine::combine(&a);
    BUFFERS.with(|b| b.set(a.into_buffers()));
    report
}

/// The measurements the score is a weighted sum of, by name, as `tools/fit_weights.py` fits them.
pub fn features(draft: &Draft) -> Vec<(&'static str, f32)> {
    let a = analysis::Analysis::with_buffers(draft, analysis::Buffers::default());
    combine::features(&a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reason_ids_list_every_rule_once() {
        let mut rule_ids: Vec<&str> = rules::ALL.iter().map(|r| r.id).collect();
        let mut listed = REASON_IDS.to_vec();
        rule_ids.sort_unstable();
        listed.sort_unstable();
        assert_eq!(rule_ids, listed);
        listed.dedup();
        assert_eq!(listed.len(), REASON_IDS.len());
    }

    #[test]
    fn suggestion_ids_cover_every_rule_s_suggestion() {
        for rule in rules::ALL {
            if let Some(s) = rule.suggestion {
                assert!(
                    SUGGESTION_IDS.contains(&s),
                    "{s} (from {}) missing",
                    rule.id
                );
            }
        }
    }

    #[test]
    fn ids_are_kebab_case() {
        for id in REASON_IDS.iter().chain(SUGGESTION_IDS) {
            let ok = !id.is_empty()
                && id
                    .split('-')
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()));
            assert!(ok, "{id}");
        }
    }

    #[test]
    fn levels_split_at_40_and_60() {
        assert_eq!(Level::from_score(0), Level::Blind);
        assert_eq!(Level::from_score(39), Level::Blind);
        assert_eq!(Level::from_score(40), Level::Thin);
        assert_eq!(Level::from_score(59), Level::Thin);
        assert_eq!(Level::from_score(60), Level::Thoughtful);
        assert_eq!(Level::from_score(100), Level::Thoughtful);
    }

    #[test]
    fn report_serializes_to_the_agreed_shape() {
        let r = score(&Draft {
            text: "+1".into(),
            context: None,
        });
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["level"], "blind");
        assert!(v["score"].is_u64() && v["own_words"].is_u64());
        assert_eq!(v["reasons"][0], "filler");
        assert_eq!(v["suggestion"], "say-why");
        assert!(v["signals"][0]["id"].is_string() && v["signals"][0]["weight"].is_i64());
    }

    #[test]
    fn draft_accepts_missing_fields() {
        let d: Draft =
            serde_json::from_str(r#"{"text":"hi","context":{"action":"reply"}}"#).unwrap();
        assert_eq!(d.context.unwrap().action, Some(Action::Reply));
        let d: Draft = serde_json::from_str("{}").unwrap();
        assert_eq!(d.text, "");
    }

    #[test]
    fn signals_sum_to_the_score() {
        let text = "We tried this in 2022 and it failed because nobody owned the budget. Did anyone else see that?";
        let r = score(&Draft {
            text: text.into(),
            context: None,
        });
        let sum: i32 = r.signals.iter().map(|s| s.weight as i32).sum();
        assert_eq!(sum.clamp(0, 100) as u8, r.score);
    }
}
