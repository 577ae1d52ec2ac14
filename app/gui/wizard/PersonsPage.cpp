#include "PersonsPage.h"

#include "DateField.h"
#include "DraftSession.h"
#include "FormText.h"
#include "Labels.h"
#include "ui_PersonsPage.h"

#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace mla::gui {

namespace {

QString scriptsText(const QList<NameInScript>& names)
{
    QStringList l;
    for (const auto& n : names)
        l << n.script + QStringLiteral(": ") + n.text;
    return l.join(u'\n');
}

QList<NameInScript> parseScripts(const QString& text)
{
    QList<NameInScript> out;
    for (const QString& line : formtext::lines(text)) {
        const int colon = line.indexOf(u':');
        if (colon > 0)
            out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        else
            out.append({QString(), line});
    }
    return out;
}

QString documentsText(const QList<IdentityDocument>& docs)
{
    QStringList l;
    for (const auto& d : docs) {
        QStringList parts{d.type, d.number, d.issuingState, formtext::formatDate(d.expiry)};
        while (!parts.isEmpty() && parts.last().isEmpty())
            parts.removeLast();
        l << parts.join(QStringLiteral("; "));
    }
    return l.join(u'\n');
}

QList<IdentityDocument> parseDocuments(const QString& text)
{
    QList<IdentityDocument> out;
    for (const QString& line : formtext::lines(text)) {
        const QStringList p = line.split(u';');
        IdentityDocument d;
        d.type = p.value(0).trimmed();
        d.number = p.value(1).trimmed();
        d.issuingState = p.value(2).trimmed().toUpper();
        d.expiry = formtext::parseDate(p.value(3));
        out.append(d);
    }
    return out;
}

} // namespace

PersonsPage::PersonsPage(QWidget* parent) : WizardPage(parent), m_ui(std::make_unique<Ui::PersonsPage>())
{
    m_ui->setupUi(this);
    balance(m_ui->detailGroup);
    Labels::fill(m_ui->roleCombo, Labels::personRoles());
    watch(m_ui->roleCombo);
    watch(m_ui->familyNameEdit);
    watch(m_ui->givenNamesEdit);
    watch(m_ui->otherScriptsEdit);
    watch(m_ui->aliasesEdit);
    watch(m_ui->dateOfBirthEdit,
          [this] { return QStringLiteral("persons[%1].dateOfBirth").arg(m_currentId); });
    watch(m_ui->placeOfBirthEdit);
    watch(m_ui->nationalitiesEdit);
    watch(m_ui->documentsEdit);
    watch(m_ui->addressesEdit);
    watch(m_ui->knownLocationEdit);
    watch(m_ui->notesEdit);
    auto rename = [this] {
        if (isLoading() || !m_session)
            return;
        if (auto* item = m_ui->personList->currentItem()) {
            if (const Person* p = m_session->request().person(m_currentId))
                item->setText(itemText(*p));
        }
    };
    connect(m_ui->familyNameEdit, &QLineEdit::textChanged, this, rename);
    connect(m_ui->givenNamesEdit, &QLineEdit::textChanged, this, rename);
    connect(m_ui->personList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (isLoading() || row < 0)
            return;
        select(m_ui->personList->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_ui->addPersonButton, &QPushButton::clicked, this, &PersonsPage::addPerson);
    connect(m_ui->removePersonButton, &QPushButton::clicked, this, &PersonsPage::removePerson);
}

PersonsPage::~PersonsPage() = default;

QString PersonsPage::title() const
{
    return tr("Persons");
}

void PersonsPage::retranslate()
{
    m_ui->retranslateUi(this);
    Labels::fill(m_ui->roleCombo, Labels::personRoles());
}

QString PersonsPage::itemText(const Person& p) const
{
    const QString name = p.displayName();
    const QString role = Labels::personRoles().value(static_cast<int>(p.role));
    return name.isEmpty() ? tr("Person %1 (%2)").arg(p.id, role) : QStringLiteral("%1 (%2)").arg(name, role);
}

void PersonsPage::addPerson()
{
    if (!m_session)
        return;
    Request r = m_session->request();
    store(r);
    Person p;
    p.id = r.nextId(QStringLiteral("p"));
    r.persons.append(p);
    m_currentId = p.id;
    submit(r, tr("Add person"));
    m_ui->roleCombo->setFocus();
}

void PersonsPage::removePerson()
{
    if (!m_session || m_currentId.isEmpty())
        return;
    Request r = m_session->request();
    const QString id = m_currentId;
    r.persons.removeIf([&id](const Person& p) { return p.id == id; });
    for (auto& m : r.measures)
        m.personIds.removeAll(id); // a measure never points at a person who is gone
    m_currentId.clear();
    submit(r, tr("Remove person"));
}

void PersonsPage::select(const QString& id)
{
    m_currentId = id;
    reload();
}

void PersonsPage::load(const Request& r)
{
    if (!r.person(m_currentId))
        m_currentId = r.persons.isEmpty() ? QString() : r.persons.first().id;
    {
        const QSignalBlocker block(m_ui->personList);
        m_ui->personList->clear();
        for (const auto& p : r.persons) {
            auto* item = new QListWidgetItem(itemText(p), m_ui->personList);
            item->setData(Qt::UserRole, p.id);
            if (p.id == m_currentId)
                m_ui->personList->setCurrentItem(item);
        }
    }
    const Person* p = r.person(m_currentId);
    m_ui->detailGroup->setEnabled(p != nullptr);
    m_ui->removePersonButton->setEnabled(p != nullptr);
    const Person empty;
    const Person& cur = p ? *p : empty;
    m_ui->roleCombo->setCurrentIndex(static_cast<int>(cur.role));
    formtext::show(m_ui->familyNameEdit, cur.familyName);
    formtext::show(m_ui->givenNamesEdit, cur.givenNames);
    if (parseScripts(m_ui->otherScriptsEdit->toPlainText()) != cur.otherScripts)
        formtext::show(m_ui->otherScriptsEdit, scriptsText(cur.otherScripts));
    if (formtext::split(m_ui->aliasesEdit->text(), u';') != cur.aliases)
        formtext::show(m_ui->aliasesEdit, cur.aliases.join(QStringLiteral("; ")));
    {
        // What could not be read stays shown (and reported) until it is corrected.
        const QString typed =
            m_session ? m_session->unreadable().value(QStringLiteral("persons[%1].dateOfBirth").arg(cur.id))
                      : QString();
        if (p && !typed.isEmpty())
            m_ui->dateOfBirthEdit->setText(typed);
        else if (m_ui->dateOfBirthEdit->hasError() || m_ui->dateOfBirthEdit->date() != cur.dateOfBirth)
            m_ui->dateOfBirthEdit->setDate(cur.dateOfBirth);
    }
    formtext::show(m_ui->placeOfBirthEdit, cur.placeOfBirth);
    if (formtext::split(m_ui->nationalitiesEdit->text().toUpper(), u' ') != cur.nationalities)
        formtext::show(m_ui->nationalitiesEdit, cur.nationalities.join(u' '));
    if (parseDocuments(m_ui->documentsEdit->toPlainText()) != cur.documents)
        formtext::show(m_ui->documentsEdit, documentsText(cur.documents));
    if (formtext::lines(m_ui->addressesEdit->toPlainText()) != cur.addresses)
        formtext::show(m_ui->addressesEdit, cur.addresses.join(u'\n'));
    formtext::show(m_ui->knownLocationEdit, cur.knownLocation);
    formtext::show(m_ui->notesEdit, cur.notes.text);
}

void PersonsPage::store(Request& r) const
{
    for (auto& p : r.persons) {
        if (p.id != m_currentId)
            continue;
        p.role = static_cast<PersonRole>(qMax(0, m_ui->roleCombo->currentIndex()));
        p.familyName = m_ui->familyNameEdit->text().trimmed();
        p.givenNames = m_ui->givenNamesEdit->text().trimmed();
        p.otherScripts = parseScripts(m_ui->otherScriptsEdit->toPlainText());
        p.aliases = formtext::split(m_ui->aliasesEdit->text(), u';');
        if (!m_ui->dateOfBirthEdit->hasError()) // else kept, and the typed text reported
            p.dateOfBirth = m_ui->dateOfBirthEdit->date();
        p.placeOfBirth = m_ui->placeOfBirthEdit->text().trimmed();
        p.nationalities = formtext::split(m_ui->nationalitiesEdit->text().toUpper(), u' ');
        p.documents = parseDocuments(m_ui->documentsEdit->toPlainText());
        p.addresses = formtext::lines(m_ui->addressesEdit->toPlainText());
        p.knownLocation = m_ui->knownLocationEdit->text().trimmed();
        formtext::setOriginal(p.notes, m_ui->notesEdit->toPlainText(), r.draftLanguage);
    }
}

bool PersonsPage::focusField(const QString& path)
{
    if (!path.startsWith(QLatin1String("persons")))
        return false;
    static const QRegularExpression re(QStringLiteral("^persons\\[([^\\]]+)\\]\\.?(.*)$"));
    const auto m = re.match(path);
    if (!m.hasMatch())
        return focus(m_ui->addPersonButton);
    select(m.captured(1));
    const QString f = m.captured(2);
    const QList<QPair<QLatin1String, QWidget*>> map{
        {QLatin1String("role"), m_ui->roleCombo},
        {QLatin1String("givenNames"), m_ui->givenNamesEdit},
        {QLatin1String("otherScripts"), m_ui->otherScriptsEdit},
        {QLatin1String("aliases"), m_ui->aliasesEdit},
        {QLatin1String("dateOfBirth"), m_ui->dateOfBirthEdit},
        {QLatin1String("placeOfBirth"), m_ui->placeOfBirthEdit},
        {QLatin1String("nationalities"), m_ui->nationalitiesEdit},
        {QLatin1String("documents"), m_ui->documentsEdit},
        {QLatin1String("addresses"), m_ui->addressesEdit},
        {QLatin1String("knownLocation"), m_ui->knownLocationEdit},
        {QLatin1String("notes"), m_ui->notesEdit},
    };
    for (const auto& [key, w] : map)
        if (f.startsWith(key))
            return focus(w);
    return focus(m_ui->familyNameEdit);
}

} // namespace mla::gui
