//! Splits a draft into tokens in one forward pass: words, links, @mentions, #hashtags, emoji runs
//! and single punctuation marks. Tokens are byte ranges into the text, never copies.
use super::chars::{self, chars_per_word, is_emoji, is_joiner, is_word_char};
use super::url::link_len;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Url,
    Mention,
    Hashtag,
    Emoji,
    /// A line break: ends a sentence like a full stop does.
    Newline,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: u32,
    pub end: u32,
    /// Words this token stands for: 1 for a spaced word, more for a run of Han or Thai.
    pub units: u16,
    /// Every byte is ASCII, so later passes can skip decoding.
    pub ascii: bool,
}

impl Token {
    #[inline(always)]
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start as usize..self.end as usize]
    }
}

/// Longest input read, in bytes. Far beyond any post; it keeps offsets in `u32` and work bounded.
pub const MAX_TEXT: usize = 4 << 20;

/// `s` cut to at most `max` bytes, at a character boundary.
pub fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Tokenizes `text`. The caller bounds the length (`truncate` to `MAX_TEXT`) so offsets fit in
/// `u32`.
///
/// Written over bytes with a fast path for ASCII: drafts are mostly ASCII, and decoding every
/// character through iterator adapters cost ten times more under the size-optimized build.
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Fast paths for the two commonest bytes: a space, and the start of an ASCII word.
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        if ASCII_WORD[bytes[i] as usize] {
            i = word(text, i, out);
            continue;
        }
        let (c, len) = char_at(text, i);
        if c == '\n' {
            push(out, Kind::Newline, i, i + 1, 0);
            i += 1;
            continue;
        }
        if is_space(c) {
            i += len;
            continue;
        }
        let prev = prev_char(text, i);
        let after_word = i > 0 && is_word_char(prev);
        let sign_end = match c {
            '@' if !after_word => handle_end(text, i + 1, true),
            '#' if !after_word => handle_end(text, i + 1, false),
            _ => None,
        };
        if let Some(end) = sign_end {
            let kind = if c == '@' {
                Kind::Mention
            } else {
                Kind::Hashtag
            };
            push(out, kind, i, end, 0);
            i = end;
        } else if matches!(c, '+' | '-')
            && !after_word
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            let (end, _, ascii) = word_end(text, i + 1);
            out.push(Token {
                kind: Kind::Word,
                start: i as u32,
                end: end as u32,
                units: 1,
                ascii,
            });
            i = end;
        } else if is_word_char(c) && !is_joiner(c) {
            i = word(text, i, out);
        } else if is_emoji(c) || is_joiner(c) {
            let mut end = i + len;
            while end < bytes.len() {
                let (d, dlen) = char_at(text, end);
                if !(is_emoji(d) || is_joiner(d)) {
                    break;
                }
                end += dlen;
            }
            push(out, Kind::Emoji, i, end, 0);
            i = end;
        } else {
            push(out, Kind::Punct, i, i + len, 0);
            i += len;
        }
    }
}

/// Pushes the word (or the link) starting at `i`; returns where it ends.
fn word(text: &str, i: usize, out: &mut Vec<Token>) -> usize {
    let (end, units, ascii) = word_end(text, i);
    // A link's first word ("https", "www", "bit", "nytimes") is followed by ':' or '.' and starts
    // a chunk; only then is it worth parsing one.
    let link_like = matches!(text.as_bytes().get(end), Some(b'.' | b':'))
        && (i == 0 || is_space(prev_char(text, i)));
    if let Some(n) = link_like
        .then(|| link_len(&text[i..chunk_end(text, i)]))
        .flatten()
    {
        push(out, Kind::Url, i, i + n, 0);
        return i + n;
    }
    out.push(Token {
        kind: Kind::Word,
        start: i as u32,
        end: end as u32,
        units,
        ascii,
    });
    end
}

/// ASCII bytes that are word characters (letters, digits, `_`); a table is the fastest test.
static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

/// Where the whitespace-free chunk starting at `from` ends.
fn chunk_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = from;
    while j < bytes.len() {
        if bytes[j] < 0x80 {
            if is_space(bytes[j] as char) {
                return j;
            }
            j += 1;
        } else {
            let (c, len) = char_at(text, j);
            if c.is_whitespace() {
                return j;
            }
            j += len;
        }
    }
    j
}

#[inline(always)]
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t'..='\r')
    } else {
        c.is_whitespace()
    }
}

#[inline(always)]
fn push(out: &mut Vec<Token>, kind: Kind, start: usize, end: usize, units: u16) {
    out.push(Token {
        kind,
        start: start as u32,
        end: end as u32,
        units,
        ascii: false,
    });
}

/// The character starting at byte `i` (a char boundary) and its length; `'\0'` past the end.
#[inline(always)]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (b as char, 1),
        Some(_) => text[i..]
            .chars()
            .next()
            .map_or(('\0', 1), |c| (c, c.len_utf8())),
        None => ('\0', 0),
    }
}

/// The character ending at byte `i` (a char boundary); `'\0'` at the start.
#[inline(always)]
fn prev_char(text: &str, i: usize) -> char {
    match i.checked_sub(1).map(|j| text.as_bytes()[j]) {
        Some(b) if b < 0x80 => b as char,
        Some(_) => text[..i].chars().next_back().unwrap_or('\0'),
        None => '\0',
    }
}

/// End of a @mention or #hashtag whose name starts at `from`, or `None` when the sign is not
/// followed by a name. A hashtag needs a letter ("#1" is a rank); a mention may carry a
/// Mastodon instance (`@ana@mastodon.social`).
fn handle_end(text: &str, from: usize, mention: bool) -> Option<usize> {
    let mut end = from;
    let mut has_letter = false;
    let mut seen_at = false;
    let mut j = from;
    while j < text.len() {
        let (c, len) = char_at(text, j);
        if is_word_char(c) {
            has_letter |= c.is_alphabetic();
            end = j + len;
        } else if mention
            && (c == '.' || c == '-' || (c == '@' && !seen_at))
            && is_word_char(char_at(text, j + len).0)
        {
            seen_at |= c == '@';
        } else {
            break;
        }
        j += len;
    }
    (end > from && has_letter).then_some(end)
}

/// End of the word starting at `start`, how many words it stands for, and whether it is all
/// ASCII. Apostrophes and
/// hyphens stay inside a word between letters ("don't", "well-known"); dots and commas stay
/// between digits ("3.5", "1,000"); a trailing `%` stays on a number. A switch between a script
/// written with spaces and one without ends the word.
fn word_end(text: &str, start: usize) -> (usize, u16, bool) {
    let bytes = text.as_bytes();
    let (first, first_len) = char_at(text, start);
    let dense = chars_per_word(first);
    let mut j = start;
    let mut count: u32 = 0;
    let mut prev = '\0';
    let mut ascii = true;
    while j < bytes.len() {
        // The common case, ASCII letters and digits, in a tight loop.
        if dense.is_none() {
            let run_start = j;
            while j < bytes.len() && ASCII_WORD[bytes[j] as usize] {
                j += 1;
            }
            if j > run_start {
                count += (j - run_start) as u32;
                prev = bytes[j - 1] as char;
                // Most words end at a space or plain punctuation: no need to decode anything.
                if bytes
                    .get(j)
                    .is_none_or(|b| b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b',' | b'%'))
                {
                    break;
                }
                continue;
            }
        }
        let (c, len) = char_at(text, j);
        let next = || char_at(text, j + len).0;
        let mark = chars::is_combining_mark(c) || is_joiner(c);
        let keep = if is_word_char(c) {
            chars_per_word(c) == dense || mark
        } else {
            match c {
                '\'' | '’' | '-' | '‐' => prev.is_alphanumeric() && next().is_alphabetic(),
                '.' | ',' => prev.is_ascii_digit() && next().is_ascii_digit(),
                '%' => prev.is_ascii_digit(),
                _ => false,
            }
        };
        if !keep {
            break;
        }
        count += !mark as u32;
        ascii &= c.is_ascii();
        j += len;
        prev = c;
        if c == '%' {
            break;
        }
    }
    let units = match dense {
        Some(per) => count.div_ceil(per as u32).clamp(1, u16::MAX as u32) as u16,
        None => 1,
    };
    let end = j.max(start + first_len);
    (end, units, ascii && first.is_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        let mut out = Vec::new();
        tokenize(text, &mut out);
        out.iter().map(|t| (t.kind, t.text(text))).collect()
    }

    #[test]
    fn splits_a_typical_share() {
        use Kind::*;
        assert_eq!(
            kinds("RT @ana: 3.5% isn't #Rust 🔥🔥 https://x.co/a."),
            vec![
                (Word, "RT"),
                (Mention, "@ana"),
                (Punct, ":"),
                (Word, "3.5%"),
                (Word, "isn't"),
                (Hashtag, "#Rust"),
                (Emoji, "🔥🔥"),
                (Url, "https://x.co/a"),
                (Punct, "."),
            ]
        );
    }

    #[test]
    fn keeps_signed_numbers_and_mastodon_handles() {
        use Kind::*;
        assert_eq!(
            kinds("+1 @bob@mastodon.social."),
            vec![
                (Word, "+1"),
                (Mention, "@bob@mastodon.social"),
                (Punct, ".")
            ]
        );
        assert_eq!(
            kinds("#1 a-b"),
            vec![(Punct, "#"), (Word, "1"), (Word, "a-b")]
        );
        assert_eq!(
            kinds("mail@example"),
            vec![(Word, "mail"), (Punct, "@"), (Word, "example")]
        );
    }

    #[test]
    fn counts_dense_scripts_in_word_units() {
        let text = "这篇文章写得很好because";
        let mut out = Vec::new();
        tokenize(text, &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(
            (out[0].units, out[0].text(text), out[0].ascii),
            (4, "这篇文章写得很好", false)
        );
        assert_eq!(
            (out[1].units, out[1].text(text), out[1].ascii),
            (1, "because", true)
        );
    }

    #[test]
    fn keeps_combining_marks_and_joiners_inside_words() {
        use Kind::*;
        assert_eq!(
            kinds("cafe\u{301} می\u{200C}خواهم"),
            vec![(Word, "cafe\u{301}"), (Word, "می\u{200C}خواهم")]
        );
        assert_eq!(
            kinds("👩\u{200D}💻!"),
            vec![(Emoji, "👩\u{200D}💻"), (Punct, "!")]
        );
    }

    #[test]
    fn stray_marks_and_controls_never_stall() {
        for text in [
            "\u{301}\u{301}",
            "\u{202E}abc",
            "\0\u{1}",
            "@",
            "#",
            "+",
            "'",
            "\u{200D}",
        ] {
            let mut out = Vec::new();
            tokenize(text, &mut out);
            let covered: usize = out.iter().map(|t| (t.end - t.start) as usize).sum();
            assert!(covered <= text.len(), "{text:?}");
            assert!(out.iter().all(|t| t.start < t.end), "{text:?}");
        }
    }

    #[test]
    fn newlines_are_tokens() {
        use Kind::*;
        assert_eq!(
            kinds("a\n\nb"),
            vec![(Word, "a"), (Newline, "\n"), (Newline, "\n"), (Word, "b")]
        );
    }
}
