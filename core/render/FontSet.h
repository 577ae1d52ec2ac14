#pragma once
// The fonts a language is rendered with: Noto families from the Debian packages fonts-noto-core
// and fonts-noto-cjk. check() fails with an error naming the package when a family is missing.
// Use from the thread that owns the QGuiApplication.

#include "base/Error.h"

#include <QFont>
#include <QStringList>

namespace mla::render {

class FontSet
{
public:
    // Families in fallback order for `language` (the language's own script first).
    static QStringList familiesFor(const QString& language);
    // The Debian package that ships `family`.
    static QString packageFor(const QString& family);
    // OK when every family in `families` is installed; otherwise "render.font.missing" naming
    // the family and its package.
    static Status check(const QStringList& families);
    // A font for `language` at `pointSize`.
    static QFont font(const QString& language, double pointSize, bool bold = false, bool italic = false);
};

} // namespace mla::render
