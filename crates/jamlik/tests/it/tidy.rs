//! Checks on the source itself, run with the tests: no literal text in
//! templates, the OpenAPI snapshot, the matrix covering every route.

use std::collections::BTreeSet;
use std::path::Path;

use utoipa::OpenApi;

/// Strips `{{ … }}`, `{% … %}` and `{# … #}` from a template.
fn without_expressions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let next = rest[start..].chars().nth(1);
        let close = match next {
            Some('{') => "}}",
            Some('%') => "%}",
            Some('#') => "#}",
            _ => {
                out.push_str(&rest[..=start]);
                rest = &rest[start + 1..];
                continue;
            }
        };
        out.push_str(&rest[..start]);
        match rest[start..].find(close) {
            Some(end) => rest = &rest[start + end + 2..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

/// The text a person would read in a template (text between tags, and the
/// attributes a screen reader or browser shows), with expressions removed.
fn visible_literals(template: &str) -> Vec<String> {
    let text = without_expressions(template);
    let mut found = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('<') {
        let between = rest[..open].trim();
        if between.chars().any(char::is_alphabetic) {
            found.push(between.to_owned());
        }
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open..open + close];
        for attribute in ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\""] {
            if let Some(at) = tag.find(attribute) {
                let value = tag[at + attribute.len()..]
                    .split('"')
                    .next()
                    .unwrap_or_default();
                if value.chars().any(char::is_alphabetic) {
                    found.push(format!("{attribute}{value}\""));
                }
            }
        }
        rest = &rest[open + close + 1..];
    }
    if rest.trim().chars().any(char::is_alphabetic) {
        found.push(rest.trim().to_owned());
    }
    found
}

#[test]
fn templates_hold_no_literal_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../jamlik-web/templates");
    let mut problems = Vec::new();
    let mut count = 0;
    for path in files_under(&dir, "html") {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        count += 1;
        for literal in visible_literals(&text) {
            problems.push(format!("{}: {literal:?}", path.display()));
        }
    }
    assert!(count >= 40, "the templates were found: {count}");
    assert!(
        problems.is_empty(),
        "text a person sees must come from the translation files:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_literal_check_catches_literals() {
    assert_eq!(
        visible_literals("<p>{{ page.t(\"x\") }}</p>"),
        Vec::<String>::new()
    );
    assert_eq!(visible_literals("<p>Hello</p>"), vec!["Hello".to_owned()]);
    assert_eq!(
        visible_literals("<button aria-label=\"Close\">{{ x }}</button>"),
        vec!["aria-label=\"Close\"".to_owned()]
    );
    assert_eq!(
        visible_literals("<p>{% if a %}Yes{% endif %}</p>"),
        vec!["Yes".to_owned()]
    );
}

#[test]
fn the_openapi_document_matches_its_snapshot() {
    let document = jamlik_web::ApiDoc::openapi()
        .to_pretty_json()
        .unwrap_or_else(|e| panic!("{e}"));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/openapi.json");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, format!("{document}\n")).unwrap_or_else(|e| panic!("{e}"));
    }
    let snapshot = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        snapshot.trim_end() == document.trim_end(),
        "docs/openapi.json differs from the API: review the change, then run `UPDATE_SNAPSHOTS=1 cargo test -p jamlik --test it tidy` to accept it"
    );
}

#[test]
fn the_matrix_covers_every_route() {
    let registered = crate::matrix::registered_page_routes();
    assert!(registered.len() > 20, "the route table was read");
    let covered: BTreeSet<(String, String)> = crate::matrix::PAGES
        .iter()
        .map(|(m, p, _, _)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    let missing: Vec<_> = registered.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "routes without a row in the authorisation matrix: {missing:?}"
    );
    let openapi = jamlik_web::ApiDoc::openapi();
    let mut api = BTreeSet::new();
    for (path, item) in &openapi.paths.paths {
        for (method, present) in [
            ("GET", item.get.is_some()),
            ("POST", item.post.is_some()),
            ("PATCH", item.patch.is_some()),
            ("DELETE", item.delete.is_some()),
        ] {
            if present {
                api.insert((method.to_owned(), path.clone()));
            }
        }
    }
    let api_covered: BTreeSet<(String, String)> = crate::matrix::API
        .iter()
        .map(|(m, p, _, _)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    let api_missing: Vec<_> = api.difference(&api_covered).collect();
    assert!(
        api_missing.is_empty(),
        "API routes without a row in the matrix: {api_missing:?}"
    );
}

#[test]
fn the_error_table_is_documented() {
    use jamlik_domain::{ErrorCode, Language};
    use jamlik_i18n::{DisplayZone, Translator};
    let english = Translator::new(Language::English, DisplayZone::Helsinki);
    let mut document = String::from(
        "# Errors\n\nEvery error Jämlik reports, from the one table in `crates/jamlik-domain/src/error.rs`. \
         Clients match on the code; the message is translated (Swedish, Finnish, English) by the \
         `Accept-Language` header or the person's setting. API errors have the shape \
         `{\"error\": {\"code\", \"message\", \"request_id\"}}`.\n\nThis file is checked by a test; \
         `UPDATE_SNAPSHOTS=1 cargo test -p jamlik --test it tidy` rewrites it.\n\n\
         | code | HTTP status | message (English) |\n|---|---|---|\n",
    );
    for error in ErrorCode::ALL {
        let message = english.t_args(
            &error.message_key(),
            &[
                ("minutes", "N".to_owned()),
                ("reason", "other".to_owned()),
                ("statuses", jamlik_domain::PlanStatus::wire_names()),
            ],
        );
        document.push_str(&format!(
            "| `{}` | {} | {} |\n",
            error.code(),
            error.http_status(),
            message
        ));
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/errors.md");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &document).unwrap_or_else(|e| panic!("{e}"));
    }
    let snapshot = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(snapshot == document, "docs/errors.md is out of date: run `UPDATE_SNAPSHOTS=1 cargo test -p jamlik --test it tidy`");
}

#[test]
fn every_migration_file_is_applied() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../jamlik-store/migrations");
    let portable = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| {
            name.ends_with(".sql")
                && !name.ends_with(".sqlite.sql")
                && !name.ends_with(".postgres.sql")
        })
        .count();
    assert_eq!(
        portable,
        jamlik_store::known_versions().len(),
        "a migration file is not in the migration list (or the other way round)"
    );
}

/// Every file with this ending below `dir`, at any depth, in name order.
fn files_under(dir: &Path, ending: &str) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == ending) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The web crate's folders that are not capabilities: what every
/// capability shares, and the background work.
const SHARED_FOLDERS: [&str; 2] = ["kit", "jobs"];

/// The capabilities: the web crate's folders but the shared ones.
fn capabilities() -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../jamlik-web/src");
    let mut found: Vec<String> = std::fs::read_dir(&src)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !SHARED_FOLDERS.contains(&name.as_str()))
        .collect();
    found.sort();
    found
}

/// Where a capability's source or templates reach into another
/// capability's folder: `crate::other::` in Rust, `"other/…"` in a
/// template's include or extends.
fn reaches_across(capability: &str, file: &str, text: &str, all: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for other in all.iter().filter(|o| o.as_str() != capability) {
        let rust = format!("crate::{other}::");
        let template = format!("\"{other}/");
        for (number, line) in text.lines().enumerate() {
            if line.contains(&rust) || (line.contains("{%") && line.contains(&template)) {
                found.push(format!("{file}:{}: {}", number + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn no_capability_reaches_into_another() {
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("../jamlik-web");
    let all = capabilities();
    for expected in [
        "planning",
        "analysis",
        "monitoring",
        "national",
        "open_data",
    ] {
        assert!(all.iter().any(|c| c == expected), "{expected} in {all:?}");
    }
    let mut problems = Vec::new();
    for capability in &all {
        for (dir, ending) in [("src", "rs"), ("templates", "html")] {
            for path in files_under(&web.join(dir).join(capability), ending) {
                let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
                let file = path.display().to_string();
                problems.extend(reaches_across(capability, &file, &text, &all));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "a capability uses another's folder; move what both need into the kit:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_reach_check_catches_a_reach() {
    let all = vec!["planning".to_owned(), "monitoring".to_owned()];
    let rust = "use crate::kit::Ctx;\nuse crate::planning::plans::summary;\n";
    assert_eq!(reaches_across("monitoring", "x.rs", rust, &all).len(), 1);
    assert!(reaches_across("planning", "x.rs", rust, &all).is_empty());
    let html = "{% extends \"kit/base.html\" %}\n{% include \"planning/plan_nav.html\" %}\n";
    assert_eq!(reaches_across("monitoring", "x.html", html, &all).len(), 1);
    assert!(reaches_across("planning", "x.html", html, &all).is_empty());
}

/// Which Jämlik crates each crate depends on (not for tests): change this
/// list on purpose when an arrow is added, and the drawing in
/// ARCHITECTURE.md with it.
const CRATE_ARROWS: [(&str, &[&str]); 9] = [
    ("jamlik-domain", &[]),
    ("jamlik-i18n", &["jamlik-domain"]),
    ("jamlik-packs", &["jamlik-domain"]),
    ("jamlik-reports", &["jamlik-domain", "jamlik-i18n"]),
    ("jamlik-stats", &[]),
    ("jamlik-store", &["jamlik-domain", "jamlik-packs"]),
    (
        "jamlik-web",
        &[
            "jamlik-domain",
            "jamlik-i18n",
            "jamlik-packs",
            "jamlik-reports",
            "jamlik-stats",
            "jamlik-store",
        ],
    ),
    (
        "jamlik",
        &[
            "jamlik-domain",
            "jamlik-i18n",
            "jamlik-packs",
            "jamlik-stats",
            "jamlik-store",
            "jamlik-web",
        ],
    ),
    ("xtask", &[]),
];

/// The Jämlik crates in a manifest's `[dependencies]`.
fn jamlik_dependencies(manifest: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_dependencies = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_dependencies = line == "[dependencies]";
            continue;
        }
        if in_dependencies && line.starts_with("jamlik") {
            let name: String = line
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            found.push(name);
        }
    }
    found.sort();
    found
}

#[test]
fn the_crate_arrows_are_the_listed_ones_and_drawn() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let architecture =
        std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap_or_else(|e| panic!("{e}"));
    for (name, expected) in CRATE_ARROWS {
        let folder = if name == "xtask" {
            root.join("xtask")
        } else {
            root.join("crates").join(name)
        };
        let manifest = std::fs::read_to_string(folder.join("Cargo.toml"))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            jamlik_dependencies(&manifest),
            expected.to_vec(),
            "{name}'s arrows changed: edit CRATE_ARROWS and ARCHITECTURE.md on purpose"
        );
        let drawn = format!(
            "`{name}` → {}",
            if expected.is_empty() {
                "nothing".to_owned()
            } else {
                expected
                    .iter()
                    .map(|e| format!("`{e}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
        assert!(
            architecture.contains(&drawn),
            "ARCHITECTURE.md does not list the arrows {drawn}"
        );
    }
    let crates = std::fs::read_dir(root.join("crates"))
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .count();
    assert_eq!(crates + 1, CRATE_ARROWS.len(), "every crate is listed");
}

#[test]
fn the_code_map_names_every_folder_of_the_web_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let architecture =
        std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap_or_else(|e| panic!("{e}"));
    let mut folders = capabilities();
    folders.extend(SHARED_FOLDERS.iter().map(|s| (*s).to_owned()));
    for folder in folders {
        assert!(
            architecture.contains(&format!("`{folder}/`")),
            "ARCHITECTURE.md's code map does not name `{folder}/`"
        );
    }
    for gone in ["`pages/`", "`api_open.rs`", "pages::"] {
        assert!(
            !architecture.contains(gone),
            "ARCHITECTURE.md still names {gone}"
        );
    }
}

/// The entity types and actions the store writes to the audit trail, read
/// from its `AuditEvent::new(org, "entity", id, "action", …)` calls.
fn audited() -> (BTreeSet<String>, BTreeSet<String>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../jamlik-store/src");
    let (mut entities, mut actions) = (BTreeSet::new(), BTreeSet::new());
    let literal = |arg: &str| {
        let arg = arg.trim();
        (arg.len() > 2 && arg.starts_with('"') && arg.ends_with('"'))
            .then(|| arg.trim_matches('"').to_owned())
    };
    for path in files_under(&src, "rs") {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        for call in text.split("AuditEvent::new(").skip(1) {
            // The first four arguments hold no commas of their own.
            let args: Vec<&str> = call.splitn(5, ',').take(4).collect();
            if let Some(entity) = args.get(1).and_then(|a| literal(a)) {
                entities.insert(entity);
            }
            if let Some(action) = args.get(3).and_then(|a| literal(a)) {
                actions.insert(action);
            }
        }
    }
    (entities, actions)
}

#[test]
fn every_audited_entity_and_action_has_a_name_in_every_language() {
    let (entities, actions) = audited();
    assert!(
        entities.contains("plan") && entities.contains("review"),
        "{entities:?}"
    );
    assert!(
        actions.contains("approve") && actions.contains("send"),
        "{actions:?}"
    );
    let mut missing = Vec::new();
    for language in jamlik_domain::Language::ALL {
        let t = jamlik_i18n::Translator::new(language, jamlik_i18n::DisplayZone::Helsinki);
        for key in entities
            .iter()
            .map(|e| format!("audit-entity-{e}"))
            .chain(actions.iter().map(|a| format!("audit-action-{a}")))
        {
            if let Err(why) = t.check(&key) {
                missing.push(why);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "the audit trail would show raw keys:\n{}",
        missing.join("\n")
    );
}
