#include "witnesswatch.h"

#include "domain/displaytext.h"
#include "proof/witnesskeeper.h"
#include "store/store.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace airlock::gate {

namespace {

void log(const QString &text)
{
    const QByteArray line =
        "airlock-gate: " + escapeControls(text, TextShape::Line).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

WitnessWatch::WitnessWatch(Store &store, QObject *parent)
    : QObject(parent)
    , store_(store)
{
    bool ok = false;
    const int secs = qEnvironmentVariableIntValue("AIRLOCK_WITNESS_SECS", &ok);
    timer_.setInterval((ok && secs > 0 ? secs : 10) * 1000);
    connect(&timer_, &QTimer::timeout, this, &WitnessWatch::check);
}

void WitnessWatch::start()
{
    check();
    timer_.start();
}

void WitnessWatch::check()
{
    auto checked = keepWitness(store_);
    QString said;
    if (!checked)
        said = u"warning: cannot check the store against this machine's witness: %1"_s.arg(
            checked.message());
    else if (checked->isWarning())
        said = u"warning: the store does not match what this machine saw before — %1. Calls are "
               u"not refused; "
               u"`airlockctl verify` names everything that is wrong"_s.arg(checked->message);
    else if (checked->outcome == WitnessCheck::Outcome::Advanced)
        said = u"witness: "_s + checked->message;
    // The same finding every few seconds would bury the rest of the log.
    if (said.isEmpty() || said == lastSaid_)
        return;
    lastSaid_ = said;
    log(said);
}

} // namespace airlock::gate
