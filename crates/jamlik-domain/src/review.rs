//! A national monitor's review of an organisation's plan or self-report:
//! a verdict on each required element of the framework, findings, a
//! recommendation and the feedback sent to the organisation.

use serde::{Deserialize, Serialize};

use crate::{check_text, ErrorCode, MAX_TEXT};

/// How well the reviewed plan covers one required element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The element is there and adequate.
    Met,
    /// The element is there but thin or incomplete.
    Partly,
    /// The element is missing.
    Missing,
    /// Not looked at in this review.
    NotAssessed,
}

impl Verdict {
    /// All verdicts, best first.
    pub const ALL: [Verdict; 4] = [
        Verdict::Met,
        Verdict::Partly,
        Verdict::Missing,
        Verdict::NotAssessed,
    ];

    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Partly => "partly",
            Verdict::Missing => "missing",
            Verdict::NotAssessed => "not_assessed",
        }
    }

    /// Parses the stored and wire name.
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        Verdict::ALL
            .into_iter()
            .find(|v| v.as_str() == raw.trim())
            .ok_or(ErrorCode::InvalidVerdict)
    }
}

/// What the monitor recommends the organisation do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    /// The plan meets the framework; nothing to do before the next cycle.
    Adequate,
    /// Complete or correct the plan on the points named.
    Revise,
    /// Make a new plan: the current one does not meet the framework.
    NewPlan,
}

impl Recommendation {
    /// All recommendations.
    pub const ALL: [Recommendation; 3] = [
        Recommendation::Adequate,
        Recommendation::Revise,
        Recommendation::NewPlan,
    ];

    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Recommendation::Adequate => "adequate",
            Recommendation::Revise => "revise",
            Recommendation::NewPlan => "new_plan",
        }
    }

    /// Parses the stored and wire name.
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        Recommendation::ALL
            .into_iter()
            .find(|r| r.as_str() == raw.trim())
            .ok_or(ErrorCode::InvalidRecommendation)
    }
}

/// What a review says about one element of the framework.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElementVerdict {
    /// The element's id in the pack.
    pub element: String,
    /// The verdict.
    pub verdict: Verdict,
    /// A note on it (may be empty).
    pub note: String,
}

/// Checks the free texts of a review: findings may be empty, the feedback
/// the organisation receives may not; each at most [`MAX_TEXT`] characters.
pub fn check_review_texts(findings: &str, feedback: &str) -> Result<(String, String), ErrorCode> {
    let findings = check_text(findings, MAX_TEXT)?;
    let feedback = check_text(feedback, MAX_TEXT)?;
    if feedback.is_empty() {
        return Err(ErrorCode::EmptyFeedback);
    }
    Ok((findings, feedback))
}

/// Checks an organisation's answer to a review: 1 to [`MAX_TEXT`] characters.
pub fn check_review_answer(raw: &str) -> Result<String, ErrorCode> {
    let answer = check_text(raw, MAX_TEXT)?;
    if answer.is_empty() {
        Err(ErrorCode::EmptyAnswer)
    } else {
        Ok(answer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_and_recommendations_round_trip_and_refuse_strangers() {
        for verdict in Verdict::ALL {
            assert_eq!(Verdict::parse(verdict.as_str()), Ok(verdict));
        }
        for recommendation in Recommendation::ALL {
            assert_eq!(
                Recommendation::parse(recommendation.as_str()),
                Ok(recommendation)
            );
        }
        assert_eq!(Verdict::parse("fine"), Err(ErrorCode::InvalidVerdict));
        assert_eq!(
            Recommendation::parse("praise"),
            Err(ErrorCode::InvalidRecommendation)
        );
    }

    #[test]
    fn feedback_and_answers_may_not_be_empty() {
        assert_eq!(check_review_texts("", "  "), Err(ErrorCode::EmptyFeedback));
        assert_eq!(
            check_review_texts(" a ", " b "),
            Ok(("a".to_owned(), "b".to_owned()))
        );
        assert_eq!(
            check_review_texts(&"x".repeat(MAX_TEXT + 1), "b"),
            Err(ErrorCode::TextTooLong)
        );
        assert_eq!(check_review_answer(" "), Err(ErrorCode::EmptyAnswer));
        assert_eq!(check_review_answer(" ok "), Ok("ok".to_owned()));
    }
}
