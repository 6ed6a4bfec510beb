//! Page parts derived from computed statuses alone (the national overview
//! and its maps, the register), kept per instance while the facts'
//! generation and the day stay what they were: a request reads the
//! generation (one row) and renders the part only when it moved, the day
//! changed, or the part was not asked for yet. Like the statuses' own copy
//! in the store, nothing here is ever newer than the database says, so
//! several instances never disagree for longer than a request.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jamlik_domain::ErrorCode;

use crate::kit::error::{AppError, AppResult};
use crate::kit::views::{render, Layout};

/// A rendered part and the status its page answers with.
pub(crate) type Part = Arc<(StatusCode, String)>;

/// The kept parts.
#[derive(Debug, Default)]
pub(crate) struct Derived {
    inner: Mutex<Kept>,
}

#[derive(Debug, Default)]
struct Kept {
    generation: Option<(i64, time::Date)>,
    parts: HashMap<String, Part>,
}

impl Derived {
    /// The most parts kept (filters make many pages; each is some 100 KB at most).
    const MAX_PARTS: usize = 512;

    /// The part kept under `key` for this generation and day.
    pub(crate) fn get(&self, generation: i64, key: &str) -> Option<Part> {
        let day = time::OffsetDateTime::now_utc().date();
        let mut kept = self.inner.lock().ok()?;
        if kept.generation != Some((generation, day)) {
            kept.parts.clear();
            kept.generation = Some((generation, day));
            return None;
        }
        kept.parts.get(key).cloned()
    }

    /// Keeps a part rendered from the facts of `generation`.
    pub(crate) fn put(&self, generation: i64, key: String, part: Part) {
        let day = time::OffsetDateTime::now_utc().date();
        let Ok(mut kept) = self.inner.lock() else {
            return;
        };
        if kept.generation != Some((generation, day)) {
            // Rendered from facts older (or newer) than those kept: start over.
            kept.parts.clear();
            kept.generation = Some((generation, day));
        }
        if kept.parts.len() >= Self::MAX_PARTS {
            kept.parts.clear();
        }
        kept.parts.insert(key, part);
    }
}

/// Renders a page's part (a template without the layout).
pub(crate) fn render_part<T: Template>(status: StatusCode, part: &T) -> AppResult<Part> {
    let html = part.render().map_err(|e| AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(e.to_string()),
    })?;
    Ok(Arc::new((status, html)))
}

/// A kept part inside the layout of the person asking (their CSRF token,
/// name and language switcher are never kept).
#[derive(Template)]
#[template(path = "kit/part.html")]
struct PartPage<'a> {
    page: Layout,
    body: &'a str,
}

/// The page around a part, answered with the part's status.
pub(crate) fn page_with(layout: Layout, part: &Part) -> Response {
    let page = PartPage {
        page: layout,
        body: &part.1,
    };
    (part.0, render(&page)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_kept_only_for_its_generation() {
        let derived = Derived::default();
        assert!(derived.get(1, "a").is_none());
        derived.put(1, "a".into(), Arc::new((StatusCode::OK, "one".into())));
        assert_eq!(derived.get(1, "a").map(|p| p.1.clone()), Some("one".into()));
        // The facts moved on: what was kept is gone.
        assert!(derived.get(2, "a").is_none());
        assert!(derived.get(1, "a").is_none());
    }
}
