// Targets escape scope (issue 11, point 4), through the real gate: the official MCP SDK client
// (tests/gate/driver.mjs) in front of airlock-gate, and behind it a server that resolves its
// targets the way real servers do (tests/gate/fetchserver.mjs: new URL(url).pathname,
// fileURLToPath). Whatever spelling the policy lets through, the server serves; so every
// spelling of ".." must be judged on the target the server will really use, and what cannot
// be made canonical must be refused, and recorded as blocked with the canonical target.

#include "mcpdriver.h"
#include "testassertions.h"
#include "teststore.h"

#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/toolstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

const QString kConnector = u"Intranet"_s;
const QString kAdminText = u"ADMIN PAGE"_s;
const QString kSecretText = u"the secret payroll"_s;

QString sourcePath(const QString &relative)
{
    return QStringLiteral(AIRLOCK_SOURCE_DIR) + u'/' + relative;
}

QString resultText(const QJsonObject &answer)
{
    QString text;
    for (const QJsonValue &item :
         answer.value(u"result"_s).toObject().value(u"content"_s).toArray())
        text += item.toObject().value(u"text"_s).toString();
    return text + answer.value(u"error"_s).toString();
}

bool isToolError(const QJsonObject &answer)
{
    return answer.value(u"result"_s).toObject().value(u"isError"_s).toBool();
}

} // namespace

class TstGateTargets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
    QString node_;
    QString files_; // the folder read_file reads: public/ is in scope, private/ is not

    QString publicFile(const QString &relative) const { return files_ + u"/public/"_s + relative; }
    QString fileUrl(const QString &path) const { return u"file://"_s + path; }

    QStringList gate() const
    {
        return {QStringLiteral(AIRLOCK_GATE_PATH),
                u"--store"_s,
                temp_->urlText(),
                u"--connector"_s,
                kConnector,
                u"--"_s,
                node_,
                sourcePath(u"tests/gate/fetchserver.mjs"_s)};
    }

    // Reads run without a human; only the public part of the intranet and of the folder
    // (as a path and as a file: URL) is in scope.
    void applyConnector()
    {
        const auto include = [](const QString &pattern) {
            return QJsonObject{{u"effect"_s, u"include"_s}, {u"pattern"_s, pattern}};
        };
        const QJsonObject json{
            {u"name"_s, kConnector},
            {u"purpose"_s, u"Let the agent read the public intranet pages and files"_s},
            {u"owner"_s, u"web-team"_s},
            {u"target_system"_s, u"Intranet"_s},
            {u"kind"_s, u"document_source"_s},
            {u"permission_mode"_s, u"never_ask"_s},
            {u"powers"_s, QJsonArray{u"read"_s}},
            {u"scope"_s,
             QJsonArray{include(u"http://host/public/**"_s), include(files_ + u"/public/**"_s),
                        include(fileUrl(files_ + u"/public/**"_s))}},
            {u"identity"_s, QJsonObject{{u"kind"_s, u"service_principal"_s},
                                        {u"principal"_s, u"svc-intranet-agent"_s},
                                        {u"credential_owner"_s, u"it-ops"_s}}}};
        auto doc = connectorDocumentFromJson(json);
        QVERIFY_OK(doc);
        QVERIFY_OK(ConnectorStore(*store_).apply(*doc, u"set up for the target suite"_s));
        // A first session records the server's tools as new; the lead reviews them.
        McpDriver d;
        QString error;
        QVERIFY2(d.start(node_, gate(), &error), qPrintable(error));
        QCOMPARE(d.listTools(), QStringList());
        QVERIFY(d.close());
        QVERIFY_OK(ToolStore(*store_).markReviewed(kConnector));
    }

    QList<EvidenceEvent> newestRunEvents()
    {
        auto runs = RunStore(*store_).page({}, {}, 1);
        if (!runs || runs->isEmpty())
            return {};
        auto events = EvidenceChain(*store_).forRun(runs->constFirst().id);
        return events ? *events : QList<EvidenceEvent>();
    }

    // Calls tool once per spelling; each must be refused without the server's answer, and
    // the evidence must hold one blocked attempt per spelling (with the canonical target
    // where there is one) and no read but the control's.
    void expectRefused(const QString &tool, const QString &argument, const QString &control,
                       const QList<std::pair<QString, QString>> &spellings, const QString &secret)
    {
        applyConnector();
        McpDriver d;
        QString error;
        QVERIFY2(d.start(node_, gate(), &error), qPrintable(error));
        d.call(u"control"_s, tool, {{argument, control}});
        const QJsonObject served = d.answer(u"control"_s);
        QVERIFY2(!isToolError(served), qPrintable(resultText(served)));
        for (qsizetype i = 0; i < spellings.size(); ++i)
            d.call(u"attack%1"_s.arg(i), tool, {{argument, spellings.at(i).first}});
        for (qsizetype i = 0; i < spellings.size(); ++i) {
            const QJsonObject a = d.answer(u"attack%1"_s.arg(i));
            const QString text = resultText(a);
            QVERIFY2(!text.contains(secret),
                     qPrintable(spellings.at(i).first + u" was served: "_s + text));
            QVERIFY2(isToolError(a) && text.startsWith(u"Airlock refused this call: "_s),
                     qPrintable(spellings.at(i).first + u": "_s + text));
        }
        QVERIFY(d.close());

        const QList<EvidenceEvent> events = newestRunEvents();
        QStringList read;
        QStringList blocked;
        for (const EvidenceEvent &e : events) {
            if (e.kind == EventKind::Read)
                read << e.target;
            if (e.kind == EventKind::Blocked && e.tool == tool)
                blocked << e.target;
            QVERIFY2(!e.summary.contains(secret), qPrintable(e.summary));
        }
        QCOMPARE(read, QStringList{control});
        QCOMPARE(blocked.size(), spellings.size());
        for (const auto &[spelling, canonical] : spellings)
            QVERIFY2(blocked.contains(canonical.isEmpty() ? spelling : canonical),
                     qPrintable(u"no blocked attempt on "_s + canonical + u" in "_s +
                                blocked.join(u", ")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        node_ = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!node_.isEmpty(), "node is not on PATH: the gate suites need Node.js");
        QVERIFY2(QFileInfo::exists(
                     sourcePath(u"tests/node_modules/@modelcontextprotocol/sdk/package.json"_s)),
                 "tests/node_modules is missing the MCP SDK: run `npm ci --prefix tests`");
    }

    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        store_ = temp_->open(u"lead"_s);
        QVERIFY(store_);
        files_ = temp_->dir() + u"/files"_s;
        QVERIFY(QDir().mkpath(files_ + u"/public"_s));
        QVERIFY(QDir().mkpath(files_ + u"/private"_s));
        for (const auto &[path, text] :
             {std::pair{publicFile(u"readme.txt"_s), QByteArray("public readme\n")},
              {files_ + u"/private/secret.txt"_s, kSecretText.toUtf8()}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
    }

    void cleanup()
    {
        store_.reset();
        temp_.reset();
    }

    // The server resolves "..", "%2e%2e", ".%2E" and "\" in a URL (WHATWG) before it serves.
    void aUrlThatClimbsOutOfThePublicPagesIsRefused()
    {
        expectRefused(u"fetch"_s, u"url"_s, u"http://host/public/index"_s,
                      {{u"http://host/public/../admin/users"_s, u"http://host/admin/users"_s},
                       {u"http://host/public/%2e%2e/admin/users"_s, u"http://host/admin/users"_s},
                       {u"HTTP://HOST:80/public/.%2E/admin/users"_s, u"http://host/admin/users"_s},
                       {u"http://host/public\\..\\admin/users"_s, QString()},
                       {u"http://host/public/%2e%2e%2Fadmin/users"_s, QString()}},
                      kAdminText);
    }

    // fileURLToPath decodes "%2E%2E" and the path module resolves it: the secret file.
    void aFileUrlWithEncodedDotsCannotReadOutsideItsScope()
    {
        const QString secret = files_ + u"/private/secret.txt"_s;
        expectRefused(u"read_file"_s, u"path"_s, fileUrl(publicFile(u"readme.txt"_s)),
                      {{fileUrl(publicFile(u"%2E%2E/private/secret.txt"_s)), fileUrl(secret)},
                       {fileUrl(publicFile(u"%2e%2e/private/secret.txt"_s)), fileUrl(secret)},
                       {publicFile(u"../private/secret.txt"_s), secret},
                       {fileUrl(publicFile(u"..%2Fprivate/secret.txt"_s)), QString()}},
                      kSecretText);
    }
};

QTEST_GUILESS_MAIN(TstGateTargets)
#include "tst_gate_targets.moc"
