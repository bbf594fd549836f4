//! Finds words the writer copied from the post they quote or the title of the link they share.
//! Copies are rarely exact (a word dropped, punctuation changed), so the test is overlap of
//! three-word shingles, not equality: every run of three draft words that also appears in the
//! source marks those words as copied. Scripts without spaces (Han, Kana, Thai) use shingles of
//! four characters instead. The source's shingles go into a hash set, so the cost stays linear
//! in the draft and the source however long the quoted post is.
use super::analysis::{flag, Analysis, Origin};
use super::chars::{chars_per_word, push_folded};
use super::lexicon::key;
use super::tokens::{tokenize, truncate, Kind, MAX_TEXT};

const SHINGLE: usize = 3;
/// Characters per shingle in scripts written without spaces.
const DENSE_SHINGLE: usize = 4;

/// Marks the draft's own or quoted words that overlap `source` as `origin`.
pub fn mark(a: &mut Analysis, source: &str, origin: Origin) {
    let source = truncate(source, MAX_TEXT);
    let mut tokens = Vec::with_capacity(source.len() / 4 + 8);
    tokenize(source, &mut tokens);
    let mut buf = String::with_capacity(32);
    // Word hashes first; then, in place, the hash of each window of `n` words.
    let mut shingles: Vec<u64> = Vec::with_capacity(tokens.len());
    for t in tokens.iter().filter(|t| t.kind == Kind::Word) {
        buf.clear();
        push_folded(t.text(source), t.ascii, &mut buf);
        shingles.push(key::word(&buf) as u64);
    }
    let copyable = |o: Origin| matches!(o, Origin::Own | Origin::Quoted);

    // A one-word source ("Inflation") would strip a single common word: too weak to call a copy.
    let n = shingles.len().min(SHINGLE);
    if n >= 2 {
        let windows = shingles.len() - n + 1;
        for i in 0..windows {
            shingles[i] = combine(&shingles[i..i + n]);
        }
        shingles.truncate(windows);
        let shingles = Set::new(&shingles);
        let mut copied_until = 0;
        let mut window = [0u64; SHINGLE];
        for i in 0..a.words.len() {
            if let Some(words) = a.words.get(i..i + n) {
                for (slot, w) in window.iter_mut().zip(words) {
                    *slot = w.hash as u64;
                }
                if shingles.contains(combine(&window[..n])) {
                    copied_until = i + n;
                }
            }
            if i < copied_until && copyable(a.words[i].origin) {
                a.words[i].origin = origin;
            }
        }
    }

    mark_dense(a, source, &tokens, origin);
}

/// Marks a run of Han or Thai as copied when most of its four-character shingles occur in the
/// source's runs.
fn mark_dense(a: &mut Analysis, source: &str, tokens: &[super::tokens::Token], origin: Origin) {
    if !a.words.iter().any(|w| w.has(flag::DENSE)) {
        return;
    }
    let is_dense = |s: &str| s.chars().next().and_then(chars_per_word).is_some();
    let mut shingles: Vec<u64> = Vec::new();
    for t in tokens
        .iter()
        .filter(|t| t.kind == Kind::Word && !t.ascii && is_dense(t.text(source)))
    {
        for_each_char_shingle(t.text(source), |h| shingles.push(h));
    }
    if shingles.is_empty() {
        return;
    }
    let shingles = Set::new(&shingles);
    for i in 0..a.words.len() {
        let w = a.words[i];
        if !matches!(w.origin, Origin::Own | Origin::Quoted) || !w.has(flag::DENSE) {
            continue;
        }
        let text = a.word_text(&w);
        let (mut total, mut found) = (0u32, 0u32);
        for_each_char_shingle(text, |h| {
            total += 1;
            found += shingles.contains(h) as u32;
        });
        // Most, not all: a copy with one character changed is still a copy.
        if total > 0 && found * 5 >= total * 3 {
            a.words[i].origin = origin;
        }
    }
}

/// A set of shingle hashes: open addressing, at most half full. Sorting for a binary search
/// would do as well, but std's sorts add kilobytes to the page wasm.
struct Set {
    slots: Vec<u64>,
    /// Whether 0, which marks an empty slot, is itself in the set.
    has_zero: bool,
}

impl Set {
    fn new(hashes: &[u64]) -> Set {
        let size = (hashes.len() * 2).next_power_of_two().max(8);
        let mut set = Set {
            slots: vec![0; size],
            has_zero: false,
        };
        for &h in hashes {
            if h == 0 {
                set.has_zero = true;
                continue;
            }
            let i = set.find(h);
            set.slots[i] = h;
        }
        set
    }

    /// The slot holding `h`, or the empty one where it belongs.
    fn find(&self, h: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & mask;
        while self.slots[i] != 0 && self.slots[i] != h {
            i = (i + 1) & mask;
        }
        i
    }

    fn contains(&self, h: u64) -> bool {
        if h == 0 {
            return self.has_zero;
        }
        self.slots[self.find(h)] == h
    }
}

/// Calls `f` with the hash of every window of `DENSE_SHINGLE` characters in `run`.
fn for_each_char_shingle(run: &str, mut f: impl FnMut(u64)) {
    let starts: Vec<usize> = run
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(run.len()))
        .collect();
    for w in starts.windows(DENSE_SHINGLE + 1) {
        f(hash(&run[w[0]..w[DENSE_SHINGLE]]));
    }
}

fn hash(s: &str) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for b in s.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01B3);
    }
    h
}

fn combine(window: &[u64]) -> u64 {
    window.iter().fold(0x9E37_79B9_7F4A_7C15, |acc, &h| {
        (acc.rotate_left(21) ^ h).wrapping_mul(0x0100_0000_01B3)
    })
}

#[cfg(test)]
mod tests {
    use crate::score::analysis::Analysis;
    use crate::score::{Action, Context, Draft};

    fn counts(text: &str, quoted: &str) -> (u32, u32) {
        let ctx = Context {
            quoted_text: Some(quoted.into()),
            link_title: None,
            action: Some(Action::Quote),
            ..Context::default()
        };
        let d = Draft {
            text: text.into(),
            context: Some(ctx),
        };
        let a = Analysis::new(&d);
        (a.n.copied_quote_units, a.n.own_units)
    }

    #[test]
    fn the_set_holds_exactly_what_it_was_given() {
        let given: Vec<u64> = (0..300u64)
            .map(|k| k.wrapping_mul(0x0100_0000_01B3) << 3)
            .collect();
        let set = super::Set::new(&given);
        assert!(given.iter().all(|&h| set.contains(h)), "0 included");
        assert!((300..3000u64).all(|k| !set.contains(k.wrapping_mul(0x0100_0000_01B3) << 3)));
        assert!(!super::Set::new(&[5]).contains(0));
    }

    #[test]
    fn marks_only_the_overlapping_run() {
        let quoted = "The city will close the Elm Street library branch in June to save money.";
        assert_eq!(
            counts(
                "close the Elm Street library, which serves 3 schools",
                quoted
            ),
            (5, 4)
        );
    }

    #[test]
    fn ignores_case_accents_and_punctuation() {
        assert_eq!(
            counts(
                "¡LA CIUDAD cerrará la biblioteca!",
                "La ciudad cerrara la biblioteca."
            ),
            (5, 0)
        );
    }

    #[test]
    fn two_shared_words_are_not_a_copy() {
        assert_eq!(
            counts(
                "the library matters to kids",
                "The city will close the library"
            )
            .0,
            0
        );
        assert_eq!(counts("Inflation again", "Inflation").0, 0);
    }

    #[test]
    fn finds_copies_in_scripts_without_spaces() {
        let quoted = "市政府决定六月关闭榆树街图书馆以节省开支";
        let (copied, own) = counts("决定六月关闭榆树街图书馆 可惜", quoted);
        assert!(copied >= 5 && own == 1, "copied {copied} own {own}");
        assert_eq!(counts("图书馆很重要", quoted).0, 0);
    }
}
