#pragma once

#include <QString>
#include <QStringList>

namespace airlock {

class RunTimeline;

// A run told in plain words, one sentence per step an investigator asks about: what
// triggered it, what it read, what it produced, what it asked and who decided, what it did,
// what was refused or failed, and where and why it stopped.
struct RunNarrative
{
    struct Line
    {
        QString topic; // trigger, read, produced, asked, did, refused, errors, end
        QString text;
    };
    QList<Line> lines;

    QString text() const; // the sentences joined into one paragraph
    QString line(const QString &topic) const;
};

RunNarrative narrate(const RunTimeline &timeline);

// "4 s", "12 min", "2 h 05 min", "3 d 4 h".
QString durationText(qint64 ms);

} // namespace airlock
