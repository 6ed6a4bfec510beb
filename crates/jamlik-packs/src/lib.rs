//! Jämlik's framework packs: each statutory framework (the Finnish
//! non-discrimination and gender equality plans, the Swedish active measures,
//! the EU pay transparency directive, gender mainstreaming …) as a versioned
//! data file in Swedish, Finnish and English, and the shared catalogue of
//! common measures.
//!
//! The files live in the workspace's `packs/` directory, one TOML file per
//! framework named after its id, plus `measure-catalogue.toml`. The build
//! embeds every `*.toml` file found there, so adding a framework is dropping a
//! file in `packs/`: no code changes. `packs/README.md` describes the format.
//!
//! [`load_all`] parses and validates the shipped files into a [`Registry`];
//! [`shipped`] does so once per process. [`parse_pack`] and [`validate`] work on
//! any text, for tests and for packs that arrive by other routes. Parsing
//! errors name the file, line and column; validation names the path of each
//! offending value (`steps[2].guidance.fi`).

mod course;
mod error;
mod model;
mod validate;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub use course::{
    validate_course, Course, CourseModule, Lesson, Quiz, QuizOption, QuizQuestion, Video,
};
pub use error::PackError;
pub use model::{
    AnswerKind, Catalogue, Category, Chapter, Checklist, Comparison, Coverage, Cycle, CycleAnchor,
    Deadline, Element, Example, Ground, Handbook, HandbookAction, Jurisdiction, LegalSource,
    Measure, Obligation, Pack, Perspective, Question, ScaleLevel, StatusSpec, Step, Text,
    Threshold, ThresholdUnit, Variant,
};
pub use validate::{
    is_valid_date, is_valid_id, is_valid_version, validate, validate_catalogue, validate_handbook,
    Problem, ProblemKind,
};

mod shipped_files {
    include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
}

/// The file name of the measure catalogue; every other `*.toml` file is a pack.
pub const CATALOGUE_FILE: &str = "measure-catalogue.toml";

/// The folder of the handbooks: `handbooks/good-relations.toml` is one.
pub const HANDBOOK_DIR: &str = "handbooks/";

/// The folder of the courses: `courses/equal-municipality.toml` is one.
pub const COURSE_DIR: &str = "courses/";

/// The shipped courses' media files (images) as (file name, bytes).
pub fn shipped_media() -> &'static [(&'static str, &'static [u8])] {
    shipped_files::MEDIA
}

/// The shipped files as (file name, contents), sorted by file name.
pub fn shipped_files() -> &'static [(&'static str, &'static str)] {
    shipped_files::SHIPPED
}

/// Parses one pack file. `file` names it in errors.
pub fn parse_pack(file: &str, source: &str) -> Result<Pack, PackError> {
    toml::from_str(source).map_err(|e| PackError::parse(file, source, &e))
}

/// Parses the measure catalogue. `file` names it in errors.
pub fn parse_catalogue(file: &str, source: &str) -> Result<Catalogue, PackError> {
    toml::from_str(source).map_err(|e| PackError::parse(file, source, &e))
}

/// Parses a handbook. `file` names it in errors.
pub fn parse_handbook(file: &str, source: &str) -> Result<Handbook, PackError> {
    toml::from_str(source).map_err(|e| PackError::parse(file, source, &e))
}

/// Parses a course. `file` names it in errors.
pub fn parse_course(file: &str, source: &str) -> Result<Course, PackError> {
    toml::from_str(source).map_err(|e| PackError::parse(file, source, &e))
}

/// Parses and validates the shipped packs, catalogue, handbooks and courses.
pub fn load_all() -> Result<Registry, PackError> {
    let media: HashSet<&str> = shipped_media().iter().map(|(name, _)| *name).collect();
    Registry::from_sources_with_media(shipped_files().iter().copied(), &media)
}

/// The shipped packs, parsed and validated once per process.
pub fn shipped() -> Result<&'static Registry, &'static PackError> {
    static SHIPPED: OnceLock<Result<Registry, PackError>> = OnceLock::new();
    SHIPPED.get_or_init(load_all).as_ref()
}

/// A validated set of packs and the measure catalogue.
#[derive(Clone, Debug)]
pub struct Registry {
    packs: Vec<Pack>,
    index: HashMap<String, usize>,
    catalogue: Catalogue,
    handbooks: Vec<Handbook>,
    courses: Vec<Course>,
}

impl Registry {
    /// Parses and validates files given as (file name, contents): the file
    /// named [`CATALOGUE_FILE`] is the catalogue, those in [`HANDBOOK_DIR`]
    /// and [`COURSE_DIR`] handbooks and courses (whose lessons may show the
    /// shipped media), every other one a pack whose id must equal its file
    /// name without `.toml`. Fails on the first file
    /// that does not parse or has problems, listing all of that file's problems.
    pub fn from_sources<'a>(
        sources: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, PackError> {
        let media: HashSet<&str> = shipped_media().iter().map(|(name, _)| *name).collect();
        Self::from_sources_with_media(sources, &media)
    }

    /// As [`Registry::from_sources`], with the names of the courses' media
    /// files that lessons may show.
    pub fn from_sources_with_media<'a>(
        sources: impl IntoIterator<Item = (&'a str, &'a str)>,
        media: &HashSet<&str>,
    ) -> Result<Self, PackError> {
        let mut courses: Vec<Course> = Vec::new();
        let mut packs: Vec<(&str, Pack)> = Vec::new();
        let mut catalogue = None;
        let mut handbooks: Vec<Handbook> = Vec::new();
        for (file, source) in sources {
            if file == CATALOGUE_FILE {
                catalogue = Some(parse_catalogue(file, source)?);
                continue;
            }
            if let Some(name) = file.strip_prefix(HANDBOOK_DIR) {
                let handbook = parse_handbook(file, source)?;
                if handbook.id != name.strip_suffix(".toml").unwrap_or(name) {
                    return Err(PackError::FileName {
                        file: file.to_owned(),
                        id: handbook.id,
                    });
                }
                let problems = validate_handbook(&handbook);
                if !problems.is_empty() {
                    return Err(PackError::Invalid {
                        file: file.to_owned(),
                        problems,
                    });
                }
                handbooks.push(handbook);
                continue;
            }
            if let Some(name) = file.strip_prefix(COURSE_DIR) {
                let course = parse_course(file, source)?;
                if course.id != name.strip_suffix(".toml").unwrap_or(name) {
                    return Err(PackError::FileName {
                        file: file.to_owned(),
                        id: course.id,
                    });
                }
                let problems = validate_course(&course, media);
                if !problems.is_empty() {
                    return Err(PackError::Invalid {
                        file: file.to_owned(),
                        problems,
                    });
                }
                courses.push(course);
                continue;
            }
            let pack = parse_pack(file, source)?;
            let stem = file.strip_suffix(".toml").unwrap_or(file);
            if pack.id != stem {
                return Err(PackError::FileName {
                    file: file.to_owned(),
                    id: pack.id,
                });
            }
            let problems = validate(&pack);
            if !problems.is_empty() {
                return Err(PackError::Invalid {
                    file: file.to_owned(),
                    problems,
                });
            }
            if let Some((first, _)) = packs.iter().find(|(_, p)| p.id == pack.id) {
                return Err(PackError::DuplicatePack {
                    file: file.to_owned(),
                    id: pack.id,
                    first: (*first).to_owned(),
                });
            }
            packs.push((file, pack));
        }
        let catalogue = catalogue.ok_or(PackError::MissingCatalogue {
            file: CATALOGUE_FILE,
        })?;
        let ids: Vec<&str> = packs.iter().map(|(_, p)| p.id.as_str()).collect();
        let problems = validate_catalogue(&catalogue, &ids);
        if !problems.is_empty() {
            return Err(PackError::Invalid {
                file: CATALOGUE_FILE.to_owned(),
                problems,
            });
        }
        let mut packs: Vec<Pack> = packs.into_iter().map(|(_, p)| p).collect();
        packs.sort_by(|a, b| a.id.cmp(&b.id));
        let index = packs
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        handbooks.sort_by(|a, b| a.id.cmp(&b.id));
        courses.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Registry {
            packs,
            index,
            catalogue,
            handbooks,
            courses,
        })
    }

    /// The pack with this id.
    pub fn get(&self, id: &str) -> Option<&Pack> {
        self.index.get(id).and_then(|&i| self.packs.get(i))
    }

    /// All packs, sorted by id.
    pub fn packs(&self) -> &[Pack] {
        &self.packs
    }

    /// The ids of all packs, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.packs.iter().map(|p| p.id.as_str())
    }

    /// The measure catalogue.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// The handbooks, sorted by id.
    pub fn handbooks(&self) -> &[Handbook] {
        &self.handbooks
    }

    /// The handbook with this id.
    pub fn handbook(&self, id: &str) -> Option<&Handbook> {
        self.handbooks.iter().find(|h| h.id == id)
    }

    /// The courses, sorted by id.
    pub fn courses(&self) -> &[Course] {
        &self.courses
    }

    /// The course with this id.
    pub fn course(&self, id: &str) -> Option<&Course> {
        self.courses.iter().find(|c| c.id == id)
    }

    /// The catalogue's measures that serve a pack.
    pub fn measures_for<'a>(&'a self, pack: &'a str) -> impl Iterator<Item = &'a Measure> {
        self.catalogue.measures_for(pack)
    }
}

/// The required elements of `pack` that a plan does not yet have: neither
/// covered by a record of the workspace (`covered` says which kinds of record
/// exist) nor written as a free-text section (`written` says which element ids
/// have one).
pub fn missing_elements(
    pack: &Pack,
    covered: impl Fn(Coverage) -> bool,
    written: impl Fn(&str) -> bool,
) -> Vec<&Element> {
    pack.elements
        .iter()
        .filter(|element| element.required)
        .filter(|element| !written(&element.id))
        .filter(|element| !element.covered_by.iter().any(|kind| covered(*kind)))
        .collect()
}
