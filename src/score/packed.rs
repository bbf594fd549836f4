//! A report as the page receives it: one `u32` instead of an object. The page scores on every
//! pause in typing, and building or parsing an object per call cost more than scoring a short
//! draft; the page decodes the number with the id tables (`extension/shared/report.js`).
//!
//! Bits, low to high: score (8), level (2, index into `LEVEL_IDS`), suggestion (4, index + 1
//! into `SUGGESTION_IDS`, 0 = none), then up to four reasons (4 bits each, index + 1 into
//! `REASON_IDS`, most important first, 0 ends the list). The chip shows only the first reason.

use super::{Level, Report, LEVEL_IDS, REASON_IDS, SUGGESTION_IDS};

const LEVEL_SHIFT: u32 = 8;
const SUGGESTION_SHIFT: u32 = 10;
const REASONS_SHIFT: u32 = 16;
/// How many reasons fit: 4 bits each above `REASONS_SHIFT`.
pub const PACKED_REASONS: usize = 4;

// Every id must fit its field with 0 left free for "none".
const _: () = assert!(REASON_IDS.len() < 16 && SUGGESTION_IDS.len() < 16 && LEVEL_IDS.len() <= 4);

/// The report in one number (see the module docs).
pub fn pack(report: &Report) -> u32 {
    let mut packed = u32::from(report.score) | (report.level as u32) << LEVEL_SHIFT;
    if let Some(s) = report.suggestion {
        packed |= code(SUGGESTION_IDS, s) << SUGGESTION_SHIFT;
    }
    for (i, reason) in report.reasons.iter().take(PACKED_REASONS).enumerate() {
        packed |= code(REASON_IDS, reason) << (REASONS_SHIFT + 4 * i as u32);
    }
    packed
}

/// What a page reads back: score, level, reasons (at most four), suggestion.
pub fn unpack(packed: u32) -> (u8, Level, Vec<&'static str>, Option<&'static str>) {
    let level = match (packed >> LEVEL_SHIFT) & 3 {
        0 => Level::Blind,
        1 => Level::Thin,
        _ => Level::Thoughtful,
    };
    let id = |table: &[&'static str], n: u32| (n > 0).then(|| table[n as usize - 1]);
    let suggestion = id(SUGGESTION_IDS, (packed >> SUGGESTION_SHIFT) & 15);
    let reasons = (0..PACKED_REASONS as u32)
        .map_while(|i| id(REASON_IDS, (packed >> (REASONS_SHIFT + 4 * i)) & 15))
        .collect();
    ((packed & 255) as u8, level, reasons, suggestion)
}

/// An id's field value: its index + 1. The rules take their ids from the same tables (checked
/// in `score`'s tests); an id missing from them would read as "none", never as another id.
fn code(table: &[&str], id: &str) -> u32 {
    table.iter().position(|t| *t == id).map_or(0, |i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::super::{score, Draft};
    use super::*;

    #[track_caller]
    fn round_trips(text: &str) {
        let report = score(&Draft { text: text.into(), context: None });
        let (s, level, reasons, suggestion) = unpack(pack(&report));
        assert_eq!(s, report.score, "{text}");
        assert_eq!(level, report.level, "{text}");
        let first: Vec<_> = report.reasons.iter().copied().take(PACKED_REASONS).collect();
        assert_eq!(reasons, first, "{text}");
        assert_eq!(suggestion, report.suggestion, "{text}");
    }

    #[test]
    fn round_trips_scored_drafts() {
        round_trips("+1");
        round_trips("Must read 👇 https://example.com/a #news #tech #ai #wow");
        round_trips("THIS IS HUGE!!! BUY NOW https://example.com");
        round_trips("I think the council is right, because the bus lane cut my commute by 12 minutes. Has yours changed?");
        round_trips("");
    }

    #[test]
    fn round_trips_every_id_in_every_slot() {
        for (i, reason) in REASON_IDS.iter().enumerate() {
            for suggestion in SUGGESTION_IDS.iter().map(Some).chain([None]) {
                let reasons: Vec<_> = REASON_IDS.iter().cycle().skip(i).take(PACKED_REASONS).copied().collect();
                let report = Report {
                    score: 100,
                    level: Level::Thoughtful,
                    own_words: 0,
                    signals: vec![],
                    reasons: reasons.clone(),
                    suggestion: suggestion.copied(),
                };
                assert_eq!(unpack(pack(&report)), (100, Level::Thoughtful, reasons, suggestion.copied()), "{reason}");
            }
        }
    }

    #[test]
    fn level_ids_are_the_serialized_levels_in_index_order() {
        for (i, level) in [Level::Blind, Level::Thin, Level::Thoughtful].into_iter().enumerate() {
            assert_eq!(level as usize, i);
            assert_eq!(serde_json::to_value(level).unwrap(), LEVEL_IDS[i]);
        }
    }
}
