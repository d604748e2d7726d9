#include "domain/RegisteredModel.h"

namespace modeldeck {

QString toString(RegisteredModel::Format format)
{
    return format == RegisteredModel::Format::TorchScript ? QStringLiteral("torchscript")
                                                          : QStringLiteral("modeldeck");
}

const RegisteredModel *representativeVersion(const std::vector<RegisteredModel> &versions)
{
    const RegisteredModel *reference = nullptr;
    for (const RegisteredModel &m : versions) {
        if (m.active)
            return &m;
        if (!reference || m.version > reference->version)
            reference = &m;
    }
    return reference;
}

} // namespace modeldeck
