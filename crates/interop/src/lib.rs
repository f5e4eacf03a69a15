//! Liaison's file formats: model files (YAML with a generated JSON Schema) and the reports of
//! the analysis (text, JSON, Markdown, HTML), and situation reports printed to PDF.

pub mod model_changes;
pub mod model_file;
pub mod reference;
pub mod report;
pub mod schema;
pub mod sitrep_pdf;
