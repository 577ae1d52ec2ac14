#pragma once
// One category of the International Classification of Crime for Statistical Purposes (ICCS).
// Plain value type. Codes are hierarchical by prefix: "0501" is under "05".

#include <QMap>
#include <QString>

namespace mla::requirements {

struct IccsCode
{
    QString code;
    int level = 0;
    QString parent;
    QMap<QString, QString> names; // UN language code -> name; English always present
    QString source;

    // Whether `code` covers `other` (equal to it or an ancestor of it).
    static bool covers(const QString& code, const QString& other) { return other.startsWith(code); }
};

} // namespace mla::requirements
