// The inbox's headless parts: the queue's order, the model under QAbstractItemModelTester,
// freshness against a connector's limit, the before/after diff, the checking of edited
// arguments, "Approve for…" choices, and a request's context read from a real demo store.

#include "clock.h"
#include "demo/demogenerator.h"
#include "inbox/argumentcheck.h"
#include "inbox/changediff.h"
#include "inbox/freshness.h"
#include "inbox/grantchoice.h"
#include "inbox/inboxmodel.h"
#include "inbox/inboxorder.h"
#include "inbox/requestcontext.h"
#include "store/approvalqueue.h"
#include "store/connectorstore.h"
#include "testassertions.h"
#include "store/evidencechain.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using airlock::test::TempStore;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 21), QTime(12, 0, 0), Qt::UTC);

ApprovalRequest pending(const QString &id, int expiresInMin, Power power, int ageMin = 10)
{
    ApprovalRequest r;
    r.id = id;
    r.connector = u"crm"_s;
    r.tool = u"update_account"_s;
    r.power = power;
    r.target = u"crm:accounts/segment=smb/"_s + id;
    r.requestedBy = u"agent"_s;
    r.requestedAt = kNow.addSecs(-ageMin * 60);
    r.expiresAt = kNow.addSecs(expiresInMin * 60);
    return r;
}

QStringList idsOf(const QList<ApprovalRequest> &list)
{
    QStringList ids;
    for (const ApprovalRequest &r : list)
        ids << r.id;
    return ids;
}

} // namespace

class TstInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pendingFirstThenSoonestToExpireThenRiskiest()
    {
        QList<ApprovalRequest> list = {
            pending(u"late"_s, 60, Power::Trigger), pending(u"soon-write"_s, 5, Power::Write),
            pending(u"soon-send"_s, 5, Power::Send), pending(u"mid"_s, 30, Power::Read)};
        ApprovalRequest decided = pending(u"decided"_s, 1, Power::Trigger);
        decided.status = ApprovalStatus::Approved;
        decided.decidedAt = kNow;
        list.prepend(decided);
        sortInbox(list);
        QCOMPARE(idsOf(list),
                 (QStringList{u"soon-send"_s, u"soon-write"_s, u"mid"_s, u"late"_s, u"decided"_s}));
    }

    void theModelKeepsRowsInPlaceAndTicks()
    {
        setClockForTesting([] { return kNow; });
        InboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActor(u"agent"_s);
        model.setNow(kNow);
        model.setRequests({pending(u"b"_s, 30, Power::Write), pending(u"a"_s, 5, Power::Write)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(InboxModel::IdRole).toString(), u"a"_s);
        QCOMPARE(model.index(0, InboxModel::TimeLeftColumn).data().toString(), u"5 min"_s);
        QCOMPARE(model.index(0, InboxModel::AgeColumn).data().toString(), u"10 min"_s);
        QVERIFY(model.index(0, 0).data(InboxModel::UrgentRole).toBool());
        QVERIFY(!model.index(1, 0).data(InboxModel::UrgentRole).toBool());
        QVERIFY(model.index(0, 0).data(InboxModel::OwnRequestRole).toBool());

        // One arrives between them, one leaves: the remaining row is moved, not reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.setRequests({pending(u"b"_s, 30, Power::Write), pending(u"c"_s, 10, Power::Send)});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(model.index(0, 0).data(InboxModel::IdRole).toString(), u"c"_s);
        QCOMPARE(model.rowOf(u"b"_s), 1);
        QCOMPARE(model.pendingCount(), 2);

        model.setNow(kNow.addSecs(31 * 60));
        QCOMPARE(model.index(1, InboxModel::TimeLeftColumn).data().toString(), u"expired"_s);
        setClockForTesting({});
    }

    void shortDurationsReadCompactly()
    {
        QCOMPARE(InboxModel::shortDuration(42), u"42 s"_s);
        QCOMPARE(InboxModel::shortDuration(3 * 3600 + 5 * 60), u"3 h 05 min"_s);
        QCOMPARE(InboxModel::shortDuration(2 * 86400 + 3 * 3600), u"2 d 3 h"_s);
    }

    void freshnessIsJudgedAgainstTheSourcesLimit()
    {
        Connector source;
        source.freshnessLimitSecs = 15 * 60;
        source.lastSyncAt = kNow.addSecs(-20 * 60);
        // Read 10 minutes ago from a source synced 10 minutes before that: fresh.
        Freshness f = freshnessOf(kNow.addSecs(-10 * 60), kNow, source);
        QVERIFY(!f.stale);
        QCOMPARE(f.ageSecs, 600);
        QCOMPARE(f.syncLagSecs, 600);
        // Read an hour ago: older than the limit now.
        f = freshnessOf(kNow.addSecs(-3600), kNow, 15 * 60);
        QVERIFY(f.stale && f.readStale && !f.syncStale);
        // Read just now, but the source had not synced for three days: the data was old.
        source.lastSyncAt = kNow.addDays(-3);
        f = freshnessOf(kNow.addSecs(-30), kNow, source);
        QVERIFY(f.stale && f.syncStale && !f.readStale);
        // No limit stated: never stale, but the limit says 0.
        f = freshnessOf(kNow.addDays(-30), kNow, 0);
        QVERIFY(!f.stale);
        QCOMPARE(f.limitSecs, 0);
    }

    void aChangeIsLaidOutSideBySideWithTheDifferenceMarked()
    {
        auto d =
            diffProposedChange(R"({"before":{"queue":"triage","priority":"normal","tags":["a"]},
                                        "after":{"queue":"billing","priority":"normal","tags":["a","b"]}})");
        QVERIFY_OK(d);
        QVERIFY(d->hasBefore && d->hasAfter);
        QCOMPARE(d->changedPaths, (QStringList{u"queue"_s, u"tags[1]"_s}));
        int changed = 0;
        for (const ChangeDiff::Line &l : d->lines) {
            if (l.kind == ChangeDiff::Kind::Changed) {
                ++changed;
                QVERIFY(l.before.contains(u"triage"_s) || l.before.contains(u"\"a\""_s));
            }
            if (l.kind == ChangeDiff::Kind::Same)
                QCOMPARE(l.before, l.after);
        }
        QVERIFY(changed >= 1);
        QVERIFY(d->differingLines() >= 2);

        // Text values diff by their own lines.
        auto text = diffProposedChange(
            R"({"before":"Hello\nThanks\nBye","after":"Hello\nThank you\nBye"})");
        QVERIFY_OK(text);
        QCOMPARE(text->lines.size(), 3);
        QCOMPARE(text->lines.at(1).kind, ChangeDiff::Kind::Changed);
        QCOMPARE(text->lines.at(1).after, u"Thank you"_s);

        auto creation = diffProposedChange(R"({"after":{"x":1}})");
        QVERIFY_OK(creation);
        QVERIFY(!creation->hasBefore);
        for (const ChangeDiff::Line &l : creation->lines)
            QCOMPARE(l.kind, ChangeDiff::Kind::Added);

        QVERIFY_ERROR(diffProposedChange("[1]"), ErrorCode::InvalidArgument,
                      u"must be an object"_s);
        QVERIFY_ERROR(diffProposedChange(R"({"x":1})"), ErrorCode::InvalidArgument, u"neither"_s);
        QVERIFY_ERROR(diffProposedChange("{"), ErrorCode::InvalidArgument, u"not JSON"_s);
    }

    void lineDiffPairsRemovalsWithAdditions()
    {
        const auto lines = diffLines({u"a"_s, u"b"_s, u"c"_s}, {u"a"_s, u"x"_s, u"y"_s, u"c"_s});
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).kind, ChangeDiff::Kind::Same);
        QCOMPARE(lines.at(1).kind, ChangeDiff::Kind::Changed);
        QCOMPARE(lines.at(1).before, u"b"_s);
        QCOMPARE(lines.at(2).kind, ChangeDiff::Kind::Added);
        QCOMPARE(lines.at(3).kind, ChangeDiff::Kind::Same);
    }

    void editedArgumentsNameWhatIsWrongAndWhere()
    {
        QVERIFY_ERROR(checkEditedArguments(u"{\n  \"a\": 1\n  \"b\": 2\n}"_s),
                      ErrorCode::InvalidArgument, u"line 3"_s);
        QVERIFY_ERROR(checkEditedArguments(u"{\"a\": \"x\""_s), ErrorCode::InvalidArgument,
                      u"not closed"_s);
        QVERIFY_ERROR(checkEditedArguments(u"[1, 2]"_s), ErrorCode::InvalidArgument,
                      u"not an array"_s);
        QVERIFY_ERROR(checkEditedArguments(u"   "_s), ErrorCode::InvalidArgument, u"empty"_s);
        QVERIFY_ERROR(checkEditedArguments(u"{'a': 1}"_s), ErrorCode::InvalidArgument,
                      u"line 1, column"_s);
        auto ok = checkEditedArguments(u"{ \"b\": 2,\n \"a\": [1] }"_s);
        QVERIFY_OK(ok);
        QCOMPARE(*ok, QByteArray(R"({"a":[1],"b":2})"));
    }

    void approveForChoicesAreCheckedAgainstTheRequest()
    {
        ApprovalRequest r = pending(u"r1"_s, 30, Power::Write);
        r.runId = u"run-7"_s;
        GrantChoice run;
        auto g = grantFor(r, run);
        QVERIFY_OK(g);
        QCOMPARE(g->runId, u"run-7"_s);
        QCOMPARE(g->targetPattern, u"**"_s);
        QCOMPARE(g->connector, u"crm"_s);
        QCOMPARE(g->fromRequest, u"r1"_s);

        GrantChoice tool;
        tool.span = GrantChoice::Span::ToolAndTargets;
        tool.targetPattern = suggestedTargetPattern(r.target);
        QCOMPARE(tool.targetPattern, u"crm:accounts/segment=smb/*"_s);
        tool.validForSecs = 4 * 3600;
        g = grantFor(r, tool);
        QVERIFY_OK(g);
        QVERIFY(g->runId.isEmpty());
        QCOMPARE(g->validForSecs, 4 * 3600);

        tool.targetPattern = u"crm:accounts/segment=enterprise/*"_s;
        QVERIFY_ERROR(grantFor(r, tool), ErrorCode::InvalidArgument, u"does not cover"_s);
        tool.targetPattern = u" "_s;
        QVERIFY_ERROR(grantFor(r, tool), ErrorCode::InvalidArgument, u"empty"_s);
        tool.targetPattern = u"**"_s;
        tool.validForSecs = 40 * 86400;
        QVERIFY_ERROR(grantFor(r, tool), ErrorCode::InvalidArgument, u"30 days"_s);
        r.runId.clear();
        QVERIFY_ERROR(grantFor(r, run), ErrorCode::InvalidArgument, u"no run"_s);
    }

    void aRequestsContextHasItsEvidenceScopeAndRun()
    {
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        auto store = temp.open(u"reviewer"_s);
        QVERIFY(store);
        QVERIFY_OK(seedDemo(*store, 1));
        auto list = ApprovalQueue(*store).list(ApprovalStatus::Pending);
        QVERIFY_OK(list);
        QVERIFY(!list->isEmpty());
        const ApprovalRequest *withEvidence = nullptr;
        for (const ApprovalRequest &r : *list) {
            if (!r.evidenceSeqs.isEmpty() && !r.runId.isEmpty())
                withEvidence = &r;
        }
        QVERIFY(withEvidence);
        auto c = loadRequestContext(*store, withEvidence->id, u"reviewer"_s, currentTime());
        QVERIFY_OK(c);
        QCOMPARE(c->request.id, withEvidence->id);
        QVERIFY(c->connector.has_value());
        QVERIFY(!c->ownRequest);
        QCOMPARE(c->evidence.size(), withEvidence->evidenceSeqs.size());
        for (const EvidenceItem &item : c->evidence) {
            QVERIFY(item.found);
            QCOMPARE(item.event.seq, item.seq);
            QCOMPARE(item.source, item.event.connector);
        }
        QVERIFY(c->run.has_value());
        QVERIFY(c->requestedSeq > 0);
        bool requestedInRun = false;
        for (const EvidenceEvent &e : c->runEvents)
            requestedInRun = requestedInRun || e.seq == c->requestedSeq;
        QVERIFY(requestedInRun);
        // The run's last events, oldest first, as the whole run ends.
        auto all = EvidenceChain(*store).forRun(c->request.runId);
        QVERIFY_OK(all);
        const QList<EvidenceEvent> tail = all->mid(qMax(qsizetype(0), all->size() - RequestContext::kMaxRunEvents));
        QCOMPARE(c->runEvents.size(), tail.size());
        for (qsizetype i = 0; i < tail.size(); ++i)
            QCOMPARE(c->runEvents.at(i).seq, tail.at(i).seq);
        // The scope answer is the connector's own.
        QCOMPARE(c->scope.inScope, evaluateScope(c->connector->scope, c->request.target).inScope);
        QVERIFY(!c->scope.reason.isEmpty());
        QVERIFY(c->policy.verdict != Verdict::Deny);

        // Seen by its requester, it is their own.
        auto own =
            loadRequestContext(*store, withEvidence->id, withEvidence->requestedBy, currentTime());
        QVERIFY_OK(own);
        QVERIFY(own->ownRequest);
        QVERIFY_ERROR(
            loadRequestContext(*store, u"no-such-request"_s, u"reviewer"_s, currentTime()),
            ErrorCode::NotFound, u"no-such-request"_s);
    }
};

QTEST_GUILESS_MAIN(TstInbox)
#include "tst_inbox.moc"
