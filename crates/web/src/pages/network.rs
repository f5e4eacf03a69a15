//! The agency network: organisations linked by the hierarchy, the forums they sit in and the
//! agreements they are party to (the graph the analysis walks to find offices cut off), with
//! what the matrix makes them answer for. Drawn by cytoscape.js in columns by kind (election
//! administration, forums and agreements, other state bodies and non-state partners), with the
//! analysis's findings marked; the same graph is listed as text for readers without scripts.

use super::html;
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentUser;
use crate::views::Chrome;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use liaison_domain::Knowable;
use liaison_domain::analysis::{Analysis, Rule};
use liaison_domain::catalogue::{CatalogueEntry, OrganisationKind, RaciRole, Sector, ThreatKind};
use liaison_domain::model::{Model, OrgId};
use liaison_locale::Locale;
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/network", get(page))
        .route("/network.json", get(data))
}

/// The filters: an organisation kind, a forum, a threat (ids; empty for any).
#[derive(Debug, Default, Deserialize)]
struct NetworkQuery {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    forum: String,
    #[serde(default)]
    threat: String,
}

/// The filters, checked.
struct Filter {
    kind: Option<OrganisationKind>,
    forum: Option<usize>,
    threat: Option<ThreatKind>,
}

impl NetworkQuery {
    fn filter(&self, model: &Model) -> Result<Filter, String> {
        let kind = self.kind.trim();
        let forum = self.forum.trim();
        let threat = self.threat.trim();
        Ok(Filter {
            kind: (!kind.is_empty())
                .then(|| OrganisationKind::parse_id(kind).map_err(|e| e.to_string()))
                .transpose()?,
            forum: (!forum.is_empty())
                .then(|| {
                    model
                        .forums
                        .items()
                        .iter()
                        .position(|f| f.key == forum)
                        .ok_or_else(|| "forum: there is no such forum".to_owned())
                })
                .transpose()?,
            threat: (!threat.is_empty())
                .then(|| ThreatKind::parse_id(threat).map_err(|e| e.to_string()))
                .transpose()?,
        })
    }

    fn string(&self) -> String {
        serde_urlencoded::to_string([
            ("kind", self.kind.trim()),
            ("forum", self.forum.trim()),
            ("threat", self.threat.trim()),
        ])
        .unwrap_or_default()
    }
}

/// Something linked, by name.
struct Link {
    name: String,
    href: String,
}

/// An organisation of the graph, as the text list and the drawing show it.
struct OrgNode {
    id: OrgId,
    key: String,
    name: String,
    kind: String,
    /// 0: election administration, 1: other state bodies, 2: non-state partners.
    group: u8,
    depth: u32,
    parent: Option<Link>,
    forums: Vec<Link>,
    agreements: Vec<Link>,
    /// The threat filtered on: the organisation's role for it.
    role: Option<&'static str>,
    cut_off: bool,
    findings: usize,
}

/// The graph after the filters.
struct Graph {
    orgs: Vec<OrgNode>,
    forums: Vec<(String, String, Vec<OrgId>)>,
    agreements: Vec<(String, String, Vec<OrgId>)>,
    threat: Option<ThreatKind>,
}

fn depth(model: &Model, id: OrgId) -> u32 {
    let mut depth = 0;
    let mut at = model.organisation(id).parent;
    while let Some(parent) = at {
        depth += 1;
        if depth > 8 {
            break;
        }
        at = model.organisation(parent).parent;
    }
    depth
}

/// The roles the matrix gives an organisation for a threat: accountable before responsible.
fn threat_role(model: &Model, org: OrgId, threat: ThreatKind) -> Option<&'static str> {
    let rows = match &model.responsibilities {
        Knowable::Known(rows) => rows.as_slice(),
        Knowable::Unknown => &[],
    };
    let has = |role: RaciRole| {
        rows.iter()
            .any(|r| r.organisation == org && r.role == role && r.threats.contains(threat))
    };
    if has(RaciRole::Accountable) {
        Some("accountable")
    } else if has(RaciRole::Responsible) {
        Some("responsible")
    } else {
        None
    }
}

fn graph(model: &Model, analysis: &Analysis, filter: &Filter, locale: Locale) -> Graph {
    let forums = model.forums.items();
    let agreements = model.agreements.items();
    let mut cut_off = BTreeMap::new();
    let mut findings: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &analysis.findings {
        if let Some(first) = f.objects.first()
            && first.kind == liaison_domain::analysis::ObjectKind::Organisation
        {
            *findings.entry(first.id.as_str()).or_default() += 1;
            if f.rule == Rule::LocalOfficeIsolated.id() {
                cut_off.insert(first.id.as_str(), true);
            }
        }
    }
    let in_forum = |org: OrgId, index: usize| {
        let forum = &forums[index];
        forum.members.contains(&org) || matches!(forum.chair, Some(Knowable::Known(c)) if c == org)
    };
    let mut orgs = Vec::new();
    for id in model.org_ids() {
        let org = model.organisation(id);
        if filter.kind.is_some_and(|k| k != org.kind)
            || filter.forum.is_some_and(|f| !in_forum(id, f))
        {
            continue;
        }
        let role = filter.threat.and_then(|t| threat_role(model, id, t));
        if filter.threat.is_some() && role.is_none() {
            continue;
        }
        let group = match (org.kind, org.sector) {
            (OrganisationKind::Emb | OrganisationKind::ElectionOffice, _) => 0,
            (_, Sector::State) => 1,
            _ => 2,
        };
        orgs.push(OrgNode {
            id,
            key: org.key.clone(),
            name: org.name.clone(),
            kind: locale.label(org.kind),
            group,
            depth: depth(model, id),
            parent: org.parent.map(|p| Link {
                name: model.organisation(p).name.clone(),
                href: format!("/organisations/{}", model.key(p)),
            }),
            forums: (0..forums.len())
                .filter(|&i| in_forum(id, i))
                .map(|i| Link {
                    name: forums[i].name.clone(),
                    href: format!("/forums/{}", forums[i].key),
                })
                .collect(),
            agreements: agreements
                .iter()
                .filter(|a| a.parties.contains(&id))
                .map(|a| Link {
                    name: a.title.clone(),
                    href: format!("/agreements/{}", a.key),
                })
                .collect(),
            role,
            cut_off: cut_off.contains_key(org.key.as_str()),
            findings: findings.get(org.key.as_str()).copied().unwrap_or(0),
        });
    }
    // Election administration as a tree: each office under its parent.
    let position: BTreeMap<OrgId, usize> = model.org_ids().map(|id| (id, id.index())).collect();
    let tree_key = |node: &OrgNode| {
        let mut chain = vec![position[&node.id]];
        let mut at = model.organisation(node.id).parent;
        while let Some(p) = at {
            if chain.len() > 8 {
                break;
            }
            chain.push(position[&p]);
            at = model.organisation(p).parent;
        }
        chain.reverse();
        // Offices with no parent at all (cut off from the hierarchy) come last.
        (
            node.depth == 0 && model.organisation(node.id).kind != OrganisationKind::Emb,
            chain,
        )
    };
    orgs.sort_by(|a, b| {
        a.group.cmp(&b.group).then_with(|| {
            if a.group == 0 {
                tree_key(a).cmp(&tree_key(b))
            } else {
                a.kind.cmp(&b.kind).then(a.name.cmp(&b.name))
            }
        })
    });
    let shown: Vec<OrgId> = orgs.iter().map(|o| o.id).collect();
    let forums_shown = forums
        .iter()
        .enumerate()
        .filter(|(i, _)| filter.forum.is_none_or(|f| f == *i))
        .map(|(i, f)| {
            let members: Vec<OrgId> = shown.iter().copied().filter(|&o| in_forum(o, i)).collect();
            (f.key.clone(), f.name.clone(), members)
        })
        .filter(|(_, _, members)| !members.is_empty())
        .collect();
    let agreements_shown = agreements
        .iter()
        .map(|a| {
            let parties: Vec<OrgId> = shown
                .iter()
                .copied()
                .filter(|o| a.parties.contains(o))
                .collect();
            (a.key.clone(), a.title.clone(), parties)
        })
        .filter(|(_, _, parties)| !parties.is_empty())
        .collect();
    Graph {
        orgs,
        forums: forums_shown,
        agreements: agreements_shown,
        threat: filter.threat,
    }
}

/// Distance between rows and columns of the drawing, in the drawing's pixels at zoom 1.
const ROW: f64 = 38.0;
const INDENT: f64 = 36.0;
const COLUMNS: [f64; 3] = [0.0, 450.0, 850.0];

/// The graph as cytoscape elements, each node placed in its column.
fn elements(model: &Model, graph: &Graph, locale: Locale) -> Vec<Value> {
    let mut elements = Vec::new();
    let admin: Vec<&OrgNode> = graph.orgs.iter().filter(|o| o.group == 0).collect();
    let others: Vec<&OrgNode> = graph.orgs.iter().filter(|o| o.group != 0).collect();
    let middle = graph.forums.len() + graph.agreements.len() + usize::from(graph.threat.is_some());
    let rows = admin.len().max(others.len()).max(middle).max(1) as f64;
    let spread = |count: usize, i: usize| {
        if count <= 1 {
            0.0
        } else {
            (rows - 1.0) * ROW * i as f64 / (count - 1) as f64
        }
    };
    let org_json = |o: &OrgNode, x: f64, y: f64| {
        json!({"data": {"id": format!("o:{}", o.key), "label": if o.cut_off { format!("⚠ {} (cut off)", o.name) } else { o.name.clone() },
                "type": "organisation", "kind": o.kind, "href": format!("/organisations/{}", o.key),
                "cut_off": o.cut_off, "findings": o.findings},
               "position": {"x": x, "y": y},
               "classes": if o.cut_off { "cut-off" } else if o.findings > 0 { "findings" } else { "" }})
    };
    for (i, o) in admin.iter().enumerate() {
        elements.push(org_json(
            o,
            COLUMNS[0] + INDENT * f64::from(o.depth.min(3)),
            spread(admin.len(), i),
        ));
    }
    for (i, o) in others.iter().enumerate() {
        elements.push(org_json(o, COLUMNS[2], spread(others.len(), i)));
    }
    let mut row = 0;
    if let Some(threat) = graph.threat {
        let id = format!("t:{}", threat.id());
        elements.push(json!({"data": {"id": id, "label": locale.label(threat), "type": "threat", "href": format!("/matrix#threat-{}", threat.id())},
                             "position": {"x": COLUMNS[1], "y": spread(middle, row)}}));
        row += 1;
        for o in &graph.orgs {
            if let Some(role) = o.role {
                elements.push(
                    json!({"data": {"source": format!("o:{}", o.key), "target": id, "type": role}}),
                );
            }
        }
    }
    for (key, name, members) in &graph.forums {
        let id = format!("f:{key}");
        elements.push(json!({"data": {"id": id, "label": name, "type": "forum", "href": format!("/forums/{key}")},
                             "position": {"x": COLUMNS[1], "y": spread(middle, row)}}));
        row += 1;
        for m in members {
            elements.push(json!({"data": {"source": format!("o:{}", model.key(*m)), "target": id, "type": "member"}}));
        }
    }
    for (key, title, parties) in &graph.agreements {
        let id = format!("a:{key}");
        elements.push(json!({"data": {"id": id, "label": title, "type": "agreement", "href": format!("/agreements/{key}")},
                             "position": {"x": COLUMNS[1], "y": spread(middle, row)}}));
        row += 1;
        for p in parties {
            elements.push(json!({"data": {"source": format!("o:{}", model.key(*p)), "target": id, "type": "party"}}));
        }
    }
    let shown: Vec<OrgId> = graph.orgs.iter().map(|o| o.id).collect();
    for o in &graph.orgs {
        if let Some(parent) = model.organisation(o.id).parent
            && shown.contains(&parent)
        {
            elements.push(json!({"data": {"source": format!("o:{}", o.key), "target": format!("o:{}", model.key(parent)), "type": "parent"}}));
        }
    }
    elements
}

#[derive(Template)]
#[template(path = "network.html")]
struct NetworkPage {
    chrome: Chrome,
    orgs: Vec<OrgNode>,
    forums: Vec<Link>,
    agreements: usize,
    kinds: Vec<(&'static str, String, bool)>,
    forum_choices: Vec<(String, String, bool)>,
    threats: Vec<(&'static str, String, bool)>,
    threat: Option<String>,
    query: String,
    filtered: bool,
    error: Option<String>,
}

impl NetworkPage {
    fn cut_off(&self) -> Vec<&OrgNode> {
        self.orgs.iter().filter(|o| o.cut_off).collect()
    }
    fn with_findings(&self) -> Vec<&OrgNode> {
        let mut orgs: Vec<&OrgNode> = self.orgs.iter().filter(|o| o.findings > 0).collect();
        orgs.sort_by(|a, b| b.findings.cmp(&a.findings).then(a.name.cmp(&b.name)));
        orgs
    }
}

async fn page(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<NetworkQuery>,
) -> Result<Response, PageError> {
    let (model, analysis) = super::analysis::analysed(&state, &user).await?;
    let (filter, error, query) = match query.filter(&model) {
        Ok(filter) => (filter, None, query),
        Err(e) => (
            Filter {
                kind: None,
                forum: None,
                threat: None,
            },
            Some(e),
            NetworkQuery::default(),
        ),
    };
    let g = graph(&model, &analysis, &filter, user.locale);
    let mut kinds: Vec<OrganisationKind> = model.organisations.iter().map(|o| o.kind).collect();
    kinds.sort_by_key(|k| k.label());
    kinds.dedup();
    Ok(html(NetworkPage {
        chrome: Chrome::of(&user, "network"),
        forums: g
            .forums
            .iter()
            .map(|(key, name, _)| Link {
                name: name.clone(),
                href: format!("/forums/{key}"),
            })
            .collect(),
        agreements: g.agreements.len(),
        kinds: kinds
            .iter()
            .map(|k| (k.id(), user.locale.label(*k), filter.kind == Some(*k)))
            .collect(),
        forum_choices: model
            .forums
            .items()
            .iter()
            .enumerate()
            .map(|(i, f)| (f.key.clone(), f.name.clone(), filter.forum == Some(i)))
            .collect(),
        threats: ThreatKind::ALL
            .iter()
            .map(|t| (t.id(), user.locale.label(*t), filter.threat == Some(*t)))
            .collect(),
        threat: filter.threat.map(|t| user.locale.label_in_sentence(t)),
        filtered: filter.kind.is_some() || filter.forum.is_some() || filter.threat.is_some(),
        query: query.string(),
        orgs: g.orgs,
        error,
    })?
    .into_response())
}

/// The graph as cytoscape elements, filtered as the page is.
async fn data(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<NetworkQuery>,
) -> Result<Response, PageError> {
    let (model, analysis) = super::analysis::analysed(&state, &user).await?;
    let filter = query.filter(&model).map_err(PageError::BadRequest)?;
    let g = graph(&model, &analysis, &filter, user.locale);
    Ok(Json(json!({"elements": elements(&model, &g, user.locale)})).into_response())
}
