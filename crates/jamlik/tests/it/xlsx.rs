//! Spreadsheets in the planning workspace: the measures out to XLSX and back
//! in a bulk update, refused files named by row and column, and the services
//! inventory imported from CSV or XLSX.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use jamlik_domain::MeasureStatus;
use reqwest::StatusCode;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use crate::on_both;
use crate::support::{Client, TestApp, TestDbHandle};

const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A cell to write into a test workbook.
#[derive(Clone, Copy)]
enum Cell<'a> {
    Text(&'a str),
    Date(u16, u8, u8),
}

/// A workbook of one sheet, as a person's spreadsheet program would save it.
fn workbook(rows: &[Vec<Cell>]) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                Cell::Text(text) => {
                    sheet.write_string(r, c, *text).unwrap();
                }
                Cell::Date(y, m, d) => {
                    let value = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                    sheet.write_date_with_format(r, c, &value, &date).unwrap();
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

/// The first sheet of a workbook: its name and its cells.
fn read_sheet(bytes: &[u8]) -> (String, Vec<Vec<Data>>) {
    let mut book = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    (name, range.rows().map(<[Data]>::to_vec).collect())
}

fn text(cell: &Data) -> String {
    match cell {
        Data::DateTime(date) => {
            let (y, m, d, ..) = date.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        other => other.to_string(),
    }
}

/// The problems a refused upload lists: (row, column, text) per table row.
fn problems(body: &str) -> Vec<(String, String, String)> {
    let cell = |chunk: &str, label: &str| {
        let start = format!("data-label=\"{label}\">");
        chunk
            .split_once(start.as_str())
            .and_then(|(_, rest)| rest.split_once("</td>"))
            .map(|(value, _)| value.trim().to_owned())
            .unwrap_or_default()
    };
    let Some((_, tbody)) = body.split_once("<tbody>") else {
        return Vec::new();
    };
    tbody
        .split("<tr>")
        .skip(1)
        .map(|chunk| {
            (
                cell(chunk, "Row"),
                cell(chunk, "Column"),
                cell(chunk, "Problem"),
            )
        })
        .collect()
}

/// A plan with measures, made through the pages; returns the plan's id.
pub(crate) async fn plan_with_measures(
    coordinator: &Client,
    org: &str,
    title: &str,
    measures: &[&str],
) -> String {
    let started = coordinator
        .post_form(
            &format!("/orgs/{org}/plans"),
            &[
                ("title", title),
                ("frameworks", "fi-non-discrimination"),
                ("period_start", "2026-01-01"),
                ("period_end", "2027-12-31"),
            ],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let location = started.location();
    let plan = location
        .split("/plans/")
        .nth(1)
        .and_then(|rest| rest.split(['?', '#', '/']).next())
        .unwrap_or_default()
        .to_owned();
    for measure in measures {
        let added = coordinator
            .post_form(
                &format!("/orgs/{org}/plans/{plan}/measures"),
                &[
                    ("title", measure),
                    ("owner_unit", "Culture"),
                    ("due_date", "2026-06-30"),
                ],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    }
    plan
}

async fn measures_of(app: &TestApp, plan: &str) -> Vec<jamlik_store::Measure> {
    app.store
        .measures(&app.world.own.id, plan)
        .await
        .unwrap_or_default()
}

on_both!(
    measures_go_out_as_xlsx_and_parse_back,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let plan = plan_with_measures(
            &coordinator,
            &org,
            "Equality plan 2026/2027: [draft] for the whole city",
            &["Ramps at the library", "Plain-language letters"],
        )
        .await;
        let page = coordinator.get(&format!("/orgs/{org}/plans/{plan}")).await;
        assert!(page
            .body
            .contains(&format!("/orgs/{org}/plans/{plan}/measures.xlsx")));
        assert!(page.body.contains("Download the measures (XLSX)"));

        let (status, headers, bytes) = coordinator
            .get_bytes(&format!("/orgs/{org}/plans/{plan}/measures.xlsx"))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            headers.get("content-type").and_then(|v| v.to_str().ok()),
            Some(XLSX_TYPE)
        );
        assert!(bytes.starts_with(b"PK\x03\x04"));
        let (sheet, rows) = read_sheet(&bytes);
        assert_eq!(
            sheet, "Equality plan 2026 2027 draft f",
            "a safe sheet name"
        );
        let header: Vec<String> = rows[0].iter().map(text).collect();
        assert_eq!(
            header,
            [
                "id",
                "title",
                "responsible_unit",
                "due_date",
                "status",
                "note"
            ]
        );
        assert_eq!(rows.len(), 3);
        let measures = measures_of(&app, &plan).await;
        for row in &rows[1..] {
            let measure = measures
                .iter()
                .find(|m| m.id == text(&row[0]))
                .unwrap_or_else(|| panic!("no measure {:?}", row[0]));
            assert_eq!(text(&row[1]), measure.title);
            assert_eq!(text(&row[2]), "Culture");
            assert!(
                matches!(row[3], Data::DateTime(_)),
                "the due date is a real date: {:?}",
                row[3]
            );
            assert_eq!(text(&row[3]), "2026-06-30");
            assert_eq!(text(&row[4]), "planned");
        }
        // A plan of another organisation is not exported.
        let foreign = app.signed_in("other").await;
        let (status, _, _) = foreign
            .get_bytes(&format!("/orgs/{org}/plans/{plan}/measures.xlsx"))
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
);

on_both!(
    an_xlsx_bulk_update_round_trips,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let plan = plan_with_measures(
            &coordinator,
            &org,
            "Plan",
            &["Ramps at the library", "Plain-language letters"],
        )
        .await;
        let (_, _, bytes) = coordinator
            .get_bytes(&format!("/orgs/{org}/plans/{plan}/measures.xlsx"))
            .await;
        let (_, rows) = read_sheet(&bytes);
        // The sheet comes back changed: one status and note, one due date typed as text.
        let texts: Vec<Vec<String>> = rows
            .iter()
            .map(|row| row.iter().map(text).collect())
            .collect();
        let mut edited: Vec<Vec<Cell>> = Vec::new();
        for (index, row) in texts.iter().enumerate() {
            let mut cells: Vec<Cell> = row.iter().map(|t| Cell::Text(t.as_str())).collect();
            if index > 0 {
                cells[3] = Cell::Date(2026, 6, 30);
            }
            if row[1] == "Ramps at the library" {
                cells[4] = Cell::Text("in_progress");
                cells[5] = Cell::Text("Ordered the ramps");
            }
            if row[1] == "Plain-language letters" {
                cells[3] = Cell::Text("2026-09-30");
            }
            edited.push(cells);
        }
        let upload = format!("/orgs/{org}/plans/{plan}/measures/bulk");
        // Named .csv on purpose: the content decides the format, not the name.
        let applied = coordinator
            .post_named_file(&upload, "measures.csv", workbook(&edited))
            .await;
        assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.body);
        assert!(applied.location().contains("notice=bulk-applied"));
        let measures = measures_of(&app, &plan).await;
        let ramps = measures
            .iter()
            .find(|m| m.title == "Ramps at the library")
            .unwrap();
        assert_eq!(ramps.status, MeasureStatus::InProgress);
        assert_eq!(
            ramps.due_date.as_ref().map(|d| d.as_str()),
            Some("2026-06-30")
        );
        let letters = measures
            .iter()
            .find(|m| m.title == "Plain-language letters")
            .unwrap();
        assert_eq!(letters.status, MeasureStatus::Planned);
        assert_eq!(
            letters.due_date.as_ref().map(|d| d.as_str()),
            Some("2026-09-30")
        );
        let history = app
            .store
            .measure_history(&app.world.own.id, &ramps.id)
            .await
            .unwrap_or_default();
        assert_eq!(history[0].status, MeasureStatus::InProgress);
        assert_eq!(history[0].note, "Ordered the ramps");
    }
);

on_both!(
    a_bad_xlsx_names_every_problem_and_changes_nothing,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let plan = plan_with_measures(&coordinator, &org, "Plan", &["First", "Second"]).await;
        let other_plan = plan_with_measures(&coordinator, &org, "Other plan", &["Elsewhere"]).await;
        let measures = measures_of(&app, &plan).await;
        let elsewhere = measures_of(&app, &other_plan).await[0].id.clone();
        let (first, second) = (measures[0].id.as_str(), measures[1].id.as_str());
        let upload = format!("/orgs/{org}/plans/{plan}/measures/bulk");

        let header = || {
            [
                "id",
                "title",
                "responsible_unit",
                "due_date",
                "status",
                "note",
            ]
            .map(Cell::Text)
            .to_vec()
        };
        fn row<'a>(id: &'a str, due: Cell<'a>, status: &'a str) -> Vec<Cell<'a>> {
            vec![
                Cell::Text(id),
                Cell::Text("x"),
                Cell::Text("y"),
                due,
                Cell::Text(status),
                Cell::Text(""),
            ]
        }
        let bad = workbook(&[
            header(),
            row(first, Cell::Date(2026, 1, 31), "done"),
            row(second, Cell::Date(2026, 1, 31), "finished"),
            row("not-a-measure", Cell::Text(""), "done"),
            row(&elsewhere, Cell::Text(""), "done"),
            row(first, Cell::Text("31.1.2026"), "done"),
        ]);
        let refused = coordinator.post_file(&upload, bad).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("Nothing has changed."));
        let found = problems(&refused.body);
        let expect = |row: &str, column: &str, text: &str| {
            (row.to_owned(), column.to_owned(), text.to_owned())
        };
        assert_eq!(
            found,
            vec![
                expect(
                    "3",
                    "status",
                    "“finished” is not a status; use planned, in_progress, done, delayed or dropped."
                ),
                expect(
                    "4",
                    "id",
                    "There is no measure “not-a-measure” in this plan."
                ),
                expect(
                    "5",
                    "id",
                    &format!("There is no measure “{elsewhere}” in this plan.")
                ),
                expect(
                    "6",
                    "id",
                    &format!("The measure “{first}” appears more than once.")
                ),
                expect(
                    "6",
                    "due_date",
                    "“31.1.2026” is not a date; write YYYY-MM-DD."
                ),
            ],
            "{}",
            refused.body
        );

        // A wrong header is named with what the file has.
        let wrong_header = workbook(&[
            vec![Cell::Text("id"), Cell::Text("state")],
            vec![Cell::Text(first), Cell::Text("done")],
        ]);
        let refused = coordinator.post_file(&upload, wrong_header).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            problems(&refused.body),
            vec![expect(
                "1",
                "",
                "The columns must be exactly id;title;responsible_unit;due_date;status;note; the file has id;state."
            )]
        );

        // A damaged workbook gets its own message.
        let good = workbook(&[header(), row(first, Cell::Text(""), "done")]);
        let damaged = good[..good.len() / 2].to_vec();
        let refused = coordinator.post_file(&upload, damaged).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused
                .body
                .contains("looks like an Excel workbook (XLSX) but cannot be opened"),
            "{}",
            refused.body
        );

        let after = measures_of(&app, &plan).await;
        assert!(
            after.iter().all(|m| m.status == MeasureStatus::Planned
                && m.due_date.as_ref().map(|d| d.as_str()) == Some("2026-06-30")),
            "nothing was applied"
        );
        for measure in &after {
            let history = app
                .store
                .measure_history(&app.world.own.id, &measure.id)
                .await
                .unwrap_or_default();
            assert!(
                history.iter().all(|h| h.note.is_empty()),
                "no history written"
            );
        }
    }
);

on_both!(
    a_windows_1252_csv_is_refused_with_the_encoding_message,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let plan = plan_with_measures(&coordinator, &org, "Plan", &["Ramps"]).await;
        let id = measures_of(&app, &plan).await[0].id.clone();
        let mut file = b"id;title;responsible_unit;due_date;status;note\n".to_vec();
        file.extend_from_slice(format!("{id};Ramps;Culture;2026-06-30;done;Klar och ").as_bytes());
        // "färdig" as Windows-1252 writes it: ä is the single byte E4.
        file.extend_from_slice(b"f\xe4rdig\n");
        let refused = coordinator
            .post_file(&format!("/orgs/{org}/plans/{plan}/measures/bulk"), file)
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            problems(&refused.body),
            vec![(
                "2".to_owned(),
                String::new(),
                "The file is saved as Windows-1252 (“ANSI”), not UTF-8, so “färdig” would be read wrongly. In Excel choose Save as › “CSV UTF-8”, or upload the XLSX file.".to_owned()
            )],
            "{}",
            refused.body
        );
        assert_eq!(
            measures_of(&app, &plan).await[0].status,
            MeasureStatus::Planned
        );
        // The same in Swedish.
        let swedish = app.signed_in("coordinator").await.with_language("sv");
        let mut file = b"id;title;responsible_unit;due_date;status;note\n".to_vec();
        file.extend_from_slice(format!("{id};Ramper;Kultur;2026-06-30;done;").as_bytes());
        file.extend_from_slice(b"H\xe4mtat\n");
        let refused = swedish
            .post_file(&format!("/orgs/{org}/plans/{plan}/measures/bulk"), file)
            .await;
        assert!(refused.body.contains("Windows-1252"));
        assert!(
            refused.body.contains("”Hämtat” skulle läsas fel"),
            "{}",
            refused.body
        );
    }
);

on_both!(
    services_are_imported_from_csv_or_xlsx,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let page = coordinator.get(&format!("/orgs/{org}/services")).await;
        assert!(page
            .body
            .contains(&format!("action=\"/orgs/{org}/services/import\"")));
        assert!(page
            .body
            .contains(&format!("/orgs/{org}/services/template.xlsx")));

        // The templates hold the header to fill in.
        let template = coordinator
            .get(&format!("/orgs/{org}/services/template.csv"))
            .await;
        assert_eq!(template.status, StatusCode::OK);
        assert_eq!(
            template.body.trim(),
            "\u{feff}name;unit;description;owner_email"
        );
        let (status, _, bytes) = coordinator
            .get_bytes(&format!("/orgs/{org}/services/template.xlsx"))
            .await;
        assert_eq!(status, StatusCode::OK);
        let (_, rows) = read_sheet(&bytes);
        assert_eq!(
            rows[0].iter().map(text).collect::<Vec<_>>(),
            ["name", "unit", "description", "owner_email"]
        );

        // A CSV filled in from the template.
        let csv = format!(
            "{}Home care;Social services;Care at home;Contributor@Turku.example\r\nLibraries;Culture;;\r\n",
            template.body
        );
        let imported = coordinator
            .post_named_file(
                &format!("/orgs/{org}/services/import"),
                "services.csv",
                csv.into_bytes(),
            )
            .await;
        assert_eq!(imported.status, StatusCode::SEE_OTHER, "{}", imported.body);
        let shown = coordinator.get(&imported.location()).await;
        assert!(
            shown.body.contains("2 services and units were imported."),
            "{}",
            shown.body
        );
        assert!(shown.body.contains("Home care") && shown.body.contains("Libraries"));

        // An XLSX filled in from the template.
        let xlsx = workbook(&[
            ["name", "unit", "description", "owner_email"]
                .map(Cell::Text)
                .to_vec(),
            ["Swimming halls", "Sports", "Three halls", ""]
                .map(Cell::Text)
                .to_vec(),
        ]);
        let imported = coordinator
            .post_named_file(
                &format!("/orgs/{org}/services/import"),
                "services.xlsx",
                xlsx,
            )
            .await;
        assert_eq!(imported.status, StatusCode::SEE_OTHER, "{}", imported.body);
        let swedish = app.signed_in("coordinator").await.with_language("sv");
        let shown = swedish.get(&imported.location()).await;
        assert!(
            shown
                .body
                .contains("En tjänst eller enhet har importerats."),
            "{}",
            shown.body
        );

        let services = app
            .store
            .services(&app.world.own.id)
            .await
            .unwrap_or_default();
        let names: Vec<&str> = services.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Home care", "Libraries", "Swimming halls"]);
        let contributor = app
            .store
            .user_by_email(&jamlik_domain::Email::parse("contributor@turku.example").unwrap())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(services[0].owner_user_id.as_ref(), Some(&contributor.id));
        assert_eq!(services[0].unit, "Social services");
        assert_eq!(services[1].owner_user_id, None);
        // Each imported service has its audit event.
        let trail = app
            .store
            .audit_trail(
                Some(&app.world.own.id),
                jamlik_store::PageRequest {
                    page: 1,
                    per_page: 100,
                },
            )
            .await
            .unwrap();
        for service in &services {
            assert!(
                trail.items.iter().any(|e| e.entity_type == "service"
                    && e.entity_id == service.id
                    && e.action == "import"
                    && e.actor_label.contains("coordinator")),
                "no audit event for {}",
                service.name
            );
        }
    }
);

on_both!(
    a_bad_services_file_names_every_problem_and_adds_nothing,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let coordinator = app.signed_in("coordinator").await.with_language("en");
        let added = coordinator
            .post_form(
                &format!("/orgs/{org}/services"),
                &[("name", "Home care"), ("unit", "Social services")],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER);
        let long = "L".repeat(201);
        let file = format!(
            "name;unit;description;owner_email\n\
             Libraries;Culture;;\n\
             ;Culture;No name;\n\
             {long};;;\n\
             libraries;Culture;Again;\n\
             HOME CARE;;;\n\
             Schools;Education;;nobody@turku.example\n\
             Pools;Sports;;other@turku.example\n\
             Parks;Streets\n\
             Museums;Culture;;viewer@turku.example\n"
        );
        let import = format!("/orgs/{org}/services/import");
        let refused = coordinator.post_file(&import, file.into_bytes()).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("Back to the services"));
        let row = |r: &str, c: &str, t: &str| (r.to_owned(), c.to_owned(), t.to_owned());
        assert_eq!(
            problems(&refused.body),
            vec![
                row("3", "name", "The name is missing."),
                row("4", "name", "The name is too long (at most 200 characters)."),
                row(
                    "5",
                    "name",
                    "The name “libraries” appears more than once in the file."
                ),
                row(
                    "6",
                    "name",
                    "The organisation already has a service or unit named “HOME CARE”."
                ),
                row(
                    "7",
                    "owner_email",
                    "No member of the organisation has the email address “nobody@turku.example”."
                ),
                row(
                    "8",
                    "owner_email",
                    "No member of the organisation has the email address “other@turku.example”."
                ),
                row("9", "", "The row has 2 fields instead of 4."),
                row(
                    "10",
                    "owner_email",
                    "viewer@turku.example is a viewer in the organisation and cannot be responsible for an assessment."
                ),
            ],
            "{}",
            refused.body
        );
        // Wrong columns.
        let refused = coordinator
            .post_file(&import, b"name;owner\nLibraries;x\n".to_vec())
            .await;
        assert_eq!(
            problems(&refused.body),
            vec![row(
                "1",
                "",
                "The columns must be exactly name;unit;description;owner_email; the file has name;owner."
            )]
        );
        let services = app
            .store
            .services(&app.world.own.id)
            .await
            .unwrap_or_default();
        assert_eq!(services.len(), 1, "nothing was added");
    }
);

on_both!(
    only_coordinators_and_admins_import_services,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let own = app.world.own.id.to_string();
        let file = || b"name;unit;description;owner_email\nLibraries;Culture;;\n".to_vec();
        for who in ["viewer", "contributor", "other", "monitor"] {
            let client = app.signed_in(who).await;
            let answer = client
                .post_file(&format!("/orgs/{own}/services/import"), file())
                .await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN, "{who}");
        }
        assert!(app
            .store
            .services(&app.world.own.id)
            .await
            .unwrap_or_default()
            .is_empty());
        // A coordinator may not import into another organisation.
        let coordinator = app.signed_in("coordinator").await;
        let foreign = app.world.foreign.id.to_string();
        let answer = coordinator
            .post_file(&format!("/orgs/{foreign}/services/import"), file())
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN);
        // An admin may.
        let admin = app.signed_in("admin").await;
        let answer = admin
            .post_file(&format!("/orgs/{own}/services/import"), file())
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        assert_eq!(
            app.store
                .services(&app.world.own.id)
                .await
                .unwrap_or_default()
                .len(),
            1
        );
    }
);
