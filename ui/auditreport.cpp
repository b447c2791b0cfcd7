#include "auditreport.h"

#include "auditreporthtml.h"
#include "clock.h"
#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// The section a page belongs to, for its footer: the last connector heading at or above its
// top, or the summary before the first one.
QStringList pageSections(const QTextDocument &doc, int pages, qreal pageHeight,
                         const QString &front)
{
    QStringList sections(pages, front);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 1)
            continue;
        // Its middle: a heading moved to a new page may start a hair above the page's top.
        const qreal middle = doc.documentLayout()->blockBoundingRect(block).center().y();
        for (int page = qBound(0, int(middle / pageHeight), pages - 1); page < pages; ++page)
            sections[page] = block.text();
    }
    return sections;
}

// QTextDocument has no "keep with next": a section heading left at the foot of a page with
// too little of its section under it moves to the next page instead.
void keepHeadingsWithTheirSections(QTextDocument &doc, qreal pageHeight, qreal keep)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        // Laid out on demand, so this already reflects the breaks added above it.
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal pageEnd = (std::floor(rect.top() / pageHeight) + 1) * pageHeight;
        if (pageEnd - rect.bottom() >= keep)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
        // The layout's own update after a format change leaves the blocks below unplaced
        // (Qt 6.4, paginated layout): lay the whole document out again.
        doc.markContentsDirty(0, doc.characterCount());
    }
}

class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(airlock::AuditReport)

public:
    static Result<QByteArray> render(const QString &html, const QString &storeName,
                                     const QDateTime &generatedAt);
};

Result<QByteArray> PdfRenderer::render(const QString &html, const QString &storeName,
                                       const QDateTime &generatedAt)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error{ErrorCode::InvalidArgument, buffer.errorString()};
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(16, 14, 16, 10), QPageLayout::Millimeter));
        writer.setTitle(tr("Connector audit report — %1").arg(storeName));
        writer.setCreator(tr("Airlock"));

        QPainter painter;
        if (!painter.begin(&writer))
            return Error{ErrorCode::InvalidArgument, tr("The PDF writer could not start.")};

        const qreal mm = writer.resolution() / 25.4;
        const QSizeF body(writer.width(), writer.height());
        const qreal footerHeight = 8 * mm;
        const QSizeF page(body.width(), body.height() - footerHeight);

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        font.setPointSizeF(8.5);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        doc.setHtml(html);
        doc.setPageSize(page);
        keepHeadingsWithTheirSections(doc, page.height(), 28 * mm);

        const int pages = doc.pageCount();
        const QStringList sections = pageSections(doc, pages, page.height(), tr("Summary"));
        QFont footerFont = font;
        footerFont.setPointSizeF(7);
        const QString when = QLocale().toString(generatedAt.toLocalTime(), QLocale::ShortFormat);
        for (int i = 0; i < pages; ++i) {
            if (i > 0 && !writer.newPage())
                return Error{ErrorCode::InvalidArgument,
                             tr("The PDF writer could not add a page.")};
            painter.save();
            painter.translate(0, -i * page.height());
            doc.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
            painter.restore();

            const QRectF footer(0, body.height() - footerHeight * 0.6, body.width(),
                                footerHeight * 0.6);
            painter.setPen(QPen(QColor(0xb0, 0xba, 0xc5), 0.3 * mm));
            painter.drawLine(footer.topLeft(), footer.topRight());
            painter.setPen(QColor(0x52, 0x60, 0x6d));
            painter.setFont(footerFont);
            const QString number = tr("Page %1 of %2").arg(i + 1).arg(pages);
            const QFontMetricsF metrics(footerFont, &writer);
            // A long store or connector name gives way to the page number.
            const QString where = metrics.elidedText(
                tr("Airlock audit report · %1 · %2 · %3").arg(storeName, when, sections.at(i)),
                Qt::ElideMiddle, footer.width() - metrics.horizontalAdvance(number) - 5 * mm);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, where);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, number);
        }
        if (!painter.end())
            return Error{ErrorCode::InvalidArgument, tr("The PDF writer could not finish.")};
    }
    return bytes;
}

} // namespace

Result<QString> auditReportHtml(Store &store, const QString &author, const QDateTime &generatedAt)
{
    auto data = loadAuditReportData(store, generatedAt);
    if (!data)
        return data.error();
    return auditReportDocument(*data, author, generatedAt);
}

Status writeAuditReport(Store &store, const QString &pdfPath, const QString &author)
{
    const QString shownPath = QDir::toNativeSeparators(pdfPath);
    // Opened first: an unwritable place fails before any work, and QSaveFile writes into a
    // temporary file beside the target that only a successful commit renames over it.
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(ErrorCode::InvalidArgument,
                               PdfRenderer::tr("Cannot write the audit report to %1: %2")
                                   .arg(shownPath, file.errorString()));
    const QDateTime now = currentTime();
    const auto html = auditReportHtml(store, author, now);
    if (!html) {
        file.cancelWriting();
        return html.status();
    }
    const auto pdf = PdfRenderer::render(*html, store.url().shortName(), now);
    if (!pdf) {
        file.cancelWriting();
        return Status::failure(
            pdf.code(), PdfRenderer::tr("Cannot make the audit report: %1").arg(pdf.message()));
    }
    if (file.write(*pdf) != pdf->size() || !file.commit())
        return Status::failure(ErrorCode::InvalidArgument,
                               PdfRenderer::tr("Cannot write the audit report to %1: %2")
                                   .arg(shownPath, file.errorString()));
    return {};
}

} // namespace airlock
