"""The representation and resources analyses with DuckDB or Polars.

    python others.py duckdb|polars representation DATA.csv BASELINE.csv
    python others.py duckdb|polars resources DATA.csv

Prints the result as JSON in the shape of `jamlik analyze … --format json`
(the fields compare.py checks), and on stderr the seconds spent after the
imports. Each tool reads the CSV itself, with its own type detection, and
does the grouping; the few lines of arithmetic on the per-group totals
(shares, Wilson intervals) are the same Python for both.
"""

import json
import math
import sys
import time
from statistics import NormalDist

CONFIDENCE = 0.95


def wilson(count, n, confidence=CONFIDENCE):
    """Wilson score interval, as jamlik-stats computes it."""
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p = count / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return {"low": max(centre - half, 0.0), "high": min(centre + half, 1.0)}


def representation(counts, baseline):
    total = sum(counts.values())
    baseline_total = sum(baseline.values())
    groups = []
    for label in sorted(set(counts) | set(baseline)):
        count = counts.get(label, 0)
        base = baseline.get(label, 0)
        share = count / total
        baseline_share = base / baseline_total
        groups.append({
            "group": label,
            "count": count,
            "share": share,
            "interval": wilson(count, total),
            "baseline_count": base,
            "baseline_share": baseline_share,
            "ratio": share / baseline_share if base > 0 else None,
            "difference": share - baseline_share,
        })
    return {"groups": groups, "total": total, "baseline_total": baseline_total}


def resources(rows, overall):
    """rows: (group, count, sum, mean, median); overall: (count, sum, mean, median)."""
    count, total, mean, median = overall
    groups = []
    for label, n, s, m, med in sorted(rows):
        groups.append({
            "group": label,
            "count": n,
            "sum": s,
            "mean": m,
            "median": med,
            "share_of_people": n / count,
            "share_of_resources": s / total,
        })
    return {"groups": groups, "count": count, "sum": total, "mean": mean, "median": median}


def duckdb_counts(con, path, column):
    rows = con.execute(
        f"SELECT {column}, count(*) FROM read_csv(?) WHERE {column} IS NOT NULL GROUP BY ALL",
        [path],
    ).fetchall()
    return {label: n for label, n in rows}


def run_duckdb(analysis, args):
    import duckdb

    start = time.perf_counter()
    con = duckdb.connect()
    if analysis == "representation":
        result = representation(duckdb_counts(con, args[0], "gender"), duckdb_counts(con, args[1], "gender"))
    else:
        rows = con.execute(
            """SELECT gender, count(*), sum(hours), avg(hours), median(hours)
               FROM read_csv(?) WHERE gender IS NOT NULL AND hours IS NOT NULL
               GROUP BY GROUPING SETS ((gender), ())""",
            [args[0]],
        ).fetchall()
        overall = next(r[1:] for r in rows if r[0] is None)
        result = resources([r for r in rows if r[0] is not None], overall)
    return result, time.perf_counter() - start


def run_polars(analysis, args):
    import polars as pl

    start = time.perf_counter()

    def counts(path):
        frame = (
            pl.scan_csv(path)
            .select("gender")
            .drop_nulls()
            .group_by("gender")
            .agg(pl.len().alias("n"))
            .collect()
        )
        return dict(zip(frame["gender"].to_list(), frame["n"].to_list()))

    if analysis == "representation":
        result = representation(counts(args[0]), counts(args[1]))
    else:
        lazy = pl.scan_csv(args[0]).select("gender", "hours").drop_nulls()
        aggregations = [
            pl.len().alias("n"),
            pl.col("hours").sum().alias("sum"),
            pl.col("hours").mean().alias("mean"),
            pl.col("hours").median().alias("median"),
        ]
        by_group, overall = pl.collect_all([
            lazy.group_by("gender").agg(aggregations),
            lazy.select(aggregations),
        ])
        rows = list(zip(*(by_group[c].to_list() for c in ["gender", "n", "sum", "mean", "median"])))
        overall = tuple(overall.row(0))
        result = resources(rows, overall)
    return result, time.perf_counter() - start


def main():
    tool, analysis, *args = sys.argv[1:]
    run = {"duckdb": run_duckdb, "polars": run_polars}[tool]
    result, seconds = run(analysis, args)
    json.dump(result, sys.stdout, indent=1)
    print()
    print(f"{tool} {analysis}: {seconds:.3f} s after imports", file=sys.stderr)


if __name__ == "__main__":
    main()
