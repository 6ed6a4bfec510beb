//! Errors as handlers return them. A handler returns an [`AppError`]; the
//! context middleware turns it into a translated page or JSON body, logs any
//! internal detail with the request id, and shows the person only the code,
//! the message and the request id.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jamlik_domain::{ErrorCode, PlanStatus};
use jamlik_store::StoreError;

/// An error on its way to the person.
#[derive(Clone, Debug)]
pub struct AppError {
    /// Which error.
    pub code: ErrorCode,
    /// Arguments for the message (for example minutes to wait).
    pub args: Vec<(&'static str, String)>,
    /// What went wrong inside, for the log only.
    pub internal: Option<String>,
}

impl AppError {
    /// The same error with one more argument for its message.
    pub fn with_arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// An error with arguments for its message (besides those it always has).
    pub fn with_args(code: ErrorCode, args: Vec<(&'static str, String)>) -> Self {
        let mut error = AppError::from(code);
        error.args.extend(args);
        error
    }
}

/// The arguments an error's message always has, whoever raised it: what the
/// message lists is built here from the domain, never typed into the
/// translation files (an invalid status filter offers every wire name of
/// [`PlanStatus::ALL`]).
fn standing_args(code: ErrorCode) -> Vec<(&'static str, String)> {
    match code {
        ErrorCode::InvalidStatusFilter => vec![("statuses", PlanStatus::wire_names())],
        _ => Vec::new(),
    }
}

impl From<ErrorCode> for AppError {
    fn from(code: ErrorCode) -> Self {
        AppError {
            code,
            args: standing_args(code),
            internal: None,
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        let internal = match &error {
            StoreError::Rule(_) | StoreError::RuleAt(..) => None,
            other => Some(other.to_string()),
        };
        let code = error.code();
        let args = match error {
            StoreError::RuleAt(_, args) => args,
            _ => standing_args(code),
        };
        AppError {
            args,
            code,
            internal,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.code.http_status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = status.into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// What handlers return.
pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use jamlik_domain::{Language, PlanStatus};
    use jamlik_i18n::{DisplayZone, Translator};

    use super::*;

    #[test]
    fn an_invalid_status_filter_offers_every_status_from_the_enum() {
        let wire: Vec<&str> = PlanStatus::ALL.map(PlanStatus::as_str).to_vec();
        let made = [
            AppError::from(ErrorCode::InvalidStatusFilter),
            AppError::with_args(ErrorCode::InvalidStatusFilter, Vec::new()),
            AppError::from(StoreError::Rule(ErrorCode::InvalidStatusFilter)),
        ];
        for error in made {
            assert_eq!(error.args, vec![("statuses", wire.join(", "))]);
            for language in [Language::Swedish, Language::Finnish, Language::English] {
                let t = Translator::new(language, DisplayZone::Helsinki);
                let message = t.t_args(&error.code.message_key(), &error.args);
                assert_ne!(message, error.code.message_key(), "{language:?}");
                // The list in the message is the argument, in the enum's order.
                assert!(
                    message.contains(&wire.join(", ")),
                    "{language:?}: {message}"
                );
                // Nothing in the message is listed by hand.
                let without = t.t_args(&error.code.message_key(), &[("statuses", "…".to_owned())]);
                for name in &wire {
                    assert!(
                        !without.contains(name),
                        "{language:?} lists {name} by hand: {without}"
                    );
                }
            }
        }
    }
}
