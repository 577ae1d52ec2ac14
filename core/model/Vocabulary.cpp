#include "Vocabulary.h"

namespace mla {

QStringList unLanguages()
{
    return {QStringLiteral("ar"), QStringLiteral("zh"), QStringLiteral("en"),
            QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("es")};
}

bool isUnLanguage(const QString& code)
{
    return unLanguages().contains(code);
}

} // namespace mla
