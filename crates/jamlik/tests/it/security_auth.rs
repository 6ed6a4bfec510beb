//! Security regressions (issue 12): security_auth. Sign-in limits that hold
//! under parallel requests, bounded password hashing, password-reset links
//! and mail bursts, CSRF tokens bound to the session, API tokens revoked
//! with the sessions and the password, weak passwords refused.

use std::time::Duration;

use futures::future::join_all;
use jamlik_domain::Email;
use jamlik_store::Actor;
use reqwest::StatusCode;
use sqlx::Row;

use crate::on_both;
use crate::support::{email_of, link_after, Answer, Client, TestApp, TestDbHandle, PASSWORD};

/// A new password strong enough for every check.
const STRONG: &str = "Ljusblå kastanj, nio ekorrar";

/// Sends the same form from `client` `n` times at once.
async fn burst(client: &Client, path: &str, forms: Vec<Vec<(String, String)>>) -> Vec<Answer> {
    client.csrf().await;
    join_all(forms.into_iter().map(|fields| {
        let client = client.clone();
        let path = path.to_owned();
        async move {
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            client.post_form(&path, &fields).await
        }
    }))
    .await
}

fn count(answers: &[Answer], status: StatusCode) -> usize {
    answers.iter().filter(|a| a.status == status).count()
}

fn sign_in_form(email: &str, password: &str) -> Vec<(String, String)> {
    vec![
        ("email".to_owned(), email.to_owned()),
        ("password".to_owned(), password.to_owned()),
    ]
}

/// Failures counted for an email and for the test client's address.
async fn failures(app: &TestApp, email: &str) -> (i64, i64) {
    app.store
        .failed_sign_ins(email, "127.0.0.1", 0)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

async fn one(app: &TestApp, sql: &str, value: &str) -> i64 {
    sqlx::query(sql)
        .bind(value.to_owned())
        .fetch_one(app.store.pool_for_tests())
        .await
        .and_then(|row| row.try_get::<i64, _>(0))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

on_both!(
    parallel_wrong_guesses_stop_at_the_limit_per_email,
    |db: TestDbHandle| async move {
        let app = db.app_with(|c| c.auth.hash_wait_millis = 120_000).await;
        let email = email_of("coordinator");
        let client = app.client().with_language("en");
        let guesses = (0..40)
            .map(|i| sign_in_form(&email, &format!("wrong guess {i}")))
            .collect();
        let answers = burst(&client, "/sign-in", guesses).await;
        assert_eq!(
            count(&answers, StatusCode::UNAUTHORIZED),
            5,
            "only five guesses are checked: {:?}",
            answers.iter().map(|a| a.status).collect::<Vec<_>>()
        );
        assert_eq!(count(&answers, StatusCode::TOO_MANY_REQUESTS), 35);
        assert_eq!(failures(&app, &email).await.0, 5, "five failures counted");
        let right = client
            .post_form("/sign-in", &[("email", &email), ("password", PASSWORD)])
            .await;
        assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(
            right.body.contains("Too many failed sign-ins"),
            "{}",
            right.body
        );
    }
);

on_both!(
    parallel_guesses_from_one_client_stop_at_its_limit,
    |db: TestDbHandle| async move {
        let app = db.app_with(|c| c.auth.hash_wait_millis = 120_000).await;
        let client = app.client();
        let guesses = (0..100)
            .map(|i| sign_in_form(&format!("guess{i}@turku.example"), "a wrong password"))
            .collect();
        let answers = burst(&client, "/sign-in", guesses).await;
        assert_eq!(
            count(&answers, StatusCode::UNAUTHORIZED),
            50,
            "5 × 10 per client"
        );
        assert_eq!(count(&answers, StatusCode::TOO_MANY_REQUESTS), 50);
        assert_eq!(failures(&app, "guess0@turku.example").await.1, 50);
    }
);

on_both!(
    a_burst_beyond_the_hashing_slots_is_told_to_wait,
    |db: TestDbHandle| async move {
        let app = db
            .app_with(|c| {
                c.sign_in_max_failures = 1000;
                c.auth.hash_concurrency = 1;
                c.auth.hash_wait_millis = 1;
            })
            .await;
        let client = app.client().with_language("en");
        let guesses = (0..24)
            .map(|i| sign_in_form(&format!("burst{i}@turku.example"), "a wrong password"))
            .collect();
        let answers = burst(&client, "/sign-in", guesses).await;
        let busy = answers
            .iter()
            .filter(|a| {
                a.status == StatusCode::TOO_MANY_REQUESTS
                    && a.body.contains("checking many passwords just now")
            })
            .count();
        assert!(busy >= 1, "some are told to try again, not queued");
        let refused = count(&answers, StatusCode::UNAUTHORIZED);
        assert_eq!(
            busy + refused,
            answers.len(),
            "every other answer is the ordinary refusal: {:?}",
            answers.iter().map(|a| a.status).collect::<Vec<_>>()
        );
        assert_eq!(
            failures(&app, "burst0@turku.example").await.1,
            refused as i64,
            "a password the server was too busy to check counts as no failure"
        );
    }
);

on_both!(
    the_current_password_on_the_profile_is_limited_like_sign_in,
    |db: TestDbHandle| async move {
        let app = db.app_with(|c| c.auth.hash_wait_millis = 120_000).await;
        let client = app.signed_in("viewer").await.with_language("en");
        let tries = (0..10)
            .map(|i| {
                vec![
                    ("current".to_owned(), format!("not it {i}")),
                    ("password".to_owned(), STRONG.to_owned()),
                    ("confirm".to_owned(), STRONG.to_owned()),
                ]
            })
            .collect();
        let answers = burst(&client, "/profile/password", tries).await;
        assert_eq!(
            count(&answers, StatusCode::UNPROCESSABLE_ENTITY),
            5,
            "five wrong current passwords are checked"
        );
        assert_eq!(count(&answers, StatusCode::TOO_MANY_REQUESTS), 5);
        let right = client
            .post_form(
                "/profile/password",
                &[
                    ("current", PASSWORD),
                    ("password", STRONG),
                    ("confirm", STRONG),
                ],
            )
            .await;
        assert_eq!(
            right.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{}",
            right.body
        );
        assert!(
            right
                .body
                .contains("The current password was wrong too many times. Try again in"),
            "said as what was done here, not as failed sign-ins: {}",
            right.body
        );
    }
);

/// The reset links mailed to an address, waiting for `n` of them.
async fn reset_links(app: &TestApp, email: &str, n: usize) -> Vec<String> {
    let prefix = format!("{}/reset-password/", app.config.public_url);
    for _ in 0..100 {
        let links: Vec<String> = app
            .outbox()
            .iter()
            .filter(|m| m.contains(email))
            .filter_map(|m| link_after(m, &prefix))
            .map(|l| l.trim_start_matches(&app.config.public_url).to_owned())
            .collect();
        if links.len() >= n {
            return links;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("fewer than {n} reset mails to {email}: {:?}", app.outbox());
}

on_both!(
    using_a_reset_link_ends_every_other_link,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.client().with_language("en");
        let email = email_of("viewer");
        for _ in 0..2 {
            let asked = client
                .post_form("/forgot-password", &[("email", &email)])
                .await;
            assert_eq!(asked.location(), "/sign-in?notice=reset-sent");
        }
        let links = reset_links(&app, &email, 2).await;
        assert_ne!(links[0], links[1]);
        let used = client
            .post_form(&links[1], &[("password", STRONG), ("confirm", STRONG)])
            .await;
        assert_eq!(used.location(), "/sign-in?notice=password-set");
        let other = client
            .post_form(
                &links[0],
                &[
                    ("password", "Ett helt annat lösenord 77"),
                    ("confirm", "Ett helt annat lösenord 77"),
                ],
            )
            .await;
        assert_eq!(other.status, StatusCode::GONE, "{}", other.body);
        assert_eq!(client.get(&links[0]).await.status, StatusCode::GONE);
        let signed = app
            .client()
            .post_form("/sign-in", &[("email", &email), ("password", STRONG)])
            .await;
        assert_eq!(
            signed.status,
            StatusCode::SEE_OTHER,
            "the first new password holds"
        );
    }
);

on_both!(
    a_burst_of_reset_requests_sends_three_mails,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.client();
        let email = email_of("viewer");
        let mails_before = one(
            &app,
            "SELECT COUNT(*) FROM mail_outbox WHERE recipient = $1",
            &email,
        )
        .await;
        let forms = (0..15)
            .map(|_| vec![("email".to_owned(), email.clone())])
            .collect();
        let answers = burst(&client, "/forgot-password", forms).await;
        assert!(
            answers
                .iter()
                .all(|a| a.location() == "/sign-in?notice=reset-sent"),
            "the same neutral answer to every request"
        );
        let links = one(
            &app,
            "SELECT COUNT(*) FROM links WHERE purpose = $1",
            "reset",
        )
        .await;
        assert_eq!(links, 3, "three mails an hour to one address");
        let mails = one(
            &app,
            "SELECT COUNT(*) FROM mail_outbox WHERE recipient = $1",
            &email,
        )
        .await;
        assert_eq!(mails - mails_before, 3);
    }
);

on_both!(
    reset_requests_are_limited_per_client_too,
    |db: TestDbHandle| async move {
        let app = db.app_with(|c| c.auth.reset_max_per_hour = 1).await;
        let client = app.client();
        for i in 0..9 {
            let asked = client
                .post_form(
                    "/forgot-password",
                    &[("email", &format!("nobody{i}@turku.example"))],
                )
                .await;
            assert_eq!(asked.location(), "/sign-in?notice=reset-sent");
        }
        for who in ["viewer", "contributor", "coordinator"] {
            let asked = client
                .post_form("/forgot-password", &[("email", &email_of(who))])
                .await;
            assert_eq!(asked.location(), "/sign-in?notice=reset-sent");
        }
        let links = one(
            &app,
            "SELECT COUNT(*) FROM links WHERE purpose = $1",
            "reset",
        )
        .await;
        assert_eq!(links, 1, "ten requests an hour from one client");
    }
);

on_both!(
    a_csrf_cookie_chosen_by_an_attacker_is_refused,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.signed_in("viewer").await;
        let chosen = "A".repeat(43);
        client.set_cookie("jamlik_csrf", &chosen);
        let forged = client
            .post_raw_form(
                "/profile",
                &[("csrf", &chosen), ("name", "Forged"), ("language", "")],
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "{}", forged.body);
        let email = Email::parse(&email_of("viewer")).unwrap_or_else(|e| panic!("{e}"));
        let (viewer, _) = app
            .store
            .credentials(&email)
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no viewer"));
        assert_ne!(viewer.display_name, "Forged", "nothing was written");
        // The same for an upload (multipart), which checks the token itself.
        let session = client.cookie("jamlik_session").unwrap_or_default();
        let form = reqwest::multipart::Form::new()
            .text("csrf", chosen.clone())
            .part(
                "file",
                reqwest::multipart::Part::bytes(b"gender\nwoman\nman\n".to_vec())
                    .file_name("staff.csv"),
            );
        let contributor = app.signed_in("contributor").await;
        let session_of_contributor = contributor.cookie("jamlik_session").unwrap_or_default();
        assert_ne!(session, session_of_contributor);
        let upload = reqwest::Client::new()
            .post(format!(
                "http://{}/orgs/{}/analysis",
                app.address, app.world.own.id
            ))
            .header(
                "cookie",
                format!("jamlik_session={session_of_contributor}; jamlik_csrf={chosen}"),
            )
            .multipart(form)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(upload.status(), StatusCode::FORBIDDEN);
        // The page's own token still works.
        let fine = client
            .post_form("/profile", &[("name", "Vera Viewer"), ("language", "")])
            .await;
        assert_eq!(fine.status, StatusCode::SEE_OTHER, "{}", fine.body);
    }
);

on_both!(
    the_csrf_token_changes_at_sign_in,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.client();
        let before = client.csrf().await;
        assert!(before.len() >= 32);
        assert_ne!(
            Some(before.clone()),
            client.cookie("jamlik_csrf"),
            "the token is not the cookie's value"
        );
        let signed = client
            .post_form(
                "/sign-in",
                &[("email", &email_of("viewer")), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER);
        let after = client.csrf().await;
        assert_ne!(before, after, "a new session has a new token");
        let stale = client
            .post_raw_form(
                "/profile",
                &[("csrf", &before), ("name", "Stale"), ("language", "")],
            )
            .await;
        assert_eq!(stale.status, StatusCode::FORBIDDEN);
        // Another session of the same person has another token.
        let other = app.signed_in("viewer").await;
        assert_ne!(other.csrf().await, after);
    }
);

on_both!(
    under_https_the_csrf_cookie_is_host_prefixed,
    |db: TestDbHandle| async move {
        let app = db.app_with(|c| c.secure_cookies = true).await;
        let client = app.client();
        let page = client.get("/").await;
        let cookie = page
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.contains("jamlik_csrf="))
            .unwrap_or_else(|| panic!("no CSRF cookie: {:?}", page.headers))
            .to_owned();
        assert!(cookie.starts_with("__Host-jamlik_csrf="), "{cookie}");
        assert!(
            cookie.contains("; Secure") && cookie.contains("; Path=/"),
            "{cookie}"
        );
        assert!(!cookie.to_lowercase().contains("domain="), "{cookie}");
        let signed = client
            .post_form(
                "/sign-in",
                &[("email", &email_of("viewer")), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    }
);

/// A live API token of a test account: (token id, secret).
async fn api_token(app: &TestApp, who: &str) -> (String, String) {
    let email = Email::parse(&email_of(who)).unwrap_or_else(|e| panic!("{e}"));
    let (user, _) = app
        .store
        .credentials(&email)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no {who}"));
    let (token, secret) = app
        .store
        .create_api_token(&Actor::system("test"), &user.id, "scripts")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    (token.id, secret)
}

async fn api_status(app: &TestApp, secret: &str) -> StatusCode {
    app.client()
        .api(reqwest::Method::GET, "/api/v1/me", Some(secret), None)
        .await
        .status
}

async fn revoked_in_audit(app: &TestApp, token: &str) -> i64 {
    one(
        app,
        "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'api_token' AND action = 'revoke' AND entity_id = $1",
        token,
    )
    .await
}

on_both!(
    signing_out_everywhere_revokes_api_tokens,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.signed_in("coordinator").await;
        let (id, secret) = api_token(&app, "coordinator").await;
        assert_eq!(api_status(&app, &secret).await, StatusCode::OK);
        let out = client.post_form("/sign-out-everywhere", &[]).await;
        assert_eq!(out.status, StatusCode::SEE_OTHER);
        assert_eq!(api_status(&app, &secret).await, StatusCode::UNAUTHORIZED);
        assert_eq!(revoked_in_audit(&app, &id).await, 1);
    }
);

on_both!(
    a_new_password_revokes_api_tokens,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        // On the profile page.
        let client = app.signed_in("coordinator").await;
        let (id, secret) = api_token(&app, "coordinator").await;
        let changed = client
            .post_form(
                "/profile/password",
                &[
                    ("current", PASSWORD),
                    ("password", STRONG),
                    ("confirm", STRONG),
                ],
            )
            .await;
        assert_eq!(
            changed.location(),
            "/profile?notice=password-changed",
            "{}",
            changed.body
        );
        assert_eq!(api_status(&app, &secret).await, StatusCode::UNAUTHORIZED);
        assert_eq!(revoked_in_audit(&app, &id).await, 1);
        // By a reset link.
        let (id, secret) = api_token(&app, "viewer").await;
        let email = email_of("viewer");
        app.client()
            .post_form("/forgot-password", &[("email", &email)])
            .await;
        let link = reset_links(&app, &email, 1).await.remove(0);
        let reset = app
            .client()
            .post_form(&link, &[("password", STRONG), ("confirm", STRONG)])
            .await;
        assert_eq!(reset.location(), "/sign-in?notice=password-set");
        assert_eq!(api_status(&app, &secret).await, StatusCode::UNAUTHORIZED);
        assert_eq!(revoked_in_audit(&app, &id).await, 1);
    }
);

on_both!(
    weak_passwords_are_refused_with_the_reason,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.signed_in("coordinator").await;
        for (language, says) in [
            ("en", "too easy to guess: repeated characters"),
            ("sv", "för lätt att gissa: upprepade tecken"),
            ("fi", "liian helppo arvata: toistuvat merkit"),
        ] {
            let client = client.clone().with_language(language);
            let weak = client
                .post_form(
                    "/profile/password",
                    &[
                        ("current", PASSWORD),
                        ("password", "aaaaaaaaaa"),
                        ("confirm", "aaaaaaaaaa"),
                    ],
                )
                .await;
            assert_eq!(
                weak.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{}",
                weak.body
            );
            assert!(weak.body.contains(says), "{language}: {}", weak.body);
        }
        let email = email_of("viewer");
        app.client()
            .post_form("/forgot-password", &[("email", &email)])
            .await;
        let link = reset_links(&app, &email, 1).await.remove(0);
        let common = app
            .client()
            .with_language("en")
            .post_form(
                &link,
                &[("password", "password123"), ("confirm", "password123")],
            )
            .await;
        assert_eq!(common.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            common.body.contains("one of the most common passwords"),
            "{}",
            common.body
        );
        // Nothing changed: the old passwords still sign in.
        for who in ["coordinator", "viewer"] {
            let signed = app
                .client()
                .post_form(
                    "/sign-in",
                    &[("email", &email_of(who)), ("password", PASSWORD)],
                )
                .await;
            assert_eq!(signed.status, StatusCode::SEE_OTHER, "{who}");
        }
    }
);

on_both!(
    a_new_password_is_not_the_current_one_nor_built_on_the_organisations_names,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.signed_in("coordinator").await.with_language("en");
        let change = |password: &'static str| {
            let client = client.clone();
            async move {
                client
                    .post_form(
                        "/profile/password",
                        &[
                            ("current", PASSWORD),
                            ("password", password),
                            ("confirm", password),
                        ],
                    )
                    .await
            }
        };
        let same = change(PASSWORD).await;
        assert_eq!(
            same.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            same.body
        );
        assert!(
            same.body.contains("The new password is the current one."),
            "{}",
            same.body
        );
        // The coordinator's organisation is Turku / Åbo.
        let named = change("Turku-Åbo-Turku-2026").await;
        assert_eq!(
            named.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            named.body
        );
        assert!(
            named
                .body
                .contains("built on your own name, email address or organisation"),
            "{}",
            named.body
        );
        // Nothing changed: the old password still signs in.
        let again = app.client();
        let signed = again
            .post_form(
                "/sign-in",
                &[("email", &email_of("coordinator")), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    }
);
