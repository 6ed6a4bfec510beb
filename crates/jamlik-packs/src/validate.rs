//! Checks a parsed pack or catalogue for what the types cannot express: every
//! text present in all three languages, ids well formed and unique, every
//! reference resolving, versions and dates well formed, thresholds in range.
//!
//! Each problem carries the path of the offending value in the file's terms
//! (`steps[2].guidance.fi`, `checklists[0].questions[3].grounds[1]`), so a pack
//! author can find it without reading code.

use std::collections::HashSet;
use std::fmt;

use crate::model::{
    AnswerKind, Catalogue, CycleAnchor, Handbook, Pack, Text, Threshold, ThresholdUnit,
};

/// The longest id accepted.
pub const MAX_ID_CHARS: usize = 64;
/// The longest cycle accepted, in months.
pub const MAX_CYCLE_MONTHS: u32 = 120;
/// The largest staff threshold accepted.
pub const MAX_STAFF: f64 = 1_000_000.0;

/// One thing wrong with a pack or the catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Where: the path of the value in the file (`steps[2].guidance.fi`).
    pub path: String,
    /// What.
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ProblemKind {
    /// A text is empty (or only white space) in one language.
    #[error("the text is empty")]
    EmptyText,
    /// A required list has no entries.
    #[error("the list is empty; at least one entry is needed")]
    EmptyList,
    /// An id is not lowercase letters, digits and single dashes, or is too long.
    #[error(
        "`{id}` is not a valid id (lowercase a–z, 0–9 and single dashes, at most 64 characters)"
    )]
    InvalidId {
        /// The id as written.
        id: String,
    },
    /// Two entries of one list share an id.
    #[error("the id `{id}` is used more than once in this list")]
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A reference names nothing.
    #[error("no {target} has the id `{id}`")]
    UnknownReference {
        /// What kind of thing was referred to (`step`, `ground`, `pack` …).
        target: &'static str,
        /// The id referred to.
        id: String,
    },
    /// A version is missing or not `MAJOR.MINOR.PATCH`.
    #[error("`{version}` is not a version of the form MAJOR.MINOR.PATCH")]
    InvalidVersion {
        /// The version as written.
        version: String,
    },
    /// A date is not a real `YYYY-MM-DD` date.
    #[error("`{date}` is not a date of the form YYYY-MM-DD")]
    InvalidDate {
        /// The date as written.
        date: String,
    },
    /// A number is outside its allowed range.
    #[error("{value} is out of range ({min} to {max})")]
    OutOfRange {
        /// The value.
        value: f64,
        /// The smallest allowed.
        min: f64,
        /// The largest allowed.
        max: f64,
    },
    /// A count is not a whole number.
    #[error("{value} is not a whole number")]
    NotWholeNumber {
        /// The value.
        value: f64,
    },
    /// A value is required here.
    #[error("a value is required: {what}")]
    Missing {
        /// What is missing.
        what: &'static str,
    },
    /// Values that contradict each other.
    #[error("{what}")]
    Inconsistent {
        /// What contradicts what.
        what: &'static str,
    },
    /// Lesson text that breaks a rule of the course format.
    #[error("{what}")]
    Markdown {
        /// Which rule.
        what: &'static str,
    },
    /// A link that is not an https URL.
    #[error("`{url}` is not an https:// link")]
    InvalidUrl {
        /// The link as written.
        url: String,
    },
}

/// Checks a pack; an empty list means it is sound.
pub fn validate(pack: &Pack) -> Vec<Problem> {
    let mut v = Validator::default();
    v.pack(pack);
    v.problems
}

/// Checks the measure catalogue against the ids of the packs it may refer to.
pub fn validate_catalogue(catalogue: &Catalogue, pack_ids: &[&str]) -> Vec<Problem> {
    let mut v = Validator::default();
    v.catalogue(catalogue, pack_ids);
    v.problems
}

/// Checks a handbook: ids, version and date well formed, every text in all
/// three languages, at least one chapter.
pub fn validate_handbook(handbook: &Handbook) -> Vec<Problem> {
    let mut v = Validator::default();
    v.handbook(handbook);
    v.problems
}

/// Whether `id` is lowercase letters and digits in groups joined by single dashes.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `version` is `MAJOR.MINOR.PATCH` with decimal numbers.
pub fn is_valid_version(version: &str) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 9 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `date` is a real calendar date written `YYYY-MM-DD`.
pub fn is_valid_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = date.get(range)?;
        if part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[derive(Default)]
pub(crate) struct Validator {
    pub(crate) problems: Vec<Problem>,
}

impl Validator {
    pub(crate) fn id(&mut self, path: &str, id: &str) {
        if !is_valid_id(id) {
            self.push(path, ProblemKind::InvalidId { id: id.to_owned() });
        }
    }

    pub(crate) fn url(&mut self, path: &str, url: &str) {
        if !url.starts_with("https://") || url.contains(char::is_whitespace) {
            self.push(
                path,
                ProblemKind::InvalidUrl {
                    url: url.to_owned(),
                },
            );
        }
    }

    pub(crate) fn push(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.into(),
            kind,
        });
    }

    pub(crate) fn text(&mut self, path: &str, text: &Text) {
        for (language, value) in [("sv", &text.sv), ("fi", &text.fi), ("en", &text.en)] {
            if value.trim().is_empty() {
                self.push(format!("{path}.{language}"), ProblemKind::EmptyText);
            }
        }
    }

    fn optional_text(&mut self, path: &str, text: Option<&Text>) {
        if let Some(text) = text {
            self.text(path, text);
        }
    }

    pub(crate) fn version(&mut self, path: &str, version: &str) {
        if !is_valid_version(version.trim()) || version.trim() != version {
            self.push(
                path,
                ProblemKind::InvalidVersion {
                    version: version.to_owned(),
                },
            );
        }
    }

    pub(crate) fn date(&mut self, path: &str, date: &str) {
        if !is_valid_date(date) {
            self.push(
                path,
                ProblemKind::InvalidDate {
                    date: date.to_owned(),
                },
            );
        }
    }

    /// Checks the ids of one list and returns the set of them.
    pub(crate) fn ids<'a>(
        &mut self,
        list: &str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            if !is_valid_id(id) {
                self.push(path, ProblemKind::InvalidId { id: id.to_owned() });
            } else if !seen.insert(id) {
                self.push(path, ProblemKind::DuplicateId { id: id.to_owned() });
            }
        }
        seen
    }

    fn reference(&mut self, path: &str, id: &str, known: &HashSet<&str>, target: &'static str) {
        if !known.contains(id) {
            self.push(
                path,
                ProblemKind::UnknownReference {
                    target,
                    id: id.to_owned(),
                },
            );
        }
    }

    pub(crate) fn non_empty<T>(&mut self, path: &str, list: &[T]) {
        if list.is_empty() {
            self.push(path, ProblemKind::EmptyList);
        }
    }

    fn staff_threshold(&mut self, path: &str, id: &str, thresholds: &[Threshold]) {
        match thresholds.iter().find(|t| t.id == id) {
            None => self.push(
                path,
                ProblemKind::UnknownReference {
                    target: "threshold",
                    id: id.to_owned(),
                },
            ),
            Some(t) if t.unit != ThresholdUnit::Staff => self.push(
                path,
                ProblemKind::Inconsistent {
                    what: "a staff-size condition must refer to a threshold with unit `staff`",
                },
            ),
            Some(_) => {}
        }
    }

    fn pack(&mut self, pack: &Pack) {
        if !is_valid_id(&pack.id) {
            self.push(
                "id",
                ProblemKind::InvalidId {
                    id: pack.id.clone(),
                },
            );
        }
        self.version("version", &pack.version);
        self.date("reviewed", &pack.reviewed);
        self.text("title", &pack.title);
        self.text("description", &pack.description);

        for (i, source) in pack.legal_basis.iter().enumerate() {
            let path = format!("legal_basis[{i}]");
            if source.code.trim().is_empty() {
                self.push(
                    format!("{path}.code"),
                    ProblemKind::Missing {
                        what: "the statute number",
                    },
                );
            }
            self.text(&format!("{path}.name"), &source.name);
            self.optional_text(&format!("{path}.sections"), source.sections.as_ref());
            if let Some(url) = &source.url {
                self.url(&format!("{path}.url"), url);
            }
        }

        let grounds = self.ids("grounds", pack.grounds.iter().map(|g| g.id.as_str()));
        let perspectives = self.ids(
            "perspectives",
            pack.perspectives.iter().map(|p| p.id.as_str()),
        );
        let elements = self.ids("elements", pack.elements.iter().map(|e| e.id.as_str()));
        let steps = self.ids("steps", pack.steps.iter().map(|s| s.id.as_str()));
        let variants = self.ids("variants", pack.variants.iter().map(|v| v.id.as_str()));
        let obligations = self.ids(
            "obligations",
            pack.obligations.iter().map(|o| o.id.as_str()),
        );
        self.ids("checklists", pack.checklists.iter().map(|c| c.id.as_str()));
        let cycles = self.ids("cycles", pack.cycles.iter().map(|c| c.id.as_str()));
        let deadlines = self.ids("deadlines", pack.deadlines.iter().map(|d| d.id.as_str()));
        self.ids("thresholds", pack.thresholds.iter().map(|t| t.id.as_str()));

        self.non_empty("obligations", &pack.obligations);
        self.non_empty("steps", &pack.steps);

        for (i, o) in pack.obligations.iter().enumerate() {
            let path = format!("obligations[{i}]");
            self.non_empty(&format!("{path}.kinds"), &o.kinds);
            if let Some(id) = &o.threshold {
                self.staff_threshold(&format!("{path}.threshold"), id, &pack.thresholds);
            }
            self.text(&format!("{path}.description"), &o.description);
        }
        for (i, g) in pack.grounds.iter().enumerate() {
            self.text(&format!("grounds[{i}].name"), &g.name);
        }
        for (i, p) in pack.perspectives.iter().enumerate() {
            self.text(&format!("perspectives[{i}].name"), &p.name);
            self.text(&format!("perspectives[{i}].guidance"), &p.guidance);
        }
        for (i, e) in pack.elements.iter().enumerate() {
            let path = format!("elements[{i}]");
            self.text(&format!("{path}.name"), &e.name);
            self.text(&format!("{path}.guidance"), &e.guidance);
            if let Some(step) = &e.step {
                self.reference(&format!("{path}.step"), step, &steps, "step");
            }
        }
        for (i, s) in pack.steps.iter().enumerate() {
            self.text(&format!("steps[{i}].name"), &s.name);
            self.text(&format!("steps[{i}].guidance"), &s.guidance);
        }

        let uses_scale = pack
            .checklists
            .iter()
            .flat_map(|c| &c.questions)
            .any(|q| q.answer == AnswerKind::Scale1To4);
        for (i, c) in pack.checklists.iter().enumerate() {
            let path = format!("checklists[{i}]");
            self.text(&format!("{path}.name"), &c.name);
            match (&c.step, &c.element) {
                (Some(step), None) => self.reference(&format!("{path}.step"), step, &steps, "step"),
                (None, Some(element)) => {
                    self.reference(&format!("{path}.element"), element, &elements, "element");
                }
                (None, None) => self.push(
                    path.clone(),
                    ProblemKind::Missing {
                        what: "a checklist is attached to a step or an element",
                    },
                ),
                (Some(_), Some(_)) => self.push(
                    path.clone(),
                    ProblemKind::Inconsistent {
                        what: "a checklist is attached to a step or an element, not both",
                    },
                ),
            }
            let questions = format!("{path}.questions");
            self.non_empty(&questions, &c.questions);
            self.ids(&questions, c.questions.iter().map(|q| q.id.as_str()));
            for (j, q) in c.questions.iter().enumerate() {
                let path = format!("{questions}[{j}]");
                self.text(&format!("{path}.text"), &q.text);
                self.optional_text(&format!("{path}.help"), q.help.as_ref());
                for (k, g) in q.grounds.iter().enumerate() {
                    self.reference(&format!("{path}.grounds[{k}]"), g, &grounds, "ground");
                }
                for (k, p) in q.perspectives.iter().enumerate() {
                    self.reference(
                        &format!("{path}.perspectives[{k}]"),
                        p,
                        &perspectives,
                        "perspective",
                    );
                }
            }
        }

        for (i, v) in pack.variants.iter().enumerate() {
            self.text(&format!("variants[{i}].name"), &v.name);
            self.text(&format!("variants[{i}].guidance"), &v.guidance);
        }
        for (i, c) in pack.cycles.iter().enumerate() {
            let path = format!("cycles[{i}]");
            self.text(&format!("{path}.name"), &c.name);
            self.text(&format!("{path}.guidance"), &c.guidance);
            match (c.anchor, c.months) {
                (CycleAnchor::Continuous, Some(_)) => self.push(
                    format!("{path}.months"),
                    ProblemKind::Inconsistent {
                        what: "continuous work has no period in months",
                    },
                ),
                (CycleAnchor::Continuous, None) => {}
                (_, None) => self.push(
                    format!("{path}.months"),
                    ProblemKind::Missing {
                        what: "the cycle length in months",
                    },
                ),
                (_, Some(months)) => {
                    if !(1..=MAX_CYCLE_MONTHS).contains(&months) {
                        self.push(
                            format!("{path}.months"),
                            ProblemKind::OutOfRange {
                                value: f64::from(months),
                                min: 1.0,
                                max: f64::from(MAX_CYCLE_MONTHS),
                            },
                        );
                    }
                }
            }
            if let Some(variant) = &c.variant {
                self.reference(&format!("{path}.variant"), variant, &variants, "variant");
            }
            if let Some(element) = &c.element {
                self.reference(&format!("{path}.element"), element, &elements, "element");
            }
            if let Some(id) = &c.threshold {
                self.staff_threshold(&format!("{path}.threshold"), id, &pack.thresholds);
            }
        }
        for (i, d) in pack.deadlines.iter().enumerate() {
            let path = format!("deadlines[{i}]");
            self.text(&format!("{path}.name"), &d.name);
            self.date(&format!("{path}.date"), &d.date);
            if let Some(id) = &d.threshold {
                self.staff_threshold(&format!("{path}.threshold"), id, &pack.thresholds);
            }
            self.text(&format!("{path}.guidance"), &d.guidance);
        }
        if let Some(status) = &pack.status {
            for (i, id) in status.obligations.iter().enumerate() {
                self.reference(
                    &format!("status.obligations[{i}]"),
                    id,
                    &obligations,
                    "obligation",
                );
            }
            self.non_empty("status.obligations", &status.obligations);
            self.non_empty("status.plan_cycles", &status.plan_cycles);
            let lists = [
                ("plan_cycles", &status.plan_cycles),
                ("pay_survey_cycles", &status.pay_survey_cycles),
                ("follow_up_cycles", &status.follow_up_cycles),
            ];
            for (name, list) in lists {
                for (i, id) in list.iter().enumerate() {
                    self.reference(&format!("status.{name}[{i}]"), id, &cycles, "cycle");
                }
            }
            for (i, id) in status.starts.iter().enumerate() {
                self.reference(&format!("status.starts[{i}]"), id, &deadlines, "deadline");
            }
            if let Some(element) = &status.pay_survey {
                self.reference("status.pay_survey", element, &elements, "element");
            }
            if !(status.jump_threshold > 0.0 && status.jump_threshold <= 100.0) {
                self.push(
                    "status.jump_threshold",
                    ProblemKind::OutOfRange {
                        value: status.jump_threshold,
                        min: 0.0,
                        max: 100.0,
                    },
                );
            }
            if status.follow_up_grace_days > 366 {
                self.push(
                    "status.follow_up_grace_days",
                    ProblemKind::OutOfRange {
                        value: f64::from(status.follow_up_grace_days),
                        min: 0.0,
                        max: 366.0,
                    },
                );
            }
        }
        for (i, t) in pack.thresholds.iter().enumerate() {
            let path = format!("thresholds[{i}]");
            self.text(&format!("{path}.name"), &t.name);
            self.text(&format!("{path}.guidance"), &t.guidance);
            let (min, max) = match t.unit {
                ThresholdUnit::Staff => (1.0, MAX_STAFF),
                ThresholdUnit::Percent => (0.0, 100.0),
            };
            let value_path = format!("{path}.value");
            if !t.value.is_finite() || t.value < min || t.value > max {
                self.push(
                    value_path,
                    ProblemKind::OutOfRange {
                        value: t.value,
                        min,
                        max,
                    },
                );
            } else if t.unit == ThresholdUnit::Staff && t.value.fract() != 0.0 {
                self.push(value_path, ProblemKind::NotWholeNumber { value: t.value });
            } else if t.unit == ThresholdUnit::Percent && t.value == 0.0 {
                self.push(
                    value_path,
                    ProblemKind::Inconsistent {
                        what: "a percentage threshold of 0 separates nothing",
                    },
                );
            }
        }

        if !pack.scale.is_empty() || uses_scale {
            let mut values: Vec<u8> = pack.scale.iter().map(|l| l.value).collect();
            values.sort_unstable();
            if values != [1, 2, 3, 4] {
                self.push(
                    "scale",
                    ProblemKind::Inconsistent {
                        what: "the scale defines each of the levels 1, 2, 3 and 4 exactly once",
                    },
                );
            }
            for (i, level) in pack.scale.iter().enumerate() {
                self.text(&format!("scale[{i}].label"), &level.label);
                self.text(&format!("scale[{i}].guidance"), &level.guidance);
            }
        }
    }

    fn handbook(&mut self, handbook: &Handbook) {
        if !is_valid_id(&handbook.id) {
            self.push(
                "id",
                ProblemKind::InvalidId {
                    id: handbook.id.clone(),
                },
            );
        }
        self.version("version", &handbook.version);
        self.date("reviewed", &handbook.reviewed);
        self.text("title", &handbook.title);
        self.text("description", &handbook.description);
        self.non_empty("chapters", &handbook.chapters);
        self.ids("chapters", handbook.chapters.iter().map(|c| c.id.as_str()));
        for (i, chapter) in handbook.chapters.iter().enumerate() {
            let path = format!("chapters[{i}]");
            self.text(&format!("{path}.title"), &chapter.title);
            self.text(&format!("{path}.body"), &chapter.body);
            for (k, action) in chapter.actions.iter().enumerate() {
                self.text(&format!("{path}.actions[{k}].service"), &action.service);
                self.text(&format!("{path}.actions[{k}].text"), &action.text);
            }
            for (k, example) in chapter.examples.iter().enumerate() {
                self.text(&format!("{path}.examples[{k}].title"), &example.title);
                self.text(&format!("{path}.examples[{k}].text"), &example.text);
            }
        }
    }

    fn catalogue(&mut self, catalogue: &Catalogue, pack_ids: &[&str]) {
        self.version("version", &catalogue.version);
        let categories = self.ids(
            "categories",
            catalogue.categories.iter().map(|c| c.id.as_str()),
        );
        self.ids("measures", catalogue.measures.iter().map(|m| m.id.as_str()));
        self.non_empty("categories", &catalogue.categories);
        self.non_empty("measures", &catalogue.measures);
        for (i, c) in catalogue.categories.iter().enumerate() {
            self.text(&format!("categories[{i}].name"), &c.name);
        }
        let packs: HashSet<&str> = pack_ids.iter().copied().collect();
        for (i, m) in catalogue.measures.iter().enumerate() {
            let path = format!("measures[{i}]");
            self.reference(
                &format!("{path}.category"),
                &m.category,
                &categories,
                "category",
            );
            self.non_empty(&format!("{path}.packs"), &m.packs);
            let mut seen = HashSet::new();
            for (k, p) in m.packs.iter().enumerate() {
                let pack_path = format!("{path}.packs[{k}]");
                if !seen.insert(p.as_str()) {
                    self.push(pack_path, ProblemKind::DuplicateId { id: p.clone() });
                } else {
                    self.reference(&pack_path, p, &packs, "pack");
                }
            }
            self.text(&format!("{path}.title"), &m.title);
            self.text(&format!("{path}.guidance"), &m.guidance);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for ok in ["a", "fi-non-discrimination", "step-2", "x1"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in ["", "A", "a--b", "-a", "a-", "a_b", "å", "a b"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
        assert!(!is_valid_id(&"a".repeat(MAX_ID_CHARS + 1)));
    }

    #[test]
    fn versions() {
        assert!(is_valid_version("1.0.0"));
        assert!(is_valid_version("12.3.45"));
        for bad in ["", "1", "1.0", "1.0.0.0", "v1.0.0", "1.a.0", "1..0"] {
            assert!(!is_valid_version(bad), "{bad}");
        }
    }

    #[test]
    fn dates() {
        for ok in ["2026-06-07", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert!(is_valid_date(ok), "{ok}");
        }
        for bad in [
            "",
            "2026-6-7",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2023-02-29",
            "1900-02-29",
            "2026/06/07",
            "2026-06-07T00:00",
            "+026-06-07",
        ] {
            assert!(!is_valid_date(bad), "{bad}");
        }
    }
}
