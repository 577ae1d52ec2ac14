#include "TransmitForm.h"

#include "requirements/Database.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace mla::gui {

FileField::FileField(const QString& filter, bool save, QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_browse(new QPushButton(tr("Browse…"), this)),
      m_filter(filter), m_save(save)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FileField::changed);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = m_save ? QFileDialog::getSaveFileName(this, QString(), path(), m_filter)
                                      : QFileDialog::getOpenFileName(this, QString(), path(), m_filter);
        if (!chosen.isEmpty())
            setPath(chosen);
    });
}

QString FileField::path() const
{
    return m_edit->text().trimmed();
}

void FileField::setPath(const QString& path)
{
    m_edit->setText(path);
}

QList<QByteArray> gatherTrust(const QString& extraPem, QString* error)
{
    QList<QByteArray> trust;
    if (!extraPem.isEmpty()) {
        QFile file(extraPem);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024) {
            *error = FileField::tr("Cannot read the trust anchors %1: %2").arg(extraPem, file.errorString());
            return {};
        }
        trust << file.readAll();
    }
    if (auto db = requirements::Database::openDefault())
        trust << db.value()->trustedCertificatesPem();
    return trust;
}

} // namespace mla::gui
