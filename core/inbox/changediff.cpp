#include "changediff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <vector>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// Beyond this many lines a side, the O(n·m) table would be large; lines pair up in order.
constexpr qsizetype kMaxDiffLines = 3000;

void collectPaths(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList &out)
{
    constexpr int kMaxPaths = 200;
    if (out.size() >= kMaxPaths || a == b)
        return;
    const QString here = path.isEmpty() ? u"(whole value)"_s : path;
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys();
        for (const QString &k : ob.keys()) {
            if (!oa.contains(k))
                keys << k;
        }
        keys.sort();
        for (const QString &k : keys)
            collectPaths(oa.value(k), ob.value(k), path.isEmpty() ? k : path + u'.' + k, out);
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray xa = a.toArray(), xb = b.toArray();
        const qsizetype n = std::max(xa.size(), xb.size());
        for (qsizetype i = 0; i < n; ++i) {
            collectPaths(i < xa.size() ? xa.at(i) : QJsonValue(QJsonValue::Undefined),
                         i < xb.size() ? xb.at(i) : QJsonValue(QJsonValue::Undefined),
                         u"%1[%2]"_s.arg(path).arg(i), out);
        }
        return;
    }
    out << here;
}

} // namespace

int ChangeDiff::differingLines() const
{
    int n = 0;
    for (const Line &l : lines)
        n += l.kind != Kind::Same;
    return n;
}

QStringList readableLines(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString().split(u'\n');
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed()
            .split(u'\n');
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed()
            .split(u'\n');
    // A scalar: wrap it to let QJsonDocument write it, then unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return {QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2))};
}

QList<ChangeDiff::Line> diffLines(const QStringList &a, const QStringList &b)
{
    using Kind = ChangeDiff::Kind;
    QList<ChangeDiff::Line> raw;
    const qsizetype n = a.size(), m = b.size();
    if (n > kMaxDiffLines || m > kMaxDiffLines) {
        for (qsizetype i = 0; i < std::max(n, m); ++i) {
            const QString l = i < n ? a.at(i) : QString(), r = i < m ? b.at(i) : QString();
            const Kind k = i >= n   ? Kind::Added
                           : i >= m ? Kind::Removed
                           : l == r ? Kind::Same
                                    : Kind::Changed;
            raw.append({k, l, r});
        }
        return raw;
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] =
                a.at(i) == b.at(j)
                    ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            raw.append({Kind::Same, a.at(i), b.at(j)});
            ++i, ++j;
        } else if (j < m &&
                   (i == n || lcs[size_t(i)][size_t(j + 1)] >= lcs[size_t(i + 1)][size_t(j)])) {
            raw.append({Kind::Added, QString(), b.at(j)});
            ++j;
        } else {
            raw.append({Kind::Removed, a.at(i), QString()});
            ++i;
        }
    }
    // Pair each run of removed lines with the run of added lines around it: they face each
    // other as changed lines, which is how a reviewer reads "this became that".
    QList<ChangeDiff::Line> out;
    qsizetype k = 0;
    while (k < raw.size()) {
        if (raw.at(k).kind == Kind::Same) {
            out << raw.at(k++);
            continue;
        }
        QStringList removed, added;
        while (k < raw.size() && raw.at(k).kind != Kind::Same) {
            if (raw.at(k).kind == Kind::Removed)
                removed << raw.at(k).before;
            else
                added << raw.at(k).after;
            ++k;
        }
        const qsizetype pairs = std::max(removed.size(), added.size());
        for (qsizetype p = 0; p < pairs; ++p) {
            if (p < removed.size() && p < added.size())
                out.append({Kind::Changed, removed.at(p), added.at(p)});
            else if (p < removed.size())
                out.append({Kind::Removed, removed.at(p), QString()});
            else
                out.append({Kind::Added, QString(), added.at(p)});
        }
    }
    return out;
}

Result<ChangeDiff> diffProposedChange(const QByteArray &proposedChange)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(proposedChange, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{ErrorCode::InvalidArgument,
                     u"the proposed change is not JSON: %1 at offset %2"_s.arg(error.errorString())
                         .arg(error.offset)};
    if (!doc.isObject())
        return Error{ErrorCode::InvalidArgument,
                     u"the proposed change must be an object {\"before\": …, \"after\": …}"_s};
    const QJsonObject o = doc.object();
    if (!o.contains(u"before"_s) && !o.contains(u"after"_s))
        return Error{ErrorCode::InvalidArgument,
                     u"the proposed change has neither \"before\" nor \"after\""_s};
    ChangeDiff d;
    const QJsonValue before =
        o.contains(u"before"_s) ? o.value(u"before"_s) : QJsonValue(QJsonValue::Undefined);
    const QJsonValue after =
        o.contains(u"after"_s) ? o.value(u"after"_s) : QJsonValue(QJsonValue::Undefined);
    d.hasBefore = !before.isUndefined() && !before.isNull();
    d.hasAfter = !after.isUndefined() && !after.isNull();
    d.lines = diffLines(d.hasBefore ? readableLines(before) : QStringList(),
                        d.hasAfter ? readableLines(after) : QStringList());
    collectPaths(before, after, QString(), d.changedPaths);
    return d;
}

} // namespace airlock
