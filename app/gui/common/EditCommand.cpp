#include "EditCommand.h"

#include "DraftSession.h"

namespace mla::gui {

EditCommand::EditCommand(DraftSession* session, Request before, Request after, QString mergeKey,
                         const QString& text)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(std::move(mergeKey))
{
    setText(text);
}

void EditCommand::undo()
{
    m_session->restore(m_before);
}

void EditCommand::redo()
{
    // The first redo() happens on push(): the session already holds m_after and the widgets
    // already show it, so reloading them would move the cursor under the user's fingers.
    if (m_first) {
        m_first = false;
        return;
    }
    m_session->restore(m_after);
}

int EditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool EditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditCommand*>(other);
    if (o->m_mergeKey != m_mergeKey)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace mla::gui
