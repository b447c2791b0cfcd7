// airlock: the console. Opens the local evidence store (seeding the demo on first run)
// or the store named by --store, and shows the main window.

#include "mainwindow.h"
#include "translations.h"

#include "credentials/storekeychain.h"
#include "credentials/storeopener.h"

#include "demo/demogenerator.h"
#include "localidentity.h"
#include "store/connectorstore.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>


using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"airlock"_s);
    QApplication::setApplicationName(u"airlock"_s);
    QApplication::setApplicationDisplayName(u"Airlock"_s);
    QApplication::setApplicationVersion(QStringLiteral(AIRLOCK_VERSION));
    QApplication::setDesktopFileName(u"io.github.airlock.Airlock"_s);

    QApplication::setWindowIcon(QIcon(u":/icons/io.github.airlock.Airlock.svg"_s));
    airlock::installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Airlock: a governance console for AI connectors"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(u"store"_s, u"The evidence store to open (sqlite:///path.db or postgresql://…)."_s, u"URL"_s);
    const QCommandLineOption asOption(u"as"_s, u"The acting identity on a local store (default: your OS user)."_s, u"IDENTITY"_s);
    const QCommandLineOption screenOption(u"screen"_s, u"The screen to show first: inbox, connectors, runs, insights or audit."_s, u"NAME"_s);
    parser.addOption(storeOption);
    parser.addOption(screenOption);
    const QCommandLineOption runOption(u"run"_s, u"Open the Runs screen on the timeline of this run."_s, u"ID"_s);
    parser.addOption(runOption);
    parser.addOption(asOption);
    parser.process(app);

    // Which store: --store, else the one open when the console last closed, else the local one.
    airlock::StoreUrl url = airlock::StoreUrl::defaultLocal();
    const QString last = QSettings().value(u"stores/last"_s).toString();
    const QString wanted = parser.isSet(storeOption) ? parser.value(storeOption) : last;
    bool isDefault = wanted.isEmpty();
    if (!isDefault) {
        auto parsed = airlock::StoreUrl::parse(wanted);
        if (!parsed) {
            QMessageBox::critical(nullptr, QObject::tr("Airlock"), parsed.message());
            return 2;
        }
        url = *parsed;
        isDefault = url.backend == airlock::Backend::Sqlite && url.path == airlock::StoreUrl::defaultLocal().path;
    }
    airlock::Store::Options options;
    options.createDirectory = isDefault;
    // A PostgreSQL URL without a password takes the one saved in the OS keychain, if any.
    airlock::StoreKeychain keychain;
    airlock::StoreOpener opener(keychain);
    auto store = opener.open(url, options);
    if (!store && !parser.isSet(storeOption) && !isDefault) {
        // The last store is gone or unreachable: say so, and fall back to the local one.
        QMessageBox::warning(nullptr, QObject::tr("Airlock"), store.message());
        url = airlock::StoreUrl::defaultLocal();
        isDefault = true;
        options.createDirectory = true;
        store = opener.open(url, options);
    }
    if (!store) {
        QMessageBox::critical(nullptr, QObject::tr("Airlock"), store.message());
        return 1;
    }
    if ((*store)->isShared()) {
        // Shared mode: the acting identity is the database login, never a name given here.
        if (parser.isSet(asOption) && parser.value(asOption) != (*store)->sessionUser())
            qWarning("--as %s is ignored: on this shared store you act as your database login '%s'",
                     qPrintable(parser.value(asOption)), qPrintable((*store)->sessionUser()));
    } else {
        (*store)->setActor(parser.isSet(asOption) ? parser.value(asOption) : airlock::osUserName());
    }

    // First run of the default local store: fill it with the demo so there is something to see.
    if (isDefault) {
        auto connectors = airlock::ConnectorStore(**store).list();
        if (connectors && connectors->isEmpty()) {
            auto demo = airlock::seedDemo(**store, 1);
            if (!demo)
                qWarning("could not seed the demo: %s", qPrintable(demo.message()));
        }
    }

    airlock::MainWindow window(std::move(*store));
    if (parser.isSet(screenOption) && !window.showScreen(parser.value(screenOption)))
        qWarning("unknown screen '%s' (inbox, connectors, runs, insights or audit)", qPrintable(parser.value(screenOption)));
    if (parser.isSet(runOption))
        window.showRun(parser.value(runOption));
    window.show();
    return QApplication::exec();
}
