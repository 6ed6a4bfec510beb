//! The JSON API: tokens, errors with stable codes in the caller's language,
//! members managed end to end.

use jamlik_domain::Email;
use reqwest::{Method, StatusCode};

use crate::on_both;
use crate::support::TestDbHandle;

/// Makes a token through the profile page, as a person would, and returns it.
async fn token_via_profile(client: &crate::support::Client) -> String {
    let page = client
        .post_form("/profile/tokens", &[("name", "reporting script")])
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let start = page
        .body
        .find("id=\"new-token\">")
        .map(|i| i + "id=\"new-token\">".len())
        .unwrap_or_else(|| panic!("no token shown"));
    page.body[start..]
        .split('<')
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

on_both!(
    tokens_are_made_used_and_revoked,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let coordinator = app.signed_in("coordinator").await;
        let token = token_via_profile(&coordinator).await;
        assert!(token.starts_with("jlk_"), "{token}");
        let stored = sqlx::query_scalar::<_, String>("SELECT token_hash FROM api_tokens")
            .fetch_all(app.store.pool_for_tests())
            .await
            .unwrap_or_default();
        assert!(
            !stored.iter().any(|h| h.contains(&token[4..])),
            "only a hash is stored"
        );
        let me = coordinator
            .api(Method::GET, "/api/v1/me", Some(&token), None)
            .await;
        assert_eq!(me.status, StatusCode::OK);
        assert_eq!(me.json()["email"], "coordinator@turku.example");
        assert_eq!(me.json()["memberships"][0]["role"], "coordinator");
        let list = coordinator
            .api(
                Method::GET,
                "/api/v1/organisations?per_page=1&page=2",
                Some(&token),
                None,
            )
            .await;
        assert_eq!(list.json()["total"], 2);
        assert_eq!(list.json()["items"].as_array().map(Vec::len), Some(1));
        let too_big = coordinator
            .api(
                Method::GET,
                "/api/v1/organisations?per_page=501",
                Some(&token),
                None,
            )
            .await;
        assert_eq!(too_big.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(too_big.json()["error"]["code"], "request.invalid_paging");
        let bad_country = coordinator
            .api(
                Method::GET,
                "/api/v1/organisations?country=NO",
                Some(&token),
                None,
            )
            .await;
        assert_eq!(bad_country.json()["error"]["code"], "org.invalid_country");
        // Revoke on the profile page: the token stops working at once.
        let tokens = app
            .store
            .api_tokens(
                &app.store
                    .user_by_email(
                        &Email::parse("coordinator@turku.example")
                            .unwrap_or_else(|e| panic!("{e}")),
                    )
                    .await
                    .ok()
                    .flatten()
                    .map(|u| u.id)
                    .unwrap_or_else(|| panic!("user")),
            )
            .await
            .unwrap_or_default();
        let revoked = coordinator
            .post_form(&format!("/profile/tokens/{}/revoke", tokens[0].id), &[])
            .await;
        assert_eq!(revoked.location(), "/profile?notice=token-revoked");
        let after = coordinator
            .api(Method::GET, "/api/v1/me", Some(&token), None)
            .await;
        assert_eq!(after.status, StatusCode::UNAUTHORIZED);
        assert_eq!(after.json()["error"]["code"], "auth.invalid_token");
        let twice = coordinator
            .post_form(&format!("/profile/tokens/{}/revoke", tokens[0].id), &[])
            .await;
        assert_eq!(twice.status, StatusCode::NOT_FOUND);
    }
);

on_both!(
    api_errors_have_codes_and_translated_messages,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let coordinator = app.signed_in("coordinator").await;
        let token = token_via_profile(&coordinator).await;
        let org = app.world.own.id.to_string();
        let path = format!("/api/v1/organisations/{org}/members");
        let finnish = app.client().with_language("fi");
        let malformed = finnish
            .api(
                Method::POST,
                &path,
                Some(&token),
                Some("{\"email\": ".into()),
            )
            .await;
        assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
        let error = &malformed.json()["error"];
        assert_eq!(error["code"], "request.malformed");
        assert_eq!(
            error["message"],
            "Lähetettyä sisältöä ei voitu lukea (virheellinen lomake tai JSON)."
        );
        assert!(error["request_id"].as_str().is_some_and(|id| id.len() > 10));
        let unknown_field = finnish
            .api(
                Method::POST,
                &path,
                Some(&token),
                Some(r#"{"email":"a@b.fi","role":"viewer","admin":true}"#.into()),
            )
            .await;
        assert_eq!(unknown_field.json()["error"]["code"], "request.malformed");
        let huge = format!(
            r#"{{"email":"a@b.fi","role":"viewer","name":"{}"}}"#,
            "x".repeat(70_000)
        );
        let oversized = finnish
            .api(Method::POST, &path, Some(&token), Some(huge))
            .await;
        assert_eq!(oversized.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(oversized.json()["error"]["code"], "request.too_large");
        let english = app.client().with_language("en");
        let foreign = english
            .api(
                Method::GET,
                &format!("/api/v1/organisations/{}", app.world.foreign.id),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(foreign.status, StatusCode::FORBIDDEN);
        assert_eq!(foreign.json()["error"]["code"], "org.foreign");
        assert_eq!(
            foreign.json()["error"]["message"],
            "You are not a member of this organisation."
        );
        let missing = english
            .api(
                Method::GET,
                "/api/v1/organisations/nope",
                Some(&token),
                None,
            )
            .await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert_eq!(missing.json()["error"]["code"], "org.not_found");
        let no_token = english.api(Method::GET, "/api/v1/me", None, None).await;
        assert_eq!(no_token.json()["error"]["code"], "auth.not_signed_in");
        let members_before = app
            .store
            .members(&app.world.own.id)
            .await
            .unwrap_or_default()
            .len();
        assert_eq!(members_before, 3, "no refused request added anyone");
    }
);

on_both!(
    members_are_managed_through_the_api,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let coordinator = app.signed_in("coordinator").await;
        let token = token_via_profile(&coordinator).await;
        let org = app.world.own.id.to_string();
        let path = format!("/api/v1/organisations/{org}/members");
        let added = coordinator
            .api(
                Method::POST,
                &path,
                Some(&token),
                Some(r#"{"email":"Mikko@Turku.example","name":"Mikko","role":"viewer"}"#.into()),
            )
            .await;
        assert_eq!(added.status, StatusCode::CREATED, "{}", added.body);
        assert_eq!(added.json()["email"], "mikko@turku.example");
        assert_eq!(added.json()["pending"], true);
        let user = added.json()["user_id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let duplicate = coordinator
            .api(
                Method::POST,
                &path,
                Some(&token),
                Some(r#"{"email":"mikko@turku.example","role":"viewer"}"#.into()),
            )
            .await;
        assert_eq!(duplicate.status, StatusCode::CONFLICT);
        assert_eq!(duplicate.json()["error"]["code"], "member.duplicate");
        let promoted = coordinator
            .api(
                Method::PATCH,
                &format!("{path}/{user}"),
                Some(&token),
                Some(r#"{"role":"contributor"}"#.into()),
            )
            .await;
        assert_eq!(promoted.json()["role"], "contributor");
        let listed = coordinator
            .api(Method::GET, &path, Some(&token), None)
            .await;
        assert_eq!(listed.json().as_array().map(Vec::len), Some(4));
        let removed = coordinator
            .api(
                Method::DELETE,
                &format!("{path}/{user}"),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(removed.status, StatusCode::NO_CONTENT);
        let gone = coordinator
            .api(
                Method::DELETE,
                &format!("{path}/{user}"),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(gone.json()["error"]["code"], "member.not_found");
        assert!(
            app.mail_with(&["mikko@turku.example", "/welcome/"])
                .await
                .is_some(),
            "the API invitation was mailed"
        );
        let trail = app
            .store
            .audit_trail(
                Some(&app.world.own.id),
                jamlik_store::PageRequest {
                    page: 1,
                    per_page: 50,
                },
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let actions: Vec<_> = trail
            .items
            .iter()
            .filter(|e| e.entity_id == user)
            .map(|e| (e.entity_type.clone(), e.action.clone()))
            .collect();
        assert!(
            actions.contains(&("membership".into(), "delete".into()))
                && actions.contains(&("membership".into(), "update".into())),
            "{actions:?}"
        );
    }
);

#[tokio::test]
async fn the_openapi_document_is_served() {
    crate::support::run(crate::support::Db::Sqlite, |db| async move {
        let app = db.app().await;
        let answer = app
            .client()
            .api(Method::GET, "/api/v1/openapi.json", None, None)
            .await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(answer.json()["info"]["title"], "Jämlik API");
        assert!(answer.json()["paths"]["/api/v1/organisations/{org}/members"]["post"].is_object());
    })
    .await;
}
