//! What content scripts report: one counted action, never any text.

use super::counters::Counter;
use crate::clock::Day;
use crate::fields::{self, int_or, opt_one_of, req_int, req_one_of, req_str, LEVELS};
use crate::score::Level;
use crate::settings::{OriginError, SiteKey, MAX_SITE_KEY_LEN};
use serde::Serialize;
use std::fmt;

/// Latest accepted event time, 9999-12-31T23:59:59.999Z: later keys would not be four-digit years.
pub const MAX_EVENT_MS: i64 = 253_402_300_799_999;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    ReshareBlind,
    QuotePosted,
    PostSent,
    NudgeShown,
    AddThought,
    ShareAnyway,
    ReadFirst,
    MuteSite,
}

const KINDS: [(&str, EventKind); 8] = [
    ("reshare_blind", EventKind::ReshareBlind),
    ("quote_posted", EventKind::QuotePosted),
    ("post_sent", EventKind::PostSent),
    ("nudge_shown", EventKind::NudgeShown),
    ("add_thought", EventKind::AddThought),
    ("share_anyway", EventKind::ShareAnyway),
    ("read_first", EventKind::ReadFirst),
    ("mute_site", EventKind::MuteSite),
];

/// JSON: `{"kind", "level"?, "site", "at_ms", "tz_offset_min"?}`; unknown fields are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub kind: EventKind,
    /// Required for `quote_posted` and `post_sent`, ignored otherwise.
    pub level: Option<Level>,
    pub site: String,
    pub at_ms: i64,
    pub tz_offset_min: i32,
}

crate::deserialize_with_reader!(Event, parse_event);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatsError {
    /// The event JSON is malformed (unknown kind, missing or mistyped field).
    BadEvent(String),
    SiteTooLong(usize),
    BadSite(OriginError),
    MissingLevel(EventKind),
    TimeOutOfRange(i64),
}

impl fmt::Display for StatsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatsError::BadEvent(why) => write!(f, "invalid stats event: {why}"),
            StatsError::SiteTooLong(n) => write!(f, "site key is {n} characters; at most {MAX_SITE_KEY_LEN} allowed"),
            StatsError::BadSite(e) => write!(f, "invalid site: {e}"),
            StatsError::MissingLevel(kind) => {
                write!(f, "a {} event needs a level (blind, thin or thoughtful)", kind_name(*kind))
            }
            StatsError::TimeOutOfRange(t) => write!(f, "event time {t} is not between 1970 and 9999"),
        }
    }
}

impl std::error::Error for StatsError {}

fn kind_name(kind: EventKind) -> &'static str {
    KINDS.iter().find(|(_, k)| *k == kind).map_or("", |(name, _)| name)
}

/// An event checked and resolved to what gets counted where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Counted {
    pub site: String,
    pub day: Day,
    pub counter: Counter,
}

/// Reads an event, with an English error saying what is wrong with it.
pub fn parse_event(raw: &serde_json::Value) -> Result<Event, StatsError> {
    let read = || {
        let obj = fields::object(raw, "the event")?;
        Ok(Event {
            kind: req_one_of(obj, "kind", &KINDS)?,
            level: opt_one_of(obj, "level", &LEVELS)?,
            site: req_str(obj, "site")?.to_string(),
            at_ms: req_int(obj, "at_ms")?,
            tz_offset_min: int_or(obj, "tz_offset_min", 0)?,
        })
    };
    read().map_err(StatsError::BadEvent)
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
            EventKind::NudgeShown => Counter::NudgeShown,
            EventKind::AddThought => Counter::AddThought,
            EventKind::ShareAnyway => Counter::ShareAnyway,
            EventKind::ReadFirst => Counter::ReadFirst,
            EventKind::MuteSite => Counter::MuteSite,
        };
        Ok(Counted { site: site.as_str().to_string(), day: Day::from_local(self.at_ms, self.tz_offset_min), counter })
    }
}
