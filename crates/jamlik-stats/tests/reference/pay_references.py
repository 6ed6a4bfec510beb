"""Computes the expected pay survey and pay transparency figures for
../data/pay.csv with pandas and numpy, independently of the Rust code, and
writes them to pay_expected.json beside this script (run once; not run in CI).

    python3 pay_references.py

What is computed, in the words of docs/analysis.md:

- per job group: headcount, mean and median pay of women and men, women's
  pay as a percentage of men's (mean and median), the lowest and highest
  pay, the composition (women-dominated at 60 % women or more,
  men-dominated at 60 % men or more, mixed otherwise);
- the comparisons of women-dominated groups with groups that are not
  women-dominated: same demand level (equal value), or lower demand level
  and higher mean pay;
- the gap (men's - women's) / men's of mean and median basic pay, of mean and
  median variable pay among its recipients, of mean total pay (basic +
  variable), overall and per job group; the share of each gender receiving
  variable pay;
- the unexplained gap of total pay with experience and part_time as controls:
  the two-fold Oaxaca-Blinder decomposition with the pooled reference (a
  regression over both genders with an intercept, the controls and a gender
  indicator; its coefficients other than the indicator's are the reference),
  divided by men's mean total pay, solved with numpy's least squares;
- the quartile pay bands of total pay: people in order of pay, position p of
  n (from 0) in band floor(4p / n); a tie of equal pay straddling a boundary
  shares each band's places in it between women and men in proportion to
  the tie.
"""

import json
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data" / "pay.csv"


def gap(women, men):
    return (men - women) / men


def unexplained(frame):
    y = frame["total"].to_numpy(float)
    man = (frame["gender"] == "mies").to_numpy(float)
    controls = frame[["experience", "part_time"]].to_numpy(float)
    x = np.column_stack([np.ones(len(y)), controls])
    pooled = np.column_stack([x, man])
    beta, *_ = np.linalg.lstsq(pooled, y, rcond=None)
    reference = beta[:-1]
    is_man = man == 1.0
    total_gap = y[is_man].mean() - y[~is_man].mean()
    explained = (x[is_man].mean(axis=0) - x[~is_man].mean(axis=0)) @ reference
    men_mean = y[is_man].mean()
    return {
        "gap": (total_gap - explained) / men_mean,
        "explained": explained / men_mean,
    }


def indicators(frame):
    women = frame[frame.gender == "nainen"]
    men = frame[frame.gender == "mies"]
    wr = women[women.variable > 0]
    mr = men[men.variable > 0]
    return {
        "basic_mean_gap": gap(women.basic_pay.mean(), men.basic_pay.mean()),
        "basic_median_gap": gap(women.basic_pay.median(), men.basic_pay.median()),
        "variable_mean_gap": gap(wr.variable.mean(), mr.variable.mean()),
        "variable_median_gap": gap(wr.variable.median(), mr.variable.median()),
        "total_mean_gap": gap(women.total.mean(), men.total.mean()),
        "total_median_gap": gap(women.total.median(), men.total.median()),
        "women_receiving": len(wr) / len(women),
        "men_receiving": len(mr) / len(men),
        "unexplained": unexplained(frame),
    }


def quartiles(frame):
    pay = np.sort(frame.total.to_numpy(float))
    order = frame.sort_values("total")
    n = len(pay)
    band = np.floor(4 * np.arange(n) / n).astype(int)
    women = np.zeros(4)
    men = np.zeros(4)
    for value, tie in order.groupby("total"):
        positions = np.flatnonzero(pay == value)
        share_women = (tie.gender == "nainen").mean()
        for b in band[positions]:
            women[b] += share_women
            men[b] += 1 - share_women
    out = []
    for b in range(4):
        in_band = pay[band == b]
        out.append(
            {
                "band": b + 1,
                "people": int(len(in_band)),
                "lower": float(in_band.min()),
                "upper": float(in_band.max()),
                "women_share": women[b] / len(in_band),
                "men_share": men[b] / len(in_band),
            }
        )
    return out


def survey(frame):
    groups = []
    for name, g in frame.groupby("job_group"):
        w = g[g.gender == "nainen"].basic_pay
        m = g[g.gender == "mies"].basic_pay
        share = len(w) / len(g)
        composition = (
            "women_dominated" if share >= 0.6 else "men_dominated" if 1 - share >= 0.6 else "mixed"
        )
        groups.append(
            {
                "group": name,
                "demand": float(g.demand.iloc[0]),
                "composition": composition,
                "women": int(len(w)),
                "men": int(len(m)),
                "women_mean": w.mean(),
                "women_median": w.median(),
                "men_mean": m.mean(),
                "men_median": m.median(),
                "mean": g.basic_pay.mean(),
                "min": float(g.basic_pay.min()),
                "max": float(g.basic_pay.max()),
                "women_mean_percent_of_men": 100 * w.mean() / m.mean(),
                "women_median_percent_of_men": 100 * w.median() / m.median(),
            }
        )
    comparisons = []
    for a in groups:
        if a["composition"] != "women_dominated":
            continue
        for b in groups:
            if b["composition"] == "women_dominated":
                continue
            if b["demand"] == a["demand"]:
                kind = "equal_value"
            elif b["demand"] < a["demand"] and b["mean"] > a["mean"]:
                kind = "lower_demand_higher_pay"
            else:
                continue
            comparisons.append(
                {
                    "kind": kind,
                    "women_dominated": a["group"],
                    "compared": b["group"],
                    "mean_percent": 100 * a["mean"] / b["mean"],
                }
            )
    return {"groups": groups, "comparisons": comparisons}


def main() -> None:
    frame = pd.read_csv(DATA)
    frame["variable"] = frame.variable_pay.fillna(0.0)
    frame["total"] = frame.basic_pay + frame.variable
    expected = {
        "survey": survey(frame),
        "transparency": {
            "overall": indicators(frame),
            "categories": {name: indicators(g) for name, g in frame.groupby("job_group")},
            "quartiles": quartiles(frame),
        },
    }
    text = json.dumps(expected, indent=1, ensure_ascii=False, sort_keys=True)
    (HERE / "pay_expected.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
