//! Project automation, in Rust so it needs nothing but cargo.
//!
//! `cargo xtask test` runs the whole suite exactly as CI does: formatting,
//! clippy, the unit and integration tests on SQLite and PostgreSQL,
//! Schemathesis against the API's own OpenAPI document, and the browser tests
//! (axe-core, keyboard, 320 px) in headless Chromium. It installs what is
//! missing when it can (Debian's chromium and python3-venv, the npm packages,
//! Schemathesis from PyPI into a virtual environment) and otherwise says what
//! is missing and how to get it.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(&args[1..]),
        Some("browser") => browser(),
        Some("api") => api(),
        _ => {
            eprintln!("usage: cargo xtask test [--no-api] [--no-browser]   run everything CI runs");
            eprintln!("       cargo xtask api       run only Schemathesis against the API");
            eprintln!("       cargo xtask browser   run only the browser tests");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn run(program: &str, args: &[&str], dir: &Path) -> Result<(), String> {
    eprintln!("\n$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .status()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

fn found(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn test(args: &[String]) -> Result<(), String> {
    let root = root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    run(&cargo, &["fmt", "--all", "--check"], &root)?;
    run(
        &cargo,
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
        &root,
    )?;
    postgres_reachable()?;
    run(&cargo, &["test", "--workspace"], &root)?;
    if args.iter().any(|a| a == "--no-api") {
        eprintln!("\nSchemathesis skipped (--no-api)");
    } else {
        api()?;
    }
    if args.iter().any(|a| a == "--no-browser") {
        eprintln!("\nbrowser tests skipped (--no-browser)");
        return Ok(());
    }
    browser()
}

/// The integration tests make a database per test on this server.
fn postgres_reachable() -> Result<(), String> {
    let url = std::env::var("JAMLIK_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let address = url
        .split('@')
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or("127.0.0.1:5432")
        .to_owned();
    match std::net::TcpStream::connect_timeout(
        &address.parse().map_err(|_| format!("cannot read the address in JAMLIK_TEST_POSTGRES_URL ({address})"))?,
        Duration::from_secs(3),
    ) {
        Ok(_) => Ok(()),
        Err(error) => Err(format!(
            "PostgreSQL is not reachable at {address} ({error}). The tests run every store test on PostgreSQL too: \
             start a server that accepts the user in the URL without a password (trust auth), or point \
             JAMLIK_TEST_POSTGRES_URL at one, for example postgres://postgres@127.0.0.1:5432/postgres"
        )),
    }
}

/// Schemathesis (PyPI) against a demo server's own OpenAPI document, every
/// check: `tests/api/schemathesis.sh`, which installs it into a virtual
/// environment under the target directory.
fn api() -> Result<(), String> {
    let venv_works = || {
        Command::new("python3")
            .args(["-c", "import venv, ensurepip"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    let mut missing = Vec::new();
    if !found("curl") {
        missing.push("curl");
    }
    if !found("python3") || !venv_works() {
        missing.extend(["python3", "python3-venv"]);
    }
    if !missing.is_empty() {
        if !(is_root() && found("apt-get")) {
            return Err(format!(
                "Schemathesis needs {}: `sudo apt-get install {}` or run `cargo xtask test --no-api`",
                missing.join(", "),
                missing.join(" ")
            ));
        }
        eprintln!("\ninstalling Debian's {}", missing.join(" "));
        run("apt-get", &["update", "-qq"], &root())?;
        let status = Command::new("apt-get")
            .args(["install", "-y", "-qq"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("apt-get install {} failed", missing.join(" ")));
        }
    }
    // The binary `cargo test --workspace` built for the integration tests:
    // building it again with `-p jamlik` would resolve the dependencies'
    // features differently and compile most of them a second time.
    eprintln!("\n$ bash tests/api/schemathesis.sh");
    let status = Command::new("bash")
        .arg("tests/api/schemathesis.sh")
        .env("ST_JAMLIK_BIN", tested_binary())
        .current_dir(root())
        .status()
        .map_err(|e| format!("cannot run bash: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("tests/api/schemathesis.sh failed".into())
    }
}

/// The `jamlik` binary that `cargo test --workspace` builds beside the
/// integration tests (same features, so nothing is compiled twice).
fn tested_binary() -> PathBuf {
    std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("target"))
        .join("debug/jamlik")
}

fn chromium() -> Result<String, String> {
    for candidate in ["chromium", "chromium-browser", "google-chrome"] {
        if found(candidate) {
            return Ok(candidate.to_owned());
        }
    }
    if is_root() && found("apt-get") {
        eprintln!("\nChromium is missing: installing Debian's chromium");
        run("apt-get", &["update", "-qq"], &root())?;
        let status = Command::new("apt-get")
            .args(["install", "-y", "-qq", "chromium"])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .map_err(|e| e.to_string())?;
        if status.success() && found("chromium") {
            return Ok("chromium".into());
        }
    }
    Err("the browser tests need Chromium: install Debian's package (`sudo apt-get install chromium`) or run `cargo xtask test --no-browser`".into())
}

fn which(program: &str) -> Option<String> {
    let output = Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .ok()?;
    let path = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    (!path.is_empty()).then_some(path)
}

fn browser() -> Result<(), String> {
    let root = root();
    let browser_dir = root.join("tests/browser");
    let chromium = chromium()?;
    let chromium_path = which(&chromium).unwrap_or(chromium);
    if !found("node") || !found("npm") {
        return Err(
            "the browser tests need Node.js 18 or newer and npm: `sudo apt-get install nodejs npm`"
                .into(),
        );
    }
    if !browser_dir.join("node_modules/playwright-core").exists()
        || !browser_dir.join("node_modules/axe-core").exists()
    {
        run("npm", &["ci", "--no-audit", "--no-fund"], &browser_dir)?;
    }
    let binary = tested_binary();
    if !binary.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        run(&cargo, &["build", "--package", "jamlik"], &root)?;
    }
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| e.to_string())?;
    let data = std::env::temp_dir().join(format!("jamlik-browser-{}-{port}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let address = format!("127.0.0.1:{port}");
    eprintln!(
        "\n$ jamlik serve --demo --listen {address}  (data in {})",
        data.display()
    );
    let mut server = Command::new(&binary)
        .args(["serve", "--demo", "--listen", &address])
        .env("JAMLIK_DATA_DIR", &data)
        .env("JAMLIK_MAIL_POLL_MILLIS", "100")
        .env("JAMLIK_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let result = wait_until_ready(&address, &mut server).and_then(|()| {
        let status = Command::new("node")
            .args(["--test", "--test-concurrency=1"])
            .arg("tests/")
            .current_dir(&browser_dir)
            .env("JAMLIK_URL", format!("http://{address}"))
            .env("JAMLIK_OUTBOX", data.join("outbox"))
            .env("CHROMIUM_PATH", &chromium_path)
            .status()
            .map_err(|e| format!("cannot run node: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err("browser tests failed".to_owned())
        }
    });
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&data);
    result
}

fn wait_until_ready(address: &str, server: &mut Child) -> Result<(), String> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        if let Ok(Some(status)) = server.try_wait() {
            return Err(format!("the server stopped ({status})"));
        }
        if std::net::TcpStream::connect(address).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err("the server did not start within 60 seconds".into())
}
