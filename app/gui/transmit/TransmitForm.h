#pragma once
// Shared by the transmission dialogs: a file chooser row, the identity rows (PKCS#12 file and
// password), the trust anchors (database plus an optional PEM file) and a read-only report.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace mla::gui {

// A line edit with a "Browse…" button. `save`: choose a file to write (the dialog confirms
// overwriting); otherwise a file to read.
class FileField : public QWidget
{
    Q_OBJECT
public:
    FileField(const QString& filter, bool save, QWidget* parent = nullptr);
    QString path() const;
    void setPath(const QString& path);
    QLineEdit* edit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_edit;
    QPushButton* m_browse;
    QString m_filter;
    bool m_save;
};

// The trust anchors as `verify` gathers them: the central authority certificates of the
// requirements database and the PEM file at `extraPem` (if any). Empty `error` on success.
QList<QByteArray> gatherTrust(const QString& extraPem, QString* error);

} // namespace mla::gui
