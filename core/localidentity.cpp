#include "localidentity.h"

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace airlock {

QString osUserName()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER", u"unknown"_s);
}

} // namespace airlock
