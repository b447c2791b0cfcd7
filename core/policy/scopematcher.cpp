#include "scopematcher.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// One step of a compiled pattern; each step is one state of the matcher.
struct Token
{
    enum class Kind { Literal, Star, DoubleStar, Skip };
    Kind kind = Kind::Literal;
    QChar ch;     // Literal: the character
    int skip = 0; // Skip: how many following steps may be skipped, without consuming
};

// A '**' that is a whole path segment matches zero or more whole segments, as in gitignore:
// "**/x" matches "x", "a/**/b" matches "a/b", and "a/**" matches "a" itself (so a scope
// "folder/**" includes the folder as well as what is under it). Such a '**' compiles to an
// optional group: "**/" → (.*/)?, "/**" at the end → (/.*)?. Any other '**' is plain .*
std::vector<Token> compile(QStringView pattern)
{
    using K = Token::Kind;
    std::vector<Token> tokens;
    tokens.reserve(std::size_t(pattern.size()) + 2);
    const qsizetype n = pattern.size();
    for (qsizetype i = 0; i < n;) {
        if (pattern[i] != u'*') {
            tokens.push_back({K::Literal, pattern[i], 0});
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && pattern[end] == u'*')
            ++end;
        const bool segmentStart = i == 0 || pattern[i - 1] == u'/';
        const bool segmentEnd = end == n || pattern[end] == u'/';
        if (end - i == 1) {
            tokens.push_back({K::Star, QChar(), 0});
        } else if (!segmentStart || !segmentEnd || (i == 0 && end == n)) {
            tokens.push_back({K::DoubleStar, QChar(), 0}); // three or more stars: same as two
        } else if (end < n) {                              // "**/" → (.*/)?
            tokens.push_back({K::Skip, QChar(), 2});
            tokens.push_back({K::DoubleStar, QChar(), 0});
            tokens.push_back({K::Literal, u'/', 0});
            ++end; // the '/' is taken
        } else {   // trailing "/**" → (/.*)?, replacing the '/' already emitted
            tokens.pop_back();
            tokens.push_back({K::Skip, QChar(), 2});
            tokens.push_back({K::Literal, u'/', 0});
            tokens.push_back({K::DoubleStar, QChar(), 0});
        }
        i = end;
    }
    return tokens;
}

// Adds the states reachable without consuming a character. Every such move goes forward,
// so one ascending sweep reaches the closure. A Skip state is only ever entered, never
// looped in, so its shortcut is taken only where the optional group begins.
void closeOverEmpty(const std::vector<Token> &tokens, std::vector<char> &states)
{
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!states[i])
            continue;
        switch (tokens[i].kind) {
        case Token::Kind::Literal:
            break;
        case Token::Kind::Star:
        case Token::Kind::DoubleStar:
            states[i + 1] = 1; // may match nothing
            break;
        case Token::Kind::Skip:
            states[i + 1] = 1;
            states[i + 1 + std::size_t(tokens[i].skip)] = 1;
            break;
        }
    }
}

} // namespace

// A Thompson-style simulation: the set of pattern positions alive after each path
// character. O(pattern × path) time, no recursion, so "**/**/**/x" stays linear.
bool globMatch(QStringView pattern, QStringView path)
{
    const std::vector<Token> tokens = compile(pattern);
    const std::size_t n = tokens.size();
    std::vector<char> current(n + 1, 0);
    std::vector<char> next(n + 1, 0);
    current[0] = 1;
    closeOverEmpty(tokens, current);

    for (const QChar c : path) {
        std::fill(next.begin(), next.end(), 0);
        bool alive = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (!current[i])
                continue;
            const Token &t = tokens[i];
            switch (t.kind) {
            case Token::Kind::Literal:
                if (t.ch == c)
                    next[i + 1] = alive = true;
                break;
            case Token::Kind::Star:
                if (c != u'/')
                    next[i] = alive = true;
                break;
            case Token::Kind::DoubleStar:
                next[i] = alive = true;
                break;
            case Token::Kind::Skip:
                break; // consumes nothing
            }
        }
        if (!alive)
            return false;
        closeOverEmpty(tokens, next);
        current.swap(next);
    }
    return current[n] != 0;
}

ScopeDecision evaluateScope(const QList<ScopeRule> &rules, const QString &path)
{
    ScopeDecision decision;
    // The last matching rule decides, so search from the end and stop at the first match.
    for (qsizetype i = rules.size() - 1; i >= 0; --i) {
        const ScopeRule &rule = rules.at(i);
        if (!globMatch(rule.pattern, path))
            continue;
        decision.ruleIndex = int(i);
        decision.inScope = rule.effect == ScopeRule::Effect::Include;
        decision.reason =
            (decision.inScope ? u"included by rule %1 (%2)"_s : u"excluded by rule %1 (%2)"_s)
                .arg(QString::number(i + 1), rule.pattern);
        return decision;
    }
    decision.reason = u"no scope rule includes '%1'"_s.arg(path);
    return decision;
}

} // namespace airlock
