"""Checks that results agree: every number in the reference JSON (the
other tool's) must be in jamlik's JSON at the same place, integers equal,
other numbers within a relative tolerance.

    python compare.py TOLERANCE JAMLIK.json OTHER.json [OTHER.json …]

Exits 1, naming each difference, when they do not agree.
"""

import json
import math
import sys


def walk(ours, theirs, path, tolerance, problems):
    if isinstance(theirs, dict):
        if not isinstance(ours, dict):
            problems.append(f"{path}: jamlik has {ours!r}")
            return
        for key, value in theirs.items():
            if key not in ours:
                problems.append(f"{path}.{key}: missing in jamlik's output")
            else:
                walk(ours[key], value, f"{path}.{key}", tolerance, problems)
    elif isinstance(theirs, list):
        if not isinstance(ours, list) or len(ours) != len(theirs):
            problems.append(f"{path}: jamlik has {ours!r}, the other {theirs!r}")
            return
        for i, (a, b) in enumerate(zip(ours, theirs)):
            walk(a, b, f"{path}[{i}]", tolerance, problems)
    elif isinstance(theirs, bool) or theirs is None or isinstance(theirs, str):
        if ours != theirs:
            problems.append(f"{path}: jamlik {ours!r}, the other {theirs!r}")
    elif isinstance(theirs, int) and isinstance(ours, int):
        if ours != theirs:
            problems.append(f"{path}: jamlik {ours}, the other {theirs}")
    else:
        a, b = float(ours), float(theirs)
        if not math.isclose(a, b, rel_tol=tolerance, abs_tol=tolerance * 1e-3):
            problems.append(f"{path}: jamlik {a!r}, the other {b!r} (relative {abs(a - b) / max(abs(b), 1e-300):.2e})")


def main():
    tolerance = float(sys.argv[1])
    with open(sys.argv[2]) as f:
        ours = json.load(f)
    failed = False
    for other in sys.argv[3:]:
        with open(other) as f:
            theirs = json.load(f)
        problems = []
        walk(ours, theirs, "$", tolerance, problems)
        if problems:
            failed = True
            print(f"{sys.argv[2]} and {other} differ:", file=sys.stderr)
            for problem in problems[:20]:
                print(f"  {problem}", file=sys.stderr)
        else:
            print(f"agree (rel. {tolerance:g}): {sys.argv[2]} and {other}", file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
