//! The JavaScript facade: each export deserializes its argument, calls the core, and serializes the
//! result. `call` is the one place where any failure becomes a JS `Error` (never a panic or a trap).
//!
//! Two builds come from this file. The page build (no features) holds only the scorer: content
//! scripts load it on every supported page, so it must stay small, and its inputs are plain strings
//! so no deserializer (with serde's number-formatting error paths) is linked. The `background`
//! feature adds settings, stats and the nudge policy for the service worker.
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::score::{self, Action, Context, Draft};

fn to_js<O: Serialize>(output: &O) -> Result<JsValue, JsError> {
    // JSON-compatible: maps become plain objects, so results can go straight into chrome.storage.
    output
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot return result: {e}")))
}

/// Scores one draft. Plain arguments rather than an object: see the module docs.
#[wasm_bindgen(js_name = scoreDraft)]
pub fn score_draft(
    text: &str,
    quoted_text: Option<String>,
    link_title: Option<String>,
    action: Option<String>,
) -> Result<JsValue, JsError> {
    let action = match action.as_deref() {
        None | Some("post") => Action::Post,
        Some("quote") => Action::Quote,
        Some("reply") => Action::Reply,
        Some(other) => {
            return Err(JsError::new(&format!(
                "unknown action {other:?}: use post, quote or reply"
            )))
        }
    };
    let draft = Draft {
        text: text.to_owned(),
        context: Some(Context {
            quoted_text,
            link_title,
            action: Some(action),
        }),
    };
    to_js(&score::score(&draft))
}

#[cfg(feature = "background")]
pub use background::*;

#[cfg(feature = "background")]
mod background {
    use super::to_js;
    use serde::{de::DeserializeOwned, Deserialize, Serialize};
    use serde_json::Value;
    use wasm_bindgen::prelude::*;

    use crate::policy;
    use crate::settings::{self, Intent, Settings};
    use crate::stats::{self, SnapshotQuery, Stats};

    fn call<I, O>(
        input: JsValue,
        f: impl FnOnce(I) -> Result<O, String>,
    ) -> Result<JsValue, JsError>
    where
        I: DeserializeOwned,
        O: Serialize,
    {
        let input: I = serde_wasm_bindgen::from_value(input)
            .map_err(|e| JsError::new(&format!("invalid input: {e}")))?;
        to_js(&f(input).map_err(|e| JsError::new(&e))?)
    }

    /// Reads stored settings, whatever they are: `{settings, ignored}`.
    #[wasm_bindgen(js_name = parseSettings)]
    pub fn parse_settings(raw: JsValue) -> Result<JsValue, JsError> {
        call(raw, |raw: Value| Ok(settings::parse(&raw)))
    }

    #[derive(Deserialize)]
    struct SiteAt {
        settings: Settings,
        site: String,
        now_ms: i64,
    }

    /// What one site should do now: `{settings, site, now_ms}` → effective settings.
    #[wasm_bindgen(js_name = effectiveSettings)]
    pub fn effective_settings(input: JsValue) -> Result<JsValue, JsError> {
        call(input, |i: SiteAt| {
            Ok(i.settings.effective(&i.site, i.now_ms))
        })
    }

    #[derive(Deserialize)]
    struct Change {
        settings: Settings,
        intent: Value,
    }

    /// Applies one validated change: `{settings, intent}` → new settings, or an error saying why not.
    #[wasm_bindgen(js_name = applyIntent)]
    pub fn apply_intent(input: JsValue) -> Result<JsValue, JsError> {
        call(input, |c: Change| {
            let intent = Intent::from_json(&c.intent).map_err(|e| e.to_string())?;
            c.settings.apply(intent).map_err(|e| e.to_string())
        })
    }

    #[derive(Serialize)]
    struct Loaded {
        stats: Stats,
        problems: Vec<String>,
    }

    /// Reads stored stats, keeping every valid site and day: `{stats, problems}`.
    #[wasm_bindgen(js_name = loadStats)]
    pub fn load_stats(raw: JsValue) -> Result<JsValue, JsError> {
        call(raw, |raw: Value| {
            let (stats, problems) = stats::load(&raw);
            Ok(Loaded { stats, problems })
        })
    }

    #[derive(Deserialize)]
    struct Fold {
        stats: Stats,
        event: Value,
    }

    /// Counts one event: `{stats, event}` → stats to store.
    #[wasm_bindgen(js_name = foldEvent)]
    pub fn fold_event(input: JsValue) -> Result<JsValue, JsError> {
        call(input, |mut f: Fold| {
            let event = stats::parse_event(&f.event).map_err(|e| e.to_string())?;
            stats::fold(&mut f.stats, &event).map_err(|e| e.to_string())?;
            Ok(f.stats)
        })
    }

    #[derive(Deserialize)]
    struct SnapshotInput {
        stats: Stats,
        query: SnapshotQuery,
    }

    /// The popup's numbers: `{stats, query}` → snapshot.
    #[wasm_bindgen(js_name = statsSnapshot)]
    pub fn stats_snapshot(input: JsValue) -> Result<JsValue, JsError> {
        call(input, |s: SnapshotInput| {
            Ok(stats::snapshot(&s.stats, &s.query))
        })
    }

    /// What to show at a reshare or a post: policy input → decision (with the history to store).
    #[wasm_bindgen]
    pub fn decide(input: JsValue) -> Result<JsValue, JsError> {
        call(input, |i: policy::Input| Ok(policy::decide(&i)))
    }

    #[derive(Deserialize)]
    struct Choice {
        history: policy::History,
        choice: policy::Choice,
        now_ms: i64,
    }

    /// Remembers what the user chose at a nudge: `{history, choice, now_ms}` → history.
    #[wasm_bindgen(js_name = recordChoice)]
    pub fn record_choice(input: JsValue) -> Result<JsValue, JsError> {
        call(input, |c: Choice| {
            Ok(policy::record_choice(&c.history, c.choice, c.now_ms))
        })
    }
}
