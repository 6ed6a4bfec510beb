//! The PDF is tagged, says its language and title, and holds the report's text
//! in each language, with hostile titles shown literally.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{organisation, sample, squeeze, translator, HOSTILE_TITLE, NORDIC_TITLE};
use jamlik_domain::Language;
use jamlik_reports::{Renderer, ReportKind};
use lopdf::{Document, Object};

fn catalog(document: &Document) -> &lopdf::Dictionary {
    let root = document
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .expect("a catalog");
    document.get_dictionary(root).expect("the catalog")
}

fn text_of(document: &Document) -> String {
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    squeeze(&document.extract_text(&pages).expect("text"))
}

fn string(object: &Object, document: &Document) -> String {
    let object = match object {
        Object::Reference(id) => document.get_object(*id).expect("referenced"),
        other => other,
    };
    let bytes = object.as_str().expect("a string");
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair.get(1).copied().unwrap_or(0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

#[test]
fn the_pdf_is_tagged_with_language_and_title_and_translated_headings() {
    let renderer = Renderer::new().expect("the renderer builds");
    let expectations = [
        (
            Language::Swedish,
            ["Uppgifter om planen", "Åtgärderna i korthet", "Sida 1 av"],
        ),
        (
            Language::Finnish,
            ["Suunnitelman tiedot", "Toimenpiteet lyhyesti", "Sivu 1 /"],
        ),
        (
            Language::English,
            ["About the plan", "The measures at a glance", "Page 1 of"],
        ),
    ];
    for (language, headings) in expectations {
        let report = sample(language, ReportKind::Plan);
        let bytes = renderer
            .pdf(&report, &translator(language))
            .expect("the PDF renders");
        let document = Document::load_mem(&bytes).expect("the PDF parses");
        let catalog = catalog(&document);

        assert!(catalog.get(b"StructTreeRoot").is_ok(), "a structure tree");
        let mark_info = match catalog.get(b"MarkInfo").expect("MarkInfo") {
            Object::Reference(id) => document.get_dictionary(*id).expect("MarkInfo"),
            Object::Dictionary(dictionary) => dictionary,
            other => panic!("MarkInfo is {other:?}"),
        };
        assert_eq!(
            mark_info.get(b"Marked").and_then(Object::as_bool).ok(),
            Some(true)
        );
        let lang = string(catalog.get(b"Lang").expect("Lang"), &document);
        assert_eq!(lang, language.as_str());

        let info = document
            .trailer
            .get(b"Info")
            .and_then(Object::as_reference)
            .and_then(|id| document.get_dictionary(id))
            .expect("an Info dictionary");
        let title = string(info.get(b"Title").expect("a title"), &document);
        assert!(title.starts_with(&report.title), "title {title}");

        let text = text_of(&document);
        assert!(
            text.contains(organisation(language)),
            "organisation in {text}"
        );
        let version = match language {
            Language::Finnish => "Versio 3",
            Language::Swedish | Language::English => "Version 3",
        };
        assert!(text.contains(version), "version in {text}");
        assert!(text.contains("23.11.2026"), "date in {text}");
        assert!(text.contains(NORDIC_TITLE), "å, ä and ö in {text}");
        for heading in headings {
            assert!(text.contains(heading), "{heading} in {text}");
        }
    }
}

#[test]
fn hostile_text_renders_literally() {
    let report = sample(Language::English, ReportKind::Plan);
    let bytes = jamlik_reports::pdf(&report, &translator(Language::English))
        .expect("a title full of markup does not break the PDF");
    let document = Document::load_mem(&bytes).expect("the PDF parses");
    let text = text_of(&document);
    assert!(text.contains(&squeeze(HOSTILE_TITLE)), "{text}");
    assert!(text.contains("*not bold* _not emphasised_ = not a heading"));
}

#[test]
fn a_follow_up_report_shows_the_round_and_what_was_not_updated() {
    let language = Language::Finnish;
    let report = sample(language, ReportKind::FollowUp);
    let bytes = jamlik_reports::pdf(&report, &translator(language)).expect("renders");
    // A label and its value are one list item ("Label: value"); the text
    // extraction puts a space where the bold label ends.
    let text = text_of(&Document::load_mem(&bytes).expect("parses")).replace(" :", ":");
    assert!(
        text.contains("SEURANTARAPORTTI"),
        "the kind above the title: {text}"
    );
    assert!(text.contains("Seurantakierros: Spring 2026"), "{text}");
    assert!(text.contains("Raportoidut toimenpiteet: 1 / 2"), "{text}");
    assert!(
        text.contains("Tällä kierroksella ei tehty tilannekatsausta."),
        "{text}"
    );
}

#[test]
fn every_page_carries_the_organisation_and_a_page_number() {
    let mut report = sample(Language::Swedish, ReportKind::Plan);
    let measure = report.measures[0].clone();
    for number in 0..60 {
        let mut copy = measure.clone();
        copy.title = format!("Åtgärd nummer {number}");
        report.measures.push(copy);
    }
    let bytes = jamlik_reports::pdf(&report, &translator(Language::Swedish)).expect("renders");
    let document = Document::load_mem(&bytes).expect("parses");
    let pages = document.get_pages();
    assert!(pages.len() > 3, "a long plan runs over several pages");
    let total = pages.len();
    for number in pages.keys() {
        let text = squeeze(&document.extract_text(&[*number]).expect("text"));
        assert!(text.contains("Vasa stad"), "page {number}: {text}");
        assert!(text.contains("Version 3"), "page {number}: {text}");
        assert!(
            text.contains(&format!("Sida {number} av {total}")),
            "page {number}: {text}"
        );
    }
    let all = text_of(&document);
    assert!(all.contains("Åtgärd nummer 59"));
}
