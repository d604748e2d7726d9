#!/usr/bin/python3
"""Reference for bench/train_throughput: the same LSTM training loop in PyTorch.

Reads the feature rows, targets and sample ranges that the C++ benchmark wrote, trains
LSTM(features -> hidden, layers) -> Linear(hidden -> 1) with Adam and MSE for the same
epochs, batch size, seed and thread count, validating every epoch like ModelDeck's trainer,
and prints one JSON object. Run with Debian's /usr/bin/python3 (python3-torch).
"""
import json
import sys
import time

import numpy as np
import torch


def main():
    meta = json.load(open(sys.argv[1]))
    torch.set_num_threads(meta["threads"])
    rows = torch.from_numpy(np.fromfile(meta["rows"], dtype=np.float32).reshape(meta["row_count"], meta["features"]))
    targets = torch.from_numpy(np.fromfile(meta["targets"], dtype=np.float32))
    lookback, batch = meta["lookback"], meta["batch_size"]
    unfolded = rows.unfold(0, lookback, 1)  # [T - L + 1, F, L], a view

    def windows(end_rows):
        return unfolded.index_select(0, end_rows - (lookback - 1)).transpose(1, 2).contiguous()

    class Lstm(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = torch.nn.LSTM(meta["features"], meta["hidden"], meta["layers"], batch_first=True)
            self.head = torch.nn.Linear(meta["hidden"], 1)

        def forward(self, x):
            out, _ = self.lstm(x)
            return self.head(out[:, -1, :]).squeeze(-1)

    torch.manual_seed(meta["seed"])
    model = Lstm()
    optimizer = torch.optim.Adam(model.parameters(), lr=meta["learning_rate"])
    train_rows = torch.arange(meta["train_begin"], meta["train_end"])
    val_rows = torch.arange(meta["val_begin"], meta["val_end"])
    torch.manual_seed(meta["seed"])
    start = time.perf_counter()
    train_loss = val_loss = float("nan")
    for _ in range(meta["epochs"]):
        model.train()
        order = train_rows[torch.randperm(len(train_rows))]
        total = 0.0
        for b in range(0, len(order), batch):
            idx = order[b:b + batch]
            optimizer.zero_grad()
            loss = torch.nn.functional.mse_loss(model(windows(idx)), targets[idx])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), meta["grad_clip"])
            optimizer.step()
            total += loss.item() * len(idx)
        train_loss = total / len(order)
        model.eval()
        with torch.inference_mode():
            val_loss = 0.0
            for b in range(0, len(val_rows), 1024):
                idx = val_rows[b:b + 1024]
                val_loss += torch.nn.functional.mse_loss(model(windows(idx)), targets[idx]).item() * len(idx)
            val_loss /= len(val_rows)
    seconds = time.perf_counter() - start
    samples = len(train_rows) * meta["epochs"]
    print(json.dumps({"samples_per_s": samples / seconds, "seconds": seconds,
                      "final_train_loss": train_loss, "final_val_loss": val_loss,
                      "torch": torch.__version__}))


if __name__ == "__main__":
    main()
