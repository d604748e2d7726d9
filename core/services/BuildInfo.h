#pragma once
// The versions of the libraries this build runs with, for the About dialog and bug reports:
// Qt at run time (and at build time), LibTorch, XGBoost, SQLite (the library Qt's driver and
// the bulk writer link; sqlite3_libversion, so no SQL is needed) and the BLAS kernels.

#include "modeldeck_core_export.h"

#include <QString>

namespace modeldeck::BuildInfo {

MODELDECK_CORE_EXPORT QString qtRuntimeVersion(); // qVersion()
MODELDECK_CORE_EXPORT QString qtBuildVersion(); // QT_VERSION_STR
MODELDECK_CORE_EXPORT QString torchVersion(); // TORCH_VERSION as "1.13.1"
MODELDECK_CORE_EXPORT QString xgboostVersion(); // the linked library's, "1.7.4"
MODELDECK_CORE_EXPORT QString sqliteVersion(); // sqlite3_libversion(), "3.40.1"
MODELDECK_CORE_EXPORT QString blasKernels(); // OpenBLAS's core type, or empty
MODELDECK_CORE_EXPORT QString compiler(); // "GCC 12.2.0"

} // namespace modeldeck::BuildInfo
