// The gate runs an approved call only with the arguments its recorded decision approved
// (issue #11, "a decision without its evidence"). The attack: a decision written straight into
// the approvals table — other arguments under the request's own hash, or a consistent hash but
// no approval_decided event — as a reviewer login could on a shared store before the database
// refused it (tst_shared_guards), and as the owner of a SQLite file or any login of a PostgreSQL
// store without roles still can. The real airlock-gate, in front of the reference filesystem
// server, driven by the official MCP SDK client, must run nothing and say why.

#include "mcpdriver.h"
#include "testassertions.h"
#include "teststore.h"

#include "store/approvalqueue.h"
#include "store/approvedarguments.h"
#include "store/canonicaljson.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/toolstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

const QString kConnector = u"Project Files"_s;

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
    return text;
}

} // namespace

class TstGateDecisions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
    QString node_;
    QString scope_;

    QStringList filesGate() const
    {
        return QStringList{
            QStringLiteral(AIRLOCK_GATE_PATH),
            u"--store"_s,
            temp_->urlText(),
            u"--connector"_s,
            kConnector,
            u"--"_s,
            node_,
            sourcePath(
                u"tests/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"_s),
            temp_->dir() + u"/files"_s};
    }

    // A session whose write waits for a human; returns the request's id.
    QString holdWrite(McpDriver &d, const QString &file)
    {
        QString error;
        if (!d.start(node_, filesGate(), &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        d.call(u"write"_s, u"write_file"_s,
               {{u"path"_s, file}, {u"content"_s, u"what the agent asked"_s}});
        for (int i = 0; i < 400; ++i) {
            auto pending = ApprovalQueue(*store_).list(ApprovalStatus::Pending);
            if (pending && !pending->isEmpty())
                return pending->constFirst().id;
            QTest::qWait(50);
        }
        return {};
    }

    // A decision written into the row alone, as a raw UPDATE does; announced on PostgreSQL
    // as any write is, so the gate looks at once.
    void forgeDecision(const QString &id, const QByteArray &arguments, const QString &hashSql)
    {
        QSqlQuery q(store_->database());
        q.prepare(
            u"UPDATE approvals SET status = 'approved', decided_by = 'reviewer', decided_at = ?, "
            u"approved_arguments = ?, approved_arguments_hash = %1, edited = 1 WHERE id = ?"_s.arg(
                hashSql));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(QString::fromUtf8(arguments));
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        if (store_->backend() == Backend::Postgres)
            QVERIFY(q.exec(u"SELECT pg_notify('airlock_changes', 'approvals')"_s));
    }

    QByteArray otherArguments(const QString &file) const
    {
        return canonicalJson(
            QJsonObject{{u"path"_s, file}, {u"content"_s, u"what the attacker wanted"_s}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        node_ = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!node_.isEmpty(),
                 "node is not on PATH: this suite drives airlock-gate with the MCP SDK");
    }

    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        store_ = temp_->open(u"lead"_s);
        QVERIFY(store_);
        scope_ = temp_->dir() + u"/files/project"_s;
        QVERIFY(QDir().mkpath(scope_));
        const QJsonObject json{
            {u"name"_s, kConnector},
            {u"purpose"_s, u"Let the agent edit the project's documents"_s},
            {u"owner"_s, u"docs-team"_s},
            {u"target_system"_s, u"Project folder"_s},
            {u"kind"_s, u"document_source"_s},
            {u"permission_mode"_s, u"any_changes"_s},
            {u"powers"_s, QJsonArray{u"read"_s, u"write"_s}},
            {u"scope"_s, QJsonArray{QJsonObject{{u"effect"_s, u"include"_s},
                                                {u"pattern"_s, QString(scope_ + u"/**"_s)}}}},
            {u"identity"_s, QJsonObject{{u"kind"_s, u"service_principal"_s},
                                        {u"principal"_s, u"svc-docs-agent"_s}}}};
        QVERIFY_OK(ConnectorStore(*store_).apply(connectorDocumentFromJson(json).value(),
                                                 u"for the attack"_s));
        // A first session lists the tools; the lead reviews them.
        McpDriver d;
        QString error;
        QVERIFY2(d.start(node_, filesGate(), &error), qPrintable(error));
        d.listTools();
        QVERIFY(d.close());
        QVERIFY_OK(ConnectorStore(*store_).recordReview(kConnector, u"tools checked"_s));
    }

    void cleanup()
    {
        store_.reset();
        temp_.reset();
    }

    void otherArgumentsUnderTheRequestsHashAreNotRun()
    {
        McpDriver d;
        const QString file = scope_ + u"/report.txt"_s;
        const QString id = holdWrite(d, file);
        QVERIFY2(!id.isEmpty(), qPrintable(d.stderr()));
        forgeDecision(id, otherArguments(file), u"arguments_hash"_s);
        const QJsonObject w = d.answer(u"write"_s);
        QVERIFY(w.value(u"result"_s).toObject().value(u"isError"_s).toBool());
        QVERIFY2(resultText(w).contains(u"do not match the hash recorded with them"_s),
                 qPrintable(resultText(w)));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(d.close());
        QCOMPARE(ApprovalQueue(*store_).get(id)->outcome, ApprovalOutcome::NotExecuted);
    }

    void aConsistentDecisionWithoutItsEvidenceIsNotRun()
    {
        McpDriver d;
        const QString file = scope_ + u"/report.txt"_s;
        const QString id = holdWrite(d, file);
        QVERIFY2(!id.isEmpty(), qPrintable(d.stderr()));
        const QByteArray other = otherArguments(file);
        forgeDecision(id, other, u"'%1'"_s.arg(QString::fromLatin1(sha256Hex(other))));
        const QJsonObject w = d.answer(u"write"_s);
        QVERIFY(w.value(u"result"_s).toObject().value(u"isError"_s).toBool());
        QVERIFY2(resultText(w).contains(u"its decision is not in the evidence"_s),
                 qPrintable(resultText(w)));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(d.close());
    }

    void aDecisionRewrittenWithItsEventIsRefused()
    {
        // Whoever can switch the store's guards off (a SQLite file's owner, a superuser)
        // rewrites the approved arguments and the hash its event records: the event's own
        // chain link no longer holds, and the check says so (verify names it too).
        const QString file = scope_ + u"/report.txt"_s;
        auto agent = temp_->open(u"svc-docs-agent"_s);
        QVERIFY(agent);
        ApprovalQueue::NewRequest r;
        r.connector = kConnector;
        r.tool = u"write_file"_s;
        r.target = file;
        r.arguments = canonicalJson(
            QJsonObject{{u"path"_s, file}, {u"content"_s, u"what the agent asked"_s}});
        auto made = ApprovalQueue(*agent).request(r);
        QVERIFY_OK(made);
        const QString id = made->id;
        auto reviewer = temp_->open(u"reviewer"_s);
        QVERIFY(reviewer);
        auto decided =
            ApprovalQueue(*reviewer).decide(id, {true, u"ok"_s, std::nullopt, std::nullopt});
        QVERIFY_OK(decided);
        QCOMPARE(checkedApprovedArguments(*store_, id).value(), decided->approvedArguments);
        const QByteArray other = otherArguments(file);
        const QString otherHash = QString::fromLatin1(sha256Hex(other));
        QSqlQuery q(store_->database());
        const bool sqlite = store_->backend() == Backend::Sqlite;
        QVERIFY(q.exec(sqlite ? u"DROP TRIGGER evidence_no_update"_s
                              : u"SET session_replication_role = replica"_s));
        q.prepare(
            u"UPDATE approvals SET approved_arguments = ?, approved_arguments_hash = ? WHERE id = ?"_s);
        q.addBindValue(QString::fromUtf8(other));
        q.addBindValue(otherHash);
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.prepare(u"UPDATE evidence SET payload = replace(payload, ?, ?) WHERE event_id = ?"_s);
        q.addBindValue(decided->approvedArgumentsHash);
        q.addBindValue(otherHash);
        q.addBindValue(QString(id + u":decided"_s));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        if (!sqlite)
            QVERIFY(q.exec(u"SET session_replication_role = origin"_s));
        QVERIFY_ERROR(checkedApprovedArguments(*store_, id), ErrorCode::Integrity,
                      u"changed after it was recorded"_s);
    }

    void aRecordedDecisionRuns()
    {
        // The same path with a real decision: the check lets exactly the approved call through.
        McpDriver d;
        const QString file = scope_ + u"/report.txt"_s;
        const QString id = holdWrite(d, file);
        QVERIFY2(!id.isEmpty(), qPrintable(d.stderr()));
        const CliResult decided = runCli({u"--store"_s, temp_->urlText(), u"--as"_s, u"reviewer"_s,
                                          u"approval"_s, u"decide"_s, id, u"approve"_s});
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.errorText()));
        const QJsonObject w = d.answer(u"write"_s);
        QVERIFY2(!w.value(u"result"_s).toObject().value(u"isError"_s).toBool(),
                 qPrintable(resultText(w)));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("what the agent asked"));
        QVERIFY(d.close());
    }
};

QTEST_MAIN(TstGateDecisions)
#include "tst_gate_decisions.moc"
