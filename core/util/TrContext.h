#pragma once
// tr() for free functions, which have no class to declare it with Q_DECLARE_TR_FUNCTIONS:
//
//     constexpr TrContext tr { "modeldeck::Resampler" };
//
// at the top of a .cpp lets the file's functions call tr("...") as a class's members would,
// under that translation context. Classes use Q_DECLARE_TR_FUNCTIONS instead.

#include <QCoreApplication>
#include <QString>

namespace modeldeck {

struct TrContext
{
    const char *context;

    // The shape of QObject::tr, so that lupdate sees plural messages as plural.
    QString operator()(const char *text, const char *disambiguation = nullptr, int n = -1) const
    {
        return QCoreApplication::translate(context, text, disambiguation, n);
    }
};

} // namespace modeldeck
