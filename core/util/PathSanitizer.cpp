#include "PathSanitizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <optional>

namespace modeldeck::PathSanitizer {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::PathSanitizer)
};

bool isSafeChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'.' || c == u'_' || c == u'-';
}

// Where `path` (absolute, clean) really is: the canonical path of its deepest existing
// ancestor with the components that do not exist yet appended (a file about to be written).
// Empty when a component is a dangling symlink, whose destination cannot be checked.
std::optional<QString> physicalPath(const QString &path)
{
    QString existing = path;
    QStringList missing;
    for (;;) {
        const QFileInfo info(existing);
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty()) {
            missing.prepend(canonical);
            return QDir::cleanPath(missing.join(u'/'));
        }
        if (info.isSymLink())
            return std::nullopt;
        const QString parent = info.path();
        if (parent == existing || info.fileName().isEmpty())
            return path; // nothing exists, not even the filesystem root: nothing to resolve
        missing.prepend(info.fileName());
        existing = parent;
    }
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
            Tr::tr("The path “%1” is not a relative path inside the workspace.").arg(relative)
        };
    }
    const QString joined = QDir::cleanPath(cleanRoot + u'/' + relative);
    const auto outside = [&] {
        return Error {
            Tr::tr("The path “%1” leads outside the workspace “%2”.").arg(relative, cleanRoot)
        };
    };
    if (!joined.startsWith(cleanRoot + u'/'))
        return outside();
    // The string is inside; where it lands is decided by the symlinks on the way (a folder
    // under models/ linked elsewhere), so the physical paths are compared too.
    const std::optional<QString> physicalRoot = physicalPath(cleanRoot);
    const std::optional<QString> physical = physicalPath(joined);
    if (!physicalRoot || !physical) {
        return Error { Tr::tr("The path “%1” in the workspace “%2” goes through a symbolic link to "
                              "something that does not exist.")
                           .arg(relative, cleanRoot) };
    }
    const QString prefix
        = physicalRoot->endsWith(u'/') ? *physicalRoot : QString(*physicalRoot + u'/');
    if (!physical->startsWith(prefix))
        return outside();
    return joined;
}

Status validateSymbol(const QString &symbol)
{
    const auto invalid = [&symbol] {
        return Error { Tr::tr(
                           "“%1” is not a valid symbol: use 1–32 letters, digits and . _ - ^ = & "
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
