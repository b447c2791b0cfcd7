#pragma once

#include "domain/scoperule.h"

#include <QList>
#include <QString>

namespace airlock {

// Glob over resource paths: '*' matches within one '/'-separated segment, '**' matches any
// number of characters including '/', every other character matches itself.
bool globMatch(QStringView pattern, QStringView path);

struct ScopeDecision
{
    bool inScope = false;
    int ruleIndex = -1; // index of the deciding rule, -1 when no rule matched
    QString reason;     // in words, e.g. "excluded by rule 2 (crm:accounts/*/fields/ssn)"
};

// The last matching rule decides; a path no rule matches is out of scope.
ScopeDecision evaluateScope(const QList<ScopeRule> &rules, const QString &path);

} // namespace airlock
