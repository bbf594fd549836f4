//! Local calendar days and months from epoch milliseconds and a time-zone offset.
//!
//! Time never comes from the system here (the wasm build has no reliable clock and tests must be
//! reproducible): callers pass `at_ms` (Unix epoch milliseconds) and `tz_offset_min`, the minutes
//! EAST of UTC at that instant (JS `-new Date().getTimezoneOffset()`). Because the offset travels
//! with each instant, two events on either side of a DST change each land on their own local day.
//!
//! Offsets are clamped to ±14 h (the widest real zones). Days are clamped to years 0000..=9999 so
//! that every key is exactly `YYYY-MM-DD`; callers that care about absurd times reject them first.
//! The date arithmetic is the proleptic Gregorian "civil from days" algorithm, done in i64.

use std::fmt;

pub const MS_PER_MINUTE: i64 = 60_000;
pub const MS_PER_DAY: i64 = 86_400_000;
/// Widest real UTC offsets: UTC+14 (Kiribati) and UTC-12; ±14 h is a safe symmetric clamp.
pub const MAX_TZ_OFFSET_MIN: i32 = 14 * 60;

/// Days from 1970-01-01 to 0000-01-01 and to 9999-12-31, the range whose keys have four-digit years.
const FIRST_DAY: i64 = -719_528;
const LAST_DAY: i64 = 2_932_896;

/// A local calendar day, counted in days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

/// A calendar month, counted as `year * 12 + (month - 1)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(pub i32);

pub fn clamp_offset(tz_offset_min: i32) -> i32 {
    tz_offset_min.clamp(-MAX_TZ_OFFSET_MIN, MAX_TZ_OFFSET_MIN)
}

/// Epoch milliseconds shifted to local wall-clock milliseconds.
pub fn local_ms(at_ms: i64, tz_offset_min: i32) -> i64 {
    at_ms.saturating_add(i64::from(clamp_offset(tz_offset_min)) * MS_PER_MINUTE)
}

impl Day {
    pub const MIN: Day = Day(FIRST_DAY as i32);
    pub const MAX: Day = Day(LAST_DAY as i32);

    /// The local day containing the instant `at_ms` in a zone `tz_offset_min` east of UTC.
    pub fn from_local(at_ms: i64, tz_offset_min: i32) -> Day {
        Day::clamped(local_ms(at_ms, tz_offset_min).div_euclid(MS_PER_DAY))
    }

    fn clamped(days: i64) -> Day {
        Day(days.clamp(FIRST_DAY, LAST_DAY) as i32)
    }

    /// The day for a calendar date; `None` when the date does not exist (e.g. 2023-02-29).
    pub fn from_civil(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(0..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day(days_from_civil(i64::from(year), month, day) as i32))
    }

    /// (year, month 1..=12, day 1..=31).
    pub fn civil(self) -> (i32, u32, u32) {
        civil_from_days(i64::from(self.0))
    }

    pub fn to_key(self) -> String {
        let (y, m, d) = self.civil();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Parses exactly `YYYY-MM-DD` naming a real date.
    pub fn from_key(key: &str) -> Option<Day> {
        let b = key.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Day::from_civil(digits(&b[0..4])? as i32, digits(&b[5..7])?, digits(&b[8..10])?)
    }

    pub fn month(self) -> Month {
        let (y, m, _) = self.civil();
        Month(y * 12 + (m as i32 - 1))
    }

    pub fn month_key(self) -> String {
        self.month().to_key()
    }

    /// The day `n` days later (earlier when negative), clamped to the supported range.
    pub fn plus(self, n: i32) -> Day {
        Day::clamped(i64::from(self.0) + i64::from(n))
    }

    /// Whole days from `earlier` to `self` (negative when `earlier` is later).
    pub fn days_since(self, earlier: Day) -> i32 {
        self.0 - earlier.0
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_key())
    }
}

impl Month {
    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }

    /// 1..=12.
    pub fn number(self) -> u32 {
        self.0.rem_euclid(12) as u32 + 1
    }

    pub fn to_key(self) -> String {
        format!("{:04}-{:02}", self.year(), self.number())
    }

    /// Parses exactly `YYYY-MM` with a year in 0000..=9999.
    pub fn from_key(key: &str) -> Option<Month> {
        let b = key.as_bytes();
        if b.len() != 7 || b[4] != b'-' {
            return None;
        }
        let year = digits(&b[0..4])? as i32;
        let month = digits(&b[5..7])?;
        if !(1..=12).contains(&month) {
            return None;
        }
        Some(Month(year * 12 + month as i32 - 1))
    }

    pub fn first_day(self) -> Day {
        Day(days_from_civil(i64::from(self.year()), self.number(), 1) as i32)
    }

    pub fn plus(self, n: i32) -> Month {
        Month(self.0.saturating_add(n))
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_key())
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// ASCII digits only (no sign, no spaces), so "+123" or " 12" never parse as numbers.
fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
}

// Shifting the year to start in March puts the leap day last, so month lengths follow a fixed
// 153-days-per-5-months pattern and each 400-year era has exactly 146 097 days.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3_600_000;

    #[test]
    fn epoch_is_day_zero() {
        assert_eq!(Day::from_local(0, 0), Day(0));
        assert_eq!(Day(0).to_key(), "1970-01-01");
        assert_eq!(Day(-1).to_key(), "1969-12-31");
    }

    #[test]
    fn midnight_boundaries() {
        let midnight = Day::from_key("2026-11-23").unwrap().0 as i64 * MS_PER_DAY;
        assert_eq!(Day::from_local(midnight - 1, 0).to_key(), "2026-11-22");
        assert_eq!(Day::from_local(midnight, 0).to_key(), "2026-11-23");
        // 23:30 UTC is already tomorrow one hour east, still today one hour west.
        assert_eq!(Day::from_local(midnight - H / 2, 60).to_key(), "2026-11-23");
        assert_eq!(Day::from_local(midnight - H / 2, -60).to_key(), "2026-11-22");
    }

    #[test]
    fn negative_offsets_before_epoch_midnight() {
        assert_eq!(Day::from_local(0, -300).to_key(), "1969-12-31");
        assert_eq!(Day::from_local(5 * H, -300).to_key(), "1970-01-01");
    }

    #[test]
    fn offsets_are_clamped_to_fourteen_hours() {
        assert_eq!(clamp_offset(10_000), 840);
        assert_eq!(clamp_offset(i32::MIN), -840);
        assert_eq!(Day::from_local(0, i32::MAX), Day::from_local(0, 840));
        assert_eq!(Day::from_local(0, 840).to_key(), "1970-01-01");
    }

    #[test]
    fn dst_like_offset_change_between_two_events() {
        // Europe/Berlin 2026-10-25: 02:59 CEST (+120) then, one real hour later, 02:59 CET (+60).
        let before = Day::from_key("2026-10-25").unwrap().0 as i64 * MS_PER_DAY + 59 * 60_000;
        let after = before + H;
        assert_eq!(Day::from_local(before, 120).to_key(), "2026-10-25");
        assert_eq!(Day::from_local(after, 60).to_key(), "2026-10-25");
        // Late evening: a one-hour offset change moves an event across local midnight.
        let late = Day::from_key("2026-03-28").unwrap().0 as i64 * MS_PER_DAY + 22 * H + 30 * 60_000;
        assert_eq!(Day::from_local(late, 60).to_key(), "2026-03-28");
        assert_eq!(Day::from_local(late, 120).to_key(), "2026-03-29");
    }

    #[test]
    fn leap_years() {
        assert!(Day::from_key("2024-02-29").is_some());
        assert!(Day::from_key("2000-02-29").is_some());
        assert!(Day::from_key("2100-02-29").is_none());
        assert!(Day::from_key("2023-02-29").is_none());
        let feb29 = Day::from_key("2024-02-29").unwrap();
        assert_eq!(feb29.plus(1).to_key(), "2024-03-01");
        assert_eq!(Day::from_key("2100-02-28").unwrap().plus(1).to_key(), "2100-03-01");
        assert_eq!(Day::from_key("2024-12-31").unwrap().days_since(Day::from_key("2024-01-01").unwrap()), 365);
    }

    #[test]
    fn years_1970_and_2100() {
        assert_eq!(Day::from_key("1970-01-01"), Some(Day(0)));
        assert_eq!(Day::from_key("2100-01-01"), Some(Day(47_482)));
        assert_eq!(Day(47_482).to_key(), "2100-01-01");
        assert_eq!(Day(47_482).month_key(), "2100-01");
        assert_eq!(Day::from_local(4_102_444_800_000, 0).to_key(), "2100-01-01");
    }

    #[test]
    fn every_day_round_trips_over_five_centuries() {
        let start = Day::from_key("1800-01-01").unwrap().0;
        let end = Day::from_key("2300-12-31").unwrap().0;
        let mut prev: Option<(i32, u32, u32)> = None;
        for n in start..=end {
            let d = Day(n);
            assert_eq!(Day::from_key(&d.to_key()), Some(d), "{}", d);
            let c = d.civil();
            if let Some(p) = prev {
                assert!(c > p, "{:?} after {:?}", c, p);
            }
            prev = Some(c);
        }
    }

    #[test]
    fn rejects_malformed_keys() {
        for bad in [
            "",
            "2026-1-01",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "+026-01-01",
            "2026/01/01",
            "2026-01-01T",
            "２０２６-01-01",
            "-001-01-01",
        ] {
            assert_eq!(Day::from_key(bad), None, "{bad}");
        }
        for bad in ["2026-13", "2026-00", "2026-1", "2026/01", "20261-01"] {
            assert_eq!(Month::from_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn extreme_instants_clamp_to_four_digit_years() {
        assert_eq!(Day::from_local(i64::MAX, 840), Day::MAX);
        assert_eq!(Day::from_local(i64::MIN, -840), Day::MIN);
        assert_eq!(Day::MAX.to_key(), "9999-12-31");
        assert_eq!(Day::MIN.to_key(), "0000-01-01");
        assert_eq!(Day::MAX.plus(5), Day::MAX);
    }

    #[test]
    fn months() {
        let m = Month::from_key("2025-09").unwrap();
        assert_eq!(m.to_key(), "2025-09");
        assert_eq!(m.plus(4).to_key(), "2026-01");
        assert_eq!(m.plus(-9).to_key(), "2024-12");
        assert_eq!(m.first_day().to_key(), "2025-09-01");
        assert_eq!(Day::from_key("2025-09-30").unwrap().month(), m);
        assert_eq!(Day::from_key("2025-10-01").unwrap().month(), m.plus(1));
    }
}
