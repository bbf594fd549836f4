//! One site's counts for one day (or month), stored as a fixed-position array of numbers with
//! trailing zeros trimmed: `[3,0,1]` means reshare_blind 3, quote_blind 0, quote_thin 1, rest 0.
//! The positions are the storage format: new counters may only be appended. The reply counters
//! (positions 12-14) were appended after the first release, so arrays stored before them are
//! shorter and read as no replies.

use crate::json::as_whole;
use serde::{Serialize, Serializer};

pub const COUNTERS: usize = 15;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Counter {
    ReshareBlind = 0,
    QuoteBlind,
    QuoteThin,
    QuoteThoughtful,
    PostBlind,
    PostThin,
    PostThoughtful,
    NudgeShown,
    AddThought,
    ShareAnyway,
    ReadFirst,
    MuteSite,
    ReplyBlind,
    ReplyThin,
    ReplyThoughtful,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counters(pub [u32; COUNTERS]);

impl Counters {
    pub fn get(&self, c: Counter) -> u32 {
        self.0[c as usize]
    }

    pub fn bump(&mut self, c: Counter) {
        let n = &mut self.0[c as usize];
        *n = n.saturating_add(1);
    }

    pub fn add(&mut self, other: &Counters) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a = a.saturating_add(b);
        }
    }

    pub fn is_zero(&self) -> bool {
        self.0.iter().all(|&n| n == 0)
    }

    /// Every reshare, blind or quoted at any level.
    pub fn shares(&self) -> u64 {
        self.sum(&[Counter::ReshareBlind, Counter::QuoteBlind, Counter::QuoteThin, Counter::QuoteThoughtful])
    }

    /// Reshares that carried a real thought: only quotes that reached thoughtful.
    pub fn with_thought(&self) -> u64 {
        self.sum(&[Counter::QuoteThoughtful])
    }

    /// Replies at every level: talking with someone, not to everyone.
    pub fn replies(&self) -> u64 {
        self.sum(&[Counter::ReplyBlind, Counter::ReplyThin, Counter::ReplyThoughtful])
    }

    /// Replies that reached thoughtful, the same bar as a quote's thought.
    pub fn replies_with_thought(&self) -> u64 {
        self.sum(&[Counter::ReplyThoughtful])
    }

    /// What goes out to everyone rather than to someone: every reshare and every post.
    pub fn broadcasts(&self) -> u64 {
        self.shares() + self.sum(&[Counter::PostBlind, Counter::PostThin, Counter::PostThoughtful])
    }

    pub fn thin(&self) -> u64 {
        self.sum(&[Counter::QuoteThin])
    }

    /// Reshares without a thought: plain reshares and quotes that added nothing.
    pub fn blind(&self) -> u64 {
        self.sum(&[Counter::ReshareBlind, Counter::QuoteBlind])
    }

    /// Sums in u64 so totals over years of u32 counters cannot overflow.
    pub fn sum(&self, which: &[Counter]) -> u64 {
        which.iter().map(|&c| u64::from(self.get(c))).sum()
    }

    /// Reads a stored array; extra positions written by a newer version are ignored.
    pub fn from_json(v: &serde_json::Value) -> Result<Counters, String> {
        let items = v.as_array().ok_or("expected a list of counts")?;
        let mut out = Counters::default();
        for (i, item) in items.iter().take(COUNTERS).enumerate() {
            let count = as_whole(item).and_then(|n| u32::try_from(n).ok());
            out.0[i] = count.ok_or_else(|| format!("count #{i} is not a whole number 0..=4294967295"))?;
        }
        Ok(out)
    }
}

impl Serialize for Counters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let len = self.0.iter().rposition(|&n| n != 0).map_or(0, |i| i + 1);
        serializer.collect_seq(&self.0[..len])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn trims_trailing_zeros() {
        let mut c = Counters::default();
        assert_eq!(serde_json::to_value(c).unwrap(), json!([]));
        c.bump(Counter::QuoteThin);
        c.bump(Counter::ReshareBlind);
        assert_eq!(serde_json::to_value(c).unwrap(), json!([1, 0, 1]));
        c.bump(Counter::MuteSite);
        assert_eq!(serde_json::to_value(c).unwrap(), json!([1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
        c.bump(Counter::ReplyThin);
        assert_eq!(serde_json::to_value(c).unwrap(), json!([1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1]));
    }

    #[test]
    fn reads_back_and_rejects_bad_counts() {
        assert_eq!(Counters::from_json(&json!([1, 0, 1])).unwrap().get(Counter::QuoteThin), 1);
        assert_eq!(Counters::from_json(&json!([2.0])).unwrap().get(Counter::ReshareBlind), 2);
        let longer = Counters::from_json(&json!([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9])).unwrap();
        assert_eq!(longer.0, [1; COUNTERS]);
        let before_replies = Counters::from_json(&json!([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).unwrap();
        assert_eq!(before_replies.replies(), 0, "arrays written before replies were counted");
        for bad in [json!([-1]), json!([1.5]), json!(["1"]), json!([5_000_000_000u64]), json!({}), json!(3)] {
            assert!(Counters::from_json(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn honest_totals() {
        let c = Counters([2, 1, 3, 4, 5, 6, 7, 9, 9, 9, 9, 9, 1, 2, 3]);
        assert_eq!((c.shares(), c.with_thought(), c.thin(), c.blind()), (10, 4, 3, 3));
        assert_eq!((c.replies(), c.replies_with_thought(), c.broadcasts()), (6, 3, 28));
    }

    #[test]
    fn saturates_instead_of_overflowing() {
        let mut c = Counters([u32::MAX; COUNTERS]);
        c.bump(Counter::ReshareBlind);
        c.add(&Counters([7; COUNTERS]));
        assert_eq!(c.get(Counter::ReshareBlind), u32::MAX);
    }
}
