#pragma once
// Names of States and languages in languages beyond the six UN ones, from Debian's iso-codes
// package (the source is shown with every name): English names from
// /usr/share/iso-codes/json/iso_3166-1.json and iso_639-3.json, translations from the gettext
// catalogues /usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo and iso_639-3.mo. These are
// ISO 3166 short names as the iso-codes translators render them — not the official United
// Nations names, which the requirements database holds for the six UN languages only.
// Files are size-capped and parsed defensively. Reentrant (results cached under a mutex).

#include <QString>

namespace mla::render {

struct IsoName
{
    QString name;   // empty when unknown
    QString source; // e.g. "Debian iso-codes 4.15: /usr/share/locale/pt/LC_MESSAGES/iso_3166-1.mo"
};

// The State with ISO 3166-1 alpha-3 `alpha3` in `language` (BCP 47); the English ISO name when
// no translation exists for the language; empty when the code is unknown.
IsoName isoCountryName(const QString& alpha3, const QString& language);
// The language `code` (ISO 639-1 or -3, e.g. "en") named in `language` ("anglais").
IsoName isoLanguageName(const QString& code, const QString& language);

// Overrides the iso-codes locations (tests); empty: the Debian paths.
void setIsoCodesRoot(const QString& jsonDir, const QString& localeDir);

} // namespace mla::render
