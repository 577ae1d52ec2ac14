#pragma once
// The reviewer's window: the draft read-only, section by section; its findings; comments per
// section (author, time); return to the drafter or approve (status and history); countersign a
// signed PDF at the level chosen (timestamp authority from Preferences); write a signed PDF's
// validation report (core/pdf ValidationReportPdf) in the interface language. Comments, status and history go
// into the draft through the session, so they are undoable, autosaved and saved with it. Borrows the session
// and knowledge.

#include "base/Error.h"
#include "pdf/SignOptions.h"
#include "pdf/VerifyReport.h"

#include <QByteArray>
#include <QList>
#include <QWidget>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ReviewView;
}

namespace mla::pdf {
class Identity;
}

namespace mla::gui {

class ChecksPanel;
class DraftSession;
class Knowledge;

class ReviewView : public QWidget
{
    Q_OBJECT
public:
    ReviewView(DraftSession* session, Knowledge* knowledge, QWidget* parent = nullptr);
    ~ReviewView() override;

    void refresh();
    // The section the next comment is about (a section id of RequestHtml::sections()).
    QString currentSection() const;
    void setCurrentSection(const QString& sectionId);
    Status addComment(const QString& section, const QString& text);
    Status returnToDrafter();
    Status approve(); // refused while blocking findings remain
    // Countersigns at `level` (none: the default from Preferences); a failure's detail is the
    // message shown (a timestamp authority's failure names it) and nothing is written then.
    Status countersign(const QString& signedPdf, const QString& outPdf, const pdf::Identity& identity,
                       const QString& reason, const QString& location,
                       std::optional<pdf::SignatureLevel> level = std::nullopt);
    // The warning of the last countersignature when it fell back to B-B (Preferences), else "".
    QString lastSigningWarning() const { return m_signingWarning; }
    // Verifies `signedPdf` against the trust anchors and writes its validation report to
    // `reportPdf` in the interface language; returns what was verified.
    Result<pdf::VerifyReport> writeValidationReport(const QString& signedPdf, const QString& reportPdf);
    QPushButton* reportButton() const { return m_reportButton; }
    // Trust anchors (PEM) the signatures to countersign are verified against.
    void setTrustAnchors(const QList<QByteArray>& pem) { m_trust = pem; }
    // Tests answer the Approve and Return confirmations instead of a user.
    void setConfirmAnswerForTests(bool yes) { m_testConfirm = yes ? 1 : 0; }
    ChecksPanel* checksPanel() const { return m_checks; }
    Ui::ReviewView* ui() const { return m_ui.get(); } // for tests

Q_SIGNALS:
    void saveRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillSections();
    void countersignInteractive();
    void reportInteractive();
    void setStatus(int status, const QString& action, const QString& detail);
    QString language() const;
    bool confirm(const QString& title, const QString& question);
    QList<QByteArray> m_trust;
    int m_testConfirm = -1;

    std::unique_ptr<Ui::ReviewView> m_ui;
    DraftSession* m_session;
    Knowledge* m_knowledge;
    ChecksPanel* m_checks;
    QPushButton* m_reportButton = nullptr;
    QString m_signingWarning;
};

} // namespace mla::gui
