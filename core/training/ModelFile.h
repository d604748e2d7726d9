#pragma once
// Model files: a short ModelDeck header followed by the LibTorch archive of the network's
// parameters. Written atomically (QSaveFile) with their SHA-256; loading checks the hash
// before LibTorch sees a byte, because deserialising runs code paths on untrusted input.
// Torch-free header.

#include "modeldeck_core_export.h"
#include "models/ModelConfig.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace modeldeck {

class ForecasterImpl;

struct WrittenModelFile
{
    QString sha256; // hex
    qint64 bytes = 0;
};

namespace ModelFile {

MODELDECK_CORE_EXPORT Result<QByteArray> serialize(ForecasterImpl &module);
// Atomic write: the file appears whole or not at all.
MODELDECK_CORE_EXPORT Result<WrittenModelFile> write(const QString &path, const QByteArray &bytes);
// Reads `path`, refuses it unless its SHA-256 equals `expectedSha256`, then rebuilds the
// network from `config` and loads the parameters. Damaged or foreign files give an Error.
MODELDECK_CORE_EXPORT Result<std::shared_ptr<ForecasterImpl>> load(const QString &path,
                                                                   const QString &expectedSha256,
                                                                   const ModelConfig &config,
                                                                   int featureCount);
// The bytes of `path` if its SHA-256 equals `expectedSha256` (hex); a missing, oversized or
// changed file is an Error saying which. Nothing is deserialised.
MODELDECK_CORE_EXPORT Result<QByteArray> readVerified(const QString &path,
                                                      const QString &expectedSha256);
// Rebuilds the network from `config` and loads parameters from verified file bytes.
MODELDECK_CORE_EXPORT Result<std::shared_ptr<ForecasterImpl>>
fromBytes(const QByteArray &bytes, const ModelConfig &config, int featureCount);
MODELDECK_CORE_EXPORT QString sha256Hex(const QByteArray &bytes);

} // namespace ModelFile
} // namespace modeldeck
