#include "domain/RegisteredModel.h"

namespace modeldeck {

QString toString(RegisteredModel::Format format)
{
    return format == RegisteredModel::Format::TorchScript ? QStringLiteral("torchscript")
                                                          : QStringLiteral("modeldeck");
}

} // namespace modeldeck
