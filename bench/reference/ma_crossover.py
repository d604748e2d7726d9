#!/usr/bin/python3
"""NumPy reference for bench/backtest_throughput: the ma_crossover strategy and ModelDeck's
backtest cost model (core/backtest/BacktestEngine.h), vectorised the usual NumPy way.

Signal t: +1 when SMA(fast) > SMA(slow) at bar t, -1 when below, 0 when equal or warming up
(flat instead of -1 when long-only). Position at bar i = signal[i-1] (bar 0 flat), traded at
bar i's open. Per-bar growth: held through the bar, 1 + p * (close[i]/close[i-1] - 1); when the
position changes, (1 + q*(open[i]/close[i-1] - 1)) * (1 - |p - q| * cost) * (1 + p*(close[i]/open[i] - 1)).
Total return = product of growths - 1.

Usage: ma_crossover.py OPEN.f64 CLOSE.f64 --pairs f1:s1,f2:s2,... --cost C [--short] [--repeats N]
Reads raw little-endian float64 arrays; prints one JSON line: seconds (the fastest repeat) and
the total return of each pair. Moving averages are computed once per distinct period from one
cumulative sum (as ModelDeck's IndicatorCache does), inside the timing.
"""
import argparse
import json
import time

import numpy as np


def run(open_, close, pairs, cost, short):
    cs = np.concatenate(([0.0], np.cumsum(close)))
    n = close.size
    smas = {}

    def sma(period):
        if period not in smas:
            out = np.full(n, np.nan)
            out[period - 1:] = (cs[period:] - cs[:-period]) / period
            smas[period] = out
        return smas[period]

    close_return = close[1:] / close[:-1] - 1.0
    gap = open_[1:] / close[:-1] - 1.0
    intraday = close[1:] / open_[1:] - 1.0
    totals = []
    for fast, slow in pairs:
        f = sma(fast)
        s = sma(slow)
        signal = (f > s).astype(np.float64) - (f < s)
        if not short:
            signal = np.maximum(signal, 0.0)
        p = signal[:-1]  # position at bars 1..n-1
        q = np.concatenate(([0.0], p[:-1]))  # the previous bar's position (bar 0 flat)
        held = 1.0 + p * close_return
        changed = (1.0 + q * gap) * (1.0 - np.abs(p - q) * cost) * (1.0 + p * intraday)
        growth = np.where(p == q, held, changed)
        totals.append(float(np.prod(growth) - 1.0))
    return totals


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("open")
    parser.add_argument("close")
    parser.add_argument("--pairs", required=True)
    parser.add_argument("--cost", type=float, default=0.0)
    parser.add_argument("--short", action="store_true")
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    open_ = np.fromfile(args.open, dtype="<f8")
    close = np.fromfile(args.close, dtype="<f8")
    pairs = [tuple(int(x) for x in p.split(":")) for p in args.pairs.split(",")]
    best = None
    totals = []
    for _ in range(max(1, args.repeats)):
        start = time.perf_counter()
        totals = run(open_, close, pairs, args.cost, args.short)
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
    print(json.dumps({"seconds": best, "total_returns": totals, "numpy": np.__version__}))


if __name__ == "__main__":
    main()
