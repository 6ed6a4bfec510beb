//! Demo data for online training: people of Vaasa and Porvoo at every stage
//! of the course "An equal municipality" — one lesson read, halfway with a
//! failed quiz, every lesson read, completed with a valid certificate, and
//! one who completed it years ago and whose certificate has expired. Made
//! through the same store calls a learner's clicks make. Safe to run again:
//! a person who has begun the course is left alone.

use jamlik_domain::{Email, Role};
use jamlik_packs::Course;
use jamlik_store::{Actor, QuizAnswer, Store};

const COURSE: &str = "equal-municipality";

/// How far a demo learner has come.
#[derive(Clone, Copy)]
enum Stage {
    /// Read this many lessons.
    Lessons(usize),
    /// Read every lesson, passed the first `n` quizzes (after failing the
    /// first attempt at the first one).
    Quizzes(usize),
    /// Completed.
    Completed,
    /// Completed this many days ago (the certificate may have expired).
    CompletedDaysAgo(i64),
}

/// (email, name, organisation code, role, stage); `None` role: an account
/// that already exists.
const LEARNERS: &[(&str, &str, &str, Option<Role>, Stage)] = &[
    (
        "coordinator@vaasa.example",
        "",
        "905",
        None,
        Stage::Completed,
    ),
    (
        "contributor@vaasa.example",
        "",
        "905",
        None,
        Stage::CompletedDaysAgo(3 * 365 + 60),
    ),
    ("viewer@vaasa.example", "", "905", None, Stage::Quizzes(2)),
    (
        "aino.aaltonen@vaasa.example",
        "Aino Aaltonen",
        "905",
        Some(Role::Viewer),
        Stage::Lessons(1),
    ),
    (
        "hanna.holm@vaasa.example",
        "Hanna Holm",
        "905",
        Some(Role::Contributor),
        Stage::Quizzes(5),
    ),
    (
        "coordinator@porvoo.example",
        "",
        "638",
        None,
        Stage::Completed,
    ),
    (
        "erik.ek@porvoo.example",
        "Erik Ek",
        "638",
        Some(Role::Contributor),
        Stage::Quizzes(0),
    ),
    (
        "sanna.salo@porvoo.example",
        "Sanna Salo",
        "638",
        Some(Role::Viewer),
        Stage::Lessons(3),
    ),
];

fn course() -> anyhow::Result<&'static Course> {
    jamlik_packs::shipped()
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .course(COURSE)
        .ok_or_else(|| anyhow::anyhow!("the course {COURSE} is not shipped"))
}

/// Takes a module's quiz: the first questions of the bank, all right or all
/// wrong.
async fn take_quiz(
    store: &Store,
    user: &jamlik_domain::UserId,
    course: &Course,
    module: &str,
    right: bool,
) -> anyhow::Result<()> {
    let quiz = course
        .module(module)
        .and_then(|m| m.quiz.as_ref())
        .ok_or_else(|| anyhow::anyhow!("no quiz in {module}"))?;
    let drawn: Vec<String> = quiz
        .questions
        .iter()
        .take(quiz.draw as usize)
        .map(|q| q.id.clone())
        .collect();
    let attempt = store
        .start_quiz(user, course, module, drawn.clone())
        .await?;
    let answers = drawn
        .iter()
        .filter_map(|id| quiz.question(id))
        .filter_map(|q| {
            q.options
                .iter()
                .find(|o| o.correct == right)
                .map(|o| QuizAnswer {
                    question: q.id.clone(),
                    option: o.id.clone(),
                })
        })
        .collect();
    store
        .submit_quiz(user, course, &attempt.id, answers)
        .await?;
    Ok(())
}

/// Seeds the learners.
pub async fn seed(store: &Store, password_hash: &str) -> anyhow::Result<()> {
    let course = course()?;
    let actor = Actor::system("demo");
    for &(email, name, org_code, role, stage) in LEARNERS {
        let org = store
            .organisation_by_code(jamlik_domain::Country::Finland, org_code)
            .await?;
        let email = Email::parse(email)?;
        let user = match store.user_by_email(&email).await? {
            Some(user) => user,
            None => {
                store
                    .create_user(&actor, &email, name, Some(password_hash.to_owned()), None)
                    .await?
            }
        };
        if let Some(role) = role {
            if store.role_in(&org.id, &user.id).await?.is_none() {
                store
                    .add_member(&actor, &org.id, &email, Some(name), role, |invitation| {
                        jamlik_store::OutgoingMail {
                            to: invitation.user.email.clone(),
                            subject: "Jämlik demo".into(),
                            body: "This demo account was added to its organisation.".into(),
                        }
                    })
                    .await?;
            }
        }
        if store.course_progress(&user.id, COURSE).await?.started {
            continue;
        }
        let lessons: Vec<String> = course.lessons().map(|(_, l)| l.id.clone()).collect();
        let modules: Vec<String> = course.quizzes().map(|(m, _)| m.id.clone()).collect();
        let (read, passed) = match stage {
            Stage::Lessons(n) => (n, 0),
            Stage::Quizzes(n) => (lessons.len(), n),
            Stage::Completed | Stage::CompletedDaysAgo(_) => (lessons.len(), modules.len()),
        };
        for lesson in lessons.iter().take(read) {
            store.mark_lesson_read(&user.id, course, lesson).await?;
        }
        if matches!(stage, Stage::Quizzes(_)) {
            if let Some(first) = modules.first() {
                take_quiz(store, &user.id, course, first, false).await?;
            }
        }
        for module in modules.iter().take(passed) {
            take_quiz(store, &user.id, course, module, true).await?;
        }
        if let Stage::CompletedDaysAgo(days) = stage {
            store
                .backdate_course_history(&user.id, COURSE, days)
                .await?;
        }
    }
    // Vaasa's target: every member certified by the end of June 2027.
    let vaasa = store
        .organisation_by_code(jamlik_domain::Country::Finland, "905")
        .await?;
    if store.training_targets(&vaasa.id).await?.is_empty() {
        store
            .set_training_target(
                &actor,
                &vaasa.id,
                &jamlik_store::TrainingTarget {
                    course_id: COURSE.into(),
                    role: None,
                    share: 100,
                    due_on: jamlik_domain::IsoDate::parse("2027-06-30")?,
                },
            )
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_demo_course_is_shipped() {
        assert!(super::course().is_ok());
    }
}
