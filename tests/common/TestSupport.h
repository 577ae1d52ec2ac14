#pragma once
// Helpers shared by the test suites: paths to fixtures and scratch directories.

#include <QByteArray>
#include <QString>

namespace mla::test {

QString sourcePath(const QString& relative);     // under the repository root
QString dataPath(const QString& relative);       // under tests/data
QString sharedDataPath(const QString& relative); // under ../shared/data
QByteArray readAll(const QString& path);         // empty on failure
bool writeAll(const QString& path, const QByteArray& bytes);

} // namespace mla::test
