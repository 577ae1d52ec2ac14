#pragma once
// Shows what an import would do, record by record (added, updated with old and new values,
// kept with the reason, rejected with the reason), who signed the package, and asks for
// confirmation; an unsigned package needs its own explicit confirmation. Not thread-safe.

#include "requirements/ImportReport.h"

#include <QDialog>

class QCheckBox;
class QPushButton;
class QTreeWidget;

namespace mla::gui {

class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const requirements::ImportReport& plan, QWidget* parent = nullptr);
    QTreeWidget* entries() const { return m_entries; }

private:
    QTreeWidget* m_entries = nullptr;
    QCheckBox* m_acceptUnsigned = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace mla::gui
