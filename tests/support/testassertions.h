#pragma once

// Assertions shared by the store suites: error codes printed by name, and checks that a
// Result or Status failed with the expected code and a message naming the problem.

#include "result.h"

#include <QTest>

namespace airlock {
// Lets QCOMPARE print error codes by name (found by argument-dependent lookup).
inline char *toString(ErrorCode code)
{
    static const char *const names[] = {"None",     "InvalidArgument",  "NotFound",
                                        "Conflict", "SelfApproval",     "Expired",
                                        "Denied",   "StoreUnavailable", "Integrity"};
    return qstrdup(names[int(code)]);
}
} // namespace airlock

Q_DECLARE_METATYPE(airlock::ErrorCode)

// Checks a Result/Status failed with the code and a message that mentions fragment.
#define QVERIFY_ERROR(expr, expectedCode, fragment)                                                \
    do {                                                                                           \
        const auto &failed_ = (expr);                                                              \
        QVERIFY2(!failed_.ok(), "expected a failure, got success");                                \
        QCOMPARE(failed_.code(), expectedCode);                                                    \
        QVERIFY2(failed_.message().contains(fragment, Qt::CaseInsensitive),                        \
                 qPrintable(QStringLiteral("the message does not mention '%1': %2")                \
                                .arg(fragment, failed_.message())));                               \
    } while (false)

#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &ok_ = (expr);                                                                  \
        QVERIFY2(ok_.ok(), qPrintable(ok_.message()));                                             \
    } while (false)
