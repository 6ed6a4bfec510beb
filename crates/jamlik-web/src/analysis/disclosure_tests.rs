//! Disclosure control governs everything derived from a pay result, not
//! only its table: random staff files with small groups are run through the
//! pay survey and the pay transparency indicators, and for every figure the
//! table hides, neither its value nor any ratio or gap involving it may be
//! read from the stored result (what the API returns), the findings in
//! Swedish, Finnish and English, the chart or the evidence CSV.

use jamlik_domain::Language;
use jamlik_i18n::{DisplayZone, Translator};
use jamlik_store::{AnalysisJob, JobState};

use crate::analysis::results::{result_csv, result_tables};
use crate::analysis::{self, analyse, Kind, Spec, StoredResult};

/// A small deterministic generator (SplitMix64): the same cases every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number from `low` to `high`, both included.
    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const GROUPS: [&str; 6] = [
    "Lähihoitaja",
    "Opettaja",
    "Kiinteistönhoitaja",
    "Insinööri",
    "Sairaanhoitaja",
    "Siivooja",
];

/// One person of a generated file.
struct Person {
    group: &'static str,
    woman: bool,
    pay: f64,
    variable: f64,
}

impl Person {
    fn total(&self) -> f64 {
        self.pay + self.variable
    }
}

/// A staff file of a few job groups, some with only a few women or men.
fn staff(random: &mut Random) -> (String, Vec<Person>) {
    let groups = random.between(2, GROUPS.len() as u64) as usize;
    let mut people = Vec::new();
    for group in GROUPS.iter().take(groups) {
        let base = random.between(2_200, 4_800) as f64;
        let demand = random.between(2, 4);
        let size = |random: &mut Random| {
            if random.chance(45) {
                random.between(0, 4)
            } else {
                random.between(5, 30)
            }
        };
        let (women, men) = (size(random), size(random));
        for i in 0..women + men {
            let cents = random.between(0, 60_000) as f64 / 100.0;
            let variable = if random.chance(40) {
                random.between(5_000, 50_000) as f64 / 100.0
            } else {
                0.0
            };
            people.push((
                demand,
                Person {
                    group,
                    woman: i < women,
                    pay: base - 300.0 + cents,
                    variable,
                },
            ));
        }
    }
    // Both women and men somewhere, or the analyses stop (as they should).
    if !people.iter().any(|(_, p)| p.woman) || people.iter().all(|(_, p)| p.woman) {
        people.push((
            2,
            Person {
                group: GROUPS[0],
                woman: !people.iter().any(|(_, p)| p.woman),
                pay: 2_345.67,
                variable: 0.0,
            },
        ));
    }
    let mut csv = String::from("tehtava,vaativuus,sukupuoli,kuukausipalkka,lisat,kokemus\n");
    for (i, (demand, p)) in people.iter().enumerate() {
        csv.push_str(&format!(
            "{},{demand},{},{:.2},{:.2},{}\n",
            p.group,
            if p.woman { "nainen" } else { "mies" },
            p.pay,
            p.variable,
            (i * 7) % 31
        ));
    }
    (csv, people.into_iter().map(|(_, p)| p).collect())
}

fn spec(kind: Kind, threshold: u64) -> Spec {
    Spec {
        kind,
        group: "sukupuoli".into(),
        outcome: "kuukausipalkka".into(),
        weight: None,
        controls: Vec::new(),
        job_group: None,
        demand: None,
        variable: None,
        category: None,
        baseline: None,
        exclude_bad_rows: false,
        threshold,
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => sorted.get(n / 2).copied(),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// The figures of one cell of a table, from the data itself.
#[derive(Clone, Debug)]
struct Figure {
    what: String,
    /// What is measured (a ratio is of two figures of the same measure).
    measure: &'static str,
    mean: Option<f64>,
    median: Option<f64>,
    hidden: bool,
}

impl Figure {
    fn of(what: String, measure: &'static str, values: &[f64], hidden: bool) -> Self {
        Self {
            what,
            measure,
            mean: mean(values),
            median: median(values),
            hidden,
        }
    }
}

/// What must not be read anywhere: each hidden cell's mean and median, and
/// every ratio and gap between it and any other cell (as a percentage and
/// as a share), each with what it is.
fn secrets(figures: &[Figure]) -> Vec<(String, f64, Form)> {
    let mut out = Vec::new();
    for h in figures.iter().filter(|f| f.hidden) {
        for (name, value) in [("mean", h.mean), ("median", h.median)] {
            let Some(value) = value else { continue };
            // A hidden median that is also a shown one (the same person's
            // pay in the middle of both) is no secret.
            let public = figures
                .iter()
                .filter(|f| !f.hidden)
                .flat_map(|f| [f.mean, f.median])
                .flatten()
                .any(|shown| close(shown, value));
            if public {
                continue;
            }
            out.push((format!("{} {name}", h.what), value, Form::Amount));
            for f in figures {
                let (Some(other), true) = (
                    match name {
                        "mean" => f.mean,
                        _ => f.median,
                    },
                    f.what != h.what && f.measure == h.measure,
                ) else {
                    continue;
                };
                // The same people (a group of one gender) say nothing new.
                if (other - value).abs() < 1e-9 || other <= 0.0 || value <= 0.0 {
                    continue;
                }
                let what = format!("{} {name} against {}", h.what, f.what);
                for share in [value / other, other / value] {
                    out.push((what.clone(), share, Form::Share));
                    out.push((what.clone(), 1.0 - share, Form::Share));
                }
            }
        }
    }
    out
}

/// How a figure is written.
#[derive(Clone, Copy, Debug)]
enum Form {
    /// Pay: as a number.
    Amount,
    /// A ratio or a gap: as a share (0.88), a percentage (88) or written
    /// as a percentage ("88 %").
    Share,
}

/// Every way the outputs write a figure.
fn written(t: &Translator, value: f64, form: Form) -> Vec<String> {
    match form {
        Form::Amount => vec![t.decimal(value, 0), t.decimal(value, 2)],
        Form::Share => vec![analysis::percent(t, value), analysis::percent1(t, value)],
    }
}

/// Every number of a stored result's JSON: those that are not whole
/// numbers, and the whole ones (counts, the threshold, demand levels).
fn numbers_of(value: &serde_json::Value, fractions: &mut Vec<f64>, whole: &mut Vec<f64>) {
    match value {
        serde_json::Value::Number(n) => match n.as_f64() {
            Some(x) if x.fract() != 0.0 => fractions.push(x),
            Some(x) => whole.push(x),
            None => {}
        },
        serde_json::Value::Array(items) => {
            items.iter().for_each(|v| numbers_of(v, fractions, whole))
        }
        serde_json::Value::Object(fields) => fields
            .values()
            .for_each(|v| numbers_of(v, fractions, whole)),
        _ => {}
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Whether `needle` stands in `text` as a number of its own (not a part
/// of a longer one).
fn stands_in(text: &str, needle: &str) -> bool {
    let number_char = |c: char| c.is_ascii_digit();
    let mut from = 0;
    while let Some(at) = text[from..].find(needle) {
        let start = from + at;
        let end = start + needle.len();
        let before = text[..start].chars().next_back();
        let mut after = text[end..].chars();
        let (next, then) = (after.next(), after.next());
        let glued_before =
            before.is_some_and(|c| number_char(c) || matches!(c, ',' | '.' | '-' | '\u{2212}'));
        // A number that is not a percentage is not one of a percentage.
        let percentage = !needle.contains('%')
            && text[end..]
                .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
                .starts_with('%');
        let glued_after = next.is_some_and(number_char)
            || (matches!(next, Some(',' | '.')) && then.is_some_and(number_char))
            || percentage;
        if !glued_before && !glued_after {
            return true;
        }
        from = end;
    }
    false
}

/// The text of an SVG (what it says, not where it draws it), one line per
/// element.
fn words_of(svg: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in svg.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push('\n');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn job(result: &StoredResult) -> AnalysisJob {
    AnalysisJob {
        id: "job".into(),
        org_id: "org".into(),
        upload_id: None,
        file_name: "henkilosto.csv".into(),
        kind: result.spec.kind.as_str().into(),
        spec: String::new(),
        state: JobState::Done,
        progress: 100,
        attempts: 1,
        result: None,
        error: None,
        created_by: None,
        created_at: 0,
        finished_at: None,
    }
}

/// Checks that nothing in `secrets` can be read from any output of `result`.
fn assert_nothing_hidden_leaks(case: &str, result: &StoredResult, figures: &[Figure]) {
    let secrets = secrets(figures);
    // The stored result, as stored and as the API returns it.
    let json = serde_json::to_value(result).unwrap_or_default();
    let (mut numbers, mut whole) = (Vec::new(), Vec::new());
    numbers_of(&json, &mut numbers, &mut whole);
    for x in &numbers {
        for (what, value, form) in &secrets {
            let as_stored = match form {
                Form::Amount => vec![*value],
                Form::Share => vec![*value, value * 100.0],
            };
            assert!(
                !as_stored.iter().any(|v| close(*x, *v)),
                "{case}: the stored result holds {x}, the hidden {what}\n{json:#}"
            );
        }
    }
    for language in [Language::Swedish, Language::Finnish, Language::English] {
        let t = Translator::new(language, DisplayZone::Helsinki);
        // What the shown figures are written as (a hidden figure that
        // happens to round like a shown one gives nothing away).
        // The directive's 5 % line is written in the findings as it is.
        let shown: std::collections::HashSet<String> = numbers
            .iter()
            .chain(&whole)
            .chain(&[0.05])
            .flat_map(|x| {
                let mut all = written(&t, *x, Form::Amount);
                for share in [*x, x / 100.0, 1.0 - x, 1.0 - x / 100.0] {
                    all.extend(written(&t, share, Form::Share));
                }
                all
            })
            .collect();
        let findings = analysis::findings(&t, result).join("\n");
        let chart = analysis::chart(&t, result)
            .map(|c| words_of(&c.svg("chart")))
            .unwrap_or_default();
        let csv = String::from_utf8(result_csv(&t, &job(result), result)).unwrap_or_default();
        let hidden_words: Vec<(&str, String)> = secrets
            .iter()
            .flat_map(|(what, value, form)| {
                written(&t, *value, *form)
                    .into_iter()
                    .map(move |words| (what.as_str(), words))
            })
            .filter(|(_, words)| !shown.contains(words))
            .collect();
        for (output, text) in [("findings", &findings), ("chart", &chart), ("CSV", &csv)] {
            for (what, words) in &hidden_words {
                assert!(
                    !stands_in(text, words),
                    "{case}: the {output} ({language:?}) say {words:?}, the hidden {what}:\n{text}"
                );
            }
        }
    }
}

/// The pay survey's cells, from the data, hidden where the result hides
/// them: each group's women, men and everyone (a merged group's members
/// together), and women and men over all groups.
fn survey_figures(result: &StoredResult, people: &[Person]) -> Vec<Figure> {
    let mut figures = Vec::new();
    let Some(survey) = &result.pay_survey else {
        return figures;
    };
    for row in &survey.groups {
        let members: Vec<&str> = row.group.split(" + ").collect();
        let pay = |woman: Option<bool>| -> Vec<f64> {
            people
                .iter()
                .filter(|p| members.contains(&p.group) && woman.is_none_or(|w| p.woman == w))
                .map(|p| p.pay)
                .collect()
        };
        let (women, men, everyone) = (pay(Some(true)), pay(Some(false)), pay(None));
        figures.push(Figure::of(
            format!("{} women", row.group),
            "pay",
            &women,
            row.women_mean.is_none() && !women.is_empty(),
        ));
        figures.push(Figure::of(
            format!("{} men", row.group),
            "pay",
            &men,
            row.men_mean.is_none() && !men.is_empty(),
        ));
        figures.push(Figure::of(
            format!("{} everyone", row.group),
            "pay",
            &everyone,
            row.total_mean.is_none(),
        ));
    }
    for (what, woman) in [("all women", true), ("all men", false)] {
        let pay: Vec<f64> = people
            .iter()
            .filter(|p| p.woman == woman)
            .map(|p| p.pay)
            .collect();
        figures.push(Figure::of(
            what.into(),
            "pay",
            &pay,
            survey.percent.is_none(),
        ));
    }
    figures
}

/// The pay transparency cells, from the data, hidden where the result
/// hides them: basic, total and variable pay (of those who receive some)
/// of women and men in each category and overall.
fn transparency_figures(result: &StoredResult, people: &[Person]) -> Vec<Figure> {
    let mut figures = Vec::new();
    let Some(p) = &result.pay_transparency else {
        return figures;
    };
    for c in std::iter::once(&p.overall).chain(&p.categories) {
        let name = c.category.clone().unwrap_or_else(|| "everyone".into());
        let in_category =
            |person: &&Person| c.category.as_deref().is_none_or(|g| person.group == g);
        for (what, gap, pick) in [
            (
                "basic",
                &c.basic,
                (|p: &Person| p.pay) as fn(&Person) -> f64,
            ),
            ("total", &c.total, Person::total),
            ("variable", &c.variable, |p: &Person| p.variable),
        ] {
            for (gender, cell, woman) in [("women", &gap.women, true), ("men", &gap.men, false)] {
                let values: Vec<f64> = people
                    .iter()
                    .filter(in_category)
                    .filter(|p| p.woman == woman && (what != "variable" || p.variable > 0.0))
                    .map(pick)
                    .collect();
                figures.push(Figure::of(
                    format!("{name} {what} pay of {gender}"),
                    what,
                    &values,
                    cell.mean.is_none() && !values.is_empty(),
                ));
            }
        }
        // The gap the controls leave, from every person's pay: only where
        // women's and men's total pay are shown.
        if c.total.hidden().is_some() {
            assert_eq!(
                c.unexplained, None,
                "{name}: an unexplained gap of hidden pay {c:?} {:?}",
                result.spec
            );
        }
        // The share receiving variable pay, from the headcounts.
        for (share, count, all) in [
            (c.women_receiving, &c.variable.women, &c.basic.women),
            (c.men_receiving, &c.variable.men, &c.basic.men),
        ] {
            if count.count_hidden.is_some() || all.count_hidden.is_some() {
                assert_eq!(share, None, "{name}: a share of a hidden headcount");
            }
        }
    }
    figures
}

#[test]
fn no_hidden_pay_figure_or_ratio_can_be_read_from_any_output() {
    let mut random = Random(18);
    let (mut surveys, mut transparency, mut hidden) = (0, 0, 0);
    for case in 0..150 {
        let (csv, people) = staff(&mut random);
        let threshold = random.between(3, 6);

        let mut survey = spec(Kind::PaySurvey, threshold);
        survey.job_group = Some("tehtava".into());
        survey.demand = random.chance(80).then(|| "vaativuus".into());
        if let Ok(result) = analyse(csv.as_bytes(), &survey) {
            let figures = survey_figures(&result, &people);
            hidden += figures.iter().filter(|f| f.hidden).count();
            assert_nothing_hidden_leaks(&format!("survey {case}\n{csv}"), &result, &figures);
            surveys += 1;
        }

        let mut pay = spec(Kind::PayTransparency, threshold);
        pay.variable = Some("lisat".into());
        pay.category = random.chance(80).then(|| "tehtava".into());
        if random.chance(50) {
            pay.controls = vec!["kokemus".into()];
        }
        if let Ok(result) = analyse(csv.as_bytes(), &pay) {
            let figures = transparency_figures(&result, &people);
            hidden += figures.iter().filter(|f| f.hidden).count();
            assert_nothing_hidden_leaks(&format!("transparency {case}\n{csv}"), &result, &figures);
            transparency += 1;
        }
    }
    // The cases ran, and hid things.
    assert!(
        surveys > 120 && transparency > 120,
        "{surveys} {transparency}"
    );
    assert!(hidden > 500, "{hidden}");
}

/// The coordinator's file of the report: the groups the table hides by
/// gender show their size and mean pay, which the comparisons compare;
/// a comparison with a group whose pay is hidden says nothing.
#[test]
fn a_comparison_is_made_only_of_what_the_table_shows() {
    let mut csv = String::from("tehtava,vaativuus,sukupuoli,kuukausipalkka\n");
    let mut add = |group: &str, demand: u32, gender: &str, count: usize, pay: f64| {
        for i in 0..count {
            csv.push_str(&format!(
                "{group},{demand},{gender},{:.2}\n",
                pay + i as f64 * 3.5
            ));
        }
    };
    // Lähihoitaja: women-dominated with two men; Kiinteistönhoitaja: of
    // equal value, men-dominated with two women; Insinööri: three men and
    // three women, whose pay, dominated by nobody, is still too few people.
    add("Lähihoitaja", 3, "nainen", 40, 2_500.0);
    add("Lähihoitaja", 3, "mies", 2, 2_550.0);
    add("Kiinteistönhoitaja", 3, "mies", 30, 2_850.0);
    add("Kiinteistönhoitaja", 3, "nainen", 2, 2_800.0);
    add("Opettaja", 5, "nainen", 30, 3_600.0);
    add("Opettaja", 5, "mies", 12, 3_700.0);
    let mut survey = spec(Kind::PaySurvey, 5);
    survey.job_group = Some("tehtava".into());
    survey.demand = Some("vaativuus".into());
    let result = analyse(csv.as_bytes(), &survey).unwrap_or_else(|e| panic!("{e}"));
    let s = result
        .pay_survey
        .as_ref()
        .unwrap_or_else(|| panic!("no survey"));
    let row = |label: &str| s.group(label).unwrap_or_else(|| panic!("no {label}"));
    let nurse = row("Lähihoitaja");
    assert_eq!((nurse.women, nurse.men), (None, None), "{s:?}");
    assert_eq!(nurse.total, Some(42));
    assert!(nurse.total_mean.is_some());
    let comparison = s
        .comparisons
        .iter()
        .find(|c| c.women_dominated == "Lähihoitaja" && c.compared == "Kiinteistönhoitaja")
        .unwrap_or_else(|| panic!("no comparison: {s:?}"));
    let expected = row("Lähihoitaja").total_mean.unwrap_or_default()
        / row("Kiinteistönhoitaja").total_mean.unwrap_or_default()
        * 100.0;
    assert!(comparison
        .percent
        .is_some_and(|p| (p - expected).abs() < 1e-9));

    let t = Translator::new(Language::English, DisplayZone::Helsinki);
    let tables = result_tables(&t, &result);
    // The table shows the group's size and mean pay that the finding compares.
    let table = &tables[0];
    let cells = &table
        .rows
        .iter()
        .find(|(label, _)| label == "Lähihoitaja")
        .unwrap_or_else(|| panic!("no row"))
        .1;
    let everyone = table.header.iter().position(|h| h == "Everyone's mean pay");
    let shown_mean = everyone
        .and_then(|i| cells.get(i - 1))
        .map(|c| c.text.clone())
        .unwrap_or_default();
    assert_eq!(
        shown_mean,
        t.decimal(nurse.total_mean.unwrap_or_default(), 0),
        "{:?} {cells:?}",
        table.header
    );
    let findings = analysis::findings(&t, &result).join("\n");
    let words = analysis::percent(&t, expected / 100.0);
    assert!(
        findings.contains(&format!(
            "Lähihoitaja earns {words} of the pay of Kiinteistönhoitaja"
        )),
        "{findings}"
    );
    // And the comparisons are a table of their own, in the person's words.
    assert!(tables.iter().any(|table| table
        .rows
        .iter()
        .any(|(label, cells)| label == "Lähihoitaja" && cells.iter().any(|c| c.text == words))));

    // A stored result from before the table showed the groups' pay: its
    // comparisons are not said, since the table cannot show what they
    // compare.
    let mut old = serde_json::to_value(&result).unwrap_or_default();
    for group in old["pay_survey"]["groups"]
        .as_array_mut()
        .into_iter()
        .flatten()
    {
        if let Some(fields) = group.as_object_mut() {
            fields.retain(|name, _| {
                matches!(name.as_str(), "count_hidden" | "pay_hidden")
                    || !(name.starts_with("total") || name.ends_with("_hidden"))
            });
        }
    }
    let old: StoredResult = serde_json::from_value(old).unwrap_or_else(|e| panic!("{e}"));
    let old_findings = analysis::findings(&t, &old).join("\n");
    assert!(
        !old_findings.contains("Kiinteistönhoitaja"),
        "{old_findings}"
    );
    assert!(old_findings.contains("Figures about groups of fewer than 5 people are hidden."));
}

/// Headers name the roles in the person's language, not the file's columns,
/// and each reason a figure is hidden is said once per table.
#[test]
fn headers_are_words_and_each_reason_is_said_once_per_table() {
    let mut random = Random(7);
    let mut checked = 0;
    for _ in 0..25 {
        let (csv, _) = staff(&mut random);
        let mut survey = spec(Kind::PaySurvey, 5);
        survey.job_group = Some("tehtava".into());
        survey.demand = Some("vaativuus".into());
        let mut pay = spec(Kind::PayTransparency, 5);
        pay.variable = Some("lisat".into());
        pay.category = Some("tehtava".into());
        for spec in [survey, pay] {
            let Ok(result) = analyse(csv.as_bytes(), &spec) else {
                continue;
            };
            for (language, job_group) in [
                (Language::Swedish, "Yrkesgrupp"),
                (Language::Finnish, "Tehtäväryhmä"),
                (Language::English, "Job group"),
            ] {
                let t = Translator::new(language, DisplayZone::Helsinki);
                let tables = result_tables(&t, &result);
                for table in &tables {
                    for raw in [
                        "tehtava",
                        "vaativuus",
                        "sukupuoli",
                        "kuukausipalkka",
                        "lisat",
                    ] {
                        assert!(
                            !table.header.iter().any(|h| h.contains(raw)),
                            "{:?}",
                            table.header
                        );
                    }
                    // Each reason once, and every hidden cell refers to one.
                    for (i, note) in table.notes.iter().enumerate() {
                        assert!(!table.notes[..i].contains(note), "{:?}", table.notes);
                    }
                    for (_, cells) in &table.rows {
                        for cell in cells {
                            assert_eq!(cell.hidden.is_some(), cell.note.is_some());
                            if let (Some(reason), Some(note)) = (&cell.hidden, cell.note) {
                                assert_eq!(table.notes.get(note - 1), Some(reason));
                                assert!(!cell.text.contains(reason.as_str()));
                            }
                        }
                    }
                }
                if spec.kind == Kind::PaySurvey {
                    assert_eq!(tables[0].header[0], job_group);
                }
                // The evidence file says each reason once per table too.
                let csv =
                    String::from_utf8(result_csv(&t, &job(&result), &result)).unwrap_or_default();
                for table in &tables {
                    for note in &table.notes {
                        let times = tables.iter().filter(|t| t.notes.contains(note)).count();
                        assert_eq!(csv.matches(note.as_str()).count(), times, "{csv}");
                    }
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "{checked}");
}
