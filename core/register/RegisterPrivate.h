#pragma once
// Internal to core/register: the connection behind a Register and SQL helpers shared by its
// source files.

#include "Register.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mla::reg {

struct Register::Private
{
    QString connection; // QSqlDatabase connection name
    bool pg = false;
    QString name; // the register as shown in messages
    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
};

namespace sql {

inline Error error(const QString& name, const QString& what, const QSqlError& e)
{
    return Error{QStringLiteral("register.sql"), what + QStringLiteral(": ") + e.text().trimmed(), name, 0,
                 0};
}

// A date column: ISO text, or NULL for none.
inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QDate>());
}

// Executes a prepared query; a null QString binds as NULL in QtSql, but our text columns are
// NOT NULL DEFAULT '': bind it as the empty text instead.
inline bool exec(QSqlQuery& q)
{
    const QVariantList values = q.boundValues();
    for (int i = 0; i < values.size(); ++i)
        if (values[i].metaType() == QMetaType::fromType<QString>() && values[i].toString().isNull())
            q.bindValue(i, QStringLiteral(""));
    return q.exec();
}

inline QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// SQL list "('a','b')" of fixed vocabulary ids (never user input).
inline QString idList(const QStringList& ids)
{
    QStringList quoted;
    for (const QString& s : ids)
        quoted << u'\'' + s + u'\'';
    return u'(' + quoted.join(u',') + u')';
}

// Whole days from a to b (ISO date texts), per engine.
inline QString days(bool pg, const QString& from, const QString& to)
{
    return pg ? QStringLiteral("(CAST(%2 AS date) - CAST(%1 AS date))").arg(from, to)
              : QStringLiteral("CAST(julianday(%2) - julianday(%1) AS INTEGER)").arg(from, to);
}

} // namespace sql
} // namespace mla::reg
