// The Runs screen on the offscreen platform: the list pages in as it scrolls and narrows by
// its filters; a run's timeline shows its approval bars and its stop point; replay steps
// through the events from the keyboard and the buttons; the selected event shows its chain
// place; the run exports as a bundle and a PDF. Runs once per back end.

#include "testsettings.h"
#include "teststore.h"

#include "demo/demogenerator.h"
#include "demo/demoworld.h"
#include "mainwindow.h"
#include "runs/runlistmodel.h"
#include "runs/runspage.h"
#include "runs/runtimelinepage.h"
#include "runs/timelineview.h"
#include "store/runstore.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

QString runOf(Store &store, const QString &workflow, RunStatus status, int connectors = 0)
{
    RunStore::Filter f;
    f.workflow = workflow;
    f.status = status;
    auto runs = RunStore(store).page(f, {}, 50);
    if (!runs)
        return {};
    for (const Run &r : *runs) {
        if (connectors == 0 || r.connectors.size() == connectors)
            return r.id;
    }
    return {};
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0,
             qPrintable(u"%1 has no choice %2"_s.arg(combo->objectName(), data.toString())));
    combo->setCurrentIndex(i);
}

// Pixels of exactly this colour in the band of rows [top, bottom).
int pixelsOf(const QImage &image, const QColor &color, int top, int bottom)
{
    int n = 0;
    for (int y = top; y < bottom; ++y) {
        for (int x = TimelineView::kLabelWidth; x < image.width(); ++x)
            n += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
    }
    return n;
}

QImage frameOf(TimelineView *view)
{
    QImage image(view->size(), QImage::Format_RGB32);
    view->render(&image);
    return image;
}

} // namespace

class TstRunsScreen : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempStore> temp_;

private Q_SLOTS:
    void initTestCase()
    {
        useThrowawaySettings();
    }

    void cleanupTestCase()
    {
        // The bundle export made this run's checkpoint key and witness in its own data folder.
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir(data).removeRecursively();
        QDir().rmdir(QFileInfo(data).absolutePath());
        removeThrowawaySettings();
    }

    void init()
    {
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
    }

    void cleanup() { temp_.reset(); }

    void theListPagesInAsItScrolls()
    {
        auto store = temp_->open(u"ivy.investigator"_s);
        QVERIFY(store);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(store
                    ->write([&]() -> Status {
                        for (int i = 0; i < 450; ++i) {
                            Run r;
                            r.id = u"run-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
                            r.workflow = i % 2 ? u"even"_s : u"odd"_s;
                            r.trigger = u"test"_s;
                            r.startedAt = t0.addSecs(i * 60);
                            if (auto s = RunStore(*store).start(r); !s)
                                return s.status();
                        }
                        return {};
                    })
                    .ok());
        RunsPage page(*store);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), RunsPage::kPageSize);
        QVERIFY(page.model()->hasMore());
        QVERIFY(page.findChild<QLabel *>(u"runsSummary"_s)
                    ->text()
                    .contains(u"more load as you scroll"_s));
        QCOMPARE(page.model()->runId(0), u"run-0449"_s); // newest first
        auto *table = page.findChild<QTableView *>(u"runsTable"_s);
        table->scrollToBottom();
        QTRY_COMPARE(page.model()->rowCount(), 2 * RunsPage::kPageSize);
        table->scrollToBottom();
        QTRY_COMPARE(page.model()->rowCount(), 450);
        QTRY_VERIFY(!page.isLoading());
        QVERIFY(!page.model()->hasMore());
        QVERIFY(page.findChild<QLabel *>(u"runsSummary"_s)->text().startsWith(u"450 run"_s));
        QVERIFY(!page.findChild<QLabel *>(u"runsSummary"_s)->text().contains(u"more"_s));
        QSet<QString> ids;
        for (int i = 0; i < 450; ++i) {
            QCOMPARE(page.model()->runId(i), u"run-%1"_s.arg(449 - i, 4, 10, QLatin1Char('0')));
            ids.insert(page.model()->runId(i));
        }
        QCOMPARE(ids.size(), 450);
        QVERIFY(page.model()->bytesPerRow() < 64);
        // A live refresh (the store changed) keeps as many rows as were shown, and the selection.
        table->setCurrentIndex(page.model()->index(300, 0));
        page.reload();
        QTRY_VERIFY(!page.isLoading());
        QCOMPARE(page.model()->rowCount(), 450);
        QCOMPARE(page.model()->runId(table->currentIndex().row()), u"run-0149"_s);
        // A new filter starts again from one page.
        QTRY_COMPARE(page.findChild<QComboBox *>(u"runsWorkflow"_s)->count(), 3);
        choose(page.findChild<QComboBox *>(u"runsWorkflow"_s), u"odd"_s);
        QTRY_VERIFY(!page.isLoading());
        QCOMPARE(page.model()->rowCount(), RunsPage::kPageSize);
    }

    void theFiltersNarrowTheList()
    {
        auto store = temp_->open(u"ivy.investigator"_s);
        QVERIFY(store);
        QVERIFY(seedDemo(*store, 1).ok());
        RunsPage page(*store);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QTRY_VERIFY(page.model()->rowCount() > 10);
        const int all = page.model()->rowCount();
        auto *workflow = page.findChild<QComboBox *>(u"runsWorkflow"_s);
        auto *connector = page.findChild<QComboBox *>(u"runsConnector"_s);
        QTRY_COMPARE(workflow->count(), 4); // any + three workflows, read on a worker
        QTRY_COMPARE(connector->count(), 7);

        auto rowsMatch = [&page](auto predicate) {
            for (int i = 0; i < page.model()->rowCount(); ++i) {
                if (!predicate(page.model()->index(i, 0)))
                    return false;
            }
            return true;
        };
        choose(page.findChild<QComboBox *>(u"runsStatus"_s), int(RunStatus::Stopped));
        // A new first page replaces the rows only when it arrives: wait for it.
        QTRY_VERIFY(!page.isLoading());
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QVERIFY(rowsMatch([](const QModelIndex &i) {
            return i.data(RunListModel::StatusRole).toInt() == int(RunStatus::Stopped);
        }));

        choose(workflow, u"invoice-check"_s);
        QTRY_VERIFY(!page.isLoading());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, RunListModel::FlagsColumn).data().toString(),
                 u"blocked, failed, stopped"_s);
        QCOMPARE(page.model()->index(0, RunListModel::ConnectorsColumn).data().toString(),
                 demo::kErp);

        choose(page.findChild<QComboBox *>(u"runsStatus"_s), -1);
        QTRY_VERIFY(!page.isLoading());
        choose(workflow, QString());
        QTRY_VERIFY(!page.isLoading());
        choose(page.findChild<QComboBox *>(u"runsFlag"_s), 2); // an approval was rejected
        QTRY_VERIFY(!page.isLoading());
        QTRY_VERIFY(page.model()->rowCount() > 0 && page.model()->rowCount() < all);
        QVERIFY(rowsMatch([](const QModelIndex &i) {
            return (i.data(RunListModel::FlagsRole).toInt() & 2) != 0;
        }));

        choose(page.findChild<QComboBox *>(u"runsFlag"_s), 0);
        QTRY_VERIFY(!page.isLoading());
        choose(connector, demo::kFacility);
        QTRY_VERIFY(!page.isLoading());
        QTRY_VERIFY(page.model()->rowCount() > 0 && page.model()->rowCount() < all);
        QVERIFY(rowsMatch([](const QModelIndex &i) {
            return i.siblingAtColumn(RunListModel::ConnectorsColumn)
                .data()
                .toString()
                .contains(demo::kFacility);
        }));

        choose(connector, QString());
        QTRY_VERIFY(!page.isLoading());
        choose(page.findChild<QComboBox *>(u"runsPeriod"_s), 1); // the last hour
        QTRY_VERIFY(!page.isLoading());
        QTRY_VERIFY(page.model()->rowCount() < all);
        const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3700);
        QVERIFY(rowsMatch([&hourAgo](const QModelIndex &i) {
            return QDateTime::fromString(
                       i.siblingAtColumn(RunListModel::StartedColumn).data().toString(),
                       u"yyyy-MM-dd HH:mm"_s) >= hourAgo.addSecs(-60);
        }));
    }

    void theStoppedInvoiceRunShowsItsStopPointAndApprovalsShowAsBars()
    {
        auto store = temp_->open(u"ivy.investigator"_s);
        QVERIFY(store);
        QVERIFY(seedDemo(*store, 1).ok());
        const QString stopped = runOf(*store, u"invoice-check"_s, RunStatus::Stopped);
        const QString asked = runOf(*store, u"invoice-check"_s, RunStatus::Succeeded, 2);
        QVERIFY(!stopped.isEmpty() && !asked.isEmpty());
        const qint64 stopSeq = RunStore(*store).get(stopped)->stoppedAtSeq;
        MainWindow window(std::move(store));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.showRun(stopped);
        RunsPage *runs = window.runsPage();
        QVERIFY(runs->isShowingTimeline());
        RunTimelinePage *page = runs->timelinePage();
        QTRY_VERIFY(page->timeline() && page->timeline()->run().id == stopped);
        const RunTimeline &t = *page->timeline();
        // It opens on the stop point, described in full and standing out.
        QCOMPARE(page->view()->selectedEvent(), t.stopEvent());
        QCOMPARE(t.events().at(t.stopEvent()).seq, stopSeq);
        auto *detail = page->findChild<QLabel *>(u"eventDetail"_s);
        QVERIFY(detail->text().contains(u"update_vendor_payment_details"_s));
        QVERIFY(detail->text().contains(u"Stop point"_s));
        auto *narrative = page->findChild<QLabel *>(u"runNarrative"_s);
        QVERIFY(narrative->text().contains(u"It was stopped after"_s));
        QVERIFY(narrative->text().contains(u"event #%1"_s.arg(stopSeq)));
        const QColor failure = page->view()->palette().color(QPalette::Base).lightness() > 128
                                   ? QColor(0xc5, 0x22, 0x1f)
                                   : QColor(0xf2, 0x8b, 0x82);
        const int approvalsTop =
            TimelineView::kAxisHeight + t.approvalsLane() * TimelineView::kLaneHeight;
        QImage frame = frameOf(page->view());
        // The stop line crosses every lane, the approvals lane too.
        QVERIFY(pixelsOf(frame, failure, approvalsTop + 2,
                         approvalsTop + TimelineView::kLaneHeight - 2) >=
                TimelineView::kLaneHeight - 4);

        // The run that asked twice: two bars from request to decision in the approvals lane.
        runs->showList();
        window.showRun(asked);
        QTRY_VERIFY(page->timeline() && page->timeline()->run().id == asked);
        const RunTimeline &a = *page->timeline();
        QCOMPARE(a.approvalWaits().size(), 2);
        QCOMPARE(a.stopEvent(), -1);
        const QColor approved = page->view()->palette().color(QPalette::Base).lightness() > 128
                                    ? QColor(0x18, 0x80, 0x38)
                                    : QColor(0x81, 0xc9, 0x95);
        const int top = TimelineView::kAxisHeight + a.approvalsLane() * TimelineView::kLaneHeight;
        frame = frameOf(page->view());
        QVERIFY(pixelsOf(frame, approved, top, top + TimelineView::kLaneHeight) >
                100); // the bars' outlines
        QCOMPARE(pixelsOf(frame, failure, TimelineView::kAxisHeight, frame.height()),
                 0); // nothing stopped
        // Back to the list with the button.
        QTest::mouseClick(page->findChild<QPushButton *>(u"runsBack"_s), Qt::LeftButton);
        QVERIFY(!runs->isShowingTimeline());
    }

    void replayStepsThroughTheEventsAndShowsTheirChainPlace()
    {
        auto store = temp_->open(u"ivy.investigator"_s);
        QVERIFY(store);
        QVERIFY(seedDemo(*store, 1).ok());
        const QString id = runOf(*store, u"invoice-check"_s, RunStatus::Succeeded, 2);
        RunsPage runs(*store);
        runs.resize(1300, 850);
        runs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&runs));
        runs.openRun(id);
        RunTimelinePage *page = runs.timelinePage();
        QTRY_VERIFY(page->timeline() && page->timeline()->run().id == id);
        const auto timeline = page->timeline();
        const int n = int(timeline->events().size());
        TimelineView *view = page->view();
        QCOMPARE(view->selectedEvent(), 0); // no stop point: it opens on the first event
        auto *position = page->findChild<QLabel *>(u"replayPosition"_s);
        auto *detail = page->findChild<QLabel *>(u"eventDetail"_s);
        auto *chain = page->findChild<QLabel *>(u"eventChain"_s);
        auto *payload = page->findChild<QPlainTextEdit *>(u"eventPayload"_s);
        QVERIFY(!page->findChild<QPushButton *>(u"replayPrevious"_s)->isEnabled());

        view->setFocus();
        for (int i = 1; i < n; ++i) {
            QTest::keyClick(view, Qt::Key_Right);
            QCOMPARE(view->selectedEvent(), i);
            const EvidenceEvent &e = timeline->events().at(i);
            QCOMPARE(position->text(), u"Event %1 of %2 · #%3"_s.arg(i + 1).arg(n).arg(e.seq));
            QVERIFY(detail->text().contains(wordOf(e.kind)));
            // The timeline follows: the selected event is inside the visible range.
            QVERIFY(timeline->timeOf(i) >= view->viewStart() &&
                    timeline->timeOf(i) <= view->viewEnd());
            // The chain place: sequence, both hashes, verified against the event before it.
            QVERIFY(chain->text().contains(u"#%1"_s.arg(e.seq)));
            QVERIFY(chain->text().contains(QString::fromLatin1(e.hash.left(32))));
            QVERIFY(chain->text().contains(QString::fromLatin1(e.prevHash.mid(32))));
            QVERIFY2(chain->text().contains(
                         u"yes — its bytes hash to its hash, and it links to event #%1"_s.arg(
                             e.seq - 1)),
                     qPrintable(chain->text()));
            if (!e.payload.isEmpty())
                QVERIFY(payload->toPlainText().contains(u"\n"_s)); // formatted JSON
        }
        QTest::keyClick(view, Qt::Key_Right); // stays on the last
        QCOMPARE(view->selectedEvent(), n - 1);
        QVERIFY(!page->findChild<QPushButton *>(u"replayNext"_s)->isEnabled());
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(view->selectedEvent(), 0);
        QTest::mouseClick(page->findChild<QPushButton *>(u"replayNext"_s), Qt::LeftButton);
        QCOMPARE(view->selectedEvent(), 1);
        QTest::mouseClick(page->findChild<QPushButton *>(u"replayLast"_s), Qt::LeftButton);
        QCOMPARE(view->selectedEvent(), n - 1);
        QTest::mouseClick(page->findChild<QPushButton *>(u"replayPrevious"_s), Qt::LeftButton);
        QCOMPARE(view->selectedEvent(), n - 2);

        // Zoom with keys keeps the selected event in view; 0 fits the whole run again.
        const qint64 span = view->viewEnd() - view->viewStart();
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->viewEnd() - view->viewStart() < span / 3);
        QVERIFY(timeline->timeOf(n - 2) >= view->viewStart() &&
                timeline->timeOf(n - 2) <= view->viewEnd());
        QTest::keyClick(view, Qt::Key_0);
        QVERIFY(view->viewStart() <= timeline->startMs() && view->viewEnd() >= timeline->endMs());
    }

    void theRunExportsAsABundleAndAReport()
    {
        auto store = temp_->open(u"ivy.investigator"_s);
        QVERIFY(store);
        QVERIFY(seedDemo(*store, 1).ok());
        const QString id = runOf(*store, u"invoice-check"_s, RunStatus::Stopped);
        RunsPage runs(*store);
        runs.show();
        runs.openRun(id);
        RunTimelinePage *page = runs.timelinePage();
        QTRY_VERIFY(page->timeline() && page->timeline()->run().id == id);
        const QString dir = temp_->dir() + u"/bundle"_s;
        const QString pdf = temp_->dir() + u"/run.pdf"_s;
        page->setBundleDirectoryProvider([dir] { return dir; });
        page->setReportPathProvider([pdf] { return pdf; });
        QSignalSpy exported(page, &RunTimelinePage::exported);
        QTest::mouseClick(page->findChild<QPushButton *>(u"exportBundle"_s), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1); // written on a worker
        QCOMPARE(exported.at(0).at(0).toString(), dir);
        QVERIFY(QFileInfo::exists(dir + u"/events.jsonl"_s));
        QVERIFY(QFileInfo::exists(dir + u"/manifest.json"_s));
        // with the checkpoint that covers the run and each event's inclusion proof
        QVERIFY(QFileInfo::exists(dir + u"/checkpoint.txt"_s));
        QVERIFY(QFileInfo::exists(dir + u"/proofs.txt"_s));
        QTest::mouseClick(page->findChild<QPushButton *>(u"printReport"_s), Qt::LeftButton);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 5000);
    }
};

QTEST_MAIN(TstRunsScreen)
#include "tst_runs_screen.moc"
