//! What the policy remembers per site between prompts: times and counts only.
//!
//! Stored by the background in `chrome.storage.local` `"nudge"` → `{ site: History }`. Reading is
//! lenient (a damaged field falls back to its default) and every use starts with [`sanitize`],
//! which also repairs what a clock set backwards leaves behind.

use super::Form;
use crate::json;
use serde::{Deserialize, Serialize};

/// Attempts remembered at most, and for how long.
pub const RECENT_MAX: usize = 20;
pub const RECENT_WINDOW_MS: i64 = 60 * 60_000;
/// "Share anyway" this many times in a row on a site starts a back-off ...
pub const BACKOFF_AFTER: u32 = 2;
/// ... lasting this long.
pub const BACKOFF_MS: i64 = 30 * 60_000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct History {
    /// Epoch ms of recent blind reshare attempts, oldest first, at most [`RECENT_MAX`], within an hour.
    #[serde(deserialize_with = "json::valid_items")]
    pub recent: Vec<i64>,
    #[serde(deserialize_with = "json::or_default")]
    pub share_anyway_streak: u32,
    /// Epoch ms; while in the future the site gets quiet hints only. 0 = none.
    #[serde(deserialize_with = "json::or_default")]
    pub backoff_until: i64,
    #[serde(deserialize_with = "json::or_default")]
    pub last_variant: Option<u8>,
    #[serde(deserialize_with = "json::or_default")]
    pub last_form: Option<Form>,
    /// When the last reshare prompt was decided, 0 = never.
    #[serde(deserialize_with = "json::or_default")]
    pub last_at: i64,
    #[serde(deserialize_with = "json::or_default")]
    pub last_intercept: bool,
    /// The one-time note that wordings rotate was given on this site.
    #[serde(deserialize_with = "json::or_default")]
    pub wording_explained: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    AddThought,
    ShareAnyway,
    ReadFirst,
    /// Closed the prompt without choosing.
    Dismiss,
}

/// The history as it should be seen at `now_ms`: expired and impossible entries removed.
pub fn sanitize(h: &History, now_ms: i64) -> History {
    let mut h = h.clone();
    let oldest = now_ms.saturating_sub(RECENT_WINDOW_MS);
    // Times after now come from a clock that was later set back: they cannot be trusted.
    h.recent.retain(|&t| t > oldest && t <= now_ms);
    h.recent.sort_unstable();
    let excess = h.recent.len().saturating_sub(RECENT_MAX);
    h.recent.drain(..excess);
    let impossible = h.backoff_until > now_ms.saturating_add(BACKOFF_MS);
    let ended = h.backoff_until <= now_ms;
    if impossible || ended {
        // A back-off that ran its course (or never could have) starts the count afresh.
        if h.backoff_until != 0 {
            h.share_anyway_streak = 0;
        }
        h.backoff_until = 0;
    }
    if h.last_at > now_ms || h.last_at < 0 {
        h.last_at = 0;
        h.last_form = None;
        h.last_intercept = false;
    }
    if h.last_variant.is_some_and(|v| v >= super::VARIANTS) {
        h.last_variant = None;
    }
    h
}

/// Records the user's answer to a prompt.
///
/// - share_anyway: the streak grows; at [`BACKOFF_AFTER`] the site backs off for [`BACKOFF_MS`].
/// - add_thought: the streak resets, and the latest attempt is forgotten: it became a quote, not a
///   blind reshare, so it must not count toward a burst.
/// - read_first: the latest attempt is forgotten too (the reshare, if it comes, is a new attempt).
/// - dismiss: nothing changes; an abandoned attempt still was an attempt.
pub fn record_choice(history: &History, choice: Choice, now_ms: i64) -> History {
    let mut h = sanitize(history, now_ms);
    match choice {
        Choice::ShareAnyway => {
            h.share_anyway_streak = h.share_anyway_streak.saturating_add(1);
            if h.share_anyway_streak >= BACKOFF_AFTER && h.backoff_until == 0 {
                h.backoff_until = now_ms.saturating_add(BACKOFF_MS);
            }
        }
        Choice::AddThought => {
            h.share_anyway_streak = 0;
            h.recent.pop();
        }
        Choice::ReadFirst => {
            h.recent.pop();
        }
        Choice::Dismiss => {}
    }
    h
}
