#include "runreport.h"

#include "clock.h"
#include "runlistmodel.h"
#include "runs/narrative.h"
#include "runs/timeline.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// The report's words, under one translation context that lupdate can see.
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(airlock::RunReport)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString runReportHtml(const RunTimeline &t, const QString &author, const QString &storeName,
                      const QDateTime &generatedAt)
{
    const Run &run = t.run();
    const RunTotals &tot = t.totals();
    QLocale loc;
    auto utc = [](const QDateTime &d) {
        return d.isValid() ? d.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s : u"—"_s;
    };
    QString h = u"<html><head><style>"
                u"h1 { font-size: 15pt; margin-bottom: 2px; } h2 { font-size: 11pt; margin-top: "
                u"14px; margin-bottom: 4px; }"
                u"table.grid { border-collapse: collapse; } table.grid td, table.grid th { border: "
                u"1px solid #b0bac5; padding: 2px 4px; vertical-align: top; }"
                u"th { background: #eef1f4; text-align: left; } .bad { color: #c5221f; "
                u"font-weight: bold; } .small { color: #52606d; }"
                u"</style></head><body>"_s;
    h += u"<h1>%1</h1>"_s.arg(esc(RunReport::tr("Run report: %1").arg(run.workflow)));
    h += u"<p class=\"small\">%1</p>"_s.arg(
        esc(RunReport::tr("Store %1 · generated %2 by %3").arg(storeName, utc(generatedAt), author)));
    h += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    auto row = [&h](const QString &k, const QString &v) {
        h += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(k), v);
    };
    row(RunReport::tr("Run"), esc(run.id));
    row(RunReport::tr("Status"), esc(RunListModel::statusText(run.status)));
    row(RunReport::tr("Trigger"), esc(run.trigger));
    row(RunReport::tr("Identity"), esc(run.identity));
    row(RunReport::tr("Model"), esc(run.model));
    row(RunReport::tr("Started"), utc(run.startedAt));
    row(RunReport::tr("Ended"), utc(run.endedAt));
    if (!run.stopReason.isEmpty())
        row(RunReport::tr("Where and why it stopped"),
            u"<span class=\"bad\">%1</span>"_s.arg(esc(run.stopReason)));
    row(RunReport::tr("Duration"), esc(durationText(tot.durationMs)));
    row(RunReport::tr("Waiting for people"), esc(durationText(tot.waitingMs)));
    row(RunReport::tr("Tokens"),
        esc(RunReport::tr("%1 in, %2 out").arg(loc.toString(tot.tokensIn), loc.toString(tot.tokensOut))));
    row(RunReport::tr("Cost"), esc(u"$"_s + loc.toString(tot.cost, 'f', 4)));
    h += u"</table>"_s;

    h += u"<h2>%1</h2>"_s.arg(esc(RunReport::tr("What happened")));
    for (const RunNarrative::Line &l : narrate(t).lines)
        h += u"<p>%1</p>"_s.arg(esc(l.text));

    if (!t.approvalWaits().isEmpty()) {
        h +=
            u"<h2>%1</h2><table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>"_s
                .arg(esc(RunReport::tr("Approvals")), esc(RunReport::tr("Tool and target")), esc(RunReport::tr("Asked")),
                     esc(RunReport::tr("Waited")), esc(RunReport::tr("Decision")), esc(RunReport::tr("Note")));
        for (const ApprovalWait &w : t.approvalWaits()) {
            h += u"<tr><td>%1 on %2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>"_s.arg(
                esc(w.tool), esc(w.target), utc(QDateTime::fromMSecsSinceEpoch(w.fromMs)),
                esc(durationText(w.toMs - w.fromMs)),
                esc(w.outcome.isEmpty()     ? RunReport::tr("still waiting")
                    : w.decidedBy.isEmpty() ? w.outcome
                                            : RunReport::tr("%1 by %2").arg(w.outcome, w.decidedBy)),
                esc(w.note));
        }
        h += u"</table>"_s;
    }

    h +=
        u"<h2>%1</h2><table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>"_s
            .arg(esc(RunReport::tr("Events")), esc(RunReport::tr("Time (UTC)")), esc(RunReport::tr("What")),
                 esc(RunReport::tr("Connector, tool, target")), esc(RunReport::tr("Result")), esc(RunReport::tr("Summary")));
    for (int i = 0; i < t.events().size(); ++i) {
        const EvidenceEvent &e = t.events().at(i);
        const bool bad =
            e.result != EventResult::Success && e.result != EventResult::ApprovalNeeded;
        QString where = esc(e.connector);
        if (!e.tool.isEmpty())
            where += u"<br>"_s + esc(e.tool);
        if (!e.target.isEmpty())
            where += u"<br>"_s + esc(e.target);
        QString summary = esc(e.summary);
        if (i == t.stopEvent())
            summary = u"<span class=\"bad\">%1</span> %2"_s.arg(esc(RunReport::tr("Stop point.")), summary);
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td%5>%6</td><td>%7</td></tr>"_s.arg(
            QString::number(e.seq), e.at.toUTC().toString(u"HH:mm:ss"_s), esc(wordOf(e.kind)),
            where, bad ? u" class=\"bad\""_s : QString(), esc(wordOf(e.result)), summary);
    }
    h += u"</table>"_s;
    if (!t.events().isEmpty()) {
        h += u"<h2>%1</h2><p class=\"small\">%2</p>"_s.arg(
            esc(RunReport::tr("Evidence chain")),
            esc(RunReport::tr("Events #%1 to #%2. The first links to the hash %3 of the event before it; the "
                   "last has the hash %4. "
                   "Export the evidence bundle to check every event with sha256sum.")
                    .arg(t.events().constFirst().seq)
                    .arg(t.events().constLast().seq)
                    .arg(QString::fromLatin1(t.events().constFirst().prevHash),
                         QString::fromLatin1(t.events().constLast().hash))));
    }
    h += u"</body></html>"_s;
    return h;
}

Status writeRunReport(const RunTimeline &timeline, const QString &pdfPath, const QString &author,
                      const QString &storeName)
{
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            ErrorCode::InvalidArgument,
            RunReport::tr("Cannot write the run report to %1: %2").arg(pdfPath, file.errorString()));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter));
        writer.setTitle(RunReport::tr("Run report — %1").arg(timeline.run().workflow));
        writer.setCreator(RunReport::tr("Airlock"));
        QTextDocument doc;
        QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        font.setPointSizeF(8.5);
        doc.setDefaultFont(font);
        doc.setHtml(runReportHtml(timeline, author, storeName, currentTime()));
        doc.print(&writer);
    }
    if (bytes.isEmpty()) {
        file.cancelWriting();
        return Status::failure(ErrorCode::InvalidArgument, RunReport::tr("The PDF writer produced nothing."));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            ErrorCode::InvalidArgument,
            RunReport::tr("Cannot write the run report to %1: %2").arg(pdfPath, file.errorString()));
    return {};
}

} // namespace airlock
