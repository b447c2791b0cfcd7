#pragma once

#include "proof/logaudit.h"
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
// A pass over the same store may start where the last clean one ended (core/proof/verifiedpoint.h):
// it then reads that event once and the events after it, not the whole log.
class ChainVerification final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainVerification)

public:
    explicit ChainVerification(QObject *parent = nullptr);
    ~ChainVerification() override;

    enum class Scope {
        Everything,  // walk the whole log (at start, on demand)
        WhatChanged, // from the last clean pass over this store, when there is one
    };
    void start(const StoreUrl &url, Scope scope = Scope::Everything);
    void cancel();
    bool isRunning() const { return worker_ != nullptr; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const airlock::EvidenceChain::VerifyReport &report);
    // With finished(): the whole audit — checkpoints, witness, how much was read.
    void audited(const airlock::LogAudit &audit);
    void failed(const QString &message);

private:
    void stopWorker();

    QThread *worker_ = nullptr;
    quint64 generation_ = 0;
    std::shared_ptr<std::atomic_bool> cancelled_;
    StoreUrl pointUrl_;
    VerifiedPoint point_; // where the last clean pass over pointUrl_ ended
};

} // namespace airlock

Q_DECLARE_METATYPE(airlock::EvidenceChain::VerifyReport)
Q_DECLARE_METATYPE(airlock::LogAudit)
