#pragma once
// The trusted publishers of signed requirements packages: each publisher's certificate subject,
// SHA-256 fingerprint and validity. Add a certificate file (its fingerprint shown for comparison
// with the publisher through another channel, trusted only after confirmation) and remove one
// (after confirmation; packages it signed are refused from then on). Borrows the database.
// Not thread-safe.

#include "requirements/Database.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mla::gui {

class PublishersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PublishersDialog(requirements::Database* db, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // Reads `file`, shows its subject and fingerprint and asks before trusting it; true when it
    // was added. Errors are shown to the user.
    bool addCertificateFile(const QString& file);
    // Asks before removing the selected publisher; true when it was removed.
    bool removeSelected();

private:
    void refresh();
    void addDialog();
    void updateButtons();

    requirements::Database* m_db;
    QTreeWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace mla::gui
