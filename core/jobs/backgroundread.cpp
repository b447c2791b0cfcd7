#include "backgroundread.h"

#include "store/store.h"

#include <QThread>

namespace airlock {

BackgroundRead::BackgroundRead(QObject *parent)
    : QObject(parent)
{
}

BackgroundRead::~BackgroundRead()
{
    // Join every worker still running: their deliveries target this object.
    const auto threads = findChildren<QThread *>(QString(), Qt::FindDirectChildrenOnly);
    for (QThread *t : threads)
        t->wait();
}

void BackgroundRead::start(const StoreUrl &url, Work work)
{
    const quint64 generation = ++generation_;
    ++running_;
    QThread *thread = QThread::create([this, url, work = std::move(work), generation] {
        Store::Options options;
        options.migrate = false;
        auto store = Store::open(url, options);
        std::function<void()> deliver;
        QString error;
        if (store)
            deliver = work(**store);
        else
            error = store.message();
        QMetaObject::invokeMethod(this, [this, generation, deliver, error] {
            --running_;
            if (generation != generation_)
                return; // a newer read has started: this result is stale
            if (deliver)
                deliver();
            else if (onError_)
                onError_(error);
        }, Qt::QueuedConnection);
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace airlock
