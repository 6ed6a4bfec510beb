//! A plan's texts in the organisation's other working language: the page
//! where they are written (`/orgs/{org}/plans/{plan}/translations`: each
//! text in the first language beside its translation, the missing ones
//! marked and counted), and [`localise`], which the public page and the
//! exports use to show a version in the reader's language, saying which
//! language the texts without a translation are in.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use jamlik_domain::{Capability, ErrorCode, Language, TextField};
use jamlik_store::{PlanSnapshot, Translation};
use serde::Deserialize;

use crate::kit::authorise;
use crate::kit::completeness::plan_path;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::CsrfForm;
use crate::kit::views::{render, Layout};
use crate::AppState;

/// How much of a version a reader sees in another language than theirs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LanguageNote {
    /// The language the texts are written in.
    pub original: Language,
    /// The texts with no translation into the reader's language.
    pub missing: usize,
    /// The texts in all.
    pub total: usize,
}

impl LanguageNote {
    /// The sentence a page or an export shows.
    pub(crate) fn sentence(&self, t: &jamlik_i18n::Translator) -> String {
        let original = t.t(&format!("language-{}", self.original.as_str()));
        if self.missing >= self.total {
            t.t_args("translation-only-in", &[("value", original)])
        } else {
            t.t_args(
                "translation-partly",
                &[
                    ("value", original),
                    ("count", t.number(self.missing as i64)),
                    ("pages", t.number(self.total as i64)),
                ],
            )
        }
    }
}

/// The version's texts in `reader`'s language where it has them: a copy of
/// the snapshot with each translated text replaced, and a note when some or
/// all texts are left in the language they were written in (none when the
/// reader reads that language).
pub(crate) fn localise(
    snapshot: &PlanSnapshot,
    working: &[Language],
    reader: Language,
) -> (PlanSnapshot, Option<LanguageNote>) {
    let original = working.first().copied().unwrap_or(Language::Finnish);
    let mut copy = snapshot.clone();
    if reader == original {
        return (copy, None);
    }
    let found: HashMap<(TextField, &str), &str> = snapshot
        .translations
        .iter()
        .filter(|t| t.language == reader)
        .map(|t| ((t.field, t.entity_id.as_str()), t.body.as_str()))
        .collect();
    let mut total = 0;
    let mut missing = 0;
    let mut pick = |field: TextField, id: &str, text: &mut String| {
        if text.trim().is_empty() {
            return;
        }
        total += 1;
        match found.get(&(field, id)) {
            Some(translated) => *text = (*translated).to_owned(),
            None => missing += 1,
        }
    };
    let plan_id = copy.plan.id.clone();
    pick(TextField::PlanTitle, &plan_id, &mut copy.plan.title);
    for s in &mut copy.services {
        pick(TextField::ServiceName, &s.id, &mut s.name);
        pick(TextField::ServiceUnit, &s.id, &mut s.unit);
        pick(TextField::ServiceDescription, &s.id, &mut s.description);
    }
    for f in &mut copy.findings {
        pick(TextField::FindingDescription, &f.id, &mut f.description);
        pick(TextField::FindingAffected, &f.id, &mut f.affected);
    }
    for m in &mut copy.measures {
        pick(TextField::MeasureTitle, &m.id, &mut m.title);
        pick(TextField::MeasureGoal, &m.id, &mut m.goal);
        pick(TextField::MeasureUnit, &m.id, &mut m.owner_unit);
    }
    for c in &mut copy.consultations {
        pick(TextField::ConsultationSummary, &c.id, &mut c.summary);
    }
    for s in &mut copy.sections {
        let id = format!("{}/{}", s.framework, s.element);
        pick(TextField::SectionBody, &id, &mut s.body);
    }
    let note = (missing > 0).then_some(LanguageNote {
        original,
        missing,
        total,
    });
    (copy, note)
}

/// One text to translate.
#[derive(Debug)]
struct Item {
    /// The form field: `t:{field}:{entity}`.
    name: String,
    dom_id: String,
    /// What the text is ("Measure title"), and of what.
    label: String,
    original: String,
    translation: String,
    missing: bool,
    long: bool,
}

#[derive(Template)]
#[template(path = "planning/translations.html")]
struct TranslationsPage {
    page: Layout,
    plan_title: String,
    plan_path: String,
    action: String,
    original_lang: &'static str,
    target_lang: &'static str,
    target_name: String,
    original_name: String,
    items: Vec<Item>,
    missing: usize,
    can_edit: bool,
    error: Option<String>,
    single_language: bool,
    settings_path: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct LangQuery {
    lang: Option<String>,
}

/// The texts of the plan as they stand, with their translations into
/// `target`, in the order the plan shows them.
async fn items(
    state: &AppState,
    ctx: &Ctx,
    org: &jamlik_domain::OrgId,
    plan: &jamlik_store::Plan,
    target: Language,
    sent: Option<&[(String, String)]>,
) -> AppResult<Vec<Item>> {
    let store = state.store();
    let translations: Vec<Translation> = store.plan_translations(org, &plan.id).await?;
    let existing: HashMap<(TextField, &str), &str> = translations
        .iter()
        .filter(|t| t.language == target)
        .map(|t| ((t.field, t.entity_id.as_str()), t.body.as_str()))
        .collect();
    let t = &ctx.t;
    let mut out = Vec::new();
    let mut add = |field: TextField, id: &str, of: &str, original: &str| {
        if original.trim().is_empty() {
            return;
        }
        let name = format!("t:{}:{id}", field.as_str());
        let stored = existing.get(&(field, id)).copied().unwrap_or("");
        let shown = sent
            .and_then(|form| form.iter().find(|(k, _)| *k == name))
            .map_or(stored, |(_, v)| v.as_str());
        let what = t.t(&format!("translation-field-{}", field.as_str()));
        out.push(Item {
            dom_id: format!("tr-{}", out.len() + 1),
            // What the text is, and whose ("Responsible unit — “Bilingual
            // letters”"), so a unit is not read as the measure's name.
            label: if of.is_empty() {
                what
            } else {
                format!("{what} — “{of}”")
            },
            original: original.to_owned(),
            translation: shown.to_owned(),
            missing: stored.trim().is_empty(),
            long: matches!(
                field,
                TextField::SectionBody
                    | TextField::ConsultationSummary
                    | TextField::FindingDescription
                    | TextField::MeasureGoal
                    | TextField::ServiceDescription
            ),
            name,
        });
    };
    add(TextField::PlanTitle, &plan.id, "", &plan.title);
    let (_, sections) = store.plan_texts(org, &plan.id).await?;
    let registry = jamlik_packs::shipped().ok();
    for s in &sections {
        let element = registry
            .and_then(|r| r.get(&s.framework))
            .and_then(|p| p.elements.iter().find(|e| e.id == s.element))
            .map_or_else(
                || s.element.clone(),
                |e| e.name.get(t.language()).to_owned(),
            );
        add(
            TextField::SectionBody,
            &format!("{}/{}", s.framework, s.element),
            &element,
            &s.body,
        );
    }
    for s in store.services(org).await? {
        add(TextField::ServiceName, &s.id, "", &s.name);
        add(TextField::ServiceUnit, &s.id, &s.name, &s.unit);
        add(
            TextField::ServiceDescription,
            &s.id,
            &s.name,
            &s.description,
        );
    }
    for f in store.findings(org, &plan.id).await? {
        add(TextField::FindingDescription, &f.id, "", &f.description);
        add(
            TextField::FindingAffected,
            &f.id,
            &f.description,
            &f.affected,
        );
    }
    for m in store.measures(org, &plan.id).await? {
        add(TextField::MeasureTitle, &m.id, "", &m.title);
        add(TextField::MeasureGoal, &m.id, &m.title, &m.goal);
        add(TextField::MeasureUnit, &m.id, &m.title, &m.owner_unit);
    }
    for c in store.consultations(org, &plan.id).await? {
        add(
            TextField::ConsultationSummary,
            &c.id,
            &c.party_name,
            &c.summary,
        );
    }
    Ok(out)
}

/// The language translated into: the one asked for, or the organisation's
/// second working language.
fn target_of(working: &[Language], asked: Option<&str>) -> AppResult<Option<Language>> {
    match asked.map(str::trim).filter(|a| !a.is_empty()) {
        Some(raw) => {
            let language = Language::parse(raw)?;
            jamlik_domain::check_translation_language(language, working)?;
            Ok(Some(language))
        }
        None => Ok(working.get(1).copied()),
    }
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    plan_id: &str,
    asked: Option<&str>,
    error: Option<&AppError>,
    sent: Option<&[(String, String)]>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(state, ctx, org, Capability::ViewOrganisation).await?;
    let plan = state.store().plan(&organisation.id, plan_id).await?;
    let working = organisation.languages.clone();
    let original = working.first().copied().unwrap_or(Language::Finnish);
    let target = target_of(&working, asked)?;
    let t = &ctx.t;
    let items = match target {
        Some(target) => items(state, ctx, &organisation.id, &plan, target, sent).await?,
        None => Vec::new(),
    };
    let target = target.unwrap_or(original);
    let page = TranslationsPage {
        page: Layout::new(ctx, "translation-title"),
        plan_title: plan.title.clone(),
        plan_path: plan_path(org, plan_id),
        action: format!(
            "{}/translations?lang={}",
            plan_path(org, plan_id),
            target.as_str()
        ),
        original_lang: original.as_str(),
        target_lang: target.as_str(),
        target_name: t.t(&format!("language-{}", target.as_str())),
        original_name: t.t(&format!("language-{}", original.as_str())),
        missing: items.iter().filter(|i| i.missing).count(),
        single_language: working.len() < 2,
        items,
        can_edit: Capability::EditPlanning.allowed(ctx.global_role(), role),
        error: error.map(|e| crate::kit::form_error(ctx, e)),
        settings_path: format!("/orgs/{org}/settings"),
    };
    let status = error.map_or(axum::http::StatusCode::OK, crate::kit::error_status);
    Ok((status, render(&page)).into_response())
}

/// `GET /orgs/{org}/plans/{plan}/translations`.
pub(crate) async fn translations(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
    Query(query): Query<LangQuery>,
) -> AppResult<Response> {
    page(&state, &ctx, &org, &plan, query.lang.as_deref(), None, None).await
}

/// `POST /orgs/{org}/plans/{plan}/translations?lang=sv`: saves every
/// translation on the page in one transaction.
pub(crate) async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
    Query(query): Query<LangQuery>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    let result: AppResult<String> = async {
        let target = target_of(&organisation.languages, query.lang.as_deref())?
            .ok_or(AppError::from(ErrorCode::TranslationLanguage))?;
        let mut entries = Vec::new();
        for (name, body) in form.iter().filter(|(k, _)| k.starts_with("t:")) {
            let mut parts = name.splitn(3, ':').skip(1);
            let (Some(field), Some(entity)) = (parts.next(), parts.next()) else {
                return Err(ErrorCode::TranslationUnknownText.into());
            };
            entries.push((TextField::parse(field)?, entity.to_owned(), body.clone()));
        }
        let changed = state
            .store()
            .save_translations(&ctx.actor(), &organisation.id, &plan, target, &entries)
            .await?;
        Ok(format!(
            "{}/translations?lang={}&notice=translations-saved&count={changed}",
            plan_path(&org, &plan),
            target.as_str()
        ))
    }
    .await;
    let lang = query.lang.clone();
    crate::kit::forms::settle(result, |error| async move {
        page(
            &state,
            &ctx,
            &org,
            &plan,
            lang.as_deref(),
            Some(&error),
            Some(&form),
        )
        .await
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_is_read_in_the_reader_s_language_where_it_is_translated() {
        let json = r#"{"plan":{"id":"p1","org_id":"o","title":"Suunnitelma","frameworks":[],
            "period_start":"2025-01-01","period_end":"2028-12-31","working_group":"","state":"approved",
            "created_at":0,"updated_at":0,"public_id":null,"continues":null},
            "services":[],"findings":[],"measures":[],"sections":[
              {"framework":"fi-gender-equality","element":"situation-report","body":"Tilanne"},
              {"framework":"fi-gender-equality","element":"cooperation","body":"Yhteistyö"}],
            "translations":[
              {"field":"plan_title","entity_id":"p1","language":"sv","body":"Planen"},
              {"field":"section_body","entity_id":"fi-gender-equality/situation-report","language":"sv","body":"Läget"}]}"#;
        let snapshot: PlanSnapshot = match serde_json::from_str(json) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        };
        let working = [Language::Finnish, Language::Swedish];
        let (swedish, note) = localise(&snapshot, &working, Language::Swedish);
        assert_eq!(swedish.plan.title, "Planen");
        assert_eq!(swedish.sections[0].body, "Läget");
        // The untranslated section stays in Finnish, and the note says so.
        assert_eq!(swedish.sections[1].body, "Yhteistyö");
        assert_eq!(
            note,
            Some(LanguageNote {
                original: Language::Finnish,
                missing: 1,
                total: 3
            })
        );
        // In the language the texts are written in: as written, no note.
        let (finnish, note) = localise(&snapshot, &working, Language::Finnish);
        assert_eq!(finnish.plan.title, "Suunnitelma");
        assert_eq!(note, None);
        // In a language nothing is translated into: all in Finnish, said.
        let (_, note) = localise(&snapshot, &working, Language::English);
        assert_eq!(note.map(|n| (n.missing, n.total)), Some((3, 3)));
    }
}
