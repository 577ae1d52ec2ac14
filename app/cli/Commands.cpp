#include "Commands.h"
#include "Cli.h"

namespace mla::cli {

const QList<CommandInfo>& commands()
{
    static const QList<CommandInfo> list{
        {"validate", "validate DRAFT", "check that a draft file is well-formed and valid", validateCommand},
        {"format", "format DRAFT", "rewrite a draft canonically, in place (atomic)", formatCommand},
        {"check", "check DRAFT [--json]", "check a draft against article 18 and the requested State",
         checkCommand},
        {"state", "state ISO3 [--lang L] [--json]", "show what the database knows of a State", stateCommand},
        {"requirements", "requirements export|import FILE", "exchange requirements packages",
         requirementsCommand},
        {"render",
         "render DRAFT --lang L|all --out PATH [--format pdf|odt] [--paper a4|letter] [--sign P12 "
         "--pass-file F | --sign "
         "--pkcs11 MODULE [--token T] [--key-label L | --key-id HEX] [--pin-file F]] [--tsa URL] "
         "[--level b-b|b-t|b-lt|b-lta] [--crl F]...",
         "write the request as PDF", renderCommand},
        {"templates-lint", "templates-lint [DIR]", "check the document language files against the layout",
         templatesLintCommand},
        {"sign",
         "sign PDF (--p12 F --pass-file F | --pkcs11 MODULE [--token LABEL] [--key-label L | --key-id HEX] "
         "[--pin-file F]) [--tsa URL] [--level b-b|b-t|b-lt|b-lta] [--crl F]... [--reason R] [--location L] "
         "[--contact C] "
         "[--name N] [--function F] [--place P] [--lang L] [--invisible] [--certify] --out PDF",
         "sign or countersign a PDF", signCommand},
        {"tokens", "tokens [--pkcs11 MODULE] [--all]", "list PKCS#11 tokens and their signing certificates",
         tokensCommand},
        {"verify", "verify PDF [--json] [--trust PEM] [--at TIME] [--extract-signed N --out PDF]",
         "verify every signature of a PDF", verifyCommand},
        {"extract", "extract PDF --out DRAFT [--trust PEM] [--unsigned-ok]",
         "take the signed request's draft out of its PDF", extractCommand},
        {"demo-identity", "demo-identity --out P12 --pass-file F", "create a DEMO signing identity",
         demoIdentityCommand},
        {"xliff", "xliff export|import|status DRAFT ...", "exchange a request's free text with translators",
         xliffCommand},
        {"demo", "demo [--out DIR]", "run the headless demonstration on the bundled samples", demoCommand},
        {"register", "register add|list|show|event|next|stats|chaser|letter|report ... [--register URL]",
         "the case register: track, chase and count requests (SQLite or PostgreSQL)", registerCommand},
        {"package", "package create|open|receipt|receipt-check|demo-authority ...",
         "the encrypted request package and its signed delivery receipt", packageCommand},
    };
    return list;
}

} // namespace mla::cli
