//! The JavaScript facade: each export reads its argument, calls the core, and returns the result.
//! Every failure becomes a JS `Error` here (never a panic or a trap).
//!
//! Two builds come from this file, and they share nothing but the crate:
//! - The page build (no features) is the scorer alone: content scripts load it on every supported
//!   page, and the service worker loads it too when a page's CSP blocks wasm. Its inputs are plain
//!   strings and its report one number, so no serializer or deserializer is linked.
//! - The `background` feature is settings, stats and the nudge policy, for the service worker.
//!   Values cross as JSON text (`extension/background/core.js` stringifies and parses): one string
//!   each way is cheaper than a JS call per field for a year of stats (measured against
//!   `serde-wasm-bindgen`; see `docs/performance.md`).

#[cfg(not(feature = "background"))]
pub use page::*;

#[cfg(not(feature = "background"))]
mod page {
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::prelude::*;

    use crate::score::{self, Action, Context, Draft, LEVEL_IDS, REASON_IDS, SUGGESTION_IDS};

    /// Scores one draft. Plain arguments rather than an object (see the module docs), and the
    /// report comes back packed in one number (`score::pack`; `reportNames` decodes it).
    /// `prefill` is what a share intent put in the composer; `pasted` the pasted spans, one per
    /// line.
    #[wasm_bindgen(js_name = scoreDraft)]
    pub fn score_draft(
        text: &str,
        quoted_text: Option<String>,
        link_title: Option<String>,
        action: Option<String>,
        prefill: Option<String>,
        pasted: Option<String>,
    ) -> Result<u32, JsError> {
        let action = match action.as_deref() {
            None | Some("post") => Action::Post,
            Some("quote") => Action::Quote,
            Some("reply") => Action::Reply,
            Some(_) => return Err(JsError::new("unknown action: use post, quote or reply")),
        };
        let draft = Draft {
            text: text.to_owned(),
            context: Some(Context {
                quoted_text,
                link_title,
                action: Some(action),
                prefill,
                pasted,
            }),
        };
        Ok(score::pack(&score::score(&draft)))
    }

    /// The id tables behind a packed report's numbers, read once at start-up:
    /// `{ levels, reasons, suggestions }`, each an array of ids.
    #[wasm_bindgen(js_name = reportNames)]
    pub fn report_names() -> Object {
        let names = Object::new();
        for (key, ids) in [("levels", LEVEL_IDS), ("reasons", REASON_IDS), ("suggestions", SUGGESTION_IDS)] {
            let array: Array = ids.iter().map(|id| JsValue::from_str(id)).collect();
            // Setting a fresh plain object's own property cannot fail.
            let _ = Reflect::set(&names, &key.into(), &array);
        }
        names
    }
}

#[cfg(feature = "background")]
pub use background::*;

#[cfg(feature = "background")]
mod background {
    use serde::de::DeserializeOwned;
    use serde::{Deserialize, Serialize};
    use serde_json::Value;
    use wasm_bindgen::prelude::*;

    use crate::clock::Day;
    use crate::json;
    use crate::policy::{self, Choice, History};
    use crate::settings::{self, Intent, Settings};
    use crate::stats::recent::RecentIds;
    use crate::stats::{self, Event, SnapshotQuery, Stats, StoredParts};

    /// The one error path: JSON text in, the core's answer as JSON text out, or a JS `Error`.
    fn call<I: DeserializeOwned, O: Serialize>(input: &str, f: impl FnOnce(I) -> Result<O, String>) -> Result<String, JsError> {
        let input = serde_json::from_str(input).map_err(|e| JsError::new(&format!("invalid input: {e}")))?;
        let output = f(input).map_err(|e| JsError::new(&e))?;
        serde_json::to_string(&output).map_err(|e| JsError::new(&format!("cannot return result: {e}")))
    }

    /// Reads stored settings, whatever they are: `{settings, ignored}`.
    #[wasm_bindgen(js_name = parseSettings)]
    pub fn parse_settings(raw: &str) -> Result<String, JsError> {
        call(raw, |raw: Value| Ok(settings::parse(&raw)))
    }

    #[derive(Deserialize)]
    struct SiteNow {
        settings: Settings,
        site: String,
        #[serde(deserialize_with = "json::whole")]
        now_ms: i64,
    }

    /// What one site should do now: `{settings, site, now_ms}` → effective settings.
    #[wasm_bindgen(js_name = effectiveSettings)]
    pub fn effective_settings(input: &str) -> Result<String, JsError> {
        call(input, |i: SiteNow| Ok(i.settings.effective(&i.site, i.now_ms)))
    }

    #[derive(Deserialize)]
    struct Change {
        settings: Settings,
        intent: Intent,
    }

    /// Applies one validated change: `{settings, intent}` → new settings, or an error saying why not.
    #[wasm_bindgen(js_name = applyIntent)]
    pub fn apply_intent(input: &str) -> Result<String, JsError> {
        call(input, |i: Change| i.settings.apply(i.intent).map_err(|e| e.to_string()))
    }

    #[derive(Serialize)]
    struct Loaded {
        stats: Stats,
        problems: Vec<String>,
    }

    /// Reads the stored stats keys (`{"stats": …, "stats/2026-11": …}`, see `stats::layout`), keeping
    /// every valid site and day: `{stats, problems}`. A backup's stats, one value, read as `{"stats": …}`.
    #[wasm_bindgen(js_name = loadStats)]
    pub fn load_stats(stored: &str) -> Result<String, JsError> {
        call(stored, |stored: StoredParts| {
            let (stats, problems) = stats::layout::read(&stored);
            Ok(Loaded { stats, problems })
        })
    }

    #[derive(Deserialize)]
    struct Count {
        stored: StoredParts,
        #[serde(default)]
        everything: bool,
        event: Event,
    }

    /// Counts one event into the stored keys: `{stored, everything, event}` → `{result: "write", set,
    /// remove}` (store `set` in one write), `{result: "duplicate"}` (stored already), or
    /// `{result: "needs_all"}` (the first count of a month: call again with every stats key and
    /// `everything: true`).
    #[wasm_bindgen(js_name = foldEvent)]
    pub fn fold_event(input: &str) -> Result<String, JsError> {
        call(input, |i: Count| stats::count(&i.stored, i.everything, &i.event).map_err(|e| e.to_string()))
    }

    #[derive(Deserialize)]
    struct Placing {
        stats: Stats,
        #[serde(deserialize_with = "json::whole")]
        now_ms: i64,
        #[serde(default, deserialize_with = "json::whole")]
        tz_offset_min: i32,
    }

    /// Whole stats (an import) as the keys to store this month: `{stats, now_ms, tz_offset_min}` →
    /// `{key: value}`.
    #[wasm_bindgen(js_name = placeStats)]
    pub fn place_stats(input: &str) -> Result<String, JsError> {
        call(input, |i: Placing| {
            let month = Day::from_local(i.now_ms, i.tz_offset_min).month();
            Ok(stats::layout::place(i.stats, month, RecentIds::default()))
        })
    }

    #[derive(Deserialize)]
    struct Query {
        stored: StoredParts,
        query: SnapshotQuery,
    }

    /// The popup's numbers: `{stored, query}` (every stored stats key, or the current one for
    /// today's counts) → snapshot.
    #[wasm_bindgen(js_name = statsSnapshot)]
    pub fn stats_snapshot(input: &str) -> Result<String, JsError> {
        call(input, |i: Query| Ok(stats::snapshot(&stats::layout::read(&i.stored).0, &i.query)))
    }

    /// What to show at a reshare or a post: policy input → decision (with the history to store).
    #[wasm_bindgen]
    pub fn decide(input: &str) -> Result<String, JsError> {
        call(input, |input: policy::Input| Ok(policy::decide(&input)))
    }

    #[derive(Deserialize)]
    struct Answer {
        #[serde(deserialize_with = "json::or_default")]
        history: History,
        choice: Choice,
        #[serde(deserialize_with = "json::whole")]
        now_ms: i64,
    }

    /// Remembers what the user chose at a nudge: `{history, choice, now_ms}` → history.
    #[wasm_bindgen(js_name = recordChoice)]
    pub fn record_choice(input: &str) -> Result<String, JsError> {
        call(input, |i: Answer| Ok(policy::record_choice(&i.history, i.choice, i.now_ms)))
    }
}
