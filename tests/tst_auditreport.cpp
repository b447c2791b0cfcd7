// The printable audit report against the demo store, on both back ends: a real PDF with a
// title page and every connector starting on a page of its own, the sections' facts in its
// text, and an export to a place that cannot be written failing with a message and leaving
// nothing behind.

#include "teststore.h"

#include "auditreport.h"
#include "clock.h"
#include "connectorspage.h"
#include "demo/demogenerator.h"
#include "inventory/connectorview.h"
#include "inventory/readiness.h"
#include "sections/readinesssection.h"
#include "store/connectorstore.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::test;

namespace {

// Page objects of a PDF: "/Type /Page", but not the page tree's "/Type /Pages".
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![A-Za-z])"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A connector's part of the report: from its heading to the next connector's.
struct Part
{
    QString name;
    QString text;
    qreal top = 0;
    int start = 0; // its heading's position in the document
};

QList<Part> connectorParts(QTextDocument &doc)
{
    QList<Part> parts;
    QList<int> starts;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 1)
            continue;
        parts.append({block.text(), QString(), doc.documentLayout()->blockBoundingRect(block).top(),
                      block.position()});
        starts << block.position();
    }
    starts << doc.characterCount() - 1;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QTextCursor cursor(&doc);
        cursor.setPosition(starts.at(i));
        cursor.setPosition(starts.at(i + 1), QTextCursor::KeepAnchor);
        parts[i].text = cursor.selection().toPlainText();
    }
    return parts;
}

} // namespace

class TstAuditReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> temp_;
    std::unique_ptr<Store> store_;
    QList<Connector> connectors_; // in name order
    QTemporaryDir out_;

    QString reportHtml()
    {
        auto html = auditReportHtml(*store_, u"dana.whitfield"_s, currentTime());
        if (!html)
            qWarning("%s", qPrintable(html.message()));
        return html ? *html : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(out_.isValid());
        temp_ = std::make_unique<TempStore>();
        QVERIFY2(temp_->ok(), qPrintable(temp_->error()));
        store_ = temp_->open(u"dana.whitfield"_s);
        QVERIFY(store_);
        QVERIFY(seedDemo(*store_, 1).ok());
        auto list = ConnectorStore(*store_).list();
        QVERIFY(list.ok());
        connectors_ = *list;
        // The report's order: by name regardless of case, the same on both back ends.
        std::sort(connectors_.begin(), connectors_.end(),
                  [](const Connector &a, const Connector &b) {
                      const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
                      return byName != 0 ? byName < 0 : a.name < b.name;
                  });
        QCOMPARE(connectors_.size(), 6);
    }

    void cleanupTestCase()
    {
        store_.reset();
        temp_.reset();
    }

    void theReportIsAPdfWithATitlePageAndAPagePerConnector()
    {
        const QString path = out_.filePath(u"report.pdf"_s);
        const Status s = writeAuditReport(*store_, path, u"dana.whitfield"_s);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.contains("/Type /Pages"));
        QVERIFY2(pdfPageCount(pdf) >= 1 + connectors_.size(),
                 qPrintable(u"%1 pages"_s.arg(pdfPageCount(pdf))));
        // Written through a temporary file that was renamed: nothing else is left beside it.
        QCOMPARE(QDir(out_.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"report.pdf"_s});
    }

    void exportingAgainReplacesTheReportWhole()
    {
        const QString path = out_.filePath(u"again.pdf"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(4 << 20, 'x')); // larger than a report: no tail may remain
        }
        QVERIFY(writeAuditReport(*store_, path, u"dana.whitfield"_s).ok());
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(!pdf.contains("xxxxxxxx"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(QFile::remove(path));
    }

    void anUnwritablePathFailsWithAMessageAndCreatesNothing()
    {
        const QString missing = u"/nonexistent/dir/x.pdf"_s;
        const Status s = writeAuditReport(*store_, missing, u"dana.whitfield"_s);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QDir::toNativeSeparators(missing)), qPrintable(s.message()));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFileInfo::exists(u"/nonexistent"_s));

        // A folder where the file should go: refused, the folder untouched, no stray file.
        const QString folder = out_.filePath(u"folder.pdf"_s);
        QVERIFY(QDir().mkdir(folder));
        const QStringList before =
            QDir(out_.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const Status onFolder = writeAuditReport(*store_, folder, u"dana.whitfield"_s);
        QVERIFY(!onFolder.ok());
        QVERIFY(!onFolder.message().isEmpty());
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QDir(folder).isEmpty());
        QCOMPARE(
            QDir(out_.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            before);
        QVERIFY(QDir(folder).removeRecursively());
    }

    void theTitlePageNamesTheStoreTheAuthorAndEveryConnectorInOrder()
    {
        QTextDocument doc;
        doc.setHtml(reportHtml());
        const QList<Part> parts = connectorParts(doc);
        QCOMPARE(parts.size(), connectors_.size());
        QTextCursor cursor(&doc);
        cursor.setPosition(parts.constFirst().start, QTextCursor::KeepAnchor);
        const QString title = cursor.selection().toPlainText();
        QVERIFY(title.contains(u"Connector audit report"_s));
        QVERIFY(title.contains(store_->url().display()));
        QVERIFY(title.contains(u"dana.whitfield"_s));
        QVERIFY(title.contains(u"6 in all"_s));
        qsizetype at = 0;
        for (const Connector &c : std::as_const(connectors_)) {
            const qsizetype found = title.indexOf(c.name, at);
            QVERIFY2(found > at, qPrintable(c.name));
            at = found;
        }
    }

    void everyConnectorHasItsSectionsDisconnectAndRollbackTexts()
    {
        QTextDocument doc;
        doc.setHtml(reportHtml());
        const QList<Part> parts = connectorParts(doc);
        QCOMPARE(parts.size(), connectors_.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const Connector &c = connectors_.at(i);
            const Part &part = parts.at(i);
            QCOMPARE(part.name, c.name); // name order
            for (const QString &section :
                 {u"Overview"_s, u"Scope"_s, u"Powers and approval"_s, u"Identity"_s, u"Tools"_s,
                  u"Activity"_s, u"Readiness"_s, u"Drift since review"_s})
                QVERIFY2(part.text.contains(u'\n' + section + u'\n'),
                         qPrintable(c.name + u": "_s + section));
            QVERIFY(!c.disablePath.isEmpty());
            QVERIFY(!c.rollbackPlan.isEmpty());
            QVERIFY2(part.text.contains(c.disablePath.trimmed()), qPrintable(c.name));
            QVERIFY2(part.text.contains(c.rollbackPlan.trimmed()), qPrintable(c.name));
            QVERIFY(part.text.contains(c.purpose.trimmed()));
            for (const ScopeRule &rule : c.scope)
                QVERIFY2(part.text.contains(rule.pattern), qPrintable(rule.pattern));
        }
    }

    void everyReadinessResultIsPrintedWithItsReason()
    {
        QTextDocument doc;
        doc.setHtml(reportHtml());
        const QList<Part> parts = connectorParts(doc);
        QCOMPARE(parts.size(), connectors_.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            auto view = loadConnectorView(*store_, connectors_.at(i).name);
            QVERIFY(view.ok());
            const QList<ReadinessCheck> checks =
                readinessChecklist({view->connector, view->tools, view->eventsLast30Days,
                                    view->lastActivity, currentTime()});
            QCOMPARE(checks.size(), readinessAreas().size());
            const QString &text = parts.at(i).text;
            const qsizetype section = text.indexOf(u"\nReadiness\n"_s);
            QVERIFY(section > 0);
            for (const ReadinessCheck &check : checks) {
                // Area, result and reason follow each other, one cell a line.
                const QString row = ReadinessSection::areaText(check.area) + u'\n' +
                                    ReadinessSection::areaQuestion(check.area) + u'\n' +
                                    ReadinessSection::resultText(check.result) + u'\n' +
                                    check.reason;
                QVERIFY2(text.indexOf(row, section) > section,
                         qPrintable(connectors_.at(i).name + u": "_s + row));
            }
        }
    }

    void eachConnectorStartsOnANewPage()
    {
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setHtml(reportHtml());
        const QSizeF page(595, 842); // A4 in points
        doc.setPageSize(page);
        const QList<Part> parts = connectorParts(doc);
        QCOMPARE(parts.size(), connectors_.size());
        int previous = 0; // the title page
        for (const Part &part : parts) {
            const int index = int(part.top / page.height());
            QVERIFY2(index > previous, qPrintable(part.name));
            QVERIFY2(part.top - index * page.height() < page.height() * 0.05,
                     qPrintable(part.name));
            previous = index;
        }
        QVERIFY(doc.pageCount() >= 1 + connectors_.size());
    }

    void anEmptyStoreGivesATitlePageThatSaysSo()
    {
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        auto store = temp.open(u"dana.whitfield"_s);
        QVERIFY(store);
        auto html = auditReportHtml(*store, u"dana.whitfield"_s, currentTime());
        QVERIFY(html.ok());
        QVERIFY(html->contains(u"No connectors are recorded in this store."_s));
        const QString path = out_.filePath(u"empty.pdf"_s);
        QVERIFY(writeAuditReport(*store, path, u"dana.whitfield"_s).ok());
        QCOMPARE(pdfPageCount(readAll(path)), 1);
        QVERIFY(QFile::remove(path));
    }

    void textIsPrintedAsWrittenNotAsMarkup()
    {
        TempStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        auto store = temp.open(u"dana.whitfield"_s);
        QVERIFY(store);
        ConnectorDocument doc;
        doc.connector.name = u"R&D <lab>"_s;
        doc.connector.purpose = u"Reads <b>bench</b> results & notes"_s;
        doc.connector.disablePath = u"Pause in Airlock.\nThen revoke key <k1>."_s;
        doc.connector.rollbackPlan = u"Nothing to undo: it only reads \"<script>\"."_s;
        doc.connector.scope = {{ScopeRule::Effect::Include, u"lab:results/**"_s}};
        QVERIFY(ConnectorStore(*store).apply(doc, u"test"_s).ok());

        auto html = auditReportHtml(*store, u"<author>"_s, currentTime());
        QVERIFY(html.ok());
        QVERIFY(!html->contains(u"<lab>"_s));
        QVERIFY(!html->contains(u"<script>"_s));
        QTextDocument report;
        report.setHtml(*html);
        const QList<Part> parts = connectorParts(report);
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.constFirst().name, doc.connector.name);
        const QString &text = parts.constFirst().text;
        QVERIFY(text.contains(doc.connector.purpose));
        QVERIFY(text.contains(u"Pause in Airlock.\nThen revoke key <k1>."_s));
        QVERIFY(text.contains(doc.connector.rollbackPlan));
        QVERIFY(report.toPlainText().contains(u"<author>"_s));
    }

    void theConnectorsScreenOffersThePdfExportBesideTheCsvOne()
    {
        ConnectorsPage page(*store_);
        auto *pdf = page.findChild<QPushButton *>(u"exportPdfButton"_s);
        auto *csv = page.findChild<QPushButton *>(u"exportCsvButton"_s);
        QVERIFY(pdf);
        QVERIFY(csv);
        QVERIFY(pdf->isEnabled());
        QCOMPARE(pdf->parentWidget(), csv->parentWidget());
        QVERIFY(pdf->text().contains(u"PDF"_s));
    }
};

QTEST_MAIN(TstAuditReport)
#include "tst_auditreport.moc"
