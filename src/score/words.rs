//! The first pass: the draft's words, from its tokens, with their shape, their place in the
//! sentence and whether they sit in quotation marks; then an old-style retweet marked as such.
//! Reading a word back (`Analysis::norm`, `Analysis::word_text`) lives here too, beside the pass
//! that records where each word's folded form and token are.
use super::analysis::{flag, Analysis, Origin, Word};
use super::chars::{chars_per_word, ends_sentence, push_folded, quote_kind, Quote};
use super::lexicon::key;
use super::shape;
use super::tokens::Kind;

pub fn collect(a: &mut Analysis) {
    a.words.reserve(a.tokens.len());
    a.norm.reserve(a.text.len());
    let mut sentence_start = true;
    let mut clause_start = true;
    let mut brk = false;
    let mut in_quotes = false;
    let mut quote_opened_at = 0;
    for (i, t) in a.tokens.iter().enumerate() {
        let s = t.text(a.text);
        match t.kind {
            Kind::Word => {
                let start = a.norm.len() as u32;
                let (mut flags, hash, head2) = if t.ascii {
                    shape::ascii_word(s, &mut a.norm)
                } else {
                    push_folded(s, false, &mut a.norm);
                    let mut flags = shape::word_shape(s, false);
                    if s.chars().next().and_then(chars_per_word).is_some() {
                        flags |= flag::DENSE;
                    }
                    let folded = &a.norm[start as usize..];
                    let (hash, head2) = key::word_and_head2(folded);
                    (flags, hash, head2)
                };
                if sentence_start {
                    flags |= flag::SENTENCE_START;
                }
                if sentence_start || clause_start {
                    flags |= flag::CLAUSE_START;
                }
                if brk {
                    flags |= flag::BREAK_BEFORE;
                }
                if in_quotes {
                    flags |= flag::IN_QUOTES;
                }
                let origin = if in_quotes {
                    Origin::Quoted
                } else {
                    Origin::Own
                };
                let norm = (start, a.norm.len() as u32);
                a.words.push(Word {
                    token: i as u32,
                    norm,
                    hash,
                    head2,
                    units: t.units,
                    origin,
                    flags,
                });
                sentence_start = false;
                clause_start = false;
                brk = false;
            }
            Kind::Newline => (sentence_start, brk) = (true, true),
            Kind::Punct => {
                let c = s.chars().next().unwrap_or(' ');
                if ends_sentence(c) {
                    (sentence_start, brk) = (true, true);
                } else if matches!(c, ',' | ':' | '(' | '-' | '–' | '—' | '、' | '，' | '،')
                {
                    clause_start = true;
                } else if let Some(q) = quote_kind(c) {
                    let open = match q {
                        Quote::Open => true,
                        Quote::Close => false,
                        Quote::Either => !in_quotes,
                    };
                    if open && !in_quotes {
                        quote_opened_at = a.words.len();
                    }
                    in_quotes = open;
                    brk = true;
                }
            }
            // A link or an emoji between two words breaks a phrase but not a sentence.
            Kind::Url | Kind::Emoji | Kind::Mention | Kind::Hashtag => brk = true,
        }
    }
    if in_quotes {
        // Never closed: probably still being typed, so the words are the writer's own.
        for w in &mut a.words[quote_opened_at..] {
            w.flags &= !flag::IN_QUOTES;
            w.origin = Origin::Own;
        }
    }
}

/// `RT @name:` (or `MT`) and everything after it is someone else's post; so is `RT name:` at the
/// very start, as clients that drop the `@` write it.
pub fn mark_retweet(a: &mut Analysis) {
    let Some(pos) = a.words.iter().enumerate().position(|(k, w)| {
        let t = w.token as usize;
        let tok = a.tokens[t];
        let rt = tok.end - tok.start == 2 && matches!(tok.text(a.text), "RT" | "rt" | "MT");
        let handle = a.tokens.get(t + 1).is_some_and(|n| n.kind == Kind::Mention);
        let bare = k == 0
            && tok.text(a.text) == "RT"
            && a.tokens.get(t + 1).is_some_and(|n| n.kind == Kind::Word)
            && a.punct_at(t + 2, ":");
        rt && (handle || bare)
    }) else {
        return;
    };
    for w in &mut a.words[pos..] {
        w.origin = Origin::Retweet;
    }
}

impl<'a> Analysis<'a> {
    #[inline(always)]
    pub fn norm(&self, w: &Word) -> &str {
        &self.norm[w.norm.0 as usize..w.norm.1 as usize]
    }

    #[inline(always)]
    pub fn word_text(&self, w: &Word) -> &'a str {
        self.tokens[w.token as usize].text(self.text)
    }

    /// Whether token `i` is the punctuation `s`.
    pub fn punct_at(&self, i: usize, s: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.text(self.text) == s)
    }
}
