#include "DiffAnalysis.h"

#include "QpdfSupport.h"

#include <cstring>
#include <deque>
#include <map>
#include <stdexcept>

namespace mla::pdf {

namespace {

using Table = std::map<QPDFObjGen, QPDFXRefEntry>;

struct BudgetExhausted : std::runtime_error
{
    BudgetExhausted() : std::runtime_error("budget") {}
};

void spend(DiffBudget& budget)
{
    if (--budget.objectVisits < 0)
        throw BudgetExhausted();
}

QString utf8(QPDFObjectHandle o)
{
    return o.isString() ? fromStd(o.getUTF8Value()) : QString();
}

QString keyName(const std::string& key)
{
    return fromStd(key);
}

// Every indirect reference held directly by `o` (through its direct dictionaries and arrays,
// not through other indirect objects), with the dictionary key it sits under ("" in arrays).
template <typename F>
void forEachRef(QPDFObjectHandle o, const F& f, const std::string& key = {}, int depth = 0)
{
    if (depth > 64)
        throw std::runtime_error("objects are nested more than 64 levels deep");
    if (o.isStream()) {
        forEachRef(o.getDict(), f, key, depth + 1);
    } else if (o.isDictionary()) {
        for (const auto& [k, v] : o.getDictAsMap()) {
            if (v.isIndirect())
                f(v, k);
            else
                forEachRef(v, f, k, depth + 1);
        }
    } else if (o.isArray()) {
        for (const QPDFObjectHandle& v : o.getArrayAsVector()) {
            if (v.isIndirect())
                f(v, key);
            else
                forEachRef(v, f, key, depth + 1);
        }
    }
}

bool sameEntry(const QPDFXRefEntry& a, const QPDFXRefEntry& b)
{
    if (a.getType() != b.getType())
        return false;
    if (a.getType() == 1)
        return a.getOffset() == b.getOffset();
    if (a.getType() == 2)
        return a.getObjStreamNumber() == b.getObjStreamNumber() &&
               a.getObjStreamIndex() == b.getObjStreamIndex();
    return true;
}

bool sameContent(QPDFObjectHandle a, QPDFObjectHandle b)
{
    if (a.isStream() != b.isStream())
        return false;
    if (a.isStream()) {
        if (a.getDict().unparse() != b.getDict().unparse())
            return false;
        const std::shared_ptr<Buffer> da = a.getRawStreamData(), db = b.getRawStreamData();
        if (da->getSize() != db->getSize())
            return false;
        return da->getSize() == 0 || std::memcmp(da->getBuffer(), db->getBuffer(), da->getSize()) == 0;
    }
    return a.unparseResolved() == b.unparseResolved();
}

// The roles of the objects of the signed revision, for naming changes, and which were reachable.
struct Roles
{
    std::map<QPDFObjGen, QString> role;
    std::map<QPDFObjGen, int> pageOf;   // page dictionaries
    std::map<QPDFObjGen, int> annotsOf; // indirect /Annots arrays
    std::set<QPDFObjGen> dss;           // reached from the catalog's /DSS only
    QPDFObjGen root, info, form, fields;

    QString of(QPDFObjGen og) const
    {
        auto it = role.find(og);
        return it != role.end() ? it->second
                                : QStringLiteral("an object of the document (object %1)").arg(og.getObj());
    }
};

// Labels every unlabelled object reachable from `start` with `label` (objects already labelled
// are not walked again, so the whole labelling is linear in the file).
void label(Roles& r, QPDFObjectHandle start, const QString& label, DiffBudget& budget,
           std::set<QPDFObjGen>* members = nullptr)
{
    if (!start.isIndirect())
        return;
    std::deque<QPDFObjectHandle> queue{start};
    while (!queue.empty()) {
        QPDFObjectHandle o = queue.front();
        queue.pop_front();
        if (!r.role.emplace(o.getObjGen(), label).second)
            continue;
        if (members)
            members->insert(o.getObjGen());
        spend(budget);
        forEachRef(o, [&](QPDFObjectHandle child, const std::string&) {
            if (!r.role.count(child.getObjGen()))
                queue.push_back(child);
        });
    }
}

void labelDirect(Roles& r, QPDFObjectHandle value, const QString& text, DiffBudget& budget)
{
    if (value.isIndirect()) {
        label(r, value, text, budget);
        return;
    }
    forEachRef(value, [&](QPDFObjectHandle child, const std::string&) { label(r, child, text, budget); });
}

Roles rolesOf(QPDF& doc, DiffBudget& budget)
{
    Roles r;
    QPDFObjectHandle trailer = doc.getTrailer();
    QPDFObjectHandle root = trailer.getKey("/Root");
    r.root = root.getObjGen();
    r.role[r.root] = QStringLiteral("the document catalog");
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (info.isIndirect()) {
        r.info = info.getObjGen();
        label(r, info, QStringLiteral("the document information (title, author)"), budget);
    }
    int n = 0;
    for (QPDFObjectHandle page : doc.getAllPages()) {
        ++n;
        spend(budget);
        r.pageOf[page.getObjGen()] = n;
        r.role.emplace(page.getObjGen(), QStringLiteral("page %1").arg(n));
        labelDirect(r, page.getKey("/Contents"), QStringLiteral("page %1's content").arg(n), budget);
        labelDirect(r, page.getKey("/Resources"),
                    QStringLiteral("page %1's resources (fonts, images)").arg(n), budget);
        QPDFObjectHandle annots = page.getKey("/Annots");
        if (annots.isIndirect() && !r.role.count(annots.getObjGen())) {
            r.annotsOf[annots.getObjGen()] = n;
            r.role[annots.getObjGen()] = QStringLiteral("page %1's list of annotations").arg(n);
        }
        if (annots.isArray())
            for (QPDFObjectHandle a : annots.getArrayAsVector()) {
                const bool sig =
                    a.isDictionary() && (a.getKey("/FT").isNameAndEquals("/Sig") ||
                                         (a.getKey("/Parent").isDictionary() &&
                                          a.getKey("/Parent").getKey("/FT").isNameAndEquals("/Sig")));
                labelDirect(r, a,
                            sig ? QStringLiteral("a signature on page %1").arg(n)
                                : QStringLiteral("an annotation on page %1").arg(n),
                            budget);
            }
    }
    labelDirect(r, root.getKey("/Pages"), QStringLiteral("the page tree"), budget);
    QPDFObjectHandle form = root.getKey("/AcroForm");
    if (form.isIndirect())
        r.form = form.getObjGen();
    if (form.isDictionary()) {
        QPDFObjectHandle fields = form.getKey("/Fields");
        if (fields.isIndirect()) {
            r.fields = fields.getObjGen();
            r.role.emplace(r.fields, QStringLiteral("the form's list of fields"));
        }
        if (fields.isArray())
            for (QPDFObjectHandle f : fields.getArrayAsVector()) {
                const QString name = utf8(f.getKey("/T"));
                labelDirect(r, f,
                            f.getKey("/FT").isNameAndEquals("/Sig")
                                ? QStringLiteral("the signature field '%1'").arg(name)
                                : QStringLiteral("the form field '%1'").arg(name),
                            budget);
            }
        labelDirect(r, form, QStringLiteral("the interactive form"), budget);
    }
    static const std::pair<const char*, const char*> catalogParts[] = {
        {"/Metadata", "the document's XMP metadata (title and description shown by viewers)"},
        {"/Outlines", "the bookmarks"},
        {"/StructTreeRoot", "the document's structure (tags read by screen readers)"},
        {"/Names", "the document's name tree (embedded files, destinations, scripts)"},
        {"/AF", "the document's associated files"},
        {"/OpenAction", "the action run when the document opens"},
        {"/AA", "the document's automatic actions"},
        {"/OCProperties", "the document's layers (optional content)"},
        {"/PageLabels", "the page labels"},
    };
    for (const auto& [key, text] : catalogParts)
        labelDirect(r, root.getKey(key), QString::fromUtf8(text), budget);
    QPDFObjectHandle dss = root.getKey("/DSS");
    if (dss.isIndirect())
        label(r, dss, QStringLiteral("the document security store"), budget, &r.dss);
    else
        forEachRef(dss, [&](QPDFObjectHandle child, const std::string&) {
            label(r, child, QStringLiteral("the document security store"), budget, &r.dss);
        });
    for (const auto& [key, value] : trailer.getDictAsMap())
        labelDirect(r, value, QStringLiteral("an object of the document"), budget);
    labelDirect(r, root, QStringLiteral("an object of the document"), budget);
    return r;
}

QString catalogKeyRole(const std::string& key)
{
    static const std::map<std::string, const char*> names = {
        {"/Pages", "the page tree"},
        {"/Metadata", "the document's XMP metadata (title and description shown by viewers)"},
        {"/Outlines", "the bookmarks"},
        {"/StructTreeRoot", "the document's structure (tags read by screen readers)"},
        {"/MarkInfo", "the document's tagging information"},
        {"/Names", "the document's name tree (embedded files, destinations, scripts)"},
        {"/AF", "the document's associated files"},
        {"/OpenAction", "the action run when the document opens"},
        {"/AA", "the document's automatic actions"},
        {"/Lang", "the document's language"},
        {"/Perms", "the document's permissions (certification)"},
        {"/OCProperties", "the document's layers (optional content)"},
        {"/PageLabels", "the page labels"},
        {"/ViewerPreferences", "how viewers show the document"},
        {"/PageMode", "how viewers show the document"},
        {"/PageLayout", "how viewers show the document"},
        {"/URI", "the document's base address for links"},
        {"/Version", "the document's PDF version"},
    };
    auto it = names.find(key);
    return it != names.end() ? QString::fromUtf8(it->second)
                             : QStringLiteral("the document catalog (%1)").arg(keyName(key));
}

QString pageKeyRole(int page, const std::string& key)
{
    if (key == "/Contents")
        return QStringLiteral("page %1's content").arg(page);
    if (key == "/Resources")
        return QStringLiteral("page %1's resources (fonts, images)").arg(page);
    if (key == "/MediaBox" || key == "/CropBox" || key == "/TrimBox" || key == "/BleedBox" ||
        key == "/ArtBox")
        return QStringLiteral("page %1's size").arg(page);
    if (key == "/Rotate")
        return QStringLiteral("page %1's rotation").arg(page);
    if (key == "/Parent")
        return QStringLiteral("page %1's place in the page tree").arg(page);
    return QStringLiteral("page %1 (%2)").arg(page).arg(keyName(key));
}

QString infoKeyRole(const std::string& key)
{
    if (key == "/Title")
        return QStringLiteral("the document title");
    if (key == "/Author")
        return QStringLiteral("the document's author");
    if (key == "/Subject")
        return QStringLiteral("the document's subject");
    if (key == "/Keywords")
        return QStringLiteral("the document's keywords");
    return QStringLiteral("the document information (%1)").arg(keyName(key));
}

std::set<std::string> keysOf(QPDFObjectHandle a, QPDFObjectHandle b)
{
    std::set<std::string> keys;
    if (a.isDictionary())
        keys = a.getKeys();
    if (b.isDictionary())
        for (const std::string& k : b.getKeys())
            keys.insert(k);
    return keys;
}

std::string unparsed(QPDFObjectHandle dict, const std::string& key)
{
    return dict.isDictionary() ? dict.getKey(key).unparse() : std::string("null");
}

std::vector<QPDFObjectHandle> itemsOf(QPDFObjectHandle a)
{
    return a.isArray() ? a.getArrayAsVector() : std::vector<QPDFObjectHandle>();
}

class Analysis
{
public:
    Analysis(QPDF& oldDoc, QPDF& newDoc, int docMdp, DiffBudget& budget)
        : m_old(oldDoc), m_new(newDoc), m_docMdp(docMdp == 0 ? 2 : docMdp), m_budget(budget),
          m_oldTable(oldDoc.getXRefTable()), m_newTable(newDoc.getXRefTable())
    {}

    DiffResult run()
    {
        QPDFObjectHandle oldTrailer = m_old.getTrailer(), newTrailer = m_new.getTrailer();
        QPDFObjectHandle oldRoot = oldTrailer.getKey("/Root"), newRoot = newTrailer.getKey("/Root");
        if (!oldRoot.isIndirect() || !newRoot.isIndirect() || oldRoot.getObjGen() != newRoot.getObjGen() ||
            !newRoot.isDictionary()) {
            change(
                QStringLiteral("the document catalog was replaced by a new one (a new /Root): the document "
                               "a viewer shows is not the one that was signed"));
            return m_result;
        }
        m_roles = rolesOf(m_old, m_budget);
        checkTrailer(oldTrailer, newTrailer);
        checkCatalog(oldRoot, newRoot);
        checkForm(oldRoot.getKey("/AcroForm"), newRoot.getKey("/AcroForm"));
        checkPages();
        checkEveryObject(newTrailer);
        return m_result;
    }

private:
    void change(const QString& what)
    {
        if (!m_result.changes.contains(what))
            m_result.changes << what;
    }

    bool inOld(QPDFObjGen og) const { return m_oldTable.count(og) > 0; }

    // Is the object, as the whole file resolves it, different from the signed revision's?
    bool changed(QPDFObjGen og)
    {
        auto memo = m_changed.find(og);
        if (memo != m_changed.end())
            return memo->second;
        bool result = true;
        auto o = m_oldTable.find(og), n = m_newTable.find(og);
        if (o == m_oldTable.end() || n == m_newTable.end()) {
            result = true; // new or deleted
        } else {
            bool entrySame = sameEntry(o->second, n->second);
            if (entrySame && o->second.getType() == 2)
                entrySame = !changed(QPDFObjGen(o->second.getObjStreamNumber(), 0));
            if (entrySame) {
                result = false;
            } else {
                spend(m_budget);
                result = !sameContent(m_old.getObjectByObjGen(og), m_new.getObjectByObjGen(og));
            }
        }
        m_changed[og] = result;
        return result;
    }

    void checkTrailer(QPDFObjectHandle oldTrailer, QPDFObjectHandle newTrailer)
    {
        QPDFObjectHandle oi = oldTrailer.getKey("/Info"), ni = newTrailer.getKey("/Info");
        if (oi.isIndirect() != ni.isIndirect() || (oi.isIndirect() && oi.getObjGen() != ni.getObjGen()) ||
            (!oi.isIndirect() && oi.unparse() != ni.unparse())) {
            change(QStringLiteral("the document information (title, author) was replaced"));
        } else if (ni.isIndirect() && changed(ni.getObjGen())) {
            QPDFObjectHandle o = m_old.getObjectByObjGen(oi.getObjGen()),
                             n = m_new.getObjectByObjGen(ni.getObjGen());
            for (const std::string& k : keysOf(o, n))
                if (k != "/ModDate" && unparsed(o, k) != unparsed(n, k))
                    change(infoKeyRole(k) + QStringLiteral(" was changed"));
            if (!n.isDictionary())
                change(QStringLiteral("the document information (title, author) was replaced"));
        }
        if (oldTrailer.getKey("/Encrypt").unparse() != newTrailer.getKey("/Encrypt").unparse())
            change(QStringLiteral("the document's encryption was changed"));
    }

    void checkCatalog(QPDFObjectHandle oldRoot, QPDFObjectHandle newRoot)
    {
        if (!changed(oldRoot.getObjGen()))
            return;
        QPDFObjectHandle o = m_old.getObjectByObjGen(oldRoot.getObjGen());
        QPDFObjectHandle n = m_new.getObjectByObjGen(newRoot.getObjGen());
        for (const std::string& k : keysOf(o, n)) {
            if (k == "/AcroForm" || k == "/Extensions")
                continue;
            const bool differs = unparsed(o, k) != unparsed(n, k);
            if (k == "/DSS") {
                m_result.dssUpdated = m_result.dssUpdated || differs;
                continue;
            }
            if (differs)
                change(catalogKeyRole(k) + QStringLiteral(" was changed"));
        }
    }

    void checkForm(QPDFObjectHandle oldFormRef, QPDFObjectHandle newFormRef)
    {
        QPDFObjectHandle oldForm = oldFormRef, newForm = newFormRef;
        if (oldForm.isDictionary() && !newForm.isDictionary()) {
            change(QStringLiteral("the interactive form was removed"));
            return;
        }
        if (!newForm.isDictionary())
            return;
        for (const std::string& k : keysOf(oldForm, newForm)) {
            if (k == "/Fields" || k == "/SigFlags")
                continue;
            if (unparsed(oldForm, k) != unparsed(newForm, k))
                change(k == "/NeedAppearances"
                           ? QStringLiteral("the form now asks viewers to redraw its fields")
                           : QStringLiteral("the interactive form (%1) was changed").arg(keyName(k)));
        }
        std::vector<QPDFObjectHandle> o =
            itemsOf(oldForm.isDictionary() ? oldForm.getKey("/Fields") : QPDFObjectHandle::newNull());
        std::vector<QPDFObjectHandle> n = itemsOf(newForm.getKey("/Fields"));
        if (n.size() < o.size()) {
            change(QStringLiteral("form fields were removed"));
            return;
        }
        for (size_t i = 0; i < o.size(); ++i)
            if (o[i].unparse() != n[i].unparse()) {
                change(QStringLiteral("the form's fields were replaced or reordered"));
                return;
            }
        for (size_t i = o.size(); i < n.size(); ++i)
            checkNewField(n[i]);
    }

    void checkNewField(QPDFObjectHandle field)
    {
        spend(m_budget);
        if (!field.isIndirect() || inOld(field.getObjGen())) {
            change(QStringLiteral("an existing object was added to the form as a new field"));
            return;
        }
        if (!field.isDictionary()) {
            change(QStringLiteral("something that is not a form field was added to the form"));
            return;
        }
        const QString name = utf8(field.getKey("/T"));
        if (!field.getKey("/FT").isNameAndEquals("/Sig")) {
            change(QStringLiteral("a form field '%1' was added").arg(name));
            return;
        }
        if (field.hasKey("/Kids")) {
            change(QStringLiteral("a signature field '%1' with sub-fields was added").arg(name));
            return;
        }
        QPDFObjectHandle v = field.getKey("/V");
        if (v.isNull()) {
            change(QStringLiteral("an empty signature field '%1' was added after signing: it is not a "
                                  "signature, and its appearance can cover the page")
                       .arg(name));
            return;
        }
        if (!v.isIndirect() || !v.isDictionary()) {
            change(
                QStringLiteral("the signature field '%1' has no signature dictionary of its own").arg(name));
            return;
        }
        if (inOld(v.getObjGen())) {
            change(QStringLiteral("the signature field '%1' reuses a signature value that was already in the "
                                  "signed document: it is not a new signature")
                       .arg(name));
            return;
        }
        if (!m_claimed.insert(v.getObjGen()).second) {
            change(
                QStringLiteral("the signature field '%1' shares its signature value with another field: one "
                               "signature counts once")
                    .arg(name));
            return;
        }
        const bool docTimestamp = v.getKey("/Type").isNameAndEquals("/DocTimeStamp");
        if (!docTimestamp && !v.getKey("/Type").isNameAndEquals("/Sig") && v.hasKey("/Type")) {
            change(
                QStringLiteral("the signature field '%1' holds something that is not a signature").arg(name));
            return;
        }
        if (!v.getKey("/ByteRange").isArray() || !v.getKey("/Contents").isString()) {
            change(QStringLiteral("the signature field '%1' holds an incomplete signature").arg(name));
            return;
        }
        if (m_docMdp == 1 && !docTimestamp) {
            change(QStringLiteral("the certification allows no change, but the signature '%1' was added")
                       .arg(name));
            return;
        }
        if (!field.getKey("/Subtype").isNameAndEquals("/Widget")) {
            change(QStringLiteral("the signature field '%1' has no widget of its own").arg(name));
            return;
        }
        if (field.hasKey("/A") || field.hasKey("/AA")) {
            change(QStringLiteral("the signature field '%1' carries an action").arg(name));
            return;
        }
        m_newWidgets.insert(field.getObjGen());
        m_result.laterSignatures.append(v.getObjGen());
    }

    void checkAnnots(int page, QPDFObjectHandle oldAnnots, QPDFObjectHandle newAnnots)
    {
        std::vector<QPDFObjectHandle> o = itemsOf(oldAnnots), n = itemsOf(newAnnots);
        if (n.size() < o.size()) {
            change(QStringLiteral("annotations were removed from page %1").arg(page));
            return;
        }
        for (size_t i = 0; i < o.size(); ++i)
            if (o[i].unparse() != n[i].unparse()) {
                change(QStringLiteral("page %1's annotations were replaced").arg(page));
                return;
            }
        for (size_t i = o.size(); i < n.size(); ++i) {
            spend(m_budget);
            QPDFObjectHandle a = n[i];
            if (a.isIndirect() && m_newWidgets.count(a.getObjGen()) && m_placed.insert(a.getObjGen()).second)
                continue;
            if (m_docMdp == 3 && a.isIndirect() && !inOld(a.getObjGen()) && a.isDictionary() &&
                !a.getKey("/Subtype").isNameAndEquals("/Widget") && !a.hasKey("/FT") &&
                !a.hasKey("/Parent") && m_annotations.insert(a.getObjGen()).second) {
                ++m_result.annotationsAdded;
                continue;
            }
            change(QStringLiteral("an annotation or form field was added to page %1").arg(page));
        }
    }

    void checkPages()
    {
        std::vector<QPDFObjectHandle> oldPages = m_old.getAllPages(), newPages = m_new.getAllPages();
        bool same = oldPages.size() == newPages.size();
        for (size_t i = 0; same && i < oldPages.size(); ++i)
            same = oldPages[i].getObjGen() == newPages[i].getObjGen();
        if (!same)
            change(QStringLiteral("pages were added, removed or reordered"));
        for (size_t i = 0; i < oldPages.size(); ++i) {
            spend(m_budget);
            const int number = int(i) + 1;
            const QPDFObjGen og = oldPages[i].getObjGen();
            QPDFObjectHandle o = oldPages[i];
            QPDFObjectHandle n = m_new.getObjectByObjGen(og);
            QPDFObjectHandle oa = o.getKey("/Annots"),
                             na = n.isDictionary() ? n.getKey("/Annots") : QPDFObjectHandle::newNull();
            const bool annotsChanged =
                oa.unparse() != na.unparse() || (na.isIndirect() && changed(na.getObjGen()));
            if (changed(og)) {
                for (const std::string& k : keysOf(o, n))
                    if (k != "/Annots" && unparsed(o, k) != unparsed(n, k))
                        change(pageKeyRole(number, k) + QStringLiteral(" was changed"));
            }
            if (annotsChanged)
                checkAnnots(number, oa, na);
        }
    }

    // Every object of the whole file, as a viewer reaches it from the trailer: an object of the
    // signed revision that changed must be one of the containers checked above (catalog, form,
    // field list, page, list of annotations) or part of the DSS; an object the signed revision did
    // not have must be reached only from changed containers or other new objects.
    void checkEveryObject(QPDFObjectHandle newTrailer)
    {
        std::set<QPDFObjGen> reached;
        std::deque<QPDFObjectHandle> queue;
        auto visit = [&](QPDFObjectHandle child, QPDFObjGen parent, bool parentIsTrailer) {
            const QPDFObjGen og = child.getObjGen();
            if (!inOld(og) && m_newTable.count(og) && !parentIsTrailer && inOld(parent) && !changed(parent))
                change(QStringLiteral("%1 refers to an object the signed version did not contain, which was "
                                      "added later (object %2)")
                           .arg(m_roles.of(parent))
                           .arg(og.getObj()));
            if (reached.insert(og).second)
                queue.push_back(child);
        };
        for (const auto& [key, value] : newTrailer.getDictAsMap()) {
            if (value.isIndirect())
                visit(value, QPDFObjGen(), true);
            else
                forEachRef(value,
                           [&](QPDFObjectHandle c, const std::string&) { visit(c, QPDFObjGen(), true); });
        }
        while (!queue.empty()) {
            QPDFObjectHandle o = queue.front();
            queue.pop_front();
            spend(m_budget);
            const QPDFObjGen og = o.getObjGen();
            forEachRef(o, [&](QPDFObjectHandle c, const std::string&) { visit(c, og, false); });
        }
        for (const auto& [og, entry] : m_oldTable) {
            spend(m_budget);
            if (!m_newTable.count(og)) {
                if (m_roles.role.count(og))
                    change(m_roles.of(og) + QStringLiteral(" was removed"));
                continue;
            }
            if (!reached.count(og) || !changed(og))
                continue;
            if (og == m_roles.root || m_roles.pageOf.count(og) || m_roles.annotsOf.count(og))
                continue; // checked key by key above
            if (og == m_roles.form || og == m_roles.fields)
                continue; // checked entry by entry above
            if (m_roles.dss.count(og)) {
                m_result.dssUpdated = true;
                continue;
            }
            if (og == m_roles.info)
                continue; // checked key by key above
            change(m_roles.of(og) + QStringLiteral(" was changed"));
        }
    }

    QPDF& m_old;
    QPDF& m_new;
    int m_docMdp;
    DiffBudget& m_budget;
    Table m_oldTable, m_newTable;
    Roles m_roles;
    std::map<QPDFObjGen, bool> m_changed;
    std::set<QPDFObjGen> m_claimed, m_newWidgets, m_placed, m_annotations;
    DiffResult m_result;
};

} // namespace

DiffResult analyseChanges(QPDF& signedRevision, QPDF& whole, int docMdp, DiffBudget& budget)
{
    try {
        return Analysis(signedRevision, whole, docMdp, budget).run();
    } catch (const BudgetExhausted&) {
        DiffResult r;
        r.changes << QStringLiteral("the file is too complex to compare with its signed version within the "
                                    "verifier's limits: refused");
        return r;
    }
}

} // namespace mla::pdf
