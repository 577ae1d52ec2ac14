#pragma once
// Wizard page: the measures (types of assistance sought): a list, and for the selected one the
// persons concerned, description, purpose, particular procedures and a detail form generated
// from MeasureSchema.

#include "WizardPage.h"

#include <memory>

namespace Ui {
class MeasuresPage;
}

namespace mla::gui {

class MeasureDetailForm;

class MeasuresPage : public WizardPage
{
    Q_OBJECT
public:
    explicit MeasuresPage(QWidget* parent = nullptr);
    ~MeasuresPage() override;

    QString pageId() const override { return QStringLiteral("measures"); }
    QString title() const override;
    bool focusField(const QString& path) override;
    Ui::MeasuresPage* ui() const { return m_ui.get(); }      // for tests
    MeasureDetailForm* detailForm() const { return m_form; } // for tests; nullptr when none selected

    void addMeasure(MeasureType type);
    void removeMeasure();
    QString currentId() const { return m_currentId; }

protected:
    void load(const Request& request) override;
    void store(Request& request) const override;
    void retranslate() override;

private:
    void select(const QString& id);
    void fillTypes();
    QString itemText(const Measure& m) const;

    std::unique_ptr<Ui::MeasuresPage> m_ui;
    MeasureDetailForm* m_form = nullptr; // owned by detailsHost
    QString m_currentId;
};

} // namespace mla::gui
