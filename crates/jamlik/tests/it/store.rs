//! The store's conformance story: the same behaviour on SQLite and PostgreSQL.

use jamlik_domain::{Country, Email, ErrorCode, Language, OrgKind, OrganisationDraft, Role};
use jamlik_store::{Actor, LinkPurpose, OrgFilter, OutgoingMail, PageRequest, Store, StoreError};

use crate::on_both;
use crate::support::TestDbHandle;

fn rule<T: std::fmt::Debug>(result: Result<T, StoreError>) -> ErrorCode {
    match result {
        Err(StoreError::Rule(code)) => code,
        other => panic!("expected a rule error, got {other:?}"),
    }
}

async fn audit_count(store: &Store) -> i64 {
    store
        .audit_trail(
            None,
            PageRequest {
                page: 1,
                per_page: 1,
            },
        )
        .await
        .map(|p| p.total)
        .unwrap_or(-1)
}

fn mail(to: &str) -> OutgoingMail {
    OutgoingMail {
        to: to.into(),
        subject: "s".into(),
        body: "b".into(),
    }
}

fn employer(code: &str) -> OrganisationDraft {
    OrganisationDraft {
        code: Some(code.into()),
        country: Country::Finland,
        kind: OrgKind::Employer,
        name_fi: Some("Testi Oy".into()),
        name_sv: None,
        name_en: None,
        region: None,
        population: None,
        staff_size: Some(40),
        languages: vec![],
        frameworks: vec![],
    }
}

on_both!(
    migrations_are_idempotent_and_recorded,
    |db: TestDbHandle| async move {
        let store = db.store().await;
        assert_eq!(
            store.migrate().await.ok(),
            Some(vec![]),
            "a second run applies nothing"
        );
        assert_eq!(
            store.applied_migrations().await.ok(),
            Some(jamlik_store::known_versions())
        );
    }
);

on_both!(
    registers_load_once_with_names_in_both_languages,
    |db: TestDbHandle| async move {
        let store = db.store().await;
        let (added, updated) = jamlik::demo::import_registers(&store)
            .await
            .unwrap_or_else(|e| panic!("{e:#}"));
        assert_eq!((added, updated), (599, 0));
        assert_eq!(
            store.count_organisations(Country::Finland).await.ok(),
            Some(309)
        );
        assert_eq!(
            store.count_organisations(Country::Sweden).await.ok(),
            Some(290)
        );
        let again = jamlik::demo::import_registers(&store)
            .await
            .unwrap_or_else(|e| panic!("{e:#}"));
        assert_eq!(again, (0, 0), "importing again changes nothing");
        let turku = store
            .organisation_by_code(Country::Finland, "853")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (turku.name_fi.as_deref(), turku.name_sv.as_deref()),
            (Some("Turku"), Some("Åbo"))
        );
        assert_eq!(turku.population, Some(194_391));
        let found = store
            .organisations(
                &OrgFilter {
                    search: Some("åb".into()),
                    country: Some(Country::Finland),
                    kind: None,
                },
                PageRequest {
                    page: 1,
                    per_page: 10,
                },
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            found.items.iter().any(|o| o.id == turku.id),
            "search by Swedish name finds Åbo"
        );
        // Swedish collation: Ängelholm (ä) sorts after Örebro? No: å, ä, ö after z, in that order.
        let swedish = store
            .organisations(
                &OrgFilter {
                    search: None,
                    country: Some(Country::Sweden),
                    kind: None,
                },
                PageRequest {
                    page: 1,
                    per_page: 500,
                },
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let names: Vec<_> = swedish
            .items
            .iter()
            .filter_map(|o| o.name_sv.clone())
            .collect();
        let first_nordic = names
            .iter()
            .position(|n| n.starts_with(['Å', 'Ä', 'Ö']))
            .unwrap_or(names.len());
        assert!(first_nordic > 200, "names starting Å, Ä, Ö come after Z");
        assert!(
            names[first_nordic..]
                .iter()
                .all(|n| n.starts_with(['Å', 'Ä', 'Ö'])),
            "and nothing else after them"
        );
        let position = |prefix: &str| names.iter().position(|n| n.starts_with(prefix));
        assert!(position("Åre") < position("Älmhult") && position("Älmhult") < position("Örebro"));
    }
);

on_both!(
    a_refused_change_writes_nothing,
    |db: TestDbHandle| async move {
        let store = db.store().await;
        let actor = Actor::system("test");
        store
            .create_organisation(&actor, employer("1234567-8"), false)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let before = audit_count(&store).await;
        assert_eq!(
            rule(
                store
                    .create_organisation(&actor, employer("1234567-8"), false)
                    .await
            ),
            ErrorCode::DuplicateOrganisationCode
        );
        let nameless = OrganisationDraft {
            name_fi: Some("  ".into()),
            ..employer("x")
        };
        assert_eq!(
            rule(store.create_organisation(&actor, nameless, false).await),
            ErrorCode::InvalidOrganisationName
        );
        assert_eq!(
            audit_count(&store).await,
            before,
            "no audit entry for a refused change"
        );
        let email = Email::parse("a@b.example").unwrap_or_else(|e| panic!("{e}"));
        store
            .create_user(&actor, &email, "A", None, None)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            rule(
                store
                    .create_user(&actor, &email, "A again", None, None)
                    .await
            ),
            ErrorCode::DuplicateEmail
        );
    }
);

on_both!(
    members_are_added_with_their_mail_in_one_transaction,
    |db: TestDbHandle| async move {
        let store = db.store().await;
        let actor = Actor::system("test");
        let org = store
            .create_organisation(&actor, employer("X1"), false)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let email = Email::parse("new.person@example.fi").unwrap_or_else(|e| panic!("{e}"));
        let invitation = store
            .add_member(
                &actor,
                &org.id,
                &email,
                Some("New Person"),
                Role::Coordinator,
                |_| mail("new.person@example.fi"),
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(invitation.new_account && invitation.link_secret.is_some());
        assert_eq!(store.pending_mail_count().await.ok(), Some(1));
        let again = store
            .add_member(&actor, &org.id, &email, None, Role::Viewer, |_| {
                mail("x@example.fi")
            })
            .await;
        assert_eq!(rule(again), ErrorCode::DuplicateMember);
        assert_eq!(
            store.pending_mail_count().await.ok(),
            Some(1),
            "no mail for the refused invitation"
        );
        let members = store
            .members(&org.id)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(members.len(), 1);
        assert_eq!(members[0].role, Role::Coordinator);
        assert!(!members[0].user.has_password);
        // The only coordinator cannot step down or be removed.
        let id = members[0].user.id.clone();
        assert_eq!(
            rule(
                store
                    .set_member_role(&actor, &org.id, &id, Role::Viewer)
                    .await
            ),
            ErrorCode::LastCoordinator
        );
        assert_eq!(
            rule(store.remove_member(&actor, &org.id, &id).await),
            ErrorCode::LastCoordinator
        );
        // The invitation link sets a password once.
        let secret = invitation.link_secret.unwrap_or_default();
        store
            .use_link(&secret, LinkPurpose::Invitation, "hash".into())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            rule(
                store
                    .use_link(&secret, LinkPurpose::Invitation, "hash2".into())
                    .await
            ),
            ErrorCode::LinkUsed
        );
        assert_eq!(
            rule(store.check_link("nonsense", LinkPurpose::Invitation).await),
            ErrorCode::LinkInvalid
        );
        assert_eq!(
            rule(store.check_link(&secret, LinkPurpose::PasswordReset).await),
            ErrorCode::LinkInvalid,
            "a link serves only its purpose"
        );
    }
);

const RESET_LIMITS: jamlik_store::AttemptLimits = jamlik_store::AttemptLimits {
    window_seconds: 3600,
    per_email: 3,
    per_client: 30,
};

on_both!(expired_links_are_refused, |db: TestDbHandle| async move {
    let store = db.store().await;
    let actor = Actor::system("test");
    let email = Email::parse("p@example.fi").unwrap_or_else(|e| panic!("{e}"));
    store
        .create_user(&actor, &email, "P", Some("old".into()), None)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut secret = String::new();
    let found = store
        .request_password_reset(&email, "test", RESET_LIMITS, |_, s| {
            secret = s.to_owned();
            mail("p@example.fi")
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(found, jamlik_store::ResetRequest::Sent);
    sqlx::query("UPDATE links SET expires_at = 0")
        .execute(store.pool_for_tests())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        rule(
            store
                .use_link(&secret, LinkPurpose::PasswordReset, "new".into())
                .await
        ),
        ErrorCode::LinkExpired
    );
    let unknown = Email::parse("nobody@example.fi").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        store
            .request_password_reset(&unknown, "test", RESET_LIMITS, |_, _| mail("x@y.fi"))
            .await
            .ok(),
        Some(jamlik_store::ResetRequest::NoAccount)
    );
    assert_eq!(store.pending_mail_count().await.ok(), Some(1));
});

on_both!(
    the_audit_trail_is_append_only,
    |db: TestDbHandle| async move {
        let store = db.store().await;
        let actor = Actor::system("test");
        let org = store
            .create_organisation(&actor, employer("A1"), false)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let settings = jamlik_store::OrganisationSettings {
            languages: vec![Language::Swedish],
            frameworks: vec![],
            staff_size: Some(55),
        };
        store
            .update_organisation_settings(&actor, &org.id, settings)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let trail = store
            .audit_trail(
                Some(&org.id),
                PageRequest {
                    page: 1,
                    per_page: 10,
                },
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(trail.total, 2);
        let update = &trail.items[0];
        assert_eq!(
            (update.action.as_str(), update.entity_type.as_str()),
            ("update", "organisation")
        );
        assert!(update
            .before_json
            .as_deref()
            .is_some_and(|b| b.contains("\"staff_size\":40")));
        assert!(update
            .after_json
            .as_deref()
            .is_some_and(|a| a.contains("\"staff_size\":55")));
        let pool = store.pool_for_tests();
        assert!(
            sqlx::query("UPDATE audit_log SET action = 'x'")
                .execute(pool)
                .await
                .is_err(),
            "updates are refused"
        );
        assert!(
            sqlx::query("DELETE FROM audit_log")
                .execute(pool)
                .await
                .is_err(),
            "deletes are refused"
        );
        assert_eq!(audit_count(&store).await, 2);
    }
);

on_both!(sessions_end_everywhere, |db: TestDbHandle| async move {
    let store = db.store().await;
    let actor = Actor::system("test");
    let email = Email::parse("s@example.fi").unwrap_or_else(|e| panic!("{e}"));
    let user = store
        .create_user(&actor, &email, "S", Some("h".into()), None)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let first = store
        .create_session(&user.id, 3600)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let second = store
        .create_session(&user.id, 3600)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(store.session_user(&first).await.ok().flatten().is_some());
    assert_eq!(store.session_count(&user.id).await.ok(), Some(2));
    store
        .delete_sessions_of(&actor, &user.id)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(store.session_user(&first).await.ok().flatten().is_none());
    assert!(store.session_user(&second).await.ok().flatten().is_none());
    let expired = store
        .create_session(&user.id, -1)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        store.session_user(&expired).await.ok().flatten().is_none(),
        "an expired session signs nobody in"
    );
});

on_both!(mail_leases_are_taken_once, |db: TestDbHandle| async move {
    let store = db.store().await;
    for index in 0..20 {
        store
            .enqueue_mail(&mail(&format!("p{index}@example.fi")))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    }
    // Two workers (as two instances would) claim at once: no mail twice.
    let (a, b) = tokio::join!(store.claim_mail(15, 60), store.claim_mail(15, 60));
    let (a, b) = (
        a.unwrap_or_else(|e| panic!("{e}")),
        b.unwrap_or_else(|e| panic!("{e}")),
    );
    let mut ids: Vec<_> = a.iter().chain(b.iter()).map(|m| m.id.clone()).collect();
    let claimed = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), claimed, "a mail was claimed twice");
    assert_eq!(claimed, 20);
    assert!(
        store
            .claim_mail(10, 60)
            .await
            .unwrap_or_default()
            .is_empty(),
        "leased mail is not claimed again"
    );
    store
        .mark_mail_sent(&a[0].id, "test")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store.pending_mail_count().await.ok(), Some(19));
});

on_both!(paging_is_bounded, |db: TestDbHandle| async move {
    let _ = db;
    assert_eq!(PageRequest::new(0, 10), Err(ErrorCode::InvalidPaging));
    assert_eq!(PageRequest::new(1, 501), Err(ErrorCode::InvalidPaging));
    assert!(PageRequest::new(2, 500).is_ok());
});

on_both!(
    the_demo_holds_a_complete_published_plan,
    |db: TestDbHandle| async move {
        let store = db.store().await;
        jamlik::demo::seed(&store)
            .await
            .unwrap_or_else(|e| panic!("{e:#}"));
        jamlik::demo::seed(&store)
            .await
            .unwrap_or_else(|e| panic!("seeding twice: {e:#}"));
        let vaasa = store
            .organisation_by_code(Country::Finland, "905")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let plans = store.plans(&vaasa.id).await.unwrap_or_default();
        assert_eq!(plans.len(), 1, "one demo plan, however often the demo runs");
        let measures = store
            .measures(&vaasa.id, &plans[0].id)
            .await
            .unwrap_or_default();
        assert!(measures.len() >= 15, "at least 15 measures");
        let states: std::collections::HashSet<_> = measures.iter().map(|m| m.status).collect();
        assert_eq!(states.len(), 5, "measures in every state");
        assert!(
            store
                .findings(&vaasa.id, &plans[0].id)
                .await
                .unwrap_or_default()
                .len()
                >= 5
        );
        let versions = store
            .plan_versions(&vaasa.id, &plans[0].id)
            .await
            .unwrap_or_default();
        assert!(
            versions.first().is_some_and(|v| v.public_id.is_some()),
            "an approved, published version"
        );
        // A follow-up round in which some owners have reported and some not.
        let rounds = store
            .rounds(&vaasa.id, &plans[0].id)
            .await
            .unwrap_or_default();
        assert_eq!(rounds.len(), 1);
        let updates = store
            .round_updates(&vaasa.id, &plans[0].id, &rounds[0].id)
            .await
            .unwrap_or_default();
        let reported: std::collections::HashSet<_> =
            updates.iter().map(|u| u.measure_id.clone()).collect();
        assert!(!reported.is_empty() && reported.len() < measures.len());
        // Consultations and an assessment of services with risks found.
        assert!(
            store
                .consultations(&vaasa.id, &plans[0].id)
                .await
                .unwrap_or_default()
                .len()
                >= 4
        );
        let assessments = store
            .assessments(&vaasa.id, &plans[0].id)
            .await
            .unwrap_or_default();
        assert!(assessments
            .iter()
            .any(|a| a.conclusion == jamlik_domain::Conclusion::Risk));
        // Finished analyses of every kind, representation against Vaasa's population.
        let jobs = store.analysis_jobs(&vaasa.id, 50).await.unwrap_or_default();
        for kind in jamlik_web::AnalysisKind::ALL {
            let job = jobs
                .iter()
                .find(|j| j.kind == kind.as_str())
                .unwrap_or_else(|| panic!("no demo analysis of {kind:?}"));
            assert_eq!(job.state, jamlik_store::JobState::Done, "{:?}", job.error);
        }
        let representation = jobs
            .iter()
            .find(|j| j.kind == "representation")
            .and_then(|j| j.result.as_deref())
            .unwrap_or_default();
        let json: serde_json::Value = serde_json::from_str(representation).unwrap_or_default();
        assert_eq!(json["spec"]["baseline"]["area"], "Vaasa", "{json}");
        assert!(
            json["representation"]["baseline_count"]
                .as_u64()
                .unwrap_or(0)
                > 30_000
        );
        // The course with people at every stage, and certificates, one expired.
        let today = jamlik_domain::IsoDate::from_date(time::OffsetDateTime::now_utc().date());
        let mut states = Vec::new();
        let mut stages = std::collections::BTreeSet::new();
        for email in [
            "coordinator@vaasa.example",
            "contributor@vaasa.example",
            "viewer@vaasa.example",
            "aino.aaltonen@vaasa.example",
            "coordinator@porvoo.example",
            "sanna.salo@porvoo.example",
        ] {
            let email = jamlik_domain::Email::parse(email).unwrap_or_else(|e| panic!("{e}"));
            let user = store
                .user_by_email(&email)
                .await
                .ok()
                .flatten()
                .unwrap_or_else(|| panic!("no demo learner {email}"));
            let progress = store
                .course_progress(&user.id, "equal-municipality")
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            stages.insert((progress.lessons_read.len(), progress.quizzes_passed.len()));
            for certificate in store.certificates_of(&user.id).await.unwrap_or_default() {
                states.push(certificate.state(&today));
            }
        }
        assert!(stages.len() >= 4, "learners at several stages: {stages:?}");
        assert!(states.contains(&jamlik_store::CertificateState::Valid));
        assert!(states.contains(&jamlik_store::CertificateState::Expired));
    }
);
