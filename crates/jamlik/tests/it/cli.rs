//! The `jamlik` command as an operator uses it.

use std::io::Write;
use std::process::{Command, Stdio};

fn jamlik(data_dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jamlik"))
        .args(args)
        .env("JAMLIK_DATA_DIR", data_dir)
        .env("JAMLIK_LOG", "warn")
        .env_remove("JAMLIK_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    if let (Some(text), Some(mut input)) = (stdin, child.stdin.take()) {
        input
            .write_all(text.as_bytes())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

fn temp_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("jamlik-cli-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir
}

#[test]
fn help_lists_every_command() {
    let dir = temp_dir();
    let (ok, text) = jamlik(&dir, &["--help"], None);
    assert!(ok);
    for command in ["serve", "migrate", "import", "user", "backup", "check"] {
        assert!(text.contains(command), "{command} missing from:\n{text}");
    }
    assert!(
        !text.contains("bench-seed"),
        "the benchmark helper stays hidden"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn check_import_admin_and_backup_work_on_a_fresh_data_directory() {
    let dir = temp_dir();
    let (ok, text) = jamlik(&dir, &["check"], None);
    assert!(!ok, "an unmigrated database fails the check");
    assert!(text.contains("run `jamlik migrate`"), "{text}");
    let (ok, text) = jamlik(&dir, &["migrate"], None);
    assert!(ok, "{text}");
    let (ok, text) = jamlik(&dir, &["check"], None);
    assert!(ok && text.contains("all checks passed"), "{text}");
    let (ok, text) = jamlik(&dir, &["import", "municipalities"], None);
    assert!(
        ok && text.contains("599 municipalities read: 599 added, 0 updated"),
        "{text}"
    );
    let (ok, text) = jamlik(
        &dir,
        &["user", "create-admin", "--email", "root@jamlik.example"],
        Some("short\n"),
    );
    assert!(!ok && text.contains("password is not accepted"), "{text}");
    let (ok, text) = jamlik(
        &dir,
        &["user", "create-admin", "--email", "root@jamlik.example"],
        Some("a long enough password\n"),
    );
    assert!(
        ok && text.contains("admin root@jamlik.example created"),
        "{text}"
    );
    let (ok, text) = jamlik(
        &dir,
        &["user", "reset-password", "--email", "nobody@jamlik.example"],
        Some("a long enough password\n"),
    );
    assert!(!ok && text.contains("no account with the email"), "{text}");
    let copy = dir.join("copy.db");
    let (ok, text) = jamlik(
        &dir,
        &["backup", "--output", copy.to_str().unwrap_or_default()],
        None,
    );
    assert!(ok, "{text}");
    let (ok, text) = jamlik(
        &dir,
        &["backup", "--output", copy.to_str().unwrap_or_default()],
        None,
    );
    assert!(
        !ok && text.contains("exists already"),
        "a backup never overwrites: {text}"
    );
    // The copy is a whole database: check it through the binary, pointed at it.
    let output = Command::new(env!("CARGO_BIN_EXE_jamlik"))
        .args(["check"])
        .env("JAMLIK_DATA_DIR", &dir)
        .env(
            "JAMLIK_DATABASE_URL",
            format!("sqlite://{}", copy.display()),
        )
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let (ok, text) = jamlik(&dir, &["serve", "--listen", "not-an-address"], None);
    assert!(
        !ok && text.contains("cannot listen on not-an-address"),
        "{text}"
    );
    let bad_config = dir.join("bad.toml");
    std::fs::write(&bad_config, "smtp_tls = \"sometimes\"\n").unwrap_or_else(|e| panic!("{e}"));
    let (ok, text) = jamlik(
        &dir,
        &["--config", bad_config.to_str().unwrap_or_default(), "check"],
        None,
    );
    assert!(
        !ok && text.contains("smtp_tls must be starttls, tls or none"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn analyses_run_from_the_command_line_and_name_their_errors() {
    let dir = temp_dir();
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../jamlik-stats/tests/data");
    let services = data.join("services.csv");
    let services = services.to_str().unwrap_or_default();
    let (ok, text) = jamlik(
        &dir,
        &[
            "analyze",
            "resources",
            "--input",
            services,
            "--group",
            "gender",
            "--outcome",
            "hours_per_month",
        ],
        None,
    );
    assert!(ok, "{text}");
    let woman = text
        .lines()
        .find(|l| l.starts_with("woman"))
        .unwrap_or_default();
    assert!(
        woman.contains(" 73 ") && woman.contains("60.8 %") && woman.contains("53.1 %"),
        "{text}"
    );
    let wages = data.join("wages.csv");
    let wages = wages.to_str().unwrap_or_default();
    let (ok, text) = jamlik(
        &dir,
        &[
            "analyze",
            "gap",
            "--input",
            wages,
            "--outcome",
            "lön",
            "--group",
            "kön",
            "--first",
            "kvinna",
            "--controls",
            "ålder,erfarenhet",
            "--format",
            "json",
        ],
        None,
    );
    assert!(ok, "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(json["first"]["n"], 68);
    let (ok, text) = jamlik(
        &dir,
        &[
            "analyze",
            "gap",
            "--input",
            wages,
            "--outcome",
            "kön",
            "--group",
            "kön",
        ],
        None,
    );
    assert!(
        !ok && text.contains("analysis.column_not_numeric"),
        "{text}"
    );
    // OLS with classic and HC1 errors.
    let (ok, text) = jamlik(
        &dir,
        &[
            "analyze",
            "regression",
            "--input",
            wages,
            "--outcome",
            "lön",
            "--controls",
            "erfarenhet,kön",
            "--format",
            "json",
        ],
        None,
    );
    assert!(ok, "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(json["n"], 150);
    let names: Vec<&str> = json["coefficients"]
        .as_array()
        .map(|a| a.iter().filter_map(|c| c["name"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(names, ["Intercept", "erfarenhet", "kön[T.man]"]);
    // Representation against a baseline file; bad rows left out and counted.
    let people = dir.join("people.csv");
    std::fs::write(
        &people,
        "gender;age\nwoman;30\nman;40\nwoman;x\nwoman;50\nman\nman;60\nwoman;70\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (ok, text) = jamlik(
        &dir,
        &[
            "analyze",
            "representation",
            "--input",
            people.to_str().unwrap_or_default(),
            "--group",
            "gender",
            "--baseline",
            services,
            "--exclude-bad-rows",
        ],
        None,
    );
    assert!(ok, "{text}");
    assert!(
        text.contains("rows left out: 2 bad, 0 missing a value"),
        "{text}"
    );
    let woman = text
        .lines()
        .find(|l| l.starts_with("woman"))
        .unwrap_or_default();
    assert!(woman.contains(" 3 ") && woman.contains("60.0 %"), "{text}");
    let (ok, text) = jamlik(
        &dir,
        &[
            "analyze",
            "representation",
            "--input",
            people.to_str().unwrap_or_default(),
            "--group",
            "gender",
            "--baseline",
            services,
        ],
        None,
    );
    assert!(!ok && text.contains("analysis.non_numeric"), "{text}");
    let empty = dir.join("empty.csv");
    std::fs::write(&empty, "").unwrap_or_else(|e| panic!("{e}"));
    let (ok, text) = jamlik(
        &dir,
        &[
            "analyze",
            "resources",
            "--input",
            empty.to_str().unwrap_or_default(),
            "--group",
            "a",
            "--outcome",
            "b",
        ],
        None,
    );
    assert!(!ok && text.contains("analysis.empty_file"), "{text}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn pay_analyses_run_on_csv_and_xlsx_and_name_their_errors() {
    let dir = temp_dir();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let demo = root.join("demo/staff-pay.csv");
    let demo = demo.to_str().unwrap_or_default();
    let (ok, text) = jamlik(
        &dir,
        &[
            "analyze",
            "pay-survey",
            "--input",
            demo,
            "--group",
            "job_group",
            "--gender",
            "gender",
            "--pay",
            "basic_pay",
            "--demand",
            "demand",
            "--format",
            "json",
        ],
        None,
    );
    assert!(ok, "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    let groups = json["groups"].as_array().cloned().unwrap_or_default();
    assert!(groups.len() >= 15, "{text}");
    let nurses = groups
        .iter()
        .find(|g| g["group"] == "lähihoitaja")
        .cloned()
        .unwrap_or_default();
    assert_eq!(nurses["composition"], "women_dominated");
    assert!(json["comparisons"]
        .as_array()
        .is_some_and(|c| c.iter().any(|c| c["kind"] == "equal_value")));

    let (ok, text) = jamlik(
        &dir,
        &[
            "analyze",
            "pay-transparency",
            "--input",
            demo,
            "--gender",
            "gender",
            "--basic",
            "basic_pay",
            "--variable",
            "variable_pay",
            "--category",
            "category",
        ],
        None,
    );
    assert!(ok, "{text}");
    assert!(
        text.contains("(all)") && text.contains("sote") && text.contains("quartile 4"),
        "{text}"
    );

    // The workbook is told from CSV by its content, whatever its name.
    let workbook = root.join("../jamlik-stats/tests/data/staff.xlsx");
    let renamed = dir.join("staff.csv");
    std::fs::copy(&workbook, &renamed).unwrap_or_else(|e| panic!("{e}"));
    let renamed = renamed.to_str().unwrap_or_default();
    let (ok, text) = jamlik(
        &dir,
        &[
            "analyze",
            "pay-transparency",
            "--input",
            renamed,
            "--sheet",
            "Titled",
            "--gender",
            "sukupuoli",
            "--basic",
            "palkka",
        ],
        None,
    );
    assert!(
        !ok && text.contains("analysis.non_numeric") && text.contains("row 7"),
        "{text}"
    );

    let odd = dir.join("odd.csv");
    std::fs::write(
        &odd,
        "group;gender;pay\na;nainen;3000\na;X;3100\na;mies;-5\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let odd = odd.to_str().unwrap_or_default();
    let survey = |extra: &[&str]| {
        let mut args = vec![
            "analyze",
            "pay-survey",
            "--input",
            odd,
            "--group",
            "group",
            "--gender",
            "gender",
            "--pay",
            "pay",
        ];
        args.extend_from_slice(extra);
        jamlik(&dir, &args, None)
    };
    let (ok, text) = survey(&[]);
    assert!(
        !ok && text.contains("analysis.unexpected_gender") && text.contains("--women \"X\""),
        "{text}"
    );
    let (ok, text) = survey(&["--women", "X"]);
    assert!(
        !ok && text.contains("analysis.negative_pay") && text.contains("row 4"),
        "{text}"
    );
    let (ok, text) = survey(&["--threshold", "2"]);
    assert!(!ok && text.contains("analysis.invalid_parameter"), "{text}");
    let _ = std::fs::remove_dir_all(dir);
}
