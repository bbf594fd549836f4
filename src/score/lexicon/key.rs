//! Index keys. A one-word phrase is found by its whole word (or, for a prefix, its first three
//! characters); a longer phrase by its first word plus the first two characters of its second,
//! which is what separates "i think" from the sixty other phrases starting with "i".
pub const FNV_START: u32 = 0x811C_9DC5;

#[inline(always)]
pub fn fnv_step(h: u32, b: u8) -> u32 {
    (h ^ b as u32).wrapping_mul(0x0100_0193)
}

#[inline(always)]
fn fnv(bytes: &[u8]) -> u32 {
    bytes.iter().fold(FNV_START, |h, &b| fnv_step(h, b))
}

/// The first `n` characters of `w`.
pub fn head(w: &str, n: usize) -> &str {
    if w.len() <= n {
        return w;
    }
    if w.as_bytes()[..n].is_ascii() {
        return &w[..n];
    }
    &w[..w.char_indices().nth(n).map_or(w.len(), |(i, _)| i)]
}

/// Hash of a whole folded word; drafts compute it once per word.
pub fn word(w: &str) -> u32 {
    fnv(w.as_bytes())
}

/// `word(w)` and `head2(w)` in one pass: the hash is a plain byte stream, so the head's hash
/// is the running hash when the third character starts.
pub fn word_and_head2(w: &str) -> (u32, u32) {
    let mut h: u32 = 0x811C_9DC5;
    let mut head = None;
    let mut chars = 0;
    for &b in w.as_bytes() {
        if b & 0xC0 != 0x80 {
            chars += 1;
            if chars == 3 {
                head = Some(h);
            }
        }
        h = (h ^ b as u32).wrapping_mul(0x0100_0193);
    }
    (h, head.unwrap_or(h))
}

/// Hash of a word's first two characters; drafts compute it once per word.
pub fn head2(w: &str) -> u32 {
    fnv(head(w, 2).as_bytes())
}

pub fn single(word_hash: u32) -> u32 {
    word_hash
}

pub fn single_prefix(w: &str) -> u32 {
    fnv(head(w, 3).as_bytes()) ^ 0x5BD1_E995
}

pub fn multi(first_hash: u32, second_head2: u32) -> u32 {
    first_hash.rotate_left(13).wrapping_mul(0x9E37_79B1) ^ second_head2 ^ 0x27D4_EB2F
}
