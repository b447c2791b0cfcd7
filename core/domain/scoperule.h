#pragma once

#include <QString>

namespace airlock {

// One ordered include/exclude rule over resource paths. Patterns use '*' for one path
// segment and '**' for any number of segments; the last rule that matches decides.
struct ScopeRule
{
    enum class Effect { Include, Exclude };
    Effect effect = Effect::Include;
    QString pattern;

    friend bool operator==(const ScopeRule &a, const ScopeRule &b)
    {
        return a.effect == b.effect && a.pattern == b.pattern;
    }
};

inline QString effectWord(ScopeRule::Effect e)
{
    return e == ScopeRule::Effect::Include ? QStringLiteral("include") : QStringLiteral("exclude");
}

} // namespace airlock
