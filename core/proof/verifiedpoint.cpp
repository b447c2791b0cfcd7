#include "verifiedpoint.h"

#include "store/canonicaljson.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

using Finding = EvidenceChain::Finding;

// The row's hash as verify computes it (core/store/evidencechain.cpp, storedBytesHash): the
// stored words exactly, so a word outside the vocabulary can never hash like a known one.
// Kept in step with that one until the chain walk takes a starting point itself.
QByteArray recomputedHash(const QByteArray &prev, const QSqlQuery &q)
{
    const EvidenceEvent e = readEvidenceEvent(q);
    QByteArray bytes = canonicalEventBytes(e);
    if (q.value(3).toString() != wordOf(e.kind) || q.value(10).toString() != wordOf(e.result) ||
        q.value(8).toString() != (e.power ? wordOf(*e.power) : QString()))
        bytes += "\x01"; // deliberately unequal
    return sha256Hex(prev + bytes);
}

} // namespace

Result<QByteArray> storedEventHash(Store &store, qint64 seq)
{
    auto q = store.exec(u"SELECT hash FROM evidence WHERE seq = ?"_s, {seq});
    if (!q)
        return q.error();
    const QByteArray hash = (*q)->next() ? (*q)->value(0).toString().toLatin1() : QByteArray();
    (*q)->finish();
    return hash;
}

Result<EvidenceChain::VerifyReport>
walkChainAfter(Store &store, qint64 afterSeq, const QByteArray &prevHashIn,
               const std::function<bool(qint64, qint64)> &progress,
               const std::function<void(qint64, const QByteArray &)> &onEvent)
{
    auto head = EvidenceChain(store).headSeq();
    if (!head)
        return head.error();
    const qint64 total = qMax<qint64>(0, *head - afterSeq);
    EvidenceChain::VerifyReport report;
    const auto broken = [&report](qint64 seq, const QString &why) {
        report.add(Finding::Kind::BrokenLink, seq, why);
    };
    QByteArray prevHash = prevHashIn;
    qint64 expected = afterSeq + 1;
    qint64 lastSeq = afterSeq;
    constexpr int kPage = 2000;
    for (;;) {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT "_s + evidenceColumns() +
                  u" FROM evidence WHERE seq > ? ORDER BY seq LIMIT ?"_s);
        q.addBindValue(lastSeq);
        q.addBindValue(kPage);
        if (!q.exec())
            return store.errorFrom(q.lastError(), u"cannot read the evidence chain"_s);
        int rows = 0;
        while (q.next()) {
            ++rows;
            const qint64 seq = q.value(0).toLongLong();
            const QByteArray storedPrev = q.value(13).toString().toLatin1();
            const QByteArray storedHash = q.value(14).toString().toLatin1();
            if (seq != expected) {
                broken(expected, u"event #%1 is missing (the chain jumps from #%2 to #%3)"_s.arg(
                                     QString::number(expected), QString::number(expected - 1),
                                     QString::number(seq)));
            } else if (storedPrev != prevHash) {
                broken(
                    seq,
                    u"event #%1 does not link to event #%2 (its previous hash is %3…, event #%2's hash is %4…)"_s
                        .arg(QString::number(seq), QString::number(seq - 1),
                             QString::fromLatin1(storedPrev.left(12)),
                             QString::fromLatin1(prevHash.left(12))));
            }
            if ((storedPrev == prevHash || seq != expected) &&
                recomputedHash(storedPrev, q) != storedHash)
                broken(seq,
                       u"event #%1 does not match its hash: it was changed after it was recorded"_s
                           .arg(seq));
            if (onEvent)
                onEvent(seq, storedHash);
            prevHash = storedHash;
            lastSeq = seq;
            expected = seq < std::numeric_limits<qint64>::max() ? seq + 1 : seq;
            ++report.checked;
        }
        if (progress && !progress(report.checked, total)) {
            report.cancelled = true;
            return report;
        }
        if (rows < kPage || lastSeq == std::numeric_limits<qint64>::max())
            break;
    }
    return report;
}

} // namespace airlock
