//! Test support: every test gets its own database (a SQLite file in a fresh
//! directory, or a fresh PostgreSQL database dropped afterwards) and its own
//! server on its own port, as a person's browser would meet it.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use jamlik_domain::{
    Country, Email, GlobalRole, Language, OrgKind, OrganisationDraft, Password, Role,
};
use jamlik_i18n::DisplayZone;
use jamlik_store::{Actor, Organisation, Store, StoreOptions};
use jamlik_web::{AppState, MailConfig, SmtpConfig, WebConfig};
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::StatusCode;

/// Which backend a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

/// The server PostgreSQL tests use: `JAMLIK_TEST_POSTGRES_URL`, else the local one.
pub fn postgres_admin_url() -> String {
    std::env::var("JAMLIK_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

/// A database made for one test.
pub struct TestDb {
    pub url: String,
    pub dir: PathBuf,
    postgres_name: Option<String>,
}

impl TestDb {
    pub async fn new(db: Db) -> TestDb {
        let dir =
            std::env::temp_dir().join(format!("jamlik-test-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("temp dir: {e}"));
        match db {
            Db::Sqlite => TestDb {
                url: format!("sqlite://{}", dir.join("test.db").display()),
                dir,
                postgres_name: None,
            },
            Db::Postgres => {
                let name = format!("jamlik_t_{}", uuid::Uuid::new_v4().simple());
                let admin = Store::connect(
                    &postgres_admin_url(),
                    &StoreOptions {
                        max_connections: 1,
                        ..StoreOptions::default()
                    },
                )
                .await
                .unwrap_or_else(|e| {
                    panic!(
                        "PostgreSQL at {} is needed for these tests: {e}",
                        postgres_admin_url()
                    )
                });
                sqlx::raw_sql(&format!("CREATE DATABASE {name}"))
                    .execute(admin.pool_for_tests())
                    .await
                    .unwrap_or_else(|e| panic!("create database: {e}"));
                admin.close().await;
                let base = postgres_admin_url();
                let server = base
                    .rsplit_once('/')
                    .map_or(base.as_str(), |(server, _)| server)
                    .to_owned();
                TestDb {
                    url: format!("{server}/{name}"),
                    dir,
                    postgres_name: Some(name),
                }
            }
        }
    }

    /// Drops the PostgreSQL database and removes the directory.
    pub async fn drop_now(&self) {
        if let Some(name) = &self.postgres_name {
            if let Ok(admin) = Store::connect(
                &postgres_admin_url(),
                &StoreOptions {
                    max_connections: 1,
                    ..StoreOptions::default()
                },
            )
            .await
            {
                let _ = sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(admin.pool_for_tests())
                    .await;
                admin.close().await;
            }
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Runs a test body on a backend, always dropping its database.
#[macro_export]
macro_rules! on_both {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                $crate::support::run($crate::support::Db::Sqlite, $body).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                $crate::support::run($crate::support::Db::Postgres, $body).await;
            }
        }
    };
}

/// Runs `body` with a fresh database, cleaning up even when it panics.
pub async fn run<F, Fut>(db: Db, body: F)
where
    F: FnOnce(TestDbHandle) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    use futures::FutureExt;
    let test_db = Arc::new(TestDb::new(db).await);
    let handle = TestDbHandle {
        test_db: test_db.clone(),
    };
    let outcome = std::panic::AssertUnwindSafe(body(handle))
        .catch_unwind()
        .await;
    test_db.drop_now().await;
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

/// What a test body receives: the backend and its database.
#[derive(Clone)]
pub struct TestDbHandle {
    pub test_db: Arc<TestDb>,
}

impl TestDbHandle {
    /// A migrated store on the test's database.
    pub async fn store(&self) -> Store {
        let store = Store::connect(
            &self.test_db.url,
            &StoreOptions {
                max_connections: 5,
                ..StoreOptions::default()
            },
        )
        .await
        .unwrap_or_else(|e| panic!("connect: {e}"));
        store
            .migrate()
            .await
            .unwrap_or_else(|e| panic!("migrate: {e}"));
        store
    }

    /// A running application with two municipalities and people in every role.
    pub async fn app(&self) -> TestApp {
        self.app_with(|_| {}).await
    }

    /// As [`TestDbHandle::app`], with the configuration adjusted.
    pub async fn app_with(&self, adjust: impl FnOnce(&mut WebConfig)) -> TestApp {
        let store = self.store().await;
        let mut config = WebConfig {
            public_url: String::new(),
            secure_cookies: false,
            session_days: 14,
            body_limit_bytes: 65_536,
            sign_in_max_failures: 5,
            sign_in_window_minutes: 15,
            trust_forwarded_for: false,
            display_zone: DisplayZone::Helsinki,
            mail: MailConfig {
                smtp: None,
                from: "Jämlik <noreply@jamlik.example>".into(),
                outbox_dir: self.test_db.dir.join("outbox"),
                poll_millis: 50,
            },
            reminder_interval_minutes: 60,
            analysis_inline_bytes: 1024 * 1024,
            workbook: jamlik_stats::WorkbookLimits::default(),
            analysis_poll_millis: 50,
            auth: jamlik_web::AuthConfig::default(),
            deadline_reminder_days_before: vec![60, 14],
            deadline_reminder_days_after: vec![1, 30],
        };
        adjust(&mut config);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .unwrap_or_else(|e| panic!("bind: {e}"));
        let address = listener
            .local_addr()
            .unwrap_or_else(|e| panic!("address: {e}"));
        config.public_url = format!("http://{address}");
        let world = World::create(&store).await;
        let state = AppState::new(store.clone(), config.clone());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(jamlik_web::serve(listener, state, async move {
            let _ = stopped.await;
        }));
        TestApp {
            address,
            store,
            world,
            config,
            _stop: stop,
        }
    }
}

/// The people and organisations every app test starts with.
#[derive(Clone, Debug)]
pub struct World {
    pub own: Organisation,
    pub foreign: Organisation,
}

/// The password of every test account.
pub const PASSWORD: &str = "correct horse battery staple";

impl World {
    async fn create(store: &Store) -> World {
        let actor = Actor::system("test");
        let org = |code: &str, fi: &str, sv: &str| OrganisationDraft {
            code: Some(code.into()),
            country: Country::Finland,
            kind: OrgKind::Municipality,
            name_fi: Some(fi.into()),
            name_sv: Some(sv.into()),
            name_en: None,
            region: Some("FI-VS".into()),
            population: Some(194_391),
            staff_size: None,
            languages: vec![Language::Finnish, Language::Swedish],
            frameworks: vec![],
        };
        let own = store
            .create_organisation(&actor, org("853", "Turku", "Åbo"), false)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let foreign = store
            .create_organisation(&actor, org("638", "Porvoo", "Borgå"), false)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let password = Password::new(PASSWORD).unwrap_or_else(|e| panic!("{e}"));
        let hash = jamlik_web::hash_password(&password)
            .await
            .unwrap_or_else(|e| panic!("{:?}", e.code));
        for (who, global) in [
            ("admin", Some(GlobalRole::Admin)),
            ("monitor", Some(GlobalRole::NationalMonitor)),
            ("instructor", Some(GlobalRole::Instructor)),
        ] {
            let email =
                Email::parse(&format!("{who}@jamlik.example")).unwrap_or_else(|e| panic!("{e}"));
            let user = store
                .create_user(&actor, &email, who, Some(hash.clone()), global)
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            // The instructor supports the own organisation, not the foreign one.
            if global == Some(GlobalRole::Instructor) {
                store
                    .assign_instructor(&actor, &user.id, &own.id)
                    .await
                    .unwrap_or_else(|e| panic!("{e}"));
            }
        }
        for (who, role, org) in [
            ("coordinator", Role::Coordinator, &own),
            ("contributor", Role::Contributor, &own),
            ("viewer", Role::Viewer, &own),
            ("other", Role::Coordinator, &foreign),
        ] {
            let email =
                Email::parse(&format!("{who}@turku.example")).unwrap_or_else(|e| panic!("{e}"));
            store
                .create_user(&actor, &email, who, Some(hash.clone()), None)
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            store
                .add_member(&actor, &org.id, &email, None, role, |i| {
                    jamlik_store::OutgoingMail {
                        to: i.user.email.clone(),
                        subject: "setup".into(),
                        body: "setup".into(),
                    }
                })
                .await
                .unwrap_or_else(|e| panic!("{e}"));
        }
        World { own, foreign }
    }
}

/// A running application.
pub struct TestApp {
    pub address: SocketAddr,
    pub store: Store,
    pub world: World,
    pub config: WebConfig,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl TestApp {
    /// A browser-like client with no cookies yet.
    pub fn client(&self) -> Client {
        Client::new(self.address)
    }

    /// A client signed in as one of the test accounts (`admin`, `coordinator`, …).
    pub async fn signed_in(&self, who: &str) -> Client {
        let client = self.client();
        let email = email_of(who);
        let response = client
            .post_form("/sign-in", &[("email", &email), ("password", PASSWORD)])
            .await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "sign-in of {who}: {}",
            response.body
        );
        client
    }

    /// The first mail in the outbox that holds every one of `needles`,
    /// waiting for the worker to deliver it.
    pub async fn mail_with(&self, needles: &[&str]) -> Option<String> {
        for _ in 0..100 {
            let found = read_outbox(&self.config.mail.outbox_dir)
                .into_iter()
                .find(|m| needles.iter().all(|n| m.contains(n)));
            if found.is_some() {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        None
    }

    /// Every mail in the outbox now.
    pub fn outbox(&self) -> Vec<String> {
        read_outbox(&self.config.mail.outbox_dir)
    }
}

fn read_outbox(dir: &std::path::Path) -> Vec<String> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    entries
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .map(|text| decode_mail(&text))
        .collect()
}

/// Undoes quoted-printable soft breaks and `=XX` escapes, enough to find links.
pub fn decode_mail(text: &str) -> String {
    let joined = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'=' && index + 2 < bytes.len() {
            if let Ok(value) = u8::from_str_radix(&joined[index + 1..index + 3], 16) {
                out.push(value);
                index += 3;
                continue;
            }
        }
        out.push(bytes[index]);
        index += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The email of a test account.
pub fn email_of(who: &str) -> String {
    match who {
        "admin" | "monitor" | "instructor" => format!("{who}@jamlik.example"),
        other => format!("{other}@turku.example"),
    }
}

/// Finds the first link after `prefix` in a text.
pub fn link_after(text: &str, prefix: &str) -> Option<String> {
    let start = text.find(prefix)?;
    let rest = &text[start..];
    let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
    Some(rest[..end].to_owned())
}

/// A response, read.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The text as a reader sees it: without the soft hyphens (U+00AD) that
    /// show only where a line breaks.
    pub body: String,
    /// The text as sent.
    pub raw: String,
}

impl Answer {
    pub fn location(&self) -> String {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// A client that keeps cookies like a browser and never follows redirects.
#[derive(Clone)]
pub struct Client {
    base: String,
    http: reqwest::Client,
    cookies: Arc<Mutex<HashMap<String, String>>>,
    pub accept_language: Arc<Mutex<Option<String>>>,
    /// The CSRF token last read, with the cookies it was read under.
    csrf: Arc<Mutex<Option<CsrfRead>>>,
}

/// The session and pre-session cookies, and the CSRF token read under them.
type CsrfRead = ((Option<String>, Option<String>), String);

impl Client {
    fn new(address: SocketAddr) -> Client {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_else(|e| panic!("client: {e}"));
        Client {
            base: format!("http://{address}"),
            http,
            cookies: Arc::default(),
            accept_language: Arc::default(),
            csrf: Arc::default(),
        }
    }

    pub fn with_language(self, tag: &str) -> Client {
        if let Ok(mut language) = self.accept_language.lock() {
            *language = Some(tag.to_owned());
        }
        self
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().ok().and_then(|c| c.get(name).cloned())
    }

    /// Puts a cookie in the jar, as another site planting one would.
    pub fn set_cookie(&self, name: &str, value: &str) {
        if let Ok(mut jar) = self.cookies.lock() {
            jar.insert(name.to_owned(), value.to_owned());
        }
    }

    fn headers(&self) -> HeaderMap {
        let mut headers = HeaderMap::new();
        let cookies = self.cookies.lock().map(|c| c.clone()).unwrap_or_default();
        if !cookies.is_empty() {
            let text = cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            if let Ok(value) = HeaderValue::from_str(&text) {
                headers.insert("cookie", value);
            }
        }
        if let Some(tag) = self.accept_language.lock().ok().and_then(|l| l.clone()) {
            if let Ok(value) = HeaderValue::from_str(&tag) {
                headers.insert("accept-language", value);
            }
        }
        headers
    }

    async fn read(&self, response: reqwest::Response) -> Answer {
        let status = response.status();
        let headers = response.headers().clone();
        if let Ok(mut jar) = self.cookies.lock() {
            for value in headers.get_all("set-cookie") {
                let Ok(text) = value.to_str() else { continue };
                let first = text.split(';').next().unwrap_or_default();
                if let Some((name, value)) = first.split_once('=') {
                    let expired = text.contains("Max-Age=0");
                    if expired || value.is_empty() {
                        jar.remove(name);
                    } else {
                        jar.insert(name.to_owned(), value.to_owned());
                    }
                }
            }
        }
        let body = response.text().await.unwrap_or_default();
        Answer {
            status,
            headers,
            raw: body.clone(),
            body: body.replace('\u{AD}', ""),
        }
    }

    pub async fn get(&self, path: &str) -> Answer {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .headers(self.headers())
            .send()
            .await;
        self.read(response.unwrap_or_else(|e| panic!("GET {path}: {e}")))
            .await
    }

    /// The CSRF token the pages of this client's session carry, read from a
    /// page as a browser's form holds it (the token is derived from the
    /// session, or signed out from the pre-session cookie: it is no cookie's
    /// value). Read again whenever those cookies change.
    pub async fn csrf(&self) -> String {
        let key = || {
            let pre_session = self
                .cookie("jamlik_csrf")
                .or_else(|| self.cookie("__Host-jamlik_csrf"));
            (self.cookie("jamlik_session"), pre_session)
        };
        if let Some((known, token)) = self.csrf.lock().ok().and_then(|c| c.clone()) {
            if known == key() {
                return token;
            }
        }
        let page = self.get("/forgot-password").await;
        let token = page
            .body
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .to_owned();
        if let Ok(mut cached) = self.csrf.lock() {
            *cached = Some((key(), token.clone()));
        }
        token
    }

    /// Sends a form the way a page would: with the CSRF token (fetching a
    /// page first when the client has none).
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let csrf = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw_form(path, &all).await
    }

    /// Sends a form from a page, as a browser does: with the CSRF token and
    /// a Referer naming the page (`referer`: a path on this server, or a
    /// whole address).
    pub async fn post_form_from(
        &self,
        referer: &str,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Answer {
        let csrf = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        let referer = if referer.starts_with('/') {
            format!("{}{referer}", self.base)
        } else {
            referer.to_owned()
        };
        let body = serde_urlencoded::to_string(&all).unwrap_or_default();
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .headers(self.headers())
            .header("content-type", "application/x-www-form-urlencoded")
            .header("referer", referer)
            .body(body)
            .send()
            .await;
        self.read(response.unwrap_or_else(|e| panic!("POST {path}: {e}")))
            .await
    }

    /// Sends a form exactly as given (no CSRF token added).
    pub async fn post_raw_form(&self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let body = serde_urlencoded::to_string(fields).unwrap_or_default();
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .headers(self.headers())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await;
        self.read(response.unwrap_or_else(|e| panic!("POST {path}: {e}")))
            .await
    }

    /// A download: the status, the headers and the body's bytes as sent.
    pub async fn get_bytes(&self, path: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .headers(self.headers())
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await.unwrap_or_default().to_vec();
        (status, headers, body)
    }

    /// Uploads a file the way a page's upload form does (with the CSRF token).
    pub async fn post_file(&self, path: &str, bytes: Vec<u8>) -> Answer {
        self.post_named_file(path, "measures.csv", bytes).await
    }

    /// Uploads a file under a given file name.
    pub async fn post_named_file(&self, path: &str, file_name: &str, bytes: Vec<u8>) -> Answer {
        let form = reqwest::multipart::Form::new()
            .text("csrf", self.csrf().await)
            .part(
                "file",
                reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned()),
            );
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .headers(self.headers())
            .multipart(form)
            .send()
            .await;
        self.read(response.unwrap_or_else(|e| panic!("POST {path}: {e}")))
            .await
    }

    /// Sends a multipart form with text fields and, optionally, a file
    /// (the way a page with an upload sends it, with the CSRF token).
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(String, String)],
        file: Option<(&str, Vec<u8>)>,
    ) -> Answer {
        let mut form = reqwest::multipart::Form::new().text("csrf", self.csrf().await);
        for (name, value) in fields {
            form = form.text(name.clone(), value.clone());
        }
        if let Some((name, bytes)) = file {
            form = form.part(
                "file",
                reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
            );
        }
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .headers(self.headers())
            .multipart(form)
            .send()
            .await;
        self.read(response.unwrap_or_else(|e| panic!("POST {path}: {e}")))
            .await
    }

    /// An API call with a bearer token.
    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<String>,
    ) -> Answer {
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(tag) = self.accept_language.lock().ok().and_then(|l| l.clone()) {
            request = request.header("accept-language", tag);
        }
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        self.read(response).await
    }
}

/// Keeps an SMTP configuration type in reach of tests that need one.
pub fn smtp(port: u16) -> SmtpConfig {
    SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        username: None,
        password: None,
        tls: jamlik_web::SmtpTls::None,
    }
}
