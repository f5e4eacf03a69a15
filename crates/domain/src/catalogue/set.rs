//! A set of catalogue entries as a bit set: the responsibility matrix is checked cell by cell,
//! a million cells for a large country, so membership must cost one instruction.

use super::CatalogueEntry;
use std::marker::PhantomData;

/// A set of entries of one catalogue list.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct CatalogueSet<T: CatalogueEntry> {
    bits: u64,
    _entry: PhantomData<T>,
}

impl<T: CatalogueEntry> CatalogueSet<T> {
    pub const fn empty() -> Self {
        Self {
            bits: 0,
            _entry: PhantomData,
        }
    }

    /// Every entry of the list.
    pub fn all() -> Self {
        T::ALL.iter().copied().collect()
    }

    pub fn contains(self, entry: T) -> bool {
        self.bits & (1 << entry.index()) != 0
    }

    pub fn insert(&mut self, entry: T) {
        self.bits |= 1 << entry.index();
    }

    pub fn is_empty(self) -> bool {
        self.bits == 0
    }

    pub fn len(self) -> usize {
        self.bits.count_ones() as usize
    }

    pub fn is_all(self) -> bool {
        self == Self::all()
    }

    pub fn union(self, other: Self) -> Self {
        Self {
            bits: self.bits | other.bits,
            _entry: PhantomData,
        }
    }

    pub fn intersection(self, other: Self) -> Self {
        Self {
            bits: self.bits & other.bits,
            _entry: PhantomData,
        }
    }

    pub fn difference(self, other: Self) -> Self {
        Self {
            bits: self.bits & !other.bits,
            _entry: PhantomData,
        }
    }

    pub fn is_subset(self, other: Self) -> bool {
        self.bits & !other.bits == 0
    }

    pub fn intersects(self, other: Self) -> bool {
        self.bits & other.bits != 0
    }

    /// The entries in catalogue order.
    pub fn iter(self) -> impl Iterator<Item = T> {
        T::ALL.iter().copied().filter(move |e| self.contains(*e))
    }

    /// Ids joined for messages: "ddos, defacement".
    pub fn ids(self) -> String {
        if self.is_all() {
            return "all".to_owned();
        }
        self.iter().map(|e| e.id()).collect::<Vec<_>>().join(", ")
    }
}

impl<T: CatalogueEntry> Default for CatalogueSet<T> {
    fn default() -> Self {
        Self::empty()
    }
}

impl<T: CatalogueEntry> FromIterator<T> for CatalogueSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::empty();
        for entry in iter {
            set.insert(entry);
        }
        set
    }
}

impl<T: CatalogueEntry> std::fmt::Debug for CatalogueSet<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter().map(|e| e.id())).finish()
    }
}

impl<T: CatalogueEntry + serde::Serialize> serde::Serialize for CatalogueSet<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Phase;

    #[test]
    fn set_operations_follow_the_bits() {
        let a: CatalogueSet<Phase> = [Phase::Voting, Phase::Counting].into_iter().collect();
        let b: CatalogueSet<Phase> = [Phase::Counting, Phase::Campaign].into_iter().collect();
        assert!(a.contains(Phase::Voting) && !a.contains(Phase::Campaign));
        assert_eq!(
            a.intersection(b).iter().collect::<Vec<_>>(),
            [Phase::Counting]
        );
        assert_eq!(a.union(b).len(), 3);
        assert_eq!(a.difference(b).iter().collect::<Vec<_>>(), [Phase::Voting]);
        assert!(a.intersection(b).is_subset(a));
        assert!(CatalogueSet::<Phase>::all().is_all());
        assert_eq!(CatalogueSet::<Phase>::all().ids(), "all");
        assert_eq!(a.ids(), "voting, counting");
    }
}
