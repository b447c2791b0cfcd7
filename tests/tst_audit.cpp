// The Audit screen: the governance record (only governance kinds, newest first, filtered in
// the store, paged by key so each event comes once), its CSV export, and verification of the
// whole chain from the console — progress, intact, broken at the first bad link shown among
// its neighbours, and cancel on a long chain — driven through the real widgets.

#include "testsettings.h"
#include "teststore.h"

#include "auditeventmodel.h"
#include "auditpage.h"
#include "connectordelegate.h"
#include "demo/demogenerator.h"
#include "export/exporter.h"
#include "inventory/governancelog.h"
#include "store/evidencechain.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QCoreApplication>
#include <QFileInfo>
#include <QDir>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

constexpr int kAll = 100000;

// RFC 4180 records: quoted cells may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

QList<qint64> seqsOf(const QList<EvidenceEvent> &events)
{
    QList<qint64> seqs;
    for (const EvidenceEvent &e : events)
        seqs << e.seq;
    return seqs;
}

QList<qint64> seqsOf(const QAbstractItemModel *model)
{
    QList<qint64> seqs;
    for (int r = 0; r < model->rowCount(); ++r)
        seqs << model->index(r, 0).data(AuditEventModel::SeqRole).toLongLong();
    return seqs;
}

// The ground truth without the code under test: every event of the chain, filtered here.
QList<EvidenceEvent> allGovernanceByHand(Store &store)
{
    QList<EvidenceEvent> result;
    const QList<EventKind> kinds = governanceKinds();
    auto all = EvidenceChain(store).page(0, kAll);
    if (!all)
        return result;
    for (const EvidenceEvent &e : std::as_const(*all)) {
        if (kinds.contains(e.kind))
            result.prepend(e);
    }
    return result;
}

QString tamper(Store &store, qint64 seq)
{
    const QString drop = store.backend() == Backend::Sqlite
                             ? u"DROP TRIGGER evidence_no_update"_s
                             : u"DROP TRIGGER evidence_no_change ON evidence"_s;
    if (Status s = store.execDirect(drop); !s)
        return s.message();
    if (Status s = store.execDirect(
            u"UPDATE evidence SET summary = 'nothing to see here' WHERE seq = %1"_s.arg(seq));
        !s)
        return s.message();
    return {};
}

} // namespace

class TstAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
    // The page sits in a plain host window, as in the console: a top-level page would make the
    // offscreen platform warn each time its layout's size constraints change.
    std::unique_ptr<QWidget> host_;
    AuditPage *page_ = nullptr;

    template<typename T> T *find(const QString &name) const
    {
        T *w = page_->findChild<T *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }
    QAbstractItemModel *tableModel() const { return find<QTableView>(u"auditTable"_s)->model(); }

    void showPage()
    {
        host_ = std::make_unique<QWidget>();
        host_->resize(1200, 800);
        page_ = new AuditPage(*store_, host_.get());
        page_->setGeometry(0, 0, 1200, 800);
        host_->show();
        QVERIFY(QTest::qWaitForWindowExposed(host_.get()));
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        removeThrowawaySettings();
    }

    void initTestCase()
    {
        useThrowawaySettings();
        TempStore probe;
        QVERIFY2(probe.ok(), qPrintable(probe.error()));
    }

    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        store_ = temp_->open(u"dana.whitfield"_s);
        QVERIFY(store_);
        auto demo = seedDemo(*store_, 1);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
    }

    void cleanup()
    {
        host_.reset();
        page_ = nullptr;
        store_.reset();
        temp_.reset();
    }

    // ------------------------------------------------------------------------------ core

    void theRecordHoldsOnlyGovernanceEventsNewestFirst()
    {
        auto events = governanceEvents(*store_, {}, 0, kAll);
        QVERIFY2(events.ok(), qPrintable(events.message()));
        QVERIFY(events->size() > 10);
        const QList<EventKind> kinds = governanceKinds();
        QVERIFY(kinds.contains(EventKind::ApprovalDecided));
        QVERIFY(!kinds.contains(EventKind::ApprovalRequested));
        QVERIFY(!kinds.contains(EventKind::Read));
        bool decisions = false;
        for (int i = 0; i < events->size(); ++i) {
            const EvidenceEvent &e = events->at(i);
            QVERIFY2(isGovernanceEvent(e.kind) || e.kind == EventKind::ApprovalDecided,
                     qPrintable(wordOf(e.kind)));
            decisions |= e.kind == EventKind::ApprovalDecided;
            if (i > 0)
                QVERIFY(e.seq < events->at(i - 1).seq);
        }
        QVERIFY2(decisions, "the demo's approval decisions are part of the record");
        QCOMPARE(seqsOf(*events), seqsOf(allGovernanceByHand(*store_)));
    }

    void filtersNarrowTheRecordInTheStore()
    {
        const QList<EvidenceEvent> all = allGovernanceByHand(*store_);

        GovernanceFilter byConnector;
        byConnector.connector = u"Salesforce CRM"_s;
        auto crm = governanceEvents(*store_, byConnector, 0, kAll);
        QVERIFY(crm.ok());
        QVERIFY(!crm->isEmpty() && crm->size() < all.size());
        for (const EvidenceEvent &e : std::as_const(*crm))
            QCOMPARE(e.connector, byConnector.connector);

        // The least frequent actor, so the filter has something to drop.
        QHash<QString, int> perActor;
        for (const EvidenceEvent &e : all)
            ++perActor[e.actor];
        QVERIFY(perActor.size() > 1);
        GovernanceFilter byActor;
        for (auto it = perActor.cbegin(); it != perActor.cend(); ++it) {
            if (byActor.actor.isEmpty() || it.value() < perActor.value(byActor.actor))
                byActor.actor = it.key();
        }
        auto mine = governanceEvents(*store_, byActor, 0, kAll);
        QVERIFY(mine.ok());
        int expected = 0;
        for (const EvidenceEvent &e : all)
            expected += e.actor == byActor.actor;
        QCOMPARE(mine->size(), expected);
        for (const EvidenceEvent &e : std::as_const(*mine))
            QCOMPARE(e.actor, byActor.actor);

        GovernanceFilter byKind;
        byKind.kind = EventKind::ConnectorAdded;
        auto added = governanceEvents(*store_, byKind, 0, kAll);
        QVERIFY(added.ok());
        QCOMPARE(added->size(), 6); // the demo's six connectors
        for (const EvidenceEvent &e : std::as_const(*added))
            QCOMPARE(e.kind, EventKind::ConnectorAdded);

        // A kind that is not governance is never in the record, even when asked for.
        GovernanceFilter reads;
        reads.kind = EventKind::Read;
        QVERIFY(governanceEvents(*store_, reads, 0, kAll)->isEmpty());

        // Text: a case-insensitive substring of the summary; LIKE's wildcards are literal.
        GovernanceFilter byText;
        byText.text = u"SALESFORCE CRM ADDED"_s;
        auto text = governanceEvents(*store_, byText, 0, kAll);
        QVERIFY(text.ok());
        QCOMPARE(text->size(), 1);
        QVERIFY(
            text->constFirst().summary.contains(u"salesforce crm added"_s, Qt::CaseInsensitive));
        byText.text = u"%"_s;
        auto percent = governanceEvents(*store_, byText, 0, kAll);
        QVERIFY(percent.ok());
        int withPercent = 0;
        for (const EvidenceEvent &e : all)
            withPercent += e.summary.contains(u'%');
        QCOMPARE(percent->size(), withPercent);

        // Time: from <= at < to.
        const QDateTime middle = all.at(all.size() / 2).at;
        GovernanceFilter before;
        before.to = middle;
        GovernanceFilter since;
        since.from = middle;
        auto older = governanceEvents(*store_, before, 0, kAll);
        auto newer = governanceEvents(*store_, since, 0, kAll);
        QVERIFY(older.ok() && newer.ok());
        QCOMPARE(older->size() + newer->size(), all.size());
        for (const EvidenceEvent &e : std::as_const(*older))
            QVERIFY(e.at < middle);
        for (const EvidenceEvent &e : std::as_const(*newer))
            QVERIFY(e.at >= middle);

        // Filters combine.
        GovernanceFilter both = byConnector;
        both.kind = EventKind::ConnectorAdded;
        auto one = governanceEvents(*store_, both, 0, kAll);
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 1);
    }

    void keysetPagingReturnsEachEventOnce()
    {
        const QList<qint64> all = seqsOf(allGovernanceByHand(*store_));
        QList<qint64> paged;
        qint64 before = 0;
        for (int pages = 0; pages < 1000; ++pages) {
            auto page = governanceEvents(*store_, {}, before, 7);
            QVERIFY(page.ok());
            QVERIFY(page->size() <= 7);
            if (page->isEmpty())
                break;
            paged += seqsOf(*page);
            before = page->constLast().seq;
        }
        QCOMPARE(paged, all);
    }

    void eventsAroundIsTheWindowOfTheChain()
    {
        auto around = eventsAround(*store_, 40, 3);
        QVERIFY(around.ok());
        QCOMPARE(seqsOf(*around), (QList<qint64>{37, 38, 39, 40, 41, 42, 43}));
        auto start = eventsAround(*store_, 2, 3);
        QVERIFY(start.ok());
        QCOMPARE(seqsOf(*start), (QList<qint64>{1, 2, 3, 4, 5}));
        const qint64 head = *EvidenceChain(*store_).headSeq();
        auto end = eventsAround(*store_, head, 3);
        QVERIFY(end.ok());
        QCOMPARE(seqsOf(*end), (QList<qint64>{head - 3, head - 2, head - 1, head}));
    }

    // ------------------------------------------------------------------------------ screen

    void thePageShowsTheRecordAndItsModelIsSound()
    {
        showPage();
        QCOMPARE(page_->objectName(), u"auditPage"_s);
        const QList<EvidenceEvent> all = allGovernanceByHand(*store_);
        QAbstractItemModelTester tester(tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(seqsOf(tableModel()), seqsOf(all).mid(0, 200));
        QCOMPARE(tableModel()->index(0, AuditEventModel::ActorColumn).data().toString(),
                 all.constFirst().actor);
        QCOMPARE(tableModel()->index(0, AuditEventModel::SummaryColumn).data().toString(),
                 all.constFirst().summary);
        QCOMPARE(tableModel()->index(0, AuditEventModel::WhatColumn).data().toString(),
                 AuditEventModel::kindText(all.constFirst().kind));
        page_->reload(); // a live refresh under the tester
        QCOMPARE(tableModel()->rowCount(), qMin<int>(200, all.size()));
    }

    void filteringNarrowsTheTable()
    {
        showPage();
        const int all = tableModel()->rowCount();

        auto *connector = find<QComboBox>(u"auditConnector"_s);
        connector->setCurrentIndex(connector->findText(u"Slack Team Chat"_s));
        QVERIFY(tableModel()->rowCount() > 0 && tableModel()->rowCount() < all);
        for (int r = 0; r < tableModel()->rowCount(); ++r)
            QCOMPARE(tableModel()->index(r, AuditEventModel::ConnectorColumn).data().toString(),
                     u"Slack Team Chat"_s);

        auto *kind = find<QComboBox>(u"auditKind"_s);
        kind->setCurrentIndex(kind->findData(int(EventKind::ConnectorAdded)));
        QCOMPARE(tableModel()->rowCount(), 1);
        connector->setCurrentIndex(0);
        QCOMPARE(tableModel()->rowCount(), 6);

        const QString actor =
            tableModel()->index(0, AuditEventModel::ActorColumn).data().toString();
        QTest::keyClicks(find<QLineEdit>(u"auditActor"_s), u"nobody.at.all"_s);
        QTRY_COMPARE(tableModel()->rowCount(), 0);
        find<QLineEdit>(u"auditActor"_s)->setText(actor);
        QTRY_VERIFY(tableModel()->rowCount() > 0);
        for (int r = 0; r < tableModel()->rowCount(); ++r)
            QCOMPARE(tableModel()->index(r, AuditEventModel::ActorColumn).data().toString(), actor);
        find<QLineEdit>(u"auditActor"_s)->clear();
        kind->setCurrentIndex(0);
        QTRY_COMPARE(tableModel()->rowCount(), all);

        QTest::keyClicks(find<QLineEdit>(u"auditSearch"_s), u"zendesk help desk added"_s);
        QTRY_COMPARE(tableModel()->rowCount(), 1);
        QCOMPARE(tableModel()->index(0, AuditEventModel::WhatColumn).data().toString(),
                 AuditEventModel::kindText(EventKind::ConnectorAdded));
        QVERIFY(find<QLabel>(u"auditSummary"_s)->text().contains(u"1 change"_s));
    }

    void loadMorePagesByKeyWithoutRepeats()
    {
        // Enough governance events for more than one page.
        const Status s = store_->write([&]() -> Status {
            for (int i = 0; i < 450; ++i) {
                EvidenceEvent e;
                e.kind = EventKind::ReviewRecorded;
                e.connector = u"Slack Team Chat"_s;
                e.summary = u"bulk review %1"_s.arg(i);
                if (auto r = EvidenceChain(*store_).append(e); !r)
                    return r.status();
            }
            return {};
        });
        QVERIFY2(s.ok(), qPrintable(s.message()));
        showPage();
        const QList<qint64> all = seqsOf(allGovernanceByHand(*store_));
        auto *more = find<QPushButton>(u"auditMore"_s);
        QCOMPARE(tableModel()->rowCount(), 200);
        QAbstractItemModelTester tester(tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (more->isEnabled())
            QTest::mouseClick(more, Qt::LeftButton);
        QCOMPARE(seqsOf(tableModel()), all);
        // A live reload keeps what is shown, not just the first page.
        page_->reload();
        QCOMPARE(tableModel()->rowCount(), all.size());
        QVERIFY(!more->isEnabled());
    }

    void exportWritesTheFilteredRecord()
    {
        showPage();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"governance.csv"_s);
        page_->setExportPathProvider([path] { return path; });
        auto *connector = find<QComboBox>(u"auditConnector"_s);
        connector->setCurrentIndex(connector->findText(u"Salesforce CRM"_s));
        const QList<qint64> shown = seqsOf(tableModel());
        QVERIFY(!shown.isEmpty());

        QTest::mouseClick(find<QPushButton>(u"auditExport"_s), Qt::LeftButton);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), shown.size() + 1);
        QCOMPARE(rows.constFirst(),
                 (QStringList{u"seq"_s, u"at"_s, u"actor"_s, u"connector"_s, u"kind"_s,
                              u"summary"_s, u"event_id"_s, u"hash"_s}));
        for (int i = 0; i < shown.size(); ++i) {
            const QStringList &row = rows.at(i + 1);
            const QModelIndex index = tableModel()->index(i, 0);
            QCOMPARE(row.at(0).toLongLong(), shown.at(i));
            QCOMPARE(row.at(2),
                     index.siblingAtColumn(AuditEventModel::ActorColumn).data().toString());
            QCOMPARE(row.at(3), u"Salesforce CRM"_s);
            QCOMPARE(row.at(5),
                     index.siblingAtColumn(AuditEventModel::SummaryColumn).data().toString());
            auto event = EvidenceChain(*store_).bySeq(shown.at(i));
            QVERIFY(event.ok());
            QCOMPARE(row.at(4), wordOf(event->kind));
            QCOMPARE(row.at(7), QString::fromLatin1(event->hash));
        }
        QVERIFY(find<QLabel>(u"auditSummary"_s)->text().contains(u"Exported"_s));
    }

    void verifyShowsProgressThenIntact()
    {
        showPage();
        auto *button = find<QPushButton>(u"verifyButton"_s);
        auto *progress = find<QProgressBar>(u"verifyProgress"_s);
        auto *result = find<QLabel>(u"verifyResult"_s);
        int lastValue = -1;
        int lastMaximum = -1;
        connect(progress, &QProgressBar::valueChanged, this, [&](int v) {
            lastValue = v;
            lastMaximum = progress->maximum();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        // The click returns at once: the check runs on its own thread.
        QVERIFY(!button->isEnabled());
        QVERIFY(progress->isVisible());
        QVERIFY(find<QPushButton>(u"verifyCancel"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Intact"_s), 30000);
        const qint64 head = *EvidenceChain(*store_).headSeq();
        QVERIFY2(result->text().contains(QLocale().toString(head)), qPrintable(result->text()));
        QCOMPARE(lastValue, int(head));
        QCOMPARE(lastMaximum, int(head));
        QVERIFY(button->isEnabled());
        QVERIFY(!progress->isVisible());
        QVERIFY(!find<QTableView>(u"brokenContext"_s)->isVisible());
    }

    void aBrokenChainShowsTheFirstBadLinkAmongItsNeighbours()
    {
        const QString error = tamper(*store_, 40);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        showPage();
        auto *result = find<QLabel>(u"verifyResult"_s);
        QTest::mouseClick(find<QPushButton>(u"verifyButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Broken at #40: "_s), 30000);
        QVERIFY2(result->text().contains(u"changed after it was recorded"_s),
                 qPrintable(result->text()));
        QCOMPARE(result->palette().color(QPalette::WindowText), warningColor(page_->palette()));

        auto *context = find<QTableView>(u"brokenContext"_s);
        QVERIFY(context->isVisible());
        QAbstractItemModel *m = context->model();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(seqsOf(m), (QList<qint64>{37, 38, 39, 40, 41, 42, 43}));
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex index = m->index(r, AuditEventModel::SummaryColumn);
            const bool bad = index.data(AuditEventModel::SeqRole).toLongLong() == 40;
            QCOMPARE(index.data(AuditEventModel::MarkedRole).toBool(), bad);
            QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), bad);
            if (bad) {
                QCOMPARE(index.data().toString(), u"nothing to see here"_s);
                QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(),
                         warningColor(page_->palette()));
            }
        }

        // Verifying again starts clean, and still finds the same link.
        QTest::mouseClick(find<QPushButton>(u"verifyButton"_s), Qt::LeftButton);
        QVERIFY(!context->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Broken at #40: "_s), 30000);
        QVERIFY(context->isVisible());
    }

    void cancelStopsALongVerification()
    {
        // A long chain, written quickly in one transaction.
        const Status s = store_->write([&]() -> Status {
            EvidenceChain chain(*store_);
            for (int i = 0; i < 20000; ++i) {
                EvidenceEvent e;
                e.kind = EventKind::Read;
                e.connector = u"Salesforce CRM"_s;
                e.summary = u"read #%1"_s.arg(i);
                if (auto r = chain.append(e); !r)
                    return r.status();
            }
            return {};
        });
        QVERIFY2(s.ok(), qPrintable(s.message()));
        showPage();
        auto *button = find<QPushButton>(u"verifyButton"_s);
        auto *cancel = find<QPushButton>(u"verifyCancel"_s);
        auto *result = find<QLabel>(u"verifyResult"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Cancelled"_s), 30000);
        QVERIFY2(result->text().contains(u"not checked"_s), qPrintable(result->text()));
        QVERIFY(button->isEnabled());
        QVERIFY(!find<QProgressBar>(u"verifyProgress"_s)->isVisible());
        QVERIFY(!find<QTableView>(u"brokenContext"_s)->isVisible());

        // After a cancel, a new check runs to the end.
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Intact"_s), 60000);
        const qint64 head = *EvidenceChain(*store_).headSeq();
        QVERIFY2(result->text().contains(QLocale().toString(head)), qPrintable(result->text()));

        // Closing the page mid-check joins the worker; nothing crashes.
        QTest::mouseClick(button, Qt::LeftButton);
        delete page_;
        page_ = nullptr;
    }
};

QTEST_MAIN(TstAudit)
#include "tst_audit.moc"
