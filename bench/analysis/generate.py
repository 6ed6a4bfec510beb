"""Writes the analysis benchmark's input files, deterministically.

    python generate.py services OUT.csv [ROWS]   # gender, age, municipality, service, hours, cost
    python generate.py baseline OUT.csv [ROWS]   # gender: one row per inhabitant
    python generate.py gap OUT.csv [ROWS]        # wage, gender and ten numeric controls

Every file comes from numpy's PCG64 with a fixed seed, written as UTF-8
with commas and decimal points, numbers formatted from integers (so the
text does not depend on a float formatter). The same command gives the
same bytes.
"""

import sys

import numpy as np

CHUNK = 1_000_000

GENDERS = np.array(["kvinna", "man", "annan"])
GENDER_P = [0.53, 0.46, 0.01]
# Bilingual municipalities of Ostrobothnia and nearby, as registers write them.
MUNICIPALITIES = np.array(
    ["Vaasa - Vasa", "Mustasaari - Korsholm", "Närpiö - Närpes",
     "Pietarsaari - Jakobstad", "Kristiinankaupunki - Kristinestad", "Korsnäs",
     "Maalahti - Malax", "Vöyri - Vörå", "Laihia - Laihela", "Isokyrö - Storkyro",
     "Seinäjoki", "Kokkola - Karleby", "Kaskinen - Kaskö", "Pedersöre",
     "Uusikaarlepyy - Nykarleby", "Luoto - Larsmo"])
SERVICES = np.array(
    ["kotihoito", "tukipalvelut", "omaishoidon tuki", "päivätoiminta",
     "lyhytaikaishoito", "kuljetuspalvelu", "henkilökohtainen apu", "asumispalvelu"])


def decimals(units, places):
    """Integers of 10^-places as text: 1234 with places=2 is 12.34."""
    scale = 10 ** places
    whole = (units // scale).astype(str)
    frac = np.char.zfill((units % scale).astype(str), places)
    return np.char.add(np.char.add(whole, "."), frac)


def services(out, rows):
    rng = np.random.Generator(np.random.PCG64(20261123))
    out.write("gender,age,municipality,service,hours,cost\n")
    for start in range(0, rows, CHUNK):
        n = min(CHUNK, rows - start)
        gender_code = rng.choice(3, size=n, p=GENDER_P)
        age = rng.integers(0, 101, size=n)
        municipality = rng.integers(0, len(MUNICIPALITIES), size=n)
        service = rng.integers(0, len(SERVICES), size=n)
        # Tenths of hours: women get a little more, older people more.
        tenths = rng.gamma(2.0, 60.0, size=n) * (1.0 + age / 100.0) * np.where(gender_code == 0, 1.08, 1.0)
        tenths = np.minimum(tenths, 9999).astype(np.int64) + 1
        cents = tenths * rng.integers(390, 620, size=n)
        lines = np.char.add(GENDERS[gender_code], ",")
        lines = np.char.add(lines, np.char.add(age.astype(str), ","))
        lines = np.char.add(lines, np.char.add(MUNICIPALITIES[municipality], ","))
        lines = np.char.add(lines, np.char.add(SERVICES[service], ","))
        lines = np.char.add(lines, np.char.add(decimals(tenths, 1), ","))
        lines = np.char.add(lines, decimals(cents, 2))
        out.write("\n".join(lines.tolist()))
        out.write("\n")


def baseline(out, rows):
    rng = np.random.Generator(np.random.PCG64(20261124))
    out.write("gender\n")
    codes = rng.choice(3, size=rows, p=[0.505, 0.490, 0.005])
    out.write("\n".join(GENDERS[codes].tolist()))
    out.write("\n")


def gap(out, rows):
    rng = np.random.Generator(np.random.PCG64(20261125))
    controls = [f"x{i}" for i in range(1, 11)]
    out.write(",".join(["wage", "gender"] + controls) + "\n")
    for start in range(0, rows, CHUNK):
        n = min(CHUNK, rows - start)
        woman = rng.random(n) < 0.55
        # Ten controls in hundredths: age, tenure, hours, education years, …
        x = [
            rng.integers(1800, 6500, size=n),
            rng.integers(0, 4000, size=n),
            rng.integers(2000, 4000, size=n),
            rng.integers(900, 2100, size=n),
            rng.integers(0, 100, size=n) * 100,
            rng.integers(-500, 500, size=n),
            rng.integers(0, 10000, size=n),
            rng.integers(100, 900, size=n) + np.where(woman, 40, 0),
            rng.integers(0, 2, size=n) * 100,
            rng.integers(0, 2500, size=n),
        ]
        beta = np.array([8.0, 12.0, 30.0, 55.0, 0.7, 1.5, 0.05, 2.0, 150.0, 0.4])
        cents = 150000 + sum(b * xi for b, xi in zip(beta, x))
        cents = cents - np.where(woman, 9000, 0) + rng.normal(0, 20000, size=n)
        wage = decimals(np.maximum(cents, 50000).astype(np.int64), 2)
        lines = np.char.add(wage, np.where(woman, ",kvinna", ",man"))
        for xi in x:
            lines = np.char.add(lines, np.char.add(",", decimals(xi, 2) if xi.min() >= 0 else signed(xi)))
        out.write("\n".join(lines.tolist()))
        out.write("\n")


def signed(units):
    text = decimals(np.abs(units), 2)
    return np.where(units < 0, np.char.add("-", text), text)


def main():
    kind, path = sys.argv[1], sys.argv[2]
    default = {"services": 10_000_000, "baseline": 100_000, "gap": 1_000_000}[kind]
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else default
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        {"services": services, "baseline": baseline, "gap": gap}[kind](out, rows)


if __name__ == "__main__":
    main()
