// The Connectors screen's load on a large inventory: InventoryQuery::summaries() (connectors,
// scope and trigger rules, tools, the aggregates and readiness) and the table model's
// setSummaries(), against raw sqlite3 stepping of `SELECT * FROM connectors` in the same run.
//
//   bench_inventory [--connectors N]

#include "inventory/connectorsummary.h"
#include "inventory/connectortablemodel.h"
#include "store/connectorjson.h"
#include "store/connectorstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace airlock;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"connectors"_s, u"inventory size (default 10000)"_s, u"N"_s, u"10000"_s});
    parser.process(app);
    const int n = parser.value(u"connectors"_s).toInt();
    QTemporaryDir tmp;
    StoreUrl url;
    url.path = tmp.filePath(u"inventory.db"_s);
    auto store = Store::open(url);
    if (!store)
        return 1;
    (*store)->setActor(u"bench"_s);
    QElapsedTimer t;
    t.start();
    const Status s = (*store)->write([&]() -> Status {
        for (int i = 0; i < n; ++i) {
            const QByteArray json = QStringLiteral(
                R"({"name":"conn-%1","kind":"business_app","purpose":"p","owner":"o","permission_mode":"any_changes",
                "powers":["read","write"],"scope":[{"effect":"include","pattern":"sys%1:records/**"},
                {"effect":"exclude","pattern":"sys%1:records/**/secret"}],
                "identity":{"kind":"service_principal","principal":"svc","credential_owner":"it"},
                "tools":[{"name":"get","annotations":{"readOnlyHint":true}},{"name":"put"}]})")
                                        .arg(i, 5, 10, QLatin1Char('0'))
                                        .toUtf8();
            auto doc = connectorDocumentFromText(json, u"bench"_s);
            if (!doc)
                return doc.status();
            if (auto r = ConnectorStore(**store).apply(*doc, QString()); !r)
                return r.status();
        }
        return {};
    });
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        return 1;
    }
    std::printf("seeded %d connectors in %.1f s\n", n, t.elapsed() / 1000.0);

    // Raw baseline: step every connector row with sqlite3.
    sqlite3 *db = nullptr;
    sqlite3_open_v2(url.path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT * FROM connectors ORDER BY name", -1, &stmt, nullptr);
    t.restart();
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        rows += sqlite3_column_bytes(stmt, 0) > 0;
    const double rawMs = t.nsecsElapsed() / 1e6;
    sqlite3_finalize(stmt);
    sqlite3_close(db);

    t.restart();
    auto summaries = InventoryQuery(**store).summaries();
    const double queryMs = t.nsecsElapsed() / 1e6;
    if (!summaries)
        return 1;
    ConnectorTableModel model;
    t.restart();
    model.setSummaries(*summaries);
    const double modelMs = t.nsecsElapsed() / 1e6;
    t.restart();
    model.setSummaries(*summaries); // a live refresh with nothing changed
    const double refreshMs = t.nsecsElapsed() / 1e6;

    std::printf("%-44s %10.1f ms\n", "raw sqlite3 stepping of the connectors", rawMs);
    std::printf("%-44s %10.1f ms  (%.0fx raw)\n", "InventoryQuery::summaries()", queryMs, queryMs / rawMs);
    std::printf("%-44s %10.1f ms\n", "ConnectorTableModel::setSummaries (first)", modelMs);
    std::printf("%-44s %10.1f ms\n", "ConnectorTableModel::setSummaries (same)", refreshMs);
    std::printf("rows: %d\n", rows);
    return 0;
}
