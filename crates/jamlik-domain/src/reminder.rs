//! When a deadline reminder is due: a number of days before a deadline
//! (advisory, so a person may unsubscribe) or after it has passed unmet
//! (mandatory: the obligation has lapsed).

use serde::{Deserialize, Serialize};

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
}
