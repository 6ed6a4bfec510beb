"""Writes the synthetic pay fixture ../data/pay.csv (run once; not run in CI).

    python3 make_pay_fixture.py

Python's own random.Random with a fixed seed makes the file reproducible; the
file is committed, so the Rust tests never depend on this script.

480 staff in eight job groups with a demand level each (two pairs of groups
share a level, so there are equal-value comparisons), both genders at least
ten in every group, pay on whole-euro tariff steps (so that ties straddle
the quartile boundaries), variable pay for about half of each group and for at
least five of each gender in it (empty cells for none), years of experience and a part-time flag as controls.
"""

import random
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

# job group, demand level, share of women, basic pay at step 0.
GROUPS = [
    ("lähihoitaja", 3, 0.88, 2450),
    ("kiinteistönhoitaja", 3, 0.15, 2600),
    ("sairaanhoitaja", 5, 0.86, 3050),
    ("rakennusmestari", 5, 0.20, 3350),
    ("opettaja", 6, 0.72, 3600),
    ("insinööri", 6, 0.30, 3800),
    ("sosiaalityöntekijä", 7, 0.85, 3700),
    ("IT-asiantuntija", 4, 0.35, 3500),
]


def main() -> None:
    rng = random.Random(20251123)
    lines = ["job_group,demand,gender,basic_pay,variable_pay,experience,part_time"]
    for name, demand, women_share, base in GROUPS:
        people = 60
        women = round(people * women_share)
        women = min(max(women, 10), people - 10)
        genders = ["nainen"] * women + ["mies"] * (people - women)
        rng.shuffle(genders)
        seen = {"nainen": 0, "mies": 0}
        for gender in genders:
            seen[gender] += 1
            experience = rng.randint(0, 30)
            step = min(experience // 5, 5)
            part_time = 1 if rng.random() < (0.2 if gender == "nainen" else 0.08) else 0
            # Tariff steps of 3 % every five years, a small personal part.
            basic = base * (1 + 0.03 * step) + rng.choice([0, 0, 50, 100, 150])
            if gender == "mies":
                basic += rng.choice([0, 50, 100])
            # One group with a gap that experience and part-time work do not
            # explain, so that a category is flagged.
            if gender == "nainen" and name == "IT-asiantuntija":
                basic -= 260
            if part_time:
                basic *= 0.8
            basic = round(basic)
            variable = ""
            # The first five of each gender in a group always have some, so
            # that no cell of recipients falls below the threshold.
            if seen[gender] <= 5 or rng.random() < (0.45 if gender == "nainen" else 0.55):
                variable = str(rng.choice([50, 100, 150, 200, 250, 300]) + rng.randint(0, 40) * 5)
            lines.append(
                f"{name},{demand},{gender},{basic},{variable},{experience},{part_time}"
            )
    (DATA / "pay.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
