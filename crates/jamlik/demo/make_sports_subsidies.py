"""Writes sports-subsidies.csv, the synthetic sports subsidies of the demo municipality.

    python3 make_sports_subsidies.py

Deterministic (Python's random.Random with a fixed seed; no other package),
so running it again writes the same file. The clubs are made up.

One row per training group of a sports club that received the municipality's
operating subsidy and subsidised facility hours in a year: club, sport,
group, whether the group is for girls, boys or both (tytöt, pojat, seka),
its participants and the subsidy in euros. Subsidies follow facility hours,
and the sports with the most expensive hours (ice hockey, indoor football)
have mostly boys' groups, so girls receive a smaller share of the money than
their share of the participants: what the demo's analysis shows.
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "sports-subsidies.csv"

# Sport, euros per participant per year (facility hours), share of groups
# that are girls' / boys' groups (the rest mixed), groups.
SPORTS = [
    ("jääkiekko", 210, 0.10, 0.85, 22),
    ("jalkapallo", 120, 0.30, 0.55, 34),
    ("salibandy", 95, 0.30, 0.55, 18),
    ("koripallo", 90, 0.35, 0.50, 10),
    ("voimistelu", 55, 0.80, 0.05, 16),
    ("taitoluistelu", 140, 0.90, 0.05, 8),
    ("uinti", 60, 0.35, 0.30, 10),
    ("yleisurheilu", 50, 0.40, 0.35, 12),
    ("ratsastus", 45, 0.90, 0.05, 6),
    ("tanssi", 40, 0.85, 0.05, 10),
]
CLUBS = ["Vaasan Sport", "Vasa IFK", "Sundom IF", "Vaasan Kiisto", "Vasa Simsällskap",
         "Vaasan Voimistelijat", "Pohjanmaan Ratsastajat", "Vaasan Salama", "Kraft Vasa"]


def main():
    rng = random.Random(2026)
    rows = []
    for sport, per_head, girls, boys, groups in SPORTS:
        for number in range(1, groups + 1):
            draw = rng.random()
            gender = "tytöt" if draw < girls else "pojat" if draw < girls + boys else "seka"
            participants = max(6, int(rng.gauss(18, 6)))
            subsidy = per_head * participants * rng.uniform(0.8, 1.2)
            if gender == "pojat":
                # Boys' groups get more of the evening hours in the halls.
                subsidy *= 1.15
            age = rng.choice(["U10", "U12", "U14", "U16", "U19"])
            rows.append([rng.choice(CLUBS), sport, f"{sport} {age} {number}", gender,
                         str(participants), f"{subsidy:.0f}"])
    with OUT.open("w", encoding="utf-8", newline="") as out:
        out.write("club,sport,group,gender,participants,subsidy_eur\n")
        for row in rows:
            out.write(",".join(row) + "\n")
    for gender in ["tytöt", "pojat", "seka"]:
        people = sum(int(r[4]) for r in rows if r[3] == gender)
        money = sum(int(r[5]) for r in rows if r[3] == gender)
        print(f"{gender}: {people} participants, {money} euros")


if __name__ == "__main__":
    main()
