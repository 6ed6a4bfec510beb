//! Online training: a course read lesson by lesson, quizzes drawn from a
//! bank, completion decided the moment the last requirement is met, and a
//! certificate issued once that anyone can verify by its code — valid,
//! expired or revoked — and that a later course version never touches.

use std::collections::HashSet;

use jamlik_packs::Course;
use reqwest::StatusCode;

use crate::on_both;
use crate::support::{Client, TestApp, TestDbHandle};

const COURSE: &str = "equal-municipality";

fn course() -> &'static Course {
    jamlik_packs::shipped()
        .ok()
        .and_then(|r| r.course(COURSE))
        .unwrap_or_else(|| panic!("no course {COURSE}"))
}

/// The question ids an open attempt's page asks.
fn asked(body: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for part in body.split("name=\"q-").skip(1) {
        let id = part.split('"').next().unwrap_or_default().to_owned();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// Starts an attempt at a module's quiz; its address.
async fn start(client: &Client, module: &str) -> String {
    let started = client
        .post_form(&format!("/courses/{COURSE}/quiz/{module}"), &[])
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let location = started.location();
    assert!(location.starts_with(&format!("/courses/{COURSE}/attempts/")));
    location
}

/// Answers an open attempt, every question right or every one wrong.
async fn answer(
    client: &Client,
    attempt: &str,
    module: &str,
    right: bool,
) -> crate::support::Answer {
    let page = client.get(attempt).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let quiz = course()
        .module(module)
        .and_then(|m| m.quiz.as_ref())
        .unwrap_or_else(|| panic!("no quiz {module}"));
    let questions = asked(&page.body);
    assert_eq!(questions.len(), quiz.draw as usize, "the draw's size");
    let answers: Vec<(String, String)> = questions
        .iter()
        .map(|q| {
            let question = quiz.question(q).unwrap_or_else(|| panic!("asked {q}"));
            let option = question
                .options
                .iter()
                .find(|o| o.correct == right)
                .unwrap_or_else(|| panic!("options of {q}"));
            (format!("q-{q}"), option.id.clone())
        })
        .collect();
    let fields: Vec<(&str, &str)> = answers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    client.post_form(attempt, &fields).await
}

async fn read_every_lesson(client: &Client) {
    for (_, lesson) in course().lessons() {
        let read = client
            .post_form(&format!("/courses/{COURSE}/lessons/{}", lesson.id), &[])
            .await;
        assert_eq!(read.status, StatusCode::SEE_OTHER, "{}", read.body);
        assert!(
            !read.location().starts_with("/verify/"),
            "no certificate before the quizzes are passed"
        );
    }
}

/// Passes every module's quiz but the last; returns the last module's id.
async fn pass_all_but_last(client: &Client) -> String {
    let modules: Vec<_> = course().quizzes().map(|(m, _)| m.id.clone()).collect();
    let (last, rest) = modules.split_last().unwrap_or_else(|| panic!("no quizzes"));
    for module in rest {
        let attempt = start(client, module).await;
        let done = answer(client, &attempt, module, true).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert!(done.location().contains("#result"), "{}", done.location());
    }
    last.clone()
}

async fn code_of(app: &TestApp, who: &str) -> Vec<jamlik_store::Certificate> {
    let email = jamlik_domain::Email::parse(&crate::support::email_of(who))
        .unwrap_or_else(|e| panic!("{e}"));
    let user = app
        .store
        .user_by_email(&email)
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {who}"));
    app.store
        .certificates_of(&user.id)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

on_both!(
    a_course_is_completed_the_moment_the_last_quiz_is_passed_and_its_certificate_verifies,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let course = course();
        assert!(course.lessons().count() >= 6 && course.quizzes().count() == course.modules.len());

        // Anyone reads the course; only a signed-in person keeps progress.
        let anonymous = app.client().with_language("fi");
        let index = anonymous.get("/courses").await;
        assert_eq!(index.status, StatusCode::OK);
        assert!(index.body.contains(&course.title.fi));
        let (_, first) = course.lessons().next().unwrap_or_else(|| panic!("lessons"));
        let lesson = anonymous
            .get(&format!("/courses/{COURSE}/lessons/{}", first.id))
            .await;
        assert_eq!(lesson.status, StatusCode::OK);
        assert!(
            lesson.body.contains("<h2>"),
            "the lesson's Markdown is HTML"
        );
        assert!(
            !lesson.body.contains("Merkitse luetuksi"),
            "no progress form for the public"
        );

        let learner = app.signed_in("contributor").await.with_language("en");
        let start_page = learner.get(&format!("/courses/{COURSE}")).await;
        assert!(
            start_page.body.contains("0 of 18 steps done"),
            "{}",
            start_page.body
        );

        // Fail a quiz, then pass it: the failure keeps the right answers.
        let module = &course.modules[0].id;
        let attempt = start(&learner, module).await;
        let failed = answer(&learner, &attempt, module, false).await;
        assert_eq!(failed.status, StatusCode::SEE_OTHER);
        let result = learner.get(&attempt).await;
        assert!(result.body.contains("Not passed yet"), "{}", result.body);
        assert!(result.body.contains("0 of 4 right"));
        assert!(result.body.contains("The right answer"));

        read_every_lesson(&learner).await;
        let last = pass_all_but_last(&learner).await;
        assert!(
            code_of(&app, "contributor").await.is_empty(),
            "not complete yet"
        );
        let progress = learner.get(&format!("/courses/{COURSE}")).await;
        assert!(
            progress.body.contains("17 of 18 steps done"),
            "{}",
            progress.body
        );

        // The last requirement met: the certificate, in that same request.
        let attempt = start(&learner, &last).await;
        let passed = answer(&learner, &attempt, &last, true).await;
        assert_eq!(passed.status, StatusCode::SEE_OTHER);
        let location = passed.location();
        assert!(location.starts_with("/verify/"), "{location}");
        let issued = code_of(&app, "contributor").await;
        assert_eq!(issued.len(), 1);
        let code = issued[0].code.clone();
        assert_eq!(issued[0].course_version, course.version);
        assert!(location.contains(&code));

        // Anyone verifies it: the name shown and nothing else of the person.
        let verified = app
            .client()
            .with_language("sv")
            .get(&format!("/verify/{code}"))
            .await;
        assert_eq!(verified.status, StatusCode::OK);
        assert!(verified.body.contains("Giltigt"), "{}", verified.body);
        assert!(verified.body.contains(">contributor<"), "the holder's name");
        assert!(!verified.body.contains("@turku.example"), "no e-mail");
        assert!(verified.body.contains(&course.title.sv));
        let typed = app
            .client()
            .get(&format!(
                "/verify?code={}",
                code.to_lowercase().replace('-', " ")
            ))
            .await;
        assert_eq!(typed.status, StatusCode::SEE_OTHER);
        assert_eq!(typed.location(), format!("/verify/{code}"));
        let (status, headers, pdf) = app
            .client()
            .with_language("fi")
            .get_bytes(&format!("/verify/{code}/certificate.pdf"))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers["content-type"], "application/pdf");
        assert!(pdf.starts_with(b"%PDF"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(
            text.contains("StructTreeRoot") && text.contains("/Lang"),
            "a tagged PDF"
        );

        // Passing a quiz again, or the course's next version, never issues
        // or rewrites it.
        let again = start(&learner, &last).await;
        let passed_again = answer(&learner, &again, &last, true).await;
        assert!(passed_again.location().contains("#result"));
        let mut next_version = course.clone();
        next_version.version = "2.0.0".into();
        next_version.title.en = "A renamed course".into();
        let user = app
            .store
            .user_by_email(&jamlik_domain::Email::parse("contributor@turku.example").unwrap())
            .await
            .unwrap()
            .unwrap();
        let reissued = app
            .store
            .mark_lesson_read(&user.id, &next_version, &first.id)
            .await
            .unwrap();
        assert_eq!(reissued, None);
        let still = code_of(&app, "contributor").await;
        assert_eq!(still, issued, "the certificate is as it was issued");
    }
);

on_both!(
    bad_quiz_answers_late_submissions_and_unknown_codes_are_refused_with_nothing_stored,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let learner = app.signed_in("viewer").await.with_language("en");
        let module = course().modules[1].id.clone();
        let attempt = start(&learner, &module).await;
        let page = learner.get(&attempt).await;
        let asked = asked(&page.body);
        let bank: HashSet<String> = course().modules[1]
            .quiz
            .as_ref()
            .map(|q| q.questions.iter().map(|q| q.id.clone()).collect())
            .unwrap_or_default();
        let not_drawn = bank
            .iter()
            .find(|q| !asked.contains(q))
            .unwrap_or_else(|| panic!("the draw is smaller than the bank"))
            .clone();

        // A question not in the attempt; an option the question lacks.
        for fields in [
            vec![(format!("q-{not_drawn}"), "a".to_owned())],
            vec![(format!("q-{}", asked[0]), "zz".to_owned())],
            vec![(
                format!(
                    "q-{}",
                    course().modules[0].quiz.as_ref().unwrap().questions[0].id
                ),
                "a".to_owned(),
            )],
        ] {
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let refused = learner.post_form(&attempt, &fields).await;
            assert_eq!(
                refused.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{fields:?}"
            );
            assert!(refused
                .body
                .contains("An answer is for a question or option that is not in this attempt"));
        }
        let still_open = learner.get(&attempt).await;
        assert!(still_open.body.contains("name=\"q-"), "nothing was stored");

        // Someone else's attempt is not found.
        let other = app.signed_in("coordinator").await.with_language("en");
        let foreign = other.post_form(&attempt, &[]).await;
        assert_eq!(foreign.status, StatusCode::NOT_FOUND);
        assert_eq!(other.get(&attempt).await.status, StatusCode::NOT_FOUND);

        // After the time limit: refused, and the attempt stays unanswered.
        let id = attempt.rsplit('/').next().unwrap_or_default().to_owned();
        sqlx::query("UPDATE quiz_attempts SET deadline = started_at - 1 WHERE id = $1")
            .bind(&id)
            .execute(app.store.pool_for_tests())
            .await
            .unwrap();
        let late = answer(&learner, &attempt, &module, true).await;
        assert_eq!(late.status, StatusCode::CONFLICT);
        assert!(
            late.body
                .contains("time is up, so the answers could not be taken"),
            "{}",
            late.body
        );
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM quiz_attempts WHERE id = $1 AND submitted_at IS NULL",
        )
        .bind(&id)
        .fetch_one(app.store.pool_for_tests())
        .await
        .unwrap();
        assert_eq!(sqlx::Row::try_get::<i64, _>(&row, "n").unwrap(), 1);

        // Submitted once only.
        let attempt = start(&learner, &module).await;
        let first = answer(&learner, &attempt, &module, false).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER);
        let second = learner.post_form(&attempt, &[]).await;
        assert_eq!(second.status, StatusCode::CONFLICT);
        assert!(second.body.contains("already been submitted"));

        // A code that does not exist: "not found", and no other code shown.
        for code in ["ABCD-EFGH-JKLM", "nonsense", "ABCD-EFGH-JKL0"] {
            let answer = app
                .client()
                .with_language("en")
                .get(&format!("/verify/{code}"))
                .await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{code}");
            assert!(answer.body.contains("No certificate has this code"));
        }
        let typed = app
            .client()
            .with_language("en")
            .get("/verify?code=nonsense")
            .await;
        assert_eq!(typed.status, StatusCode::NOT_FOUND);

        // The name on certificates: required, and kept for the next ones.
        let empty = learner
            .post_form("/certificates/name", &[("name", "  ")])
            .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(empty
            .body
            .contains("Write the name to show on your certificates"));
        let saved = learner
            .post_form("/certificates/name", &[("name", "Viivi Virtanen")])
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        assert!(learner
            .get("/certificates")
            .await
            .body
            .contains("Viivi Virtanen"));
    }
);

on_both!(
    an_expired_certificate_is_renewed_in_a_new_cycle_and_a_revoked_one_says_so,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let learner = app.signed_in("coordinator").await.with_language("en");
        read_every_lesson(&learner).await;
        let last = pass_all_but_last(&learner).await;
        let attempt = start(&learner, &last).await;
        answer(&learner, &attempt, &last, true).await;
        let first = code_of(&app, "coordinator").await;
        assert_eq!(first.len(), 1);
        let code = first[0].code.clone();

        // A month before expiry its holder is reminded, once.
        let in_ten_days = time::OffsetDateTime::now_utc().date() + time::Duration::days(10);
        sqlx::query("UPDATE certificates SET expires_on = $1 WHERE code = $2")
            .bind(
                jamlik_domain::IsoDate::from_date(in_ten_days)
                    .as_str()
                    .to_owned(),
            )
            .bind(&code)
            .execute(app.store.pool_for_tests())
            .await
            .unwrap();
        let state = jamlik_web::AppState::new(app.store.clone(), app.config.clone());
        let today = time::OffsetDateTime::now_utc().date();
        let early = today - time::Duration::days(40);
        assert_eq!(
            jamlik_web::send_certificate_reminders_on(&state, early)
                .await
                .unwrap(),
            0
        );
        let (a, b) = tokio::join!(
            jamlik_web::send_certificate_reminders_on(&state, today),
            jamlik_web::send_certificate_reminders_on(&state, today)
        );
        assert_eq!(
            a.unwrap() + b.unwrap(),
            1,
            "one reminder however many run the job"
        );
        assert_eq!(
            jamlik_web::send_certificate_reminders_on(&state, today)
                .await
                .unwrap(),
            0
        );
        let mail = app
            .mail_with(&["coordinator@turku.example", "/courses/equal-municipality"])
            .await
            .unwrap_or_else(|| panic!("no reminder mail"));
        // In the holder's language (Swedish when none is chosen).
        assert!(mail.contains("giltigt till"), "{mail}");

        // Renewing is open from 90 days before expiry.
        let renewable = learner.get(&format!("/courses/{COURSE}")).await;
        assert!(renewable.body.contains("Renew the certificate"));
        sqlx::query("UPDATE certificates SET expires_on = '2099-01-01' WHERE code = $1")
            .bind(&code)
            .execute(app.store.pool_for_tests())
            .await
            .unwrap();

        // Too early to renew.
        let early = learner
            .post_form(&format!("/courses/{COURSE}/renew"), &[])
            .await;
        assert_eq!(early.status, StatusCode::CONFLICT);
        assert!(early
            .body
            .contains("A certificate can be renewed from 90 days before it expires"));

        sqlx::query("UPDATE certificates SET expires_on = '2020-01-31' WHERE code = $1")
            .bind(&code)
            .execute(app.store.pool_for_tests())
            .await
            .unwrap();
        let expired = app
            .client()
            .with_language("en")
            .get(&format!("/verify/{code}"))
            .await;
        assert!(expired.body.contains("Expired"), "{}", expired.body);
        assert!(learner
            .get(&format!("/courses/{COURSE}"))
            .await
            .body
            .contains("Renew the certificate"));

        let renewed = learner
            .post_form(&format!("/courses/{COURSE}/renew"), &[])
            .await;
        assert_eq!(renewed.status, StatusCode::SEE_OTHER, "{}", renewed.body);
        let page = learner.get(&format!("/courses/{COURSE}")).await;
        assert!(
            page.body.contains("12 of 18 steps done"),
            "the lessons stay read: {}",
            page.body
        );
        let last = pass_all_but_last(&learner).await;
        let attempt = start(&learner, &last).await;
        let done = answer(&learner, &attempt, &last, true).await;
        assert!(done.location().starts_with("/verify/"));
        let both = code_of(&app, "coordinator").await;
        assert_eq!(both.len(), 2, "the earlier certificate stays");
        assert!(both.iter().any(|c| c.code == code && c.cycle == 1));
        assert!(both.iter().any(|c| c.code != code && c.cycle == 2));

        app.store
            .revoke_certificate(
                &jamlik_store::Actor::system("test"),
                &code,
                "issued in error",
            )
            .await
            .unwrap();
        let revoked = app
            .client()
            .with_language("fi")
            .get(&format!("/verify/{code}"))
            .await;
        assert!(revoked.body.contains("Peruttu"), "{}", revoked.body);
    }
);

on_both!(
    a_coordinator_sees_the_staffs_progress_against_a_target_and_invites_each_person_once,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        // The viewer has begun; the contributor has completed the course.
        let viewer = app.signed_in("viewer").await;
        let (_, first) = course()
            .lessons()
            .next()
            .unwrap_or_else(|| panic!("lessons"));
        viewer
            .post_form(&format!("/courses/{COURSE}/lessons/{}", first.id), &[])
            .await;
        let contributor = app.signed_in("contributor").await;
        read_every_lesson(&contributor).await;
        let last = pass_all_but_last(&contributor).await;
        let attempt = start(&contributor, &last).await;
        answer(&contributor, &attempt, &last, true).await;

        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let refused = coordinator
            .post_form(
                &format!("/orgs/{org}/training/target"),
                &[
                    ("course", COURSE),
                    ("role", "*"),
                    ("share", "0"),
                    ("due_on", "2027-06-30"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused
            .body
            .contains("Write the target as a whole percentage"));
        assert!(app
            .store
            .training_targets(&app.world.own.id)
            .await
            .unwrap()
            .is_empty());
        let set = coordinator
            .post_form(
                &format!("/orgs/{org}/training/target"),
                &[
                    ("course", COURSE),
                    ("role", "*"),
                    ("share", "50"),
                    ("due_on", "2027-06-30"),
                ],
            )
            .await;
        assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
        let page = coordinator.get(&format!("/orgs/{org}/training")).await;
        assert_eq!(page.status, StatusCode::OK);
        // Three members: one certified (33 %), short of 50 %.
        assert!(page.body.contains("50 % by 30 June 2027"), "{}", page.body);
        assert!(page.body.contains("not met yet"));
        assert!(
            page.body.contains("1 of 18 steps done"),
            "the viewer's progress"
        );

        let invited = coordinator
            .post_form(
                &format!("/orgs/{org}/training/invite"),
                &[("course", COURSE), ("role", "*")],
            )
            .await;
        assert_eq!(invited.status, StatusCode::SEE_OTHER);
        assert!(
            invited.location().contains("count=2"),
            "{}",
            invited.location()
        );
        let mail = app
            .mail_with(&["viewer@turku.example", "/courses/equal-municipality"])
            .await;
        assert!(mail.is_some(), "the viewer is invited");
        let again = coordinator
            .post_form(
                &format!("/orgs/{org}/training/invite"),
                &[("course", COURSE), ("role", "*")],
            )
            .await;
        assert!(
            again.location().contains("count=0"),
            "nobody twice: {}",
            again.location()
        );
        let after = coordinator.get(&again.location()).await;
        assert!(after.body.contains("Nobody was invited"));
    }
);
