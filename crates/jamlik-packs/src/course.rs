//! Courses as data: modules of lessons written in Markdown, each module with a
//! quiz drawn from a question bank, in Swedish, Finnish and English. A course
//! lives in `packs/courses/{id}.toml`; its images in `packs/courses/media/`.
//!
//! The loader checks what a screen reader and a learner depend on: every text
//! in three languages, lesson headings that do not skip a level (the lesson's
//! title is the page's heading, so lessons use `##` and `###` only), every
//! image with alt text and a file that exists, every video with a transcript,
//! no raw HTML, links only to `https://` addresses, and quizzes that can be
//! passed: each question with exactly one right option, a draw no larger
//! than the bank, a pass mark from 1 to 100 %.

use std::collections::HashSet;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag};
use serde::{Deserialize, Serialize};

use crate::model::Text;
use crate::validate::{Problem, ProblemKind, Validator};

/// A course.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    /// The identifier: the file name without `.toml`.
    pub id: String,
    /// The content's version (`MAJOR.MINOR.PATCH`). A certificate records the
    /// version it was earned with; a later version never touches it.
    pub version: String,
    /// When the content was last checked (`YYYY-MM-DD`).
    pub reviewed: String,
    /// How many months a completion certificate is valid; none: no expiry.
    #[serde(default)]
    pub valid_months: Option<u32>,
    /// The title.
    pub title: Text,
    /// For whom, what one learns and how long it takes, in a paragraph.
    pub description: Text,
    /// The modules, in order.
    pub modules: Vec<CourseModule>,
}

/// A module of a course: lessons, then a quiz.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseModule {
    /// The identifier, unique within the course.
    pub id: String,
    /// The title.
    pub title: Text,
    /// What it is about, in a sentence.
    pub summary: Text,
    /// The lessons, in order.
    pub lessons: Vec<Lesson>,
    /// The quiz that ends the module.
    #[serde(default)]
    pub quiz: Option<Quiz>,
}

/// A lesson: Markdown text, optionally with videos.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// The identifier, unique within the course.
    pub id: String,
    /// The title: the lesson page's heading.
    pub title: Text,
    /// Reading time in minutes.
    pub minutes: u32,
    /// The text in Markdown: `##` and `###` headings, paragraphs, lists,
    /// emphasis, `https://` links and images from the course's media folder.
    pub body: Text,
    /// Videos, each with a transcript.
    #[serde(default)]
    pub videos: Vec<Video>,
}

/// A video shown as a link, with its transcript on the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Video {
    /// Where it is watched (`https://`), captioned.
    pub url: String,
    /// Its title.
    pub title: Text,
    /// What is said and shown, for those who cannot watch or hear it.
    pub transcript: Text,
}

/// A quiz: questions drawn from a bank.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    /// The share of drawn questions to answer right to pass, in percent.
    pub pass_mark: u32,
    /// How many questions one attempt draws from the bank.
    pub draw: u32,
    /// How long an attempt may take.
    pub time_limit_minutes: u32,
    /// The bank.
    pub questions: Vec<QuizQuestion>,
}

/// A question with options, exactly one of them right.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizQuestion {
    /// The identifier, unique within the course.
    pub id: String,
    /// The question.
    pub text: Text,
    /// Why the right answer is right, shown after the attempt.
    pub explanation: Text,
    /// The options, in the order shown.
    pub options: Vec<QuizOption>,
}

/// An option of a question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizOption {
    /// The identifier, unique within the question.
    pub id: String,
    /// What it says.
    pub text: Text,
    /// Whether it is the right answer.
    #[serde(default)]
    pub correct: bool,
}

impl Course {
    /// The module with this id.
    pub fn module(&self, id: &str) -> Option<&CourseModule> {
        self.modules.iter().find(|m| m.id == id)
    }

    /// Every lesson with its module, in order.
    pub fn lessons(&self) -> impl Iterator<Item = (&CourseModule, &Lesson)> {
        self.modules
            .iter()
            .flat_map(|m| m.lessons.iter().map(move |l| (m, l)))
    }

    /// The lesson with this id and its module.
    pub fn lesson(&self, id: &str) -> Option<(&CourseModule, &Lesson)> {
        self.lessons().find(|(_, l)| l.id == id)
    }

    /// The modules that end in a quiz.
    pub fn quizzes(&self) -> impl Iterator<Item = (&CourseModule, &Quiz)> {
        self.modules
            .iter()
            .filter_map(|m| m.quiz.as_ref().map(|q| (m, q)))
    }
}

impl Quiz {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&QuizQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }
}

impl QuizQuestion {
    /// The right option.
    pub fn correct(&self) -> Option<&QuizOption> {
        self.options.iter().find(|o| o.correct)
    }
}

/// Checks a course against the names of the files in its media folder.
pub fn validate_course(course: &Course, media: &HashSet<&str>) -> Vec<Problem> {
    let mut v = Validator::default();
    v.id("id", &course.id);
    v.version("version", &course.version);
    v.date("reviewed", &course.reviewed);
    v.text("title", &course.title);
    v.text("description", &course.description);
    if course.valid_months == Some(0) {
        v.push(
            "valid_months",
            ProblemKind::OutOfRange {
                value: 0.0,
                min: 1.0,
                max: f64::from(u32::MAX),
            },
        );
    }
    v.non_empty("modules", &course.modules);
    v.ids("modules", course.modules.iter().map(|m| m.id.as_str()));
    let mut lesson_ids = HashSet::new();
    let mut question_ids = HashSet::new();
    for (i, module) in course.modules.iter().enumerate() {
        let path = format!("modules[{i}]");
        v.text(&format!("{path}.title"), &module.title);
        v.text(&format!("{path}.summary"), &module.summary);
        v.non_empty(&format!("{path}.lessons"), &module.lessons);
        for (k, lesson) in module.lessons.iter().enumerate() {
            let path = format!("{path}.lessons[{k}]");
            v.id(&format!("{path}.id"), &lesson.id);
            if !lesson_ids.insert(lesson.id.as_str()) {
                v.push(
                    format!("{path}.id"),
                    ProblemKind::DuplicateId {
                        id: lesson.id.clone(),
                    },
                );
            }
            v.text(&format!("{path}.title"), &lesson.title);
            v.text(&format!("{path}.body"), &lesson.body);
            for (language, body) in [
                ("sv", &lesson.body.sv),
                ("fi", &lesson.body.fi),
                ("en", &lesson.body.en),
            ] {
                markdown(&mut v, &format!("{path}.body.{language}"), body, media);
            }
            for (n, video) in lesson.videos.iter().enumerate() {
                let path = format!("{path}.videos[{n}]");
                v.url(&format!("{path}.url"), &video.url);
                v.text(&format!("{path}.title"), &video.title);
                v.text(&format!("{path}.transcript"), &video.transcript);
            }
        }
        if let Some(quiz) = &module.quiz {
            let path = format!("{path}.quiz");
            if !(1..=100).contains(&quiz.pass_mark) {
                v.push(
                    format!("{path}.pass_mark"),
                    ProblemKind::OutOfRange {
                        value: f64::from(quiz.pass_mark),
                        min: 1.0,
                        max: 100.0,
                    },
                );
            }
            if quiz.draw == 0 || quiz.draw as usize > quiz.questions.len() {
                v.push(
                    format!("{path}.draw"),
                    ProblemKind::OutOfRange {
                        value: f64::from(quiz.draw),
                        min: 1.0,
                        max: quiz.questions.len() as f64,
                    },
                );
            }
            if quiz.time_limit_minutes == 0 {
                v.push(
                    format!("{path}.time_limit_minutes"),
                    ProblemKind::OutOfRange {
                        value: 0.0,
                        min: 1.0,
                        max: f64::from(u32::MAX),
                    },
                );
            }
            for (k, question) in quiz.questions.iter().enumerate() {
                let path = format!("{path}.questions[{k}]");
                v.id(&format!("{path}.id"), &question.id);
                if !question_ids.insert(question.id.as_str()) {
                    v.push(
                        format!("{path}.id"),
                        ProblemKind::DuplicateId {
                            id: question.id.clone(),
                        },
                    );
                }
                v.text(&format!("{path}.text"), &question.text);
                v.text(&format!("{path}.explanation"), &question.explanation);
                v.ids(
                    &format!("{path}.options"),
                    question.options.iter().map(|o| o.id.as_str()),
                );
                if question.options.len() < 2 {
                    v.push(
                        format!("{path}.options"),
                        ProblemKind::Inconsistent {
                            what: "a question needs at least two options",
                        },
                    );
                }
                if question.options.iter().filter(|o| o.correct).count() != 1 {
                    v.push(
                        format!("{path}.options"),
                        ProblemKind::Inconsistent {
                            what: "exactly one option must be correct",
                        },
                    );
                }
                for (n, option) in question.options.iter().enumerate() {
                    v.text(&format!("{path}.options[{n}].text"), &option.text);
                }
            }
        }
    }
    v.problems
}

/// Checks one lesson text's Markdown.
fn markdown(v: &mut Validator, path: &str, text: &str, media: &HashSet<&str>) {
    let mut seen_h2 = false;
    let mut in_image = false;
    let mut alt = String::new();
    let mut image = String::new();
    for event in Parser::new(text) {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => v.push(
                path,
                ProblemKind::Markdown {
                    what: "raw HTML is not allowed",
                },
            ),
            Event::Start(Tag::Heading { level, .. }) => match level {
                HeadingLevel::H2 => seen_h2 = true,
                HeadingLevel::H3 if seen_h2 => {}
                HeadingLevel::H3 => v.push(
                    path,
                    ProblemKind::Markdown {
                        what: "a ### heading needs a ## heading before it",
                    },
                ),
                _ => v.push(
                    path,
                    ProblemKind::Markdown {
                        what: "only ## and ### headings: the lesson's title is the page's heading",
                    },
                ),
            },
            Event::Start(Tag::Link { dest_url, .. }) => v.url(path, &dest_url),
            Event::Start(Tag::Image { dest_url, .. }) => {
                in_image = true;
                alt.clear();
                image = dest_url.to_string();
            }
            Event::Text(t) | Event::Code(t) if in_image => alt.push_str(&t),
            Event::End(pulldown_cmark::TagEnd::Image) => {
                in_image = false;
                if alt.trim().is_empty() {
                    v.push(
                        path,
                        ProblemKind::Markdown {
                            what: "an image needs alt text",
                        },
                    );
                }
                if !media.contains(image.as_str()) {
                    v.push(
                        path,
                        ProblemKind::UnknownReference {
                            target: "media file",
                            id: image.clone(),
                        },
                    );
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Text {
        Text {
            sv: s.into(),
            fi: s.into(),
            en: s.into(),
        }
    }

    fn course() -> Course {
        Course {
            id: "c".into(),
            version: "1.0.0".into(),
            reviewed: "2026-12-07".into(),
            valid_months: Some(36),
            title: text("T"),
            description: text("D"),
            modules: vec![CourseModule {
                id: "m".into(),
                title: text("M"),
                summary: text("S"),
                lessons: vec![Lesson {
                    id: "l".into(),
                    title: text("L"),
                    minutes: 5,
                    body: text("## Part\n\nText with ![a diagram](d.svg).\n\n### More\n\nx"),
                    videos: Vec::new(),
                }],
                quiz: Some(Quiz {
                    pass_mark: 75,
                    draw: 1,
                    time_limit_minutes: 10,
                    questions: vec![QuizQuestion {
                        id: "q".into(),
                        text: text("Q"),
                        explanation: text("E"),
                        options: vec![
                            QuizOption {
                                id: "a".into(),
                                text: text("A"),
                                correct: true,
                            },
                            QuizOption {
                                id: "b".into(),
                                text: text("B"),
                                correct: false,
                            },
                        ],
                    }],
                }),
            }],
        }
    }

    fn paths(course: &Course) -> Vec<String> {
        let media = HashSet::from(["d.svg"]);
        validate_course(course, &media)
            .into_iter()
            .map(|p| p.to_string())
            .collect()
    }

    #[test]
    fn a_sound_course_has_no_problems() {
        assert_eq!(paths(&course()), Vec::<String>::new());
    }

    #[test]
    fn each_broken_part_is_named_by_its_place() {
        let mut c = course();
        c.modules[0].lessons[0].body.fi =
            "# Title again\n\n![](d.svg) ![x](gone.svg) <b>x</b> [l](http://x)".into();
        c.modules[0].lessons[0].title.sv.clear();
        let quiz = c.modules[0].quiz.as_mut().expect("quiz");
        quiz.draw = 2;
        quiz.questions[0].options[1].correct = true;
        let found = paths(&c);
        let expect = [
            "modules[0].lessons[0].title.sv: the text is empty",
            "modules[0].lessons[0].body.fi: only ## and ### headings",
            "modules[0].lessons[0].body.fi: an image needs alt text",
            "modules[0].lessons[0].body.fi: no media file has the id `gone.svg`",
            "modules[0].lessons[0].body.fi: raw HTML is not allowed",
            "modules[0].lessons[0].body.fi: `http://x` is not an https:// link",
            "modules[0].quiz.draw: 2 is out of range (1 to 1)",
            "modules[0].quiz.questions[0].options: exactly one option must be correct",
        ];
        for e in expect {
            assert!(
                found.iter().any(|f| f.starts_with(e)),
                "{e} not in {found:#?}"
            );
        }
    }

    #[test]
    fn a_video_without_a_transcript_is_refused() {
        let mut c = course();
        c.modules[0].lessons[0].videos.push(Video {
            url: "https://video.example/x".into(),
            title: text("V"),
            transcript: Text::default(),
        });
        let found = paths(&c);
        assert!(found
            .iter()
            .any(|f| f.starts_with("modules[0].lessons[0].videos[0].transcript.en")));
    }
}
