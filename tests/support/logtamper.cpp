#include "logtamper.h"

#include "store/canonicaljson.h"
#include "store/evidencechain.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace airlock::test {

QString rawExec(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) ? QString() : q.lastError().text() + u" in "_s + sql;
}

QString switchGuardsOff(Store &store)
{
    QStringList sql;
    if (store.backend() == Backend::Sqlite) {
        for (const QString &table : {u"evidence"_s, u"checkpoints"_s})
            sql << u"DROP TRIGGER %1_no_update"_s.arg(table)
                << u"DROP TRIGGER %1_no_delete"_s.arg(table);
    } else {
        // The append-only guards only: the database's check of each new link (migration 8)
        // stays on, so the attacker's forgeries go in through the core like anyone's.
        for (const QString &table : {u"evidence"_s, u"checkpoints"_s})
            sql << u"ALTER TABLE %1 DISABLE TRIGGER %1_no_change"_s.arg(table)
                << u"ALTER TABLE %1 DISABLE TRIGGER %1_no_truncate"_s.arg(table);
    }
    for (const QString &s : std::as_const(sql)) {
        if (QString e = rawExec(store, s); !e.isEmpty())
            return e;
    }
    return {};
}

QString rehashFrom(Store &store, qint64 from)
{
    QSqlQuery q(store.database());
    if (!q.exec(u"SELECT "_s + evidenceColumns() + u" FROM evidence ORDER BY seq"_s))
        return q.lastError().text();
    QList<EvidenceEvent> events;
    while (q.next())
        events << readEvidenceEvent(q);
    q.finish();
    QByteArray prev = kGenesisHash;
    for (EvidenceEvent &e : events) {
        if (e.seq >= from) {
            e.prevHash = prev;
            e.hash = chainHash(prev, e);
            QSqlQuery u(store.database());
            u.prepare(u"UPDATE evidence SET prev_hash = ?, hash = ? WHERE seq = ?"_s);
            u.addBindValue(QString::fromLatin1(prev));
            u.addBindValue(QString::fromLatin1(e.hash));
            u.addBindValue(e.seq);
            if (!u.exec())
                return u.lastError().text();
        }
        prev = e.hash;
    }
    return {};
}

bool appendReadEvents(Store &store, int from, int to, const QString &connector)
{
    EvidenceChain chain(store);
    if (Status s = store.write([&]() -> Status {
            for (int i = from; i <= to; ++i) {
                EvidenceEvent e;
                e.kind = EventKind::Read;
                e.connector = connector;
                e.runId = u"run-1"_s;
                e.tool = u"get_account"_s;
                e.power = Power::Read;
                e.target = u"crm:accounts/%1"_s.arg(i);
                e.summary = u"read #%1"_s.arg(i);
                e.payload = R"({"rows":1})";
                if (auto r = chain.append(e); !r)
                    return r.status();
            }
            return {};
        });
        !s) {
        qWarning("append failed: %s", qPrintable(s.message()));
        return false;
    }
    return true;
}

} // namespace airlock::test
