//! Plain-language findings built from a stored result through Fluent
//! messages.

use jamlik_i18n::Translator;

use super::*;

/// A share as a percentage in the person's language: `31 %`.
pub fn percent(t: &Translator, share: f64) -> String {
    t.t_args(
        "analysis-percent",
        &[("value", t.decimal(share * 100.0, 0))],
    )
}

/// The plain-language findings of a result, in the person's language.
pub fn findings(t: &Translator, result: &StoredResult) -> Vec<String> {
    let mut out = Vec::new();
    let spec = &result.spec;
    if let Some(r) = &result.resources {
        let base = match &spec.weight {
            Some(weight) => weight.clone(),
            None => t.t("analysis-base-rows"),
        };
        let mut uneven = false;
        for g in &r.groups {
            let (Some(people), Some(resources)) = (g.share_of_people, g.share_of_resources) else {
                continue;
            };
            if (resources - people).abs() >= 0.02 {
                uneven = true;
                out.push(t.t_args(
                    if resources < people {
                        "analysis-finding-resources-less"
                    } else {
                        "analysis-finding-resources-more"
                    },
                    &[
                        ("group", g.group.clone()),
                        ("resources", percent(t, resources)),
                        ("outcome", spec.outcome.clone()),
                        ("people", percent(t, people)),
                        ("base", base.clone()),
                    ],
                ));
            }
        }
        if !uneven {
            out.push(t.t_args(
                "analysis-finding-resources-even",
                &[("outcome", spec.outcome.clone())],
            ));
        }
    }
    if let Some(g) = &result.gap {
        if let (Some(gap), Some(first), Some(second)) = (g.gap, g.first.mean, g.second.mean) {
            let relative = if second.abs() > f64::EPSILON {
                percent(t, (gap / second).abs())
            } else {
                "–".to_owned()
            };
            out.push(t.t_args(
                if gap < 0.0 {
                    "analysis-finding-gap-lower"
                } else {
                    "analysis-finding-gap-higher"
                },
                &[
                    ("outcome", spec.outcome.clone()),
                    ("first", g.first.label.clone()),
                    ("second", g.second.label.clone()),
                    ("gap", t.decimal(gap.abs(), 2)),
                    ("percent", relative),
                    ("value", t.decimal(first, 2)),
                    ("expected", t.decimal(second, 2)),
                ],
            ));
            // The unexplained part is the gap that remains at equal controls.
            if let (Some(unexplained), false) = (g.unexplained, spec.controls.is_empty()) {
                out.push(t.t_args(
                    if unexplained < 0.0 {
                        "analysis-finding-gap-adjusted-lower"
                    } else {
                        "analysis-finding-gap-adjusted-higher"
                    },
                    &[
                        ("controls", spec.controls.join(", ")),
                        ("outcome", spec.outcome.clone()),
                        ("first", g.first.label.clone()),
                        ("second", g.second.label.clone()),
                        ("gap", t.decimal(unexplained.abs(), 2)),
                    ],
                ));
            }
        }
    }
    if let Some(s) = &result.pay_survey {
        if let Some(p) = s.percent {
            out.push(t.t_args(
                "analysis-finding-pay-overall",
                &[("percent", percent(t, p / 100.0))],
            ));
        }
        for row in &s.groups {
            if let Some(p) = row.percent.filter(|p| *p < 95.0) {
                out.push(t.t_args(
                    "analysis-finding-pay-group",
                    &[
                        ("group", row.group.clone()),
                        ("percent", percent(t, p / 100.0)),
                    ],
                ));
            }
        }
        for c in &s.comparisons {
            if let Some(p) = s.shown_percent(c).filter(|p| *p < 95.0) {
                out.push(t.t_args(
                    if c.equal_value {
                        "analysis-finding-pay-equal-value"
                    } else {
                        "analysis-finding-pay-lower-demand"
                    },
                    &[
                        ("group", c.women_dominated.clone()),
                        ("compared", c.compared.clone()),
                        ("percent", percent(t, p / 100.0)),
                    ],
                ));
            }
        }
    }
    if let Some(r) = &result.representation {
        representation_findings(t, result, r, &mut out);
    }
    if let Some(p) = &result.pay_transparency {
        transparency_findings(t, result, p, &mut out);
    }
    let hidden = result
        .resources
        .as_ref()
        .is_some_and(|r| r.groups.iter().any(|g| g.hidden.is_some()))
        || result.representation.as_ref().is_some_and(|r| {
            r.groups
                .iter()
                .any(|g| g.hidden.is_some() || g.baseline_hidden.is_some())
        })
        || result.pay_transparency.as_ref().is_some_and(|p| {
            std::iter::once(&p.overall)
                .chain(&p.categories)
                .flat_map(|c| [&c.basic, &c.variable, &c.total])
                .flat_map(|g| [&g.women, &g.men])
                .any(|cell| cell.count_hidden.is_some() || cell.pay_hidden.is_some())
        })
        || result.gap.as_ref().is_some_and(|g| g.hidden.is_some())
        || result.pay_survey.as_ref().is_some_and(|s| {
            s.groups.iter().any(|g| {
                g.count_hidden.is_some()
                    || g.pay_hidden.is_some()
                    || g.total_hidden.is_some()
                    || g.total_pay_hidden.is_some()
            })
        });
    if hidden {
        out.push(t.t_args(
            "analysis-finding-hidden",
            &[("value", t.number(result.threshold as i64))],
        ));
    }
    out
}

/// A share as a percentage with one decimal: `4,6 %` (gaps near the 5 % line).
pub fn percent1(t: &Translator, share: f64) -> String {
    t.t_args(
        "analysis-percent",
        &[("value", t.decimal(share * 100.0, 1))],
    )
}

/// What a representation result was compared with, in the person's language.
pub fn baseline_text(t: &Translator, spec: &Spec) -> Option<String> {
    match spec.baseline.as_ref()? {
        Baseline::Population {
            area,
            age_from,
            age_to,
        } => {
            let ages = match (age_from.filter(|a| *a > 0), age_to) {
                (None, None) => t.t("analysis-ages-all"),
                (from, Some(to)) => t.t_args(
                    "analysis-ages-range",
                    &[
                        ("from", t.number(i64::from(from.unwrap_or(0)))),
                        ("to", t.number(i64::from(*to))),
                    ],
                ),
                (Some(from), None) => {
                    t.t_args("analysis-ages-from", &[("from", t.number(i64::from(from)))])
                }
            };
            Some(t.t_args(
                "analysis-baseline-population",
                &[("area", area.clone()), ("ages", ages)],
            ))
        }
        Baseline::Upload {
            file_name, group, ..
        } => Some(t.t_args(
            "analysis-baseline-upload",
            &[("name", file_name.clone()), ("column", group.clone())],
        )),
    }
}

/// A representation group's label: the data's, or "women"/"men" where the
/// data has none for a gender of the population baseline.
pub fn group_label(t: &Translator, group: &RepresentationGroup) -> String {
    if !group.group.is_empty() {
        return group.group.clone();
    }
    match group.gender.as_deref() {
        Some("women") => t.t("analysis-col-women"),
        Some("men") => t.t("analysis-col-men"),
        _ => "–".to_owned(),
    }
}

fn representation_findings(
    t: &Translator,
    result: &StoredResult,
    r: &RepresentationResult,
    out: &mut Vec<String>,
) {
    if let Some(baseline) = baseline_text(t, &result.spec) {
        out.push(t.t_args("analysis-finding-baseline", &[("baseline", baseline)]));
    }
    for g in &r.groups {
        let (Some(share), Some(low), Some(high), Some(base), Some(flag)) =
            (g.share, g.low, g.high, g.baseline_share, g.flag.as_deref())
        else {
            continue;
        };
        let key = match flag {
            "over" => "analysis-finding-representation-over",
            "under" => "analysis-finding-representation-under",
            _ => "analysis-finding-representation-even",
        };
        out.push(t.t_args(
            key,
            &[
                ("group", group_label(t, g)),
                ("share", percent(t, share)),
                ("low", percent(t, low)),
                ("high", percent(t, high)),
                ("baseline", percent(t, base)),
            ],
        ));
    }
}

fn transparency_findings(
    t: &Translator,
    result: &StoredResult,
    p: &TransparencyResult,
    out: &mut Vec<String>,
) {
    let o = &p.overall;
    if let (Some(mean), Some(median)) = (o.basic.mean_gap, o.basic.median_gap) {
        out.push(t.t_args(
            "analysis-finding-pt-basic",
            &[("mean", percent1(t, mean)), ("median", percent1(t, median))],
        ));
    }
    if let (Some(women), Some(men)) = (o.women_receiving, o.men_receiving) {
        out.push(t.t_args(
            "analysis-finding-pt-receiving",
            &[("women", percent(t, women)), ("men", percent(t, men))],
        ));
    }
    if let (Some(mean), Some(median)) = (o.variable.mean_gap, o.variable.median_gap) {
        out.push(t.t_args(
            "analysis-finding-pt-variable",
            &[("mean", percent1(t, mean)), ("median", percent1(t, median))],
        ));
    }
    if let (Some(mean), Some(median)) = (o.total.mean_gap, o.total.median_gap) {
        out.push(t.t_args(
            "analysis-finding-pt-total",
            &[("mean", percent1(t, mean)), ("median", percent1(t, median))],
        ));
    }
    match (p.quartiles.first(), p.quartiles.last()) {
        (Some(lowest), Some(highest)) if p.quartiles.len() == 4 => out.push(t.t_args(
            "analysis-finding-pt-quartiles",
            &[
                ("lowest", percent(t, lowest.women_share)),
                ("highest", percent(t, highest.women_share)),
            ],
        )),
        _ => out.push(t.t_args(
            "analysis-finding-pt-no-quartiles",
            &[("value", t.number(4 * result.threshold as i64))],
        )),
    }
    let everyone = t.t("analysis-pt-everyone");
    let assessed: Vec<&TransparencyCategory> = if p.categories.is_empty() {
        vec![o]
    } else {
        p.categories.iter().collect()
    };
    let controls = result.spec.controls.join(", ");
    let mut flagged = 0;
    for c in assessed {
        if c.flagged != Some(true) {
            continue;
        }
        flagged += 1;
        let name = c.category.clone().unwrap_or_else(|| everyone.clone());
        let gap = |g: Option<f64>| g.map_or_else(|| "–".to_owned(), |g| percent1(t, g));
        match c.shown_unexplained() {
            Some(unexplained) if !result.spec.controls.is_empty() => out.push(t.t_args(
                "analysis-finding-pt-flagged-unexplained",
                &[
                    ("category", name),
                    ("gap", gap(c.total.mean_gap)),
                    ("unexplained", percent1(t, unexplained)),
                    ("controls", controls.clone()),
                ],
            )),
            _ => out.push(t.t_args(
                "analysis-finding-pt-flagged",
                &[
                    ("category", name),
                    ("basic", gap(c.basic.mean_gap)),
                    ("total", gap(c.total.mean_gap)),
                ],
            )),
        }
    }
    if flagged == 0 {
        out.push(t.t(if result.spec.controls.is_empty() {
            "analysis-finding-pt-none-flagged"
        } else {
            "analysis-finding-pt-none-flagged-unexplained"
        }));
    }
    if !p.single_gender.is_empty() {
        out.push(t.t_args(
            "analysis-finding-pt-single-gender",
            &[("value", p.single_gender.join(", "))],
        ));
    }
}
