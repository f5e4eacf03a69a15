//! The JSON report: a stable schema for an election commission's own CI. Fields are only ever
//! added; `format` changes if one is ever removed or changes meaning.

use super::RenderError;
use liaison_domain::analysis::{Analysis, Rule, Severity};
use liaison_domain::catalogue::{CatalogueEntry, CollaborationLevel, FocusArea};
use serde::Serialize;

/// The format tag of the JSON report.
pub const REPORT_FORMAT: &str = "liaison-report/1";

#[derive(Serialize)]
struct Report<'a> {
    format: &'static str,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

pub fn to_json(analysis: &Analysis) -> Result<String, RenderError> {
    let mut text = serde_json::to_string_pretty(&Report {
        format: REPORT_FORMAT,
        analysis,
    })?;
    text.push('\n');
    Ok(text)
}

fn ids<T: CatalogueEntry>() -> Vec<&'static str> {
    T::ALL.iter().map(|e| e.id()).collect()
}

/// The JSON Schema of the report (draft 2020-12). Tests check every report against it.
pub fn report_schema() -> serde_json::Value {
    let severities: Vec<&str> = Severity::ALL.iter().map(|s| s.id()).collect();
    let rules: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    let object_types = [
        "jurisdiction",
        "organisation",
        "contact",
        "forum",
        "agreement",
        "asset",
        "activity",
        "election",
        "threat_kind",
        "phase",
        "asset_kind",
        "focus_area",
        "recommendation",
    ];
    let count = serde_json::json!({ "type": ["integer", "null"], "minimum": 0 });
    let evidence = serde_json::json!({
        "type": "object",
        "required": ["text", "objects"],
        "properties": {
            "text": { "type": "string" },
            "objects": { "type": "array", "items": { "$ref": "#/$defs/object" } }
        }
    });
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://liaison.example/schema/report.json",
        "title": "Liaison analysis report",
        "description": "The output of `liaison check --format json`. See docs/ANALYSIS.md.",
        "type": "object",
        "required": ["format", "jurisdiction", "as_of", "summary", "findings", "focus_areas",
                     "approach", "maturity", "critical_infrastructure", "recommendations",
                     "similar_countries"],
        "properties": {
            "format": { "const": REPORT_FORMAT },
            "jurisdiction": { "type": "string" },
            "code": { "type": ["string", "null"] },
            "as_of": { "type": "string", "format": "date" },
            "summary": {
                "type": "object",
                "required": ["organisations", "matrix_cells", "gap_cells", "overlap_cells", "findings"],
                "properties": {
                    "organisations": { "type": "integer", "minimum": 0 },
                    "contacts": count, "forums": count, "agreements": count, "assets": count,
                    "responsibilities": count, "activities": count,
                    "matrix_cells": { "type": "integer", "minimum": 0 },
                    "gap_cells": { "type": "integer", "minimum": 0 },
                    "overlap_cells": { "type": "integer", "minimum": 0 },
                    "findings": {
                        "type": "object",
                        "required": severities,
                        "additionalProperties": { "type": "integer", "minimum": 0 }
                    }
                }
            },
            "findings": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "rule", "severity", "title", "objects", "message", "explanation", "remedy"],
                    "properties": {
                        "id": { "type": "string", "description": "Stable: the rule id, then '/' and a key naming the objects." },
                        "rule": { "enum": rules },
                        "severity": { "enum": severities },
                        "title": { "type": "string" },
                        "objects": { "type": "array", "items": { "$ref": "#/$defs/object" } },
                        "message": { "type": "string" },
                        "explanation": { "type": "string" },
                        "remedy": { "type": "string" }
                    }
                }
            },
            "focus_areas": {
                "type": "array",
                "items": { "enum": ids::<FocusArea>() },
                "uniqueItems": true,
                "description": "The focus areas the model shows in practice, in the publication's order."
            },
            "focus_area_assessments": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["area", "shown", "evidence", "missing"],
                    "properties": {
                        "area": { "enum": ids::<FocusArea>() },
                        "shown": { "type": "boolean" },
                        "evidence": { "type": "array", "items": evidence },
                        "missing": { "type": "array", "items": { "type": "string" } }
                    }
                }
            },
            "approach": { "enum": ["horizontal", "vertical", "mixed", null] },
            "approach_evidence": {
                "type": "object",
                "required": ["horizontal", "vertical", "reason"],
                "properties": {
                    "horizontal": { "type": "array", "items": evidence },
                    "vertical": { "type": "array", "items": evidence },
                    "reason": { "type": "string", "description": "How the signs decide the approach." }
                }
            },
            "maturity": {
                "type": "object",
                "required": ["level", "rung", "next", "missing_for_next"],
                "properties": {
                    "level": { "enum": ids::<CollaborationLevel>() },
                    "rung": { "type": "integer", "minimum": 0, "maximum": 7 },
                    "next": { "enum": ids::<CollaborationLevel>().into_iter().map(Some).chain([None]).collect::<Vec<_>>() },
                    "missing_for_next": { "type": "array", "items": { "type": "string" } },
                    "shown_above": { "type": "array", "items": { "enum": ids::<FocusArea>() } }
                }
            },
            "critical_infrastructure": {
                "type": "object",
                "required": ["status", "readiness", "checks"],
                "properties": {
                    "status": { "type": "string" },
                    "readiness": { "enum": ["ready", "partly", "not_ready", "not_applicable", "unknown"] },
                    "checks": { "type": "array" }
                }
            },
            "recommendations": {
                "type": "array",
                "minItems": 10,
                "maxItems": 10,
                "items": {
                    "type": "object",
                    "required": ["number", "title", "status", "evidence"],
                    "properties": {
                        "number": { "type": "integer", "minimum": 1, "maximum": 10 },
                        "title": { "type": "string" },
                        "status": { "enum": ["met", "partly", "not_met", "unknown"] },
                        "evidence": { "type": "array", "items": { "type": "string" } }
                    }
                }
            },
            "similar_countries": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["code", "name", "score", "shared", "they_have"],
                    "properties": {
                        "code": { "type": "string" },
                        "name": { "type": "string" },
                        "score": { "type": "number", "minimum": 0, "maximum": 1 },
                        "shared": { "type": "array", "items": { "type": "string" } },
                        "they_have": { "type": "array", "items": { "type": "string" } }
                    }
                }
            }
        },
        "$defs": {
            "object": {
                "type": "object",
                "required": ["type", "id"],
                "properties": {
                    "type": { "enum": object_types },
                    "id": { "type": "string" }
                }
            }
        }
    })
}
