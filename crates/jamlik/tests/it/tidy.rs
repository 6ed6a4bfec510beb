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
    for entry in std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
    {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        count += 1;
        for literal in visible_literals(&text) {
            problems.push(format!(
                "{}: {literal:?}",
                entry.file_name().to_string_lossy()
            ));
        }
    }
    assert!(count >= 10, "the templates were found");
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
            &[("minutes", "N".to_owned()), ("reason", "other".to_owned())],
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
