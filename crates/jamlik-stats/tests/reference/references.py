"""Computes the reference values the Rust tests check against, and writes them
as Rust constants to values.rs beside this file (not run in CI):

    pip install statsmodels scipy pandas
    python3 references.py

Every number comes from pandas, scipy or statsmodels on the fixture files in
../data/ (see make_fixtures.py and ../data/README.md), never from the code
under test. The versions used are written into values.rs.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import scipy
import statsmodels
import statsmodels.api as sm
import statsmodels.formula.api as smf
from scipy.stats import chi2_contingency
from scipy.stats.contingency import association
from statsmodels.stats.oaxaca import OaxacaBlinder
from statsmodels.stats.proportion import proportion_confint

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
out: list[str] = []


def const(name: str, value) -> None:
    if isinstance(value, (list, tuple, np.ndarray)):
        items = ", ".join(repr(float(v)) for v in np.ravel(value))
        out.append(f"pub const {name}: [f64; {np.size(value)}] = [{items}];")
    elif isinstance(value, (int, np.integer)):
        out.append(f"pub const {name}: u64 = {int(value)};")
    else:
        out.append(f"pub const {name}: f64 = {float(value)!r};")


def comment(text: str) -> None:
    out.append("")
    for line in text.strip().splitlines():
        out.append(f"// {line}")


# --- OLS -----------------------------------------------------------------
wages = pd.read_csv(DATA / "wages.csv", sep=";", decimal=",", encoding="cp1252")
comment(
    """OLS on wages.csv: statsmodels.formula.api.ols(
    "lön ~ C(kön) + erfarenhet + utbildning + C(yrkesgrupp) + deltid").
fit() for classic, fit(cov_type="HC1", use_t=True) for HC1. Coefficient
order: Intercept, kön[T.man], erfarenhet, utbildning, yrkesgrupp[T.Lärare,
grundskola], [T.Sjuksköterska], [T.Undersköterska], deltid."""
)
formula = "Q('lön') ~ C(Q('kön')) + erfarenhet + utbildning + C(yrkesgrupp) + deltid"
classic = smf.ols(formula, data=wages).fit()
hc1 = smf.ols(formula, data=wages).fit(cov_type="HC1", use_t=True)
# patsy puts categorical terms first; reorder to the Rust design's order
names = list(classic.params.index)
rust_order = ["Intercept", "C(Q('kön'))[T.man]", "erfarenhet", "utbildning",
              "C(yrkesgrupp)[T.Lärare, grundskola]", "C(yrkesgrupp)[T.Sjuksköterska]",
              "C(yrkesgrupp)[T.Undersköterska]", "deltid"]
order = [names.index(name) for name in rust_order]
const("OLS_PARAMS", classic.params.values[order])
const("OLS_BSE", classic.bse.values[order])
const("OLS_T", classic.tvalues.values[order])
const("OLS_P", classic.pvalues.values[order])
const("OLS_HC1_BSE", hc1.bse.values[order])
const("OLS_HC1_T", hc1.tvalues.values[order])
const("OLS_HC1_P", hc1.pvalues.values[order])
const("OLS_R2", classic.rsquared)
const("OLS_R2_ADJ", classic.rsquared_adj)
const("OLS_N", int(classic.nobs))

# --- Oaxaca–Blinder ----------------------------------------------------------
comment(
    """Oaxaca-Blinder on wages.csv: statsmodels.stats.oaxaca.OaxacaBlinder(lön,
exog, bifurcate="kvinna", hasconst=True) with exog = const, erfarenhet,
utbildning, yrkesgrupp dummies (reference Ingenjör), deltid, kvinna (1 for
kön == "kvinna"). statsmodels' first group is the indicator's lower value, 0:
men, who also have the higher mean, so no swap happens. (Coding the indicator
the other way round makes statsmodels swap the groups but keep the pre-swap
group sizes in its Cotton weights, which then weight each group's coefficients
by the other group's share; the other results are unchanged.)
three_fold().params = (endowments, coefficients, interaction, gap);
two_fold(two_fold_type=T).params = (unexplained, explained, gap) for T in
pooled, nuemark, reimers, cotton. Per-variable terms are computed from the
fitted model's own attributes (_f_model.params, _s_model.params, exog_f_mean,
exog_s_mean, t_params), term by term, as the sums statsmodels forms."""
)
jobs = sorted(wages["yrkesgrupp"].unique())
exog = pd.DataFrame({"const": 1.0, "erfarenhet": wages["erfarenhet"], "utbildning": wages["utbildning"]})
for job in jobs[1:]:
    exog[f"yrkesgrupp[T.{job}]"] = (wages["yrkesgrupp"] == job).astype(float)
exog["deltid"] = wages["deltid"].astype(float)
exog["kvinna"] = (wages["kön"] == "kvinna").astype(float)
model = OaxacaBlinder(wages["lön"], exog, "kvinna", hasconst=True)
assert model.len_f == 82 and model.gap > 0  # men first, not swapped
three = model.three_fold().params
const("OAXACA_THREE_FOLD", three)  # endowments, coefficients, interaction, gap
bf, bs = model._f_model.params, model._s_model.params
xf, xs = model.exog_f_mean, model.exog_s_mean
const("OAXACA_ENDOWMENTS_TERMS", (xf - xs) * bs)
const("OAXACA_COEFFICIENTS_TERMS", xs * (bf - bs))
const("OAXACA_INTERACTION_TERMS", (xf - xs) * (bf - bs))
const("OAXACA_MEN_COEFFICIENTS", bf)
const("OAXACA_WOMEN_COEFFICIENTS", bs)
for kind in ["pooled", "nuemark", "reimers", "cotton"]:
    params = model.two_fold(two_fold_type=kind).params
    key = kind.upper().replace("NUEMARK", "NEUMARK")
    const(f"OAXACA_TWO_FOLD_{key}", params)  # unexplained, explained, gap
    t = model.t_params
    const(f"OAXACA_TWO_FOLD_{key}_EXPLAINED_TERMS", (xf - xs) * t)
    const(f"OAXACA_TWO_FOLD_{key}_UNEXPLAINED_TERMS", xf * (bf - t) + xs * (t - bs))

# --- Wilson intervals ----------------------------------------------------------
comment(
    """Wilson score intervals: statsmodels.stats.proportion.proportion_confint(
count, nobs, alpha, method="wilson"); rows are (count, nobs, confidence, low, high)."""
)
cases = [(0, 10, 0.95), (10, 10, 0.95), (1, 3, 0.95), (57, 200, 0.95), (68, 150, 0.95), (68, 150, 0.90), (3, 1000, 0.99)]
rows = []
for count, nobs, level in cases:
    low, high = proportion_confint(count, nobs, alpha=1 - level, method="wilson")
    rows.append(f"({count}, {nobs}, {level!r}, {float(low)!r}, {float(high)!r})")
out.append(f"pub const WILSON: [(u64, u64, f64, f64, f64); {len(rows)}] = [{', '.join(rows)}];")

# --- Resources and chi-square ----------------------------------------------------
services = pd.read_csv(DATA / "services.csv", encoding="utf-8-sig")
comment(
    """Resources on services.csv by gender (man, woman) with pandas:
groupby("gender")["hours_per_month"].agg(["count", "sum", "mean", "median"]),
shares = group count / total count and group sum / total sum."""
)
agg = services.groupby("gender")["hours_per_month"].agg(["count", "sum", "mean", "median"])
const("RES_COUNT", agg["count"].values.astype(float))
const("RES_SUM", agg["sum"].values)
const("RES_MEAN", agg["mean"].values)
const("RES_MEDIAN", agg["median"].values)
const("RES_SHARE_PEOPLE", agg["count"].values / agg["count"].sum())
const("RES_SHARE_RESOURCES", agg["sum"].values / agg["sum"].sum())
const("RES_OVERALL_MEDIAN", services["hours_per_month"].median())

comment(
    """Chi-square on services.csv: pd.crosstab(row, decision) then
scipy.stats.chi2_contingency(table, correction=False) -> statistic, p-value,
dof, expected (row-major); Cramér's V from
scipy.stats.contingency.association(table, method="cramer")."""
)
for row, key in [("gender", "GENDER"), ("age_group", "AGE")]:
    table = pd.crosstab(services[row], services["decision"])
    result = chi2_contingency(table.values, correction=False)
    const(f"CHI2_{key}_COUNTS", table.values.astype(float))
    const(f"CHI2_{key}_STATISTIC", result.statistic)
    const(f"CHI2_{key}_P", result.pvalue)
    const(f"CHI2_{key}_DF", int(result.dof))
    const(f"CHI2_{key}_EXPECTED", result.expected_freq)
    const(f"CHI2_{key}_CRAMERS_V", association(table.values, method="cramer"))

# --- Representation ------------------------------------------------------------
px = pd.read_csv(
    DATA / "statfin_11re_population_by_municipality_sex_age_2019.csv",
    sep=";", encoding="latin-1", skiprows=2,
)
px.columns = ["area", "age", "total", "male", "female"]
narpio = px[(px["area"] == "Närpiö") & px["age"].str.fullmatch(r"\d+")].copy()
narpio["age"] = narpio["age"].astype(int)
working = narpio[(narpio["age"] >= 20) & (narpio["age"] <= 64)]
comment(
    """Representation of wages.csv staff against Närpiö's population aged 20-64
on 31.12.2019 (the PX-Web file read with pandas.read_csv(sep=";",
encoding="latin-1", skiprows=2), one-year ages summed). Baseline counts
(female, male), data counts (kvinna, man) from pandas value_counts, and
the Wilson 95 % intervals of the data shares from proportion_confint."""
)
const("REP_BASELINE_FEMALE", int(working["female"].sum()))
const("REP_BASELINE_MALE", int(working["male"].sum()))
counts = wages["kön"].value_counts()
n = int(counts.sum())
for label, key in [("kvinna", "FEMALE"), ("man", "MALE")]:
    low, high = proportion_confint(int(counts[label]), n, alpha=0.05, method="wilson")
    const(f"REP_{key}_COUNT", int(counts[label]))
    const(f"REP_{key}_INTERVAL", [low, high])
bands = [(20, 34), (35, 49), (50, 64)]
const("REP_AGE_BASELINE", [int(narpio[(narpio.age >= a) & (narpio.age <= b)]["total"].sum()) for a, b in bands])
const("REP_AGE_DATA", [int(((wages["ålder"] >= a) & (wages["ålder"] <= b)).sum()) for a, b in bands])
comment("Whole country, all ages, from the file's own total row (KOKO MAA, Yhteensä).")
total_row = px[(px["area"] == "KOKO MAA") & (px["age"] == "Yhteensä")].iloc[0]
const("PX_COUNTRY_TOTAL", int(total_row["total"]))
const("PX_COUNTRY_FEMALE", int(total_row["female"]))
const("PX_AREAS", int(px["area"].nunique()))
const("PX_LINES", int(len(px)))

header = f"""//! Reference values for the tests, generated by tests/reference/references.py
//! (do not edit by hand) with Python {__import__('sys').version.split()[0]}, pandas {pd.__version__},
//! numpy {np.__version__}, scipy {scipy.__version__}, statsmodels {statsmodels.__version__}.
#![allow(dead_code)]
"""
(HERE / "values.rs").write_text(header + "\n".join(out) + "\n")
print("wrote", HERE / "values.rs")
