#pragma once
// Closed vocabularies of the request model and their stable string ids (used in the .mlar
// format, the JSON output of the CLI and as translation context). Ids never change once shipped.

#include <QString>
#include <QStringList>

namespace mla {

// The six official UN languages, in the UN's alphabetical order of their English names.
QStringList unLanguages(); // {"ar","zh","en","fr","ru","es"}
bool isUnLanguage(const QString& code);

enum class LegalBasisKind
{
    Untoc,
    Treaty,
    Reciprocity
};
enum class Channel
{
    CentralAuthority,
    Diplomatic,
    Interpol
};
enum class ProceedingsType
{
    Investigation,
    Prosecution,
    JudicialProceedings
};
enum class PersonRole
{
    Suspect,
    Accused,
    Witness,
    Victim,
    Expert,
    AccountHolder,
    DetainedPerson,
    Other
};
enum class RequestStatus
{
    Draft,
    SubmittedForReview,
    Returned,
    Approved,
    Signed,
    Sent
};

template <typename E> struct EnumInfo; // specialised below: ids for each enum

#define MLA_ENUM_IDS(E, ...)                                                                                 \
    template <> struct EnumInfo<E>                                                                           \
    {                                                                                                        \
        static const QStringList& ids()                                                                      \
        {                                                                                                    \
            static const QStringList l{__VA_ARGS__};                                                         \
            return l;                                                                                        \
        }                                                                                                    \
    };

MLA_ENUM_IDS(LegalBasisKind, QStringLiteral("untoc"), QStringLiteral("treaty"), QStringLiteral("reciprocity"))
MLA_ENUM_IDS(Channel, QStringLiteral("central-authority"), QStringLiteral("diplomatic"),
             QStringLiteral("interpol"))
MLA_ENUM_IDS(ProceedingsType, QStringLiteral("investigation"), QStringLiteral("prosecution"),
             QStringLiteral("judicial-proceedings"))
MLA_ENUM_IDS(PersonRole, QStringLiteral("suspect"), QStringLiteral("accused"), QStringLiteral("witness"),
             QStringLiteral("victim"), QStringLiteral("expert"), QStringLiteral("account-holder"),
             QStringLiteral("detained-person"), QStringLiteral("other"))
MLA_ENUM_IDS(RequestStatus, QStringLiteral("draft"), QStringLiteral("submitted-for-review"),
             QStringLiteral("returned"), QStringLiteral("approved"), QStringLiteral("signed"),
             QStringLiteral("sent"))
#undef MLA_ENUM_IDS

template <typename E> QString enumId(E value)
{
    return EnumInfo<E>::ids().value(static_cast<int>(value));
}

template <typename E> bool enumFromId(const QString& id, E* out)
{
    const int i = EnumInfo<E>::ids().indexOf(id);
    if (i < 0)
        return false;
    *out = static_cast<E>(i);
    return true;
}

} // namespace mla
