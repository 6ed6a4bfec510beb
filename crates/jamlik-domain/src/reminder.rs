//! When a deadline reminder is due: a number of days before a deadline
//! (advisory, so a person may unsubscribe) or after it has passed unmet
//! (mandatory: the obligation has lapsed).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::{Framework, IsoDate, OrgId};

/// Which side of the deadline a reminder falls on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderSide {
    /// The deadline is ahead.
    Before,
    /// The deadline has passed and the obligation is unmet.
    After,
}

/// One reminder of a deadline: its side and how many days from the deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReminderStep {
    /// Before or after the deadline.
    pub side: ReminderSide,
    /// Days between the step and the deadline.
    pub days: u32,
}

/// The topic a person unsubscribes from to stop advisory deadline reminders.
pub const TOPIC_DEADLINE_BEFORE: &str = "deadline-before";

impl ReminderStep {
    /// The stored key, `before-30` or `after-7`.
    pub fn key(self) -> String {
        match self.side {
            ReminderSide::Before => format!("before-{}", self.days),
            ReminderSide::After => format!("after-{}", self.days),
        }
    }

    /// Whether the reminder is sent even to people who unsubscribed: those
    /// after a lapsed deadline are; those before one are advice.
    pub fn mandatory(self) -> bool {
        self.side == ReminderSide::After
    }

    /// The unsubscribe topic, for the reminders that have one.
    pub fn topic(self) -> Option<&'static str> {
        (!self.mandatory()).then_some(TOPIC_DEADLINE_BEFORE)
    }
}

/// The reminder due on `today` for a deadline, if any: the nearest lead time
/// in `before` already reached while the deadline is ahead, or, once it has
/// passed (`lapsed`: and still unmet), the farthest delay in `after`
/// reached. One step at a time, so a job that starts late sends one mail,
/// not every step it missed.
pub fn reminder_step(
    today: time::Date,
    deadline: time::Date,
    lapsed: bool,
    before: &[u32],
    after: &[u32],
) -> Option<ReminderStep> {
    let days_to = (deadline - today).whole_days();
    if days_to > 0 {
        before
            .iter()
            .copied()
            .filter(|lead| i64::from(*lead) >= days_to)
            .min()
            .map(|days| ReminderStep {
                side: ReminderSide::Before,
                days,
            })
    } else if lapsed {
        let days_past = -days_to;
        after
            .iter()
            .copied()
            .filter(|delay| i64::from(*delay) <= days_past)
            .max()
            .map(|days| ReminderStep {
                side: ReminderSide::After,
                days,
            })
    } else {
        None
    }
}

/// One organisation's status in one framework on some day, as far as the
/// deadlines need it.
#[derive(Clone, Copy, Debug)]
pub struct StatusAt<'a> {
    /// The organisation.
    pub org_id: &'a str,
    /// The framework (pack id).
    pub framework: &'a str,
    /// When the status next changes, if it does.
    pub next_change: Option<&'a IsoDate>,
    /// Whether the organisation is in order in the framework.
    pub in_order: bool,
}

/// A deadline of one organisation's framework, as the statuses give it.
#[derive(Clone, Debug, PartialEq)]
pub struct Deadline {
    /// The organisation.
    pub org_id: OrgId,
    /// The framework.
    pub framework: Framework,
    /// The date.
    pub date: IsoDate,
    /// Whether the date has passed with the obligation unmet.
    pub lapsed: bool,
}

/// How many days before today to read the statuses for the deadlines that
/// have passed: one more than the longest delay after a deadline.
pub fn lookback_days(days_after: &[u32]) -> i64 {
    i64::from(days_after.iter().copied().max().unwrap_or(0)) + 1
}

/// Every deadline the reminder job considers on `today`: each status's next
/// change that lies ahead (`now`, for the reminders before it), and each
/// next change of the statuses [`lookback_days`] ago (`past`) that has
/// passed while the organisation is still not in order today (for the
/// reminders after it).
pub fn deadlines(now: &[StatusAt<'_>], past: &[StatusAt<'_>], today: &IsoDate) -> Vec<Deadline> {
    let in_order_today: HashMap<(&str, &str), bool> = now
        .iter()
        .map(|s| ((s.org_id, s.framework), s.in_order))
        .collect();
    let mut found = Vec::new();
    for (status, lapsed) in now
        .iter()
        .map(|s| (s, false))
        .chain(past.iter().map(|s| (s, true)))
    {
        let Some(date) = status.next_change else {
            continue;
        };
        let Ok(framework) = Framework::parse(status.framework) else {
            continue;
        };
        if lapsed {
            let still_unmet = in_order_today
                .get(&(status.org_id, status.framework))
                .is_some_and(|in_order| !in_order);
            if date > today || !still_unmet {
                continue;
            }
        } else if date <= today {
            continue;
        }
        found.push(Deadline {
            org_id: OrgId::from_raw(status.org_id),
            framework,
            date: date.clone(),
            lapsed,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn the_nearest_lead_reached_before_and_the_farthest_delay_after() {
        let deadline = date!(2027 - 03 - 31);
        let step = |today, lapsed| reminder_step(today, deadline, lapsed, &[30, 7], &[1, 30]);
        assert_eq!(step(date!(2027 - 02 - 01), false), None);
        assert_eq!(
            step(date!(2027 - 03 - 01), false).map(|s| s.key()),
            Some("before-30".into())
        );
        assert_eq!(
            step(date!(2027 - 03 - 24), false).map(|s| s.key()),
            Some("before-7".into())
        );
        assert_eq!(
            step(date!(2027 - 03 - 30), false).map(|s| s.key()),
            Some("before-7".into())
        );
        // On the day and after: only when the obligation is unmet.
        assert_eq!(step(date!(2027 - 03 - 31), true), None);
        assert_eq!(step(date!(2027 - 04 - 01), false), None);
        assert_eq!(
            step(date!(2027 - 04 - 01), true).map(|s| s.key()),
            Some("after-1".into())
        );
        assert_eq!(
            step(date!(2027 - 05 - 15), true).map(|s| s.key()),
            Some("after-30".into())
        );
    }

    #[test]
    fn only_advice_can_be_unsubscribed() {
        let before = ReminderStep {
            side: ReminderSide::Before,
            days: 7,
        };
        let after = ReminderStep {
            side: ReminderSide::After,
            days: 7,
        };
        assert_eq!(before.topic(), Some(TOPIC_DEADLINE_BEFORE));
        assert!(after.mandatory());
        assert_eq!(after.topic(), None);
    }

    #[test]
    fn deadlines_ahead_and_lapsed_ones_still_unmet() {
        let date = |text: &str| IsoDate::parse(text).unwrap_or_else(|_| unreachable!());
        let (ahead, passed, today) = (date("2027-03-31"), date("2027-01-15"), date("2027-02-01"));
        let at = |org, framework, next_change, in_order| StatusAt {
            org_id: org,
            framework,
            next_change,
            in_order,
        };
        let now = [
            at("a", "fi-gender-equality", Some(&ahead), false),
            at("b", "fi-gender-equality", None, false),
            at("c", "fi-gender-equality", Some(&ahead), true),
            at("d", "not-a-framework", Some(&ahead), false),
        ];
        let past = [
            // Passed and b is still not in order: lapsed.
            at("b", "fi-gender-equality", Some(&passed), true),
            // Passed, but c is in order today: nothing.
            at("c", "fi-gender-equality", Some(&passed), false),
            // Not passed yet, as seen from the past: nothing.
            at("a", "fi-gender-equality", Some(&ahead), false),
        ];
        let found: Vec<(String, String, bool)> = deadlines(&now, &past, &today)
            .into_iter()
            .map(|d| (d.org_id.to_string(), d.date.to_string(), d.lapsed))
            .collect();
        assert_eq!(
            found,
            vec![
                ("a".to_owned(), "2027-03-31".to_owned(), false),
                ("c".to_owned(), "2027-03-31".to_owned(), false),
                ("b".to_owned(), "2027-01-15".to_owned(), true),
            ]
        );
        assert_eq!(lookback_days(&[1, 30, 7]), 31);
        assert_eq!(lookback_days(&[]), 1);
    }
}
