//! Liaison's domain: the catalogue of election-cybersecurity vocabulary, the model of
//! interagency collaboration, the analysis that finds where the collaboration has holes, and
//! the rules of incident handling and of sharing under the Traffic Light Protocol.
//!
//! This crate does no I/O: no files, no network, no clock. Whoever calls the analysis passes
//! the date it should consider as today.

pub mod access;
pub mod analysis;
pub mod caller;
pub mod catalogue;
pub mod disinformation;
pub mod hygiene;
pub mod incident;
mod knowable;
pub mod model;
pub mod risk;
pub mod search;
pub mod sharing;
pub mod sitrep;
pub mod suggest;
pub mod synthetic;
#[cfg(any(test, feature = "test-support"))]
pub mod testing;

pub use knowable::Knowable;
