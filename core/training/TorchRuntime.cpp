#include "TorchRuntime.h"

#include <QThread>
#include <cstdlib>
#include <cstring>
#include <mutex>

#if defined(__linux__)
#include <dlfcn.h>
#include <unistd.h>
#endif

namespace modeldeck::TorchRuntime {

void initialize(int threads)
{
    static std::once_flag once;
    std::call_once(once, [threads] {
        const int n = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
        // Inter-op parallelism only helps graphs with independent branches; ours are chains,
        // and the queue already runs jobs in parallel.
        at::set_num_interop_threads(1);
        torch::set_num_threads(n);
    });
}

int intraOpThreads()
{
    return torch::get_num_threads();
}

QString blasCoreName()
{
#if defined(__linux__)
    using CoreName = char *(*)();
    if (auto fn = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename"))) {
        const char *name = fn();
        return name ? QString::fromLatin1(name).trimmed() : QString();
    }
#endif
    return {};
}

void ensureFastBlasKernels(char **argv)
{
#if defined(__linux__) && (defined(__x86_64__) || defined(__i386__))
    if (std::getenv("OPENBLAS_CORETYPE") || !argv || !argv[0])
        return;
    if (blasCoreName().compare(QLatin1StringView("Prescott"), Qt::CaseInsensitive) != 0)
        return;
    __builtin_cpu_init();
    const char *core = nullptr;
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
        && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq")
        && __builtin_cpu_supports("avx512cd")) {
        core = "SkylakeX";
    } else if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
        core = "Haswell";
    }
    if (!core)
        return;
    setenv("OPENBLAS_CORETYPE", core, 1);
    // Exec the resolved path, not /proc/self/exe: the process name would become "exe".
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0)
        return;
    self[length] = '\0';
    execv(self, argv);
    // execv only returns on failure; carry on with the slower kernels.
#else
    (void)argv;
#endif
}

QString version()
{
    return QStringLiteral("%1.%2.%3")
        .arg(TORCH_VERSION_MAJOR)
        .arg(TORCH_VERSION_MINOR)
        .arg(TORCH_VERSION_PATCH);
}

} // namespace modeldeck::TorchRuntime
