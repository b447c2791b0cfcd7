#pragma once

#include "vocabulary.h"

#include <QStringList>
#include <cstdint>

namespace airlock {

// What a connector may do; risk rises in declaration order.
enum class Power { Read, Search, Draft, Write, Send, Trigger };
AIRLOCK_VOCABULARY(Power, "read", "search", "draft", "write", "send", "trigger")

inline constexpr std::array kAllPowers{Power::Read,  Power::Search, Power::Draft,
                                       Power::Write, Power::Send,   Power::Trigger};

// True for the powers that only look (DESIGN: "everything but read/search" is a change).
constexpr bool isObserving(Power p) { return p == Power::Read || p == Power::Search; }

// A set of granted powers, stored as a comma list in the words' risk order.
class PowerSet
{
public:
    PowerSet() = default;
    PowerSet(std::initializer_list<Power> powers);

    bool has(Power p) const { return bits_ & bit(p); }
    void add(Power p) { bits_ |= bit(p); }
    void remove(Power p) { bits_ &= ~bit(p); }
    bool isEmpty() const { return bits_ == 0; }
    std::optional<Power> highest() const;

    QStringList words() const;
    QString toString() const { return words().join(QLatin1Char(',')); }
    // Parses "read,search"; returns nullopt and names the bad word in *error.
    static std::optional<PowerSet> parse(const QString &text, QString *error = nullptr);

    friend bool operator==(PowerSet a, PowerSet b) { return a.bits_ == b.bits_; }
    friend bool operator!=(PowerSet a, PowerSet b) { return a.bits_ != b.bits_; }

private:
    static constexpr std::uint8_t bit(Power p) { return std::uint8_t(1u << unsigned(p)); }
    std::uint8_t bits_ = 0;
};

} // namespace airlock
