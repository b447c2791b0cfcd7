#pragma once

#include "store/evidencechain.h"
#include "store/storeurl.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace airlock {

// Verifies the whole evidence chain, and the log against the checkpoints and witness, on a worker thread with its own connection (one
// connection per thread), reporting progress and the result to the thread that started it.
// Each start() gets a generation number; results of an older generation are dropped, so a
// re-check after a store switch never shows a stale verdict.
class ChainVerification final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainVerification)

public:
    explicit ChainVerification(QObject *parent = nullptr);
    ~ChainVerification() override;

    void start(const StoreUrl &url);
    void cancel();
    bool isRunning() const { return worker_ != nullptr; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const airlock::EvidenceChain::VerifyReport &report);
    void failed(const QString &message);

private:
    void stopWorker();

    QThread *worker_ = nullptr;
    quint64 generation_ = 0;
    std::shared_ptr<std::atomic_bool> cancelled_;
};

} // namespace airlock

Q_DECLARE_METATYPE(airlock::EvidenceChain::VerifyReport)
