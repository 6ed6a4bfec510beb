//! Demo data for national monitoring: every Finnish and Swedish municipality
//! gets five years of plausible history under each framework it is obliged
//! by — cheap plan rows made "in Jämlik" for some, self-reports for most —
//! spread so that every status occurs. The organisations are marked as demo
//! data, and everything is inserted in one transaction.
//!
//! The spread is deterministic: it is drawn from a hash of the municipality
//! code and the framework, so two demo runs look the same (dates move with
//! today).

use jamlik_domain::{
    add_months, Country, GroupRatio, IsoDate, Language, MeasureStatus, PayFigures,
};
use jamlik_store::{
    Actor, NationalSeed, NewSelfReport, OrgFilter, Organisation, PageRequest, SeedPlan, Store,
};
use time::Date;

/// The codes whose history is left out (they get a staff size and the demo
/// mark): the demo municipality has a real plan of its own.
const SKIP: [(Country, &str); 1] = [(Country::Finland, "905")];

/// A small deterministic generator (SplitMix64), seeded per municipality and
/// framework.
struct Draw(u64);

impl Draw {
    fn new(code: &str, framework: &str) -> Self {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for byte in code.bytes().chain(framework.bytes()) {
            seed = (seed ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        Draw(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A whole number in `low..=high`.
    fn between(&mut self, low: u32, high: u32) -> u32 {
        let span = u64::from(high.saturating_sub(low)) + 1;
        low + u32::try_from(self.next() % span).unwrap_or(0)
    }

    /// A number in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        // 53 random bits make an exact f64 in [0, 1).
        #[allow(clippy::cast_precision_loss)]
        let value = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        value
    }
}

/// What a municipality's history under one framework comes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scenario {
    NoPlan,
    Draft,
    Current,
    Outdated,
    ElementsMissing,
    PayMissing,
    FollowUpOverdue,
}

fn months_back(today: Date, months: u32) -> Date {
    // Going back is going forward from a date far enough back.
    let start = Date::from_calendar_date(today.year() - 20, today.month(), 1).unwrap_or(today);
    let day = today.day();
    let moved = add_months(start, 240u32.saturating_sub(months));
    let last = moved.month().length(moved.year());
    moved.replace_day(day.min(last)).unwrap_or(moved)
}

fn iso(date: Date) -> IsoDate {
    IsoDate::from_date(date)
}

/// All organisations of a country, page by page.
async fn all_of(store: &Store, country: Country) -> anyhow::Result<Vec<Organisation>> {
    let mut all = Vec::new();
    let mut page = 1;
    loop {
        let list = store
            .organisations(
                &OrgFilter {
                    search: None,
                    country: Some(country),
                    kind: None,
                },
                PageRequest::new(page, PageRequest::MAX_PER_PAGE)?,
            )
            .await?;
        let done = list.items.len() < usize::try_from(PageRequest::MAX_PER_PAGE).unwrap_or(0);
        all.extend(list.items);
        if done {
            return Ok(all);
        }
        page += 1;
    }
}

/// Seeds national demo data, unless self-reports exist already.
pub async fn seed(store: &Store) -> anyhow::Result<()> {
    if store.count_self_reports().await? > 0 {
        return Ok(());
    }
    let today = time::OffsetDateTime::now_utc().date();
    let registry = jamlik_packs::shipped().map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut seed = NationalSeed::default();
    for country in [Country::Finland, Country::Sweden] {
        for org in all_of(store, country).await? {
            let code = org.code.clone().unwrap_or_default();
            let mut draw = Draw::new(&code, "staff");
            let staff = org.staff_size.unwrap_or_else(|| match org.population {
                // Municipalities employ some 6–9 % of their population.
                Some(population) => (population * i64::from(draw.between(60, 90)) / 1000).max(40),
                None => i64::from(draw.between(250, 12_000)),
            });
            seed.staff.push((org.id.clone(), staff));
            if SKIP.contains(&(country, code.as_str())) {
                continue;
            }
            let staff_u = u64::try_from(staff).ok();
            for pack in registry.packs() {
                if !pack.monitors(org.country, org.kind, staff_u, today) {
                    continue;
                }
                let Some(rules) = pack.status_rules(staff_u) else {
                    continue;
                };
                history(&mut seed, &org, &code, pack, &rules, today);
            }
        }
    }
    let rows = seed.plans.len() + seed.reports.len();
    store.seed_national(&Actor::system("demo"), seed).await?;
    tracing::info!(rows, "national demo data seeded");
    Ok(())
}

/// Two to four of the catalogue's measures for a pack, in the plan's
/// language, each planned, in progress or done.
fn catalogue_measures(
    code: &str,
    pack: &jamlik_packs::Pack,
    index: usize,
    language: Language,
) -> Vec<(String, String, MeasureStatus)> {
    let Ok(registry) = jamlik_packs::shipped() else {
        return Vec::new();
    };
    let offered: Vec<&jamlik_packs::Measure> = registry.measures_for(&pack.id).collect();
    if offered.is_empty() {
        return Vec::new();
    }
    let mut draw = Draw::new(code, &format!("{}/{index}/measures", pack.id));
    let wanted = usize::try_from(draw.between(2, 4)).unwrap_or(2);
    let mut chosen: Vec<(String, String, MeasureStatus)> = Vec::new();
    for _ in 0..wanted * 3 {
        if chosen.len() == wanted {
            break;
        }
        let len = u64::try_from(offered.len()).unwrap_or(1);
        let pick = offered[usize::try_from(draw.next() % len).unwrap_or(0)];
        if chosen.iter().any(|(id, _, _)| *id == pick.id) {
            continue;
        }
        let status = match draw.unit() {
            u if u < 0.4 => MeasureStatus::Done,
            u if u < 0.8 => MeasureStatus::InProgress,
            _ => MeasureStatus::Planned,
        };
        chosen.push((pick.id.clone(), pick.title.get(language).to_owned(), status));
    }
    chosen
}

/// One municipality's five years under one framework.
fn history(
    seed: &mut NationalSeed,
    org: &jamlik_store::Organisation,
    code: &str,
    pack: &jamlik_packs::Pack,
    rules: &jamlik_domain::StatusRules,
    today: Date,
) {
    let language = org.languages.first().copied().unwrap_or(Language::Finnish);
    let others: Vec<Language> = org
        .languages
        .iter()
        .copied()
        .filter(|l| *l != language)
        .collect();
    let mut draw = Draw::new(code, &pack.id);
    // Written as the municipality writes: in its own language.
    let title = pack.title.get(language).to_owned();
    let (approved_body, section_body) = match language {
        Language::Swedish => ("Kommunfullmäktige", "Beskrivs i den antagna planen."),
        _ => ("Kunnanvaltuusto", "Kuvattu hyväksytyssä suunnitelmassa."),
    };
    // A bilingual municipality publishes in both of its languages.
    let translations: Vec<(Language, String, String)> = others
        .iter()
        .filter_map(|&other| {
            let body = match other {
                Language::Swedish => "Beskrivs i den antagna planen.",
                Language::Finnish => "Kuvattu hyväksytyssä suunnitelmassa.",
                Language::English => return None,
            };
            Some((other, pack.title.get(other).to_owned(), body.to_owned()))
        })
        .collect();
    let has_pay = rules.pay_survey_element.is_some();
    let has_follow_up = rules.follow_up_months.is_some();
    let roll = draw.unit();
    let scenario = match roll {
        r if r < 0.07 => Scenario::NoPlan,
        r if r < 0.12 => Scenario::Draft,
        r if r < 0.27 => Scenario::Outdated,
        r if r < 0.36 => Scenario::ElementsMissing,
        r if r < 0.43 && has_pay => Scenario::PayMissing,
        r if r < 0.52 && has_follow_up => Scenario::FollowUpOverdue,
        _ => Scenario::Current,
    };
    let started = |date: Date, draw: &mut Draw| {
        date.checked_sub(time::Duration::days(i64::from(draw.between(40, 150))))
            .unwrap_or(date)
    };
    match scenario {
        Scenario::NoPlan => return,
        Scenario::Draft => {
            let start = months_back(today, draw.between(1, 8));
            seed.plans.push(SeedPlan {
                org: org.id.clone(),
                framework: pack.id.clone(),
                title: title.clone(),
                started_on: iso(start),
                approved_on: None,
                published: false,
                rounds: Vec::new(),
                sections: Vec::new(),
                approved_body: approved_body.into(),
                section_body: section_body.into(),
                translations: translations.clone(),
                measures: Vec::new(),
            });
            return;
        }
        _ => {}
    }
    let cycle = match rules.plan {
        jamlik_domain::Validity::Months(m) | jamlik_domain::Validity::CalendarYears(m) => m,
        jamlik_domain::Validity::Continuous => 12,
    };
    // The newest approval: within the cycle when current, past it when outdated.
    let latest = match scenario {
        Scenario::Outdated => match rules.plan {
            // Done in year Y, an annual duty holds until the end of Y + 1.
            jamlik_domain::Validity::CalendarYears(_) => {
                Date::from_calendar_date(today.year() - 2, time::Month::January, 1)
                    .ok()
                    .and_then(|d| {
                        d.checked_add(time::Duration::days(i64::from(draw.between(0, 360))))
                    })
                    .unwrap_or(today)
            }
            _ => months_back(today, cycle + draw.between(2, 14)),
        },
        Scenario::FollowUpOverdue => {
            let months = rules.follow_up_months.unwrap_or(12);
            months_back(
                today,
                (months + draw.between(5, 12)).min(cycle.saturating_sub(2).max(1)),
            )
        }
        _ => months_back(today, draw.between(0, (cycle * 8 / 10).max(1))),
    };
    let latest = latest.min(today);
    let required: Vec<String> = pack.required_element_ids().map(str::to_owned).collect();
    let pay_element = rules.pay_survey_element.clone();
    let five_years_ago = months_back(today, 60);
    let mut approvals = vec![latest];
    while let Some(last) = approvals.last().copied() {
        let earlier = months_back(last, cycle);
        if earlier < five_years_ago {
            break;
        }
        approvals.push(earlier);
    }
    approvals.reverse();
    let mut women_pay = 88.0 + 8.0 * draw.unit();
    let count = approvals.len();
    for (index, approved) in approvals.into_iter().enumerate() {
        let newest = index + 1 == count;
        let mut elements = required.clone();
        if newest {
            match scenario {
                Scenario::ElementsMissing => {
                    let candidates: Vec<usize> = elements
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| Some(*e) != pay_element.as_ref())
                        .map(|(i, _)| i)
                        .collect();
                    if !candidates.is_empty() {
                        let len = u64::try_from(candidates.len()).unwrap_or(1);
                        let pick = usize::try_from(draw.next() % len).unwrap_or(0);
                        if let Some(index) = candidates.get(pick) {
                            elements.remove(*index);
                        }
                    }
                }
                Scenario::PayMissing => elements.retain(|e| Some(e) != pay_element.as_ref()),
                _ => {}
            }
        }
        let followed_up_on = match (rules.follow_up_months, scenario, newest) {
            (Some(_), Scenario::FollowUpOverdue, true) => None,
            (Some(months), _, true) => {
                let due = months_back(today, draw.between(1, months.saturating_sub(2).max(1)));
                (due > approved).then_some(due)
            }
            (Some(_), _, false) => Some(add_months(approved, 11)),
            _ => None,
        };
        women_pay = (women_pay + 3.0 * (draw.unit() - 0.4)).clamp(80.0, 104.0);
        let in_jamlik = draw.unit() < 0.25;
        if in_jamlik {
            let rounds = followed_up_on.into_iter().map(iso).collect();
            // A whole plan takes a few measures from the catalogue (drawn
            // apart, so the rest of the history stays as it was); a plan with
            // an element missing takes none, since measures would cover it.
            let measures = if elements.len() == required.len() {
                catalogue_measures(code, pack, index, language)
            } else {
                Vec::new()
            };
            seed.plans.push(SeedPlan {
                org: org.id.clone(),
                framework: pack.id.clone(),
                title: title.clone(),
                started_on: iso(started(approved, &mut draw)),
                approved_on: Some(iso(approved)),
                published: draw.unit() < 0.8,
                rounds,
                sections: elements,
                approved_body: approved_body.into(),
                section_body: section_body.into(),
                translations: translations.clone(),
                measures,
            });
        } else {
            let asks_ratio = pack.status.as_ref().is_some_and(|s| {
                s.pay_figures
                    .contains(&jamlik_domain::PayFigure::GroupRatio)
            });
            let figures = if asks_ratio {
                let overall = (women_pay * 10.0).round() / 10.0;
                PayFigures {
                    women_pay_percent: Some(overall),
                    groups: vec![
                        GroupRatio {
                            group: "A".into(),
                            women_pay_percent: ((overall + 2.5) * 10.0).round() / 10.0,
                        },
                        GroupRatio {
                            group: "B".into(),
                            women_pay_percent: ((overall - 3.0) * 10.0).round() / 10.0,
                        },
                    ],
                    ..PayFigures::default()
                }
            } else {
                PayFigures::default()
            };
            seed.reports.push((
                org.id.clone(),
                NewSelfReport {
                    framework: pack.id.clone(),
                    approved_on: iso(approved),
                    approved_body: approved_body.into(),
                    link: Some(format!(
                        "https://example.org/demo/{code}/{}/{}",
                        pack.id,
                        approved.year()
                    )),
                    file: None,
                    elements,
                    pay_survey_on: None,
                    followed_up_on: followed_up_on.map(iso),
                    figures,
                    jump_confirmed: false,
                },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_back_lands_on_the_calendar() {
        let day = |raw: &str| IsoDate::parse(raw).unwrap().date().unwrap();
        assert_eq!(months_back(day("2026-03-31"), 1), day("2026-02-28"));
        assert_eq!(months_back(day("2026-11-23"), 60), day("2021-11-23"));
        assert_eq!(months_back(day("2026-11-23"), 0), day("2026-11-23"));
    }

    #[test]
    fn draws_repeat_and_stay_in_range() {
        let mut a = Draw::new("091", "fi-gender-equality");
        let mut b = Draw::new("091", "fi-gender-equality");
        for _ in 0..100 {
            let x = a.between(3, 7);
            assert_eq!(x, b.between(3, 7));
            assert!((3..=7).contains(&x));
            assert!((0.0..1.0).contains(&a.unit()));
            b.unit();
        }
    }
}
