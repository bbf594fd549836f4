//! Helpers for the rule tests: each rule file ends with `flags_*` and `allows_*` tests that
//! score a whole draft and look for the rule's reason id, so rules are tested as users meet them.
use crate::score::{score, Action, Context, Draft, Report};

pub fn draft(text: &str) -> Draft {
    Draft {
        text: text.to_string(),
        context: None,
    }
}

/// A quote post (or a reply when `action` says so) of `quoted`.
pub fn quoting(text: &str, quoted: &str, action: Action) -> Draft {
    let context = Context {
        quoted_text: Some(quoted.to_string()),
        link_title: None,
        action: Some(action),
        ..Context::default()
    };
    Draft {
        text: text.to_string(),
        context: Some(context),
    }
}

/// A post sharing a link whose page title is `title`.
pub fn sharing(text: &str, title: &str) -> Draft {
    let context = Context {
        quoted_text: None,
        link_title: Some(title.to_string()),
        action: Some(Action::Post),
        ..Context::default()
    };
    Draft {
        text: text.to_string(),
        context: Some(context),
    }
}

/// A draft whose composer a share intent opened with `prefill`, and, if given, `pasted` pasted in.
pub fn with_page(text: &str, prefill: Option<&str>, pasted: Option<&str>) -> Draft {
    let context = Context {
        prefill: prefill.map(str::to_string),
        pasted: pasted.map(str::to_string),
        ..Context::default()
    };
    Draft {
        text: text.to_string(),
        context: Some(context),
    }
}

#[track_caller]
pub fn assert_flags(text: &str, id: &str) {
    assert_flags_draft(&draft(text), id);
}

#[track_caller]
pub fn assert_allows(text: &str, id: &str) {
    assert_allows_draft(&draft(text), id);
}

#[track_caller]
pub fn assert_flags_draft(d: &Draft, id: &str) {
    let r = score(d);
    assert!(
        r.reasons.contains(&id),
        "expected {id} for {:?}\n{}",
        d.text,
        show(&r)
    );
}

#[track_caller]
pub fn assert_allows_draft(d: &Draft, id: &str) {
    let r = score(d);
    assert!(
        !r.reasons.contains(&id),
        "did not expect {id} for {:?}\n{}",
        d.text,
        show(&r)
    );
}

fn show(r: &Report) -> String {
    format!(
        "score {} own {} reasons {:?} signals {:?}",
        r.score, r.own_words, r.reasons, r.signals
    )
}
