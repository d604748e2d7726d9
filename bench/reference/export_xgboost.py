#!/usr/bin/python3
"""Trains an XGBoost model in Python on ModelDeck's features and exports it for
`modeldeck-cli models import`.

Input: a feature table (CSV) and its description (JSON), both as ModelDeck writes them:
- TABLE.csv: a header of column names, then one row per sample: the sample's window of scaled
  features flattened oldest row first ("name@t-k" columns, then the newest row's "name"), the
  scaled target (column "target") and the split ("train", "validation" or "test");
- META.json: the feature settings ("features"), their names ("feature_names"), the fitted
  scalers ("scalers") and "horizons", i.e. what a ModelDeck sidecar says about the inputs.

Output: OUT.json (the model, XGBoost's JSON format, feature names stored) and beside it
OUT.sidecar.json (META plus "modeldeck_model": 1, "format": "xgboost", "model_type" and the
model file's SHA-256). With --predictions FILE, the model's raw (scaled) predictions for every
row of the table, one per line. With --timing, prints as JSON the seconds spent building the
DMatrix objects and in xgb.train (bench/tree_reference compares them with ModelDeck's own
gbm_bot).

The parameters mirror ModelDeck's gbm_bot and forest_bot (core/training/TreeTrainer.cpp).
Run with Debian's /usr/bin/python3 (python3-xgboost, python3-numpy).

Usage: export_xgboost.py TABLE.csv META.json OUT.json [--model-type gbm_bot|forest_bot]
       [--rounds 500] [--patience 30] [--eta 0.05] [--max-depth 4] [--min-child-weight 10]
       [--subsample 0.8] [--colsample 0.8] [--trees 200] [--threads 1] [--seed 42]
       [--predictions FILE] [--timing] [--name NAME --symbol S --timeframe T]
"""
import argparse
import csv
import hashlib
import json
import os
import sys
import time

import numpy as np
import xgboost as xgb


def read_table(path):
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    if header[-2:] != ["target", "split"]:
        sys.exit(f"{path}: the last two columns must be 'target' and 'split'")
    columns = header[:-2]
    values = np.array([[float(v) for v in r[:-1]] for r in rows], dtype=np.float32)
    splits = np.array([r[-1] for r in rows])
    return columns, values[:, :-1], values[:, -1], splits


def parameters(args):
    forest = args.model_type == "forest_bot"
    params = {
        "booster": "gbtree", "tree_method": "hist", "objective": "reg:squarederror",
        "eval_metric": "rmse", "nthread": args.threads, "seed": args.seed,
        "max_depth": args.max_depth, "min_child_weight": args.min_child_weight,
        "subsample": args.subsample,
        "num_parallel_tree": args.trees if forest else 1,
        "eta": 1.0 if forest else args.eta,
    }
    params["colsample_bynode" if forest else "colsample_bytree"] = args.colsample
    return params


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("table")
    p.add_argument("meta")
    p.add_argument("out")
    p.add_argument("--model-type", default="gbm_bot", choices=["gbm_bot", "forest_bot"])
    p.add_argument("--rounds", type=int, default=500)
    p.add_argument("--patience", type=int, default=30)
    p.add_argument("--eta", type=float, default=0.05)
    p.add_argument("--max-depth", type=int, default=4)
    p.add_argument("--min-child-weight", type=float, default=10.0)
    p.add_argument("--subsample", type=float, default=0.8)
    p.add_argument("--colsample", type=float, default=0.8)
    p.add_argument("--trees", type=int, default=200)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--predictions")
    p.add_argument("--timing", action="store_true")
    p.add_argument("--name", default="python-xgboost")
    p.add_argument("--symbol")
    p.add_argument("--timeframe")
    args = p.parse_args()

    columns, x, y, split = read_table(args.table)
    with open(args.meta) as f:
        meta = json.load(f)
    start = time.perf_counter()
    train = xgb.DMatrix(x[split == "train"], label=y[split == "train"], feature_names=columns)
    valid = xgb.DMatrix(x[split == "validation"], label=y[split == "validation"],
                        feature_names=columns)
    forest = args.model_type == "forest_bot"
    booster = xgb.train(parameters(args), train, num_boost_round=1 if forest else args.rounds,
                        evals=[(train, "train"), (valid, "validation")],
                        early_stopping_rounds=None if forest else args.patience,
                        verbose_eval=False)
    seconds = time.perf_counter() - start
    if not forest and booster.best_iteration + 1 < booster.num_boosted_rounds():
        # Keep the best round's model, as ModelDeck does.
        booster = booster[: booster.best_iteration + 1]

    booster.save_model(args.out)
    with open(args.out, "rb") as f:
        sha256 = hashlib.sha256(f.read()).hexdigest()
    sidecar = dict(meta)
    sidecar.update({"modeldeck_model": 1, "format": "xgboost", "model_type": args.model_type,
                    "name": args.name, "sha256": sha256,
                    "description": f"XGBoost {xgb.__version__} from Python"})
    if args.symbol:
        sidecar["symbol"] = args.symbol
    if args.timeframe:
        sidecar["timeframe"] = args.timeframe
    base, _ = os.path.splitext(args.out)
    with open(base + ".sidecar.json", "w") as f:
        json.dump(sidecar, f, indent=1)

    if args.predictions:
        predicted = booster.predict(xgb.DMatrix(x, feature_names=columns))
        with open(args.predictions, "w") as f:
            f.writelines(f"{v:.9g}\n" for v in predicted)
    if args.timing:
        print(json.dumps({"seconds": seconds, "rounds": booster.num_boosted_rounds(),
                          "xgboost": xgb.__version__}))


if __name__ == "__main__":
    main()
