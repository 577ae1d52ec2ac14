#pragma once
// One function per command, each in its own file (NameCommand.cpp).

#include <QStringList>

class QTextStream;

namespace mla::cli {

int validateCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int formatCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int checkCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int stateCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int requirementsCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int renderCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int templatesLintCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int signCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int tokensCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int verifyCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int demoIdentityCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int xliffCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int demoCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int registerCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int extractCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int packageCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace mla::cli
