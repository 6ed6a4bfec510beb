//! The shipped packs and catalogue, and what the loader and validator report
//! about broken ones.

// Helpers shared by the tests panic too; that is how a test fails.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use jamlik_domain::{Country, Framework, Language, OrgKind};
use jamlik_packs::{
    load_all, parse_catalogue, parse_pack, shipped, shipped_files, validate, validate_catalogue,
    AnswerKind, CycleAnchor, Jurisdiction, PackError, ProblemKind, Registry, ThresholdUnit,
    CATALOGUE_FILE,
};

fn registry() -> &'static Registry {
    match shipped() {
        Ok(registry) => registry,
        Err(error) => panic!("the shipped packs do not load:\n{error}"),
    }
}

#[test]
fn every_shipped_file_parses_and_validates_with_zero_problems() {
    let mut packs = Vec::new();
    let mut handbooks = 0;
    let mut courses = 0;
    for (file, source) in shipped_files() {
        if *file == CATALOGUE_FILE {
            continue;
        }
        if file.starts_with(jamlik_packs::HANDBOOK_DIR) {
            let handbook =
                jamlik_packs::parse_handbook(file, source).unwrap_or_else(|e| panic!("{e}"));
            let problems = jamlik_packs::validate_handbook(&handbook);
            assert!(problems.is_empty(), "{file}: {problems:?}");
            handbooks += 1;
            continue;
        }
        if file.starts_with(jamlik_packs::COURSE_DIR) {
            let course = jamlik_packs::parse_course(file, source).unwrap_or_else(|e| panic!("{e}"));
            let media = jamlik_packs::shipped_media()
                .iter()
                .map(|(name, _)| *name)
                .collect();
            let problems = jamlik_packs::validate_course(&course, &media);
            assert!(problems.is_empty(), "{file}: {problems:?}");
            courses += 1;
            continue;
        }
        let pack = parse_pack(file, source).unwrap_or_else(|e| panic!("{e}"));
        let problems = validate(&pack);
        assert!(
            problems.is_empty(),
            "{file}:\n{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
        packs.push(pack.id);
    }
    let (_, source) = shipped_files()
        .iter()
        .find(|(file, _)| *file == CATALOGUE_FILE)
        .expect("the catalogue is shipped");
    let catalogue = parse_catalogue(CATALOGUE_FILE, source).unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = packs.iter().map(String::as_str).collect();
    let problems = validate_catalogue(&catalogue, &ids);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(handbooks >= 2, "the handbooks are shipped");
    assert!(courses >= 1, "the course is shipped");
    assert!(load_all().is_ok());
}

#[test]
fn the_frameworks_the_domain_knows_are_all_shipped() {
    let ids: Vec<&str> = registry().ids().collect();
    for id in Framework::SHIPPED {
        assert!(ids.contains(&id), "no pack for {id}");
        assert_eq!(registry().get(id).map(|p| p.id.as_str()), Some(id));
    }
    assert!(registry().get("no-such-pack").is_none());
}

#[test]
fn the_catalogue_has_at_least_thirty_measures_each_tied_to_a_pack() {
    let catalogue = registry().catalogue();
    assert!(
        catalogue.measures.len() >= 30,
        "{} measures",
        catalogue.measures.len()
    );
    for id in Framework::SHIPPED {
        assert!(
            registry().measures_for(id).next().is_some(),
            "no measure serves {id}"
        );
    }
    let measure = catalogue
        .measure("non-electronic-services")
        .expect("a measure on non-electronic services");
    assert!(measure.packs.iter().any(|p| p == "fi-non-discrimination"));
}

#[test]
fn the_finnish_non_discrimination_pack_has_the_law_s_shape() {
    let pack = registry().get("fi-non-discrimination").expect("shipped");
    assert_eq!(pack.country, Some(Jurisdiction::Finland));
    assert_eq!(pack.grounds.len(), 14);
    for id in [
        "authority",
        "service-provider",
        "education-provider",
        "employer",
    ] {
        assert!(pack.perspective(id).is_some(), "{id}");
    }
    let steps: Vec<&str> = pack.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        steps,
        [
            "working-group",
            "involve",
            "assess",
            "measures",
            "plan",
            "implement",
            "monitor"
        ]
    );
    let update = pack.cycle("plan-update").expect("an update cycle");
    assert_eq!(
        (update.months, update.anchor),
        (Some(48), CycleAnchor::CouncilTerm)
    );
    let employer = pack.obligation("employer").expect("employer obligation");
    assert_eq!(pack.min_staff(employer), Some(30.0));
    // A small employer is not obliged to have a plan; a municipality always is.
    assert!(pack.obligations_for(OrgKind::Employer, Some(29)).is_empty());
    assert_eq!(pack.obligations_for(OrgKind::Employer, Some(30)).len(), 1);
    assert!(!pack.obligations_for(OrgKind::Municipality, None).is_empty());
    assert!(pack.applies_in(Country::Finland));
    assert!(!pack.applies_in(Country::Sweden));
}

#[test]
fn the_gender_equality_pack_has_both_pay_survey_cycles() {
    let pack = registry().get("fi-gender-equality").expect("shipped");
    let months = |id: &str| pack.cycle(id).and_then(|c| c.months);
    assert_eq!(months("plan"), Some(24));
    assert_eq!(months("pay-survey"), Some(24));
    let variant = pack.variants.first().expect("the three-year variant");
    let in_variant: Vec<u32> = pack
        .cycles
        .iter()
        .filter(|c| c.variant.as_deref() == Some(variant.id.as_str()))
        .filter_map(|c| c.months)
        .collect();
    assert!(
        in_variant.contains(&12) && in_variant.contains(&36),
        "{in_variant:?}"
    );
    assert!(pack.element("pay-survey").is_some_and(|e| e.required));
}

#[test]
fn the_swedish_pack_has_four_steps_seven_grounds_and_its_thresholds() {
    let pack = registry().get("se-active-measures").expect("shipped");
    assert_eq!(pack.country, Some(Jurisdiction::Sweden));
    assert_eq!(pack.steps.len(), 4);
    assert_eq!(pack.grounds.len(), 7);
    let women_dominated = pack
        .thresholds
        .iter()
        .find(|t| t.unit == ThresholdUnit::Percent)
        .expect("the women-dominated threshold");
    assert_eq!(women_dominated.value, 60.0);
    assert!(women_dominated.is_met_by(60.0));
    assert!(!women_dominated.is_met_by(59.9));
    let staff: HashSet<u64> = pack
        .thresholds
        .iter()
        .filter(|t| t.unit == ThresholdUnit::Staff)
        .map(|t| t.value as u64)
        .collect();
    assert!(staff.contains(&10), "{staff:?}");
    assert_eq!(pack.cycle("pay-mapping").and_then(|c| c.months), Some(12));
}

#[test]
fn the_eu_pack_has_the_five_percent_trigger_and_applies_in_both_countries() {
    let pack = registry().get("eu-pay-transparency").expect("shipped");
    assert!(pack.applies_in(Country::Finland) && pack.applies_in(Country::Sweden));
    assert!(pack
        .thresholds
        .iter()
        .any(|t| t.unit == ThresholdUnit::Percent && t.value == 5.0));
}

#[test]
fn gender_mainstreaming_has_a_one_to_four_self_assessment() {
    let pack = registry().get("gender-mainstreaming").expect("shipped");
    assert_eq!(pack.country, None);
    assert_eq!(pack.scale.len(), 4);
    let scored = pack
        .checklists
        .iter()
        .flat_map(|c| &c.questions)
        .filter(|q| q.answer == AnswerKind::Scale1To4)
        .count();
    assert!(scored >= 8, "{scored} scored questions");
}

#[test]
fn every_text_reads_in_each_language() {
    for pack in registry().packs() {
        for language in Language::ALL {
            assert!(!pack.title.get(language).is_empty());
        }
        // The three languages are written, not copied.
        assert_ne!(pack.description.sv, pack.description.fi, "{}", pack.id);
        assert_ne!(pack.description.fi, pack.description.en, "{}", pack.id);
    }
}

const SMALL_PACK: &str = r#"
id = "small"
version = "1.0.0"
reviewed = "2026-01-31"
country = "FI"
title = { sv = "Liten", fi = "Pieni", en = "Small" }
description = { sv = "En liten plan.", fi = "Pieni suunnitelma.", en = "A small plan." }

[[obligations]]
id = "everyone"
kinds = ["employer"]
threshold = "staff"
description = { sv = "Alla.", fi = "Kaikki.", en = "Everyone." }

[[grounds]]
id = "age"
name = { sv = "Ålder", fi = "Ikä", en = "Age" }

[[steps]]
id = "one"
name = { sv = "Ett", fi = "Yksi", en = "One" }
guidance = { sv = "Gör så.", fi = "Tee näin.", en = "Do so." }

[[steps]]
id = "two"
name = { sv = "Två", fi = "Kaksi", en = "Two" }
guidance = { sv = "Gör så.", fi = "Tee näin.", en = "Do so." }

[[steps]]
id = "three"
name = { sv = "Tre", fi = "Kolme", en = "Three" }
guidance = { sv = "Gör så.", fi = "Tee näin.", en = "Do so." }

[[checklists]]
id = "list"
step = "two"
name = { sv = "Lista", fi = "Lista", en = "List" }

[[checklists.questions]]
id = "q"
answer = "yes_no"
grounds = ["age"]
text = { sv = "Fråga?", fi = "Kysymys?", en = "Question?" }

[[thresholds]]
id = "staff"
unit = "staff"
comparison = "at_least"
value = 30
name = { sv = "30", fi = "30", en = "30" }
guidance = { sv = "Minst 30.", fi = "Vähintään 30.", en = "At least 30." }
"#;

fn small_pack(edit: impl FnOnce(String) -> String) -> jamlik_packs::Pack {
    let source = edit(SMALL_PACK.to_owned());
    parse_pack("small.toml", &source).unwrap_or_else(|e| panic!("{e}"))
}

fn paths(pack: &jamlik_packs::Pack) -> Vec<String> {
    validate(pack).into_iter().map(|p| p.path).collect()
}

#[test]
fn the_small_pack_is_sound() {
    assert_eq!(paths(&small_pack(|s| s)), Vec::<String>::new());
}

#[test]
fn a_missing_finnish_text_is_reported_with_its_path() {
    let pack = small_pack(|s| {
        s.replace(
            r#"id = "three"
name = { sv = "Tre", fi = "Kolme", en = "Three" }
guidance = { sv = "Gör så.", fi = "Tee näin.", en = "Do so." }"#,
            r#"id = "three"
name = { sv = "Tre", fi = "Kolme", en = "Three" }
guidance = { sv = "Gör så.", en = "Do so." }"#,
        )
    });
    let problems = validate(&pack);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "steps[2].guidance.fi");
    assert_eq!(problems[0].kind, ProblemKind::EmptyText);
    assert_eq!(
        problems[0].to_string(),
        "steps[2].guidance.fi: the text is empty"
    );
}

#[test]
fn a_blank_text_counts_as_missing() {
    let pack = small_pack(|s| s.replace(r#"en = "Small""#, r#"en = "   ""#));
    assert_eq!(paths(&pack), ["title.en"]);
}

#[test]
fn dangling_references_are_reported() {
    let pack = small_pack(|s| {
        s.replace(r#"step = "two""#, r#"step = "four""#)
            .replace(r#"grounds = ["age"]"#, r#"grounds = ["age", "height"]"#)
            .replace(r#"threshold = "staff""#, r#"threshold = "staf""#)
    });
    let problems = validate(&pack);
    let found: Vec<(&str, &ProblemKind)> = problems
        .iter()
        .map(|p| (p.path.as_str(), &p.kind))
        .collect();
    assert_eq!(
        found,
        [
            (
                "obligations[0].threshold",
                &ProblemKind::UnknownReference {
                    target: "threshold",
                    id: "staf".to_owned()
                }
            ),
            (
                "checklists[0].step",
                &ProblemKind::UnknownReference {
                    target: "step",
                    id: "four".to_owned()
                }
            ),
            (
                "checklists[0].questions[0].grounds[1]",
                &ProblemKind::UnknownReference {
                    target: "ground",
                    id: "height".to_owned()
                }
            ),
        ]
    );
}

#[test]
fn duplicate_and_malformed_ids_are_reported() {
    let pack = small_pack(|s| {
        s.replace(r#"id = "two""#, r#"id = "one""#)
            .replace(r#"id = "age""#, r#"id = "Age""#)
            .replace(r#"grounds = ["age"]"#, "")
    });
    assert_eq!(
        paths(&pack),
        ["grounds[0].id", "steps[1].id", "checklists[0].step"]
    );
    assert_eq!(
        validate(&pack)[1].kind,
        ProblemKind::DuplicateId {
            id: "one".to_owned()
        }
    );
}

#[test]
fn versions_dates_and_thresholds_are_checked() {
    let pack = small_pack(|s| {
        s.replace(r#"version = "1.0.0""#, r#"version = "1.0""#)
            .replace(r#"reviewed = "2026-01-31""#, r#"reviewed = "2026-02-30""#)
            .replace("value = 30", "value = 0")
    });
    assert_eq!(paths(&pack), ["version", "reviewed", "thresholds[0].value"]);

    let pack = small_pack(|s| {
        s.replace(r#"unit = "staff""#, r#"unit = "percent""#)
            .replace("value = 30", "value = 130")
    });
    assert_eq!(
        paths(&pack),
        ["obligations[0].threshold", "thresholds[0].value"]
    );

    let pack = small_pack(|s| s.replace("value = 30", "value = 29.5"));
    assert_eq!(
        validate(&pack)[0].kind,
        ProblemKind::NotWholeNumber { value: 29.5 }
    );
}

#[test]
fn a_scale_question_needs_the_four_levels() {
    let pack = small_pack(|s| s.replace(r#"answer = "yes_no""#, r#"answer = "scale_1_4""#));
    assert_eq!(paths(&pack), ["scale"]);
}

#[test]
fn cycles_are_checked() {
    let pack = small_pack(|s| {
        s + r#"
[[cycles]]
id = "forever"
anchor = "previous"
months = 240
variant = "none"
name = { sv = "C", fi = "C", en = "C" }
guidance = { sv = "C.", fi = "C.", en = "C." }

[[cycles]]
id = "ongoing"
anchor = "continuous"
months = 12
name = { sv = "C", fi = "C", en = "C" }
guidance = { sv = "C.", fi = "C.", en = "C." }
"#
    });
    assert_eq!(
        paths(&pack),
        ["cycles[0].months", "cycles[0].variant", "cycles[1].months"]
    );
}

#[test]
fn parse_errors_name_the_file_line_and_column() {
    let source = SMALL_PACK.replace(r#"answer = "yes_no""#, r#"answer = "maybe""#);
    let error = parse_pack("small.toml", &source).expect_err("an unknown answer kind");
    let PackError::Parse {
        file, line, column, ..
    } = &error
    else {
        panic!("{error:?}");
    };
    let expected_line = source
        .lines()
        .position(|l| l.contains("maybe"))
        .expect("the line")
        + 1;
    assert_eq!((file.as_str(), *line), ("small.toml", expected_line));
    assert!(*column >= 1);
    let message = error.to_string();
    assert!(
        message.starts_with(&format!("small.toml:{expected_line}:")),
        "{message}"
    );
    assert!(message.contains("maybe"), "{message}");

    // An unknown key is an error, not silently ignored.
    let source = SMALL_PACK.replace("reviewed =", "reveiwed =");
    let error = parse_pack("small.toml", &source).expect_err("a misspelt key");
    assert!(error.to_string().contains("reveiwed"), "{error}");

    // A missing version is reported as such.
    let source = SMALL_PACK.replace(r#"version = "1.0.0""#, "");
    let error = parse_pack("small.toml", &source).expect_err("no version");
    assert!(error.to_string().contains("version"), "{error}");

    // Broken TOML.
    let error = parse_pack("broken.toml", "id = \n").expect_err("broken");
    assert!(error.to_string().starts_with("broken.toml:1:"), "{error}");
}

#[test]
fn the_registry_checks_file_names_duplicates_and_the_catalogue() {
    let catalogue = r#"
version = "1.0.0"
[[categories]]
id = "c"
name = { sv = "K", fi = "K", en = "C" }
[[measures]]
id = "m"
category = "c"
packs = ["small"]
title = { sv = "T", fi = "T", en = "T" }
guidance = { sv = "G.", fi = "G.", en = "G." }
"#;
    let registry =
        Registry::from_sources([("small.toml", SMALL_PACK), (CATALOGUE_FILE, catalogue)])
            .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(registry.ids().collect::<Vec<_>>(), ["small"]);
    assert_eq!(registry.measures_for("small").count(), 1);

    let error = Registry::from_sources([("other.toml", SMALL_PACK), (CATALOGUE_FILE, catalogue)])
        .expect_err("file name and id differ");
    assert!(matches!(error, PackError::FileName { .. }), "{error}");

    let error = Registry::from_sources([("small.toml", SMALL_PACK)]).expect_err("no catalogue");
    assert!(
        matches!(error, PackError::MissingCatalogue { .. }),
        "{error}"
    );

    let dangling = catalogue.replace(r#"packs = ["small"]"#, r#"packs = ["small", "gone"]"#);
    let error = Registry::from_sources([("small.toml", SMALL_PACK), (CATALOGUE_FILE, &dangling)])
        .expect_err("a dangling pack reference");
    let PackError::Invalid { file, problems } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(file, CATALOGUE_FILE);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "measures[0].packs[1]");
    assert!(
        error.to_string().contains("no pack has the id `gone`"),
        "{error}"
    );

    let broken = SMALL_PACK.replace(r#"fi = "Pieni""#, r#"fi = """#);
    let error =
        Registry::from_sources([("small.toml", broken.as_str()), (CATALOGUE_FILE, catalogue)])
            .expect_err("an invalid pack");
    assert!(
        error.to_string().contains("title.fi: the text is empty"),
        "{error}"
    );
}

#[test]
fn completeness_names_the_required_elements_a_plan_lacks() {
    let pack = registry().get("fi-non-discrimination").unwrap();
    let missing = |covered: &[jamlik_packs::Coverage], written: &[&str]| -> Vec<String> {
        jamlik_packs::missing_elements(
            pack,
            |kind| covered.contains(&kind),
            |id| written.contains(&id),
        )
        .iter()
        .map(|element| element.id.clone())
        .collect()
    };
    // An empty plan lacks every required element, and only those.
    let required: Vec<String> = pack
        .elements
        .iter()
        .filter(|e| e.required)
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(missing(&[], &[]), required);
    assert!(!required.contains(&"previous-evaluation".to_owned()));
    // Measures cover the measures element; a written section covers its own.
    use jamlik_packs::Coverage;
    let after = missing(&[Coverage::Measures], &["follow-up"]);
    assert!(!after.contains(&"measures".to_owned()));
    assert!(!after.contains(&"follow-up".to_owned()));
    assert!(after.contains(&"participation".to_owned()));
    // Consultations, findings and an approval cover the rest.
    assert!(missing(
        &[
            Coverage::Measures,
            Coverage::Findings,
            Coverage::Consultations,
            Coverage::Approval,
            Coverage::FollowUp
        ],
        &[]
    )
    .is_empty());
}

#[test]
fn an_unknown_coverage_kind_is_a_parse_error() {
    let source = include_str!("../../../packs/fi-non-discrimination.toml").replacen(
        "covered_by = [\"measures\"]",
        "covered_by = [\"meetings\"]",
        1,
    );
    assert!(source.contains("meetings"));
    let error = parse_pack("fi-non-discrimination.toml", &source).unwrap_err();
    assert!(error.to_string().contains("meetings"), "{error}");
}

fn date(raw: &str) -> time::Date {
    jamlik_domain::IsoDate::parse(raw).unwrap().date().unwrap()
}

/// The frameworks national monitoring gives an organisation a status under.
fn monitored(country: Country, kind: OrgKind, staff: Option<u64>, on: &str) -> Vec<&'static str> {
    registry()
        .packs()
        .iter()
        .filter(|p| p.monitors(country, kind, staff, date(on)))
        .map(|p| p.id.as_str())
        .collect()
}

#[test]
fn the_status_rules_decide_who_is_obliged_by_kind_staff_and_start() {
    let fi = |staff, on| monitored(Country::Finland, OrgKind::Municipality, staff, on);
    assert_eq!(
        fi(Some(500), "2026-11-23"),
        vec![
            "fi-education",
            "fi-gender-equality",
            "fi-non-discrimination"
        ]
    );
    // Below 30 staff (or unknown) there is no gender equality plan to monitor.
    assert_eq!(
        fi(Some(29), "2026-11-23"),
        vec!["fi-education", "fi-non-discrimination"]
    );
    assert_eq!(fi(None, "2026-11-23"), fi(Some(29), "2026-11-23"));
    // The pay transparency report starts on 7 June 2027 from 150 staff and
    // on 7 June 2031 from 100.
    assert!(fi(Some(150), "2027-06-07").contains(&"eu-pay-transparency"));
    assert!(!fi(Some(150), "2027-06-06").contains(&"eu-pay-transparency"));
    assert!(!fi(Some(120), "2030-01-01").contains(&"eu-pay-transparency"));
    assert!(fi(Some(120), "2031-06-07").contains(&"eu-pay-transparency"));
    assert_eq!(
        monitored(Country::Sweden, OrgKind::Municipality, None, "2026-11-23"),
        vec!["se-active-measures"]
    );
    assert_eq!(
        monitored(Country::Finland, OrgKind::Employer, Some(40), "2026-11-23"),
        vec!["fi-gender-equality", "fi-non-discrimination"]
    );
}

#[test]
fn status_rules_follow_the_cycles_in_the_files() {
    use jamlik_domain::Validity;
    let rules = |id: &str, staff| registry().get(id).unwrap().status_rules(staff).unwrap();
    let ge = rules("fi-gender-equality", Some(100));
    assert_eq!(ge.plan, Validity::Months(24));
    assert_eq!(ge.pay_survey_element.as_deref(), Some("pay-survey"));
    assert_eq!(ge.follow_up_months, None);
    let nd = rules("fi-non-discrimination", Some(100));
    assert_eq!(nd.plan, Validity::Months(48));
    assert_eq!(nd.follow_up_months, Some(12));
    assert_eq!(nd.follow_up_grace_days, 90);
    let se = rules("se-active-measures", Some(100));
    assert_eq!(se.plan, Validity::CalendarYears(12));
    assert_eq!(se.pay_survey, Some(Validity::CalendarYears(12)));
    // Yearly from 250 staff, every three years below: the shortest that applies wins.
    assert_eq!(
        rules("eu-pay-transparency", Some(300)).plan,
        Validity::CalendarYears(12)
    );
    assert_eq!(
        rules("eu-pay-transparency", Some(120)).plan,
        Validity::Months(36)
    );
    assert!(registry()
        .get("gender-mainstreaming")
        .unwrap()
        .status_rules(Some(100))
        .is_none());
}

#[test]
fn a_status_table_naming_nothing_is_refused() {
    let source = shipped_files()
        .iter()
        .find(|(file, _)| *file == "fi-gender-equality.toml")
        .map(|(_, source)| *source)
        .unwrap();
    let broken = source
        .replace("plan_cycles = [\"plan\"]", "plan_cycles = [\"plann\"]")
        .replace(
            "pay_survey = \"pay-survey\"",
            "pay_survey = \"pay-surveys\"",
        )
        .replace("jump_threshold = 10", "jump_threshold = 0");
    let pack = parse_pack("fi-gender-equality.toml", &broken).unwrap();
    let paths: Vec<String> = validate(&pack).into_iter().map(|p| p.path).collect();
    assert!(
        paths.contains(&"status.plan_cycles[0]".to_owned()),
        "{paths:?}"
    );
    assert!(paths.contains(&"status.pay_survey".to_owned()), "{paths:?}");
    assert!(
        paths.contains(&"status.jump_threshold".to_owned()),
        "{paths:?}"
    );
}

const SMALL_HANDBOOK: &str = r#"
id = "small-handbook"
version = "1.0.0"
reviewed = "2026-12-07"
title = { sv = "Liten handbok", fi = "Pieni käsikirja", en = "Small handbook" }
description = { sv = "Om något.", fi = "Jostakin.", en = "About something." }
[[chapters]]
id = "first"
title = { sv = "Först", fi = "Ensin", en = "First" }
body = { sv = "Ett.\n\nTvå.", fi = "Yksi.\n\nKaksi.", en = "One.\n\nTwo." }
[[chapters.actions]]
service = { sv = "Skolan", fi = "Koulu", en = "School" }
text = { sv = "Gör.", fi = "Tee.", en = "Do." }
"#;

#[test]
fn handbooks_load_from_their_folder_and_a_broken_one_names_its_place() {
    // The shipped packs and catalogue, without the shipped handbooks.
    let packs: Vec<(&str, &str)> = shipped_files()
        .iter()
        .copied()
        .filter(|(file, _)| !file.starts_with(jamlik_packs::HANDBOOK_DIR))
        .collect();
    let with = |file: &'static str, source: &'static str| {
        let mut all = packs.clone();
        all.push((file, source));
        Registry::from_sources(all)
    };
    let registry =
        with("handbooks/small-handbook.toml", SMALL_HANDBOOK).unwrap_or_else(|e| panic!("{e}"));
    let handbook = registry.handbook("small-handbook").unwrap();
    assert_eq!(handbook.chapters[0].actions.len(), 1);
    assert!(
        registry.get("small-handbook").is_none(),
        "a handbook is no framework"
    );

    let error = with("handbooks/other.toml", SMALL_HANDBOOK).expect_err("file name and id differ");
    assert!(matches!(error, PackError::FileName { .. }), "{error}");

    let broken: &'static str = Box::leak(
        SMALL_HANDBOOK
            .replace(r#"fi = "Tee.""#, r#"fi = """#)
            .into_boxed_str(),
    );
    let error = with("handbooks/small-handbook.toml", broken).expect_err("a missing translation");
    assert!(
        error
            .to_string()
            .contains("chapters[0].actions[0].text.fi: the text is empty"),
        "{error}"
    );
    let unknown: &'static str = Box::leak(
        SMALL_HANDBOOK
            .replace(
                "[[chapters.actions]]",
                "colour = \"red\"\n[[chapters.actions]]",
            )
            .into_boxed_str(),
    );
    let error = with("handbooks/small-handbook.toml", unknown).expect_err("an unknown key");
    assert!(error.to_string().contains("colour"), "{error}");
}

#[test]
fn the_shipped_handbooks_cover_good_relations_and_urban_planning() {
    let registry = registry();
    let good = registry.handbook("good-relations").expect("good relations");
    for dimension in ["attitudes", "safety", "interaction", "participation"] {
        assert!(
            good.chapters.iter().any(|c| c.id == dimension),
            "no chapter {dimension}"
        );
    }
    let planning = registry.handbook("urban-planning").expect("urban planning");
    for theme in ["public-space", "safety", "accessibility", "who-is-heard"] {
        assert!(
            planning.chapters.iter().any(|c| c.id == theme),
            "no chapter {theme}"
        );
    }
    for handbook in registry.handbooks() {
        for chapter in handbook.chapters.iter().filter(|c| c.id != "what") {
            assert!(
                chapter.actions.len() >= 5 && !chapter.examples.is_empty(),
                "{}/{} has too little to act on",
                handbook.id,
                chapter.id
            );
        }
    }
}

#[test]
fn a_course_with_a_missing_translation_or_a_broken_reference_names_its_place() {
    let (_, source) = shipped_files()
        .iter()
        .find(|(file, _)| *file == "courses/equal-municipality.toml")
        .expect("the course is shipped");
    let others: Vec<(&str, &str)> = shipped_files()
        .iter()
        .copied()
        .filter(|(file, _)| !file.starts_with(jamlik_packs::COURSE_DIR))
        .collect();
    let with = |changed: String| {
        let leaked: &'static str = Box::leak(changed.into_boxed_str());
        let mut all = others.clone();
        all.push(("courses/equal-municipality.toml", leaked));
        Registry::from_sources(all)
    };
    let registry = with((*source).to_owned()).unwrap_or_else(|e| panic!("{e}"));
    let course = registry.course("equal-municipality").expect("the course");
    assert!(course.lessons().count() >= 6);
    assert!(
        course.quizzes().count() == course.modules.len(),
        "a quiz per module"
    );

    // A title without its Finnish text; an image that is not there.
    let title = &course.title.fi;
    let untranslated = source.replacen(&format!("fi = \"{title}\""), "fi = \"\"", 1);
    assert_ne!(untranslated, *source);
    let error = with(untranslated).expect_err("a missing translation");
    assert!(
        error.to_string().contains("title.fi: the text is empty"),
        "{error}"
    );
    let broken = source.replacen("3r-method-fi.svg", "3r-method-xx.svg", 1);
    let error = with(broken).expect_err("a broken reference");
    assert!(
        error
            .to_string()
            .contains("modules[3].lessons[0].body.fi: no media file has the id `3r-method-xx.svg`"),
        "{error}"
    );
}
