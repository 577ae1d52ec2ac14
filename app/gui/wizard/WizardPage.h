#pragma once
// Base of the wizard's pages. A page shows the session's request in its widgets (load) and
// writes its widgets back into a copy of it (store); every user edit becomes one undoable
// snapshot through DraftSession::edit. Pages hold no model state of their own beyond the
// selected item of a list. The session and knowledge are borrowed, never owned.

#include "model/Request.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace mla::gui {

class DateField;

class DraftSession;
class Knowledge;

class WizardPage : public QWidget
{
    Q_OBJECT
public:
    explicit WizardPage(QWidget* parent = nullptr);

    void attach(DraftSession* session, Knowledge* knowledge);
    virtual QString pageId() const = 0; // "state", "authority", … (see MissingInfo::pageForPath)
    virtual QString title() const = 0;  // translated
    // Shows the session's request in the widgets.
    void reload();
    // Makes the widget for field `path` current and focused; false when the page has no such field.
    virtual bool focusField(const QString& path) = 0;

protected:
    virtual void load(const Request& request) = 0;
    virtual void store(Request& request) const = 0;
    virtual void retranslate() = 0; // the interface language changed
    virtual void attached() {}

    // Stores the widgets into a copy of the request and submits it; edits with the same key
    // merge into one undo step.
    void commit(const QString& mergeKey);
    // Submits a structural change (add, remove, pick) as its own undo step.
    void submit(const Request& request, const QString& undoText);
    void watch(QLineEdit* w);
    void watch(QPlainTextEdit* w);
    void watch(QComboBox* w);
    void watch(QCheckBox* w);
    void watch(QSpinBox* w);
    // A date: what cannot be read is kept in the session under the field path `path()` gives.
    void watch(DateField* w, std::function<QString()> path);
    bool isLoading() const { return m_loading; }
    // Gives every input labelled by a buddy label that label's text as its accessible name
    // (item views do not take it from the label by themselves). Called after setupUi and
    // after each retranslation.
    void nameInputs();
    // Gives the detail pane of a list page (the splitter pane holding `detail`) three times the
    // width of the list.
    static void balance(QWidget* detail);
    // Focuses `w`, selecting its text; always true so focusField can return it.
    static bool focus(QWidget* w);
    void changeEvent(QEvent* event) override;

    DraftSession* m_session = nullptr;
    Knowledge* m_knowledge = nullptr;

private:
    bool m_loading = false;
};

} // namespace mla::gui
