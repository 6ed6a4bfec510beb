"""OLS (classic and HC1) and the Oaxaca–Blinder decomposition with
statsmodels, on the gap benchmark's file.

    python statsmodels_gap.py regression GAP.csv
    python statsmodels_gap.py gap GAP.csv

Prints the result as JSON in the shape of `jamlik analyze regression|gap
--format json` (the fields compare.py checks), and on stderr the seconds
spent after the imports. pandas reads the file; the regressions use
statsmodels' array interface (no formula parsing).
"""

import json
import sys
import time

CONTROLS = [f"x{i}" for i in range(1, 11)]


def main():
    analysis, path = sys.argv[1:3]
    import numpy as np
    import pandas as pd
    import statsmodels.api as sm
    from statsmodels.stats.oaxaca import OaxacaBlinder

    start = time.perf_counter()
    data = pd.read_csv(path)
    exog = data[CONTROLS].astype(float)
    exog.insert(0, "Intercept", 1.0)
    if analysis == "regression":
        model = sm.OLS(data["wage"], exog)
        classic = model.fit()
        hc1 = model.fit(cov_type="HC1", use_t=True)

        def inference(fit, name):
            return {"std_error": fit.bse[name], "t": fit.tvalues[name], "p_value": fit.pvalues[name]}

        result = {
            "coefficients": [
                {
                    "name": name,
                    "estimate": classic.params[name],
                    "classic": inference(classic, name),
                    "hc1": inference(hc1, name),
                }
                for name in exog.columns
            ],
            "n": int(classic.nobs),
            "df_resid": int(classic.df_resid),
            "r_squared": classic.rsquared,
            "adj_r_squared": classic.rsquared_adj,
            "sigma": float(np.sqrt(classic.scale)),
        }
    else:
        # Women coded 1: statsmodels' first group (0) is men, who have the
        # higher mean, so it does not swap; jamlik's first group is "man".
        exog["kvinna"] = (data["gender"] == "kvinna").astype(float)
        model = OaxacaBlinder(data["wage"], exog, "kvinna", hasconst=True)
        three = model.three_fold().params
        two = []
        for kind, name in [("pooled", "pooled"), ("nuemark", "neumark"), ("reimers", "reimers"), ("cotton", "cotton")]:
            unexplained, explained, _ = model.two_fold(two_fold_type=kind).params
            two.append({"reference": name, "explained": explained, "unexplained": unexplained})
        result = {
            "names": ["Intercept"] + CONTROLS,
            "first": {
                "label": "man",
                "n": int(model.len_f),
                "means": list(model.exog_f_mean),
                "coefficients": list(model._f_model.params),
            },
            "second": {
                "label": "kvinna",
                "n": int(model.len_s),
                "means": list(model.exog_s_mean),
                "coefficients": list(model._s_model.params),
            },
            "gap": three[3],
            "three_fold": {"endowments": three[0], "coefficients": three[1], "interaction": three[2]},
            "two_fold": two,
        }
    seconds = time.perf_counter() - start
    json.dump(result, sys.stdout, indent=1, default=float)
    print()
    print(f"statsmodels {analysis}: {seconds:.3f} s after imports", file=sys.stderr)


if __name__ == "__main__":
    main()
