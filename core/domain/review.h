#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace airlock {

// A recorded review of a connector, with a snapshot (JSON) of the connector and its tools
// as they were reviewed; drift is measured against the latest one.
struct Review
{
    QString id;
    QString connector;
    QDateTime reviewedAt;
    QString reviewedBy;
    QString note;
    QByteArray snapshot;
};

} // namespace airlock
