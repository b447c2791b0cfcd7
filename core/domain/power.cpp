#include "power.h"

namespace airlock {

PowerSet::PowerSet(std::initializer_list<Power> powers)
{
    for (Power p : powers)
        add(p);
}

std::optional<Power> PowerSet::highest() const
{
    std::optional<Power> top;
    for (Power p : kAllPowers) {
        if (has(p))
            top = p;
    }
    return top;
}

QStringList PowerSet::words() const
{
    QStringList list;
    for (Power p : kAllPowers) {
        if (has(p))
            list << wordOf(p);
    }
    return list;
}

std::optional<PowerSet> PowerSet::parse(const QString &text, QString *error)
{
    PowerSet set;
    const auto parts = QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QStringView part : parts) {
        const auto power = parseWord<Power>(part.trimmed());
        if (!power) {
            if (error)
                *error = QStringLiteral("unknown power '%1' (expected one of: %2)")
                             .arg(part.trimmed().toString(), allWords<Power>().join(u", "));
            return std::nullopt;
        }
        set.add(*power);
    }
    return set;
}

} // namespace airlock
