#pragma once

#include "storeurl.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace airlock {

// One numbered schema step. Most statements are shared; where the back ends differ
// (triggers), a migration carries one list per back end. Migrations only ever append.
struct Migration
{
    int version;
    QString description;
    QStringList shared;
    QStringList sqliteOnly;
    QStringList postgresOnly;

    QStringList statements(Backend backend) const;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace airlock
