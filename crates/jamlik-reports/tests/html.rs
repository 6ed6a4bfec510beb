//! The HTML file is standalone, accessible and escapes what people typed.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{sample, translator, NORDIC_TITLE};
use jamlik_domain::Language;
use jamlik_reports::ReportKind;

#[test]
fn the_language_tables_and_headings_are_marked_up() {
    for (language, measures_heading) in [
        (Language::Swedish, "<h2>Åtgärder</h2>"),
        (Language::Finnish, "<h2>Toimenpiteet</h2>"),
        (Language::English, "<h2>Measures</h2>"),
    ] {
        let report = sample(language, ReportKind::Plan);
        let html = jamlik_reports::html(&report, &translator(language));
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains(&format!("<html lang=\"{}\">", language.as_str())));
        assert!(html.contains(&format!("<h1>{}</h1>", report.title)));
        assert!(html.contains(measures_heading));
        assert!(html.contains(&format!("<h3>1. {NORDIC_TITLE}</h3>")));
        // Every table has a caption and header cells scoped to their columns or rows.
        let tables = html.matches("<table>").count();
        assert!(tables >= 5);
        assert_eq!(html.matches("<caption>").count(), tables);
        assert!(html.contains("<th scope=\"col\">"));
        assert!(html.contains("<th scope=\"row\">"));
        assert!(!html.contains("<th>"), "no header cell without a scope");
        // Standalone: no script, no external resource.
        assert!(!html.contains("<script"));
        assert!(!html.contains("<link"));
        assert!(!html.contains("src="));
    }
}

#[test]
fn user_text_stays_text() {
    let mut report = sample(Language::English, ReportKind::FollowUp);
    report.organisation = "Tom & Jerry's <b>town</b>".into();
    let html = jamlik_reports::html(&report, &translator(Language::English));
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Tom &amp; Jerry&#39;s &lt;b&gt;town&lt;/b&gt;"));
    assert!(!html.contains("<b>"));
}

#[test]
fn a_follow_up_report_lists_the_round() {
    let report = sample(Language::Swedish, ReportKind::FollowUp);
    let html = jamlik_reports::html(&report, &translator(Language::Swedish));
    assert!(html.contains("Uppföljningsrapport"));
    assert!(html.contains("<h2>Uppföljningsomgång: Spring 2026</h2>"));
    assert!(html.contains("<td>1 av 2</td>"));
    assert!(html.contains("Ingen lägesrapport i den här omgången."));
    // The progress table ends with the total.
    assert!(html.contains("<tr><td>Totalt</td><td>3</td></tr>"));
}
