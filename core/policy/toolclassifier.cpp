#include "policy.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// Splits a tool name into lower-case words at '_', '-', '.', spaces and other separators,
// at camelCase humps ("sendMessage" → send, message; "HTTPPost" → http, post) and between
// letters and digits ("send2slack" → send, 2, slack).
QStringList wordsOf(const QString &name)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words << word.toLower();
        word.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!word.isEmpty()) {
            const QChar prev = word.back();
            const bool hump = c.isUpper() && prev.isLower();
            const bool acronymEnd =
                c.isUpper() && prev.isUpper() && i + 1 < name.size() && name.at(i + 1).isLower();
            const bool digitEdge = c.isDigit() != prev.isDigit();
            if (hump || acronymEnd || digitEdge)
                flush();
        }
        word += c;
    }
    flush();
    return words;
}

bool mentions(const QStringList &words, std::initializer_list<QLatin1String> cues)
{
    for (const QString &w : words) {
        for (QLatin1String cue : cues) {
            if (w == cue)
                return true;
        }
    }
    return false;
}

} // namespace

// Annotations are untrusted hints, so this only ever reads them in the cautious direction:
// a missing readOnlyHint means "may change things", and a name that mentions sending or
// running is judged by the riskier power even if it also mentions drafting ("draft_email"
// is judged send). A governance lead can override the result per tool.
Power derivePower(const QString &toolName, const ToolAnnotations &annotations)
{
    const QStringList words = wordsOf(toolName);

    if (annotations.readOnly.value_or(false)) {
        return mentions(words, {"search"_L1, "find"_L1, "query"_L1, "lookup"_L1, "grep"_L1})
                   ? Power::Search
                   : Power::Read;
    }
    if (mentions(words, {"send"_L1, "post"_L1, "email"_L1, "mail"_L1, "message"_L1, "notify"_L1,
                         "publish"_L1, "reply"_L1}))
        return Power::Send;
    if (mentions(words, {"trigger"_L1, "run"_L1, "execute"_L1, "start"_L1, "deploy"_L1, "launch"_L1,
                         "invoke"_L1}))
        return Power::Trigger;
    if (annotations.destructive == false &&
        mentions(words, {"draft"_L1, "prepare"_L1, "suggest"_L1, "propose"_L1}))
        return Power::Draft;
    return Power::Write;
}

} // namespace airlock
