//! A result's chart as server-rendered SVG: a title and a description for
//! assistive technology, the same figures in a table beside it.

use std::fmt::Write as _;

use jamlik_i18n::Translator;

use super::*;

/// A horizontal bar chart: labelled rows of one or two bars, scaled to the
/// largest value (or to `max`).
pub struct Chart {
    /// The chart's title (also its accessible name).
    pub title: String,
    /// The text alternative (the findings).
    pub description: String,
    /// The series' names, for the legend.
    pub series: Vec<String>,
    /// Rows: a label and one value per series (`None`: hidden).
    pub rows: Vec<(String, Vec<Option<f64>>)>,
    /// The value labels, as shown at the bars' ends.
    pub labels: Vec<Vec<String>>,
    /// A reference line (100 % for pay ratios).
    pub reference: Option<f64>,
    /// The text shown for a hidden value.
    pub hidden_text: String,
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl Chart {
    /// The chart as SVG, with its title and description for assistive
    /// technology (`id` makes their ids unique on the page).
    pub fn svg(&self, id: &str) -> String {
        // Narrow enough that the text stays legible on a phone, where the
        // chart is scaled down to the screen's width.
        const WIDTH: f64 = 420.0;
        const LABEL: f64 = 130.0;
        const BAR: f64 = 16.0;
        const GAP: f64 = 12.0;
        let series = self.series.len().max(1) as f64;
        let row_height = BAR * series + GAP;
        let legend = 8.0 + 18.0 * series;
        let height = legend + row_height * self.rows.len() as f64 + 8.0;
        let max = self
            .rows
            .iter()
            .flat_map(|(_, v)| v.iter().flatten().copied())
            .chain(self.reference)
            .fold(0.0_f64, f64::max)
            .max(f64::MIN_POSITIVE);
        // Room after the longest bar for the longest value label (about
        // 7.5 units a character at the chart's type size), so that a label
        // such as "79 % (78 % to 81 %)" is not cut at the edge; the bars
        // keep at least 100 units.
        let longest = self
            .labels
            .iter()
            .flatten()
            .map(|text| text.chars().count())
            .max()
            .unwrap_or(0) as f64;
        let room = (longest * 7.5 + 10.0).clamp(60.0, WIDTH - LABEL - 100.0);
        let scale = (WIDTH - LABEL - room) / max;
        let mut svg = String::new();
        let _ = write!(
            svg,
            "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" \
             aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">\
             <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
            escape(&self.title),
            escape(&self.description)
        );
        for (i, name) in self.series.iter().enumerate() {
            let y = 4.0 + 18.0 * i as f64;
            let _ = write!(
                svg,
                "<rect class=\"series-{i}\" x=\"{LABEL}\" y=\"{y}\" width=\"12\" height=\"12\"/>\
                 <text x=\"{}\" y=\"{}\">{}</text>",
                LABEL + 18.0,
                y + 11.0,
                escape(name)
            );
        }
        // The reference line goes under the bars and their labels, which
        // carry a halo of the card's colour where they cross it.
        if let Some(reference) = self.reference {
            let x = LABEL + reference * scale;
            let _ = write!(
                svg,
                "<line class=\"reference\" x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{legend}\" y2=\"{:.1}\"/>",
                height - 4.0
            );
        }
        for (r, ((label, values), value_labels)) in self.rows.iter().zip(&self.labels).enumerate() {
            let top = legend + r as f64 * row_height;
            let short: String = label.chars().take(20).collect();
            let _ = write!(
                svg,
                "<text class=\"row-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                LABEL - 8.0,
                top + BAR * series / 2.0 + 5.0,
                escape(&short)
            );
            for (s, value) in values.iter().enumerate() {
                let y = top + BAR * s as f64;
                let text = value_labels.get(s).cloned().unwrap_or_default();
                match value {
                    Some(v) => {
                        let w = (v.max(0.0) * scale).max(1.0);
                        let _ = write!(
                            svg,
                            "<rect class=\"series-{s}\" x=\"{LABEL}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\"/>\
                             <text class=\"value\" x=\"{:.1}\" y=\"{}\">{}</text>",
                            BAR - 3.0,
                            LABEL + w + 6.0,
                            y + BAR - 6.0,
                            escape(&text)
                        );
                    }
                    None => {
                        let _ = write!(
                            svg,
                            "<text class=\"hidden-value\" x=\"{}\" y=\"{}\">{}</text>",
                            LABEL + 4.0,
                            y + BAR - 6.0,
                            escape(&self.hidden_text)
                        );
                    }
                }
            }
        }
        svg.push_str("</svg>");
        svg
    }
}

/// The chart of a result.
pub fn chart(t: &Translator, result: &StoredResult) -> Option<Chart> {
    let spec = &result.spec;
    let description = findings(t, result).join(" ");
    let hidden_text = t.t("analysis-hidden-short");
    if let Some(r) = &result.resources {
        let people = match &spec.weight {
            Some(w) => t.t_args("analysis-series-share-of", &[("value", w.clone())]),
            None => t.t("analysis-series-share-of-rows"),
        };
        let share = |v: Option<f64>| v.map(|v| v * 100.0);
        let label = |v: Option<f64>| v.map(|v| percent(t, v)).unwrap_or_default();
        return Some(Chart {
            title: t.t_args(
                "analysis-chart-resources",
                &[
                    ("outcome", spec.outcome.clone()),
                    ("group", spec.group.clone()),
                ],
            ),
            description,
            series: vec![
                people,
                t.t_args(
                    "analysis-series-share-of",
                    &[("value", spec.outcome.clone())],
                ),
            ],
            rows: r
                .groups
                .iter()
                .map(|g| {
                    (
                        g.group.clone(),
                        vec![share(g.share_of_people), share(g.share_of_resources)],
                    )
                })
                .collect(),
            labels: r
                .groups
                .iter()
                .map(|g| vec![label(g.share_of_people), label(g.share_of_resources)])
                .collect(),
            reference: None,
            hidden_text,
        });
    }
    if let Some(g) = &result.gap {
        let groups = [&g.first, &g.second];
        return Some(Chart {
            title: t.t_args(
                "analysis-chart-gap",
                &[
                    ("outcome", spec.outcome.clone()),
                    ("group", spec.group.clone()),
                ],
            ),
            description,
            series: vec![t.t_args("analysis-series-mean", &[("value", spec.outcome.clone())])],
            rows: groups
                .iter()
                .map(|x| (x.label.clone(), vec![x.mean]))
                .collect(),
            labels: groups
                .iter()
                .map(|x| vec![x.mean.map(|m| t.decimal(m, 2)).unwrap_or_default()])
                .collect(),
            reference: None,
            hidden_text,
        });
    }
    if let Some(s) = &result.pay_survey {
        return Some(Chart {
            title: t.t("analysis-chart-pay"),
            description,
            series: vec![t.t("analysis-series-women-percent")],
            rows: s
                .groups
                .iter()
                .map(|g| (g.group.clone(), vec![g.percent]))
                .collect(),
            labels: s
                .groups
                .iter()
                .map(|g| vec![g.percent.map(|p| percent(t, p / 100.0)).unwrap_or_default()])
                .collect(),
            reference: Some(100.0),
            hidden_text,
        });
    }
    if let Some(r) = &result.representation {
        let share = |v: Option<f64>| v.map(|v| v * 100.0);
        return Some(Chart {
            title: t.t_args(
                "analysis-chart-representation",
                &[("group", spec.group.clone())],
            ),
            description,
            series: vec![
                t.t("analysis-series-share-of-rows"),
                t.t("analysis-series-share-of-baseline"),
            ],
            rows: r
                .groups
                .iter()
                .map(|g| {
                    (
                        group_label(t, g),
                        vec![share(g.share), share(g.baseline_share)],
                    )
                })
                .collect(),
            labels: r
                .groups
                .iter()
                .map(|g| {
                    let data = match (g.share, g.low, g.high) {
                        (Some(s), Some(low), Some(high)) => t.t_args(
                            "analysis-share-interval",
                            &[
                                ("value", percent(t, s)),
                                ("low", percent(t, low)),
                                ("high", percent(t, high)),
                            ],
                        ),
                        _ => String::new(),
                    };
                    vec![
                        data,
                        g.baseline_share.map(|b| percent(t, b)).unwrap_or_default(),
                    ]
                })
                .collect(),
            reference: None,
            hidden_text,
        });
    }
    if let Some(p) = &result.pay_transparency {
        let everyone = t.t("analysis-pt-everyone");
        let rows: Vec<&TransparencyCategory> =
            std::iter::once(&p.overall).chain(&p.categories).collect();
        let ratio = |gap: Option<f64>| gap.map(|g| (1.0 - g) * 100.0);
        return Some(Chart {
            title: t.t("analysis-chart-pt"),
            description,
            series: vec![
                t.t("analysis-series-pt-mean"),
                t.t("analysis-series-pt-median"),
            ],
            rows: rows
                .iter()
                .map(|c| {
                    (
                        c.category.clone().unwrap_or_else(|| everyone.clone()),
                        vec![ratio(c.basic.mean_gap), ratio(c.basic.median_gap)],
                    )
                })
                .collect(),
            labels: rows
                .iter()
                .map(|c| {
                    [c.basic.mean_gap, c.basic.median_gap]
                        .iter()
                        .map(|g| {
                            ratio(*g)
                                .map(|r| percent1(t, r / 100.0))
                                .unwrap_or_default()
                        })
                        .collect()
                })
                .collect(),
            reference: Some(100.0),
            hidden_text,
        });
    }
    None
}
