use second_thought::policy::{
    decide, next_variant, record_choice, Action, Change, Choice, Decision, Form, History, Input, Why, WhyId,
    BACKOFF_MS, RECENT_MAX, VARIANTS,
};
use second_thought::score::Level;
use second_thought::settings::Mode;
use serde_json::json;

const MIN: i64 = 60_000;
const T0: i64 = 1_795_000_000_000;

fn reshare(mode: Mode, now_ms: i64, history: &History) -> Decision {
    decide(&Input { action: Action::Reshare, mode, now_ms, history: history.clone(), ..Input::default() })
}

fn composer(action: Action, mode: Mode, level: Option<Level>, history: &History) -> Decision {
    decide(&Input { action, mode, level, now_ms: T0, history: history.clone(), ..Input::default() })
}

#[test]
fn off_does_nothing_and_records_nothing() {
    let d = reshare(Mode::Off, T0, &History::default());
    assert_eq!((d.form, d.intercept, d.why, d.changed, d.read_first), (Form::None, false, None, None, false));
    assert_eq!(d.history, History::default());
}

#[test]
fn gentle_hints_and_never_intercepts() {
    let mut h = History::default();
    for i in 0..5 {
        let d = reshare(Mode::Gentle, T0 + i * MIN, &h);
        assert_eq!((d.form, d.intercept), (Form::Hint, false), "attempt {i}");
        h = d.history;
    }
    assert_eq!(h.recent.len(), 5);
    let d = reshare(Mode::Gentle, T0 + 5 * MIN, &h);
    assert_eq!(d.why, Some(Why { id: WhyId::Burst, count: 6, minutes: 5 }), "the quiet hint still says why");
}

#[test]
fn pause_mode_first_reshare_is_an_intercepting_hint() {
    let d = reshare(Mode::Pause, T0, &History::default());
    assert_eq!((d.form, d.intercept, d.why, d.changed), (Form::Hint, true, None, None));
    assert_eq!(d.history.recent, [T0]);
    assert_eq!(d.history.last_form, Some(Form::Hint));
}

#[test]
fn three_attempts_in_ten_minutes_escalate_to_a_pause() {
    let h = reshare(Mode::Pause, T0, &History::default()).history;
    let second = reshare(Mode::Pause, T0 + 2 * MIN, &h);
    assert_eq!(second.form, Form::Hint);
    let third = reshare(Mode::Pause, T0 + 4 * MIN + 1, &second.history);
    assert_eq!((third.form, third.intercept), (Form::Pause, true));
    assert_eq!(third.why, Some(Why { id: WhyId::Burst, count: 3, minutes: 5 }));
    assert_eq!(third.changed, Some(Change::Escalated));
    let fourth = reshare(Mode::Pause, T0 + 5 * MIN, &third.history);
    assert_eq!((fourth.form, fourth.why.map(|w| w.count)), (Form::Pause, Some(4)));
    assert_ne!(fourth.changed, Some(Change::Escalated), "already a pause");
}

#[test]
fn attempts_spread_out_are_not_a_burst() {
    let mut h = History::default();
    for i in 0..6 {
        let d = reshare(Mode::Pause, T0 + i * 6 * MIN, &h);
        assert_eq!(d.form, Form::Hint, "attempt {i}");
        h = d.history;
    }
    assert_eq!(h.recent.len(), 6, "all within the hour");
    let d = reshare(Mode::Pause, T0 + 100 * MIN, &h);
    assert_eq!(d.history.recent, [T0 + 100 * MIN], "older than an hour forgotten");
}

#[test]
fn a_burst_across_midnight_is_still_a_burst() {
    // Epoch ms know no midnight or time zone: 23:58, 23:59, 00:01 UTC.
    let midnight = 20_400 * 86_400_000_i64;
    let mut h = History::default();
    for t in [midnight - 2 * MIN, midnight - MIN] {
        h = reshare(Mode::Pause, t, &h).history;
    }
    let d = reshare(Mode::Pause, midnight + MIN, &h);
    assert_eq!(d.why, Some(Why { id: WhyId::Burst, count: 3, minutes: 3 }));
}

#[test]
fn sharing_anyway_twice_backs_off_for_thirty_minutes() {
    let d = reshare(Mode::Pause, T0, &History::default());
    let h = record_choice(&d.history, Choice::ShareAnyway, T0 + 10_000);
    assert_eq!((h.share_anyway_streak, h.backoff_until), (1, 0));
    let d = reshare(Mode::Pause, T0 + MIN, &h);
    assert_eq!((d.intercept, d.changed), (true, Some(Change::NewWording)));
    let h = record_choice(&d.history, Choice::ShareAnyway, T0 + MIN);
    assert_eq!((h.share_anyway_streak, h.backoff_until), (2, T0 + MIN + BACKOFF_MS));
    let calmer = reshare(Mode::Pause, T0 + 2 * MIN, &h);
    assert_eq!((calmer.form, calmer.intercept, calmer.changed), (Form::Hint, false, Some(Change::Calmer)));
    let quiet = reshare(Mode::Pause, T0 + 3 * MIN, &calmer.history);
    assert_eq!((quiet.form, quiet.intercept), (Form::Hint, false), "a burst cannot break the back-off");
    assert!(quiet.why.is_some());
    assert_eq!(quiet.changed, None, "the rotation was already explained on this site");
    let h = quiet.history;
    let back = reshare(Mode::Pause, T0 + MIN + BACKOFF_MS, &h);
    assert_eq!((back.form, back.intercept, back.changed), (Form::Hint, true, None));
    assert_eq!((back.history.share_anyway_streak, back.history.backoff_until), (0, 0));
}

#[test]
fn adding_a_thought_resets_the_streak_and_forgets_the_attempt() {
    let mut h = History::default();
    for (i, choice) in [Choice::ShareAnyway, Choice::AddThought, Choice::ShareAnyway].into_iter().enumerate() {
        let d = reshare(Mode::Pause, T0 + i as i64 * MIN, &h);
        h = record_choice(&d.history, choice, T0 + i as i64 * MIN);
    }
    assert_eq!((h.share_anyway_streak, h.backoff_until), (1, 0));
    let mut h = History::default();
    for i in 0..5 {
        let d = reshare(Mode::Pause, T0 + i * MIN, &h);
        assert_eq!(d.form, Form::Hint, "reshares that became quotes are no burst");
        h = record_choice(&d.history, Choice::AddThought, T0 + i * MIN);
    }
    assert!(h.recent.is_empty());
    let d = reshare(Mode::Pause, T0, &History::default());
    let after_read = record_choice(&d.history, Choice::ReadFirst, T0);
    assert!(after_read.recent.is_empty());
    let after_dismiss = record_choice(&d.history, Choice::Dismiss, T0);
    assert_eq!(after_dismiss, d.history);
}

#[test]
fn wording_never_repeats_and_uses_every_variant() {
    let mut last = None;
    let mut seen = [0u32; VARIANTS as usize];
    let mut t = T0;
    for i in 0..2000i64 {
        t += (i * 7919) % 90_000;
        let v = next_variant(last, t);
        assert!(v < VARIANTS);
        assert_ne!(Some(v), last);
        seen[v as usize] += 1;
        last = Some(v);
    }
    assert!(seen.iter().all(|&n| n > 300), "{seen:?}");
    let mut h = History::default();
    for i in 0..30 {
        let d = reshare(Mode::Pause, T0 + i * 20 * MIN, &h);
        assert_ne!(Some(d.variant), h.last_variant);
        h = d.history;
    }
}

#[test]
fn new_wording_is_explained_once_per_site() {
    let first = reshare(Mode::Pause, T0, &History::default());
    assert_eq!(first.changed, None, "nothing before to compare with");
    let second = reshare(Mode::Pause, T0 + 20 * MIN, &first.history);
    assert_eq!(second.changed, Some(Change::NewWording));
    let third = reshare(Mode::Pause, T0 + 40 * MIN, &second.history);
    assert_eq!(third.changed, None);
    let fresh = reshare(Mode::Pause, T0 + 2 * 60 * MIN, &first.history);
    assert_eq!(fresh.changed, None, "after more than an hour the prompt is simply fresh");
}

#[test]
fn read_first_needs_an_unopened_link_and_the_setting() {
    for (has_link, link_opened, enabled, want) in
        [(true, false, true, true), (true, true, true, false), (false, false, true, false), (true, false, false, false)]
    {
        let input = Input {
            mode: Mode::Pause,
            has_link,
            link_opened,
            read_first_enabled: enabled,
            now_ms: T0,
            ..Input::default()
        };
        assert_eq!(decide(&input).read_first, want, "{has_link} {link_opened} {enabled}");
        let off = Input { mode: Mode::Off, ..input.clone() };
        assert!(!decide(&off).read_first, "nothing shown, nothing offered");
        let post = Input { action: Action::PostWithLink, level: Some(Level::Blind), ..input };
        assert_eq!(decide(&post).read_first, want);
    }
}

#[test]
fn composer_actions_hint_blind_drafts_and_never_intercept() {
    let h = reshare(Mode::Pause, T0 - MIN, &History::default()).history;
    for action in [Action::Quote, Action::Reply, Action::PostWithLink] {
        for mode in [Mode::Gentle, Mode::Pause] {
            let d = composer(action, mode, Some(Level::Blind), &h);
            assert_eq!((d.form, d.intercept, d.changed), (Form::Hint, false, None), "{action:?} {mode:?}");
            assert_eq!(d.history, h, "typing does not touch the history");
            assert_eq!(Some(d.variant), h.last_variant, "stable wording while typing");
            for level in [Some(Level::Thin), Some(Level::Thoughtful), None] {
                assert_eq!(composer(action, mode, level, &h).form, Form::None);
            }
        }
        assert_eq!(composer(action, Mode::Off, Some(Level::Blind), &h).form, Form::None);
    }
}

#[test]
fn clock_set_backwards_is_repaired() {
    let h = History {
        recent: vec![T0 - 5 * MIN, T0 + 5 * MIN, T0 + 6 * MIN],
        backoff_until: T0 + 2 * BACKOFF_MS,
        share_anyway_streak: 2,
        last_at: T0 + 10 * MIN,
        last_form: Some(Form::Pause),
        last_intercept: true,
        ..History::default()
    };
    let d = reshare(Mode::Pause, T0, &h);
    assert_eq!(d.history.recent, [T0 - 5 * MIN, T0], "future attempts dropped");
    assert_eq!((d.form, d.intercept), (Form::Hint, true), "impossible back-off cleared");
    assert_eq!(d.history.share_anyway_streak, 0);
    assert_eq!(d.changed, None, "a prompt 'from the future' is not compared with");
    let ok = History { backoff_until: T0 + BACKOFF_MS, ..History::default() };
    assert!(!reshare(Mode::Pause, T0, &ok).intercept, "a back-off within its length is kept");
}

#[test]
fn recent_attempts_are_capped() {
    let h = History { recent: (0..50).map(|i| T0 - 50 * 1000 + i * 1000).collect(), ..History::default() };
    let d = reshare(Mode::Pause, T0, &h);
    assert_eq!(d.history.recent.len(), RECENT_MAX);
    assert_eq!(*d.history.recent.last().unwrap(), T0);
    assert_eq!(d.why.map(|w| w.count), Some(RECENT_MAX as u32));
}

#[test]
fn json_shapes_and_lenient_input() {
    let d: Decision = decide(&serde_json::from_value(json!({})).unwrap());
    assert_eq!(d.form, Form::None, "a message with nothing in it does nothing");
    let input: Input = serde_json::from_value(json!({ "action": "reshare", "mode": "pause", "level": null,
        "has_link": true, "link_opened": false, "read_first_enabled": true, "now_ms": 1.795e12,
        "history": { "recent": [1794999900000i64, "junk", 1.5], "share_anyway_streak": -4, "backoff_until": "soon",
                     "last_variant": 9, "last_form": "shout" } }))
    .unwrap();
    assert_eq!(input.history.recent, [1_794_999_900_000]);
    assert_eq!((input.history.share_anyway_streak, input.history.backoff_until), (0, 0));
    assert_eq!((input.history.last_variant, input.history.last_form), (Some(9), None));
    let d = decide(&input);
    let v = serde_json::to_value(&d).unwrap();
    assert_eq!(v["form"], "hint");
    assert_eq!(v["intercept"], true);
    assert_eq!(v["why"], serde_json::Value::Null);
    assert_eq!(v["changed"], serde_json::Value::Null);
    assert_eq!(v["read_first"], true);
    assert!(v["variant"].as_u64().unwrap() < u64::from(VARIANTS));
    assert_eq!(v["history"]["recent"], json!([1_794_999_900_000i64, 1_795_000_000_000i64]));
    assert_eq!(v["history"]["last_form"], "hint");
    let h: History = serde_json::from_value(v["history"].clone()).unwrap();
    assert_eq!(h, d.history, "stored history reads back unchanged");
    let burst = json!({ "id": "burst", "count": 4, "minutes": 10 });
    assert_eq!(serde_json::to_value(Why { id: WhyId::Burst, count: 4, minutes: 10 }).unwrap(), burst);
    assert_eq!(serde_json::to_value(Change::NewWording).unwrap(), "new_wording");
    assert_eq!(serde_json::to_value(Action::PostWithLink).unwrap(), "post_with_link");
    assert!(serde_json::from_value::<Input>(json!({ "action": "like" })).is_err());
    assert_eq!(serde_json::from_value::<Choice>(json!("share_anyway")).unwrap(), Choice::ShareAnyway);
}

#[test]
fn a_damaged_stored_history_is_no_history_but_a_damaged_message_is_refused() {
    for history in [json!("garbage"), json!(null), json!(7), json!({ "recent": "often", "backoff_until": "soon" })] {
        let input: Input = serde_json::from_value(json!({ "mode": "pause", "now_ms": T0, "history": history })).unwrap();
        assert_eq!(input.history, History::default(), "{history}");
    }
    for bad in [json!({ "now_ms": null }), json!({ "now_ms": 1.5 }), json!({ "mode": "loud" }), json!({ "has_link": "yes" }), json!("reshare")] {
        assert!(serde_json::from_value::<Input>(bad.clone()).is_err(), "{bad}");
    }
}

mod invariants {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Step {
        Reshare(Mode),
        Choose(Choice),
    }

    fn step() -> impl Strategy<Value = (i64, Step)> {
        let mode = proptest::sample::select(vec![Mode::Off, Mode::Gentle, Mode::Pause]);
        let choice =
            proptest::sample::select(vec![Choice::AddThought, Choice::ShareAnyway, Choice::ReadFirst, Choice::Dismiss]);
        // Mostly forward in time, sometimes a clock set back by up to two hours.
        let dt = prop_oneof![8 => 0i64..15 * MIN, 1 => -120 * MIN..0];
        (dt, prop_oneof![3 => mode.prop_map(Step::Reshare), 2 => choice.prop_map(Step::Choose)])
    }

    proptest! {
        #[test]
        fn any_sequence_keeps_the_rules(steps in prop::collection::vec(step(), 1..60)) {
            let mut h = History::default();
            let mut now = T0;
            for (dt, step) in steps {
                now += dt;
                match step {
                    Step::Choose(c) => h = record_choice(&h, c, now),
                    Step::Reshare(mode) => {
                        let backing_off = h.backoff_until > now && h.backoff_until <= now + BACKOFF_MS;
                        let before = h.last_variant.filter(|v| *v < VARIANTS);
                        let d = reshare(mode, now, &h);
                        match mode {
                            Mode::Off => prop_assert_eq!((d.form, d.intercept), (Form::None, false)),
                            Mode::Gentle => prop_assert_eq!((d.form, d.intercept), (Form::Hint, false)),
                            Mode::Pause => {
                                prop_assert!(d.form != Form::None);
                                prop_assert_eq!(d.intercept, !backing_off);
                                if backing_off { prop_assert_eq!(d.form, Form::Hint); }
                            }
                        }
                        if mode != Mode::Off {
                            prop_assert!(d.variant < VARIANTS);
                            prop_assert_ne!(Some(d.variant), before);
                        }
                        h = d.history;
                    }
                }
                prop_assert!(h.recent.len() <= RECENT_MAX);
                prop_assert!(h.recent.windows(2).all(|w| w[0] <= w[1]));
                prop_assert!(h.recent.iter().all(|&t| t <= now));
                prop_assert!(h.backoff_until <= now + BACKOFF_MS);
            }
        }
    }
}
