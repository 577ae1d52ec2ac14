#include "PdfFinisher.h"

#include "Languages.h"

#include <QFile>
#include <QLocale>
#include <QMap>
#include <QSaveFile>
#include <QTimeZone>
#include <QUuid>

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>

namespace mla::render {
namespace {

std::string utf8(const QString& s)
{
    return s.toUtf8().toStdString();
}

Error fail(const QString& detail, const QString& file)
{
    return Error{QStringLiteral("render.finish"), detail, file, 0, 0};
}

QString normalizedFamily(QString s)
{
    return s.remove(u' ').remove(u'-').toLower();
}

struct FontMap
{
    QPDFObjectHandle font;
    QMap<int, QString> text;  // CID -> characters
    QMap<QString, int> extra; // invisible carrier CIDs for the further characters of RTL clusters
};

// One invisible character to insert after a shown glyph (see GlyphPairing).
struct Insertion
{
    size_t at = 0; // byte offset in the page content, just after the Tj operator
    QPDFObjGen font;
    QString character;
    int order = 1; // 1 for the second character of the cluster, 2 for the third …
    double size = 0;
};

bool isRtl(QChar c)
{
    const auto d = c.direction();
    return d == QChar::DirR || d == QChar::DirAL;
}

// Walks a page's content stream and pairs each glyph shown (2-byte CIDs in Identity-H strings)
// with the next recorded glyph of that page.
//
// A glyph that stands for several right-to-left characters (lam-alef and other ligatures)
// cannot simply map to all of them in /ToUnicode: poppler reverses multi-character mappings
// on right-to-left lines ("ال" for "لا"). So the glyph maps to its first character and each
// further character is carried by an invisible (render mode 3) glyph placed just left of it,
// which every extractor reads in the right order.
class GlyphPairing : public QPDFObjectHandle::ParserCallbacks
{
public:
    GlyphPairing(QPDFObjectHandle fonts, const PageGlyphs& glyphs, std::map<QPDFObjGen, FontMap>& maps)
        : m_fonts(std::move(fonts)), m_glyphs(glyphs), m_maps(maps)
    {}

    void handleObject(QPDFObjectHandle obj, size_t offset, size_t length) override
    {
        if (!obj.isOperator()) {
            m_operands.push_back(obj);
            return;
        }
        const std::string op = obj.getOperatorValue();
        if (op == "Tf" && m_operands.size() == 2 && m_operands.front().isName()) {
            m_font =
                m_fonts.isDictionary() ? m_fonts.getKey(m_operands.front().getName()) : QPDFObjectHandle();
            m_size = m_operands.back().isNumber() ? m_operands.back().getNumericValue() : 0;
        } else if (op == "Tj" || op == "'" || op == "\"") {
            if (!m_operands.empty() && m_operands.back().isString())
                show(m_operands.back().getStringValue(), offset + length);
        } else if (op == "TJ") {
            if (!m_operands.empty() && m_operands.back().isArray())
                for (auto& item : m_operands.back().getArrayAsVector())
                    if (item.isString())
                        show(item.getStringValue(), offset + length);
        }
        m_operands.clear();
    }
    void handleEOF() override {}

    QString error;
    int used = 0;
    QList<Insertion> insertions;

private:
    void show(const std::string& bytes, size_t end)
    {
        if (!error.isEmpty())
            return;
        if (!m_font.isDictionary() || !m_font.getKey("/Subtype").isNameAndEquals("/Type0")) {
            error = QStringLiteral("text shown with a font that is not a composite (Type0) font");
            return;
        }
        const QString base = QString::fromStdString(
            m_font.getKey("/BaseFont").isName() ? m_font.getKey("/BaseFont").getName() : std::string());
        FontMap& entry = m_maps[m_font.getObjGen()];
        entry.font = m_font;
        for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
            const int cid =
                (static_cast<unsigned char>(bytes[i]) << 8) | static_cast<unsigned char>(bytes[i + 1]);
            if (used >= m_glyphs.size()) {
                error = QStringLiteral("more glyphs in the page than were drawn");
                return;
            }
            const GlyphText& g = m_glyphs[used++];
            // the font's PostScript name starts with its family name ("/QABCDE+NotoSerif-Bold")
            const QString ps = normalizedFamily(base.mid(base.indexOf(u'+') + 1).remove(u'/'));
            if (!ps.startsWith(normalizedFamily(g.fontFamily))) {
                error = QStringLiteral("glyph drawn with %1 shown with font %2").arg(g.fontFamily, base);
                return;
            }
            QString text = g.text;
            const QList<uint> cps = text.toUcs4();
            if (cps.size() > 1 && isRtl(text.at(0))) {
                text = QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()), 1);
                for (int k = 1; k < cps.size(); ++k)
                    insertions.append(Insertion{
                        end, m_font.getObjGen(),
                        QString::fromUcs4(reinterpret_cast<const char32_t*>(&cps[k]), 1), k, m_size});
            }
            if (!entry.text.contains(cid) || entry.text.value(cid).isEmpty())
                entry.text.insert(cid, text);
        }
    }

    QPDFObjectHandle m_fonts;
    const PageGlyphs& m_glyphs;
    std::map<QPDFObjGen, FontMap>& m_maps;
    std::vector<QPDFObjectHandle> m_operands;
    QPDFObjectHandle m_font;
    double m_size = 0;
};

// The highest CID the font's /W array describes (Qt lists every glyph of the subset there).
int maxCid(QPDFObjectHandle cidFont)
{
    int maxc = 0;
    QPDFObjectHandle w = cidFont.getKey("/W");
    if (!w.isArray())
        return maxc;
    auto items = w.getArrayAsVector();
    for (size_t i = 0; i < items.size();) {
        if (i + 1 < items.size() && items[i].isInteger() && items[i + 1].isArray()) {
            maxc = std::max<int>(maxc, int(items[i].getIntValue() + items[i + 1].getArrayNItems()) - 1);
            i += 2;
        } else if (i + 2 < items.size() && items[i].isInteger() && items[i + 1].isInteger()) {
            maxc = std::max<int>(maxc, int(items[i + 1].getIntValue()));
            i += 3;
        } else {
            ++i;
        }
    }
    return maxc;
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 3);
}

QByteArray hex16(const QString& s)
{
    QByteArray out;
    for (QChar c : s)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

void buildOutline(QPDF& pdf, const QList<OutlineEntry>& entries,
                  const std::vector<QPDFPageObjectHelper>& pages)
{
    if (entries.isEmpty())
        return;
    QPDFObjectHandle root = pdf.getRoot();
    QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
    // parents[level-1] is the item that children of `level` attach to
    std::vector<QPDFObjectHandle> stack{outlines};
    std::map<QPDFObjGen, QPDFObjectHandle> lastChild;
    std::map<QPDFObjGen, int> counts;
    for (const OutlineEntry& e : entries) {
        const int level = std::max(1, std::min(e.level, int(stack.size())));
        stack.resize(level);
        QPDFObjectHandle parent = stack.back();
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(e.title.simplified())));
        item.replaceKey("/Parent", parent);
        if (e.page >= 0 && e.page < int(pages.size())) {
            QPDFObjectHandle dest = QPDFObjectHandle::newArray();
            dest.appendItem(pages[e.page].getObjectHandle());
            dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
            dest.appendItem(QPDFObjectHandle::newNull());
            dest.appendItem(QPDFObjectHandle::newReal(e.y, 1));
            dest.appendItem(QPDFObjectHandle::newNull());
            item.replaceKey("/Dest", dest);
        }
        const QPDFObjGen pg = parent.getObjGen();
        auto last = lastChild.find(pg);
        if (last == lastChild.end()) {
            parent.replaceKey("/First", item);
        } else {
            last->second.replaceKey("/Next", item);
            item.replaceKey("/Prev", last->second);
        }
        parent.replaceKey("/Last", item);
        lastChild[pg] = item;
        counts[pg] += 1;
        stack.push_back(item);
    }
    // /Count: open items show their children; the root counts all visible items.
    int total = 0;
    for (auto& [og, n] : counts) {
        total += n;
        if (og != outlines.getObjGen())
            pdf.getObject(og).replaceKey("/Count", QPDFObjectHandle::newInteger(n));
    }
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(total));
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

QByteArray xmlEscaped(const QString& s)
{
    return s.toHtmlEscaped().toUtf8();
}

QByteArray xmpDate(const QDateTime& t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
}

// The request's canonical draft as a PDF/A-3 associated file (ISO 19005-3 annex E): embedded
// file stream with MIME type and /Params (size, checksum, dates), file specification with /F,
// /UF, /Desc and /AFRelationship /Source, listed in the catalog's /AF and the /EmbeddedFiles
// name tree.
void embedSource(QPDF& pdf, const FinishInfo& info, const QDateTime& now)
{
    // createEFStream records /Params /Size and /CheckSum (MD5) from the data.
    QPDFEFStreamObjectHelper ef =
        QPDFEFStreamObjectHelper::createEFStream(pdf, info.sourceDraft.toStdString());
    ef.setSubtype("application/xml");
    ef.setCreationDate(
        PdfFinisher::pdfDate(info.draftCreated.isValid() ? info.draftCreated : now).toStdString());
    ef.setModDate(
        PdfFinisher::pdfDate(info.draftModified.isValid() ? info.draftModified : now).toStdString());
    const std::string name = utf8(info.sourceName);
    QPDFFileSpecObjectHelper spec = QPDFFileSpecObjectHelper::createFileSpec(pdf, name, ef);
    spec.setDescription("The request for mutual legal assistance as an mlawriter draft (.mlar, "
                        "XML), the source this document was rendered from");
    QPDFObjectHandle specObj = spec.getObjectHandle();
    if (!specObj.isIndirect())
        specObj = pdf.makeIndirectObject(specObj);
    specObj.replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Source"));
    QPDFEmbeddedFileDocumentHelper(pdf).replaceEmbeddedFile(name, QPDFFileSpecObjectHelper(specObj));
    QPDFObjectHandle af = QPDFObjectHandle::newArray();
    af.appendItem(specObj);
    pdf.getRoot().replaceKey("/AF", af);
}

// An sRGB output intent (GTS_PDFA1) with the ICC profile of Debian's icc-profiles-free.
Status addOutputIntent(QPDF& pdf)
{
    QFile icc(QStringLiteral(":/mlawriter/icc/sRGB.icc"));
    if (!icc.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the sRGB ICC profile is missing from the program"), icc.fileName());
    QPDFObjectHandle profile = pdf.newStream(icc.readAll().toStdString());
    profile.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(3));
    QPDFObjectHandle intent = pdf.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
        "/Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) >>"));
    intent.replaceKey("/DestOutputProfile", profile);
    QPDFObjectHandle intents = QPDFObjectHandle::newArray();
    intents.appendItem(intent);
    pdf.getRoot().replaceKey("/OutputIntents", intents);
    return {};
}

} // namespace

QByteArray PdfFinisher::pdfDate(const QDateTime& t)
{
    return "D:" + QLocale::c().toString(t.toUTC(), QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
}

QByteArray PdfFinisher::xmp(const FinishInfo& info, const QDateTime& now, const QString& documentId,
                            const QString& instanceId)
{
    // The extension schema (PDF/A allows properties outside the predefined schemas only when
    // the XMP describes them) comes first, in a description of its own, as Factur-X does.
    QByteArray x =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\"\n"
        "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
        "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
        "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
        "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
        "    <pdfaSchema:schema>mlawriter request for mutual legal assistance</pdfaSchema:schema>\n"
        "    <pdfaSchema:namespaceURI>urn:x-mlawriter:pdf:1#</pdfaSchema:namespaceURI>\n"
        "    <pdfaSchema:prefix>mla</pdfaSchema:prefix>\n"
        "    <pdfaSchema:property><rdf:Seq>\n";
    const char* props[][2] = {
        {"DraftID", "The UUID of the request (the draft's id), stable across its versions"},
        {"DocumentFileName", "Name of the embedded file that holds the request as an mlawriter draft"},
        {"DocumentType", "REQUEST: the embedded draft is the source of this request document"},
        {"Version", "Version of the mlawriter draft format of the embedded file"},
        {"DocumentState", "DRAFT when rendered with the DRAFT watermark, FINAL when rendered for signing"},
        {"OpenGaps", "Number of visible gaps (unknown facts) the document still prints"},
        {"UntranslatedFields", "Number of free-text fields printed untranslated in the original language"}};
    for (const auto& p : props)
        x += QByteArray("     <rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>") + p[0] +
             "</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>"
             "<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>" +
             p[1] + "</pdfaProperty:description></rdf:li>\n";
    x += "    </rdf:Seq></pdfaSchema:property>\n   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
         "  </rdf:Description>\n"
         "  <rdf:Description rdf:about=\"\"\n"
         "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
         "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
         "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
         "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n"
         "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
         "    xmlns:mla=\"urn:x-mlawriter:pdf:1#\">\n"
         "   <dc:format>application/pdf</dc:format>\n";
    x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(info.title) +
         "</rdf:li></rdf:Alt></dc:title>\n";
    if (!info.author.isEmpty())
        x += "   <dc:creator><rdf:Seq><rdf:li>" + xmlEscaped(info.author) +
             "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!info.subject.isEmpty())
        x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(info.subject) +
             "</rdf:li></rdf:Alt></dc:description>\n";
    x += "   <dc:language><rdf:Bag><rdf:li>" + xmlEscaped(info.language) +
         "</rdf:li></rdf:Bag></dc:language>\n";
    x += "   <pdf:Producer>" + xmlEscaped(info.producer) + "</pdf:Producer>\n";
    if (!info.keywords.isEmpty())
        x += "   <pdf:Keywords>" + xmlEscaped(info.keywords) + "</pdf:Keywords>\n";
    x += "   <xmp:CreatorTool>" + xmlEscaped(info.producer) + "</xmp:CreatorTool>\n";
    x += "   <xmp:CreateDate>" + xmpDate(now) + "</xmp:CreateDate>\n";
    x += "   <xmp:ModifyDate>" + xmpDate(now) + "</xmp:ModifyDate>\n";
    x += "   <xmp:MetadataDate>" + xmpDate(now) + "</xmp:MetadataDate>\n";
    x += "   <xmpMM:DocumentID>uuid:" + xmlEscaped(documentId) + "</xmpMM:DocumentID>\n";
    x += "   <xmpMM:InstanceID>uuid:" + xmlEscaped(instanceId) + "</xmpMM:InstanceID>\n";
    x += "   <pdfaid:part>3</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n";
    x += QByteArray("   <mla:DocumentState>") + (info.draft ? "DRAFT" : "FINAL") +
         "</mla:DocumentState>\n   <mla:OpenGaps>" + QByteArray::number(info.openGaps) +
         "</mla:OpenGaps>\n   <mla:UntranslatedFields>" + QByteArray::number(info.untranslated) +
         "</mla:UntranslatedFields>\n";
    if (!info.draftId.isEmpty())
        x += "   <mla:DraftID>" + xmlEscaped(info.draftId) + "</mla:DraftID>\n";
    if (!info.sourceDraft.isEmpty())
        x += "   <mla:DocumentFileName>" + xmlEscaped(info.sourceName) +
             "</mla:DocumentFileName>\n"
             "   <mla:DocumentType>REQUEST</mla:DocumentType>\n"
             "   <mla:Version>1</mla:Version>\n";
    x += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n";
    // padding lets a later editor update the packet in place
    x += QByteArray(20, ' ') + "\n<?xpacket end=\"w\"?>";
    return x;
}

QByteArray PdfFinisher::toUnicodeCMap(const QMap<int, QString>& map)
{
    QByteArray s = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                   "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                   "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                   "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<QPair<int, QString>> entries;
    // A glyph that stands for nothing (the second glyph of a letter with a mark, whose text the
    // first glyph carries) maps to the empty string, so that no extractor invents a character.
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        entries.append({it.key(), it.value()});
    for (int i = 0; i < entries.size(); i += 100) {
        const int n = std::min<qsizetype>(100, entries.size() - i);
        s += QByteArray::number(n) + " beginbfchar\n";
        for (int k = i; k < i + n; ++k)
            s += '<' + QByteArray::number(entries[k].first, 16).rightJustified(4, '0').toUpper() + "> <" +
                 (entries[k].second.isEmpty() ? QByteArray() : hex16(entries[k].second)) + ">\n";
        s += "endbfchar\n";
    }
    s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return s;
}

Status PdfFinisher::finish(const QString& inPath, const QString& outPath, const FinishInfo& info)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(inPath.toLocal8Bit().constData());
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (int(pages.size()) != info.glyphs.size())
            return fail(QStringLiteral("the PDF has %1 pages, %2 were drawn")
                            .arg(pages.size())
                            .arg(info.glyphs.size()),
                        inPath);

        // ---- text layer ------------------------------------------------------------------------
        std::map<QPDFObjGen, FontMap> maps;
        std::vector<std::pair<std::string, QList<Insertion>>> contents(pages.size());
        for (size_t i = 0; i < pages.size(); ++i) {
            QPDFObjectHandle res = pages[i].getAttribute("/Resources", false);
            QPDFObjectHandle fonts = res.isDictionary() ? res.getKey("/Font") : QPDFObjectHandle::newNull();
            Pl_Buffer buffer("page contents");
            pages[i].pipeContents(&buffer);
            std::unique_ptr<Buffer> data(buffer.getBuffer());
            contents[i].first.assign(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
            GlyphPairing pairing(fonts, info.glyphs[int(i)], maps);
            QPDFObjectHandle::parseContentStream(pdf.newStream(contents[i].first), &pairing);
            if (!pairing.error.isEmpty())
                return fail(QStringLiteral("page %1: %2").arg(i + 1).arg(pairing.error), inPath);
            if (pairing.used != info.glyphs[int(i)].size())
                return fail(QStringLiteral("page %1: %2 glyphs drawn, %3 found in the content")
                                .arg(i + 1)
                                .arg(info.glyphs[int(i)].size())
                                .arg(pairing.used),
                            inPath);
            contents[i].second = pairing.insertions;
        }
        for (auto& [og, entry] : maps) {
            QPDFObjectHandle font = entry.font;
            QPDFObjectHandle desc = font.getKey("/DescendantFonts");
            QPDFObjectHandle cid = desc.isArray() && desc.getArrayNItems() == 1 ? desc.getArrayItem(0)
                                                                                : QPDFObjectHandle::newNull();
            // carrier CIDs for the further characters of right-to-left clusters
            int next = std::max(maxCid(cid), entry.text.isEmpty() ? 0 : entry.text.lastKey()) + 1;
            for (const auto& page : contents)
                for (const Insertion& ins : page.second)
                    if (ins.font == og && !entry.extra.contains(ins.character)) {
                        entry.extra.insert(ins.character, next);
                        entry.text.insert(next, ins.character);
                        if (cid.isDictionary() && cid.getKey("/W").isArray()) {
                            QPDFObjectHandle w = cid.getKey("/W");
                            w.appendItem(QPDFObjectHandle::newInteger(next));
                            QPDFObjectHandle width = QPDFObjectHandle::newArray();
                            width.appendItem(QPDFObjectHandle::newInteger(100));
                            w.appendItem(width);
                        }
                        ++next;
                    }
            const std::string cmap = toUnicodeCMap(entry.text).toStdString();
            QPDFObjectHandle tu = font.getKey("/ToUnicode");
            if (tu.isStream())
                tu.replaceStreamData(cmap, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
            else
                font.replaceKey("/ToUnicode", pdf.newStream(cmap));
            // Subset fonts carry a tag in /BaseFont too ("QABCDE+NotoSerif-Regular").
            if (cid.isDictionary()) {
                QPDFObjectHandle fd = cid.getKey("/FontDescriptor");
                if (fd.isDictionary() && fd.getKey("/FontName").isName()) {
                    QPDFObjectHandle name = QPDFObjectHandle::newName(fd.getKey("/FontName").getName());
                    font.replaceKey("/BaseFont", name);
                    cid.replaceKey("/BaseFont", name);
                }
            }
        }
        for (size_t i = 0; i < pages.size(); ++i) {
            const QList<Insertion>& ins = contents[i].second;
            if (ins.isEmpty())
                continue;
            const std::string& old = contents[i].first;
            std::string out;
            out.reserve(old.size() + size_t(ins.size()) * 48);
            size_t pos = 0;
            for (const Insertion& in : ins) {
                out.append(old, pos, in.at - pos);
                pos = in.at;
                const int c = maps[in.font].extra.value(in.character);
                const double dx = -0.05 * in.size * in.order;
                char hex[8];
                std::snprintf(hex, sizeof hex, "%04X", c);
                out += (" " + num(dx) + " 0 Td 3 Tr <" + QByteArray(hex) + "> Tj 0 Tr " + num(-dx) + " 0 Td")
                           .toStdString();
            }
            out.append(old, pos, std::string::npos);
            pages[i].getObjectHandle().replaceKey("/Contents", pdf.newStream(out));
        }

        // ---- document properties --------------------------------------------------------------
        QPDFObjectHandle root = pdf.getRoot();
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(info.language)));
        QPDFObjectHandle prefs = QPDFObjectHandle::newDictionary();
        prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        prefs.replaceKey("/Direction",
                         QPDFObjectHandle::newName(isRightToLeft(info.language) ? "/R2L" : "/L2R"));
        root.replaceKey("/ViewerPreferences", prefs);
        QPDFObjectHandle trailer = pdf.getTrailer();
        QPDFObjectHandle infoDict = trailer.getKey("/Info");
        if (!infoDict.isDictionary()) {
            infoDict = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", infoDict);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        infoDict.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(info.title)));
        infoDict.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(utf8(info.producer)));
        infoDict.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(utf8(info.producer)));
        infoDict.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(now).toStdString()));
        infoDict.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate(now).toStdString()));
        if (!info.author.isEmpty())
            infoDict.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(utf8(info.author)));
        if (!info.subject.isEmpty())
            infoDict.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(utf8(info.subject)));
        if (!info.keywords.isEmpty())
            infoDict.replaceKey("/Keywords", QPDFObjectHandle::newUnicodeString(utf8(info.keywords)));
        buildOutline(pdf, info.outline, pages);

        // ---- PDF/A-3b: embedded source, XMP, output intent -------------------------------------
        if (!info.sourceDraft.isEmpty())
            embedSource(pdf, info, now);
        if (Status s = addOutputIntent(pdf); !s)
            return s;
        // A random document id: the XMP holds it, and the file's /ID is computed from the file's
        // content (which includes it), so every rendering gets its own, unrelated to the clock.
        const QString docId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QPDFObjectHandle meta = pdf.newStream(xmp(info, now, docId, docId).toStdString());
        meta.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        meta.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", meta);

        QPDFWriter w(pdf);
        w.setOutputMemory();
        w.setDeterministicID(true);
        w.setNewlineBeforeEndstream(true); // PDF/A (ISO 19005-1 6.1.7)
        // Qt's streams (fonts, images) are already compressed: copied as they are, not inflated
        // and deflated again; only the streams written here are compressed.
        w.setDecodeLevel(qpdf_dl_none);
        w.setMinimumPDFVersion("1.7");
        w.write();
        std::shared_ptr<Buffer> buf = w.getBufferSharedPointer();
        QSaveFile out(outPath);
        if (!out.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write: %1").arg(out.errorString()), outPath);
        out.write(reinterpret_cast<const char*>(buf->getBuffer()), qint64(buf->getSize()));
        if (!out.commit())
            return fail(QStringLiteral("cannot write: %1").arg(out.errorString()), outPath);
        return {};
    } catch (const std::exception& e) {
        return fail(QString::fromLocal8Bit(e.what()), inPath);
    }
}

} // namespace mla::render
