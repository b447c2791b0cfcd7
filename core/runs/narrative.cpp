#include "narrative.h"

#include "timeline.h"

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

constexpr int kListed = 3; // items named in one sentence before "and N more"

QString listed(const QStringList &items)
{
    QStringList shown = items.mid(0, kListed);
    QString text = shown.join(u"; "_s);
    if (items.size() > kListed)
        text += u"; and %1 more"_s.arg(items.size() - kListed);
    return text;
}

QString plural(qsizetype n, const QString &one, const QString &many)
{
    return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
}

constexpr int kLongest = 280; // characters of one quoted item; the event's detail has all of it

// Why it stopped is the point of the story: never shortened.
QString reasonText(QString s)
{
    s = s.trimmed();
    while (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QString withoutFullStop(QString s)
{
    s = s.trimmed();
    if (s.size() > kLongest)
        s = s.left(kLongest - 1).trimmed() + u'…';
    return reasonText(s);
}

} // namespace

QString durationText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return u"%1 s"_s.arg(s);
    if (s < 3600)
        return u"%1 min"_s.arg(s / 60);
    if (s < 86400)
        return u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return u"%1 d %2 h"_s.arg(s / 86400).arg((s % 86400) / 3600);
}

QString RunNarrative::text() const
{
    QStringList all;
    for (const Line &l : lines)
        all << l.text;
    return all.join(u' ');
}

QString RunNarrative::line(const QString &topic) const
{
    for (const Line &l : lines) {
        if (l.topic == topic)
            return l.text;
    }
    return {};
}

RunNarrative narrate(const RunTimeline &t)
{
    RunNarrative n;
    const Run &run = t.run();
    const auto &events = t.events();

    QString trigger = run.trigger;
    for (const EvidenceEvent &e : events) {
        if (e.kind == EventKind::Trigger) {
            trigger = e.summary;
            break;
        }
    }
    n.lines.append({u"trigger"_s,
                    u"%1 started %2 UTC, triggered by %3, acting as %4."_s.arg(
                        run.workflow.isEmpty() ? u"The run"_s : u"The “%1” run"_s.arg(run.workflow),
                        run.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                        trigger.isEmpty() ? u"an unknown trigger"_s : withoutFullStop(trigger),
                        run.identity.isEmpty() ? u"an unrecorded identity"_s : run.identity)});

    QStringList reads, produced, did, refused, errors;
    for (const EvidenceEvent &e : events) {
        const bool ok = e.result == EventResult::Success;
        switch (e.kind) {
        case EventKind::Read:
        case EventKind::Search:
            if (ok)
                reads << withoutFullStop(e.summary.isEmpty() ? e.target : e.summary);
            else
                errors << withoutFullStop(e.summary);
            break;
        case EventKind::Output:
        case EventKind::Draft:
            if (ok)
                produced << withoutFullStop(e.summary);
            break;
        case EventKind::Write:
        case EventKind::Send:
        case EventKind::TriggerAction:
        case EventKind::ActionExecuted:
            if (ok)
                did << withoutFullStop(e.summary.isEmpty() ? u"%1 on %2"_s.arg(e.tool, e.target)
                                                           : e.summary);
            else
                errors << withoutFullStop(e.summary);
            break;
        case EventKind::Blocked:
            refused << u"%1 on %2 (%3)"_s.arg(e.tool, e.target, withoutFullStop(e.summary));
            break;
        case EventKind::Error:
            errors << withoutFullStop(e.summary);
            break;
        default:
            break;
        }
    }
    n.lines.append(
        {u"read"_s, reads.isEmpty()
                        ? u"It read nothing."_s
                        : u"It read %1: %2."_s.arg(plural(reads.size(), u"source"_s, u"sources"_s),
                                                   listed(reads))});
    if (!produced.isEmpty())
        n.lines.append({u"produced"_s, u"It produced: %1."_s.arg(listed(produced))});

    QStringList asked;
    for (const ApprovalWait &w : t.approvalWaits()) {
        QString s = u"%1 on %2"_s.arg(w.tool, w.target);
        if (w.outcome.isEmpty())
            s += u", still waiting after %1"_s.arg(durationText(w.toMs - w.fromMs));
        else if (!w.decidedBy.isEmpty())
            s += u", %1 by %2 after %3"_s.arg(w.outcome, w.decidedBy,
                                              durationText(w.toMs - w.fromMs));
        else
            s += u", %1 after %2"_s.arg(w.outcome, durationText(w.toMs - w.fromMs));
        if (!w.note.isEmpty())
            s += u" (“%1”)"_s.arg(withoutFullStop(w.note));
        asked << s;
    }
    if (!asked.isEmpty())
        n.lines.append(
            {u"asked"_s,
             u"It asked for approval %1: %2."_s.arg(
                 asked.size() == 1 ? u"once"_s : u"%1 times"_s.arg(asked.size()), listed(asked))});
    n.lines.append({u"did"_s, did.isEmpty() ? u"It changed nothing in any target system."_s
                                            : u"It did: %1."_s.arg(listed(did))});
    if (!refused.isEmpty())
        n.lines.append(
            {u"refused"_s, u"The gateway refused %1: %2."_s.arg(
                               plural(refused.size(), u"call"_s, u"calls"_s), listed(refused))});
    if (!errors.isEmpty())
        n.lines.append({u"errors"_s,
                        u"It recorded %1: %2."_s.arg(plural(errors.size(), u"error"_s, u"errors"_s),
                                                     listed(errors))});

    const QString after = durationText(t.totals().durationMs);
    QString end;
    const int stop = t.stopEvent();
    switch (run.status) {
    case RunStatus::Succeeded:
        end = u"It succeeded after %1."_s.arg(after);
        break;
    case RunStatus::Running:
        end = u"It is still running (%1 so far)."_s.arg(after);
        break;
    case RunStatus::WaitingApproval:
        end = u"It is waiting for a reviewer's decision (%1 so far)."_s.arg(after);
        break;
    default: {
        end = u"It %1 after %2"_s.arg(
            run.status == RunStatus::Stopped ? u"was stopped"_s : wordOf(run.status), after);
        if (stop >= 0) {
            const EvidenceEvent &e = events.at(stop);
            end += u" at event #%1 (%2%3)"_s.arg(
                QString::number(e.seq), wordOf(e.kind),
                e.tool.isEmpty() ? QString() : u" %1 on %2"_s.arg(e.tool, e.target));
        }
        end += run.stopReason.isEmpty() ? u"; no reason was recorded."_s
                                        : u". Why: %1."_s.arg(reasonText(run.stopReason));
        break;
    }
    }
    n.lines.append({u"end"_s, end});
    return n;
}

} // namespace airlock
