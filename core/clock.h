#pragma once

#include <QDateTime>
#include <functional>

namespace airlock {

// The time every core component uses; tests replace it to make expiry and freshness
// deterministic. Always UTC, millisecond precision (the store keeps milliseconds).
QDateTime currentTime();
void setClockForTesting(std::function<QDateTime()> clock); // empty function restores the real one

} // namespace airlock
