#pragma once
// Process-wide LibTorch set-up. Thread counts are set once at start-up, never per job:
// changing them while pool threads run torch code is not safe.

#include <QString>

namespace modeldeck::TorchRuntime {

// OpenBLAS picks its kernels from the CPU model and falls back to the old "Prescott" SSE3
// kernels on CPUs it does not know, such as virtual machines reporting a generic "Intel Xeon
// Processor": measured here, LSTM training ran 2.2x slower that way (1,100 vs 2,400
// samples/s). The choice is made when the library loads, so when OpenBLAS chose Prescott
// on a CPU with AVX-512 or AVX2 this re-executes the program with OPENBLAS_CORETYPE set.
// Call first thing in main(); does nothing elsewhere (other BLAS, other OS, already set).
void ensureFastBlasKernels(char **argv);
// The kernel set OpenBLAS uses ("SkylakeX", "Haswell", …), or empty for another BLAS.
QString blasCoreName();

// intraOpThreads <= 0 means "all cores". Only the first call has an effect.
void initialize(int intraOpThreads);
int intraOpThreads();
QString version();

} // namespace modeldeck::TorchRuntime
