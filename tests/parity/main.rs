//! The parity set (`drafts.json`) is scored by the native library, by the `second-thought score`
//! command (which `tests/unit/parity.test.mjs` uses as the native side when it checks the shipped
//! wasm), and the two must agree exactly. The native results are written to
//! `$CARGO_TARGET_TMPDIR/parity-native.jsonl` for a side-by-side look when the wasm check fails.
#![cfg(not(target_arch = "wasm32"))]
use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

use second_thought::score::{score, Draft, Level, REASON_IDS};
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
struct Set {
    drafts: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    id: String,
    text: String,
    #[serde(default)]
    context: Option<Value>,
    #[serde(default)]
    repeat: Option<usize>,
}

impl Entry {
    /// The draft as the extension sends it: `{text, context?}`, with `repeat` expanded.
    fn draft_json(&self) -> Value {
        let text = self.text.repeat(self.repeat.unwrap_or(1));
        match &self.context {
            Some(c) => json!({ "id": self.id, "text": text, "context": c }),
            None => json!({ "id": self.id, "text": text }),
        }
    }
}

fn load() -> Vec<Entry> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/parity/drafts.json");
    let raw = std::fs::read_to_string(path).expect("tests/parity/drafts.json is readable");
    serde_json::from_str::<Set>(&raw).expect("drafts.json matches {drafts: [{id, text, context?, repeat?}]}").drafts
}

/// What must match across builds: the score, the level and the reasons, in order.
fn native(draft: &Value) -> Value {
    let d: Draft = serde_json::from_value(draft.clone()).expect("every parity draft is well-formed");
    let r = score(&d);
    json!({ "id": draft["id"], "score": r.score, "level": r.level, "reasons": r.reasons })
}

#[test]
fn the_set_is_well_formed_and_covers_every_outcome() {
    let drafts = load();
    assert!((180..=260).contains(&drafts.len()), "about 200 drafts, found {}", drafts.len());
    let ids: BTreeSet<_> = drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids.len(), drafts.len(), "ids are unique");

    let results: Vec<Value> = drafts.iter().map(|d| native(&d.draft_json())).collect();
    let levels: BTreeSet<String> = results.iter().map(|r| r["level"].as_str().unwrap_or_default().to_string()).collect();
    for level in [Level::Blind, Level::Thin, Level::Thoughtful] {
        let name = serde_json::to_value(level).unwrap();
        assert!(levels.contains(name.as_str().unwrap()), "no draft scores {name}");
    }
    let reasons: BTreeSet<&str> = results.iter().flat_map(|r| r["reasons"].as_array().unwrap().iter().filter_map(Value::as_str)).collect();
    let missing: Vec<_> = REASON_IDS.iter().filter(|id| !reasons.contains(*id)).collect();
    assert!(missing.is_empty(), "no parity draft triggers {missing:?}; add one so the wasm check covers it");
    let longest = drafts.iter().map(|d| d.draft_json()["text"].as_str().unwrap().len()).max().unwrap_or(0);
    assert!(longest > 1 << 20, "one draft is past 1 MB (longest {longest} bytes)");
}

#[test]
fn the_command_line_scores_exactly_like_the_library() {
    let drafts: Vec<Value> = load().iter().map(Entry::draft_json).collect();
    let mut input = Vec::new();
    for d in &drafts {
        serde_json::to_writer(&mut input, d).unwrap();
        input.push(b'\n');
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_second-thought"))
        .arg("score")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the second-thought binary runs");
    let mut stdin = child.stdin.take().unwrap();
    // Written from a thread: the child's output pipe fills while we are still writing.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("second-thought score finishes");
    writer.join().unwrap().expect("stdin accepted every draft");
    assert!(out.status.success(), "second-thought score failed");

    let lines: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), drafts.len(), "one line per draft");
    let mut written = String::new();
    for (draft, line) in drafts.iter().zip(&lines) {
        let want = native(draft);
        assert_eq!(line, &want, "command line and library disagree on {}", draft["id"]);
        written.push_str(&want.to_string());
        written.push('\n');
    }
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("parity-native.jsonl");
    std::fs::write(&path, written).expect("native results written");
}
