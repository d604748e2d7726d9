#pragma once
// Process-wide LibTorch set-up. Thread counts are set once at start-up, never per job:
// changing them while pool threads run torch code is not safe.

#include <QString>

namespace modeldeck::TorchRuntime {

// Sets the environment the native runtimes read once, when they load, and re-executes the
// program once if anything had to change (libtorch links them, so they are loaded before
// main() runs and a setenv() afterwards is too late). Call first thing in main(), before any
// thread starts; does nothing on other OSes or when nothing needs changing. It sets:
// - OMP_WAIT_POLICY=PASSIVE, unless the user set it or GOMP_SPINCOUNT: libgomp otherwise
//   spins up to ~300,000 times at every barrier. With one other busy process on 2 cores, a
//   2-thread `train` took 163 s instead of 5.7 s, 37 % of its CPU time spinning in libgomp.
// - OPENBLAS_CORETYPE, unless the user set it: OpenBLAS picks its kernels from the CPU model
//   and falls back to the old "Prescott" SSE3 kernels on CPUs it does not know, such as
//   virtual machines reporting a generic "Intel Xeon Processor": measured here, LSTM
//   training ran 2.2x slower that way (1,100 vs 2,400 samples/s). Set to SkylakeX or Haswell
//   when OpenBLAS chose Prescott on a CPU with AVX-512 or AVX2.
void prepareEnvironment(char **argv);

// The kernel set OpenBLAS uses ("SkylakeX", "Haswell", …), or empty for another BLAS.
QString blasCoreName();

// Intra-op threads for every job of the process, at least 1 (the defaults are the rule in
// queue/WorkerPlan.h). Only the first call has an effect.
void initialize(int intraOpThreads);
int intraOpThreads();
QString version();

} // namespace modeldeck::TorchRuntime
