//! One standalone, printable HTML5 file: inline style, no script, every table
//! with a caption and scoped header cells.

use std::fmt::Write;

use crate::document::{Block, Document};

const STYLE: &str = "\
body{font-family:\"Libertinus Serif\",Georgia,\"Times New Roman\",serif;font-size:1rem;line-height:1.5;color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1.5rem}\
header.running{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem 2rem;font-size:.85rem;color:#444;border-bottom:1px solid #999;padding-bottom:.4rem;margin-bottom:1.5rem}\
.kicker{text-transform:uppercase;letter-spacing:.05em;color:#555;margin:0}\
h1,h2,h3{color:#1d3557;line-height:1.25}\
h1{font-size:2rem;margin:.2rem 0 1.2rem}\
h2{font-size:1.4rem;margin:2rem 0 .7rem}\
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}\
table{border-collapse:collapse;width:100%;margin:.3rem 0 1.2rem;font-size:.9rem}\
caption{text-align:left;font-style:italic;padding-bottom:.3rem}\
th,td{text-align:left;vertical-align:top;padding:.3rem .4rem;border-bottom:1px solid #bbb;overflow-wrap:anywhere;hyphens:auto}\
thead th{border-bottom:2px solid #555}\
tbody th{font-weight:bold;width:14rem}\
@media print{body{max-width:none;padding:0;font-size:10.5pt}thead{display:table-header-group}tr,h3{break-inside:avoid}h2,h3{break-after:avoid}}\
@page{size:A4;margin:2cm}";

/// Renders a laid-out document to one HTML5 file.
pub(crate) fn render(document: &Document) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(document.language);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    escape_into(&mut out, &document.title);
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header class=\"running\"><span>");
    escape_into(&mut out, &document.organisation);
    out.push_str("</span><span>");
    escape_into(&mut out, &document.version);
    out.push_str(" · ");
    escape_into(&mut out, &document.date);
    out.push_str("</span></header>\n<main>\n");
    for block in &document.blocks {
        write_block(&mut out, block);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Kicker { text } => {
            out.push_str("<p class=\"kicker\">");
            escape_into(out, text);
            out.push_str("</p>\n");
        }
        Block::Heading { level, text } => {
            let level = (*level).clamp(1, 6);
            let _ = write!(out, "<h{level}>");
            escape_into(out, text);
            let _ = writeln!(out, "</h{level}>");
        }
        Block::Paragraph { text } => {
            out.push_str("<p>");
            escape_into(out, text);
            out.push_str("</p>\n");
        }
        Block::Facts { caption, rows } => {
            out.push_str("<table>\n<caption>");
            escape_into(out, caption);
            out.push_str("</caption>\n<tbody>\n");
            for (label, value) in rows {
                out.push_str("<tr><th scope=\"row\">");
                escape_into(out, label);
                out.push_str("</th><td>");
                lines_into(out, value);
                out.push_str("</td></tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        Block::Table {
            caption,
            columns,
            rows,
        } => {
            out.push_str("<table>\n<caption>");
            escape_into(out, caption);
            out.push_str("</caption>\n<thead><tr>");
            for column in columns {
                out.push_str("<th scope=\"col\">");
                escape_into(out, &column.label);
                out.push_str("</th>");
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for cell in row {
                    out.push_str("<td>");
                    lines_into(out, cell);
                    out.push_str("</td>");
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
    }
}

/// Writes text with newlines as line breaks.
fn lines_into(out: &mut String, text: &str) {
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push_str("<br>");
        }
        escape_into(out, line);
    }
}

/// Writes text with the characters HTML gives meaning to escaped.
fn escape_into(out: &mut String, text: &str) {
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
}
