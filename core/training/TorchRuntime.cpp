#include "TorchRuntime.h"

#include <QThread>

#include <mutex>

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

QString version()
{
    return QStringLiteral("%1.%2.%3").arg(TORCH_VERSION_MAJOR).arg(TORCH_VERSION_MINOR).arg(TORCH_VERSION_PATCH);
}

} // namespace modeldeck::TorchRuntime
