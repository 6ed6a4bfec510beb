"""Writes the synthetic fixture datasets in ../data/ (run once; not run in CI).

    python3 make_fixtures.py

numpy's default_rng with a fixed seed makes the files reproducible. The files
are committed, so the Rust tests never depend on this script: it documents how
the data came to be.

- wages.csv: 150 staff, Windows-1252, `;`, decimal comma, CRLF, quoted text
  (Swedish headers with å/ä/ö: exercises decoding, sniffing and number parsing).
- services.csv: 120 home-care decisions, UTF-8 with BOM, `,`, decimal point.
"""

from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent.parent / "data"


def wages() -> None:
    rng = np.random.default_rng(20240611)
    n = 150
    jobs = ["Undersköterska", "Sjuksköterska", "Lärare, grundskola", "Ingenjör"]
    job_effect = {jobs[0]: 0.0, jobs[1]: 420.0, jobs[2]: 610.0, jobs[3]: 980.0}
    lines = ['"id";"kön";"ålder";"erfarenhet";"utbildning";"yrkesgrupp";"deltid";"lön"']
    for i in range(1, n + 1):
        woman = rng.random() < 0.58
        p = [0.40, 0.30, 0.20, 0.10] if woman else [0.15, 0.15, 0.30, 0.40]
        job = jobs[rng.choice(4, p=p)]
        experience = int(rng.integers(0, 36))
        education = int(rng.integers(9, 19))
        age = 20 + experience + int(rng.integers(0, 10))
        part_time = int(rng.random() < (0.30 if woman else 0.10))
        wage = (
            2150.0
            + (31.0 if woman else 38.0) * experience
            + 85.0 * education
            + job_effect[job]
            - (140.0 if woman else 0.0)
            - 260.0 * part_time
            + rng.normal(0.0, 230.0)
        )
        wage_text = f"{wage:.2f}".replace(".", ",")
        sex = "kvinna" if woman else "man"
        lines.append(
            f'{i};"{sex}";{age};{experience};{education};"{job}";{part_time};{wage_text}'
        )
    (DATA / "wages.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def services() -> None:
    rng = np.random.default_rng(7)
    n = 120
    lines = ["client_id,gender,age_group,assessed_need,decision,hours_per_month"]
    for i in range(1, n + 1):
        woman = rng.random() < 0.62
        age_group = ["65-74", "75-84", "85+"][rng.choice(3, p=[0.3, 0.4, 0.3])]
        need = int(rng.integers(1, 5))
        p_yes = 0.35 + 0.10 * need - (0.12 if woman else 0.0)
        u = rng.random()
        decision = "granted" if u < p_yes else ("partly" if u < p_yes + 0.25 else "refused")
        if decision == "refused":
            hours = 0.0
        else:
            base = 6.0 * need * (1.0 if decision == "granted" else 0.5)
            hours = round(max(0.5, base * (0.9 if woman else 1.0) + rng.normal(0.0, 2.0)), 1)
        lines.append(f"{i},{'woman' if woman else 'man'},{age_group},{need},{decision},{hours}")
    (DATA / "services.csv").write_bytes(b"\xef\xbb\xbf" + ("\n".join(lines) + "\n").encode("utf-8"))


if __name__ == "__main__":
    wages()
    services()
