// Fuzz target "templates-lint": `templates-lint DIR` on a copy of the built-in templates where
// the input replaces the layout (when it names the layout namespace) or the French language file.
// Never crash, hang or leak.
#include "FuzzSupport.h"

#include "render/TemplateLint.h"
#include "render/TemplateSet.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace mla::render;

namespace {

struct Templates
{
    QTemporaryDir dir;
    QByteArray layout;
    QByteArray french;
};

void put(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        mla::fuzz::broken("cannot write the scratch templates", path);
}

QByteArray builtin(const QString& name)
{
    QFile f(TemplateSet::builtinDirectory() + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        mla::fuzz::broken("a built-in template is missing", name);
    return f.readAll();
}

Templates& templates()
{
    static Templates t = [] {
        Templates s;
        if (!s.dir.isValid())
            mla::fuzz::broken("no scratch folder");
        s.layout = builtin(TemplateSet::layoutFileName());
        s.french = builtin(QStringLiteral("fr.xlf"));
        put(s.dir.filePath(TemplateSet::layoutFileName()), s.layout);
        put(s.dir.filePath(QStringLiteral("en.xlf")), builtin(QStringLiteral("en.xlf")));
        put(s.dir.filePath(QStringLiteral("fr.xlf")), s.french);
        return s;
    }();
    return t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mla::fuzz::init();
    Templates& t = templates();
    const QByteArray bytes = mla::fuzz::bytes(data, size);
    const bool isLayout = bytes.contains("urn:x-mlawriter:layout");
    const QString target =
        t.dir.filePath(isLayout ? TemplateSet::layoutFileName() : QStringLiteral("fr.xlf"));
    put(target, bytes);
    (void)TemplateLint::run(t.dir.path(), {QStringLiteral("fr")});
    put(target, isLayout ? t.layout : t.french);
    return 0;
}
