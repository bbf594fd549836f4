//! The `second-thought` binary as a user runs it.
use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_second-thought"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("binary exits")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

#[test]
fn score_answers_every_line_in_order() {
    let input = concat!(
        r#"{"id": 1, "text": "+1"}"#,
        "\n",
        "\n",
        r#"{"id": "b", "text": "We tried this in 2022 and it failed because nobody owned the budget. Did anyone else see that?"}"#,
        "\n",
        "this is not json\n",
        r#"{"id": {"k": [1]}, "text": "Fed holds rates steady https://reut.rs/x", "context": {"link_title": "Fed holds rates steady", "action": "post"}}"#,
        "\n",
        r#"{"id": 4}"#,
        "\n",
        r#"{"text": "no id, no newline at the end"}"#,
    );
    let out = run(&["score"], input);
    assert!(out.status.success());
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 6, "{lines:#?}");

    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["level"], "blind");
    assert_eq!(lines[0]["reasons"][0], "filler");
    assert_eq!(lines[1]["id"], "b");
    assert_eq!(lines[1]["level"], "thoughtful");
    assert!(lines[1]["score"].as_u64().unwrap() >= 60);
    assert_eq!(lines[2]["id"], Value::Null);
    assert!(lines[2]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(lines[3]["id"]["k"][0], 1);
    assert!(lines[3]["reasons"]
        .as_array()
        .unwrap()
        .contains(&Value::from("pasted-headline")));
    assert_eq!(lines[4]["id"], 4);
    assert_eq!(lines[4]["error"], "missing \"text\"");
    assert_eq!(lines[5]["id"], Value::Null);
    assert!(lines[5]["score"].is_u64());
    for l in &lines {
        let mut keys: Vec<&str> = l.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert!(
            keys == ["error", "id"] || keys == ["id", "level", "reasons", "score"],
            "{keys:?}"
        );
    }
}

#[test]
fn score_with_empty_input_prints_nothing() {
    let out = run(&["score"], "");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn explain_speaks_plain_words() {
    let out = run(&["explain", "So", "true", "👇"], "");
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("/100 (blind"), "{text}");
    assert!(text.contains("Your own words: 0"), "{text}");
    assert!(text.contains("Filler or agreement"), "{text}");
    assert!(text.contains("Next step: Say in a sentence why"), "{text}");
}

#[test]
fn explain_takes_the_quoted_post() {
    let q = "The library closes in June.";
    let out = run(
        &[
            "explain",
            "--quote",
            q,
            "--action",
            "quote",
            "The library closes in June.",
        ],
        "",
    );
    assert!(
        stdout(&out).contains("repeats the post you quote"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn score_reads_a_prefill_and_pasted_spans_as_a_string_or_a_list() {
    let title = "Council approves 400 new homes on former rail yard";
    let input = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"id": "prefill", "text": format!("{title} https://n.example/1"),
                           "context": {"prefill": format!("{title} https://n.example/1")}}),
        serde_json::json!({"id": "list", "text": format!("{title} https://n.example/1"),
                           "context": {"pasted": [title, "https://n.example/1"]}}),
        serde_json::json!({"id": "string", "text": format!("{title} https://n.example/1"),
                           "context": {"pasted": format!("{title}\nhttps://n.example/1")}}),
    );
    let out = run(&["score"], &input);
    assert!(out.status.success());
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{lines:#?}");
    for l in &lines {
        assert_eq!(l["level"], "blind", "{l}");
        assert_eq!(l["reasons"][0], "pasted-headline", "{l}");
    }
}

#[test]
fn features_measure_each_draft_by_name() {
    let out = run(
        &["features"],
        "{\"id\": 7, \"text\": \"I think so because it rained.\"}\nnope\n",
    );
    assert!(out.status.success());
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[0]["features"]["reason"], 1.0 * 6.0 / 8.0);
    assert_eq!(lines[0]["features"]["bias"], 1.0);
    assert!(lines[1]["error"].is_string());
}

#[test]
fn help_goes_to_stdout() {
    let out = run(&["--help"], "");
    assert!(out.status.success());
    assert!(stdout(&out).contains("second-thought score"));
}

#[test]
fn unknown_command_or_missing_text_is_a_usage_error() {
    for args in [
        &["frobnicate"][..],
        &[],
        &["explain"],
        &["score", "extra"],
        &["explain", "--action", "boost", "x"],
    ] {
        let out = run(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("Usage:"),
            "{args:?}"
        );
    }
}
