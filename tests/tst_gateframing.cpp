// The gate's pieces that need no peer: cutting a byte stream into MCP stdio messages, naming
// the request an oversized message belonged to, and reading a call's targets.

#include "jsonrpc.h"
#include "lineframer.h"

#include "policy/calljudge.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::gate;

class TstGateFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesSplitAcrossReadsAreJoined()
    {
        LineFramer f(1024);
        QVERIFY(f.feed("{\"a\":").isEmpty());
        const auto frames = f.feed("1}\r\n{\"b\":2}\n{\"c\"");
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames.at(0).line, QByteArray("{\"a\":1}")); // CR dropped
        QCOMPARE(frames.at(1).line, QByteArray("{\"b\":2}"));
        const auto last = f.finish(); // a peer may leave out the last newline
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.at(0).line, QByteArray("{\"c\""));
        QVERIFY(f.finish().isEmpty());
    }

    void anOversizedMessageIsReportedOnceWithItsSizeAndEnds()
    {
        LineFramer f(100);
        const QByteArray big =
            "{\"jsonrpc\":\"2.0\",\"params\":\"" + QByteArray(5000, 'x') + "\",\"id\":\"req-7\"}";
        QList<LineFramer::Frame> frames;
        for (qsizetype i = 0; i < big.size(); i += 333)
            frames += f.feed(big.mid(i, 333));
        QVERIFY(frames.isEmpty()); // not over until its newline
        frames += f.feed("\n{\"ok\":1}\n");
        QCOMPARE(frames.size(), 2);
        QVERIFY(frames.at(0).oversized);
        QVERIFY(frames.at(0).line.isEmpty());
        QCOMPARE(frames.at(0).size, big.size());
        QCOMPARE(guessId(frames.at(0).head, frames.at(0).tail), QJsonValue(u"req-7"_s));
        QVERIFY(!frames.at(1).oversized);
        QCOMPARE(frames.at(1).line, QByteArray("{\"ok\":1}"));
    }

    void theIdOfAnOversizedMessageIsReadFromEitherEnd()
    {
        QCOMPARE(guessId("{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"tools/call\"", "xxxx\"}}"),
                 QJsonValue(42));
        QCOMPARE(guessId("{\"method\":", "\"x\"},\"jsonrpc\":\"2.0\",\"id\":7}"), QJsonValue(7));
        QVERIFY(guessId("{\"method\":", "no id here").isNull());
    }

    void idKeysKeepNumbersAndStringsApart()
    {
        QVERIFY(idKey(QJsonValue(7)) != idKey(QJsonValue(u"7"_s)));
        QCOMPARE(idKey(QJsonValue(7)), idKey(QJsonValue(7.0)));
    }

    void messagesAreToldApartByTheirMembers()
    {
        QCOMPARE(kindOf({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 1}, {u"method"_s, u"ping"_s}}),
                 MessageKind::Request);
        QCOMPARE(kindOf({{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/x"_s}}),
                 MessageKind::Notification);
        QCOMPARE(kindOf({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 1}, {u"result"_s, QJsonObject()}}),
                 MessageKind::Response);
        QCOMPARE(kindOf({{u"id"_s, 1}, {u"method"_s, u"ping"_s}}),
                 MessageKind::Invalid); // no jsonrpc
        QCOMPARE(kindOf({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 1}}), MessageKind::Invalid);
    }

    void targetsComeFromTheTargetArgumentsAndCannotWalkOut()
    {
        const QJsonObject args{{u"path"_s, u"/srv/docs/a/../../etc/passwd"_s},
                               {u"paths"_s, QJsonArray{u"/srv/docs/x"_s, 3, u"relative/./y"_s}},
                               {u"id"_s, 12},
                               {u"content"_s, u"/not/a/target"_s}};
        QCOMPARE(targetsOf(args, defaultTargetArguments()),
                 (QStringList{u"/srv/docs/a/../../etc/passwd"_s, u"12"_s}));
        QCOMPARE(targetsOf(args, {u"paths"_s}),
                 (QStringList{u"/srv/docs/x"_s, u"3"_s, u"relative/./y"_s}));
        QVERIFY(targetsOf(args, {u"missing"_s}).isEmpty());
        QString error;
        QVERIFY(targetsOf(args, {u"paths"_s, u"content"_s}, &error).size() == 4 && error.isEmpty());
        QVERIFY(targetsOf({{u"path"_s, QJsonObject{}}}, {u"path"_s}, &error).isEmpty());
        QCOMPARE(error, u"the target argument 'path' is an object, not a target"_s);

        // The judge makes them canonical before anything is matched.
        Connector c;
        c.name = u"Docs"_s;
        c.mode = PermissionMode::NeverAsk;
        c.powers = PowerSet{Power::Read};
        c.scope = {ScopeRule{ScopeRule::Effect::Include, u"**"_s}};
        CallToJudge call;
        call.connector = &c;
        call.toolRequired = false;
        call.assertedPower = Power::Read;
        call.arguments = args;
        QCOMPARE(judgeCall(call).targets, (QStringList{u"/srv/etc/passwd"_s, u"12"_s}));
    }

    void aCallIsJudgedByItsStrictestTarget()
    {
        Connector c;
        c.name = u"Docs"_s;
        c.mode = PermissionMode::NeverAsk;
        c.powers = PowerSet{Power::Read};
        c.scope = {ScopeRule{ScopeRule::Effect::Include, u"/srv/docs/**"_s}};
        Tool t;
        t.connector = c.name;
        t.name = u"read_many"_s;
        t.derivedPower = Power::Read;
        t.reviewState = ToolReviewState::Reviewed;
        t.targetArguments = {u"paths"_s};
        const auto judge = [&](const std::optional<Tool> &tool, const QJsonObject &arguments) {
            CallToJudge call;
            call.connector = &c;
            call.tool = tool;
            call.toolName = u"read_many"_s;
            call.arguments = arguments;
            call.actor = u"agent"_s;
            return judgeCall(call);
        };
        const CallDecision inside =
            judge(t, {{u"paths"_s, QJsonArray{u"/srv/docs/a"_s, u"/srv/docs/b"_s}}});
        QCOMPARE(inside.decision.verdict, Verdict::Allow);
        const CallDecision mixed =
            judge(t, {{u"paths"_s, QJsonArray{u"/srv/docs/a"_s, u"/srv/other/b"_s}}});
        QCOMPARE(mixed.decision.verdict, Verdict::Deny);
        QCOMPARE(mixed.target, u"/srv/other/b"_s);
        const CallDecision none = judge(t, {});
        QCOMPARE(none.decision.verdict, Verdict::Deny); // no target is not in a path scope
        const CallDecision unknown = judge(std::nullopt, {{u"path"_s, u"/srv/docs/a"_s}});
        QCOMPARE(unknown.decision.verdict, Verdict::Deny);
    }
};

QTEST_GUILESS_MAIN(TstGateFraming)
#include "tst_gateframing.moc"
