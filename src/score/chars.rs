//! Character classes the tokenizer needs and `std` does not give: emoji, scripts written without
//! spaces, combining marks, quotation marks. Hand-written ranges instead of Unicode tables keep
//! the wasm small; they cover what social posts actually contain, not every corner of Unicode.

/// How many characters of a script make roughly one word, for scripts written without spaces.
/// Han and Kana words average about two characters; Thai, Lao, Khmer and Myanmar about four.
#[inline(always)]
pub fn chars_per_word(c: char) -> Option<u8> {
    if (c as u32) < 0x0E00 {
        return None;
    }
    match c as u32 {
        0x3040..=0x30FF // Hiragana, Katakana
        | 0x31F0..=0x31FF // Katakana extensions
        | 0x3400..=0x4DBF // Han extension A
        | 0x4E00..=0x9FFF // Han
        | 0xF900..=0xFAFF // Han compatibility
        | 0xFF66..=0xFF9F // half-width Katakana
        | 0x20000..=0x3134F => Some(2), // Han extensions B–G
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF => Some(4), // Khmer
        _ => None,
    }
}

/// Pictographs and the pieces that glue them into one visible emoji (ZWJ, variation selector,
/// skin tones, keycaps, flag tags).
#[inline(always)]
pub fn is_emoji(c: char) -> bool {
    if (c as u32) < 0xA9 {
        return false;
    }
    matches!(c as u32,
        0x1F000..=0x1FAFF // pictographs, emoticons, transport, flags, skin tones, symbols
        | 0x2600..=0x27BF // misc symbols, dingbats (☀ ✨ ✅ ❤)
        | 0x2B00..=0x2BFF // arrows and stars (⬇ ⭐)
        | 0x2190..=0x21FF // arrows (➡ is a dingbat, ↗ lives here)
        | 0x231A..=0x23FF // watch, hourglass, media buttons
        | 0x3030 | 0x303D | 0x3297 | 0x3299
        | 0x00A9 | 0x00AE | 0x203C | 0x2049 | 0x2122 | 0x2139
        | 0xFE0F // variation selector-16
        | 0x20E3 // combining keycap
        | 0xE0020..=0xE007F // tag characters (subdivision flags)
    )
}

/// Joiners that continue whatever run they sit in: ZWNJ inside Persian words, ZWJ inside emoji
/// sequences and some Indic words.
#[inline(always)]
pub fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Combining marks that `char::is_alphabetic` does not cover (the Alphabetic property already
/// includes most Indic vowel signs). A mark continues the word it follows.
#[inline(always)]
pub fn is_combining_mark(c: char) -> bool {
    if (c as u32) < 0x0300 {
        return false;
    }
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20DC | 0xFE20..=0xFE2F
    )
}

/// A character that can be part of a word.
#[inline(always)]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    word_chars::get(c)
}

fn is_word_char_uncached(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining_mark(c) || is_joiner(c)
}

/// `is_word_char` beyond ASCII, remembered. `std`'s Alphabetic lookup is a search costing a few
/// hundred instructions a character, and posts in Cyrillic, Arabic or Devanagari ask it about
/// every letter. So the answer for each 64-character block of the BMP is worked out once, the
/// first time a draft meets the block. Han and Hangul syllables are letters throughout (a test
/// checks against `std`) and skip the table: a Chinese post would otherwise touch hundreds of
/// blocks.
mod word_chars {
    use std::sync::atomic::{AtomicU64, Ordering};

    const BLOCKS: usize = 0x10000 / 64;
    static BITS: [AtomicU64; BLOCKS] = [const { AtomicU64::new(0) }; BLOCKS];
    /// One bit per block: whether `BITS` holds its answers yet.
    static KNOWN: [AtomicU64; BLOCKS / 64] = [const { AtomicU64::new(0) }; BLOCKS / 64];

    pub(super) const ALL_LETTERS: [(u32, u32); 3] =
        [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3)];

    pub fn get(c: char) -> bool {
        let u = c as u32;
        if ALL_LETTERS.iter().any(|&(lo, hi)| (lo..=hi).contains(&u)) {
            return true;
        }
        if u >= 0x10000 {
            return super::is_word_char_uncached(c);
        }
        let (block, bit) = ((u >> 6) as usize, u & 63);
        let known = 1u64 << (block & 63);
        if KNOWN[block >> 6].load(Ordering::Acquire) & known == 0 {
            let mut bits = 0u64;
            for k in 0..64 {
                let c = char::from_u32((block as u32) << 6 | k);
                bits |= (c.is_some_and(super::is_word_char_uncached) as u64) << k;
            }
            BITS[block].store(bits, Ordering::Relaxed);
            KNOWN[block >> 6].fetch_or(known, Ordering::Release);
        }
        BITS[block].load(Ordering::Relaxed) >> bit & 1 != 0
    }
}

/// Ends a sentence. A newline is a break too, but the tokenizer handles it separately.
pub fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '¡' | '¿' | ';' | '｡' | '।'
    )
}

/// Marks a question in any of the scripts we see: Latin, full-width CJK, Arabic, Spanish opener.
pub fn is_question_mark(c: char) -> bool {
    matches!(c, '?' | '？' | '؟' | '¿')
}

/// Which way a double quotation mark points. Single quotes are left out: they are apostrophes
/// far more often than quotes ("don't", "l'article").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quote {
    Open,
    Close,
    /// `"` and `“` `”` used either way round (German closes with `“`, Swedish opens with `”`).
    Either,
}

pub fn quote_kind(c: char) -> Option<Quote> {
    match c {
        '„' | '«' | '「' | '『' | '‹' => Some(Quote::Open),
        '»' | '」' | '』' | '›' => Some(Quote::Close),
        '"' | '“' | '”' | '＂' => Some(Quote::Either),
        _ => None,
    }
}

/// Lowercase letter with its Latin diacritic removed, so "porqué" matches "porque" and "à lire"
/// matches "a lire". Covers Latin-1 and the Latin Extended-A letters our six languages use.
pub fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        '’' | 'ʼ' | '`' | '´' => '\'',
        _ => c,
    }
}

/// Appends the lowercase, diacritic-free form of `word` to `buf`; combining marks are dropped so
/// a decomposed "é" folds like a composed one. `ascii` says `word` is all ASCII (a fast path).
pub fn push_folded(word: &str, ascii: bool, buf: &mut String) {
    if ascii {
        let start = buf.len();
        buf.push_str(word);
        buf[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
            continue;
        }
        if is_combining_mark(c) || is_joiner(c) {
            continue;
        }
        buf.push(fold(lower(c)));
    }
}

/// Lowercase of `c` for the cased scripts people post in: Latin (with Latin-1, Extended-A and
/// the Vietnamese block), Greek, Cyrillic and Armenian. Hand-written because the full Unicode
/// table costs about 11 KB of wasm; other cased scripts are rare in posts and stay as they are,
/// which only means a capitalized word there does not match its lowercase copy.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let shifted = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF
            if u.is_multiple_of(2) =>
        {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x130 => 'i' as u32,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 32,
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if u.is_multiple_of(2) => u + 1,
        0x531..=0x556 => u + 48,
        _ => u,
    };
    char::from_u32(shifted).unwrap_or(c)
}

/// Letters of the Latin script, the only script our lexicons are written in.
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c as u32, 0xC0..=0x24F if c != '×' && c != '÷')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dense_scripts_have_a_word_length() {
        assert_eq!(chars_per_word('漢'), Some(2));
        assert_eq!(chars_per_word('か'), Some(2));
        assert_eq!(chars_per_word('ก'), Some(4));
        assert_eq!(chars_per_word('a'), None);
        assert_eq!(
            chars_per_word('한'),
            None,
            "Korean separates words with spaces"
        );
    }

    #[test]
    fn emoji_are_not_words() {
        for c in ['🔥', '👇', '❤', '✅', '🇪', '\u{FE0F}'] {
            assert!(is_emoji(c), "{c:?}");
            assert!(!is_word_char(c), "{c:?}");
        }
        assert!(!is_emoji('a'));
        assert!(!is_emoji('7'));
    }

    #[test]
    fn folding_strips_latin_diacritics_only() {
        let folded: String = "porqué à lire Übung ñandú"
            .chars()
            .flat_map(char::to_lowercase)
            .map(fold)
            .collect();
        assert_eq!(folded, "porque a lire ubung nandu");
        let mut buf = String::new();
        push_folded("DON’T", false, &mut buf);
        push_folded("Stop", true, &mut buf);
        assert_eq!(buf, "don'tstop");
        assert_eq!(fold('ж'), 'ж');
        assert_eq!(fold('’'), '\'');
    }

    #[test]
    fn lower_agrees_with_std_where_it_claims_to() {
        let ranges = [
            0x41..0x5B,
            0xC0..0x17F,
            0x386..0x3AC,
            0x400..0x530,
            0x531..0x557,
            0x1E00..0x1E96,
            0x1EA0..0x1F00,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let std: Vec<char> = c.to_lowercase().collect();
            if std.len() == 1 && lower(c) != c {
                assert_eq!(lower(c), std[0], "{c:?} U+{:04X}", c as u32);
            }
        }
        for c in ['Ä', 'Ł', 'Ω', 'Ж', 'Ё', 'Ѣ', 'Ա', 'Ạ', 'İ', 'Ÿ'] {
            assert_ne!(lower(c), c, "{c}");
        }
        assert_eq!(lower('ß'), 'ß');
        assert_eq!(lower('漢'), '漢');
    }

    #[test]
    fn remembered_word_chars_agree_with_std() {
        // Twice over every character: the first pass fills the table, the second reads it.
        for _ in 0..2 {
            for c in (0x80..0x11000).filter_map(char::from_u32) {
                assert_eq!(
                    is_word_char(c),
                    is_word_char_uncached(c),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
        for (lo, hi) in word_chars::ALL_LETTERS {
            assert!((lo..=hi)
                .filter_map(char::from_u32)
                .all(|c| c.is_alphabetic()));
        }
    }

    #[test]
    fn marks_continue_words() {
        assert!(is_word_char('\u{0301}'));
        assert!(is_word_char('\u{200C}'));
        assert!(
            !is_word_char('\u{202E}'),
            "a bidi override is not part of a word"
        );
    }
}
