//! DOCX that Word and LibreOffice open for editing: built-in heading styles,
//! real tables with a repeating header row, the language on every run, and
//! the organisation, version, date and page numbers in the header and footer.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Header, LineSpacing, NumPages, PageMargin, PageNum,
    Paragraph, Run, RunFonts, Shading, Style, StyleType, Table, TableCell, TableCellMargins,
    TableRow, WidthType,
};

use crate::document::{Block, Column, Document};
use crate::ReportError;

/// A4 in twentieths of a point, with 2 cm margins.
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
const MARGIN: i32 = 1_134;
const TEXT_WIDTH: usize = 11_906 - 2 * 1_134;

const HEADING_COLOUR: &str = "1D3557";
/// The table styles: facts head their rows, data tables their columns.
const FACTS_TABLE: &str = "ReportFacts";
const DATA_TABLE: &str = "ReportTable";
const BODY_FONT: &str = "Liberation Serif";

/// Renders a laid-out document to DOCX.
pub(crate) fn render(document: &Document) -> Result<Vec<u8>, ReportError> {
    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(600)
                .footer(600),
        )
        .default_fonts(
            RunFonts::new()
                .ascii(BODY_FONT)
                .hi_ansi(BODY_FONT)
                .cs(BODY_FONT),
        )
        .default_size(21)
        .add_style(paragraph_style("Normal", "Normal").size(21))
        .add_style(heading_style(1, 40))
        .add_style(heading_style(2, 30))
        .add_style(heading_style(3, 24))
        .add_style(
            paragraph_style("Subtitle", "Subtitle")
                .size(22)
                .color("555555"),
        )
        .add_style(paragraph_style("Caption", "caption").italic().size(18))
        .add_style(paragraph_style("TableText", "Table Text").size(18))
        .add_style(Style::new(FACTS_TABLE, StyleType::Table).name("Report Facts"))
        .add_style(Style::new(DATA_TABLE, StyleType::Table).name("Report Table"))
        .header(Header::new().add_paragraph(running_header(document)))
        .footer(Footer::new().add_paragraph(page_footer(&document.page_label)));

    for block in &document.blocks {
        docx = match block {
            Block::Kicker { text } => docx.add_paragraph(
                Paragraph::new()
                    .style("Subtitle")
                    .add_run(Run::new().add_text(text.to_uppercase())),
            ),
            Block::Heading { level, text } => docx.add_paragraph(
                Paragraph::new()
                    .style(&format!("Heading{}", (*level).clamp(1, 3)))
                    .add_run(Run::new().add_text(text)),
            ),
            Block::Paragraph { text } => {
                docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(text)))
            }
            Block::Facts { caption, rows } => {
                let rows = rows
                    .iter()
                    .map(|(label, value)| {
                        TableRow::new(vec![
                            cell(label, true, TEXT_WIDTH * 3 / 10),
                            cell(value, false, TEXT_WIDTH * 7 / 10),
                        ])
                        .cant_split()
                    })
                    .collect();
                docx.add_paragraph(caption_paragraph(caption)).add_table(
                    table(rows, &[TEXT_WIDTH * 3 / 10, TEXT_WIDTH * 7 / 10]).style(FACTS_TABLE),
                )
            }
            Block::Table {
                caption,
                columns,
                rows,
            } => {
                let widths = column_widths(columns);
                let mut table_rows = vec![TableRow::new(
                    columns
                        .iter()
                        .zip(&widths)
                        .map(|(column, width)| cell(&column.label, true, *width))
                        .collect(),
                )
                .cant_split()];
                for row in rows {
                    table_rows.push(
                        TableRow::new(
                            row.iter()
                                .zip(&widths)
                                .map(|(value, width)| cell(value, false, *width))
                                .collect(),
                        )
                        .cant_split(),
                    );
                }
                docx.add_paragraph(caption_paragraph(caption))
                    .add_table(table(table_rows, &widths).style(DATA_TABLE))
            }
        };
    }

    let mut parts = docx.build();
    let language = format!("<w:lang w:val=\"{}\" />", document.word_language);
    parts.document = with_language(&parts.document, &language);
    parts.styles = with_language(&parts.styles, &language);
    parts.headers = parts
        .headers
        .iter()
        .map(|part| with_language(part, &language))
        .collect();
    parts.footers = parts
        .footers
        .iter()
        .map(|part| with_language(part, &language))
        .collect();
    parts.document = with_repeating_header_rows(&parts.document);
    parts.doc_props.core = with_core_properties(&parts.doc_props.core, document);

    let mut buffer = Cursor::new(Vec::new());
    parts
        .pack(&mut buffer)
        .map_err(|error| ReportError::Package(error.to_string()))?;
    Ok(buffer.into_inner())
}

fn paragraph_style(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
}

/// Word's built-in heading style: its id and lower-case name are what Word
/// and LibreOffice recognise as "Heading 1" and use for the outline.
fn heading_style(level: usize, half_points: usize) -> Style {
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .size(half_points)
        .bold()
        .color(HEADING_COLOUR)
        .outline_lvl(level - 1)
        .line_spacing(
            LineSpacing::new()
                .before(if level == 1 { 120 } else { 360 })
                .after(120),
        )
}

fn caption_paragraph(caption: &str) -> Paragraph {
    Paragraph::new()
        .style("Caption")
        .keep_next(true)
        .add_run(Run::new().add_text(caption))
}

fn cell(text: &str, header: bool, width: usize) -> TableCell {
    let mut paragraph = Paragraph::new().style("TableText");
    for (index, line) in text.split('\n').enumerate() {
        let mut run = Run::new();
        if index > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
        if header {
            run = run.bold();
        }
        paragraph = paragraph.add_run(run);
    }
    let cell = TableCell::new()
        .width(width, WidthType::Dxa)
        .add_paragraph(paragraph);
    if header {
        cell.shading(Shading::new().fill("E8EDF3"))
    } else {
        cell
    }
}

fn table(rows: Vec<TableRow>, widths: &[usize]) -> Table {
    Table::new(rows)
        .set_grid(widths.to_vec())
        .width(TEXT_WIDTH, WidthType::Dxa)
        .margins(TableCellMargins::new().margin(40, 80, 40, 80))
}

/// Column widths in twentieths of a point: content-sized columns get a fixed
/// narrow share, the rest is divided by weight.
fn column_widths(columns: &[Column]) -> Vec<usize> {
    const NARROW: usize = 1_100;
    let narrow_total: usize = columns.iter().filter(|c| c.weight == 0).count() * NARROW;
    let weight_total: usize = columns.iter().map(|c| usize::from(c.weight)).sum();
    let free = TEXT_WIDTH.saturating_sub(narrow_total);
    columns
        .iter()
        .map(|column| {
            if column.weight == 0 || weight_total == 0 {
                NARROW
            } else {
                free * usize::from(column.weight) / weight_total
            }
        })
        .collect()
}

fn running_header(document: &Document) -> Paragraph {
    Paragraph::new()
        .size(17)
        .color("444444")
        .add_run(Run::new().size(17).color("444444").add_text(format!(
            "{}  ·  {}  ·  {}",
            document.organisation, document.version, document.date
        )))
}

/// "Page {page} of {pages}" with Word's page fields in place of the two
/// placeholders.
fn page_footer(label: &str) -> Paragraph {
    let mut paragraph = Paragraph::new().align(AlignmentType::Right);
    let mut rest = label;
    while !rest.is_empty() {
        let next_page = rest.find("{page}");
        let next_pages = rest.find("{pages}");
        let next = [next_page, next_pages].into_iter().flatten().min();
        match next {
            None => {
                paragraph = paragraph.add_run(Run::new().size(17).add_text(rest));
                rest = "";
            }
            Some(position) => {
                if position > 0 {
                    paragraph = paragraph.add_run(Run::new().size(17).add_text(&rest[..position]));
                }
                if rest[position..].starts_with("{pages}") {
                    paragraph = paragraph.add_num_pages(NumPages::new());
                    rest = &rest[position + "{pages}".len()..];
                } else {
                    paragraph = paragraph.add_page_num(PageNum::new());
                    rest = &rest[position + "{page}".len()..];
                }
            }
        }
    }
    paragraph
}

/// Adds the document's language to every set of run properties, and gives runs
/// without properties some, so spelling and hyphenation follow the language.
fn with_language(xml: &[u8], language: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml);
    let text = text
        .replace("<w:rPr />", "<w:rPr></w:rPr>")
        .replace("<w:rPr/>", "<w:rPr></w:rPr>")
        .replace("</w:rPr>", &format!("{language}</w:rPr>"));
    text.into_bytes()
}

/// Marks the first row of each data table as a header row that repeats on
/// every page.
fn with_repeating_header_rows(xml: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml);
    let marker = format!("<w:tblStyle w:val=\"{DATA_TABLE}\" />");
    let mut out = String::with_capacity(text.len() + 1024);
    let mut rest: &str = &text;
    while let Some(position) = rest.find("<w:tblGrid>") {
        let (before, after) = rest.split_at(position);
        out.push_str(before);
        let table_start = before.rfind("<w:tbl>").unwrap_or(0);
        if !before[table_start..].contains(&marker) {
            out.push_str("<w:tblGrid>");
            rest = &after["<w:tblGrid>".len()..];
            continue;
        }
        // The first row after the grid is the header row.
        match after.find("<w:trPr>") {
            Some(row_properties) => {
                let end = row_properties + "<w:trPr>".len();
                out.push_str(&after[..end]);
                out.push_str("<w:tblHeader />");
                rest = &after[end..];
            }
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.into_bytes()
}

/// Sets the title and language in the package's core properties.
fn with_core_properties(xml: &[u8], document: &Document) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml);
    let mut title = String::new();
    for character in document.title.chars() {
        match character {
            '&' => title.push_str("&amp;"),
            '<' => title.push_str("&lt;"),
            '>' => title.push_str("&gt;"),
            other => title.push(other),
        }
    }
    text.replace(
        "</cp:coreProperties>",
        &format!(
            "<dc:title>{title}</dc:title><dc:language>{}</dc:language></cp:coreProperties>",
            document.word_language
        ),
    )
    .into_bytes()
}
