//! Tagged PDF through typst.
//!
//! The typst template (`report.typ`) is fixed; the report's content reaches it
//! as a JSON file it reads, so user text is data and never markup. The fonts,
//! the font book, the standard library and the parsed template are built once
//! in a [`Renderer`] and shared by every render.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::document::Document;
use crate::ReportError;

/// The template's text, compiled into the binary.
const TEMPLATE: &str = include_str!("report.typ");

/// What every PDF render shares: fonts, the standard library and the
/// template. Build it once and keep it; building takes a few milliseconds and
/// rendering reuses typst's caches.
pub struct Renderer {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    template: Source,
    template_id: FileId,
    data_id: FileId,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Renderer")
            .field("fonts", &self.fonts.len())
            .finish_non_exhaustive()
    }
}

/// The renderer the free functions use, built on first use.
pub(crate) static SHARED: LazyLock<Result<Renderer, String>> =
    LazyLock::new(|| Renderer::new().map_err(|error| error.to_string()));

fn file_id(path: &str) -> Result<FileId, ReportError> {
    let vpath =
        VirtualPath::new(path).map_err(|error| ReportError::Layout(format!("{error:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl Renderer {
    /// Loads the embedded fonts and parses the template.
    pub fn new() -> Result<Self, ReportError> {
        // Only the fonts shipped inside the binary: a report must look the same
        // on every server, whatever fonts its system has.
        let fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        let book = FontBook::from_fonts(&fonts);
        let features = [Feature::A11yExtras].into_iter().collect();
        let library = Library::builder().with_features(features).build();
        let template_id = file_id("/report.typ")?;
        Ok(Renderer {
            library: LazyHash::new(library),
            book: LazyHash::new(book),
            fonts,
            template: Source::new(template_id, TEMPLATE.to_owned()),
            template_id,
            data_id: file_id("/report.json")?,
        })
    }

    /// Renders a laid-out document to tagged PDF (PDF/UA-1).
    pub(crate) fn render(&self, document: &Document) -> Result<Vec<u8>, ReportError> {
        let data =
            serde_json::to_vec(document).map_err(|error| ReportError::Data(error.to_string()))?;
        let world = ReportWorld {
            renderer: self,
            data: Bytes::new(data),
        };
        let compiled = typst::compile::<PagedDocument>(&world).output;
        let paged = compiled.map_err(|errors| ReportError::Layout(describe(errors.as_slice())))?;
        let standards = PdfStandards::new(&[PdfStandard::Ua_1])
            .map_err(|error| ReportError::Layout(error.message().to_string()))?;
        let options = PdfOptions {
            standards,
            ..PdfOptions::default()
        };
        let bytes = typst_pdf::pdf(&paged, &options)
            .map_err(|errors| ReportError::Layout(describe(errors.as_slice())));
        // Typst memoises layouts across renders; keep only what the last few
        // renders used so a long-running server does not grow.
        typst::comemo::evict(4);
        bytes
    }
}

fn describe(errors: &[SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|error| error.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// One render's view of the files: the shared template and this report's data.
struct ReportWorld<'a> {
    renderer: &'a Renderer,
    data: Bytes,
}

impl World for ReportWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.renderer.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.renderer.book
    }

    fn main(&self) -> FileId {
        self.renderer.template_id
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.renderer.template_id {
            Ok(self.renderer.template.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.renderer.data_id {
            Ok(self.data.clone())
        } else if id == self.renderer.template_id {
            Ok(Bytes::from_string(self.renderer.template.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.renderer.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}
