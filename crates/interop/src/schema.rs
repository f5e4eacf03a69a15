//! The JSON Schema of model files, generated from the file-format types.

use crate::model_file::ModelFile;

/// The schema as a JSON value (draft 2020-12).
pub fn model_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(ModelFile).to_value();
    remove_null(&mut schema);
    if let Some(object) = schema.as_object_mut() {
        object.insert(
            "$id".into(),
            "https://liaison.example/schema/model.json".into(),
        );
        object.insert(
            "description".into(),
            "A Liaison model of interagency collaboration on election cybersecurity. See docs/MODEL-FORMAT.md.".into(),
        );
    }
    schema
}

/// The format has no null: a key is given or left out, so the `null` that schemars adds to
/// every optional key is taken out again.
fn remove_null(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(object) => {
            if let Some(Value::Array(types)) = object.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let single = types.remove(0);
                    object.insert("type".into(), single);
                }
            }
            if let Some(Value::Array(choices)) = object.get_mut("anyOf") {
                choices.retain(|c| c.get("type").is_none_or(|t| t != "null"));
                if choices.len() == 1 {
                    let single = choices.remove(0);
                    object.remove("anyOf");
                    if let Value::Object(inner) = single {
                        for (key, value) in inner {
                            object.entry(key).or_insert(value);
                        }
                    }
                }
            }
            object.values_mut().for_each(remove_null);
        }
        Value::Array(items) => items.iter_mut().for_each(remove_null),
        _ => {}
    }
}

pub use crate::report::report_schema;
