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
    pub fn build(mut keys: Vec<(u32, u32)>) -> Index {
        keys.sort_unstable();
        let groups = keys.chunk_by(|a, b| a.0 == b.0).count();
        let size = (groups * 2).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); size];
        let mut filter = vec![0u64; FILTER_BITS / 64];
        let mut start = 0;
        for run in keys.chunk_by(|a, b| a.0 == b.0) {
            let key = run[0].0;
            let bit = filter_bit(key);
            filter[bit / 64] |= 1 << (bit % 64);
            let mut i = slot_of(key, size);
            while slots[i].len != 0 {
                i = (i + 1) & (size - 1);
            }
            slots[i] = Slot {
                key,
                start: start as u32,
                len: run.len() as u32,
            };
            start += run.len();
        }
        Index {
            filter,
            slots,
            by_key: keys.into_iter().map(|(_, e)| e).collect(),
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
