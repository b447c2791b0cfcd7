#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace airlock {

// A proposed change ({"before": …, "after": …}) laid out side by side for a reviewer: both
// sides as readable text (a string value as its own lines, anything else as indented JSON),
// lined up by a line diff so that unchanged lines face each other and the difference is marked.
struct ChangeDiff
{
    enum class Kind { Same, Changed, Removed, Added };
    struct Line
    {
        Kind kind = Kind::Same;
        QString before; // empty for Added
        QString after;  // empty for Removed
    };
    QList<Line> lines;
    // The JSON paths whose values differ, e.g. "status", "tags[2]", "address.city".
    QStringList changedPaths;
    bool hasBefore = false; // false: a creation (no before)
    bool hasAfter = false;  // false: a deletion (no after)

    int differingLines() const;
};

// Errors: InvalidArgument when the text is not JSON, not an object, or has neither "before"
// nor "after" — naming which.
Result<ChangeDiff> diffProposedChange(const QByteArray &proposedChange);

// The line diff alone, exposed for tests: lines of a and b aligned (longest common subsequence;
// a removed run followed by an added run pairs up as changed lines).
QList<ChangeDiff::Line> diffLines(const QStringList &a, const QStringList &b);

// A JSON value as a reviewer reads it: strings as their text, other values indented.
QStringList readableLines(const QJsonValue &value);

} // namespace airlock
