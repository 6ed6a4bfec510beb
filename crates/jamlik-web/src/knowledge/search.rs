//! `/guide/search?q=`: one search over the guide (frameworks, steps, what
//! each step produces, checklist questions), the handbooks' chapters and the
//! measure catalogue, in the
//! reader's language. Words are compared by their stems, so a word is found
//! in any of its forms, and a stem of four letters or more is also found
//! inside compound words ("kartoitus" in "palkkakartoituksen"). Every word of
//! the query must occur; matches in a title count for more. The texts are
//! the packs', fixed in the binary: the index is built once per language, in
//! memory, and behaves the same whichever database the server runs on.

use std::sync::OnceLock;

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jamlik_domain::{ErrorCode, Language};
use jamlik_i18n::stems;
use serde::Deserialize;

use super::guide::registry;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::views::{render, Layout};

/// The longest query a person may type.
const MAX_QUERY: usize = 100;

/// The most results shown.
const MAX_RESULTS: usize = 50;

/// A page or entry that can be found.
#[derive(Debug)]
struct Doc {
    kind_key: &'static str,
    title: String,
    context: String,
    link: String,
    snippet: String,
    title_stems: Vec<String>,
    body_stems: Vec<String>,
}

fn snippet(text: &str) -> String {
    let mut out: String = text.chars().take(220).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

fn doc(
    language: Language,
    kind_key: &'static str,
    title: &str,
    context: &str,
    link: String,
    body: &[&str],
) -> Doc {
    let text = body.join(" ");
    Doc {
        kind_key,
        title: title.to_owned(),
        context: context.to_owned(),
        link,
        snippet: snippet(body.first().copied().unwrap_or_default()),
        title_stems: stems(title, language),
        body_stems: stems(&text, language),
    }
}

fn build(language: Language) -> Vec<Doc> {
    let Ok(registry) = registry() else {
        return Vec::new();
    };
    let mut docs = Vec::new();
    for pack in registry.packs().iter().filter(|p| !p.steps.is_empty()) {
        let pack_title = pack.title.get(language);
        docs.push(doc(
            language,
            "search-kind-framework",
            pack_title,
            "",
            format!("/guide/{}", pack.id),
            &[pack.description.get(language)],
        ));
        for step in &pack.steps {
            let mut body: Vec<&str> = vec![step.guidance.get(language)];
            for element in pack
                .elements
                .iter()
                .filter(|e| e.step.as_deref() == Some(step.id.as_str()))
            {
                body.push(element.name.get(language));
                body.push(element.guidance.get(language));
                for checklist in pack.checklists_for_element(&element.id) {
                    body.extend(checklist.questions.iter().map(|q| q.text.get(language)));
                }
            }
            for checklist in pack.checklists_for_step(&step.id) {
                body.push(checklist.name.get(language));
                body.extend(checklist.questions.iter().map(|q| q.text.get(language)));
            }
            docs.push(doc(
                language,
                "search-kind-step",
                step.name.get(language),
                pack_title,
                format!("/guide/{}/{}", pack.id, step.id),
                &body,
            ));
        }
    }
    for handbook in registry.handbooks() {
        for chapter in &handbook.chapters {
            let mut body: Vec<&str> = vec![chapter.body.get(language)];
            for action in &chapter.actions {
                body.push(action.service.get(language));
                body.push(action.text.get(language));
            }
            for example in &chapter.examples {
                body.push(example.title.get(language));
                body.push(example.text.get(language));
            }
            docs.push(doc(
                language,
                "search-kind-chapter",
                chapter.title.get(language),
                handbook.title.get(language),
                format!("/handbooks/{}/{}", handbook.id, chapter.id),
                &body,
            ));
        }
    }
    let catalogue = registry.catalogue();
    for measure in &catalogue.measures {
        let category = catalogue
            .category(&measure.category)
            .map(|c| c.name.get(language))
            .unwrap_or_default();
        docs.push(doc(
            language,
            "search-kind-measure",
            measure.title.get(language),
            category,
            format!(
                "/catalogue?category={}#measure-{}",
                measure.category, measure.id
            ),
            &[measure.guidance.get(language)],
        ));
    }
    docs
}

fn index(language: Language) -> &'static [Doc] {
    static INDEX: OnceLock<[Vec<Doc>; 3]> = OnceLock::new();
    let all = INDEX.get_or_init(|| {
        [
            build(Language::Swedish),
            build(Language::Finnish),
            build(Language::English),
        ]
    });
    match language {
        Language::Swedish => &all[0],
        Language::Finnish => &all[1],
        Language::English => &all[2],
    }
}

/// Whether a query stem is found among a text's stems: the same stem; a
/// stem of four letters or more inside a compound; or, for a stem of six
/// letters or more, one that differs only in its last two letters, which
/// the stemmer leaves where a Finnish word alternates in its ending
/// ("palkkakartoitus", "palkkakartoituksen").
fn found(term: &str, stems: &[String]) -> bool {
    let length = term.chars().count();
    stems.iter().any(|s| {
        s == term
            || (length >= 4 && s.contains(term))
            || (length >= 6 && {
                let shared = s
                    .chars()
                    .zip(term.chars())
                    .take_while(|(a, b)| a == b)
                    .count();
                shared + 2 >= length && shared + 2 >= s.chars().count()
            })
    })
}

/// The documents every term is found in, best first, with their scores.
fn matches<'a>(docs: &'a [Doc], terms: &[String]) -> Vec<&'a Doc> {
    let mut scored: Vec<(usize, &Doc)> = docs
        .iter()
        .filter_map(|d| {
            let mut score = 0;
            for term in terms {
                let in_title = found(term, &d.title_stems);
                if !in_title && !found(term, &d.body_stems) {
                    return None;
                }
                score += if in_title { 3 } else { 1 };
            }
            Some((score, d))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.title.cmp(&b.1.title)));
    scored.into_iter().map(|(_, d)| d).collect()
}

/// The search's query.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct SearchQuery {
    #[serde(default)]
    q: String,
}

/// One result as shown.
#[derive(Debug)]
struct Hit {
    kind: String,
    title: String,
    context: String,
    link: String,
    snippet: String,
}

#[derive(Template)]
#[template(path = "knowledge/search.html")]
struct SearchPage {
    page: Layout,
    query: String,
    searched: bool,
    hits: Vec<Hit>,
    total: usize,
    error: Option<String>,
}

/// `/guide/search?q=`.
pub(crate) async fn search(ctx: Ctx, Query(query): Query<SearchQuery>) -> AppResult<Response> {
    let language = ctx.t.language();
    let text = query.q.trim();
    let terms = stems(text, language);
    let error = if text.chars().count() > MAX_QUERY {
        Some(AppError::from(ErrorCode::GuideSearchTooLong))
    } else if !text.is_empty() && terms.is_empty() {
        Some(AppError::from(ErrorCode::GuideSearchEmpty))
    } else {
        None
    };
    let found = if error.is_none() && !terms.is_empty() {
        matches(index(language), &terms)
    } else {
        Vec::new()
    };
    let hits = found
        .iter()
        .take(MAX_RESULTS)
        .map(|d| Hit {
            kind: ctx.t.t(d.kind_key),
            title: d.title.clone(),
            context: d.context.clone(),
            link: d.link.clone(),
            snippet: d.snippet.clone(),
        })
        .collect();
    let status = match &error {
        Some(e) => {
            StatusCode::from_u16(e.code.http_status()).unwrap_or(StatusCode::UNPROCESSABLE_ENTITY)
        }
        None => StatusCode::OK,
    };
    let page = SearchPage {
        page: Layout::new(&ctx, "search-title"),
        query: text.chars().take(MAX_QUERY).collect(),
        searched: !terms.is_empty() && error.is_none(),
        total: found.len(),
        hits,
        error: error.map(|e| crate::kit::form_error(&ctx, &e)),
    };
    Ok((status, render(&page)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(language: Language, query: &str) -> Vec<String> {
        matches(index(language), &stems(query, language))
            .iter()
            .map(|d| d.title.clone())
            .collect()
    }

    #[test]
    fn a_word_is_found_in_its_other_forms_in_each_language() {
        // The step "Palkkakartoituksen tekeminen" is found by the base form.
        let fi = titles(Language::Finnish, "palkkakartoitus");
        assert!(
            fi.iter().any(|t| t == "Palkkakartoituksen tekeminen"),
            "{fi:?}"
        );
        // Inside a compound: "kartoitus" finds the pay survey step.
        let inside = titles(Language::Finnish, "kartoitukset");
        assert!(
            inside.iter().any(|t| t == "Palkkakartoituksen tekeminen"),
            "{inside:?}"
        );
        let sv = titles(Language::Swedish, "lönekartläggningar");
        assert!(sv.iter().any(|t| t == "Gör lönekartläggningen"), "{sv:?}");
        let en = titles(Language::English, "surveys pay");
        assert!(en.iter().any(|t| t == "Carry out the pay survey"), "{en:?}");
    }

    #[test]
    fn every_word_must_be_found_and_titles_come_first() {
        assert!(titles(Language::English, "pay zzzzqqq").is_empty());
        let en = titles(Language::English, "pay survey");
        assert_eq!(
            en.first().map(String::as_str),
            Some("Carry out the pay survey"),
            "{en:?}"
        );
    }
}
