//! Every route × every role × own and foreign organisation: the answer is
//! allowed or refused exactly as the rules say. Allowed requests carry a body
//! that fails validation (or names nobody), so the matrix changes nothing.

use std::collections::{BTreeSet, HashMap};

use jamlik_domain::{Email, UserId};
use reqwest::{Method, StatusCode};

use crate::on_both;
use crate::support::{email_of, Client, TestApp, TestDbHandle};

/// Who may use a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in person.
    SignedIn,
    /// Members of the organisation, national monitors, instructors assigned
    /// to it and admins.
    Member,
    /// The organisation's coordinators and admins.
    Coordinator,
    /// The organisation's coordinators and contributors, and admins.
    Contributor,
    /// National monitors and admins.
    Overseer,
    /// National monitors, instructors (for their organisations) and admins.
    National,
    /// The organisation's coordinators, instructors assigned to it, national
    /// monitors and admins: who reads its reviews.
    ReviewReader,
    /// National monitors and admins, on any organisation: who reviews.
    Reviewer,
    /// The organisation's coordinators, national monitors and admins: who
    /// answers a review.
    Answerer,
    /// Admins.
    Admin,
}

/// Every page route, as registered in the web crate (a tidy test checks the
/// list is complete), with a body that an allowed person would have refused
/// for its content.
pub const PAGES: &[(&str, &str, Rule, &[(&str, &str)])] = &[
    ("GET", "/", Rule::Public, &[]),
    ("GET", "/register", Rule::Public, &[]),
    ("GET", "/o/{key}", Rule::Public, &[]),
    ("GET", "/sign-in", Rule::Public, &[]),
    ("POST", "/sign-in", Rule::Public, &[("email", "x")]),
    ("POST", "/sign-out", Rule::Public, &[]),
    ("POST", "/sign-out-everywhere", Rule::SignedIn, &[]),
    ("GET", "/forgot-password", Rule::Public, &[]),
    ("POST", "/forgot-password", Rule::Public, &[("email", "x")]),
    ("GET", "/reset-password/{secret}", Rule::Public, &[]),
    ("POST", "/reset-password/{secret}", Rule::Public, &[]),
    ("GET", "/welcome/{secret}", Rule::Public, &[]),
    ("POST", "/welcome/{secret}", Rule::Public, &[]),
    ("GET", "/home", Rule::SignedIn, &[]),
    ("GET", "/orgs/{org}", Rule::Member, &[]),
    ("GET", "/orgs/{org}/members", Rule::Member, &[]),
    (
        "POST",
        "/orgs/{org}/members",
        Rule::Coordinator,
        &[("email", "not an email"), ("role", "viewer")],
    ),
    (
        "POST",
        "/orgs/{org}/members/{user}/role",
        Rule::Coordinator,
        &[("role", "owner")],
    ),
    (
        "POST",
        "/orgs/{org}/members/{user}/remove",
        Rule::Coordinator,
        &[],
    ),
    ("GET", "/orgs/{org}/settings", Rule::Coordinator, &[]),
    (
        "POST",
        "/orgs/{org}/settings",
        Rule::Coordinator,
        &[("staff_size", "many")],
    ),
    ("GET", "/orgs/{org}/audit", Rule::Coordinator, &[]),
    ("GET", "/open-data", Rule::Public, &[]),
    ("GET", "/open-data/{file}", Rule::Public, &[]),
    ("GET", "/orgs/{org}/self-reports", Rule::Coordinator, &[]),
    (
        "POST",
        "/orgs/{org}/self-reports",
        Rule::Coordinator,
        &[("framework", "nonsense")],
    ),
    (
        "GET",
        "/orgs/{org}/self-reports/files/{file}",
        Rule::Member,
        &[],
    ),
    ("GET", "/orgs/{org}/plans", Rule::Member, &[]),
    (
        "POST",
        "/orgs/{org}/plans",
        Rule::Coordinator,
        &[("title", "")],
    ),
    ("GET", "/orgs/{org}/plans/{plan}", Rule::Member, &[]),
    (
        "GET",
        "/orgs/{org}/plans/{plan}/translations",
        Rule::Member,
        &[],
    ),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/translations",
        Rule::Coordinator,
        &[("t:plan_title:x", "y")],
    ),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/findings",
        Rule::Contributor,
        &[("ground", "nonsense")],
    ),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/measures",
        Rule::Coordinator,
        &[("title", "")],
    ),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/approve",
        Rule::Coordinator,
        &[("body", "")],
    ),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/publish",
        Rule::Coordinator,
        &[],
    ),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/evaluation",
        Rule::Coordinator,
        &[("evaluation:no-such-measure", "")],
    ),
    ("GET", "/p/{public}", Rule::Public, &[]),
    (
        "GET",
        "/orgs/{org}/plans/{plan}/measures.csv",
        Rule::Member,
        &[],
    ),
    (
        "GET",
        "/orgs/{org}/plans/{plan}/measures.xlsx",
        Rule::Member,
        &[],
    ),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/measures/bulk",
        Rule::Coordinator,
        &[],
    ),
    (
        "GET",
        "/orgs/{org}/plans/{plan}/versions/{number}/changes",
        Rule::Member,
        &[],
    ),
    (
        "GET",
        "/orgs/{org}/plans/{plan}/steps/{framework}/{step}",
        Rule::Member,
        &[],
    ),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/steps/{framework}/{step}",
        Rule::Coordinator,
        &[("answer:x:y:z", "maybe")],
    ),
    (
        "GET",
        "/orgs/{org}/plans/{plan}/assessment",
        Rule::Member,
        &[],
    ),
    (
        "GET",
        "/orgs/{org}/plans/{plan}/assessment/{service}",
        Rule::Member,
        &[],
    ),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/assessment/{service}",
        Rule::Contributor,
        &[("conclusion:age", "perhaps")],
    ),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/assessment/{service}/files",
        Rule::Contributor,
        &[],
    ),
    ("GET", "/orgs/{org}/evidence/{file}", Rule::Member, &[]),
    ("GET", "/orgs/{org}/analysis", Rule::Member, &[]),
    ("POST", "/orgs/{org}/analysis", Rule::Contributor, &[]),
    (
        "GET",
        "/orgs/{org}/analysis/uploads/{upload}",
        Rule::Contributor,
        &[],
    ),
    (
        "POST",
        "/orgs/{org}/analysis/uploads/{upload}",
        Rule::Contributor,
        &[("kind", "nonsense")],
    ),
    ("GET", "/orgs/{org}/analysis/{job}", Rule::Member, &[]),
    (
        "POST",
        "/orgs/{org}/analysis/{job}/evidence",
        Rule::Contributor,
        &[("target", "nowhere")],
    ),
    (
        "POST",
        "/orgs/{org}/analysis/retention",
        Rule::Coordinator,
        &[("days", "-1")],
    ),
    (
        "GET",
        "/orgs/{org}/plans/{plan}/export/{file}",
        Rule::Member,
        &[],
    ),
    (
        "GET",
        "/orgs/{org}/plans/{plan}/rounds/{round}/export/{file}",
        Rule::Member,
        &[],
    ),
    ("GET", "/p/{public}/{file}", Rule::Public, &[]),
    ("GET", "/f/{public}", Rule::Public, &[]),
    ("GET", "/guide", Rule::Public, &[]),
    ("GET", "/guide/search", Rule::Public, &[]),
    ("GET", "/guide/{pack}", Rule::Public, &[]),
    ("GET", "/guide/{pack}/{step}", Rule::Public, &[]),
    ("GET", "/catalogue", Rule::Public, &[]),
    ("GET", "/handbooks/{id}", Rule::Public, &[]),
    ("GET", "/handbooks/{id}/{chapter}", Rule::Public, &[]),
    ("GET", "/courses", Rule::Public, &[]),
    ("GET", "/courses/{course}", Rule::Public, &[]),
    ("POST", "/courses/{course}/renew", Rule::SignedIn, &[]),
    ("GET", "/courses/{course}/media/{file}", Rule::Public, &[]),
    (
        "GET",
        "/courses/{course}/lessons/{lesson}",
        Rule::Public,
        &[],
    ),
    (
        "POST",
        "/courses/{course}/lessons/{lesson}",
        Rule::SignedIn,
        &[],
    ),
    ("GET", "/courses/{course}/quiz/{module}", Rule::Public, &[]),
    (
        "POST",
        "/courses/{course}/quiz/{module}",
        Rule::SignedIn,
        &[],
    ),
    (
        "GET",
        "/courses/{course}/attempts/{attempt}",
        Rule::SignedIn,
        &[],
    ),
    (
        "POST",
        "/courses/{course}/attempts/{attempt}",
        Rule::SignedIn,
        &[("q-none", "a")],
    ),
    ("GET", "/certificates", Rule::SignedIn, &[]),
    (
        "POST",
        "/certificates/name",
        Rule::SignedIn,
        &[("name", "")],
    ),
    ("GET", "/verify", Rule::Public, &[]),
    ("GET", "/verify/{code}", Rule::Public, &[]),
    ("GET", "/verify/{code}/certificate.pdf", Rule::Public, &[]),
    ("GET", "/orgs/{org}/training", Rule::Coordinator, &[]),
    (
        "POST",
        "/orgs/{org}/training/target",
        Rule::Coordinator,
        &[("course", "equal-municipality"), ("share", "101")],
    ),
    (
        "POST",
        "/orgs/{org}/training/invite",
        Rule::Coordinator,
        &[("course", "no-such-course")],
    ),
    ("GET", "/f/{public}/{file}", Rule::Public, &[]),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/rounds/{round}/publish",
        Rule::Coordinator,
        &[],
    ),
    (
        "GET",
        "/orgs/{org}/plans/{plan}/consultations",
        Rule::Member,
        &[],
    ),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/consultations",
        Rule::Coordinator,
        &[("party", "nobody")],
    ),
    ("GET", "/orgs/{org}/plans/{plan}/rounds", Rule::Member, &[]),
    (
        "POST",
        "/orgs/{org}/plans/{plan}/rounds",
        Rule::Coordinator,
        &[("name", "")],
    ),
    (
        "GET",
        "/orgs/{org}/plans/{plan}/rounds/{round}",
        Rule::Member,
        &[],
    ),
    ("GET", "/orgs/{org}/services", Rule::Member, &[]),
    (
        "POST",
        "/orgs/{org}/services",
        Rule::Coordinator,
        &[("name", "")],
    ),
    (
        "POST",
        "/orgs/{org}/services/import",
        Rule::Coordinator,
        &[],
    ),
    (
        "GET",
        "/orgs/{org}/services/template.csv",
        Rule::Member,
        &[],
    ),
    (
        "GET",
        "/orgs/{org}/services/template.xlsx",
        Rule::Member,
        &[],
    ),
    ("GET", "/orgs/{org}/measures/{measure}", Rule::Member, &[]),
    (
        "POST",
        "/orgs/{org}/measures/{measure}/status",
        Rule::Contributor,
        &[("status", "finished")],
    ),
    (
        "POST",
        "/orgs/{org}/measures/{measure}/edit",
        Rule::Contributor,
        &[("title", "")],
    ),
    (
        "POST",
        "/orgs/{org}/measures/{measure}/indicators",
        Rule::Contributor,
        &[("name", "")],
    ),
    (
        "POST",
        "/orgs/{org}/measures/{measure}/indicators/{indicator}",
        Rule::Contributor,
        &[("name", "")],
    ),
    (
        "POST",
        "/orgs/{org}/measures/{measure}/indicators/{indicator}/remove",
        Rule::Contributor,
        &[],
    ),
    ("GET", "/profile", Rule::SignedIn, &[]),
    ("POST", "/profile", Rule::SignedIn, &[("name", "")]),
    (
        "POST",
        "/profile/password",
        Rule::SignedIn,
        &[("current", "wrong")],
    ),
    ("POST", "/profile/tokens", Rule::SignedIn, &[("name", "")]),
    (
        "POST",
        "/profile/tokens/{token}/revoke",
        Rule::SignedIn,
        &[],
    ),
    ("GET", "/admin", Rule::SignedIn, &[]),
    ("GET", "/admin/organisations", Rule::Overseer, &[]),
    (
        "POST",
        "/admin/organisations",
        Rule::Admin,
        &[("kind", "nonsense")],
    ),
    ("GET", "/admin/users", Rule::Admin, &[]),
    (
        "POST",
        "/admin/users/{user}/role",
        Rule::Admin,
        &[("role", "emperor")],
    ),
    ("GET", "/admin/audit", Rule::Admin, &[]),
    ("GET", "/admin/instructors", Rule::Admin, &[]),
    (
        "POST",
        "/admin/instructors",
        Rule::Admin,
        &[("instructor", "nobody"), ("country", "XX"), ("code", "")],
    ),
    (
        "POST",
        "/admin/instructors/{user}/{org}/remove",
        Rule::Admin,
        &[],
    ),
    ("GET", "/orgs/{org}/reviews", Rule::ReviewReader, &[]),
    (
        "POST",
        "/orgs/{org}/reviews",
        Rule::Reviewer,
        &[("framework", "nonsense")],
    ),
    (
        "GET",
        "/orgs/{org}/reviews/new/{framework}",
        Rule::Reviewer,
        &[],
    ),
    (
        "POST",
        "/orgs/{org}/reviews/{review}/answers",
        Rule::Answerer,
        &[("body", "")],
    ),
    ("GET", "/national", Rule::National, &[]),
    ("GET", "/national/map", Rule::National, &[]),
    ("GET", "/overview", Rule::Public, &[]),
    ("GET", "/overview/map", Rule::Public, &[]),
    ("GET", "/national/reminders", Rule::Overseer, &[]),
    ("GET", "/unsubscribe/{secret}", Rule::Public, &[]),
    ("POST", "/unsubscribe/{secret}", Rule::Public, &[]),
];

/// Every API route, with a JSON body refused for its content.
pub const API: &[(&str, &str, Rule, Option<&str>)] = &[
    ("GET", "/api/v1/me", Rule::SignedIn, None),
    ("GET", "/api/v1/statuses", Rule::Public, None),
    ("GET", "/api/v1/published-plans", Rule::Public, None),
    ("GET", "/api/v1/organisations", Rule::SignedIn, None),
    (
        "POST",
        "/api/v1/organisations",
        Rule::Admin,
        Some(r#"{"kind":"nonsense","country":"FI"}"#),
    ),
    ("GET", "/api/v1/organisations/{org}", Rule::Member, None),
    (
        "GET",
        "/api/v1/organisations/{org}/analyses/{job}",
        Rule::Member,
        None,
    ),
    (
        "GET",
        "/api/v1/organisations/{org}/members",
        Rule::Member,
        None,
    ),
    (
        "POST",
        "/api/v1/organisations/{org}/members",
        Rule::Coordinator,
        Some(r#"{"email":"not an email","role":"viewer"}"#),
    ),
    (
        "PATCH",
        "/api/v1/organisations/{org}/members/{user}",
        Rule::Coordinator,
        Some(r#"{"role":"owner"}"#),
    ),
    (
        "DELETE",
        "/api/v1/organisations/{org}/members/{user}",
        Rule::Coordinator,
        None,
    ),
];

const ROLES: [&str; 7] = [
    "anonymous",
    "viewer",
    "contributor",
    "coordinator",
    "monitor",
    "instructor",
    "admin",
];

fn allowed(rule: Rule, role: &str, own: bool) -> bool {
    match rule {
        Rule::Public => true,
        Rule::SignedIn => role != "anonymous",
        Rule::Member => {
            matches!(role, "monitor" | "admin")
                || (own
                    && matches!(
                        role,
                        "viewer" | "contributor" | "coordinator" | "instructor"
                    ))
        }
        Rule::Coordinator => role == "admin" || (own && role == "coordinator"),
        Rule::Contributor => {
            role == "admin" || (own && matches!(role, "coordinator" | "contributor"))
        }
        Rule::Overseer | Rule::Reviewer => matches!(role, "monitor" | "admin"),
        Rule::National => matches!(role, "monitor" | "instructor" | "admin"),
        Rule::ReviewReader => {
            matches!(role, "monitor" | "admin")
                || (own && matches!(role, "coordinator" | "instructor"))
        }
        Rule::Answerer => matches!(role, "monitor" | "admin") || (own && role == "coordinator"),
        Rule::Admin => role == "admin",
    }
}

fn fill(template: &str, org: &str, user: &str) -> String {
    template
        .replace("{org}", org)
        .replace("{user}", user)
        .replace("{token}", "no-such-token")
        .replace("{secret}", "no-such-link")
        .replace("{plan}", "no-such-plan")
        .replace("{measure}", "no-such-measure")
        .replace("{indicator}", "no-such-indicator")
        .replace("{public}", "no-such-plan")
        .replace("{number}", "2")
        .replace("{framework}", "fi-non-discrimination")
        .replace("{pack}", "fi-non-discrimination")
        .replace("{id}", "good-relations")
        .replace("{chapter}", "safety")
        .replace("{step}", "assess")
        .replace("{service}", "no-such-service")
        .replace("{file}", "no-such-file")
        .replace("{round}", "no-such-round")
        .replace("{upload}", "no-such-upload")
        .replace("{job}", "no-such-job")
        .replace("{review}", "no-such-review")
        .replace("{course}", "equal-municipality")
        .replace("{lesson}", "no-such-lesson")
        .replace("{module}", "no-such-module")
        .replace("{attempt}", "no-such-attempt")
        .replace("{code}", "ABCD-EFGH-JKLM")
        .replace("{key}", org)
}

async fn clients(app: &TestApp) -> HashMap<&'static str, (Client, Option<String>)> {
    let mut all = HashMap::new();
    for role in ROLES {
        if role == "anonymous" {
            all.insert(role, (app.client(), None));
            continue;
        }
        let client = app.signed_in(role).await;
        all.insert(role, (client, Some(api_token(app, role).await)));
    }
    all
}

/// A new API token of a role's account.
async fn api_token(app: &TestApp, role: &str) -> String {
    let email = Email::parse(&email_of(role)).unwrap_or_else(|e| panic!("{e}"));
    let user = app
        .store
        .user_by_email(&email)
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {role}"));
    let actor = jamlik_store::Actor::system("matrix");
    let (_, token) = app
        .store
        .create_api_token(&actor, &user.id, "matrix")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    token
}

on_both!(
    every_route_checks_every_role_against_own_and_foreign_organisations,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let mut clients = clients(&app).await;
        // A member id that belongs to no organisation: allowed requests answer 404/422, never change anything.
        let nobody = UserId::from_raw("00000000-0000-7000-8000-000000000000");
        let mut failures = Vec::new();
        for (own, org) in [
            (true, app.world.own.id.to_string()),
            (false, app.world.foreign.id.to_string()),
        ] {
            for role in ROLES {
                for (method, template, rule, body) in PAGES {
                    let (client, token) = clients[role].clone();
                    let path = fill(template, &org, nobody.as_str());
                    let answer = match *method {
                        "GET" => client.get(&path).await,
                        _ => client.post_form(&path, body).await,
                    };
                    let expect = allowed(*rule, role, own);
                    let sent_to_sign_in = answer.status == StatusCode::SEE_OTHER
                        && answer.location().starts_with("/sign-in");
                    let refused = answer.status == StatusCode::FORBIDDEN
                        || answer.status == StatusCode::UNAUTHORIZED
                        || sent_to_sign_in;
                    let right = if expect {
                        !refused || (*rule == Rule::Public && sent_to_sign_in)
                    } else if role == "anonymous" {
                        sent_to_sign_in
                    } else {
                        answer.status == StatusCode::FORBIDDEN
                    };
                    if !right || answer.status.is_server_error() {
                        failures.push(format!(
                            "{method} {template} as {role} ({}): {} {}",
                            if own { "own" } else { "foreign" },
                            answer.status,
                            answer.location()
                        ));
                    }
                    // Signing out ends the session the next rows need: sign in
                    // again (signing out everywhere revokes the API token too).
                    if template.starts_with("/sign-out") && role != "anonymous" {
                        let token = match *template {
                            "/sign-out-everywhere" => Some(api_token(&app, role).await),
                            _ => token.clone(),
                        };
                        clients.insert(role, (app.signed_in(role).await, token));
                    }
                    if !expect
                        && role != "anonymous"
                        && *rule != Rule::Admin
                        && *rule != Rule::Overseer
                        && *rule != Rule::National
                        && *rule != Rule::SignedIn
                    {
                        let code_text =
                            if !own && matches!(role, "viewer" | "contributor" | "coordinator") {
                                "Du är inte medlem i den här organisationen."
                            } else {
                                "Din roll tillåter inte detta."
                            };
                        if !answer.body.contains(code_text) {
                            failures.push(format!(
                                "{method} {template} as {role}: expected {code_text:?}"
                            ));
                        }
                    }
                }
                let (client, token) = clients[role].clone();
                for (method, template, rule, body) in API {
                    let path = fill(template, &org, nobody.as_str());
                    let method = Method::from_bytes(method.as_bytes()).unwrap_or(Method::GET);
                    let answer = client
                        .api(
                            method.clone(),
                            &path,
                            token.as_deref(),
                            body.map(str::to_owned),
                        )
                        .await;
                    let expect = allowed(*rule, role, own);
                    let right = if expect {
                        answer.status != StatusCode::FORBIDDEN
                            && answer.status != StatusCode::UNAUTHORIZED
                    } else if role == "anonymous" {
                        answer.status == StatusCode::UNAUTHORIZED
                            && answer.json()["error"]["code"] == "auth.not_signed_in"
                    } else {
                        answer.status == StatusCode::FORBIDDEN
                    };
                    if !right || answer.status.is_server_error() {
                        failures.push(format!(
                            "{method} {template} as {role} ({}): {} {}",
                            if own { "own" } else { "foreign" },
                            answer.status,
                            answer.body
                        ));
                    }
                }
            }
        }
        // Nothing the matrix sent changed the organisations' members.
        let members = app
            .store
            .members(&app.world.own.id)
            .await
            .unwrap_or_default();
        assert_eq!(members.len(), 3, "the matrix changed the members");
        assert!(
            failures.is_empty(),
            "{} wrong answers:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
);

on_both!(
    unknown_and_foreign_organisations_get_specific_answers,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let client = app.signed_in("coordinator").await.with_language("en");
        let missing = client
            .get("/orgs/00000000-0000-7000-8000-00000000dead")
            .await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert!(missing.body.contains("There is no such organisation."));
        let foreign = client
            .get(&format!("/orgs/{}/members", app.world.foreign.id))
            .await;
        assert_eq!(foreign.status, StatusCode::FORBIDDEN);
        assert!(foreign
            .body
            .contains("You are not a member of this organisation."));
    }
);

/// The page routes the web crate registers, read from its source: each
/// capability's folder's `mod.rs` holds its routes.
pub fn registered_page_routes() -> BTreeSet<(String, String)> {
    let web = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../jamlik-web/src");
    let mut source = String::new();
    for folder in std::fs::read_dir(&web).into_iter().flatten().flatten() {
        if let Ok(text) = std::fs::read_to_string(folder.path().join("mod.rs")) {
            source.extend(text.split_whitespace());
        }
    }
    let mut routes = BTreeSet::new();
    for chunk in source.split(".route(").skip(1) {
        let mut parts = chunk.trim_start_matches('"').splitn(2, '"');
        let path = parts.next().unwrap_or_default().to_owned();
        // The handlers run to the end of the route table (no braces in them).
        let handlers = parts
            .next()
            .unwrap_or_default()
            .split('}')
            .next()
            .unwrap_or_default();
        for method in ["get", "post"] {
            if handlers.contains(&format!("{method}(")) {
                routes.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    routes
}
