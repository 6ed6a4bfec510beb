"""Writes the upload benchmark's staff file, deterministically.

    python3 generate.py OUT.csv BYTES

One row per employee of a municipality (gender, age, job group, unit,
weekly hours, monthly pay in euros, years of service), as many rows as fit
in BYTES: the file is at most BYTES long, and within a row of it. UTF-8,
commas, decimal points; Python's own generator with a fixed seed, numbers
formatted from integers, so the same command gives the same bytes. Prints
the number of rows written.

Only the standard library: no virtual environment needed.
"""

import random
import sys

HEADER = "gender,age,job_group,unit,weekly_hours,monthly_pay,years_of_service\n"
GENDERS = ["kvinna", "man", "annan"]
GENDER_WEIGHTS = [53, 46, 1]
# Job groups of a municipality, with a monthly base in euros and the share of
# women (percent) the group has.
JOB_GROUPS = [
    ("lähihoitaja", 2650, 88), ("sairaanhoitaja", 3150, 87), ("lastentarhanopettaja", 2950, 95),
    ("luokanopettaja", 3700, 78), ("lehtori", 4200, 70), ("sosiaalityöntekijä", 3600, 85),
    ("palveluohjaaja", 3250, 80), ("siivooja", 2300, 82), ("kiinteistönhoitaja", 2600, 12),
    ("insinööri", 4100, 25), ("toimistosihteeri", 2700, 90), ("johtava lääkäri", 8400, 55),
    ("ylilääkäri", 7600, 52), ("kirjastovirkailija", 2600, 80), ("liikunnanohjaaja", 2800, 45),
    ("rakennusmestari", 3900, 10), ("talouspäällikkö", 5200, 60), ("ruokapalvelutyöntekijä", 2350, 85),
]
UNITS = ["Vaasa keskusta", "Vasklot", "Gerby", "Sundom", "Melaniemi", "Huutoniemi",
         "Pukinjärvi", "Vähäkyrö", "Palosaari", "Ristinummi", "Olympia", "Brändö"]


def row(rng):
    group, base, women = JOB_GROUPS[rng.randrange(len(JOB_GROUPS))]
    if rng.randrange(100) < women:
        gender = "kvinna"
    else:
        gender = rng.choices(GENDERS[1:], weights=GENDER_WEIGHTS[1:])[0]
    age = rng.randint(19, 67)
    years = min(age - 18, rng.randint(0, 40))
    # Tenths of hours: full time is 38.3, some work part time.
    tenths = 383 if rng.randrange(100) < 78 else rng.randint(150, 382)
    # Cents: the group's base, seniority, a little less for women, noise; pro rata.
    cents = base * 100 + years * 1800 + rng.randint(-25000, 35000)
    if gender == "kvinna":
        cents -= rng.randint(0, 9000)
    cents = max(cents * tenths // 383, 120000)
    unit = UNITS[rng.randrange(len(UNITS))]
    return (f"{gender},{age},{group},{unit},{tenths // 10}.{tenths % 10},"
            f"{cents // 100}.{cents % 100:02d},{years}\n")


def main():
    path, limit = sys.argv[1], int(sys.argv[2])
    rng = random.Random(20261201)
    size = len(HEADER.encode("utf-8"))
    rows = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        while True:
            line = row(rng)
            length = len(line.encode("utf-8"))
            if size + length > limit:
                break
            out.write(line)
            size += length
            rows += 1
    print(rows)


if __name__ == "__main__":
    main()
