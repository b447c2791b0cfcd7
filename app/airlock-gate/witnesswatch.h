#pragma once

// The gate's witness (core/proof/witnesskeeper.h): at start and every few seconds, the store's
// newest checkpoint is checked against this machine's witness, which advances when they agree.
// It refuses nothing; what is wrong is logged once, when it is first seen, and again when it
// changes — a store that fell behind or was rewritten is for `airlockctl verify` to name in
// full, from the same witness.

#include <QObject>
#include <QString>
#include <QTimer>

namespace airlock {
class Store;
}

namespace airlock::gate {

class WitnessWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WitnessWatch)

public:
    // Every AIRLOCK_WITNESS_SECS seconds (10 unless set).
    explicit WitnessWatch(Store &store, QObject *parent = nullptr);
    void start();

private:
    void check();

    Store &store_;
    QTimer timer_;
    QString lastSaid_;
};

} // namespace airlock::gate
