//! Security regressions (issue 12): uploaded workbooks are read within
//! bounds wherever a file is taken (analysis, services import, measures
//! bulk update), refused with a translated message and nothing kept, and a
//! page never embeds another upload whole.

use reqwest::StatusCode;

use crate::analysis::{upload, uploads_kept};
use crate::on_both;
use crate::support::TestDbHandle;
use crate::xlsx::plan_with_measures;

#[path = "../../../jamlik-stats/tests/craft/mod.rs"]
mod craft;
use craft::{shared_string_bomb, sheet_xml, workbook, Cell};

/// The 1.9 KB workbook that aborted the server: A1 and XFD1048576.
fn corners() -> Vec<u8> {
    workbook(
        &sheet_xml(&[Cell::Inline("A1", "id"), Cell::Number("XFD1048576", 1.0)]),
        None,
    )
}

on_both!(
    a_crafted_workbook_is_refused_everywhere_a_file_is_taken,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let contributor = app.signed_in("contributor").await.with_language("en");
        let coordinator = app.signed_in("coordinator").await.with_language("sv");
        // 40 MiB of one shared string, deflated to about 40 KB.
        let bomb = shared_string_bomb(40 * 1024 * 1024);
        assert!(bomb.len() < 60_000, "{} bytes", bomb.len());

        for (bytes, says) in [
            // Before anything else: the columns (nothing between is allocated).
            (corners(), "The sheet has values beyond column 1,000"),
            (bomb.clone(), "A part of the workbook unpacks to more than"),
        ] {
            let refused = upload(&contributor, &org, "data.xlsx", &bytes).await;
            assert_eq!(
                refused.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{}",
                refused.body
            );
            assert!(refused.body.contains(says), "{}", refused.body);
            assert_eq!(uploads_kept(&app).await, 0, "nothing is kept");
        }

        let import = format!("/orgs/{org}/services/import");
        for bytes in [corners(), bomb.clone()] {
            let refused = coordinator.post_file(&import, bytes).await;
            assert_eq!(
                refused.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{}",
                refused.body
            );
            assert!(
                refused
                    .body
                    .contains("Arbetsboken är större än Jämlik läser från ett kalkylark"),
                "{}",
                refused.body
            );
        }
        assert!(app
            .store
            .services(&app.world.own.id)
            .await
            .unwrap()
            .is_empty());

        let plan = plan_with_measures(&coordinator, &org, "Plan", &["Ramps"]).await;
        let bulk = format!("/orgs/{org}/plans/{plan}/measures/bulk");
        for bytes in [corners(), bomb] {
            let refused = coordinator.post_file(&bulk, bytes).await;
            assert_eq!(
                refused.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{}",
                refused.body
            );
            assert!(
                refused
                    .body
                    .contains("Arbetsboken är större än Jämlik läser från ett kalkylark"),
                "{}",
                refused.body
            );
        }

        // The server is still there, and a good upload still goes through.
        let good = upload(
            &contributor,
            &org,
            "ok.csv",
            b"gender,hours\nnainen,3\nmies,4\n",
        )
        .await;
        assert_eq!(good.status, StatusCode::SEE_OTHER, "{}", good.body);
    }
);

on_both!(
    a_mapping_page_lists_other_uploads_columns_cut_short,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let contributor = app.signed_in("contributor").await.with_language("fi");
        // A column name of 400 characters: long, but within what an upload
        // may hold (a long survey question).
        let long = "x".repeat(400);
        let first = format!("sukupuoli,{long}\nnainen,1\nmies,2\n");
        let stored = upload(&contributor, &org, "first.csv", first.as_bytes()).await;
        assert_eq!(stored.status, StatusCode::SEE_OTHER, "{}", stored.body);
        let second = upload(
            &contributor,
            &org,
            "second.csv",
            b"sukupuoli,tunnit\nnainen,3\nmies,4\n",
        )
        .await;
        let mapping = contributor.get(&second.location()).await;
        assert_eq!(mapping.status, StatusCode::OK, "{}", mapping.body);
        // The first upload is offered as a baseline, its long column cut.
        assert!(mapping.body.contains("first.csv"), "{}", mapping.body);
        assert!(
            mapping.body.contains(&"x".repeat(120)),
            "the cut name is offered"
        );
        assert!(
            !mapping.body.contains(&"x".repeat(121)),
            "never the whole name"
        );
        assert!(mapping.body.len() < 200_000, "{} bytes", mapping.body.len());
    }
);

on_both!(
    no_page_grows_with_what_a_cell_holds,
    |db: TestDbHandle| async move {
        let app = db.app().await;
        let org = app.world.own.id.to_string();
        let contributor = app.signed_in("contributor").await.with_language("en");
        let coordinator = app.signed_in("coordinator").await.with_language("en");

        // A header cell of a megabyte is refused, and nothing is kept.
        let huge = "h".repeat(1024 * 1024);
        let file = format!("gender,{huge}\nnainen,1\nmies,2\n");
        let refused = upload(&contributor, &org, "wide.csv", file.as_bytes()).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused
                .body
                .contains("A column name in the file is longer than 500 characters"),
            "{}",
            &refused.body[..refused.body.len().min(3000)]
        );
        assert!(refused.body.len() < 100_000, "{} bytes", refused.body.len());
        assert_eq!(uploads_kept(&app).await, 0);

        // A long value is shown cut on the mapping page.
        let long = "v".repeat(100_000);
        let file = format!("gender,note,hours\nnainen,{long},1\nmies,x,2\n");
        let stored = upload(&contributor, &org, "long.csv", file.as_bytes()).await;
        assert_eq!(stored.status, StatusCode::SEE_OTHER, "{}", stored.body);
        let mapping = contributor.get(&stored.location()).await;
        assert_eq!(mapping.status, StatusCode::OK);
        assert!(mapping.body.contains(&format!("{}…", "v".repeat(120))));
        assert!(mapping.body.len() < 200_000, "{} bytes", mapping.body.len());

        // The services import names a wrong header, cut short (within the
        // body limit of 64 KiB).
        let wide = "h".repeat(60_000);
        let file = format!("name;unit;{wide}\nHome care;Social;x\n");
        let import = format!("/orgs/{org}/services/import");
        let refused = coordinator.post_file(&import, file.into_bytes()).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.len() < 20_000, "{} bytes", refused.body.len());

        // A cell reference beyond the sheet: a translated refusal, never a
        // dropped connection or a 500.
        let beyond = workbook(
            &sheet_xml(&[Cell::Inline("A1", "id"), Cell::Number("A99999999999", 1.0)]),
            None,
        );
        let refused = upload(&contributor, &org, "beyond.xlsx", &beyond).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            refused.body
        );
        let refused = coordinator.post_file(&import, beyond).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            refused.body
        );
        assert!(
            refused
                .body
                .contains("looks like an Excel workbook (XLSX) but cannot be opened"),
            "{}",
            refused.body
        );
    }
);
