//! The reference models of the twenty countries (and the EU) of the publication, built into
//! the binary so that `liaison check` compares with them wherever it runs.

use crate::model_file::{InvalidModel, parse_model_str};
use liaison_domain::model::Model;

macro_rules! references {
    ($($code:literal),+ $(,)?) => {
        /// (code, model file text) for every reference country.
        pub const REFERENCE_FILES: &[(&str, &str)] = &[
            $( ($code, include_str!(concat!("../../../examples/models/reference/", $code, "/model.yaml"))), )+
        ];
    };
}

references!(
    "at", "au", "bg", "ca", "dk", "ee", "eu", "fi", "gb", "ge", "lv", "md", "mx", "nl", "no", "ro",
    "se", "ua", "us", "za",
);

/// Every reference model, parsed.
pub fn reference_models() -> Result<Vec<Model>, (String, InvalidModel)> {
    REFERENCE_FILES
        .iter()
        .map(|(code, text)| {
            let name = format!("examples/models/reference/{code}/model.yaml");
            parse_model_str(&name, text).map_err(|e| (code.to_string(), e))
        })
        .collect()
}
