#pragma once

#include "domain/connector.h"
#include "domain/tool.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace airlock {

enum class ReadinessResult { Pass, Warn, Fail };
AIRLOCK_VOCABULARY(ReadinessResult, "pass", "warn", "fail")

// One row of seed 002's "AI connector checklist", judged from the data.
struct ReadinessCheck
{
    QString
        area; // purpose, scope, access_level, identity, permissions, logging, approval, recovery
    ReadinessResult result = ReadinessResult::Pass;
    QString reason; // why, in a sentence or two
};

// What the checklist is computed from; the caller fetches it (no store access here).
struct ReadinessInput
{
    Connector connector;
    QList<Tool> tools;
    qint64 eventsLast30Days = 0; // evidence events of this connector in the 30 days before now
    QDateTime lastActivity;      // its latest evidence event; invalid when there is none
    QDateTime now;
};

// The checklist's areas, in the seed's order.
QStringList readinessAreas();

// One check per area, in readinessAreas() order.
QList<ReadinessCheck> readinessChecklist(const ReadinessInput &input);

// The worst result of the checks; Pass for an empty list.
ReadinessResult overall(const QList<ReadinessCheck> &checks);

} // namespace airlock
