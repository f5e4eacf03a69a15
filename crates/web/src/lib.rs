//! Liaison's web interface: HTML pages, the JSON API and TAXII 2.1.
//!
//! It arrives with `liaison serve`; see docs/ARCHITECTURE.md.
