//! The JavaScript facade: each export reads its argument, calls the core, and returns the result.
//! Every failure becomes a JS `Error` here (never a panic or a trap).
//!
//! Two builds come from this file, and they share nothing but the crate:
//! - The page build (no features) is the scorer alone: content scripts load it on every supported
//!   page, and the service worker loads it too when a page's CSP blocks wasm. Its inputs are plain
//!   strings and its report one number, so no serializer or deserializer is linked.
//! - The `background` feature is settings, stats and the nudge policy, for the service worker.
//!   Values cross as JSON text (`extension/background/core.js` stringifies and parses): one string
//!   each way is far cheaper than a JS call per field for a year of stats, and reading only
//!   `serde_json::Value` keeps one deserializer in the module instead of one per input type.

#[cfg(not(feature = "background"))]
pub use page::*;

#[cfg(not(feature = "background"))]
mod page {
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::prelude::*;

    use crate::score::{self, Action, Context, Draft, LEVEL_IDS, REASON_IDS, SUGGESTION_IDS};

    /// Scores one draft. Plain arguments rather than an object (see the module docs), and the
    /// report comes back packed in one number (`score::pack`; `reportNames` decodes it).
    #[wasm_bindgen(js_name = scoreDraft)]
    pub fn score_draft(
        text: &str,
        quoted_text: Option<String>,
        link_title: Option<String>,
        action: Option<String>,
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
    use serde::Serialize;
    use serde_json::Value;
    use wasm_bindgen::prelude::*;

    use crate::fields;
    use crate::policy;
    use crate::settings::{self, Intent, Settings};
    use crate::stats::{self, SnapshotQuery};

    /// The one error path: JSON text in, the core's answer as JSON text out, or a JS `Error`.
    fn call<O: Serialize>(input: &str, f: impl FnOnce(&Value) -> Result<O, String>) -> Result<String, JsError> {
        let input = parse(input)?;
        let output = f(&input).map_err(|e| JsError::new(&e))?;
        serde_json::to_string(&output).map_err(|e| JsError::new(&format!("cannot return result: {e}")))
    }

    /// Kept out of line: one JSON parser for every export, not a copy inlined into each.
    #[inline(never)]
    fn parse(input: &str) -> Result<Value, JsError> {
        serde_json::from_str(input).map_err(|e| JsError::new(&format!("invalid input: {e}")))
    }

    /// A required field of the input object.
    fn field<'a>(input: &'a Value, name: &str) -> Result<&'a Value, String> {
        input
            .get(name)
            .ok_or_else(|| format!("invalid input: missing field `{name}`"))
    }

    fn whole(input: &Value, name: &str) -> Result<i64, String> {
        fields::int(field(input, name)?, name).map_err(|e| format!("invalid input: {e}"))
    }

    /// An input read by one of the core's readers.
    fn read<T>(input: &Value, name: &str, reader: fn(&Value) -> Result<T, String>) -> Result<T, String> {
        reader(field(input, name)?).map_err(|e| format!("invalid input: {e}"))
    }

    fn settings_in(input: &Value) -> Result<Settings, String> {
        Ok(settings::parse(field(input, "settings")?).settings)
    }

    fn stats_in(input: &Value) -> Result<stats::Stats, String> {
        Ok(stats::load(field(input, "stats")?).0)
    }

    /// Reads stored settings, whatever they are: `{settings, ignored}`.
    #[wasm_bindgen(js_name = parseSettings)]
    pub fn parse_settings(raw: &str) -> Result<String, JsError> {
        call(raw, |raw| Ok(settings::parse(raw)))
    }

    /// What one site should do now: `{settings, site, now_ms}` → effective settings.
    #[wasm_bindgen(js_name = effectiveSettings)]
    pub fn effective_settings(input: &str) -> Result<String, JsError> {
        call(input, |i| {
            let site = field(i, "site")?.as_str().ok_or("invalid input: site is not a string")?;
            Ok(settings_in(i)?.effective(site, whole(i, "now_ms")?))
        })
    }

    /// Applies one validated change: `{settings, intent}` → new settings, or an error saying why not.
    #[wasm_bindgen(js_name = applyIntent)]
    pub fn apply_intent(input: &str) -> Result<String, JsError> {
        call(input, |i| {
            let intent = Intent::from_json(field(i, "intent")?).map_err(|e| e.to_string())?;
            settings_in(i)?.apply(intent).map_err(|e| e.to_string())
        })
    }

    #[derive(Serialize)]
    struct Loaded {
        stats: stats::Stats,
        problems: Vec<String>,
    }

    /// Reads stored stats, keeping every valid site and day: `{stats, problems}`.
    #[wasm_bindgen(js_name = loadStats)]
    pub fn load_stats(raw: &str) -> Result<String, JsError> {
        call(raw, |raw| {
            let (stats, problems) = stats::load(raw);
            Ok(Loaded { stats, problems })
        })
    }

    /// Counts one event: `{stats, event}` → stats to store.
    #[wasm_bindgen(js_name = foldEvent)]
    pub fn fold_event(input: &str) -> Result<String, JsError> {
        call(input, |i| {
            let event = stats::parse_event(field(i, "event")?).map_err(|e| e.to_string())?;
            let mut stats = stats_in(i)?;
            stats::fold(&mut stats, &event).map_err(|e| e.to_string())?;
            Ok(stats)
        })
    }

    /// The popup's numbers: `{stats, query}` → snapshot.
    #[wasm_bindgen(js_name = statsSnapshot)]
    pub fn stats_snapshot(input: &str) -> Result<String, JsError> {
        call(input, |i| {
            let query = read(i, "query", SnapshotQuery::from_json)?;
            Ok(stats::snapshot(&stats_in(i)?, &query))
        })
    }

    /// What to show at a reshare or a post: policy input → decision (with the history to store).
    #[wasm_bindgen]
    pub fn decide(input: &str) -> Result<String, JsError> {
        call(input, |i| {
            let input = policy::Input::from_json(i).map_err(|e| format!("invalid input: {e}"))?;
            Ok(policy::decide(&input))
        })
    }

    /// Remembers what the user chose at a nudge: `{history, choice, now_ms}` → history.
    #[wasm_bindgen(js_name = recordChoice)]
    pub fn record_choice(input: &str) -> Result<String, JsError> {
        call(input, |i| {
            let history = policy::History::from_json(field(i, "history")?);
            let choice = read(i, "choice", policy::Choice::from_json)?;
            Ok(policy::record_choice(&history, choice, whole(i, "now_ms")?))
        })
    }
}
