//! Which wording a prompt uses, and what the prompt should say has changed since the last one.

use super::history::History;
use super::{Change, Form, VARIANTS};

/// A change is only explained against a prompt the user saw within this window; after a longer
/// gap the prompt is simply fresh.
pub const CHANGE_WINDOW_MS: i64 = 60 * 60_000;

/// Never the previous variant; otherwise spread by the clock's seconds so the order is not a
/// fixed cycle. Deterministic, so tests and the background agree.
pub fn next_variant(last: Option<u8>, now_ms: i64) -> u8 {
    let n = i64::from(VARIANTS);
    let seconds = now_ms.div_euclid(1000);
    match last {
        None => seconds.rem_euclid(n) as u8,
        Some(last) => ((i64::from(last) + 1 + seconds.rem_euclid(n - 1)) % n) as u8,
    }
}

/// How strongly a prompt stops the user: hint < hint that intercepts < full pause.
fn strength(form: Form, intercept: bool) -> u8 {
    match form {
        Form::None => 0,
        Form::Hint => 1 + u8::from(intercept),
        Form::Pause => 3,
    }
}

/// `h` is the sanitized history before this prompt.
pub fn change(h: &History, form: Form, intercept: bool, now_ms: i64) -> Option<Change> {
    let prev = h.last_form.filter(|f| *f != Form::None)?;
    if h.last_at == 0 || now_ms.saturating_sub(h.last_at) > CHANGE_WINDOW_MS {
        return None;
    }
    let (before, after) = (strength(prev, h.last_intercept), strength(form, intercept));
    if form > prev {
        Some(Change::Escalated)
    } else if after < before {
        Some(Change::Calmer)
    } else if after == before && !h.wording_explained {
        Some(Change::NewWording)
    } else {
        None
    }
}
