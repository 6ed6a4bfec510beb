//! Reports: a municipality's equality plan, or the follow-up report of a plan,
//! as tagged PDF, DOCX and HTML, in Swedish, Finnish or English.
//!
//! The crate is pure: it takes a [`Report`] whose every value the caller has
//! already formatted for display, and returns bytes. Headings and column names
//! come from the `report-*` Fluent messages through the caller's
//! [`Translator`]. The three formats share one layout, worked out once, so
//! they hold the same content in the same order.
//!
//! - **PDF** is typeset by typst from a fixed template that reads the report as
//!   data (so user text is never markup), with fonts compiled into the binary,
//!   tagged for accessibility (PDF/UA-1: structure tree, language, title,
//!   headings, tables with header cells), with the organisation, version, date
//!   and page numbers on every page. Keep one [`Renderer`] for the life of the
//!   process, or call [`pdf`], which uses one built on first use.
//! - **DOCX** uses Word's built-in heading styles and real tables, with the
//!   language set on every run.
//! - **HTML** is one standalone file: `lang`, inline style, no script, tables
//!   with captions and scoped header cells; it prints.
//!
//! ```
//! use jamlik_domain::Language;
//! use jamlik_i18n::{DisplayZone, Translator};
//! use jamlik_reports::{Report, ReportKind};
//!
//! let report = Report {
//!     kind: ReportKind::Plan,
//!     language: Language::Finnish,
//!     organisation: "Vaasan kaupunki".into(),
//!     title: "Yhdenvertaisuussuunnitelma 2025–2028".into(),
//!     version: None,
//!     date: "23.11.2026".into(),
//!     period: "1.1.2025–31.12.2028".into(),
//!     frameworks: vec!["Yhdenvertaisuuslaki 1325/2014".into()],
//!     working_group: "Henkilöstöpalvelut".into(),
//!     progress: Vec::new(),
//!     sections: Vec::new(),
//!     consultations: Vec::new(),
//!     findings: Vec::new(),
//!     measures: Vec::new(),
//!     round: None,
//!     shows_updates: true,
//!     language_note: None,
//! };
//! let translator = Translator::new(Language::Finnish, DisplayZone::Helsinki);
//! let html = jamlik_reports::html(&report, &translator);
//! assert!(html.contains("lang=\"fi\""));
//! let docx = jamlik_reports::docx(&report, &translator)?;
//! assert!(docx.starts_with(b"PK"));
//! let pdf = jamlik_reports::pdf(&report, &translator)?;
//! assert!(pdf.starts_with(b"%PDF"));
//! # Ok::<(), jamlik_reports::ReportError>(())
//! ```

mod document;
mod docx;
mod html;
mod model;
mod pdf;

use jamlik_i18n::Translator;

use crate::document::Document;
pub use crate::model::{
    CertificateDocument, Consultation, Finding, Indicator, Measure, ProgressCount, Report,
    ReportKind, Round, RoundEntry, Section, Update, VersionLine,
};
pub use crate::pdf::Renderer;

/// Why a report could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The report could not be handed to the typesetter.
    #[error("the report data could not be prepared: {0}")]
    Data(String),
    /// The typesetter refused the document.
    #[error("the PDF could not be laid out: {0}")]
    Layout(String),
    /// The DOCX package could not be written.
    #[error("the DOCX file could not be written: {0}")]
    Package(String),
}

impl Renderer {
    /// Renders a report to tagged PDF.
    pub fn pdf(&self, report: &Report, translator: &Translator) -> Result<Vec<u8>, ReportError> {
        self.render(&Document::build(report, translator))
    }
}

/// Renders a report to tagged PDF with a renderer shared by the process.
pub fn pdf(report: &Report, translator: &Translator) -> Result<Vec<u8>, ReportError> {
    match &*pdf::SHARED {
        Ok(renderer) => renderer.pdf(report, translator),
        Err(message) => Err(ReportError::Layout(message.clone())),
    }
}

/// Renders a course certificate to tagged PDF with the shared renderer.
pub fn certificate_pdf(
    certificate: &CertificateDocument,
    translator: &Translator,
) -> Result<Vec<u8>, ReportError> {
    match &*pdf::SHARED {
        Ok(renderer) => renderer.render(&Document::certificate(certificate, translator)),
        Err(message) => Err(ReportError::Layout(message.clone())),
    }
}

/// Renders a report to DOCX.
pub fn docx(report: &Report, translator: &Translator) -> Result<Vec<u8>, ReportError> {
    docx::render(&Document::build(report, translator))
}

/// Renders a report to one standalone HTML5 file.
pub fn html(report: &Report, translator: &Translator) -> String {
    html::render(&Document::build(report, translator))
}
