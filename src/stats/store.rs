//! The stored JSON form of [`Stats`], and tolerant loading of whatever storage or an import hands
//! back: every valid site/day survives, every bad one is dropped and described.

use super::{BySite, Counters, Stats, STATS_VERSION};
use crate::clock::{Day, Month};
use crate::json;
use crate::settings::SiteKey;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Display;

/// Problems listed one by one; a corrupt blob with thousands of them gets one summary line.
const MAX_PROBLEMS: usize = 50;

/// A map keyed by days or months, written with their text keys (which sort the same way).
struct Keyed<'a, K>(&'a BTreeMap<K, BySite>);

impl<K: Display> Serialize for Keyed<'_, K> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k.to_string(), v)))
    }
}

impl Serialize for Stats {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("version", &STATS_VERSION)?;
        map.serialize_entry("days", &Keyed(&self.days))?;
        map.serialize_entry("months", &Keyed(&self.months))?;
        map.end()
    }
}

/// Lenient: anything deserializes (through [`load`]), problems dropped silently.
impl<'de> Deserialize<'de> for Stats {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(load(&Value::deserialize(deserializer)?).0)
    }
}

#[derive(Default)]
struct Problems {
    listed: Vec<String>,
    unlisted: usize,
}

impl Problems {
    fn push(&mut self, p: String) {
        if self.listed.len() < MAX_PROBLEMS {
            self.listed.push(p);
        } else {
            self.unlisted += 1;
        }
    }

    fn finish(mut self) -> Vec<String> {
        if self.unlisted > 0 {
            self.listed.push(format!("{} more problems not listed", self.unlisted));
        }
        self.listed
    }
}

/// Reads stored stats. Never fails: a non-object gives empty stats and one problem.
pub fn load(raw: &Value) -> (Stats, Vec<String>) {
    let mut problems = Problems::default();
    let mut stats = Stats::default();
    let Value::Object(obj) = raw else {
        problems.push("stats are not an object; starting empty".into());
        return (stats, problems.finish());
    };
    for (key, value) in obj {
        match key.as_str() {
            "version" => check_version(value, &mut problems),
            "days" => stats.days = periods(value, "days", Day::from_key, &mut problems),
            "months" => stats.months = periods(value, "months", Month::from_key, &mut problems),
            // The current key's memory of counted ids, read by `RecentIds::read`.
            "ids" => {}
            other => problems.push(format!("{}: unknown field, ignored", short(other))),
        }
    }
    (stats, problems.finish())
}

fn check_version(v: &Value, problems: &mut Problems) {
    if v.as_f64() != Some(f64::from(STATS_VERSION)) {
        problems.push(format!(
            "version: {} is not {STATS_VERSION}; read what matches version {STATS_VERSION}",
            short(&shown(v))
        ));
    }
}

fn periods<K: Ord + Copy>(
    value: &Value,
    what: &str,
    parse_key: fn(&str) -> Option<K>,
    problems: &mut Problems,
) -> BTreeMap<K, BySite> {
    let mut out = BTreeMap::new();
    let Value::Object(obj) = value else {
        problems.push(format!("{what}: not an object; dropped"));
        return out;
    };
    for (key, sites) in obj {
        let Some(period) = parse_key(key) else {
            problems.push(format!("{what}.{}: not a valid date key; dropped", short(key)));
            continue;
        };
        let by_site = site_counts(sites, &format!("{what}.{key}"), problems);
        if !by_site.is_empty() {
            out.insert(period, by_site);
        }
    }
    out
}

fn site_counts(value: &Value, path: &str, problems: &mut Problems) -> BySite {
    let mut out = BySite::new();
    let Value::Object(obj) = value else {
        problems.push(format!("{path}: not an object; dropped"));
        return out;
    };
    for (raw_site, counts) in obj {
        let site = match SiteKey::parse(raw_site) {
            Ok(site) => site,
            Err(e) => {
                problems.push(format!("{path}.{}: {e}; dropped", short(raw_site)));
                continue;
            }
        };
        match Counters::from_json(counts) {
            // Two spellings of one origin are the same site: their counts add up.
            Ok(c) if !c.is_zero() => out.entry(site.as_str().to_string()).or_default().add(&c),
            Ok(_) => {}
            Err(why) => problems.push(format!("{path}.{}: {why}; dropped", site.as_str())),
        }
    }
    out
}

/// A stored value in a message: numbers and strings as written, anything else by its kind.
fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => serde_json::to_string(s).unwrap_or_default(),
        other => json::describe(other),
    }
}

fn short(s: &str) -> String {
    if s.chars().count() <= 100 {
        s.to_string()
    } else {
        format!("{}...", s.chars().take(97).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::Counter;
    use serde_json::json;

    fn count(s: &Stats, day: &str, site: &str, c: Counter) -> u32 {
        s.days.get(&Day::from_key(day).unwrap()).and_then(|m| m.get(site)).map_or(0, |x| x.get(c))
    }

    #[test]
    fn corrupt_stats_keep_every_valid_part() {
        let raw = json!({ "version": 1, "extra": true,
            "days": { "2026-11-23": { "x": [1], "myspace": [1], "bluesky": [1, -1], "reddit": "lots", "threads": [] },
                      "2026-02-30": { "x": [1] }, "yesterday": { "x": [1] }, "2026-11-22": [1, 2],
                      "2026-11-21": { "HTTPS://A.example": [2], "https://a.example": [3] } },
            "months": { "2025-13": { "x": [1] }, "2025-09": { "x": [0, 4] } } });
        let (s, problems) = load(&raw);
        assert_eq!(s.days.len(), 2);
        assert_eq!(count(&s, "2026-11-23", "x", Counter::ReshareBlind), 1);
        let merged = count(&s, "2026-11-21", "https://a.example", Counter::ReshareBlind);
        assert_eq!(merged, 5, "two spellings of one origin add up");
        assert_eq!(s.months[&Month::from_key("2025-09").unwrap()]["x"].get(Counter::QuoteBlind), 4);
        assert_eq!(problems.len(), 8, "{problems:#?}");
        for junk in [json!(null), json!([]), json!("stats")] {
            let (s, problems) = load(&junk);
            assert_eq!((s, problems.len()), (Stats::default(), 1));
        }
        let (s, problems) = load(&json!({ "version": 2, "days": 5 }));
        assert_eq!((s, problems.len()), (Stats::default(), 2));
    }

    #[test]
    fn thousands_of_problems_are_summarized() {
        let days: serde_json::Map<String, Value> = (0..500).map(|i| (format!("bad-{i}"), json!({}))).collect();
        let (_, problems) = load(&json!({ "version": 1, "days": days }));
        assert_eq!(problems.len(), MAX_PROBLEMS + 1);
        assert_eq!(problems.last().unwrap(), "450 more problems not listed");
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod never_fails {
        use super::*;
        use crate::stats::{snapshot, SnapshotQuery};
        use proptest::prelude::*;

        fn stats_like() -> impl Strategy<Value = Value> {
            let words = [
                "version",
                "days",
                "months",
                "2026-11-23",
                "2026-11-22",
                "2025-09",
                "2026-02-30",
                "x",
                "bluesky",
                "https://a.example",
                "HTTPS://A.EXAMPLE",
                "myspace",
            ];
            let word = proptest::sample::select(words.to_vec());
            let leaf = prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::from),
                (0u32..20).prop_map(Value::from),
                any::<i64>().prop_map(Value::from),
                any::<f64>().prop_map(|f| json!(f)),
                word.clone().prop_map(Value::from),
            ];
            leaf.prop_recursive(4, 80, 14, move |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..14).prop_map(Value::Array),
                    prop::collection::vec((word.clone(), inner), 0..8)
                        .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
                ]
            })
        }

        proptest! {
            #[test]
            fn load_is_total_and_round_trips(raw in stats_like(), now in 0i64..4_102_444_800_000, tz in -2000i32..2000) {
                let (s, _) = load(&raw);
                let (again, problems) = load(&serde_json::to_value(&s).unwrap());
                prop_assert_eq!(problems, Vec::<String>::new());
                prop_assert_eq!(&again, &s);
                let q = SnapshotQuery { now_ms: now, tz_offset_min: tz, site: Some("x".into()) };
                let snap = snapshot(&s, &q);
                prop_assert_eq!(snap.days.len(), 30);
                prop_assert!(snap.streak_days <= 400);
                let w = snap.this_week;
                prop_assert_eq!(w.with_thought + w.thin + w.blind, w.shares);
            }
        }
    }
}
