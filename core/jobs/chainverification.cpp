#include "chainverification.h"

#include "proof/logaudit.h"
#include "store/store.h"

namespace airlock {

ChainVerification::ChainVerification(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<EvidenceChain::VerifyReport>();
}

ChainVerification::~ChainVerification()
{
    stopWorker();
}

void ChainVerification::stopWorker()
{
    if (!worker_)
        return;
    if (cancelled_)
        *cancelled_ = true;
    worker_->wait();
    delete worker_;
    worker_ = nullptr;
}

void ChainVerification::cancel()
{
    if (cancelled_)
        *cancelled_ = true;
}

void ChainVerification::start(const StoreUrl &url)
{
    stopWorker();
    const quint64 generation = ++generation_;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    cancelled_ = cancelled;
    // Results travel back as queued calls onto this object's thread, tagged with the
    // generation that asked for them. The destructor joins the worker, so `this` outlives
    // it; calls still queued when this object goes are discarded by Qt.
    auto deliver = [this, generation](auto fn) {
        QMetaObject::invokeMethod(this, [this, generation, fn] {
            if (generation_ == generation)
                fn(this);
        }, Qt::QueuedConnection);
    };
    worker_ = QThread::create([url, cancelled, deliver] {
        Store::Options options;
        options.migrate = false;
        auto store = Store::open(url, options);
        if (!store) {
            const QString message = store.message();
            deliver([message](ChainVerification *v) { Q_EMIT v->failed(message); });
            return;
        }
        // The chain walk and the log against every trusted checkpoint and this machine's
        // witness, which it advances when the store still matches (core/proof/logaudit.h).
        auto audit = auditLog(**store, {}, [&](qint64 done, qint64 total) {
            deliver([done, total](ChainVerification *v) { Q_EMIT v->progress(done, total); });
            return !*cancelled;
        });
        if (!audit) {
            const QString message = audit.message();
            deliver([message](ChainVerification *v) { Q_EMIT v->failed(message); });
            return;
        }
        const EvidenceChain::VerifyReport r = audit->report;
        deliver([r](ChainVerification *v) { Q_EMIT v->finished(r); });
    });
    worker_->start(QThread::LowPriority);
}

} // namespace airlock
