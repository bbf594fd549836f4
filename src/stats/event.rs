//! What content scripts report: one counted action, never any text.

use super::counters::Counter;
use crate::clock::Day;
use crate::json;
use crate::score::Level;
use crate::settings::{OriginError, SiteKey, MAX_SITE_KEY_LEN};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Latest accepted event time, 9999-12-31T23:59:59.999Z: later keys would not be four-digit years.
pub const MAX_EVENT_MS: i64 = 253_402_300_799_999;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    ReshareBlind,
    QuotePosted,
    PostSent,
    ReplySent,
    NudgeShown,
    AddThought,
    ShareAnyway,
    ReadFirst,
    MuteSite,
}

/// Its JSON name, e.g. `quote_posted`.
impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.serialize(f)
    }
}

/// Longest accepted event id, in characters.
pub const MAX_ID_LEN: usize = 64;

/// JSON: `{"kind", "level"?, "site", "at_ms", "tz_offset_min"?, "id"?}`; unknown fields are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    /// Required for `quote_posted`, `post_sent` and `reply_sent`, ignored otherwise.
    pub level: Option<Level>,
    pub site: String,
    #[serde(deserialize_with = "json::whole")]
    pub at_ms: i64,
    #[serde(default, deserialize_with = "json::whole")]
    pub tz_offset_min: i32,
    /// Unique per action. A content script resends a count until the worker acknowledges it, so
    /// an id already stored means a resend of a count already made. Older content scripts send none.
    #[serde(default)]
    pub id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatsError {
    /// The event JSON is malformed (unknown kind, missing or mistyped field).
    BadEvent(String),
    SiteTooLong(usize),
    BadSite(OriginError),
    MissingLevel(EventKind),
    TimeOutOfRange(i64),
    /// Empty or longer than [`MAX_ID_LEN`] characters (the length is given).
    BadId(usize),
}

impl fmt::Display for StatsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatsError::BadEvent(why) => write!(f, "invalid stats event: {why}"),
            StatsError::SiteTooLong(n) => write!(f, "site key is {n} characters; at most {MAX_SITE_KEY_LEN} allowed"),
            StatsError::BadSite(e) => write!(f, "invalid site: {e}"),
            StatsError::MissingLevel(kind) => {
                write!(f, "a {kind} event needs a level (blind, thin or thoughtful)")
            }
            StatsError::TimeOutOfRange(t) => write!(f, "event time {t} is not between 1970 and 9999"),
            StatsError::BadId(n) => write!(f, "event id has {n} characters; 1 to {MAX_ID_LEN} allowed"),
        }
    }
}

impl std::error::Error for StatsError {}

/// An event checked and resolved to what gets counted where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Counted {
    pub site: String,
    pub day: Day,
    pub counter: Counter,
}

/// Reads an event, with an English error saying what is wrong with it.
pub fn parse_event(raw: &serde_json::Value) -> Result<Event, StatsError> {
    Event::deserialize(raw).map_err(|e| StatsError::BadEvent(e.to_string()))
}

impl Event {
    pub(super) fn resolve(&self) -> Result<Counted, StatsError> {
        let len = self.site.chars().count();
        if len > MAX_SITE_KEY_LEN {
            return Err(StatsError::SiteTooLong(len));
        }
        let site = SiteKey::parse(&self.site).map_err(StatsError::BadSite)?;
        if !(0..=MAX_EVENT_MS).contains(&self.at_ms) {
            return Err(StatsError::TimeOutOfRange(self.at_ms));
        }
        if let Some(id) = &self.id {
            let len = id.chars().count();
            if !(1..=MAX_ID_LEN).contains(&len) {
                return Err(StatsError::BadId(len));
            }
        }
        let leveled = |blind, thin, thoughtful| match self.level {
            Some(Level::Blind) => Ok(blind),
            Some(Level::Thin) => Ok(thin),
            Some(Level::Thoughtful) => Ok(thoughtful),
            None => Err(StatsError::MissingLevel(self.kind)),
        };
        let counter = match self.kind {
            EventKind::ReshareBlind => Counter::ReshareBlind,
            EventKind::QuotePosted => leveled(Counter::QuoteBlind, Counter::QuoteThin, Counter::QuoteThoughtful)?,
            EventKind::PostSent => leveled(Counter::PostBlind, Counter::PostThin, Counter::PostThoughtful)?,
            EventKind::ReplySent => leveled(Counter::ReplyBlind, Counter::ReplyThin, Counter::ReplyThoughtful)?,
            EventKind::NudgeShown => Counter::NudgeShown,
            EventKind::AddThought => Counter::AddThought,
            EventKind::ShareAnyway => Counter::ShareAnyway,
            EventKind::ReadFirst => Counter::ReadFirst,
            EventKind::MuteSite => Counter::MuteSite,
        };
        Ok(Counted { site: site.as_str().to_string(), day: Day::from_local(self.at_ms, self.tz_offset_min), counter })
    }
}
