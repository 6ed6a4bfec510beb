//! What every capability shares: the request context and its errors,
//! authorisation, forms and their CSRF tokens, views and the layout, dates,
//! redirects, spreadsheets and CSV in and out, charts, passwords and
//! sessions, mail and the audit log's rows. No capability imports another's
//! folder; what two need lives here.

pub(crate) mod access;
pub(crate) mod audit;
pub(crate) mod auth;
pub(crate) mod charts;
pub(crate) mod completeness;
pub(crate) mod context;
pub(crate) mod csv_out;
pub(crate) mod dates;
pub(crate) mod derived;
pub(crate) mod error;
pub(crate) mod files;
pub(crate) mod forms;
pub(crate) mod links;
pub(crate) mod mail;
pub(crate) mod redirect;
pub(crate) mod sheets;
pub(crate) mod views;

pub(crate) use access::{
    authorise, error_status, form_error, org_name, require_admin, require_national,
};
pub(crate) use dates::{date_in, days_from_today, show_date, today};
pub(crate) use forms::{field, value, values};
pub(crate) use views::Option_;
