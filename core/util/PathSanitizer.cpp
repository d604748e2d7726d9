#include "PathSanitizer.h"

#include "util/TrContext.h"

#include <QCoreApplication>
#include <QDir>

namespace modeldeck::PathSanitizer {

namespace {

constexpr TrContext tr { "modeldeck::PathSanitizer" };

bool isSafeChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'.' || c == u'_' || c == u'-';
}

} // namespace

QString sanitizeComponent(const QString &name)
{
    constexpr qsizetype kMaxLength = 64;
    QString out;
    out.reserve(std::min(name.size(), kMaxLength));
    for (QChar c : name) {
        if (out.size() == kMaxLength)
            break;
        out += isSafeChar(c) ? c : u'_';
    }
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    if (out.isEmpty())
        out = QStringLiteral("_");
    return out;
}

Result<QString> resolveInside(const QString &root, const QString &relative)
{
    const QString cleanRoot = QDir::cleanPath(QDir(root).absolutePath());
    if (relative.isEmpty() || QDir::isAbsolutePath(relative) || relative.contains(u'\\')
        || relative.contains(QChar(0))) {
        return Error {
            tr("The path “%1” is not a relative path inside the workspace.").arg(relative)
        };
    }
    const QString joined = QDir::cleanPath(cleanRoot + u'/' + relative);
    if (!joined.startsWith(cleanRoot + u'/')) {
        return Error {
            tr("The path “%1” leads outside the workspace “%2”.").arg(relative, cleanRoot)
        };
    }
    return joined;
}

Status validateSymbol(const QString &symbol)
{
    const auto invalid = [&symbol] {
        return Error { tr("“%1” is not a valid symbol: use 1–32 letters, digits and . _ - ^ = & "
                          "(for example TCS.NS, ^NSEI, EURUSD=X).")
                           .arg(symbol.left(40)) };
    };
    if (symbol.isEmpty() || symbol.size() > 32)
        return invalid();
    const QChar first = symbol.front();
    if (!(first.isLetterOrNumber() || first == u'^') || first.unicode() > 127)
        return invalid();
    for (QChar c : symbol) {
        if (!(isSafeChar(c) || c == u'^' || c == u'=' || c == u'&'))
            return invalid();
    }
    return {};
}

} // namespace modeldeck::PathSanitizer
