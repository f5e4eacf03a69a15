//! "Unknown" as a value of its own.
//!
//! A model built from public sources often does not know whether a contact answers at night or
//! whether an agreement is public. That is different from knowing that it does not: the analysis
//! reports a missing fact as missing information, never as a defect of the collaboration.

use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Knowable<T> {
    Known(T),
    Unknown,
}

impl<T> Knowable<T> {
    pub fn known(&self) -> Option<&T> {
        match self {
            Knowable::Known(value) => Some(value),
            Knowable::Unknown => None,
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Knowable::Unknown)
    }

    pub fn as_ref(&self) -> Knowable<&T> {
        match self {
            Knowable::Known(value) => Knowable::Known(value),
            Knowable::Unknown => Knowable::Unknown,
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Knowable<U> {
        match self {
            Knowable::Known(value) => Knowable::Known(f(value)),
            Knowable::Unknown => Knowable::Unknown,
        }
    }
}

impl<T> Knowable<Vec<T>> {
    /// The items when the list is known; nothing when it is not.
    pub fn items(&self) -> &[T] {
        match self {
            Knowable::Known(items) => items,
            Knowable::Unknown => &[],
        }
    }
}

impl<T> Default for Knowable<Vec<T>> {
    fn default() -> Self {
        Knowable::Known(Vec::new())
    }
}

impl<T: Serialize> Serialize for Knowable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Knowable::Known(value) => value.serialize(serializer),
            Knowable::Unknown => serializer.serialize_str("unknown"),
        }
    }
}
