//! Liaison's persistence on SQLite and PostgreSQL.
//!
//! The platform's storage arrives with `liaison serve`; until then the model lives in the
//! files that `liaison-interop` reads. See docs/ARCHITECTURE.md.
