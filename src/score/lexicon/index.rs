//! The lexicon's lookup table: phrase keys (see `key.rs`) to the entries that share them.

/// Open-addressing hash table from a key to the run of entries sharing it in `by_key`, behind a
/// one-bit-per-bucket filter: most words of a draft start no phrase, and the filter says so in
/// a load and a mask.
#[derive(Debug, Default)]
pub struct Index {
    filter: Vec<u64>,
    slots: Vec<Slot>,
    by_key: Vec<u32>,
}

const FILTER_BITS: usize = 1 << 13;

#[derive(Debug, Default, Clone, Copy)]
struct Slot {
    key: u32,
    start: u32,
    /// 0 marks an empty slot.
    len: u32,
}

impl Index {
    /// `keys` holds (key, entry) pairs; each key's run lists its entries in the order given.
    /// Built by counting rather than sorting: std's sorts would add kilobytes to the page wasm.
    pub fn build(keys: Vec<(u32, u32)>) -> Index {
        // At most one slot per pair, so twice the pairs keeps the table at most half full.
        let size = (keys.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); size];
        let mut filter = vec![0u64; FILTER_BITS / 64];
        // First count each key's entries (in `len`), then give each run its place in `by_key`.
        for &(key, _) in &keys {
            let bit = filter_bit(key);
            filter[bit / 64] |= 1 << (bit % 64);
            let i = find_slot(&slots, key);
            slots[i].key = key;
            slots[i].len += 1;
        }
        let mut start = 0;
        for slot in slots.iter_mut().filter(|s| s.len != 0) {
            slot.start = start;
            start += slot.len;
        }
        let mut by_key = vec![0; keys.len()];
        let mut filled = vec![0u32; size];
        for &(key, entry) in &keys {
            let i = find_slot(&slots, key);
            by_key[(slots[i].start + filled[i]) as usize] = entry;
            filled[i] += 1;
        }
        Index {
            filter,
            slots,
            by_key,
        }
    }

    #[inline(always)]
    pub fn get(&self, key: u32) -> &[u32] {
        let bit = filter_bit(key);
        if self
            .filter
            .get(bit / 64)
            .is_none_or(|w| w & (1 << (bit % 64)) == 0)
        {
            return &[];
        }
        let size = self.slots.len();
        let mut i = slot_of(key, size);
        loop {
            let slot = self.slots[i];
            if slot.len == 0 {
                return &[];
            }
            if slot.key == key {
                return &self.by_key[slot.start as usize..(slot.start + slot.len) as usize];
            }
            i = (i + 1) & (size - 1);
        }
    }
}

/// The slot holding `key`, or the empty one where it belongs.
fn find_slot(slots: &[Slot], key: u32) -> usize {
    let size = slots.len();
    let mut i = slot_of(key, size);
    while slots[i].len != 0 && slots[i].key != key {
        i = (i + 1) & (size - 1);
    }
    i
}

#[inline(always)]
fn filter_bit(key: u32) -> usize {
    (key.wrapping_mul(0x85EB_CA6B) >> 19) as usize & (FILTER_BITS - 1)
}

#[inline(always)]
fn slot_of(key: u32, size: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 7) as usize & (size - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_run_and_nothing_else() {
        let keys: Vec<(u32, u32)> = (0..500u32)
            .flat_map(|k| (0..k % 3 + 1).map(move |e| (k.wrapping_mul(2_654_435_761), k * 10 + e)))
            .collect();
        let index = Index::build(keys.clone());
        for k in 0..500u32 {
            let mut got = index.get(k.wrapping_mul(2_654_435_761)).to_vec();
            got.sort_unstable();
            let want: Vec<u32> = (0..k % 3 + 1).map(|e| k * 10 + e).collect();
            assert_eq!(got, want, "key {k}");
        }
        assert!((500..2000u32).all(|k| index.get(k.wrapping_mul(2_654_435_761)).is_empty()));
        assert!(
            Index::default().get(7).is_empty(),
            "an empty index answers, never panics"
        );
    }
}
