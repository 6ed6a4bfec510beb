//! Passwords (argon2id, computed in a bounded pool), their strength, the
//! limits on proving them, and the session cookie.

use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use axum::http::{header, HeaderMap};
use jamlik_domain::{Email, ErrorCode, Password};
use jamlik_store::{AttemptGate, AttemptLimits, User};
use tokio::sync::{oneshot, Semaphore};

use crate::config::WebConfig;
use crate::kit::context::{set_cookie, Ctx, SESSION_COOKIE};
use crate::kit::error::{AppError, AppResult};
use crate::AppState;

fn internal(error: impl std::fmt::Display) -> AppError {
    AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(error.to_string()),
    }
}

/// The most argon2 memory a stored hash may ask for, in 1 KiB blocks
/// (256 MiB; new hashes take 19 MiB). A hash asking for more is not
/// checked: it matches no password.
const MAX_BLOCKS: usize = 256 * 1024;

/// The argon2 memory one hashing thread keeps for its whole life, so that
/// hash after hash reuses the same 19 MiB instead of leaving freed buffers
/// in the allocator's per-thread arenas.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    blocks: Vec<Block>,
}

impl Scratch {
    /// `count` blocks of this memory, grown when a hash needs more.
    fn blocks(&mut self, count: usize) -> &mut [Block] {
        if self.blocks.len() < count {
            self.blocks.resize(count, Block::new());
        }
        &mut self.blocks[..count]
    }

    /// Gives back what an unusually large hash took beyond the default.
    fn settle(&mut self) {
        let usual = Params::DEFAULT.block_count();
        if self.blocks.len() > usual {
            self.blocks.truncate(usual);
            self.blocks.shrink_to_fit();
        }
    }
}

/// argon2id with the crate's defaults (OWASP's recommended 19 MiB, 2
/// passes), in the given memory, as a PHC string.
fn hash_with(
    scratch: &mut Scratch,
    password: &str,
) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    let params = Params::DEFAULT;
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt.as_salt().decode_b64(&mut salt_bytes)?;
    let memory = scratch.blocks(params.block_count());
    let output = Output::init_with(Params::DEFAULT_OUTPUT_LEN, |out| {
        Ok(argon2.hash_password_into_with_memory(
            password.as_bytes(),
            salt_bytes,
            out,
            &mut *memory,
        )?)
    })?;
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params)?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    };
    Ok(hash.to_string())
}

/// Whether a password matches a PHC string, computed in the given memory
/// with the hash's own algorithm, version and parameters, and compared in
/// constant time (`Output`'s equality).
fn matches_with(scratch: &mut Scratch, password: &str, hash: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let (Ok(algorithm), Ok(version), Ok(params)) = (
        Algorithm::try_from(parsed.algorithm),
        parsed
            .version
            .map_or(Ok(Version::default()), Version::try_from),
        Params::try_from(&parsed),
    ) else {
        return false;
    };
    if params.block_count() > MAX_BLOCKS {
        return false;
    }
    let mut salt_bytes = [0u8; 64];
    let Ok(salt_bytes) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let argon2 = Argon2::new(algorithm, version, params.clone());
    let memory = scratch.blocks(params.block_count());
    let computed = Output::init_with(expected.len(), |out| {
        Ok(argon2.hash_password_into_with_memory(
            password.as_bytes(),
            salt_bytes,
            out,
            &mut *memory,
        )?)
    });
    scratch.settle();
    computed.is_ok_and(|computed| computed == expected)
}

/// Hashes a password with argon2id, off the async threads. Not bounded: for
/// the command line and the demo; requests hash through [`Hashing`].
pub async fn hash_password(password: &Password) -> AppResult<String> {
    let password = password.expose().to_owned();
    tokio::task::spawn_blocking(move || hash_with(&mut Scratch::default(), &password))
        .await
        .map_err(internal)?
        .map_err(internal)
}

/// A hash of nothing in particular, verified against when the email is
/// unknown so that the answer takes as long as for a known one.
static DUMMY_HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn dummy_hash(scratch: &mut Scratch) -> &'static str {
    DUMMY_HASH
        .get_or_init(|| hash_with(scratch, "no account has this password").unwrap_or_default())
}

/// Whether a password matches a stored hash (against the dummy hash when
/// there is none, so both take as long).
fn verify_with(scratch: &mut Scratch, password: &str, hash: Option<&str>) -> bool {
    let against = match hash {
        Some(hash) => hash,
        None => dummy_hash(scratch),
    };
    let verified = matches_with(scratch, password, against);
    hash.is_some() && verified
}

/// Work for a hashing thread, given the thread's memory.
type Job = Box<dyn FnOnce(&mut Scratch) + Send>;

/// The bounded pool passwords are hashed and verified in: `concurrency`
/// threads of its own, started once and living as long as the pool, each
/// keeping its own argon2 memory. Each argon2id run takes 19 MiB, so a burst
/// of sign-ins could otherwise take memory by the gigabyte (and, run on
/// ever new threads, leave it in the allocator's per-thread arenas): at most
/// `concurrency` run at once, their memory is all there is, and a request
/// that cannot get a slot within `wait` is answered "busy, try again"
/// instead of queueing without end.
pub(crate) struct Hashing {
    permits: Arc<Semaphore>,
    wait: Duration,
    jobs: mpsc::Sender<Job>,
}

impl std::fmt::Debug for Hashing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hashing")
            .field("slots", &self.permits.available_permits())
            .field("wait", &self.wait)
            .finish_non_exhaustive()
    }
}

impl Hashing {
    /// A pool of `concurrency` threads and as many slots (at least one).
    /// The threads end when the pool is dropped.
    pub(crate) fn new(concurrency: usize, wait: Duration) -> Self {
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        let mut started = 0;
        for number in 0..concurrency.clamp(1, 1024) {
            let queue = queue.clone();
            let thread = std::thread::Builder::new()
                .name(format!("jamlik-hash-{number}"))
                .spawn(move || hashing_thread(&queue));
            match thread {
                Ok(_) => started += 1,
                Err(error) => tracing::error!(%error, "could not start a password hashing thread"),
            }
        }
        Hashing {
            permits: Arc::new(Semaphore::new(started)),
            wait,
            jobs,
        }
    }

    /// Runs `work` on one of the pool's threads once a slot is free. The
    /// slot goes with the work, so a request that is dropped while its hash
    /// runs does not free the slot before the hash is done.
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Scratch) -> T + Send + 'static,
    ) -> AppResult<T> {
        let permit =
            match tokio::time::timeout(self.wait, self.permits.clone().acquire_owned()).await {
                Ok(Ok(permit)) => permit,
                Ok(Err(closed)) => return Err(internal(closed)),
                Err(_) => return Err(ErrorCode::Busy.into()),
            };
        let (done, result) = oneshot::channel();
        let job: Job = Box::new(move |scratch| {
            let value = work(scratch);
            drop(permit);
            // The request may have gone; the work is done either way.
            let _ = done.send(value);
        });
        self.jobs
            .send(job)
            .map_err(|_| internal("the password hashing threads have stopped"))?;
        result.await.map_err(internal)
    }
}

/// One of the pool's threads: takes jobs until the pool is dropped, each
/// in the same memory. A job that panics loses its answer, not the thread.
fn hashing_thread(queue: &Mutex<mpsc::Receiver<Job>>) {
    let mut scratch = Scratch::default();
    loop {
        let job = match queue.lock() {
            Ok(queue) => queue.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else {
            return;
        };
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(&mut scratch)));
        if ran.is_err() {
            tracing::error!("a password hashing job panicked");
        }
    }
}

/// Hashes a new password in the bounded pool.
pub(crate) async fn hash_in_pool(state: &AppState, password: &Password) -> AppResult<String> {
    let password = password.expose().to_owned();
    state
        .hashing()
        .run(move |scratch| hash_with(scratch, &password))
        .await?
        .map_err(internal)
}

/// Checks a password against a stored hash in the bounded pool.
pub(crate) async fn verify_password(
    state: &AppState,
    password: &str,
    hash: Option<&str>,
) -> AppResult<bool> {
    let password = password.to_owned();
    let hash = hash.map(str::to_owned);
    state
        .hashing()
        .run(move |scratch| verify_with(scratch, &password, hash.as_deref()))
        .await
}

/// Only this much of a password is estimated (zxcvbn's time grows with
/// the length; a longer password is judged by its beginning).
const STRENGTH_CHARS: usize = 100;

/// Words zxcvbn's English lists do not hold but that people here build
/// passwords from: the product's names, the demo's word, and common Swedish
/// and Finnish password words (with and without their letters å, ä, ö) and
/// the Nordic keyboard's rows. The one list; matched like the person's own
/// email and name.
const LOCAL_WORDS: &[&str] = &[
    "jamlik",
    "jämlik",
    "demo",
    "lösenord",
    "losenord",
    "salasana",
    "hemligt",
    "hemlig",
    "salainen",
    "sommar",
    "vinter",
    "kesä",
    "kesa",
    "talvi",
    "välkommen",
    "tervetuloa",
    "qwerty",
    "qwertyuiopå",
    "asdfghjklöä",
];

/// Refuses a new password that is easy to guess: zxcvbn's estimate (common
/// passwords, words, names, dates, repeats, sequences, keyboard patterns,
/// the [`LOCAL_WORDS`], and the person's own email — whole, its local
/// part and its domain's words — and name) below `min_score` (0 to 4). The
/// error says why, as a reason the translations name.
pub(crate) fn check_strength(min_score: u8, password: &Password, own: &[&str]) -> AppResult<()> {
    let text: String = password.expose().chars().take(STRENGTH_CHARS).collect();
    let mut own_inputs: Vec<String> = Vec::new();
    for value in own {
        let value = value.to_lowercase();
        let mut words = vec![value.clone()];
        if let Some((local, _)) = value.split_once('@') {
            words.push(local.to_owned());
        }
        words.extend(
            value
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_owned),
        );
        for word in words {
            // As typed on a keyboard without å, ä and ö, too.
            let plain: String = word
                .chars()
                .map(|c| match c {
                    'å' | 'ä' => 'a',
                    'ö' => 'o',
                    other => other,
                })
                .collect();
            if plain != word {
                own_inputs.push(plain);
            }
            own_inputs.push(word);
        }
    }
    own_inputs.retain(|input| input.chars().count() >= 3);
    let mut inputs = LOCAL_WORDS.to_vec();
    inputs.extend(own_inputs.iter().map(String::as_str));
    let estimate = zxcvbn::zxcvbn(&text, &inputs);
    if u8::from(estimate.score()) >= min_score {
        // zxcvbn judges a password of several known words by their number;
        // what is left without the local and own words must hold by itself.
        return match without_known(&text, &own_inputs) {
            Some((rest, built)) if u8::from(zxcvbn::zxcvbn(&rest, &[]).score()) < min_score => {
                Err(AppError::with_args(
                    ErrorCode::PasswordTooWeak,
                    vec![("reason", built.reason().to_owned())],
                ))
            }
            _ => Ok(()),
        };
    }
    use zxcvbn::feedback::Warning;
    let reason = match estimate.feedback().and_then(|feedback| feedback.warning()) {
        Some(Warning::RepeatsLikeAaaAreEasyToGuess)
        | Some(Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess) => "repeats",
        Some(Warning::SequencesLikeAbcAreEasyToGuess) => "sequence",
        Some(Warning::StraightRowsOfKeysAreEasyToGuess)
        | Some(Warning::ShortKeyboardPatternsAreEasyToGuess) => "keyboard",
        Some(Warning::ThisIsATop10Password)
        | Some(Warning::ThisIsATop100Password)
        | Some(Warning::ThisIsACommonPassword)
        | Some(Warning::ThisIsSimilarToACommonlyUsedPassword) => "common",
        Some(Warning::AWordByItselfIsEasyToGuess) => "word",
        Some(Warning::RecentYearsAreEasyToGuess) | Some(Warning::DatesAreOftenEasyToGuess) => {
            "date"
        }
        Some(Warning::NamesAndSurnamesByThemselvesAreEasyToGuess)
        | Some(Warning::CommonNamesAndSurnamesAreEasyToGuess) => "name",
        _ => built_on(&estimate, &own_inputs).map_or("other", Built::reason),
    };
    Err(AppError::with_args(
        ErrorCode::PasswordTooWeak,
        vec![("reason", reason.to_owned())],
    ))
}

/// Which of zxcvbn's user inputs a weak password was built on.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Built {
    /// One of the [`LOCAL_WORDS`].
    Local,
    /// The person's own email or name.
    Own,
}

impl Built {
    /// The reason the translations name.
    fn reason(self) -> &'static str {
        match self {
            Built::Local => "local",
            Built::Own => "personal",
        }
    }
}

/// The password (lowercase) without the [`LOCAL_WORDS`] and the person's
/// own words in it, longest first, and which of them took more of it; none
/// when it holds none of them.
fn without_known(text: &str, own: &[String]) -> Option<(String, Built)> {
    let mut words: Vec<(&str, Built)> = LOCAL_WORDS
        .iter()
        .map(|word| (*word, Built::Local))
        .chain(own.iter().map(|word| (word.as_str(), Built::Own)))
        .collect();
    words.sort_by_key(|(word, _)| std::cmp::Reverse(word.chars().count()));
    let mut rest = text.to_lowercase();
    let (mut local, mut personal) = (0, 0);
    for (word, built) in words {
        let found = rest.matches(word).count() * word.chars().count();
        if found == 0 {
            continue;
        }
        rest = rest.replace(word, "");
        match built {
            Built::Local => local += found,
            Built::Own => personal += found,
        }
    }
    match (local, personal) {
        (0, 0) => None,
        (local, personal) if personal > local => Some((rest, Built::Own)),
        _ => Some((rest, Built::Local)),
    }
}

/// The longest word of the estimate's matches that is one of the
/// [`LOCAL_WORDS`] or of the person's own words (`own`, lowercase):
/// zxcvbn gives no warning for those, so the reason is found here.
fn built_on(estimate: &zxcvbn::Entropy, own: &[String]) -> Option<Built> {
    use zxcvbn::matching::patterns::MatchPattern;
    estimate
        .sequence()
        .iter()
        .filter_map(|found| match &found.pattern {
            MatchPattern::Dictionary(word) => Some(word.matched_word.as_str()),
            _ => None,
        })
        .filter_map(|word| {
            if LOCAL_WORDS.contains(&word) {
                Some((word.chars().count(), Built::Local))
            } else if own.iter().any(|input| input == word) {
                Some((word.chars().count(), Built::Own))
            } else {
                None
            }
        })
        .max_by_key(|(length, _)| *length)
        .map(|(_, built)| built)
}

/// The limits on proving a password, from the configuration: failures per
/// email within the window, and ten times as many per client address.
pub(crate) fn attempt_limits(config: &WebConfig) -> AttemptLimits {
    AttemptLimits {
        window_seconds: config.sign_in_window_minutes.saturating_mul(60),
        per_email: config.sign_in_max_failures,
        per_client: config.sign_in_max_failures.saturating_mul(10),
    }
}

/// Proves a password for an email under the limits: the attempt is counted
/// as a failure first, in the same statement that checks the limits (so
/// parallel guesses cannot all pass the check), then the password is checked
/// in the bounded pool, and the attempt is marked succeeded when it matches
/// (or forgotten when the pool was too busy to check it).
/// Signing in and the profile's current-password check share the count.
pub(crate) async fn prove_password(
    state: &AppState,
    ctx: &Ctx,
    email: &str,
    password: &str,
    hash: Option<&str>,
) -> AppResult<bool> {
    let attempt = match state
        .store()
        .begin_attempt(email, &ctx.client, attempt_limits(state.config()))
        .await?
    {
        AttemptGate::Counted(attempt) => attempt,
        AttemptGate::Refused { lifts_at } => {
            let minutes = ((lifts_at - jamlik_store::now()) as f64 / 60.0)
                .ceil()
                .max(1.0) as i64;
            return Err(AppError::with_args(
                ErrorCode::TooManyAttempts,
                vec![("minutes", minutes.to_string())],
            ));
        }
    };
    let verified = match verify_password(state, password, hash).await {
        Ok(verified) => verified,
        Err(error) => {
            // Too busy to check: nothing was learnt, so it is no failure.
            if error.code == ErrorCode::Busy {
                state.store().forget_attempt(&attempt).await?;
            }
            return Err(error);
        }
    };
    if verified {
        state.store().attempt_succeeded(&attempt).await?;
    }
    Ok(verified)
}

/// Signs a person in: proves the password under the limits, starts a
/// session. Returns the person and the cookie to set.
pub(crate) async fn sign_in(
    state: &AppState,
    ctx: &Ctx,
    email: &str,
    password: &str,
) -> AppResult<(User, HeaderMap)> {
    let config = state.config();
    let email = Email::parse(email)?;
    let credentials = state.store().credentials(&email).await?;
    let (user, hash) = match &credentials {
        Some((user, hash)) => (Some(user), hash.as_deref()),
        None => (None, None),
    };
    let verified = prove_password(state, ctx, email.as_str(), password, hash).await?;
    let user = match (verified, user) {
        (true, Some(user)) => user.clone(),
        _ => return Err(ErrorCode::InvalidCredentials.into()),
    };
    let lifetime = config.session_days * 24 * 3600;
    let secret = state.store().create_session(&user.id, lifetime).await?;
    let mut headers = HeaderMap::new();
    headers.append(
        header::SET_COOKIE,
        set_cookie(state, SESSION_COOKIE, &secret, lifetime, "Lax"),
    );
    Ok((user, headers))
}

/// The header that removes the session cookie.
pub(crate) fn clear_session_cookie(state: &AppState) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.append(
        header::SET_COOKIE,
        set_cookie(state, SESSION_COOKIE, "", 0, "Lax"),
    );
    headers
}

/// A safe place to go after signing in: a local path, never another site
/// (the one check, [`crate::kit::redirect::local_path_or`]); else the home page.
pub(crate) fn safe_next(next: Option<&str>) -> String {
    crate::kit::redirect::local_path_or(next, "/home")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_site() {
        assert_eq!(safe_next(Some("/orgs/1")), "/orgs/1");
        assert_eq!(safe_next(Some("//evil.example")), "/home");
        assert_eq!(safe_next(Some("https://evil.example")), "/home");
        assert_eq!(safe_next(Some("/\\evil.example")), "/home");
        assert_eq!(safe_next(Some("/\t/evil.example")), "/home");
        assert_eq!(safe_next(None), "/home");
    }

    #[tokio::test]
    async fn passwords_verify_only_against_their_hash() {
        let password = Password::new("correct horse battery").map_err(AppError::from);
        let hash = match password {
            Ok(ref p) => hash_password(p).await.ok(),
            Err(_) => None,
        };
        assert!(hash.as_deref().is_some_and(|h| h.starts_with("$argon2id$")));
        let scratch = &mut Scratch::default();
        assert!(verify_with(
            scratch,
            "correct horse battery",
            hash.as_deref()
        ));
        assert!(!verify_with(
            scratch,
            "wrong horse battery",
            hash.as_deref()
        ));
        assert!(!verify_with(scratch, "correct horse battery", None));
        // The same memory serves the next hash, and the pool's hashes are
        // read by the unpooled check and the other way round.
        let again = hash_with(scratch, "correct horse battery").ok();
        assert!(verify_with(
            scratch,
            "correct horse battery",
            again.as_deref()
        ));
        assert_ne!(again, hash);
        let pool = Hashing::new(1, Duration::from_secs(30));
        let pooled = pool
            .run(|scratch| hash_with(scratch, "pooled password"))
            .await
            .ok()
            .and_then(Result::ok);
        assert!(pooled
            .as_deref()
            .is_some_and(|h| PasswordHash::new(h).is_ok_and(|parsed| {
                use argon2::password_hash::PasswordVerifier;
                Argon2::default()
                    .verify_password(b"pooled password", &parsed)
                    .is_ok()
            })));
        // A hash asking for more memory than allowed matches nothing.
        let greedy = hash.as_deref().map(|h| h.replace("m=19456", "m=4194304"));
        assert!(!verify_with(
            scratch,
            "correct horse battery",
            greedy.as_deref()
        ));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn hashing_runs_at_most_its_slots_and_refuses_a_long_wait() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let pool = Arc::new(Hashing::new(2, Duration::from_millis(150)));
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..12 {
            let (pool, running, most) = (pool.clone(), running.clone(), most.clone());
            tasks.push(tokio::spawn(async move {
                pool.run(move |_| {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(100));
                    running.fetch_sub(1, Ordering::SeqCst);
                })
                .await
            }));
        }
        let mut busy = 0;
        let mut done = 0;
        for task in tasks {
            match task.await {
                Ok(Ok(())) => done += 1,
                Ok(Err(error)) if error.code == ErrorCode::Busy => busy += 1,
                other => panic!("unexpected: {other:?}"),
            }
        }
        assert!(
            most.load(Ordering::SeqCst) <= 2,
            "never more than two at once"
        );
        assert!(done >= 2, "the first ones run: {done}");
        assert!(busy >= 1, "the rest are told the server is busy: {busy}");
    }

    /// Resident memory of this process in MiB (Linux: `/proc/self/statm`).
    fn resident_mib() -> Option<u64> {
        let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
        let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
        Some(pages * 4096 / (1024 * 1024))
    }

    /// How many hashes the burst runs, from how many tasks, in how many
    /// slots.
    const BURST: usize = 200;
    const BURST_SLOTS: usize = 2;

    /// The burst itself, in a process of its own so that no other test's
    /// memory is counted: 200 hashes and checks from as many tasks through a
    /// pool of two, resident memory printed before and after.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    #[ignore = "run by a_burst_of_hashes_gives_memory_back in a process of its own"]
    async fn burst_of_hashes_in_this_process() {
        if std::env::var_os("JAMLIK_HASH_BURST").is_none() {
            return;
        }
        let before = resident_mib();
        let pool = Arc::new(Hashing::new(BURST_SLOTS, Duration::from_secs(3600)));
        let mut tasks = Vec::new();
        for n in 0..BURST {
            let pool = pool.clone();
            tasks.push(tokio::spawn(async move {
                let password = format!("burst password {n}");
                if n % 2 == 0 {
                    pool.run(move |scratch| hash_with(scratch, &password).is_ok())
                        .await
                } else {
                    pool.run(move |scratch| !verify_with(scratch, &password, None))
                        .await
                }
            }));
        }
        let mut done = 0;
        for task in tasks {
            if matches!(task.await, Ok(Ok(true))) {
                done += 1;
            }
        }
        let after = resident_mib();
        println!(
            "burst done={done} before={} after={}",
            before.unwrap_or(0),
            after.unwrap_or(0)
        );
    }

    /// A burst of hashes leaves memory bounded by the pool's threads (two
    /// of 19 MiB and the dummy hash), not by how many threads ever hashed.
    #[test]
    fn a_burst_of_hashes_gives_memory_back() {
        if !std::path::Path::new("/proc/self/statm").exists() {
            return;
        }
        // This module's path without the crate's name: where the burst is.
        let module = module_path!().split_once("::").map_or("", |(_, rest)| rest);
        let burst = format!("{module}::burst_of_hashes_in_this_process");
        let run = std::env::current_exe().and_then(|exe| {
            std::process::Command::new(exe)
                .args([
                    burst.as_str(),
                    "--exact",
                    "--ignored",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env("JAMLIK_HASH_BURST", "1")
                .output()
        });
        let stdout = run
            .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
            .unwrap_or_default();
        // The libtest harness prints the test's name on the same line first.
        let line = stdout
            .lines()
            .find_map(|line| line.find("burst done=").map(|at| &line[at..]));
        let figure = |name: &str| -> Option<u64> {
            line?
                .split_whitespace()
                .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))?
                .parse()
                .ok()
        };
        let (Some(done), Some(before), Some(after)) =
            (figure("done"), figure("before"), figure("after"))
        else {
            panic!("the burst did not report: {stdout}");
        };
        eprintln!("{BURST} hashes in {BURST_SLOTS} slots: resident {before} MiB before, {after} MiB after");
        assert_eq!(done, BURST as u64, "every hash ran");
        // Two threads' 19 MiB, with room to spare; a thread per hash over
        // time leaves hundreds of MiB in per-thread arenas.
        assert!(
            after.saturating_sub(before) < 120,
            "resident memory grew from {before} to {after} MiB"
        );
    }

    #[test]
    fn weak_passwords_are_refused_with_a_reason() {
        let reason = |text: &str| match Password::new(text) {
            Ok(password) => {
                check_strength(3, &password, &["maija@turku.example", "Maija Meikäläinen"])
                    .err()
                    .map(|e| (e.code, e.args))
            }
            Err(code) => Some((code, Vec::new())),
        };
        let weak = |text: &str, why: &str| {
            assert_eq!(
                reason(text),
                Some((ErrorCode::PasswordTooWeak, vec![("reason", why.to_owned())])),
                "{text}"
            );
        };
        weak("aaaaaaaaaa", "repeats");
        weak("password123", "common");
        assert_eq!(
            reason("qwertyuiop").map(|(code, _)| code),
            Some(ErrorCode::PasswordTooWeak)
        );
        assert_eq!(
            reason("abcdefghij").map(|(code, _)| code),
            Some(ErrorCode::PasswordTooWeak)
        );
        assert_eq!(
            reason("maija@turku.example").map(|(code, _)| code),
            Some(ErrorCode::PasswordTooWeak)
        );
        assert_eq!(
            reason("short").map(|(code, _)| code),
            Some(ErrorCode::PasswordTooShort)
        );
        // Built from the product's name, the demo's word or a Swedish or
        // Finnish password word: the list of local words.
        weak("lösenord123", "local");
        weak("jamlik-demo-2026", "local");
        weak("Jämlik-Salasana-Kesä-2026", "local");
        weak("Maija-Meikäläinen-Turku-2026", "personal");
        for text in [
            "Salasana2026",
            "sommar2025!",
            "kesä-kesä-2024",
            "hemligt123",
        ] {
            assert_eq!(
                reason(text).map(|(code, _)| code),
                Some(ErrorCode::PasswordTooWeak),
                "{text}"
            );
        }
        assert_eq!(
            reason("maija.meikalainen").map(|(code, _)| code),
            Some(ErrorCode::PasswordTooWeak)
        );
        assert_eq!(reason("correct horse battery staple"), None);
        assert_eq!(reason("Vaasa-kesä-2026-ruska!"), None);
    }
}
