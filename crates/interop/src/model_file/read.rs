//! Reading model files: from disk (one file or a directory), through YAML, into the file format,
//! collecting every problem instead of stopping at the first.

use super::error::{InvalidModel, ModelError};
use super::format::ModelFile;
use super::values::{self, OrUnknown, Position};
use liaison_domain::suggest;
use liaison_locale::Message;
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
    let fail =
        |message: Message| InvalidModel::new(Vec::new(), vec![ModelError::whole(message)], 1);
    let metadata = std::fs::metadata(path).map_err(|e| {
        fail(
            Message::new("model-cannot-open-path")
                .with("path", path.display().to_string())
                .with("reason", io_reason(&e)),
        )
    })?;
    let files = if metadata.is_dir() {
        let mut files = Vec::new();
        collect_yaml_files(path, 0, options, &mut files).map_err(fail)?;
        files.sort();
        if files.is_empty() {
            return Err(fail(
                Message::new("model-no-files").with("path", path.display().to_string()),
            ));
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
) -> Result<(), Message> {
    const MAX_DEPTH: usize = 16;
    // Directory symlink loops end here rather than in a stack overflow.
    if depth > MAX_DEPTH {
        return Err(Message::new("model-directories-too-deep")
            .with("path", dir.display().to_string())
            .with("max", MAX_DEPTH));
    }
    let cannot_read = |path: &Path, e: &std::io::Error| {
        Message::new("model-cannot-read-path")
            .with("path", path.display().to_string())
            .with("reason", io_reason(e))
    };
    let entries = std::fs::read_dir(dir).map_err(|e| cannot_read(dir, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| cannot_read(dir, &e))?;
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        let metadata = std::fs::metadata(&path).map_err(|e| cannot_read(&path, &e))?;
        if metadata.is_dir() {
            collect_yaml_files(&path, depth + 1, options, files)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            files.push(path);
            if files.len() > options.max_files {
                return Err(Message::new("model-too-many-files").with("max", options.max_files));
            }
        }
    }
    Ok(())
}

fn read_text(path: &Path, options: &LoadOptions, total: &mut u64) -> Result<String, Message> {
    use std::io::Read;
    let file = std::fs::File::open(path)
        .map_err(|e| Message::new("model-cannot-open").with("reason", io_reason(&e)))?;
    // Read one byte past the limit to tell "at the limit" from "over it" without trusting the
    // size the file system reports.
    let mut bytes = Vec::new();
    file.take(options.max_file_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Message::new("model-cannot-read").with("reason", io_reason(&e)))?;
    if bytes.len() as u64 > options.max_file_bytes {
        return Err(
            Message::new("model-file-too-large").with("size", human_bytes(options.max_file_bytes))
        );
    }
    *total += bytes.len() as u64;
    if *total > options.max_total_bytes {
        return Err(
            Message::new("model-too-large").with("size", human_bytes(options.max_total_bytes))
        );
    }
    decode_utf8(bytes)
}

/// UTF-8 text, without a byte-order mark; a clear message with the place of the first bad byte
/// otherwise.
pub(crate) fn decode_utf8(mut bytes: Vec<u8>) -> Result<String, Message> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        Message::new("model-not-utf8")
            .with("byte", format!("0x{:02X}", e.as_bytes()[valid.len()]))
            // Places are not quantities: no grouping of their digits.
            .with("line", line.to_string())
            .with("column", column.to_string())
    })
}

/// Why a file could not be read; the system's own words for the rarer reasons.
fn io_reason(e: &std::io::Error) -> Message {
    match e.kind() {
        std::io::ErrorKind::NotFound => Message::new("model-io-not-found"),
        std::io::ErrorKind::PermissionDenied => Message::new("model-io-permission-denied"),
        _ => Message::as_written(e.to_string()),
    }
}

fn human_bytes(bytes: u64) -> Message {
    let size = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    if bytes >= 1024 * 1024 {
        Message::new("model-size-mib").with("count", size(bytes / (1024 * 1024)))
    } else {
        Message::new("model-size-bytes").with("count", size(bytes))
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
            Message::new("model-nested-too-deep").with("max", options.max_depth),
        ));
        parsed.unreadable = true;
        return (parsed, errors);
    }
    let Some(mapping) = node.as_mapping() else {
        errors.push(ModelError::at(top, top_level_message()));
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
                unknown_key_message(
                    Message::new("model-the-model"),
                    key.as_str(),
                    ModelFile::SECTIONS,
                ),
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

fn top_level_message() -> Message {
    Message::new("model-top-level")
}

/// The word for one item of a section, for messages: `organisation`, `escalation-protocol`.
/// Messages choose their wording by it, so that each language inflects its own nouns.
pub(crate) fn item_noun(section: &str) -> &'static str {
    match section {
        "organisations" => "organisation",
        "contacts" => "contact",
        "forums" => "forum",
        "agreements" => "agreement",
        "assets" => "asset",
        "responsibilities" => "responsibility",
        "activities" => "activity",
        "escalation_protocols" => "escalation-protocol",
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
            Message::new("model-section-not-block").with("section", section),
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
                let key = if may_be_unknown {
                    "model-section-not-list-or-unknown"
                } else {
                    "model-section-not-list-found"
                };
                errors.push(ModelError::at(
                    at,
                    Message::new(key)
                        .with("section", section)
                        .with("found", shorten(other)),
                ));
                None
            }
        };
    }
    let Some(sequence) = node.as_sequence() else {
        errors.push(ModelError::at(
            at,
            Message::new("model-section-not-list").with("section", section),
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
        Some(id) => Message::new("model-item")
            .with("noun", noun)
            .with("id", shorten(id.as_str())),
        None if item.as_mapping().is_none() => {
            return ModelError::at(
                Position::from_span(item.span()),
                Message::new("model-item-not-block").with("noun", noun),
            );
        }
        None => Message::new("model-item-without-id").with("noun", noun),
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
            unknown_key_message(subject, field, expected)
        }
        Error::NotBoolean(_) => Message::new("model-expected-boolean").with("subject", subject),
        Error::IntegerParseFailure(..) | Error::FloatParseFailure(..) => {
            Message::new("model-expected-number").with("subject", subject)
        }
        Error::Other(text, _) => Message::new("model-item-problem")
            .with("subject", subject)
            .with("problem", humanize_serde(text)),
    };
    ModelError::at(at, message)
}

fn unknown_key_message(subject: Message, key: &str, expected: &[&str]) -> Message {
    match suggest::closest(key, expected.iter().copied()) {
        Some(close) => Message::new("model-unknown-key-did-you-mean")
            .with("subject", subject)
            .with("key", key)
            .with("suggestion", close),
        None => Message::new("model-unknown-key")
            .with("subject", subject)
            .with("key", shorten(key))
            .with("keys", expected.join(", ")),
    }
}

/// Serde's messages, in words for people who write YAML rather than Rust; a value type's own
/// message as it sent it.
fn humanize_serde(text: &str) -> Message {
    if let Some(message) = values::unpack_message(text) {
        return message;
    }
    if let Some(field) = text
        .strip_prefix("missing field `")
        .and_then(|t| t.strip_suffix('`'))
    {
        return Message::new("model-missing-key").with("key", field);
    }
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        let (found, wanted) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return Message::new("model-wrong-kind")
            .with("wanted", kind_of_value(wanted))
            .with("found", kind_of_value(found));
    }
    if let Some(rest) = text.strip_prefix("unknown variant `")
        && let Some((given, expected)) = rest.split_once("`, expected ")
    {
        return Message::new("model-not-allowed")
            .with("given", given)
            .with("expected", expected.replace('`', "'"));
    }
    Message::as_written(text.replace('`', "'"))
}

/// A kind of YAML value as serde names it ("sequence", "a string", "struct ForumEntry",
/// `string "x"`), in words for people; "another value" when serde named none.
fn kind_of_value(serde_words: &str) -> Message {
    let w = serde_words;
    let key = if w.is_empty() {
        "model-kind-other"
    } else if w.starts_with("sequence") || w == "a sequence" {
        "model-kind-list"
    } else if w.starts_with("map") || w == "a map" || w.starts_with("struct ") {
        "model-kind-block"
    } else if w == "a string" || w == "a borrowed string" {
        "model-kind-single-value"
    } else if w == "a boolean" {
        "model-kind-boolean"
    } else if ["u8", "u16", "u32", "u64", "i32", "i64"].contains(&w) {
        "model-kind-number"
    } else if let Some(written) = ["string ", "boolean ", "integer ", "floating point "]
        .iter()
        .find_map(|prefix| w.strip_prefix(prefix))
    {
        return Message::new("model-kind-written").with("text", written.replace(['"', '`'], ""));
    } else {
        return Message::as_written(w.replace('"', "'"));
    };
    Message::new(key)
}

pub(crate) fn describe_load_error(source: u32, error: &LoadError) -> ModelError {
    let at = |m: &marked_yaml::Marker| Position {
        source: m.source() as u32,
        line: m.line() as u32,
        column: m.column() as u32,
    };
    match error {
        LoadError::TopLevelMustBeMapping(m) | LoadError::TopLevelMustBeSequence(m) => {
            ModelError::at(at(m), top_level_message())
        }
        LoadError::UnexpectedAnchor(m) => ModelError::at(at(m), Message::new("model-anchors")),
        LoadError::UnexpectedTag(m) => ModelError::at(at(m), Message::new("model-tags")),
        LoadError::MappingKeyMustBeScalar(m) => {
            ModelError::at(at(m), Message::new("model-key-not-a-word"))
        }
        LoadError::ScanError(m, e) => {
            // The scanner's own words are English and technical; people need the place.
            let info = e.info();
            let key = if info.contains("recursion limit") {
                "model-not-yaml-too-nested"
            } else {
                "model-not-yaml"
            };
            ModelError::at(at(m), Message::new(key).with("detail", info))
        }
        LoadError::DuplicateKey(inner) => {
            let first = Position::from_span(inner.prev_key.span());
            ModelError::at(
                Position::from_span(inner.key.span()),
                Message::new("model-duplicate-key")
                    .with("key", shorten(inner.key.as_str()))
                    .with("line", first.line.to_string()),
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
        let err = err.to_string();
        assert!(err.contains("byte 0xFF at line 2, column 5"), "{err}");
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(decode_utf8(b"\xEF\xBB\xBFa: 1".to_vec()).unwrap(), "a: 1");
    }

    #[test]
    fn serde_messages_become_sentences() {
        assert_eq!(
            humanize_serde("missing field `name`").to_string(),
            "the key 'name' is missing"
        );
        assert_eq!(
            humanize_serde("invalid type: sequence, expected a string").to_string(),
            "expected a single value, found a list"
        );
    }
}
