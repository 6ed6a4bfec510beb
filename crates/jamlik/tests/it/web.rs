//! The web application as a person meets it: sign-in, languages, invitations,
//! password resets, CSRF, limits, headers, errors.

use std::time::Duration;

use reqwest::StatusCode;

use crate::on_both;
use crate::support::{email_of, link_after, smtp, TestDbHandle, PASSWORD};

on_both!(signing_in_and_out, |db: TestDbHandle| async move {
    let app = db.app().await;
    let client = app.client().with_language("en");
    let wrong = client
        .post_form(
            "/sign-in",
            &[
                ("email", "coordinator@turku.example"),
                ("password", "not the password"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(
        wrong
            .body
            .contains("The email address or the password is wrong."),
        "{}",
        wrong.body
    );
    assert!(
        wrong.body.contains("value=\"coordinator@turku.example\""),
        "the email is kept in the form"
    );
    let bad_email = client
        .post_form(
            "/sign-in",
            &[("email", "not-an-email"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(bad_email.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad_email.body.contains("Enter a valid email address"));
    let right = client
        .post_form(
            "/sign-in",
            &[
                ("email", "Coordinator@Turku.example "),
                ("password", PASSWORD),
                ("next", "/profile"),
            ],
        )
        .await;
    assert_eq!(right.status, StatusCode::SEE_OTHER);
    assert_eq!(right.location(), "/profile");
    let cookie = right
        .headers
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let home = client.get("/home").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        home.body.contains("Turku"),
        "the own organisation is listed"
    );
    assert!(
        !home.body.contains("Porvoo"),
        "a foreign organisation is not"
    );
    let out = client.post_form("/sign-out", &[]).await;
    assert_eq!(out.location(), "/?notice=signed-out");
    let after = client.get("/home").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert_eq!(after.location(), "/sign-in?next=/home");
    // An outside `next` is never followed.
    let away = client
        .post_form(
            "/sign-in",
            &[
                ("email", "viewer@turku.example"),
                ("password", PASSWORD),
                ("next", "//evil.example"),
            ],
        )
        .await;
    assert_eq!(away.location(), "/home");
});

on_both!(sign_in_is_rate_limited, |db: TestDbHandle| async move {
    let app = db.app().await;
    let client = app.client().with_language("fi");
    for _ in 0..5 {
        let wrong = client
            .post_form(
                "/sign-in",
                &[
                    ("email", "viewer@turku.example"),
                    ("password", "wrong password"),
                ],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    }
    let limited = client
        .post_form(
            "/sign-in",
            &[("email", "viewer@turku.example"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(
        limited.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert!(
        limited.body.contains(
            "Liian monta epäonnistunutta kirjautumista. Yritä uudelleen 15 minuutin kuluttua."
        ),
        "{}",
        limited.body
    );
    assert!(client.cookie("jamlik_session").is_none());
    // Another person is not locked out by it.
    let other = app.client();
    let fine = other
        .post_form(
            "/sign-in",
            &[
                ("email", "coordinator@turku.example"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(fine.status, StatusCode::SEE_OTHER);
});

on_both!(
    forms_without_the_csrf_token_are_refused,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.signed_in("coordinator").await;
        let org = app.world.own.id.to_string();
        let forged = client
            .post_raw_form(
                &format!("/orgs/{org}/members"),
                &[("email", "intruder@example.fi"), ("role", "coordinator")],
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        assert!(
            forged.body.contains("Formuläret kom inte från Jämlik"),
            "Swedish by default: {}",
            forged.body
        );
        let wrong = client
            .post_raw_form(
                &format!("/orgs/{org}/members"),
                &[
                    ("csrf", "x".repeat(43).as_str()),
                    ("email", "intruder@example.fi"),
                    ("role", "viewer"),
                ],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::FORBIDDEN);
        let members = app
            .store
            .members(&app.world.own.id)
            .await
            .unwrap_or_default();
        assert!(
            !members
                .iter()
                .any(|m| m.user.email == "intruder@example.fi"),
            "nothing was written"
        );
    }
);

on_both!(
    languages_follow_setting_browser_and_default,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let anonymous = app.client();
        let swedish = anonymous.get("/").await;
        assert!(
            swedish.body.contains("<html lang=\"sv\""),
            "Swedish without any hint"
        );
        let finnish = app
            .client()
            .with_language("fi-FI,fi;q=0.9,en;q=0.5")
            .get("/")
            .await;
        assert!(
            finnish.body.contains("<html lang=\"fi\"") && finnish.body.contains("Kirjaudu sisään")
        );
        let english = app
            .client()
            .with_language("de,en;q=0.8")
            .get("/sign-in")
            .await;
        assert!(
            english.body.contains("<html lang=\"en\"")
                && english.body.contains("Forgotten your password?")
        );
        // The organisation's name follows the viewer: Åbo in Swedish, Turku in Finnish.
        let client = app.signed_in("coordinator").await;
        let dashboard = format!("/orgs/{}", app.world.own.id);
        assert!(client.get(&dashboard).await.body.contains("<h1>Åbo</h1>"));
        let switched = client
            .post_form("/language", &[("lang", "fi"), ("next", dashboard.as_str())])
            .await;
        assert_eq!(switched.location(), dashboard);
        let page = client.get(&dashboard).await;
        assert!(page.body.contains("<h1>Turku</h1>") && page.body.contains("<html lang=\"fi\""));
        assert!(
            page.body.contains("194\u{a0}391"),
            "numbers are grouped the Finnish way"
        );
        // The choice is the person's: a new session in an English browser still gets Finnish.
        let again = app.signed_in("coordinator").await.with_language("en");
        assert!(again
            .get(&dashboard)
            .await
            .body
            .contains("<html lang=\"fi\""));
        let refused = client.post_form("/language", &[("lang", "de")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
);

on_both!(
    an_invited_person_sets_a_password_and_signs_in,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let members = format!("/orgs/{}/members", app.world.own.id);
        let invalid = coordinator
            .post_form(&members, &[("email", "not an email"), ("role", "viewer")])
            .await;
        assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(invalid.body.contains("Enter a valid email address"));
        let bad_role = coordinator
            .post_form(
                &members,
                &[("email", "anna@turku.example"), ("role", "owner")],
            )
            .await;
        assert_eq!(bad_role.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad_role.body.contains("Choose one of the roles"));
        let invited = coordinator
            .post_form(
                &members,
                &[
                    ("email", "Anna.Lind@Turku.example"),
                    ("name", "Anna Lind"),
                    ("role", "contributor"),
                ],
            )
            .await;
        assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.body);
        let duplicate = coordinator
            .post_form(
                &members,
                &[("email", "anna.lind@turku.example"), ("role", "viewer")],
            )
            .await;
        assert_eq!(duplicate.status, StatusCode::CONFLICT);
        assert!(duplicate.body.contains("already"));
        let mail = app
            .mail_with(&["anna.lind@turku.example", "/welcome/"])
            .await
            .unwrap_or_else(|| panic!("no invitation in {:?}", app.outbox()));
        // The organisation works in Finnish first, so the new person is mailed in Finnish.
        assert!(
            mail.contains("Sinut on kutsuttu") || mail.contains("kutsunut"),
            "{mail}"
        );
        let link = link_after(&mail, &format!("{}/welcome/", app.config.public_url))
            .unwrap_or_else(|| panic!("no link in {mail}"));
        let path = link.trim_start_matches(&app.config.public_url).to_owned();
        let anna = app.client().with_language("en");
        let page = anna.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Welcome to Jämlik"));
        let short = anna
            .post_form(&path, &[("password", "short"), ("confirm", "short")])
            .await;
        assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(short.body.contains("at least 10 characters"));
        let differ = anna
            .post_form(
                &path,
                &[
                    ("password", "a long password"),
                    ("confirm", "a long passw0rd"),
                ],
            )
            .await;
        assert!(differ.body.contains("The passwords are not the same."));
        let set = anna
            .post_form(
                &path,
                &[
                    ("password", "anna's own password"),
                    ("confirm", "anna's own password"),
                ],
            )
            .await;
        assert_eq!(set.location(), "/sign-in?notice=password-set");
        let reuse = anna.get(&path).await;
        assert_eq!(reuse.status, StatusCode::GONE);
        assert!(reuse.body.contains("The link has been used already."));
        let signed = anna
            .post_form(
                "/sign-in",
                &[
                    ("email", "anna.lind@turku.example"),
                    ("password", "anna's own password"),
                ],
            )
            .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER);
        let page = anna.get(&format!("/orgs/{}", app.world.own.id)).await;
        assert_eq!(page.status, StatusCode::OK);
        let listed = coordinator.get(&members).await;
        assert!(listed.body.contains("Anna Lind"));
    }
);

on_both!(
    a_forgotten_password_is_reset_by_mail,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.client().with_language("sv");
        let unknown = client
            .post_form("/forgot-password", &[("email", "nobody@turku.example")])
            .await;
        assert_eq!(
            unknown.location(),
            "/sign-in?notice=reset-sent",
            "the same answer whether or not the account exists"
        );
        let known = client
            .post_form("/forgot-password", &[("email", "viewer@turku.example")])
            .await;
        assert_eq!(known.location(), "/sign-in?notice=reset-sent");
        let notice = client.get(&known.location()).await;
        assert!(notice
            .body
            .contains("Om det finns ett konto för adressen har vi skickat en länk dit."));
        let mail = app
            .mail_with(&["viewer@turku.example", "/reset-password/"])
            .await
            .unwrap_or_else(|| panic!("no reset mail in {:?}", app.outbox()));
        assert!(
            !app.outbox()
                .iter()
                .any(|m| m.contains("nobody@turku.example")),
            "no mail to an unknown address"
        );
        let link = link_after(&mail, &format!("{}/reset-password/", app.config.public_url))
            .unwrap_or_default();
        let path = link.trim_start_matches(&app.config.public_url).to_owned();
        let viewer_session = app.signed_in("viewer").await;
        let done = client
            .post_form(
                &path,
                &[
                    ("password", "a brand new secret"),
                    ("confirm", "a brand new secret"),
                ],
            )
            .await;
        assert_eq!(done.location(), "/sign-in?notice=password-set");
        assert_eq!(
            viewer_session.get("/home").await.status,
            StatusCode::SEE_OTHER,
            "a reset ends the old sessions"
        );
        let old = app
            .client()
            .post_form(
                "/sign-in",
                &[("email", "viewer@turku.example"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(old.status, StatusCode::UNAUTHORIZED);
        let new = app
            .client()
            .post_form(
                "/sign-in",
                &[
                    ("email", "viewer@turku.example"),
                    ("password", "a brand new secret"),
                ],
            )
            .await;
        assert_eq!(new.status, StatusCode::SEE_OTHER);
        let reused = client
            .post_form(
                &path,
                &[
                    ("password", "yet another secret"),
                    ("confirm", "yet another secret"),
                ],
            )
            .await;
        assert_eq!(reused.status, StatusCode::GONE);
        let unknown_link = client.get("/reset-password/this-is-not-a-link").await;
        assert_eq!(unknown_link.status, StatusCode::NOT_FOUND);
        assert!(unknown_link.body.contains("Länken är inte giltig"));
    }
);

on_both!(
    signing_out_everywhere_ends_every_session,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let laptop = app.signed_in("contributor").await;
        let phone = app.signed_in("contributor").await;
        let profile = laptop.get("/profile").await;
        assert!(
            profile.body.contains("Aktiva inloggningar: 2"),
            "{}",
            profile.body
        );
        let done = laptop.post_form("/sign-out-everywhere", &[]).await;
        assert_eq!(done.location(), "/?notice=signed-out-everywhere");
        assert_eq!(phone.get("/profile").await.status, StatusCode::SEE_OTHER);
        assert_eq!(laptop.get("/profile").await.status, StatusCode::SEE_OTHER);
    }
);

on_both!(
    coordinators_manage_members_and_read_the_audit_trail,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let org = app.world.own.id.to_string();
        let members = app
            .store
            .members(&app.world.own.id)
            .await
            .unwrap_or_default();
        let viewer = members
            .iter()
            .find(|m| m.user.email == email_of("viewer"))
            .map(|m| m.user.id.to_string())
            .unwrap_or_default();
        let me = members
            .iter()
            .find(|m| m.user.email == email_of("coordinator"))
            .map(|m| m.user.id.to_string())
            .unwrap_or_default();
        let changed = coordinator
            .post_form(
                &format!("/orgs/{org}/members/{viewer}/role"),
                &[("role", "contributor")],
            )
            .await;
        assert_eq!(
            changed.location(),
            format!("/orgs/{org}/members?notice=member-updated")
        );
        let last = coordinator
            .post_form(
                &format!("/orgs/{org}/members/{me}/role"),
                &[("role", "viewer")],
            )
            .await;
        assert_eq!(last.status, StatusCode::CONFLICT);
        assert!(last.body.contains("at least one coordinator"));
        let saved = coordinator
            .post_form(
                &format!("/orgs/{org}/settings"),
                &[
                    ("languages", "fi"),
                    ("languages", "sv"),
                    ("frameworks", "fi-gender-equality"),
                    ("staff_size", "1 250"),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let bad = coordinator
            .post_form(
                &format!("/orgs/{org}/settings"),
                &[("languages", "fi"), ("staff_size", "many")],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("whole number"));
        let none = coordinator
            .post_form(&format!("/orgs/{org}/settings"), &[("staff_size", "10")])
            .await;
        assert!(none.body.contains("Choose at least one working language"));
        let organisation = app
            .store
            .organisation(&app.world.own.id)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            organisation.staff_size,
            Some(1250),
            "refused changes left the saved one alone"
        );
        let audit = coordinator.get(&format!("/orgs/{org}/audit")).await;
        assert_eq!(audit.status, StatusCode::OK);
        assert!(audit.body.contains("coordinator@turku.example"), "who");
        assert!(
            audit
                .body
                .contains("<code>staff_size</code>: <ins>1250</ins>"),
            "the new staff size: {}",
            audit.body
        );
        assert!(
            audit
                .body
                .contains("<code>role</code>: <del>viewer</del> → <ins>contributor</ins>"),
            "the role change, before and after"
        );
        let admin = app.signed_in("admin").await;
        let everything = admin.get("/admin/audit").await;
        assert!(
            everything.body.contains("organisation"),
            "admins read the whole trail"
        );
    }
);

on_both!(errors_show_no_internals, |db: TestDbHandle| async move {
    let app = db.app().await;
    let client = app.signed_in("viewer").await.with_language("en");
    let missing = client.get("/no/such/page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("There is no such page."));
    let big = "x".repeat(70_000);
    let oversized = client
        .post_form("/profile", &[("name", big.as_str())])
        .await;
    assert_eq!(oversized.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(oversized.body.contains("What was sent is too large."));
    app.store.close().await;
    let broken = client.get("/home").await;
    assert_eq!(broken.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(broken.body.contains("Something failed on our side"));
    let request_id = broken
        .headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        !request_id.is_empty() && broken.body.contains(&request_id),
        "the page shows the request id"
    );
    for leak in ["sqlx", "pool", "closed", "database:"] {
        assert!(
            !broken.body.to_lowercase().contains(leak),
            "{leak} leaked: {}",
            broken.body
        );
    }
    let ready = client.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
});

on_both!(
    pages_carry_security_headers_and_operations_endpoints_answer,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.client();
        let page = client.get("/").await;
        let header = |name: &str| {
            page.headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        assert!(header("content-security-policy").contains("script-src 'self'"));
        assert!(!header("content-security-policy").contains("unsafe-inline"));
        assert_eq!(header("x-frame-options"), "DENY");
        assert_eq!(header("x-content-type-options"), "nosniff");
        assert!(
            !page.body.contains("<script>") && !page.body.contains(" style="),
            "no inline script or style"
        );
        assert_eq!(client.get("/healthz").await.body, "ok");
        assert_eq!(client.get("/readyz").await.status, StatusCode::OK);
        let metrics = client.get("/metrics").await;
        assert!(
            metrics
                .body
                .contains("jamlik_http_requests_total{method=\"GET\",route=\"/\",status=\"200\"}"),
            "{}",
            metrics.body
        );
        assert!(metrics
            .body
            .contains("jamlik_http_request_duration_seconds_bucket"));
    }
);

on_both!(
    mail_goes_through_a_real_smtp_server_when_configured,
    |db: TestDbHandle| async move {
        let (port, received) = smtp_sink().await;
        let app = db
            .app_with(|config| config.mail.smtp = Some(smtp(port)))
            .await;
        let client = app.client();
        client
            .post_form(
                "/forgot-password",
                &[("email", "contributor@turku.example")],
            )
            .await;
        let mut message = String::new();
        for _ in 0..100 {
            if let Some(found) = received
                .lock()
                .ok()
                .and_then(|r| r.iter().find(|m| m.contains("reset-password")).cloned())
            {
                message = found;
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(
            message.contains("RCPT TO:<contributor@turku.example>"),
            "{message}"
        );
        assert!(crate::support::decode_mail(&message).contains("/reset-password/"));
        assert!(crate::support::decode_mail(&message).contains("Subject:"));
    }
);

/// A minimal SMTP server that accepts every message and keeps the dialogue.
async fn smtp_sink() -> (u16, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let port = listener.local_addr().map(|a| a.port()).unwrap_or_default();
    let received = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let mut dialogue = String::new();
                let _ = write.write_all(b"220 sink ESMTP\r\n").await;
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    dialogue.push_str(&line);
                    dialogue.push('\n');
                    let reply: &[u8] = if in_data {
                        if line == "." {
                            in_data = false;
                            if let Ok(mut all) = store.lock() {
                                all.push(dialogue.clone());
                            }
                            b"250 queued\r\n"
                        } else {
                            continue;
                        }
                    } else if line.starts_with("EHLO") {
                        b"250-sink\r\n250 8BITMIME\r\n"
                    } else if line.starts_with("DATA") {
                        in_data = true;
                        b"354 go on\r\n"
                    } else if line.starts_with("QUIT") {
                        let _ = write.write_all(b"221 bye\r\n").await;
                        break;
                    } else {
                        b"250 ok\r\n"
                    };
                    let _ = write.write_all(reply).await;
                }
            });
        }
    });
    (port, received)
}
