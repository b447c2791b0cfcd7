#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace airlock {

enum class RunStatus { Running, WaitingApproval, Succeeded, Failed, Blocked, Stopped };
AIRLOCK_VOCABULARY(RunStatus, "running", "waiting_approval", "succeeded", "failed", "blocked",
                   "stopped")

// One execution of a workflow.
struct Run
{
    QString id;        // client-made (UUID), so a retried start never duplicates
    QString workflow;
    QString trigger;   // who or what started it
    QString identity;  // the identity it acted as
    QString startedBy; // the login (shared store) or actor that recorded its start
    QDateTime startedAt;
    QDateTime endedAt;
    RunStatus status = RunStatus::Running;
    QString stopReason;   // where and why it stopped
    qint64 stoppedAtSeq = 0; // evidence sequence number where it stopped, 0 = none
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    double cost = 0.0;
    QString model;
    int flags = 0;           // RunFlag bits (runs/runflags.h): blocked, rejected, failed, stopped
    QStringList connectors;  // the connectors it touched (filled by RunStore::get and page)
};

} // namespace airlock
