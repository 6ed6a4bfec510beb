//! Charts as server-rendered SVG: the geometry is computed here, the markup
//! is written by the templates (so every label is escaped there). Every chart
//! comes with a data table of the same numbers and a text alternative.

/// One status's part of a bar.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Segment {
    /// The status key (a CSS class picks its colour and pattern).
    pub status: &'static str,
    /// Left edge, in viewBox units.
    pub x: f64,
    /// Width, in viewBox units.
    pub width: f64,
}

/// A cell of the data table: a count and its share of the row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cell {
    /// The count.
    pub count: i64,
    /// The share, formatted (`42 %`).
    pub share: String,
}

/// One bar: a group (a country, a region, a year …) split by status.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Bar {
    /// The group's label.
    pub label: String,
    /// The group's size.
    pub total: i64,
    /// Top edge, in viewBox units.
    pub y: f64,
    /// The label's baseline.
    pub text_y: f64,
    /// The coloured parts.
    pub segments: Vec<Segment>,
    /// The table's cells, one per status.
    pub cells: Vec<Cell>,
}

/// A stacked bar chart of shares, one bar per group.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Chart {
    /// The id its elements are named by.
    pub id: String,
    /// The heading.
    pub title: String,
    /// The text alternative: what the chart shows, in a sentence or two.
    pub summary: String,
    /// The viewBox height.
    pub height: f64,
    /// The bars.
    pub bars: Vec<Bar>,
}

/// The viewBox width of a chart.
pub(crate) const WIDTH: f64 = 640.0;
/// Where the bars start (the labels are left of this).
pub(crate) const BAR_LEFT: f64 = 220.0;
const BAR_HEIGHT: f64 = 22.0;
const GAP: f64 = 10.0;

/// Builds a chart from groups of counts, each in the order of `statuses`.
/// `share` formats a percentage (rounded to a whole number).
pub(crate) fn stacked(
    id: &str,
    title: String,
    summary: String,
    statuses: &[&'static str],
    groups: Vec<(String, Vec<i64>)>,
    share: impl Fn(i64) -> String,
) -> Chart {
    let span = WIDTH - BAR_LEFT - 10.0;
    let bars = groups
        .into_iter()
        .enumerate()
        .map(|(index, (label, counts))| {
            let total: i64 = counts.iter().sum();
            let y = GAP + index as f64 * (BAR_HEIGHT + GAP);
            let mut x = BAR_LEFT;
            let mut segments = Vec::new();
            let mut cells = Vec::new();
            for (status, count) in statuses.iter().zip(&counts) {
                let fraction = if total > 0 {
                    *count as f64 / total as f64
                } else {
                    0.0
                };
                if *count > 0 {
                    let width = (fraction * span * 10.0).round() / 10.0;
                    segments.push(Segment {
                        status,
                        x: (x * 10.0).round() / 10.0,
                        width,
                    });
                    x += fraction * span;
                }
                cells.push(Cell {
                    count: *count,
                    share: share((fraction * 100.0).round() as i64),
                });
            }
            Bar {
                label,
                total,
                y,
                text_y: y + BAR_HEIGHT * 0.7,
                segments,
                cells,
            }
        })
        .collect::<Vec<_>>();
    Chart {
        id: id.to_owned(),
        title,
        summary,
        height: GAP + bars.len() as f64 * (BAR_HEIGHT + GAP),
        bars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_fill_the_bar_in_proportion_and_the_table_keeps_the_counts() {
        let chart = stacked(
            "c",
            "t".into(),
            "s".into(),
            &["current", "expired", "missing"],
            vec![("A".into(), vec![1, 0, 3]), ("B".into(), vec![0, 0, 0])],
            |p| format!("{p} %"),
        );
        assert_eq!(chart.bars.len(), 2);
        let a = &chart.bars[0];
        assert_eq!(a.total, 4);
        assert_eq!(a.segments.len(), 2, "an empty status draws nothing");
        let span = WIDTH - BAR_LEFT - 10.0;
        assert!((a.segments[0].width - span / 4.0).abs() < 0.1);
        assert!((a.segments[1].x - (BAR_LEFT + span / 4.0)).abs() < 0.1);
        assert_eq!(
            a.cells.iter().map(|c| c.share.as_str()).collect::<Vec<_>>(),
            ["25 %", "0 %", "75 %"]
        );
        assert!(chart.bars[1].segments.is_empty());
        assert!(chart.height > chart.bars[1].y);
    }
}
