#include "services/BuildInfo.h"

#include "models/TreeBooster.h"
#include "training/TorchRuntime.h"

#include <sqlite3.h>

namespace modeldeck::BuildInfo {

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString qtBuildVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString torchVersion()
{
    return TorchRuntime::version();
}

QString xgboostVersion()
{
    return TreeBooster::version();
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString blasKernels()
{
    return TorchRuntime::blasCoreName();
}

QString compiler()
{
#if defined(__clang__)
    return QStringLiteral("Clang %1.%2.%3")
        .arg(__clang_major__)
        .arg(__clang_minor__)
        .arg(__clang_patchlevel__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC %1.%2.%3")
        .arg(__GNUC__)
        .arg(__GNUC_MINOR__)
        .arg(__GNUC_PATCHLEVEL__);
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_VER);
#else
    return QString();
#endif
}

} // namespace modeldeck::BuildInfo
