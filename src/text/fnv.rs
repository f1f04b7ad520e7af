//! FNV-1a: a small, fast hash for short keys, stable across runs and platforms (the standard
//! library's default hasher is neither small nor stable). For keys from the program's own tables,
//! for fingerprints, and for sets as small as one quote's words; not for maps over a whole corpus
//! whose keys an input could choose to collide.

use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a hasher.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A hash map over FNV-1a.
pub(crate) type FnvMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A hash set over FNV-1a: a word list asked about every word of a text.
pub(crate) type FnvSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fnv>>;

/// The FNV-1a hash of some bytes.
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.write(bytes);
    h.finish()
}
