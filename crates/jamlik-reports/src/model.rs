//! The data a report is made from.
//!
//! Every value arrives already formatted for display in the report's language
//! (dates, numbers, money, names): this crate lays text out and knows nothing of
//! where it came from.

use jamlik_domain::Language;

/// Which document a report is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportKind {
    /// The equality plan itself.
    Plan,
    /// A follow-up report on a plan's measures.
    FollowUp,
}

/// A plan, or a follow-up report of a plan, ready to be rendered.
#[derive(Clone, Debug)]
pub struct Report {
    /// Plan or follow-up report.
    pub kind: ReportKind,
    /// The language the report is written in; headings follow it.
    pub language: Language,
    /// The organisation's name in that language.
    pub organisation: String,
    /// The plan's title.
    pub title: String,
    /// The approved version the report shows, or none for a draft.
    pub version: Option<VersionLine>,
    /// The document's date.
    pub date: String,
    /// The plan's period, e.g. `1.1.2025–31.12.2028`.
    pub period: String,
    /// The laws and frameworks the plan covers.
    pub frameworks: Vec<String>,
    /// Who is in the working group.
    pub working_group: String,
    /// How many measures are in each status.
    pub progress: Vec<ProgressCount>,
    /// Free-text sections, in order.
    pub sections: Vec<Section>,
    /// Who was consulted, when, and what they said.
    pub consultations: Vec<Consultation>,
    /// The assessment's findings.
    pub findings: Vec<Finding>,
    /// The plan's measures, in order.
    pub measures: Vec<Measure>,
    /// The follow-up round a follow-up report covers.
    pub round: Option<Round>,
    /// Whether each measure's latest reported update is shown. The public
    /// version leaves updates out: their notes are internal working text.
    pub shows_updates: bool,
    /// Which language the texts without a translation into the report's
    /// language are in, as a sentence; none when every text is in it.
    pub language_note: Option<String>,
}

/// An approved version of a plan.
#[derive(Clone, Debug)]
pub struct VersionLine {
    /// The version number, e.g. `3`.
    pub number: String,
    /// The body that approved it, e.g. the municipal board.
    pub approved_by: String,
    /// The date of the decision.
    pub approved_on: String,
    /// The decision's reference (minutes, section).
    pub decision: String,
}

/// How many measures are in one status.
#[derive(Clone, Debug)]
pub struct ProgressCount {
    /// The status's label, e.g. `Pågår`.
    pub status: String,
    /// The number of measures in it.
    pub count: u32,
}

/// A free-text section.
#[derive(Clone, Debug)]
pub struct Section {
    /// The section's heading.
    pub heading: String,
    /// Plain text; a blank line starts a new paragraph.
    pub body: String,
}

/// One consultation of staff, residents or their representatives.
#[derive(Clone, Debug)]
pub struct Consultation {
    /// Who was consulted.
    pub party: String,
    /// When.
    pub date: String,
    /// What they said.
    pub summary: String,
}

/// One finding of the assessment.
#[derive(Clone, Debug)]
pub struct Finding {
    /// The service or unit.
    pub service: String,
    /// The ground of discrimination.
    pub ground: String,
    /// Direct or indirect discrimination.
    pub kind: String,
    /// What was found.
    pub description: String,
    /// Who is affected.
    pub affected: String,
    /// How severe the risk is.
    pub severity: String,
    /// How likely it is.
    pub likelihood: String,
}

/// One measure of the plan.
#[derive(Clone, Debug)]
pub struct Measure {
    /// What will be done.
    pub title: String,
    /// What it should achieve.
    pub goal: String,
    /// The unit responsible.
    pub responsible: String,
    /// The budget, formatted with its currency, or empty.
    pub budget: String,
    /// When it starts.
    pub start: String,
    /// When it is due.
    pub due: String,
    /// Its status's label.
    pub status: String,
    /// How progress is measured.
    pub indicators: Vec<Indicator>,
    /// The latest update on it, if any.
    pub latest_update: Option<Update>,
}

/// How a measure's progress is measured.
#[derive(Clone, Debug)]
pub struct Indicator {
    /// What is measured.
    pub name: String,
    /// Where it stood when the plan was made.
    pub baseline: String,
    /// Where it should be by the end.
    pub target: String,
}

/// An update on a measure.
#[derive(Clone, Debug)]
pub struct Update {
    /// When it was made.
    pub date: String,
    /// What has happened.
    pub note: String,
}

/// A follow-up round.
#[derive(Clone, Debug)]
pub struct Round {
    /// The round's name, e.g. `Spring 2026`.
    pub name: String,
    /// When the round ran, e.g. `1.3.2026–31.3.2026`.
    pub period: String,
    /// One entry per measure followed up.
    pub entries: Vec<RoundEntry>,
}

/// What happened to one measure in a follow-up round.
#[derive(Clone, Debug)]
pub struct RoundEntry {
    /// The measure's title.
    pub measure: String,
    /// Its status's label after the round.
    pub status: String,
    /// The update made in the round, or none when none was made.
    pub update: Option<Update>,
}

/// A course certificate, ready to be rendered: every value already in the
/// certificate's language.
#[derive(Clone, Debug)]
pub struct CertificateDocument {
    /// The language it is written in.
    pub language: Language,
    /// What it is, e.g. "Certificate of completion".
    pub kind: String,
    /// The name the holder chose to show.
    pub holder: String,
    /// The sentence under the name, e.g. "has completed the course".
    pub statement: String,
    /// The course's title as it was when earned.
    pub course: String,
    /// Labelled facts: issued, valid until, version, code, where to verify.
    pub facts: Vec<(String, String)>,
    /// The day it was issued, shown on the page.
    pub date: String,
    /// Who issues it (the service's name).
    pub issuer: String,
}
