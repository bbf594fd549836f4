//! The shape of a word as written: which script, digits, capitals. Decides names, shouting and
//! which words the lexicons can read.
use super::analysis::flag;
use super::chars::is_latin_letter;
use super::lexicon::key;

/// For an all-ASCII word, in one pass: appends its folded (lowercase) form to `norm` and returns
/// its shape flags with `key::word_and_head2` of the folded form. Most words of most drafts take
/// this path, and three separate passes (fold, shape, hash) cost twice as much.
pub fn ascii_word(s: &str, norm: &mut String) -> (u16, u32, u32) {
    // One copy, lowercased in place: pushing byte by byte costs a capacity check and a UTF-8
    // encoding each.
    let start = norm.len();
    norm.push_str(s);
    norm[start..].make_ascii_lowercase();
    let bytes = s.as_bytes();
    let (mut cased, mut upper, mut digit) = (0u32, 0u32, false);
    let mut h: u32 = key::FNV_START;
    let mut head2 = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let (up, low) = (b.is_ascii_uppercase(), b.is_ascii_lowercase());
        cased += (up || low) as u32;
        upper += up as u32;
        digit |= b.is_ascii_digit();
        if i == 2 {
            head2 = h;
        }
        h = key::fnv_step(h, b.to_ascii_lowercase());
    }
    if bytes.len() <= 2 {
        head2 = h;
    }
    let first_upper = bytes.first().is_some_and(u8::is_ascii_uppercase);
    (
        flags(s, cased, upper, cased > 0, digit, first_upper),
        h,
        head2,
    )
}

pub fn word_shape(s: &str, ascii: bool) -> u16 {
    let (mut cased, mut upper, mut latin, mut digit) = (0u32, 0u32, false, false);
    let mut first_upper = false;
    if ascii {
        for (i, &b) in s.as_bytes().iter().enumerate() {
            let (up, low) = (b.is_ascii_uppercase(), b.is_ascii_lowercase());
            cased += (up || low) as u32;
            upper += up as u32;
            first_upper |= i == 0 && up;
            latin |= up || low;
            digit |= b.is_ascii_digit();
        }
    } else {
        for (i, c) in s.chars().enumerate() {
            let (up, low) = (c.is_uppercase(), c.is_lowercase());
            cased += (up || low) as u32;
            upper += up as u32;
            first_upper |= i == 0 && up;
            latin |= is_latin_letter(c);
            digit |= c.is_ascii_digit();
        }
    }
    flags(s, cased, upper, latin, digit, first_upper)
}

#[inline(always)]
fn flags(s: &str, cased: u32, upper: u32, latin: bool, digit: bool, first_upper: bool) -> u16 {
    let mut f = 0;
    if latin {
        f |= flag::LATIN;
    }
    if digit {
        f |= flag::NUMBER;
    }
    if cased >= 2 {
        f |= flag::CASED;
        // "I'm" is not a name; "iPhone" is, but cannot be told from a typo.
        if first_upper && !s.starts_with("I'") && !s.starts_with("I’") {
            f |= flag::CAPITALIZED;
        }
        if upper == cased {
            f |= flag::ALL_CAPS;
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(word: &str, f: u16) -> bool {
        word_shape(word, word.is_ascii()) & f != 0
    }

    #[test]
    fn tells_names_from_shouting() {
        assert!(has("Ostrom", flag::CAPITALIZED) && !has("Ostrom", flag::ALL_CAPS));
        assert!(has("NASA", flag::ALL_CAPS) && has("NASA", flag::CAPITALIZED));
        assert!(!has("I'm", flag::CAPITALIZED), "the pronoun is not a name");
        assert!(
            !has("a", flag::CASED),
            "one letter is too little to judge case"
        );
        assert!(has("Émile", flag::CAPITALIZED) && has("Émile", flag::LATIN));
    }

    #[test]
    fn one_pass_ascii_agrees_with_separate_passes() {
        for w in [
            "",
            "a",
            "I",
            "ab",
            "Ab",
            "I'm",
            "NASA",
            "iPhone",
            "x2",
            "2024",
            "Hello_World",
            "aBC",
        ] {
            let mut one = String::from("prefix");
            let got = ascii_word(w, &mut one);
            let mut folded = String::from("prefix");
            crate::score::chars::push_folded(w, true, &mut folded);
            let (hash, head2) = key::word_and_head2(&folded[6..]);
            assert_eq!(got, (word_shape(w, true), hash, head2), "{w:?}");
            assert_eq!(one, folded, "{w:?}");
        }
    }

    #[test]
    fn knows_scripts_and_digits() {
        assert!(has("2024", flag::NUMBER) && !has("2024", flag::LATIN | flag::CASED));
        assert!(has("Москва", flag::CAPITALIZED) && !has("Москва", flag::LATIN));
        assert!(!has("漢字", flag::CASED | flag::LATIN));
    }
}
