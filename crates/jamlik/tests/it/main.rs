//! Jämlik's integration tests: one binary. Store and web tests run on both
//! SQLite and PostgreSQL (the `on_both!` macro makes a test of each).

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(
    clippy::panic,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::type_complexity
)]

mod analysis;
mod api;
mod cli;
mod knowledge;
mod learning;
mod matrix;
mod measures;
mod monitoring;
mod national;
mod planning;
mod public;
mod representation;
mod security_auth;
mod security_files;
mod security_web;
mod store;
mod support;
mod tidy;
mod web;
mod workspace;
mod xlsx;
