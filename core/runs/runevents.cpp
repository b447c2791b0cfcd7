#include "runevents.h"

#include "store/evidencechain.h"
#include "store/store.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

template<typename E> std::optional<E> wordAt(const char *text, int bytes)
{
    const auto &words = Vocabulary<E>::words;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (int(std::strlen(words[i])) == bytes &&
            std::memcmp(words[i], text, std::size_t(bytes)) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

class Stepper
{
public:
    explicit Stepper(sqlite3_stmt *stmt)
        : stmt_(stmt)
    {}
    const char *text(int c) const
    {
        return reinterpret_cast<const char *>(sqlite3_column_text(stmt_, c));
    }
    int bytes(int c) const { return sqlite3_column_bytes(stmt_, c); }
    QString string(int c) const { return QString::fromUtf8(text(c), bytes(c)); }
    QByteArray raw(int c) const { return QByteArray(text(c), bytes(c)); }
    QString shared(int c)
    {
        const QByteArray key = QByteArray::fromRawData(text(c), bytes(c));
        auto it = strings_.constFind(key);
        if (it == strings_.cend())
            it = strings_.insert(QByteArray(key), QString::fromUtf8(key));
        return *it;
    }

private:
    sqlite3_stmt *stmt_;
    QHash<QByteArray, QString> strings_;
};

Result<QList<EvidenceEvent>> readWithSqlite(sqlite3 *db, const QString &runId)
{
    const QByteArray sql =
        "SELECT " + evidenceColumns().toUtf8() + " FROM evidence WHERE run_id = ? ORDER BY seq";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return Error{ErrorCode::StoreUnavailable, u"cannot read the run's evidence: %1"_s.arg(
                                                      QString::fromUtf8(sqlite3_errmsg(db)))};
    const QByteArray id = runId.toUtf8();
    sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_STATIC);
    QList<EvidenceEvent> events;
    // Counted first (the index answers it): growing a list of 10,000 events moves them all
    // several times.
    sqlite3_stmt *count = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM evidence WHERE run_id = ?", -1, &count,
                           nullptr) == SQLITE_OK) {
        sqlite3_bind_text(count, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        if (sqlite3_step(count) == SQLITE_ROW)
            events.reserve(qsizetype(sqlite3_column_int64(count, 0)));
        sqlite3_finalize(count);
    }
    Stepper row(stmt);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        EvidenceEvent e;
        e.seq = sqlite3_column_int64(stmt, 0);
        e.eventId = row.string(1);
        e.at = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(stmt, 2), Qt::UTC);
        // As readEvidenceEvent(): unknown words read as it does, so hashes are checked alike.
        e.kind = wordAt<EventKind>(row.text(3), row.bytes(3)).value_or(EventKind::Output);
        e.actor = row.shared(4);
        e.connector = row.shared(5);
        e.runId = runId;
        e.tool = row.shared(7);
        e.power = wordAt<Power>(row.text(8), row.bytes(8));
        e.target = row.string(9);
        e.result = wordAt<EventResult>(row.text(10), row.bytes(10)).value_or(EventResult::Failure);
        e.summary = row.string(11);
        e.payload = row.raw(12);
        e.prevHash = row.raw(13);
        e.hash = row.raw(14);
        events << std::move(e);
    }
    const bool done = rc == SQLITE_DONE;
    sqlite3_finalize(stmt);
    if (!done)
        return Error{ErrorCode::StoreUnavailable, u"cannot read the run's evidence: %1"_s.arg(
                                                      QString::fromUtf8(sqlite3_errmsg(db)))};
    return events;
}

} // namespace

Result<QList<EvidenceEvent>> readRunEvents(Store &store, const QString &runId)
{
    if (store.backend() == Backend::Sqlite) {
        const QVariant handle = store.database().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData()))
                return readWithSqlite(db, runId);
        }
    }
    QSqlQuery q(store.database());
    q.setForwardOnly(true); // the store's cached statements keep every row they step
    if (!q.prepare(u"SELECT "_s + evidenceColumns() +
                   u" FROM evidence WHERE run_id = ? ORDER BY seq"_s))
        return store.errorFrom(q.lastError(), u"cannot read the run's evidence"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return store.errorFrom(q.lastError(), u"cannot read the run's evidence"_s);
    QList<EvidenceEvent> events;
    while (q.next())
        events << readEvidenceEvent(q);
    return events;
}

} // namespace airlock
