#include "TorchRuntime.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#if defined(__linux__)
#include <dlfcn.h>
#include <unistd.h>
#endif

namespace modeldeck::TorchRuntime {

void initialize(int threads)
{
    static std::once_flag once;
    std::call_once(once, [threads] {
        const int n = std::max(1, threads);
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

namespace {

struct Change
{
    const char *name;
    const char *value;
};

// The OpenBLAS kernel set to ask for, or null when OpenBLAS's own choice is fine.
const char *fasterBlasCore()
{
#if defined(__x86_64__) || defined(__i386__)
    if (std::getenv("OPENBLAS_CORETYPE"))
        return nullptr;
    if (blasCoreName().compare(QLatin1StringView("Prescott"), Qt::CaseInsensitive) != 0)
        return nullptr;
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
        && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq")
        && __builtin_cpu_supports("avx512cd")) {
        return "SkylakeX";
    }
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return "Haswell";
#endif
    return nullptr;
}

// Whether an OpenMP runtime is loaded whose waiting the user left to its default.
bool openMpWaitsByDefault()
{
#if defined(__linux__)
    if (!dlsym(RTLD_DEFAULT, "omp_get_max_threads"))
        return false;
#endif
    return !std::getenv("OMP_WAIT_POLICY") && !std::getenv("GOMP_SPINCOUNT");
}

std::vector<Change> environmentChanges()
{
    std::vector<Change> changes;
    if (const char *core = fasterBlasCore())
        changes.push_back({ "OPENBLAS_CORETYPE", core });
    // Passive: a thread that finds no work sleeps on a futex at once instead of spinning. A
    // spinning thread holds a core that the thread it waits for (or another program) needs.
    if (openMpWaitsByDefault())
        changes.push_back({ "OMP_WAIT_POLICY", "PASSIVE" });
    return changes;
}

} // namespace

void prepareEnvironment(char **argv)
{
#if defined(__linux__)
    if (!argv || !argv[0])
        return;
    const std::vector<Change> changes = environmentChanges();
    if (changes.empty())
        return; // also what stops the re-executed program from executing again
    // Exec the resolved path, not /proc/self/exe: the process name would become "exe".
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0)
        return;
    self[length] = '\0';
    for (const Change &change : changes)
        setenv(change.name, change.value, 1);
    execv(self, argv);
    // execv only returns on failure; carry on with the runtimes as they loaded.
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
