// Every Airlock process keeps a witness (issue #12): airlock-gate remembers the newest checkpoint
// it sees for its store, in the one folder the console, airlockctl and the gate share. A store
// truncated or rewritten after only the gate saw a checkpoint is then caught by `airlockctl
// verify` on the same machine — before, the gate kept its trust under its own application name
// (and kept no witness at all), so verify called such a store intact.
//
// The checkpoint is signed on another machine (another data folder, "the sealer") whose public
// key this machine trusts: so the only witness here is the one the gate keeps.

#include "logtamper.h"
#include "testassertions.h"
#include "teststore.h"

#include "proof/checkpoint.h"
#include "proof/localtrust.h"
#include "proof/signingkey.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

const QString kConnector = u"Project Files"_s;

bool appendEvents(Store &store, int from, int to)
{
    EvidenceChain chain(store);
    for (int i = from; i <= to; ++i) {
        EvidenceEvent e;
        e.kind = EventKind::Read;
        e.connector = kConnector;
        e.tool = u"read_file"_s;
        e.power = Power::Read;
        e.target = u"/docs/%1.md"_s.arg(i);
        e.summary = u"read #%1"_s.arg(i);
        if (!chain.append(e))
            return false;
    }
    return true;
}

} // namespace

class TstGateWitness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir home_;   // this machine's data folder: the gate's, airlockctl's
    QTemporaryDir sealer_; // another machine's, whose key signs the checkpoints
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;

    // airlockctl as the sealer, on the other machine.
    CliResult sealer(const QStringList &args)
    {
        const QByteArray mine = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", sealer_.path().toUtf8());
        CliResult r = runCli(QStringList{u"--store"_s, temp_->urlText()} + args);
        qputenv("XDG_DATA_HOME", mine);
        return r;
    }
    CliResult here(const QStringList &args)
    {
        return runCli(QStringList{u"--store"_s, temp_->urlText()} + args);
    }

    void startGate(QProcess &gate, const QString &witnessSecs = u"1"_s)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AIRLOCK_WITNESS_SECS"_s, witnessSecs);
        gate.setProcessEnvironment(env);
        // The server does not matter here: the gate checks its witness before any call.
        gate.start(
            QStringLiteral(AIRLOCK_GATE_PATH),
            {u"--store"_s, temp_->urlText(), u"--connector"_s, kConnector, u"--"_s, u"/bin/cat"_s});
        QVERIFY2(gate.waitForStarted(10000), qPrintable(gate.errorString()));
    }
    static QString stopGate(QProcess &gate)
    {
        gate.closeWriteChannel();
        if (!gate.waitForFinished(10000)) {
            gate.kill();
            gate.waitForFinished();
        }
        return QString::fromUtf8(gate.readAllStandardError());
    }
    qint64 witnessSize()
    {
        auto w = readWitness(store_->url());
        return w && *w ? (*w)->size : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (backendUnderTest() == Backend::Postgres)
            QVERIFY2(!qEnvironmentVariableIsEmpty("AIRLOCK_TEST_PG_URL"),
                     "run through scripts/with-postgres.sh");
        QVERIFY(home_.isValid() && sealer_.isValid());
        qputenv("XDG_DATA_HOME", home_.path().toUtf8());
        // This process reads the witness as airlockctl does; the gate's own application name
        // ("airlock-gate") must not give it another folder.
        QCoreApplication::setOrganizationName(u"Airlock"_s);
        QCoreApplication::setApplicationName(u"airlock-gate"_s);
        QCOMPARE(trustFolder(), home_.path() + u"/airlock/airlock"_s);
    }
    void init()
    {
        QDir(home_.path()).removeRecursively();
        QDir(sealer_.path()).removeRecursively();
        QVERIFY(QDir().mkpath(home_.path()) && QDir().mkpath(sealer_.path()));
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        store_ = temp_->open(u"gateway"_s);
        QVERIFY(store_);
        const QJsonObject json{{u"name"_s, kConnector},
                               {u"purpose"_s, u"Let the agent read the project's documents"_s},
                               {u"owner"_s, u"docs-team"_s},
                               {u"kind"_s, u"document_source"_s},
                               {u"permission_mode"_s, u"never_ask"_s},
                               {u"powers"_s, QJsonArray{u"read"_s}},
                               {u"scope"_s, QJsonArray{QJsonObject{{u"effect"_s, u"include"_s},
                                                                   {u"pattern"_s, u"/docs/**"_s}}}},
                               {u"identity"_s, QJsonObject{{u"kind"_s, u"service_principal"_s},
                                                           {u"principal"_s, u"svc-docs"_s}}}};
        auto doc = connectorDocumentFromJson(json);
        QVERIFY_OK(doc);
        QVERIFY_OK(ConnectorStore(*store_).apply(*doc, u"set up for the witness suite"_s));
        QVERIFY(appendEvents(*store_, 1, 18));
        // The sealer checkpoints; this machine trusts its key, and has no witness of its own.
        const CliResult c = sealer({u"checkpoint"_s});
        QVERIFY2(c.exitCode == 0, qPrintable(c.errorText()));
        auto sealerKey =
            SigningKey::load(sealer_.path() + u"/airlock/airlock/checkpoint-key.pem"_s);
        QVERIFY_OK(sealerKey);
        QVERIFY(QDir().mkpath(trustFolder() + u"/trusted-keys"_s));
        QFile pem(trustFolder() + u"/trusted-keys/sealer.pem"_s);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(publicKeyPem(sealerKey->publicKey()));
        pem.close();
        QCOMPARE(witnessSize(), qint64(-1));
    }
    void cleanup()
    {
        store_.reset();
        temp_.reset();
    }

    void aStoreTruncatedAfterOnlyTheGateSawACheckpointIsCaughtByVerify_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("named");
        QTest::newRow("truncated")
            << u"truncate"_s << u"truncated after #15: this machine's witness"_s;
        QTest::newRow("rewritten") << u"rewrite"_s << u"rewritten from #1: events #1…#"_s;
    }
    void aStoreTruncatedAfterOnlyTheGateSawACheckpointIsCaughtByVerify()
    {
        QFETCH(QString, attack);
        QFETCH(QString, named);
        const qint64 sealed = witnessSizeOfStore();
        QProcess gate;
        startGate(gate);
        QTRY_COMPARE(witnessSize(), sealed);
        const QString log = stopGate(gate);
        QVERIFY2(log.contains(u"is now this machine's witness"_s), qPrintable(log));

        // The attacker, as the file's / tables' owner: guards off, the log changed, the
        // checkpoints deleted so the store itself has nothing to contradict it.
        QCOMPARE(switchGuardsOff(*store_), QString());
        if (attack == u"truncate"_s) {
            QCOMPARE(rawExec(*store_, u"DELETE FROM evidence WHERE seq > 15"_s), QString());
        } else {
            QCOMPARE(
                rawExec(*store_, u"UPDATE evidence SET summary = 'nothing to see' WHERE seq = 4"_s),
                QString());
            QCOMPARE(rehashFrom(*store_, 4), QString());
        }
        QCOMPARE(rawExec(*store_, u"DELETE FROM checkpoints"_s), QString());
        auto walk = EvidenceChain(*store_).verify();
        QVERIFY_OK(walk);
        QVERIFY2(walk->intact, "the attack must get past the chain walk");

        const CliResult r = here({u"verify"_s});
        QCOMPARE(r.exitCode, 20);
        QVERIFY2(r.text().contains(named), qPrintable(r.text()));
    }

    void theGateWarnsWhenItsStoreIsBehindItsWitnessAndRefusesNothing()
    {
        QProcess gate;
        startGate(gate);
        QTRY_COMPARE(witnessSize(), witnessSizeOfStore());
        stopGate(gate);
        const qint64 seen = witnessSize();
        QCOMPARE(switchGuardsOff(*store_), QString());
        QCOMPARE(rawExec(*store_, u"DELETE FROM evidence WHERE seq > 12"_s), QString());
        QCOMPARE(rawExec(*store_, u"DELETE FROM checkpoints"_s), QString());

        QProcess again;
        startGate(again);
        // It still serves: the initialize round trip goes through to the server (cat echoes it).
        again.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                    "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                    "\"clientInfo\":{\"name\":\"raw-peer\",\"version\":\"0\"}}}\n");
        QTRY_VERIFY(again.bytesAvailable() > 0 || again.state() != QProcess::Running);
        const QString log = stopGate(again);
        QVERIFY2(
            log.contains(
                u"warning: the store does not match what this machine saw before — truncated: the "
                u"store has 12 events but this machine's witness (the checkpoint of %1 events"_s
                    .arg(witnessSize())),
            qPrintable(log));
        QVERIFY2(log.contains(u"events #13–#%1 are missing"_s.arg(witnessSize())), qPrintable(log));
        QCOMPARE(log.count(u"warning: the store does not match"_s),
                 1);                   // said once, not every second
        QCOMPARE(witnessSize(), seen); // the witness is not moved back to the store's word
    }

    void theGateAdvancesItsWitnessToANewerConsistentCheckpoint()
    {
        QProcess gate;
        startGate(gate);
        const qint64 first = witnessSizeOfStore();
        QTRY_COMPARE(witnessSize(), first);
        QVERIFY(appendEvents(*store_, 100, 109));
        const CliResult c = sealer({u"checkpoint"_s});
        QVERIFY2(c.exitCode == 0, qPrintable(c.errorText()));
        auto newer = Checkpoint::parse(c.out);
        QVERIFY_OK(newer);
        QVERIFY(newer->size > first);
        QTRY_COMPARE(witnessSize(), newer->size);
        stopGate(gate);
        // And verify here agrees with it.
        const CliResult r = here({u"verify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text() + r.errorText()));
    }

private:
    // The size of the store's newest checkpoint (what the gate should remember).
    qint64 witnessSizeOfStore()
    {
        QSqlQuery q(store_->database());
        if (!q.exec(u"SELECT MAX(log_size) FROM checkpoints"_s) || !q.next())
            return -2;
        return q.value(0).toLongLong();
    }
};

QTEST_GUILESS_MAIN(TstGateWitness)
#include "tst_gate_witness.moc"
