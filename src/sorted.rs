//! A map kept as a sorted `Vec` of pairs, for the stats' days, months and sites and the settings'
//! sites.
//!
//! Why not `BTreeMap`: every key/value pair type instantiates the whole B-tree (insert, split,
//! merge, steal, iterate, drop), which made a fifth of the worker's wasm. These maps are small
//! (at most 400 days, 120 months, 200 sites), are read and written in key order (days arrive in
//! order from storage; events land on today), and are looked up by binary search.
//! Only what the stats use is here; the names follow `BTreeMap` so reading the code is the same.

use serde::{Serialize, Serializer};
use std::borrow::Borrow;
use std::ops::{Index, RangeInclusive};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K, V> SortedMap<K, V> {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    pub fn new() -> Self {
        SortedMap(Vec::new())
    }

    /// Where `key` is (`Ok`) or would go (`Err`).
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        // Most lookups are for the newest key, so look at the end first.
        match self.0.last() {
            Some((last, _)) if last.borrow() < key => Err(self.0.len()),
            _ => self.0.binary_search_by(|(k, _)| k.borrow().cmp(key)),
        }
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.0.retain_mut(|(k, v)| keep(k, v));
    }

    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        Entry { map: self, key }
    }

    /// The entries with keys in `range`, in order.
    pub fn range(&self, range: RangeInclusive<K>) -> impl DoubleEndedIterator<Item = (&K, &V)> {
        let from = self.0.partition_point(|(k, _)| k < range.start());
        let to = self.0.partition_point(|(k, _)| k <= range.end()).max(from);
        self.0[from..to].iter().map(|(k, v)| (k, v))
    }

    /// Moves the entries with keys `>= key` into the returned map.
    pub fn split_off(&mut self, key: &K) -> Self {
        let at = self.0.partition_point(|(k, _)| k < key);
        SortedMap(self.0.split_off(at))
    }
}

pub struct Entry<'a, K, V> {
    map: &'a mut SortedMap<K, V>,
    key: K,
}

impl<'a, K: Ord, V: Default> Entry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        let i = match self.map.find(&self.key) {
            Ok(i) => i,
            Err(i) => {
                self.map.0.insert(i, (self.key, V::default()));
                i
            }
        };
        &mut self.map.0[i].1
    }
}

impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> Index<&Q> for SortedMap<K, V> {
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry for this key")
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, K: Ord, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(items: I) -> Self {
        let mut map = SortedMap::new();
        for (k, v) in items {
            map.insert(k, v);
        }
        map
    }
}

impl<K: Serialize, V: Serialize> Serialize for SortedMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_keys_sorted_and_unique() {
        let mut m: SortedMap<String, u32> = ["b", "a", "c", "a"].iter().map(|k| (k.to_string(), 1)).collect();
        *m.entry("b".into()).or_default() += 1;
        *m.entry("0".into()).or_default() += 5;
        assert_eq!(m.keys().map(String::as_str).collect::<Vec<_>>(), ["0", "a", "b", "c"]);
        assert_eq!((m["b"], m.get("0"), m.get("z")), (2, Some(&5), None));
        assert_eq!(m.insert("a".into(), 7), Some(1));
    }

    #[test]
    #[allow(clippy::reversed_empty_ranges)] // an empty range is one of the cases checked
    fn ranges_and_splits_like_a_btree_map() {
        let mut m: SortedMap<i32, i32> = (0..10).map(|k| (k * 2, k)).collect();
        assert_eq!(m.range(3..=8).map(|(k, _)| *k).collect::<Vec<_>>(), [4, 6, 8]);
        assert_eq!(m.range(9..=3).count(), 0);
        assert_eq!(m.range(-5..=-1).count(), 0);
        let high = m.split_off(&7);
        assert_eq!((m.len(), high.len(), high.keys().next()), (4, 6, Some(&8)));
    }
}
