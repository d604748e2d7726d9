#pragma once
// Process-wide LibTorch set-up. Thread counts are set once at start-up, never per job:
// changing them while pool threads run torch code is not safe.

#include <QString>

namespace modeldeck::TorchRuntime {

// intraOpThreads <= 0 means "all cores". Only the first call has an effect.
void initialize(int intraOpThreads);
int intraOpThreads();
QString version();

} // namespace modeldeck::TorchRuntime
