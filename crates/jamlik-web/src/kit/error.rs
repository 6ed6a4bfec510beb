//! Errors as handlers return them. A handler returns an [`AppError`]; the
//! context middleware turns it into a translated page or JSON body, logs any
//! internal detail with the request id, and shows the person only the code,
//! the message and the request id.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jamlik_domain::ErrorCode;
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

    /// An error with arguments for its message.
    pub fn with_args(code: ErrorCode, args: Vec<(&'static str, String)>) -> Self {
        AppError {
            code,
            args,
            internal: None,
        }
    }
}

impl From<ErrorCode> for AppError {
    fn from(code: ErrorCode) -> Self {
        AppError {
            code,
            args: Vec::new(),
            internal: None,
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        let internal = match &error {
            StoreError::Rule(_) => None,
            other => Some(other.to_string()),
        };
        AppError {
            code: error.code(),
            args: Vec::new(),
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
