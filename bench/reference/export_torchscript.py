#!/usr/bin/python3
"""Exports a small TorchScript forecaster that `modeldeck-cli models import` accepts.

The module maps windows of scaled features [batch, lookback, features] to one scaled value
per horizon [batch, horizons]. Beside OUT.pt goes OUT.json, the sidecar ModelDeck reads: the
horizons (in output order), the feature settings and names (in column order, exactly as
ModelDeck's FeatureConfig produces them), the fitted scalers, and the file's SHA-256.
ModelDeck rebuilds these inputs from its stored bars and undoes the target scaling itself.

This script writes an untrained network with illustrative scalers around --price, which is
enough to exercise an import end to end. For a real model, put your trained module where
build_model() is and the scalers fitted on its training data in place of
illustrative_scalers(). Run with Debian's /usr/bin/python3 (python3-torch).

Usage: export_torchscript.py OUT.pt [--lookback 16] [--horizons 1,3] [--hidden 8]
       [--no-volume] [--no-range] [--price 100] [--symbol S --timeframe 5m] [--seed 1]
"""
import argparse
import hashlib
import json
import math
import os

import torch

# ModelDeck's feature columns in order (core/features/FeatureConfig.cpp): name, group.
FEATURES = [
    ("lag_1", "base"), ("lag_2", "base"), ("lag_24", "base"), ("sma_10", "base"),
    ("price_change_1", "base"), ("lag_48", "h24"), ("sma_24", "h24"), ("price_change_24", "h24"),
    ("lag_168", "h168"), ("sma_168", "h168"), ("log_volume", "volume"),
    ("volume_ratio_10", "volume"), ("hl_range", "range"), ("oc_change", "range"),
]


def feature_names(horizon, volume, ranges):
    enabled = {"base": True, "h24": horizon >= 24, "h168": horizon >= 168,
               "volume": volume, "range": ranges}
    return [name for name, group in FEATURES if enabled[group]]


def illustrative_scalers(names, price, outputs):
    """(mean, std) per feature, of the order of what 5-minute bars near `price` give."""
    typical = {"lag": (price, price * 0.02), "sma": (price, price * 0.02),
               "price_change": (0.0, 0.01), "log_volume": (math.log1p(1000.0), 1.0),
               "volume_ratio": (1.0, 0.5), "hl_range": (0.002, 0.001), "oc_change": (0.0, 0.001)}
    means, stds = [], []
    for name in names:
        key = next(k for k in typical if name.startswith(k))
        means.append(typical[key][0])
        stds.append(typical[key][1])
    target = {"mean": [price] * outputs, "std": [price * 0.02] * outputs}
    return {"features": {"mean": means, "std": stds}, "target": target}


class Forecaster(torch.nn.Module):
    def __init__(self, features: int, hidden: int, outputs: int):
        super().__init__()
        self.lstm = torch.nn.LSTM(features, hidden, 1, batch_first=True)
        self.head = torch.nn.Linear(hidden, outputs)

    def forward(self, windows: torch.Tensor) -> torch.Tensor:
        sequence, _ = self.lstm(windows)
        return self.head(sequence[:, -1, :])


def build_model(features, hidden, outputs):
    return Forecaster(features, hidden, outputs).eval()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--lookback", type=int, default=16)
    parser.add_argument("--horizons", default="1,3")
    parser.add_argument("--hidden", type=int, default=8)
    parser.add_argument("--no-volume", action="store_true")
    parser.add_argument("--no-range", action="store_true")
    parser.add_argument("--price", type=float, default=100.0)
    parser.add_argument("--symbol")
    parser.add_argument("--timeframe")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    horizons = sorted({int(h) for h in args.horizons.split(",")})
    # The feature groups follow the longest horizon, as in a ModelDeck model trained for it.
    config = {"horizon": horizons[-1], "lookback": args.lookback, "log_return_target": False,
              "volume_features": not args.no_volume, "range_features": not args.no_range}
    names = feature_names(config["horizon"], config["volume_features"], config["range_features"])

    torch.manual_seed(args.seed)
    model = build_model(len(names), args.hidden, len(horizons))
    scripted = torch.jit.script(model)
    with torch.no_grad():  # the shape check ModelDeck repeats on import
        out = scripted(torch.zeros(1, args.lookback, len(names)))
        assert tuple(out.shape) == (1, len(horizons)), out.shape
    scripted.save(args.out)

    with open(args.out, "rb") as f:
        sha256 = hashlib.sha256(f.read()).hexdigest()
    sidecar = {"modeldeck_model": 1, "format": "torchscript", "model_type": "torchscript_lstm",
               "horizons": horizons, "features": config, "feature_names": names,
               "scalers": illustrative_scalers(names, args.price, len(horizons)),
               "description": "Untrained example exported by bench/reference/export_torchscript.py",
               "tags": ["example"], "sha256": sha256, "torch": torch.__version__}
    if args.symbol:
        sidecar["symbol"] = args.symbol
    if args.timeframe:
        sidecar["timeframe"] = args.timeframe
    sidecar_path = os.path.splitext(args.out)[0] + ".json"
    with open(sidecar_path, "w") as f:
        json.dump(sidecar, f, indent=2)
    print(json.dumps({"model": args.out, "sidecar": sidecar_path, "bytes": os.path.getsize(args.out),
                      "features": len(names), "horizons": horizons, "sha256": sha256}))


if __name__ == "__main__":
    main()
