#pragma once

// The words of DESIGN.md's vocabulary, as enums that read and write themselves.
// Each enum has a Vocabulary<E> specialisation listing its words in declaration order;
// the words are what the store, the CLI and JSON exports use.

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace airlock {

template<typename E>
struct Vocabulary;

template<typename E>
QString wordOf(E value)
{
    const auto &words = Vocabulary<E>::words;
    const auto index = static_cast<std::size_t>(value);
    return index < words.size() ? QString::fromLatin1(words[index]) : QString();
}

template<typename E>
std::optional<E> parseWord(QStringView word)
{
    const auto &words = Vocabulary<E>::words;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (word == QLatin1String(words[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template<typename E>
QStringList allWords()
{
    QStringList list;
    for (const char *w : Vocabulary<E>::words)
        list << QString::fromLatin1(w);
    return list;
}

#define AIRLOCK_VOCABULARY(Enum, ...)                                                              \
    template<>                                                                                     \
    struct Vocabulary<Enum>                                                                        \
    {                                                                                              \
        static constexpr std::array words{__VA_ARGS__};                                            \
    };

} // namespace airlock
