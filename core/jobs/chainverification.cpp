#include "chainverification.h"

#include "proof/logaudit.h"
#include "store/store.h"

namespace airlock {

ChainVerification::ChainVerification(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<EvidenceChain::VerifyReport>();
    qRegisterMetaType<LogAudit>();
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

void ChainVerification::start(const StoreUrl &url, Scope scope)
{
    stopWorker();
    if (pointUrl_.display() != url.display())
        point_ = {};
    std::optional<VerifiedPoint> since;
    if (scope == Scope::WhatChanged && point_.isValid())
        since = point_;
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
    worker_ = QThread::create([url, since, cancelled, deliver] {
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
        AuditOptions auditOptions;
        auditOptions.since = since ? &*since : nullptr;
        auto audit = auditLog(**store, auditOptions, [&](qint64 done, qint64 total) {
            deliver([done, total](ChainVerification *v) { Q_EMIT v->progress(done, total); });
            return !*cancelled;
        });
        if (!audit) {
            const QString message = audit.message();
            deliver([message](ChainVerification *v) { Q_EMIT v->failed(message); });
            return;
        }
        const LogAudit a = *audit;
        deliver([a, url](ChainVerification *v) {
            if (!a.report.cancelled) {
                // The next pass starts here; a pass that found anything wrong leaves no point, so
                // the next one walks everything again until the store is consistent.
                v->pointUrl_ = url;
                v->point_ = a.reached;
            }
            Q_EMIT v->finished(a.report);
            Q_EMIT v->audited(a);
        });
    });
    worker_->start(QThread::LowPriority);
}

} // namespace airlock
