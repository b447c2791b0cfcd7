#pragma once

#include "store/storeurl.h"

#include <QObject>
#include <functional>

namespace airlock {

class Store;

// Runs read-only work against a store on a worker thread with its own connection (one
// connection per thread), and hands the result back on the thread that owns this object.
// Each start() gets a generation number: when a newer read has started, an older result
// is dropped, so a slow query never overwrites fresher data. The UI thread never waits.
class BackgroundRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundRead)

public:
    // Runs on the worker; returns what to run back on the owner's thread.
    using Work = std::function<std::function<void()>(Store &)>;

    explicit BackgroundRead(QObject *parent = nullptr);
    ~BackgroundRead() override;

    void start(const StoreUrl &url, Work work);
    // Called on the owner's thread when the store cannot be opened for the read.
    void setErrorHandler(std::function<void(const QString &)> handler) { onError_ = std::move(handler); }
    bool isBusy() const { return running_ > 0; }

private:
    quint64 generation_ = 0;
    int running_ = 0;
    std::function<void(const QString &)> onError_;
};

} // namespace airlock
