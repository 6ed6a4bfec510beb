//! The DOCX has real heading styles, the measures table and its language.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::{Cursor, Read};

use common::{sample, translator, HOSTILE_TITLE, NORDIC_TITLE};
use jamlik_domain::Language;
use jamlik_reports::ReportKind;

fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip package");
    let mut file = archive.by_name(name).expect("the part exists");
    let mut text = String::new();
    file.read_to_string(&mut text).expect("UTF-8 XML");
    text
}

/// The text of every paragraph with a given style, in order.
fn paragraphs_with_style(document: &str, style: &str) -> Vec<String> {
    let marker = format!("<w:pStyle w:val=\"{style}\" />");
    document
        .split("<w:p ")
        .filter(|paragraph| paragraph.contains(&marker))
        .map(|paragraph| {
            paragraph
                .split("<w:t xml:space=\"preserve\">")
                .skip(1)
                .filter_map(|piece| piece.split("</w:t>").next())
                .collect::<String>()
        })
        .collect()
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[test]
fn headings_use_heading_styles_in_every_language() {
    let expectations = [
        (Language::Swedish, "sv-SE", "Åtgärder", "Klar senast"),
        (
            Language::Finnish,
            "fi-FI",
            "Toimenpiteet",
            "Valmis viimeistään",
        ),
        (Language::English, "en-GB", "Measures", "Due"),
    ];
    for (language, tag, measures_heading, due_column) in expectations {
        let report = sample(language, ReportKind::Plan);
        let bytes = jamlik_reports::docx(&report, &translator(language)).expect("renders");
        let document = part(&bytes, "word/document.xml");
        let styles = part(&bytes, "word/styles.xml");

        assert_eq!(
            paragraphs_with_style(&document, "Heading1"),
            vec![report.title.clone()]
        );
        let level_two = paragraphs_with_style(&document, "Heading2");
        assert!(
            level_two.iter().any(|heading| heading == measures_heading),
            "{level_two:?}"
        );
        assert!(level_two.iter().any(|heading| heading == "Bakgrund"));
        let level_three: Vec<String> = paragraphs_with_style(&document, "Heading3")
            .iter()
            .map(|heading| unescape(heading))
            .collect();
        assert_eq!(
            level_three,
            vec![format!("1. {NORDIC_TITLE}"), format!("2. {HOSTILE_TITLE}")]
        );
        // The styles are Word's own headings, which the navigation pane and a
        // table of contents use.
        assert!(styles.contains("<w:style w:type=\"paragraph\" w:styleId=\"Heading1\">"));
        assert!(styles.contains("<w:name w:val=\"heading 1\" />"));
        assert!(styles.contains("<w:outlineLvl w:val=\"0\" />"));

        // The language is on the runs, the defaults and the package.
        let lang = format!("<w:lang w:val=\"{tag}\" />");
        assert!(document.matches(&lang).count() > 20, "{tag} on the runs");
        assert!(styles.contains(&lang));
        let core = part(&bytes, "docProps/core.xml");
        assert!(core.contains(&format!("<dc:language>{tag}</dc:language>")));

        // The measures table: a repeating header row, then one row per measure.
        let table = document
            .split("<w:tbl>")
            .map(unescape)
            .find(|table| table.contains(due_column) && table.contains(NORDIC_TITLE))
            .expect("the measures table");
        assert!(table.contains("<w:tblHeader />"), "the header row repeats");
        assert!(table.contains("45 000 €"));
        assert!(
            table.contains(HOSTILE_TITLE),
            "the title is text, escaped once"
        );
        assert_eq!(table.matches("<w:tr>").count(), 1 + report.measures.len());
    }
}

#[test]
fn the_page_footer_numbers_pages_and_the_header_names_the_plan() {
    let report = sample(Language::Swedish, ReportKind::Plan);
    let bytes = jamlik_reports::docx(&report, &translator(Language::Swedish)).expect("renders");
    let archive = zip::ZipArchive::new(Cursor::new(bytes.as_slice())).expect("zip");
    let names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    let header = names
        .iter()
        .find(|name| name.starts_with("word/header"))
        .expect("a header part");
    let footer = names
        .iter()
        .find(|name| name.starts_with("word/footer"))
        .expect("a footer part");
    let header = part(&bytes, header);
    assert!(header.contains("Vasa stad"));
    assert!(header.contains("Version 3"));
    assert!(header.contains("23.11.2026"));
    let footer = part(&bytes, footer);
    assert!(footer.contains("Sida "));
    assert!(footer.contains("PAGE"));
    assert!(footer.contains("NUMPAGES"));
}
