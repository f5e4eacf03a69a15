//! Reading model files: from disk (one file or a directory), through YAML, into the file format,
//! collecting every problem instead of stopping at the first.

use super::error::{InvalidModel, ModelError};
use super::format::ModelFile;
use super::values::{OrUnknown, Position};
use liaison_domain::suggest;
use marked_yaml::types::MarkedScalarNode;
use marked_yaml::{LoadError, Node};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Limits that keep a hostile or mistaken input from exhausting the machine.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Largest single file, in bytes. Default 32 MiB: large countries split their model into a
    /// directory of files.
    pub max_file_bytes: u64,
    /// Largest model, all files together, in bytes. Default 512 MiB.
    pub max_total_bytes: u64,
    /// Deepest nesting of YAML blocks. Default 32; the format itself needs 5.
    pub max_depth: usize,
    /// Most files in a directory model. Default 10,000.
    pub max_files: usize,
    /// Most problems reported. Default 500.
    pub max_errors: usize,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_bytes: 32 * 1024 * 1024,
            max_total_bytes: 512 * 1024 * 1024,
            max_depth: 32,
            max_files: 10_000,
            max_errors: 500,
        }
    }
}

/// One file of a model, parsed into the file format.
#[derive(Debug, Default)]
pub(crate) struct ParsedFile {
    pub file: ModelFile,
    /// Where each top-level section starts.
    pub sections: Vec<(&'static str, Position)>,
    /// Ids of items that failed to parse, so that references to them are not reported again.
    pub broken_ids: Vec<(&'static str, String)>,
    /// The file could not be read as YAML at all, so what it holds is unknown.
    pub unreadable: bool,
}

/// A model's text as read from disk, before parsing.
#[derive(Debug)]
pub struct ModelSources {
    /// Display names, as the user gave the path.
    pub names: Vec<String>,
    pub texts: Vec<String>,
}

/// Reads a model from a file or a directory of `.yaml`/`.yml` files.
pub fn read_sources(path: &Path, options: &LoadOptions) -> Result<ModelSources, InvalidModel> {
    let fail = |message: String| InvalidModel::new(Vec::new(), vec![ModelError::whole(message)], 1);
    let metadata = std::fs::metadata(path).map_err(|e| {
        fail(format!(
            "cannot open '{}': {}",
            path.display(),
            describe_io_error(&e)
        ))
    })?;
    let files = if metadata.is_dir() {
        let mut files = Vec::new();
        collect_yaml_files(path, 0, options, &mut files).map_err(fail)?;
        files.sort();
        if files.is_empty() {
            return Err(fail(format!(
                "the directory '{}' holds no model files (*.yaml or *.yml)",
                path.display()
            )));
        }
        files
    } else {
        vec![path.to_path_buf()]
    };

    let mut names = Vec::with_capacity(files.len());
    let mut texts = Vec::with_capacity(files.len());
    let mut errors = Vec::new();
    let mut total: u64 = 0;
    for (index, file) in files.iter().enumerate() {
        let name = file.display().to_string();
        names.push(name.clone());
        let at = Position {
            source: index as u32,
            line: 0,
            column: 0,
        };
        match read_text(file, options, &mut total) {
            Ok(text) => texts.push(text),
            Err(message) => {
                errors.push(ModelError::at(at, message));
                texts.push(String::new());
            }
        }
    }
    if errors.is_empty() {
        Ok(ModelSources { names, texts })
    } else {
        Err(InvalidModel::new(names, errors, options.max_errors))
    }
}

fn collect_yaml_files(
    dir: &Path,
    depth: usize,
    options: &LoadOptions,
    files: &mut Vec<PathBuf>,
) -> Result<(), String> {
    // Directory symlink loops end here rather than in a stack overflow.
    if depth > 16 {
        return Err(format!(
            "'{}' is nested more than 16 directories deep",
            dir.display()
        ));
    }
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read '{}': {}", dir.display(), describe_io_error(&e)))?;
    for entry in entries {
        let entry = entry
            .map_err(|e| format!("cannot read '{}': {}", dir.display(), describe_io_error(&e)))?;
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        let metadata = std::fs::metadata(&path).map_err(|e| {
            format!(
                "cannot read '{}': {}",
                path.display(),
                describe_io_error(&e)
            )
        })?;
        if metadata.is_dir() {
            collect_yaml_files(&path, depth + 1, options, files)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            files.push(path);
            if files.len() > options.max_files {
                return Err(format!(
                    "the model has more than {} files; the limit guards against reading the wrong directory",
                    options.max_files
                ));
            }
        }
    }
    Ok(())
}

fn read_text(path: &Path, options: &LoadOptions, total: &mut u64) -> Result<String, String> {
    use std::io::Read;
    let file =
        std::fs::File::open(path).map_err(|e| format!("cannot open: {}", describe_io_error(&e)))?;
    // Read one byte past the limit to tell "at the limit" from "over it" without trusting the
    // size the file system reports.
    let mut bytes = Vec::new();
    file.take(options.max_file_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {}", describe_io_error(&e)))?;
    if bytes.len() as u64 > options.max_file_bytes {
        return Err(format!(
            "the file is larger than {}, the limit for one model file; split a large model into a directory of files (organisations/*.yaml, contacts/*.yaml, …)",
            human_bytes(options.max_file_bytes)
        ));
    }
    *total += bytes.len() as u64;
    if *total > options.max_total_bytes {
        return Err(format!(
            "the model is larger than {} in all",
            human_bytes(options.max_total_bytes)
        ));
    }
    decode_utf8(bytes)
}

/// UTF-8 text, without a byte-order mark; a clear message with the place of the first bad byte
/// otherwise.
pub(crate) fn decode_utf8(mut bytes: Vec<u8>) -> Result<String, String> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&valid[line_start..]).chars().count() + 1;
        format!(
            "the file is not UTF-8 text: byte 0x{:02X} at line {line}, column {column} is not valid UTF-8; save the file as UTF-8",
            e.as_bytes()[valid.len()]
        )
    })
}

fn describe_io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

fn human_bytes(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{} MiB", bytes / (1024 * 1024))
    } else {
        format!("{bytes} bytes")
    }
}

/// Parses every source, on all cores, keeping the results in source order.
pub(crate) fn parse_all(
    texts: &[String],
    options: &LoadOptions,
) -> (Vec<ParsedFile>, Vec<ModelError>) {
    let next = AtomicUsize::new(0);
    type Parsed = (ParsedFile, Vec<ModelError>);
    let results: Mutex<Vec<Option<Parsed>>> = Mutex::new((0..texts.len()).map(|_| None).collect());
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(texts.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            // Deeply nested YAML is dropped recursively; give the worker the main thread's stack.
            let spawned = std::thread::Builder::new()
                .stack_size(16 * 1024 * 1024)
                .spawn_scoped(scope, || {
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(text) = texts.get(index) else { break };
                        let parsed = parse_file(index as u32, text, options);
                        if let Ok(mut slots) = results.lock() {
                            slots[index] = Some(parsed);
                        }
                    }
                });
            if spawned.is_err() {
                // No thread to be had: the files left over are parsed below on this one.
                break;
            }
        }
    });
    let slots = results.into_inner().unwrap_or_default();
    let mut files = Vec::with_capacity(texts.len());
    let mut errors = Vec::new();
    for (index, slot) in slots.into_iter().enumerate() {
        let (file, mut file_errors) =
            slot.unwrap_or_else(|| parse_file(index as u32, &texts[index], options));
        files.push(file);
        errors.append(&mut file_errors);
    }
    (files, errors)
}

/// Parses one file: YAML, then each section and each item on its own, so that one bad item
/// does not hide the problems of the others.
pub(crate) fn parse_file(
    source: u32,
    text: &str,
    options: &LoadOptions,
) -> (ParsedFile, Vec<ModelError>) {
    let mut errors = Vec::new();
    let mut parsed = ParsedFile::default();
    let top = Position {
        source,
        line: 1,
        column: 1,
    };
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return (parsed, errors);
    }
    let loader = marked_yaml::LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .toplevel_mapping();
    let node = match marked_yaml::parse_yaml_with_options(source as usize, text, loader) {
        Ok(node) => node,
        Err(e) => {
            errors.push(describe_load_error(source, &e));
            parsed.unreadable = true;
            return (parsed, errors);
        }
    };
    if let Some(at) = too_deep(&node, options.max_depth) {
        errors.push(ModelError::at(
            at,
            format!(
                "the YAML is nested more than {} levels deep here; a model file never needs that",
                options.max_depth
            ),
        ));
        parsed.unreadable = true;
        return (parsed, errors);
    }
    let Some(mapping) = node.as_mapping() else {
        errors.push(ModelError::at(top, TOP_LEVEL_MESSAGE));
        parsed.unreadable = true;
        return (parsed, errors);
    };
    for (key, value) in mapping.iter() {
        let key_at = Position::from_span(key.span());
        let Some(section) = ModelFile::SECTIONS
            .iter()
            .copied()
            .find(|s| *s == key.as_str())
        else {
            errors.push(ModelError::at(
                key_at,
                unknown_key_message("the model", key.as_str(), ModelFile::SECTIONS),
            ));
            continue;
        };
        parsed.sections.push((section, key_at));
        let file = &mut parsed.file;
        let broken = &mut parsed.broken_ids;
        match section {
            "jurisdiction" => file.jurisdiction = single(section, value, &mut errors),
            "election" => file.election = single(section, value, &mut errors),
            "organisations" => {
                file.organisations = match list(section, value, false, &mut errors, broken) {
                    Some(OrUnknown::Known(items)) => Some(items),
                    _ => None,
                }
            }
            "contacts" => file.contacts = list(section, value, true, &mut errors, broken),
            "forums" => file.forums = list(section, value, true, &mut errors, broken),
            "agreements" => file.agreements = list(section, value, true, &mut errors, broken),
            "assets" => file.assets = list(section, value, true, &mut errors, broken),
            "responsibilities" => {
                file.responsibilities = list(section, value, true, &mut errors, broken)
            }
            "activities" => file.activities = list(section, value, true, &mut errors, broken),
            "escalation_protocols" => {
                file.escalation_protocols = list(section, value, true, &mut errors, broken)
            }
            _ => {}
        }
    }
    (parsed, errors)
}

const TOP_LEVEL_MESSAGE: &str = "a model file must be a set of sections such as 'jurisdiction:', 'organisations:' and 'forums:', each starting at the beginning of a line";

/// The word for one item of a section, for messages.
pub(crate) fn item_noun(section: &str) -> &'static str {
    match section {
        "organisations" => "organisation",
        "contacts" => "contact",
        "forums" => "forum",
        "agreements" => "agreement",
        "assets" => "asset",
        "responsibilities" => "responsibility",
        "activities" => "activity",
        "escalation_protocols" => "escalation protocol",
        "jurisdiction" => "jurisdiction",
        "election" => "election",
        _ => "item",
    }
}

fn single<T: DeserializeOwned>(
    section: &'static str,
    node: &Node,
    errors: &mut Vec<ModelError>,
) -> Option<T> {
    if node.as_mapping().is_none() {
        errors.push(ModelError::at(
            Position::from_span(node.span()),
            format!("'{section}' must be a block of keys such as 'name:'"),
        ));
        return None;
    }
    match marked_yaml::from_node::<T>(node) {
        Ok(value) => Some(value),
        Err(e) => {
            errors.push(describe_item_error(section, node, &e));
            None
        }
    }
}

fn list<T: DeserializeOwned>(
    section: &'static str,
    node: &Node,
    may_be_unknown: bool,
    errors: &mut Vec<ModelError>,
    broken: &mut Vec<(&'static str, String)>,
) -> Option<OrUnknown<Vec<T>>> {
    let at = Position::from_span(node.span());
    if let Some(scalar) = node.as_scalar() {
        return match scalar.as_str() {
            "" => Some(OrUnknown::Known(Vec::new())),
            "unknown" if may_be_unknown => Some(OrUnknown::Unknown),
            other => {
                let allowed = if may_be_unknown {
                    " or the word 'unknown'"
                } else {
                    ""
                };
                errors.push(ModelError::at(
                    at,
                    format!(
                        "'{section}' must be a list of items, each starting with '- '{allowed}; found '{}'",
                        shorten(other)
                    ),
                ));
                None
            }
        };
    }
    let Some(sequence) = node.as_sequence() else {
        errors.push(ModelError::at(
            at,
            format!("'{section}' must be a list of items, each starting with '- '"),
        ));
        return None;
    };
    let mut items = Vec::with_capacity(sequence.len());
    for item in sequence.iter() {
        match marked_yaml::from_node::<T>(item) {
            Ok(value) => items.push(value),
            Err(e) => {
                errors.push(describe_item_error(section, item, &e));
                if let Some(id) = item.as_mapping().and_then(|m| m.get_scalar("id")) {
                    broken.push((section, id.as_str().to_owned()));
                }
            }
        }
    }
    Some(OrUnknown::Known(items))
}

/// What names an item in messages: its id, or for a responsibility row its organisation.
fn item_id(item: &Node) -> Option<&MarkedScalarNode> {
    let mapping = item.as_mapping()?;
    mapping
        .get_scalar("id")
        .or_else(|| mapping.get_scalar("organisation"))
}

fn describe_item_error(
    section: &str,
    item: &Node,
    error: &marked_yaml::FromNodeError,
) -> ModelError {
    describe_entry_error(item_noun(section), item, error)
}

/// An item that does not fit its type, in words.
pub(crate) fn describe_entry_error(
    noun: &str,
    item: &Node,
    error: &marked_yaml::FromNodeError,
) -> ModelError {
    use marked_yaml::spanned_serde::Error;
    let subject = match item_id(item) {
        Some(id) => format!("{noun} '{}'", shorten(id.as_str())),
        None if item.as_mapping().is_none() => {
            return ModelError::at(
                Position::from_span(item.span()),
                format!("each {noun} must be a block of keys such as 'id:' and 'name:'"),
            );
        }
        None => noun.to_owned(),
    };
    let at = error
        .start_mark()
        .map(|m| Position {
            source: m.source() as u32,
            line: m.line() as u32,
            column: m.column() as u32,
        })
        .unwrap_or_else(|| Position::from_span(item.span()));
    let message = match &**error {
        Error::UnknownFieldError(field, expected, _) => {
            unknown_key_message(&subject, field, expected)
        }
        Error::NotBoolean(_) => format!("{subject}: expected true or false here"),
        Error::IntegerParseFailure(..) | Error::FloatParseFailure(..) => {
            format!("{subject}: expected a number here")
        }
        Error::Other(text, _) => format!("{subject}: {}", humanize_serde(text)),
    };
    ModelError::at(at, message)
}

fn unknown_key_message(subject: &str, key: &str, expected: &[&str]) -> String {
    match suggest::closest(key, expected.iter().copied()) {
        Some(close) => format!("{subject} has an unknown key '{key}'; did you mean '{close}'?"),
        None => format!(
            "{subject} has an unknown key '{}'; the keys are: {}",
            shorten(key),
            expected.join(", ")
        ),
    }
}

/// Serde's messages, in words for people who write YAML rather than Rust.
fn humanize_serde(text: &str) -> String {
    if let Some(field) = text
        .strip_prefix("missing field `")
        .and_then(|t| t.strip_suffix('`'))
    {
        return format!("the key '{field}' is missing");
    }
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        let (found, wanted) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another value"));
        let found = match found {
            f if f.starts_with("sequence") => "a list".to_owned(),
            f if f.starts_with("map") => "a block of keys".to_owned(),
            f => f.replace('"', "'"),
        };
        let wanted = wanted
            .replace("a sequence", "a list")
            .replace("struct ", "a block of keys for ")
            .replace("a string", "a single value");
        return format!("expected {wanted}, found {found}");
    }
    if let Some(rest) = text.strip_prefix("unknown variant `")
        && let Some((given, expected)) = rest.split_once("`, expected ")
    {
        return format!(
            "'{given}' is not allowed here; expected {}",
            expected.replace('`', "'")
        );
    }
    text.replace('`', "'")
}

pub(crate) fn describe_load_error(source: u32, error: &LoadError) -> ModelError {
    let at = |m: &marked_yaml::Marker| Position {
        source: m.source() as u32,
        line: m.line() as u32,
        column: m.column() as u32,
    };
    match error {
        LoadError::TopLevelMustBeMapping(m) | LoadError::TopLevelMustBeSequence(m) => {
            ModelError::at(at(m), TOP_LEVEL_MESSAGE)
        }
        LoadError::UnexpectedAnchor(m) => ModelError::at(
            at(m),
            "anchors and aliases (&name, *name) are not allowed in model files; write the value out in full",
        ),
        LoadError::UnexpectedTag(m) => ModelError::at(
            at(m),
            "YAML tags such as '!tag' are not allowed in model files",
        ),
        LoadError::MappingKeyMustBeScalar(m) => ModelError::at(
            at(m),
            "a key must be a plain word such as 'name', not a list or a block",
        ),
        LoadError::ScanError(m, e) => {
            let info = e.info();
            let hint = if info.contains("recursion limit") {
                "; the brackets are nested far too deeply".to_owned()
            } else {
                String::new()
            };
            ModelError::at(at(m), format!("this is not valid YAML: {info}{hint}"))
        }
        LoadError::DuplicateKey(inner) => {
            let first = Position::from_span(inner.prev_key.span());
            ModelError::at(
                Position::from_span(inner.key.span()),
                format!(
                    "the key '{}' appears twice in the same block (first on line {}); keep one",
                    shorten(inner.key.as_str()),
                    first.line
                ),
            )
        }
    }
    .with_source(source)
}

impl ModelError {
    fn with_source(mut self, source: u32) -> Self {
        if let Some(at) = &mut self.at {
            at.source = source;
        }
        self
    }
}

/// The first node nested deeper than `limit`, found without recursion.
fn too_deep(node: &Node, limit: usize) -> Option<Position> {
    let mut stack: Vec<(&Node, usize)> = vec![(node, 0)];
    while let Some((node, depth)) = stack.pop() {
        if depth > limit {
            return Some(Position::from_span(node.span()));
        }
        match node {
            Node::Scalar(_) => {}
            Node::Sequence(items) => stack.extend(items.iter().map(|n| (n, depth + 1))),
            Node::Mapping(map) => stack.extend(map.values().map(|n| (n, depth + 1))),
        }
    }
    None
}

/// A value short enough to quote in a message.
pub(crate) fn shorten(text: &str) -> String {
    const LIMIT: usize = 60;
    if text.chars().count() <= LIMIT {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(LIMIT).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_located() {
        let err = decode_utf8(b"a: 1\nbb: \xff\n".to_vec()).unwrap_err();
        assert!(err.contains("byte 0xFF at line 2, column 5"), "{err}");
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(decode_utf8(b"\xEF\xBB\xBFa: 1".to_vec()).unwrap(), "a: 1");
    }

    #[test]
    fn serde_messages_become_sentences() {
        assert_eq!(
            humanize_serde("missing field `name`"),
            "the key 'name' is missing"
        );
        assert_eq!(
            humanize_serde("invalid type: sequence, expected a string"),
            "expected a single value, found a list"
        );
    }
}
