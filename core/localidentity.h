#pragma once

#include <QString>

namespace airlock {

// The operating-system user running this process: the default acting identity on a local
// store (a shared store uses the database login instead).
QString osUserName();

} // namespace airlock
