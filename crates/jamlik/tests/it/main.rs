//! Jämlik's integration tests: one binary. Store and web tests run on both
//! SQLite and PostgreSQL (the `on_both!` macro makes a test of each).

mod api;
mod matrix;
mod store;
mod support;
mod tidy;
mod web;
