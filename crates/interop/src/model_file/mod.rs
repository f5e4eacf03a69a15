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
use liaison_locale::Message;
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

/// Resolves a model held in the file format, as the platform keeps it: checks ids and
/// references and turns them into the domain model. Problems carry no file positions.
pub fn resolve_model_file(file: ModelFile, name: &str) -> Result<Model, InvalidModel> {
    let mut errors = Vec::new();
    let parsed = read::ParsedFile {
        file,
        ..Default::default()
    };
    match resolve::resolve(vec![parsed], &mut errors) {
        Some(model) if errors.is_empty() => Ok(model),
        _ => Err(InvalidModel::new(
            vec![name.to_owned()],
            errors,
            LoadOptions::default().max_errors,
        )),
    }
}

/// Parses one item of a section (an organisation, a contact, …) written on its own, as the
/// platform stores and edits items. Problems are explained as for a model file.
pub fn entry_from_yaml<T: serde::de::DeserializeOwned>(
    noun: &str,
    text: &str,
) -> Result<T, InvalidModel> {
    let invalid = |error: ModelError| InvalidModel::new(vec![noun.to_owned()], vec![error], 1);
    let node = marked_yaml::parse_yaml_with_options(
        0,
        text,
        marked_yaml::LoaderOptions::default()
            .error_on_duplicate_keys(true)
            .toplevel_mapping(),
    )
    .map_err(|e| match e {
        marked_yaml::LoadError::TopLevelMustBeMapping(m)
        | marked_yaml::LoadError::TopLevelMustBeSequence(m) => invalid(ModelError::at(
            Position {
                source: 0,
                line: m.line() as u32,
                column: m.column() as u32,
            },
            Message::new("model-item-not-block").with("noun", noun.replace('_', "-")),
        )),
        other => invalid(read::describe_load_error(0, &other)),
    })?;
    marked_yaml::from_node::<T>(&node).map_err(|e| {
        invalid(read::describe_entry_error(
            &noun.replace('_', "-"),
            &node,
            &e,
        ))
    })
}

/// Writes one item on its own, as `entry_from_yaml` reads it.
pub fn entry_to_yaml<T: serde::Serialize>(entry: &T) -> Result<String, serde_saphyr::ser::Error> {
    serde_saphyr::to_string(entry)
}

/// Parses a model held in one string, as an upload or a test gives it.
pub fn parse_model_str(name: &str, text: &str) -> Result<Model, InvalidModel> {
    let sources = ModelSources {
        names: vec![name.to_owned()],
        texts: vec![text.to_owned()],
    };
    parse_model(&sources, &LoadOptions::default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use liaison_domain::testing;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// What is written reads back to the same model, and writing it again gives the same text.
        #[test]
        fn a_written_model_reads_back_unchanged(model in testing::model()) {
            let text = write_yaml(&to_file_format(&model)).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let read = parse_model_str("model.yaml", &text)
                .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
            prop_assert_eq!(&read, &model, "{}", text);
            let again = write_yaml(&to_file_format(&read)).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(again, text);
        }
    }

    #[test]
    fn a_directory_model_reads_back_unchanged() {
        let model =
            liaison_domain::synthetic::national_model(300, 5, time::macros::date!(2026 - 11 - 01));
        let dir = tempfile::tempdir().expect("temporary directory");
        let files = write_directory(&model, dir.path(), 250).expect("written");
        assert!(files > 8, "the lists are split into several files");
        let read = load_model(dir.path(), &LoadOptions::default()).expect("valid");
        assert_eq!(read, model);
    }

    #[test]
    fn who_set_up_a_forum_must_be_an_organisation_of_the_model() {
        let text = "jurisdiction: {name: Testland}\norganisations:\n  - {id: cec, name: CEC, kind: emb}\n  - {id: cert, name: CERT, kind: cert}\n\
             forums:\n  - {id: tf, name: Task force, kind: task_force, members: [cec, cert], set_up_by: cerr}\n";
        let invalid = parse_model_str("m.yaml", text).expect_err("an unknown organisation");
        let lines = invalid.lines().join("\n");
        assert!(
            lines.contains("m.yaml:6:83:") && lines.contains("forum 'tf' was set up by 'cerr'"),
            "{lines}"
        );
        assert!(lines.contains("did you mean 'cert'"), "{lines}");
        let fixed = text.replace("cerr", "cec");
        let model = parse_model_str("m.yaml", &fixed).expect("valid");
        let forum = &model.forums.items()[0];
        let first = model.org_ids().next();
        assert_eq!(forum.set_up_by, first.map(liaison_domain::Knowable::Known));
    }

    #[test]
    fn the_demoland_example_round_trips_through_the_file_format() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/models/demoland");
        let model = load_model(&path, &LoadOptions::default()).expect("Demoland is valid");
        let text = write_yaml(&to_file_format(&model)).expect("written");
        assert_eq!(
            parse_model_str("demoland.yaml", &text).expect("valid"),
            model
        );
    }
}
