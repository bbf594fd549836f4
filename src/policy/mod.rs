//! The nudge policy: the content script describes what the user is doing, [`decide`] says how to
//! nudge, and the background stores the returned history for the site.
//!
//! Rules:
//! - Mode `off`: nothing (form none, no intercept). Mode `gentle`: at most a hint, never intercepts.
//! - Reshare in `pause` mode: a hint that still intercepts (the user asked to pause before blind
//!   reshares; the hint is the quiet version). 3+ blind reshare attempts within 10 minutes: the
//!   full pause, with `why = {id: burst, count, minutes}` (minutes = span of those attempts,
//!   rounded up, 1..=10). Every reshare decision in gentle or pause mode records the attempt.
//! - Respect: after "share anyway" twice in a row on a site ([`record_choice`]), the site backs off
//!   for 30 minutes: at most a hint, never intercepting. "Add a thought" resets the streak. When
//!   the back-off ends the streak starts from zero and prompts return to normal without comment.
//! - `changed` tells the user why this prompt differs from the one they saw in the last hour:
//!   `escalated` when the form grew (hint → pause), `calmer` when it got quieter (pause → hint, or
//!   it stopped intercepting because of a back-off). Wordings rotate ([`VARIANTS`], never the same
//!   twice in a row); the rotation itself is explained once per site (`new_wording`, the first
//!   time a same-form prompt follows within the hour), since an unexplained change costs trust
//!   but repeating the note every time would be noise.
//! - `read_first` is offered only when a prompt is shown, the post has a link the user has not
//!   opened, and read-first is enabled.
//! - Quote, reply and post with link: never intercept; a hint when the draft is blind and the mode
//!   is not off, else nothing. These are asked for while typing, so they leave the history
//!   untouched and keep the last wording instead of rotating.
//! - Clock trouble: times are epoch ms, so midnight and time-zone changes do not matter; attempts
//!   "in the future" (clock set back) are dropped; a back-off ending further away than its own
//!   length is cleared.

mod history;
mod wording;

pub use history::{record_choice, sanitize, Choice, History, BACKOFF_AFTER, BACKOFF_MS, RECENT_MAX, RECENT_WINDOW_MS};
pub use wording::{next_variant, CHANGE_WINDOW_MS};

use crate::json;
use crate::score::Level;
use crate::settings::Mode;
use serde::{Deserialize, Serialize};

pub const VARIANTS: u8 = 4;
pub const BURST_WINDOW_MS: i64 = 10 * 60_000;
pub const BURST_MIN: usize = 3;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    #[default]
    Reshare,
    Quote,
    Reply,
    PostWithLink,
}

/// Ordered from quietest to strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Form {
    None,
    Hint,
    Pause,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Escalated,
    Calmer,
    NewWording,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WhyId {
    Burst,
}

/// Localized in JS, e.g. "4 reshares in 3 minutes".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Why {
    pub id: WhyId,
    pub count: u32,
    pub minutes: u32,
}

/// Every field has a default so a partial message decides something safe: a missing mode is off.
/// A field that is present must have the right type, except the history, which the worker stored
/// and which is read leniently like all stored data (see `history`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Input {
    pub action: Action,
    pub mode: Mode,
    /// The draft's level for quote, reply and post_with_link; ignored for reshare.
    pub level: Option<Level>,
    pub has_link: bool,
    pub link_opened: bool,
    pub read_first_enabled: bool,
    #[serde(deserialize_with = "json::whole")]
    pub now_ms: i64,
    #[serde(deserialize_with = "json::or_default")]
    pub history: History,
}

impl Default for Input {
    fn default() -> Self {
        Input {
            action: Action::Reshare,
            mode: Mode::Off,
            level: None,
            has_link: false,
            link_opened: false,
            read_first_enabled: false,
            now_ms: 0,
            history: History::default(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub form: Form,
    pub intercept: bool,
    /// 0..VARIANTS, shown as `nudge_variant_<n>`.
    pub variant: u8,
    pub why: Option<Why>,
    pub changed: Option<Change>,
    pub read_first: bool,
    /// To store for this site, as is.
    pub history: History,
}

pub fn decide(input: &Input) -> Decision {
    let now = input.now_ms;
    let h = sanitize(&input.history, now);
    match input.action {
        Action::Reshare => reshare(input, h),
        Action::Quote | Action::Reply | Action::PostWithLink => composer(input, h),
    }
}

fn reshare(input: &Input, mut h: History) -> Decision {
    let now = input.now_ms;
    if input.mode == Mode::Off {
        return quiet(h);
    }
    h.recent.push(now);
    let excess = h.recent.len().saturating_sub(RECENT_MAX);
    h.recent.drain(..excess);
    let why = burst(&h.recent, now);
    let backing_off = h.backoff_until > now;
    let (form, intercept) = match input.mode {
        Mode::Off | Mode::Gentle => (Form::Hint, false),
        Mode::Pause if backing_off => (Form::Hint, false),
        Mode::Pause if why.is_some() => (Form::Pause, true),
        Mode::Pause => (Form::Hint, true),
    };
    let variant = next_variant(h.last_variant, now);
    let changed = wording::change(&h, form, intercept, now);
    h.wording_explained |= changed == Some(Change::NewWording);
    h.last_variant = Some(variant);
    h.last_form = Some(form);
    h.last_at = now;
    h.last_intercept = intercept;
    Decision { form, intercept, variant, why, changed, read_first: offers_read_first(input), history: h }
}

fn composer(input: &Input, h: History) -> Decision {
    if input.mode == Mode::Off || input.level != Some(Level::Blind) {
        return quiet(h);
    }
    Decision {
        form: Form::Hint,
        intercept: false,
        variant: h.last_variant.unwrap_or(0),
        why: None,
        changed: None,
        read_first: offers_read_first(input),
        history: h,
    }
}

fn quiet(h: History) -> Decision {
    Decision {
        form: Form::None,
        intercept: false,
        variant: h.last_variant.unwrap_or(0),
        why: None,
        changed: None,
        read_first: false,
        history: h,
    }
}

fn offers_read_first(input: &Input) -> bool {
    input.has_link && !input.link_opened && input.read_first_enabled
}

/// `recent` is sanitized and includes the attempt being decided.
fn burst(recent: &[i64], now: i64) -> Option<Why> {
    let since = now.saturating_sub(BURST_WINDOW_MS);
    let in_window: Vec<i64> = recent.iter().copied().filter(|&t| t >= since).collect();
    if in_window.len() < BURST_MIN {
        return None;
    }
    let span_ms = now - in_window[0];
    let minutes = ((span_ms + 59_999) / 60_000).clamp(1, BURST_WINDOW_MS / 60_000);
    Some(Why { id: WhyId::Burst, count: in_window.len() as u32, minutes: minutes as u32 })
}
