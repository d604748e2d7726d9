#include "ModelFile.h"

#include "models/Forecaster.h"
#include "util/SafeRead.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <sstream>

namespace modeldeck::ModelFile {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::ModelFile)
};

constexpr QByteArrayView kMagic("MODELDECK-MODEL 1\n");
constexpr qint64 kMaxModelBytes = qint64(2) << 30; // 2 GiB: far above any model we train

QString firstLine(const char *what)
{
    return QString::fromUtf8(what).section(u'\n', 0, 0);
}

} // namespace

Result<QByteArray> serialize(ForecasterImpl &module)
{
    try {
        torch::serialize::OutputArchive archive;
        module.save(archive);
        std::ostringstream stream;
        archive.save_to(stream);
        const std::string bytes = stream.str();
        QByteArray out;
        out.reserve(kMagic.size() + qsizetype(bytes.size()));
        out.append(kMagic.data(), kMagic.size());
        out.append(bytes.data(), qsizetype(bytes.size()));
        return out;
    } catch (const c10::Error &e) {
        return Error { Tr::tr("Serialising the model failed: %1").arg(firstLine(e.what())) };
    }
}

Result<WrittenModelFile> write(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error { Tr::tr("Cannot create the folder for the model file."), path };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Tr::tr("Cannot write the model file: %1").arg(file.errorString()), path };
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error { Tr::tr("Writing the model file failed: %1").arg(file.errorString()), path };
    return WrittenModelFile { sha256Hex(bytes), bytes.size() };
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<QByteArray> readVerified(const QString &path, const QString &expectedSha256)
{
    if (!QFileInfo(path).exists() && !QFileInfo(path).isSymLink())
        return Error { Tr::tr("The model file is missing."), path };
    // A model file swapped for a device or pipe would never end; a huge one would fill memory.
    auto read = SafeRead::readRegularFile(path, kMaxModelBytes);
    if (!read)
        return Error { Tr::tr("The model file cannot be loaded: %1").arg(read.error().message),
                       path };
    const QByteArray bytes = std::move(*read);
    if (expectedSha256.isEmpty() || sha256Hex(bytes) != expectedSha256) {
        return Error { Tr::tr("The model file does not match the one ModelDeck saved (SHA-256 "
                              "differs): it was changed, "
                              "truncated or replaced, so it will not be loaded."),
                       path };
    }
    return bytes;
}

Result<std::shared_ptr<ForecasterImpl>> fromBytes(const QByteArray &bytes,
                                                  const ModelConfig &config, int featureCount)
{
    if (!bytes.startsWith(kMagic))
        return Error { Tr::tr("This is not a ModelDeck model file.") };
    auto module = createForecaster(config, featureCount);
    if (!module)
        return module.error();
    try {
        std::istringstream stream(
            std::string(bytes.constData() + kMagic.size(), size_t(bytes.size() - kMagic.size())));
        torch::serialize::InputArchive archive;
        archive.load_from(stream);
        (*module)->load(archive);
        (*module)->eval();
        return *module;
    } catch (const c10::Error &e) {
        return Error {
            Tr::tr("The model file is damaged or does not fit this model's configuration: %1")
                .arg(firstLine(e.what()))
        };
    } catch (const std::exception &e) {
        return Error { Tr::tr("The model file could not be loaded: %1").arg(firstLine(e.what())) };
    }
}

Result<std::shared_ptr<ForecasterImpl>> load(const QString &path, const QString &expectedSha256,
                                             const ModelConfig &config, int featureCount)
{
    auto bytes = readVerified(path, expectedSha256);
    if (!bytes)
        return bytes.error();
    auto module = fromBytes(*bytes, config, featureCount);
    if (!module)
        return module.error().withFile(path);
    return module;
}

} // namespace modeldeck::ModelFile
