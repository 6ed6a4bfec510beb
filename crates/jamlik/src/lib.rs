//! Jämlik, the binary: the command line, the one typed configuration, the
//! reference registers and the demo data, wired to the store and the web
//! application.

pub mod analyze;
pub mod cli;
pub mod config;
pub mod demo;
pub mod demo_analysis;
pub mod demo_learning;
pub mod demo_monitoring;
pub mod demo_national;
pub(crate) mod demo_texts;
pub mod registers;
