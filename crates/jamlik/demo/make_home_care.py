"""Writes home-care.csv, the synthetic home-care decisions of the demo municipality.

    python3 make_home_care.py

Deterministic (Python's random.Random with a fixed seed; no other package),
so running it again writes the same file. Nobody in it is a real person.

One row per client of regular home care aged 65 or over: gender, age, age
band, the assessed need for care (a functional-ability score from 1.0, no
help needed, to 5.0, help with everything, as an assessment instrument such
as RAVA gives it), the district and the hours of home care granted per week.
Hours rise with need and a little with age. At equal need and age, women are
granted somewhat fewer hours than men: the gap the demo's analysis finds and
decomposes. Women are more of the clients and older on average, as in the
population. A few decisions are still pending (no hours yet): the analysis
leaves them out and counts them.
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "home-care.csv"

DISTRICTS = ["keskusta", "palosaari", "vöyrinkaupunki", "gerby", "huutoniemi", "vanha vaasa"]
CLIENTS = 1400
WOMEN_SHARE = 0.64
# Hours per week granted less to a woman than to a man of equal need and age.
GAP_AT_EQUAL_NEED = 0.9


def band(age):
    if age < 75:
        return "65-74"
    if age < 85:
        return "75-84"
    return "85+"


def main():
    rng = random.Random(20261123)
    rows = []
    for _ in range(CLIENTS):
        woman = rng.random() < WOMEN_SHARE
        age = int(min(101, 65 + abs(rng.gauss(14 if woman else 11, 7))))
        need = min(5.0, max(1.0, rng.gauss(2.4 + 0.03 * (age - 65), 0.8)))
        hours = 1.0 + 3.1 * (need - 1.0) + 0.06 * (age - 65) + rng.gauss(0, 1.2)
        if woman:
            hours -= GAP_AT_EQUAL_NEED
        hours = max(0.5, round(hours * 2) / 2)
        rows.append(
            [
                "nainen" if woman else "mies",
                str(age),
                band(age),
                f"{need:.1f}",
                rng.choice(DISTRICTS),
                f"{hours:.1f}",
            ]
        )
    for row in rng.sample(rows, 4):
        row[5] = ""
    with OUT.open("w", encoding="utf-8", newline="") as out:
        out.write("gender,age,age_band,assessed_need,district,granted_hours\n")
        for row in rows:
            out.write(",".join(row) + "\n")
    women = [float(r[5]) for r in rows if r[0] == "nainen" and r[5]]
    men = [float(r[5]) for r in rows if r[0] == "mies" and r[5]]
    print(
        f"{len(rows)} clients; mean hours women {sum(women) / len(women):.2f}, "
        f"men {sum(men) / len(men):.2f}; women's share of hours "
        f"{sum(women) / (sum(women) + sum(men)):.1%}, of clients {len(women) / (len(women) + len(men)):.1%}"
    )


if __name__ == "__main__":
    main()
