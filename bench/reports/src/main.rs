//! Times the PDF, DOCX and HTML renders of a realistic plan of 200 measures,
//! with findings, consultations and free-text sections, in release.
//!
//! ```text
//! jamlik-bench-reports [--iterations N] [--measures N] [--language sv|fi|en] [--out DIR]
//! ```
//!
//! Prints a Markdown table of the first render and the median and 99th
//! percentile of the next N, each of a slightly different plan; with `--out`,
//! also writes the three files there.

use std::time::{Duration, Instant};

use jamlik_domain::Language;
use jamlik_i18n::{DisplayZone, Translator};
use jamlik_reports::{
    Consultation, Finding, Indicator, Measure, ProgressCount, Renderer, Report, ReportKind,
    Section, Update, VersionLine,
};

struct Options {
    iterations: usize,
    measures: usize,
    language: Language,
    out: Option<std::path::PathBuf>,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        iterations: 50,
        measures: 200,
        language: Language::Finnish,
        out: None,
    };
    let mut arguments = std::env::args().skip(1);
    while let Some(flag) = arguments.next() {
        let value = arguments
            .next()
            .ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--iterations" => options.iterations = value.parse().map_err(|_| "--iterations N")?,
            "--measures" => options.measures = value.parse().map_err(|_| "--measures N")?,
            "--language" => {
                options.language = Language::parse(&value).map_err(|_| "--language sv|fi|en")?
            }
            "--out" => options.out = Some(value.into()),
            other => return Err(format!("unknown option {other}")),
        }
    }
    if options.iterations == 0 {
        return Err("--iterations must be at least 1".into());
    }
    Ok(options)
}

const SERVICES: [&str; 8] = [
    "Varhaiskasvatus",
    "Perusopetus",
    "Vanhuspalvelut",
    "Kirjastot",
    "Liikuntapalvelut",
    "Henkilöstöpalvelut",
    "Sosiaalityö",
    "Kaupunkisuunnittelu",
];
const GROUNDS: [&str; 6] = [
    "Vammaisuus",
    "Ikä",
    "Alkuperä",
    "Kieli",
    "Sukupuoli",
    "Uskonto tai vakaumus",
];
const STATUSES: [&str; 4] = ["Suunniteltu", "Käynnissä", "Valmis", "Viivästynyt"];

/// A plan the size of a large city's: 200 measures with goals, indicators and
/// updates, 60 findings, consultations and long free-text sections.
fn plan(measures: usize, language: Language) -> Report {
    let paragraph = "Kaupunki arvioi palvelunsa syrjintäperuste kerrallaan ja kuuli \
        henkilöstöä, vammais- ja vanhusneuvostoa sekä nuorisovaltuustoa. Arviossa \
        löytyi esteitä, jotka koskevat erityisesti liikkumisesteisiä, ikääntyneitä \
        ja muita kuin suomen- tai ruotsinkielisiä asukkaita. Tässä suunnitelmassa \
        kerrotaan, mitä niille tehdään, kuka vastaa ja milloin työ on valmis.";
    let sections = [
        "Tausta",
        "Lainsäädäntö",
        "Miten suunnitelma laadittiin",
        "Tilanne nyt",
        "Tavoitteet",
        "Seuranta ja raportointi",
    ]
    .iter()
    .map(|heading| Section {
        heading: (*heading).into(),
        body: [paragraph; 4].join("\n\n"),
    })
    .collect();
    let findings = (0..60)
        .map(|index| Finding {
            service: SERVICES[index % SERVICES.len()].into(),
            ground: GROUNDS[index % GROUNDS.len()].into(),
            kind: if index % 3 == 0 {
                "Välitön"
            } else {
                "Välillinen"
            }
            .into(),
            description: format!(
                "Havainto {}: sähköinen ajanvaraus ei toimi ruudunlukijalla, eikä \
                 ohjeita ole saatavilla selkokielellä.",
                index + 1
            ),
            affected: "Näkövammaiset ja ikääntyneet asiakkaat".into(),
            severity: format!("{}", index % 4 + 1),
            likelihood: format!("{}", (index + 2) % 4 + 1),
        })
        .collect();
    let measures: Vec<Measure> = (0..measures)
        .map(|index| Measure {
            title: format!(
                "Esteettömyyskartoitus ja korjaukset: {} ({})",
                SERVICES[index % SERVICES.len()],
                index + 1
            ),
            goal: "Jokainen asiakas pääsee palveluun ja saa tiedon ymmärrettävästi ilman \
                   toisen ihmisen apua."
                .into(),
            responsible: SERVICES[(index + 3) % SERVICES.len()].into(),
            budget: format!("{} €", 5_000 + (index % 20) * 2_500),
            start: format!("1.{}.2025", index % 12 + 1),
            due: format!("31.12.{}", 2025 + index % 4),
            status: STATUSES[index % STATUSES.len()].into(),
            indicators: vec![
                Indicator {
                    name: "Esteettömät sisäänkäynnit".into(),
                    baseline: "3 / 12".into(),
                    target: "12 / 12".into(),
                },
                Indicator {
                    name: "Asiakastyytyväisyys (1–5)".into(),
                    baseline: "3,1".into(),
                    target: "4,0".into(),
                },
            ],
            latest_update: (index % 3 != 0).then(|| Update {
                date: "12.3.2026".into(),
                note: "Kartoitus on tehty kahdessa toimipisteessä; korjaukset on \
                       tilattu ja ne valmistuvat syksyllä."
                    .into(),
            }),
        })
        .collect();
    let progress = STATUSES
        .iter()
        .enumerate()
        .map(|(position, status)| ProgressCount {
            status: (*status).into(),
            count: u32::try_from(
                (0..measures.len())
                    .filter(|index| index % STATUSES.len() == position)
                    .count(),
            )
            .unwrap_or(u32::MAX),
        })
        .collect();
    Report {
        kind: ReportKind::Plan,
        language,
        organisation: "Vaasan kaupunki".into(),
        title: "Yhdenvertaisuus- ja tasa-arvosuunnitelma 2025–2028".into(),
        version: Some(VersionLine {
            number: "3".into(),
            approved_by: "Kaupunginhallitus".into(),
            approved_on: "14.2.2025".into(),
            decision: "KH 14.2.2025 § 42".into(),
        }),
        date: "23.11.2026".into(),
        period: "1.1.2025–31.12.2028".into(),
        frameworks: vec![
            "Yhdenvertaisuuslaki 1325/2014".into(),
            "Tasa-arvolaki 609/1986".into(),
        ],
        working_group: "Henkilöstöpalvelut, sivistystoimi, sosiaali- ja terveystoimi, \
                        tekninen toimi, henkilöstön edustajat"
            .into(),
        progress,
        sections,
        consultations: (0..8)
            .map(|index| Consultation {
                party: [
                    "Vammaisneuvosto",
                    "Vanhusneuvosto",
                    "Nuorisovaltuusto",
                    "Henkilöstö",
                ][index % 4]
                    .into(),
                date: format!("{}.10.2024", index + 1),
                summary: "Sisäänkäynnit ja sähköiset palvelut ovat vaikeita käyttää; \
                          tietoa tarvitaan useammalla kielellä."
                    .into(),
            })
            .collect(),
        findings,
        measures,
        round: None,
        shows_updates: true,
        language_note: None,
    }
}

/// The median and the 99th percentile of one closure run on each input.
fn time<I, T>(inputs: &[I], mut render: impl FnMut(&I) -> T) -> (Duration, Duration) {
    let mut samples: Vec<Duration> = inputs
        .iter()
        .map(|input| {
            let start = Instant::now();
            let _output = render(input);
            start.elapsed()
        })
        .collect();
    samples.sort();
    let median = samples[samples.len() / 2];
    let p99 = samples[((samples.len() * 99).div_ceil(100)).saturating_sub(1)];
    (median, p99)
}

/// The report with every measure, finding and the date marked with a run
/// number, so no render can reuse another's layout wholesale, as in a server
/// where each request is a different plan.
fn variant(report: &Report, run: usize) -> Report {
    let mut copy = report.clone();
    copy.date = format!("{}.11.2026", run % 28 + 1);
    for measure in &mut copy.measures {
        measure.title = format!("{} [{run}]", measure.title);
    }
    for finding in &mut copy.findings {
        finding.description = format!("{} [{run}]", finding.description);
    }
    copy
}

fn milliseconds(duration: Duration) -> String {
    format!("{:.1}", duration.as_secs_f64() * 1000.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let options = options()?;
    let report = plan(options.measures, options.language);
    let translator = Translator::new(options.language, DisplayZone::Helsinki);

    let start = Instant::now();
    let renderer = Renderer::new()?;
    let setup = start.elapsed();

    // The first render fills typst's caches (fonts, the template, layouts).
    let start = Instant::now();
    let pdf = renderer.pdf(&report, &translator)?;
    let pdf_first = start.elapsed();
    let start = Instant::now();
    let docx = jamlik_reports::docx(&report, &translator)?;
    let docx_first = start.elapsed();
    let start = Instant::now();
    let html = jamlik_reports::html(&report, &translator);
    let html_first = start.elapsed();
    if let Some(directory) = &options.out {
        std::fs::create_dir_all(directory)?;
        std::fs::write(directory.join("plan.pdf"), &pdf)?;
        std::fs::write(directory.join("plan.docx"), &docx)?;
        std::fs::write(directory.join("plan.html"), &html)?;
    }

    let inputs: Vec<Report> = (1..=options.iterations)
        .map(|run| variant(&report, run))
        .collect();
    let (pdf_median, pdf_p99) = time(&inputs, |input| renderer.pdf(input, &translator));
    let (docx_median, docx_p99) = time(&inputs, |input| jamlik_reports::docx(input, &translator));
    let (html_median, html_p99) = time(&inputs, |input| jamlik_reports::html(input, &translator));

    println!(
        "{} measures, {} findings, {} iterations; renderer built in {} ms\n",
        report.measures.len(),
        report.findings.len(),
        options.iterations,
        milliseconds(setup)
    );
    println!("| format | size | first (ms) | median (ms) | p99 (ms) |");
    println!("|---|---:|---:|---:|---:|");
    for (format, size, first, median, p99) in [
        (
            "PDF (tagged, PDF/UA-1)",
            pdf.len(),
            pdf_first,
            pdf_median,
            pdf_p99,
        ),
        ("DOCX", docx.len(), docx_first, docx_median, docx_p99),
        ("HTML", html.len(), html_first, html_median, html_p99),
    ] {
        println!(
            "| {format} | {} kB | {} | {} | {} |",
            size / 1024,
            milliseconds(first),
            milliseconds(median),
            milliseconds(p99)
        );
    }
    Ok(())
}
