//! `second-thought`: the scorer on the command line, for batch checks and for trying drafts out.
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use second_thought::score::{features, score, Action, Context, Draft, Level, Report};
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "\
Usage:
  second-thought score
      Read drafts as JSON lines from stdin, one per line:
        {\"id\": 1, \"text\": \"...\", \"context\": {\"quoted_text\": \"...\", \"link_title\": \"...\",
         \"action\": \"post\"|\"quote\"|\"reply\", \"prefill\": \"...\", \"pasted\": \"...\" or [\"...\", ...]}}
      (id and context optional). Write one JSON line per draft, in order:
        {\"id\": 1, \"score\": 72, \"level\": \"thoughtful\", \"reasons\": [...]}
      A line that cannot be read gives {\"id\": ..., \"error\": \"...\"}; blank lines are skipped.
  second-thought features
      The same input; writes {\"id\": 1, \"features\": {\"length\": 2.3, ...}}: the measurements the
      score weighs (tools/fit_weights.py fits the weights from them).
  second-thought explain [--quote TEXT] [--title TEXT] [--prefill TEXT] [--pasted TEXT]
                         [--action post|quote|reply] TEXT...
      Explain the score of one draft in plain words.
  second-thought --help
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some(command @ ("score" | "features")) if args.len() == 1 => {
            let each = if command == "score" { scored } else { measured };
            match for_each_line(io::stdin().lock(), io::stdout().lock(), each) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("second-thought: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("explain") => match parse_explain(&args[1..]) {
            Ok(draft) => {
                print!("{}", explain(&score(&draft)));
                ExitCode::SUCCESS
            }
            Err(e) => usage_error(&e),
        },
        Some("--help" | "-h" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => usage_error(&format!("unknown command or argument: {other}")),
        None => usage_error("missing command"),
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("second-thought: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

#[derive(Serialize)]
struct Scored<'a> {
    id: &'a Value,
    score: u8,
    level: Level,
    reasons: &'a [&'static str],
}

#[derive(Serialize)]
struct Failed<'a> {
    id: &'a Value,
    error: String,
}

fn scored(out: &mut dyn Write, id: &Value, draft: &Draft) -> io::Result<()> {
    let r = score(draft);
    let line = Scored {
        id,
        score: r.score,
        level: r.level,
        reasons: &r.reasons,
    };
    serde_json::to_writer(out, &line).map_err(io::Error::from)
}

#[derive(Serialize)]
struct Measured<'a> {
    id: &'a Value,
    features: serde_json::Map<String, Value>,
}

fn measured(out: &mut dyn Write, id: &Value, draft: &Draft) -> io::Result<()> {
    let features = features(draft)
        .into_iter()
        .map(|(name, v)| (name.to_string(), Value::from(f64::from(v))))
        .collect();
    serde_json::to_writer(out, &Measured { id, features }).map_err(io::Error::from)
}

/// Scores every JSON line of `input`. Only I/O errors stop it; a bad line gets an error line.
#[cfg(test)]
fn score_lines(input: impl BufRead, output: impl Write) -> io::Result<()> {
    for_each_line(input, output, scored)
}

/// Answers every JSON line of `input` with `each`. Only I/O errors stop it; a bad line gets an
/// error line.
fn for_each_line(
    mut input: impl BufRead,
    output: impl Write,
    each: fn(&mut dyn Write, &Value, &Draft) -> io::Result<()>,
) -> io::Result<()> {
    let mut out = BufWriter::new(output);
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse_line(&line) {
            Ok((id, draft)) => each(&mut out, &id, &draft)?,
            Err((id, error)) => serde_json::to_writer(&mut out, &Failed { id: &id, error })?,
        }
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// The id (`null` when absent) and the draft, or the id and what is wrong with the line.
fn parse_line(line: &[u8]) -> Result<(Value, Draft), (Value, String)> {
    let value: Value =
        serde_json::from_slice(line).map_err(|e| (Value::Null, format!("invalid JSON: {e}")))?;
    let Value::Object(mut obj) = value else {
        return Err((Value::Null, "expected a JSON object".to_string()));
    };
    let id = obj.remove("id").unwrap_or(Value::Null);
    let text = match obj.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err((id, "\"text\" must be a string".to_string())),
        None => return Err((id, "missing \"text\"".to_string())),
    };
    let context = match obj.remove("context") {
        None | Some(Value::Null) => None,
        Some(v) => match serde_json::from_value::<Context>(v) {
            Ok(c) => Some(c),
            Err(e) => return Err((id, format!("invalid context: {e}"))),
        },
    };
    Ok((id, Draft { text, context }))
}

fn parse_explain(args: &[String]) -> Result<Draft, String> {
    let mut ctx = Context::default();
    let mut words: Vec<&str> = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--quote" => ctx.quoted_text = Some(value("--quote")?),
            "--title" => ctx.link_title = Some(value("--title")?),
            "--prefill" => ctx.prefill = Some(value("--prefill")?),
            "--pasted" => ctx.pasted = Some(value("--pasted")?),
            "--action" => {
                ctx.action = Some(match value("--action")?.as_str() {
                    "post" => Action::Post,
                    "quote" => Action::Quote,
                    "reply" => Action::Reply,
                    other => {
                        return Err(format!(
                            "--action must be post, quote or reply, not {other}"
                        ))
                    }
                })
            }
            _ => words.push(arg),
        }
    }
    if words.is_empty() {
        return Err("explain needs the draft text".to_string());
    }
    let context = (ctx != Context::default()).then_some(ctx);
    Ok(Draft {
        text: words.join(" "),
        context,
    })
}

fn explain(r: &Report) -> String {
    let level = match r.level {
        Level::Blind => "blind: not yet a thought of your own",
        Level::Thin => "thin: a start, not yet a thought",
        Level::Thoughtful => "thoughtful: your own thought comes through",
    };
    let mut s = format!(
        "Score: {}/100 ({level})\nYour own words: {}\n",
        r.score, r.own_words
    );
    if !r.reasons.is_empty() {
        s.push_str("What the scorer noticed:\n");
        for id in &r.reasons {
            s.push_str(&format!("  - {}\n", describe_reason(id)));
        }
    }
    let points: Vec<String> = r
        .signals
        .iter()
        .map(|g| format!("{} {:+}", g.id, g.weight))
        .collect();
    s.push_str(&format!("Points: {}\n", points.join(", ")));
    match r.suggestion {
        Some(id) => s.push_str(&format!("Next step: {}\n", describe_suggestion(id))),
        None => s.push_str("Next step: none, it reads well.\n"),
    }
    s
}

fn describe_reason(id: &str) -> &'static str {
    match id {
        "only-link" => "Only a link: nothing says why you share it.",
        "emoji-only" => "Only emoji: a reaction, not a thought.",
        "pasted-headline" => "Mostly the article's headline, pasted.",
        "no-view" => "Nothing of what you think: a link, or news typed out, with no view of yours.",
        "copied-quote" => "Mostly repeats the post you quote or reply to.",
        "filler" => "Filler or agreement (\"+1\", \"so true\", \"must read\") makes up most of it.",
        "marketing" => "Reads like a sales push (\"link in bio\", \"sign up now\").",
        "hashtag-pile" => "More hashtags than words of your own.",
        "shouting" => "Mostly in capital letters.",
        "too-short" => "Very few words of your own.",
        "gives-reason" => "Gives a reason or a consequence.",
        "personal-view" => "Shares your own view or experience.",
        "asks-question" => "Asks readers something.",
        "specific-detail" => "Points to a specific detail: a number, a name, a quoted line.",
        "adds-nuance" => "Weighs one side against another.",
        _ => "(unknown reason)",
    }
}

fn describe_suggestion(id: &str) -> &'static str {
    match id {
        "say-why" => "Say in a sentence why this matters to you.",
        "own-words" => "Put it in your own words instead of repeating the post.",
        "add-detail" => "Point to one specific detail: a number, a name, a line that struck you.",
        "ask-readers" => "Ask your readers what they think or have seen.",
        "fewer-hashtags" => "Keep one or two hashtags and say something instead.",
        "drop-pitch" => "Drop the sales pitch and say what you actually think.",
        "ease-caps" => "Write in normal case; capitals read as shouting.",
        _ => "(unknown suggestion)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use second_thought::score::{REASON_IDS, SUGGESTION_IDS};

    #[test]
    fn every_id_has_plain_words() {
        for id in REASON_IDS {
            assert!(!describe_reason(id).starts_with('('), "{id}");
        }
        for id in SUGGESTION_IDS {
            assert!(!describe_suggestion(id).starts_with('('), "{id}");
        }
    }

    fn run(input: &str) -> Vec<Value> {
        let mut out = Vec::new();
        score_lines(input.as_bytes(), &mut out).unwrap();
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    #[test]
    fn keeps_going_after_bad_lines() {
        let out = run("{\"id\":1,\"text\":\"+1\"}\nnot json\n\n{\"id\":\"b\"}\n[1]\n{\"id\":3,\"text\":\"x\",\"context\":{\"action\":\"boost\"}}\n{\"text\":\"ok\"}");
        assert_eq!(out.len(), 6, "{out:?}");
        assert_eq!(
            (out[0]["id"].clone(), out[0]["level"].clone()),
            (Value::from(1), Value::from("blind"))
        );
        assert_eq!(out[1]["id"], Value::Null);
        assert!(out[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("invalid JSON"));
        assert_eq!(out[2]["id"], "b");
        assert_eq!(out[2]["error"], "missing \"text\"");
        assert_eq!(out[3]["error"], "expected a JSON object");
        assert_eq!(out[4]["id"], 3);
        assert!(out[4]["error"]
            .as_str()
            .unwrap()
            .starts_with("invalid context"));
        assert_eq!(out[5]["id"], Value::Null);
        assert!(out[5]["score"].is_u64());
    }

    #[test]
    fn invalid_utf8_is_an_error_line() {
        let mut out = Vec::new();
        score_lines(&b"{\"text\":\"\xff\"}\n"[..], &mut out).unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert!(v["error"].is_string());
    }

    #[test]
    fn explain_reads_context_flags() {
        let args: Vec<String> = ["--title", "T", "--action", "reply", "hello", "there"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let d = parse_explain(&args).unwrap();
        assert_eq!(d.text, "hello there");
        let ctx = d.context.unwrap();
        assert_eq!(
            (ctx.link_title.as_deref(), ctx.action),
            (Some("T"), Some(Action::Reply))
        );
        assert!(
            parse_explain(&["--action".to_string(), "boost".to_string(), "x".to_string()]).is_err()
        );
        assert!(parse_explain(&[]).is_err());
    }
}
