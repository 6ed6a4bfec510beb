//! What every page shares: the layout (language, switcher, navigation,
//! notice), rendering, the error page and the static assets.

use askama::Template;
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use jamlik_domain::{ErrorCode, Language};
use jamlik_i18n::Translator;

use crate::kit::context::Ctx;
use crate::kit::error::AppError;

/// The shared part of every page.
#[derive(Clone, Debug)]
pub struct Layout {
    /// The translator.
    pub tr: Translator,
    /// The CSRF token for forms.
    pub csrf: String,
    /// The current path, for the language switcher to come back to.
    pub path: String,
    /// The signed-in person's name.
    pub user_name: Option<String>,
    /// Whether to show the admin link.
    pub is_admin: bool,
    /// Whether to show the link to the national overview.
    pub sees_national: bool,
    /// A notice after a change, translated.
    pub notice: Option<String>,
    /// The page title, translated.
    pub title: String,
}

/// A whole number however templates hold it (by value or by reference).
pub trait Int {
    /// The number.
    fn int(&self) -> i64;
}

impl Int for i64 {
    fn int(&self) -> i64 {
        *self
    }
}

impl Int for u32 {
    fn int(&self) -> i64 {
        i64::from(*self)
    }
}

impl Int for usize {
    fn int(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl<T: Int + ?Sized> Int for &T {
    fn int(&self) -> i64 {
        (**self).int()
    }
}

/// One entry of the language switcher.
#[derive(Clone, Debug)]
pub struct LanguageChoice {
    /// The tag.
    pub code: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    /// Whether it is the current language.
    pub current: bool,
}

/// Notices a page may show after a change, by the `notice` query value.
const NOTICES: &[&str] = &[
    "signed-out",
    "signed-out-everywhere",
    "password-set",
    "reset-sent",
    "member-invited",
    "member-updated",
    "member-removed",
    "settings-saved",
    "profile-saved",
    "password-changed",
    "token-revoked",
    "organisation-created",
    "plan-created",
    "bulk-applied",
    "plan-approved",
    "plan-unchanged",
    "plan-published",
    "finding-added",
    "measure-added",
    "measure-updated",
    "service-added",
    "services-imported",
    "user-updated",
    "step-saved",
    "assessment-saved",
    "evidence-attached",
    "consultation-added",
    "round-created",
    "analysis-attached",
    "retention-saved",
    "self-report-submitted",
    "review-sent",
    "review-answered",
    "instructor-assigned",
    "instructor-unassigned",
    "translations-saved",
    "round-published",
    "course-completed",
    "course-renewed",
    "certificate-name-saved",
    "training-target-saved",
    "training-invited",
];

impl Layout {
    /// The layout for a page titled by a translation key.
    pub fn new(ctx: &Ctx, title_key: &str) -> Self {
        let query: Vec<(String, String)> = ctx
            .path
            .split_once('?')
            .and_then(|(_, query)| serde_urlencoded::from_str(query).ok())
            .unwrap_or_default();
        let value_of = |name: &str| {
            query
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        // A notice about several things says how many (`count`), when given.
        let count = value_of("count").and_then(|c| c.parse::<i64>().ok());
        let notice =
            value_of("notice")
                .filter(|key| NOTICES.contains(key))
                .map(|key| match count {
                    Some(count) => ctx.t.t_count(&format!("notice-{key}"), count),
                    None => ctx.t.t(&format!("notice-{key}")),
                });
        Layout {
            tr: ctx.t,
            csrf: ctx.csrf.clone(),
            path: ctx.return_to.clone(),
            user_name: ctx.user.as_ref().map(|u| u.display_name.clone()),
            is_admin: ctx.is_admin(),
            sees_national: jamlik_domain::Capability::ViewNational.allowed(ctx.global_role(), None),
            notice,
            title: ctx.t.t(title_key),
        }
    }

    /// A translated message.
    pub fn t(&self, key: impl AsRef<str>) -> String {
        self.tr.t(key.as_ref())
    }

    /// A translated message whose key is a prefix and a value.
    pub fn tp(&self, prefix: &str, value: impl AsRef<str>) -> String {
        self.tr.t(&format!("{prefix}{}", value.as_ref()))
    }

    /// The label of a role.
    pub fn role(&self, role: impl AsRef<str>) -> String {
        self.tr.t(&format!("role-{}", role.as_ref()))
    }

    /// "Page 2 of 7".
    pub fn position(&self, page: impl Int, pages: impl Int) -> String {
        self.tr.t_args(
            "pager-position",
            &[
                ("page", self.tr.number(page.int())),
                ("pages", self.tr.number(pages.int())),
            ],
        )
    }

    /// A translated message with one argument.
    pub fn t1(&self, key: &str, name: &str, value: impl AsRef<str>) -> String {
        self.tr
            .t_args(key, &[(name_static(name), value.as_ref().to_owned())])
    }

    /// A message that depends on a count (`$count` chooses the plural form,
    /// `$formatted` is the number as the language writes it).
    pub fn tc(&self, key: &str, count: impl Int) -> String {
        self.tr.t_count(key, count.int())
    }

    /// `text` with soft hyphens at its long words' syllables in the page's
    /// language, so that a narrow table cell breaks words where the language
    /// does.
    pub fn hy(&self, text: impl AsRef<str>) -> String {
        jamlik_i18n::soft_hyphens(text.as_ref(), self.tr.language()).into_owned()
    }

    /// As [`Layout::hy`], for a text written in `lang` (a tag) rather than
    /// the page's language: an untranslated text of a published plan.
    pub fn hy_in(&self, text: impl AsRef<str>, lang: &Option<&str>) -> String {
        let language = lang
            .and_then(|tag| Language::parse(tag).ok())
            .unwrap_or(self.tr.language());
        jamlik_i18n::soft_hyphens(text.as_ref(), language).into_owned()
    }

    /// The language tag.
    pub fn lang(&self) -> &'static str {
        self.tr.language().as_str()
    }

    /// The language switcher's entries.
    pub fn languages(&self) -> Vec<LanguageChoice> {
        Language::ALL
            .iter()
            .map(|language| LanguageChoice {
                code: language.as_str(),
                name: language.endonym(),
                current: *language == self.tr.language(),
            })
            .collect()
    }

    /// A whole number for this language.
    pub fn number(&self, value: impl Int) -> String {
        self.tr.number(value.int())
    }

    /// A date for this language.
    pub fn date(&self, epoch: impl Int) -> String {
        self.tr.date(epoch.int())
    }

    /// A date and time for this language.
    pub fn datetime(&self, epoch: impl Int) -> String {
        self.tr.datetime(epoch.int())
    }
}

/// Fluent argument names are static; the few templates use are listed here.
fn name_static(name: &str) -> &'static str {
    // Every argument a message may name is listed once, in the i18n crate.
    jamlik_i18n::ARGUMENT_NAMES
        .iter()
        .copied()
        .find(|known| *known == name)
        .unwrap_or("value")
}

/// Renders a template to an HTML response.
pub fn render<T: Template>(template: &T) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(error) => AppError {
            code: ErrorCode::Internal,
            args: Vec::new(),
            internal: Some(error.to_string()),
        }
        .into_response(),
    }
}

#[derive(Template)]
#[template(path = "kit/error.html")]
struct ErrorPage<'a> {
    page: Layout,
    message: &'a str,
    request_id: &'a str,
}

/// The page for an error.
pub(crate) fn error_page(ctx: &Ctx, code: ErrorCode, message: &str) -> Response {
    let title_key = match code.http_status() {
        401 | 403 => "error-title-forbidden",
        404 | 410 => "error-title-not-found",
        500..=599 => "error-title-internal",
        _ => "error-title-request",
    };
    let page = ErrorPage {
        page: Layout::new(ctx, title_key),
        message,
        request_id: &ctx.request_id,
    };
    match page.render() {
        Ok(html) => Html(html).into_response(),
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, message.to_owned()).into_response(),
    }
}

const STYLE: &str = include_str!("../../assets/style.css");
const HTMX: &str = include_str!("../../assets/htmx-2.0.11.min.js");

/// `/assets/{path}`: the compiled-in static files.
pub(crate) async fn asset(Path(path): Path<String>) -> Response {
    let (body, content_type, cache) = match path.as_str() {
        "style.css" => (STYLE, "text/css; charset=utf-8", "public, max-age=3600"),
        "htmx-2.0.11.min.js" => (
            HTMX,
            "text/javascript; charset=utf-8",
            "public, max-age=31536000, immutable",
        ),
        _ => return AppError::from(ErrorCode::NotFound).into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, cache),
        ],
        body,
    )
        .into_response()
}

/// A value and its label key, for selects and checkboxes.
#[derive(Debug)]
pub(crate) struct Option_ {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One organisation in a list, ready to show.
#[derive(Debug)]
pub(crate) struct OrgRow {
    pub id: String,
    pub name: String,
    pub role_key: Option<String>,
}
