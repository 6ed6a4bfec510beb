"""Writes staff-pay.csv, the synthetic pay data of the demo municipality.

    python3 make_staff_pay.py

Deterministic (Python's random.Random with a fixed seed; no other package),
so running it again writes the same file. Nobody in it is a real person.

About 3,000 employees of a bilingual Finnish municipality in municipal job
groups, each with its Swedish title, a demand level (1-10, from a made-up job
evaluation), a personnel category, gender, monthly basic pay (tariff pay
rising with experience), variable pay (shift and on-call allowances,
performance pay; 0 for none), years of experience and part-time work. The
gap between women's and men's pay comes mostly from women and men working in
different job groups, with a small part within groups; the generator prints
the resulting overall mean gap.
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "staff-pay.csv"

# Finnish title, Swedish title, demand level, category, share of women,
# basic pay at the start, headcount, share receiving variable pay, its range.
GROUPS = [
    ("lähihoitaja", "närvårdare", 4, "sote", 0.88, 2480, 560, 0.75, (150, 650)),
    ("sairaanhoitaja", "sjukskötare", 6, "sote", 0.88, 3080, 380, 0.70, (200, 750)),
    ("sosiaaliohjaaja", "socialhandledare", 5, "sote", 0.85, 3020, 90, 0.10, (50, 200)),
    ("sosiaalityöntekijä", "socialarbetare", 7, "sote", 0.88, 3780, 80, 0.10, (50, 250)),
    ("lääkäri", "läkare", 9, "sote", 0.62, 6100, 70, 0.80, (400, 2200)),
    ("lastenhoitaja", "barnskötare", 4, "varhaiskasvatus", 0.93, 2420, 240, 0.05, (50, 150)),
    ("varhaiskasvatuksen opettaja", "lärare inom småbarnspedagogik", 6, "varhaiskasvatus", 0.96, 2980, 210, 0.05, (50, 150)),
    ("luokanopettaja", "klasslärare", 7, "opetus", 0.78, 3620, 230, 0.30, (80, 400)),
    ("aineenopettaja", "ämneslärare", 7, "opetus", 0.70, 3860, 220, 0.35, (80, 500)),
    ("koulunkäynninohjaaja", "skolgångsbiträde", 3, "opetus", 0.86, 2300, 160, 0.02, (50, 100)),
    ("toimistosihteeri", "byråsekreterare", 3, "hallinto", 0.90, 2560, 140, 0.05, (50, 200)),
    ("talousasiantuntija", "ekonomisakkunnig", 6, "hallinto", 0.70, 3450, 60, 0.20, (100, 500)),
    ("johtava viranhaltija", "ledande tjänsteinnehavare", 10, "hallinto", 0.48, 6600, 30, 0.40, (300, 1500)),
    ("laitoshuoltaja", "anstaltsvårdare", 2, "tekninen", 0.85, 2250, 170, 0.20, (50, 250)),
    ("ruokapalvelutyöntekijä", "kökspersonal", 2, "tekninen", 0.90, 2260, 130, 0.10, (50, 200)),
    ("kiinteistönhoitaja", "fastighetsskötare", 3, "tekninen", 0.10, 2620, 110, 0.60, (150, 700)),
    ("rakennusmestari", "byggmästare", 6, "tekninen", 0.15, 3550, 50, 0.40, (150, 600)),
    ("insinööri", "ingenjör", 7, "tekninen", 0.30, 3950, 70, 0.30, (100, 600)),
    ("IT-asiantuntija", "IT-specialist", 6, "hallinto", 0.30, 3720, 60, 0.30, (100, 600)),
]


def main() -> None:
    rng = random.Random(2026)
    lines = ["job_group,yrkesgrupp,demand,category,gender,basic_pay,variable_pay,experience,part_time"]
    people = []
    for fi, sv, demand, category, women_share, base, count, receiving, (low, high) in GROUPS:
        for _ in range(count):
            woman = rng.random() < women_share
            experience = min(int(rng.expovariate(1 / 11)), 40)
            # Experience steps: 3 % at 5 years, 6 % at 10, 9 % at 15, 12 % at 20.
            step = 0.03 * min(experience // 5, 4)
            personal = rng.choice([0, 0, 0, 40, 80, 120, 200])
            # A small part of the gap within groups: men's personal pay
            # components are somewhat larger.
            if not woman:
                personal += rng.choice([0, 40, 80, 120])
            basic = base * (1 + step) + personal
            part_time = rng.random() < (0.16 if woman else 0.07)
            if part_time:
                basic *= rng.choice([0.6, 0.8])
            variable = 0
            if rng.random() < receiving:
                variable = round(rng.uniform(low, high) * (0.8 if part_time else 1.0))
            gender = "nainen" if woman else "mies"
            people.append((gender, round(basic), variable))
            lines.append(
                f"{fi},{sv},{demand},{category},{gender},{round(basic)},{variable},{experience},{int(part_time)}"
            )
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def mean(values):
        return sum(values) / len(values)

    women = [b + v for g, b, v in people if g == "nainen"]
    men = [b + v for g, b, v in people if g == "mies"]
    print(
        f"{len(people)} employees, {len(women)} women; mean total pay "
        f"women {mean(women):.0f}, men {mean(men):.0f}, "
        f"gap {(mean(men) - mean(women)) / mean(men):.1%}"
    )


if __name__ == "__main__":
    main()
