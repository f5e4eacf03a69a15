//! Model files: the YAML an election commission keeps under version control, in one file or a
//! directory of files.

mod error;
mod format;
mod read;
mod resolve;
mod values;
mod write;

pub use error::{InvalidModel, ModelError};
pub use format::*;
pub use read::{LoadOptions, ModelSources, read_sources};
pub use values::{AllOr, Approximate, Day, Entry, Located, OrUnknown, Position};
pub use write::{to_file_format, write_directory, write_yaml};

use liaison_domain::model::Model;
use std::path::Path;

/// Reads, parses and resolves a model from a file or a directory.
pub fn load_model(path: &Path, options: &LoadOptions) -> Result<Model, InvalidModel> {
    let sources = read_sources(path, options)?;
    parse_model(&sources, options)
}

/// Parses and resolves a model already read into memory.
pub fn parse_model(sources: &ModelSources, options: &LoadOptions) -> Result<Model, InvalidModel> {
    let (files, mut errors) = read::parse_all(&sources.texts, options);
    let model = resolve::resolve(files, &mut errors);
    match model {
        Some(model) if errors.is_empty() => Ok(model),
        _ => Err(InvalidModel::new(
            sources.names.clone(),
            errors,
            options.max_errors,
        )),
    }
}

/// Parses a model held in one string, as an upload or a test gives it.
pub fn parse_model_str(name: &str, text: &str) -> Result<Model, InvalidModel> {
    let sources = ModelSources {
        names: vec![name.to_owned()],
        texts: vec![text.to_owned()],
    };
    parse_model(&sources, &LoadOptions::default())
}
