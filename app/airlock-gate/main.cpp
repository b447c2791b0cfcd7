// airlock-gate: an MCP stdio proxy that makes the store's policy binding on every tool call.

#include "gateoptions.h"
#include "session.h"
#include "witnesswatch.h"

#include "domain/displaytext.h"
#include "localidentity.h"
#include "store/connectorstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace airlock;
using namespace airlock::gate;

namespace {
int g_signalPipe[2] = {-1, -1};

// Clients often end a stdio server with SIGTERM rather than by closing its input: the
// signal is passed to the event loop, which ends the session and records the run as stopped.
void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

int fail(int code, const QString &message)
{
    const QByteArray text =
        "airlock-gate: " + airlock::escapeControls(message, airlock::TextShape::Line).toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return code;
}
} // namespace

int main(int argc, char **argv)
{
    // A client that goes away must not kill the gate mid-write: writes report the broken pipe.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"airlock-gate"_s);
    QCoreApplication::setOrganizationName(u"Airlock"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRLOCK_VERSION));

    GateOptions options;
    QString error;
    bool help = false;
    if (!parseGateOptions(app.arguments().mid(1), &options, &error, &help)) {
        if (help) {
            std::fputs(error.toUtf8().constData(), stdout);
            return Session::Ok;
        }
        return fail(Session::Usage, error + u"\n(airlock-gate --help shows the options)"_s);
    }

    StoreUrl url = StoreUrl::defaultLocal();
    if (!options.store.isEmpty()) {
        auto parsed = StoreUrl::parse(options.store);
        if (!parsed)
            return fail(Session::Usage, parsed.message());
        url = *parsed;
    }
    auto opened = Store::open(url);
    if (!opened)
        return fail(Session::CannotStart, u"cannot open the store: "_s + opened.message());
    Store &store = **opened;
    auto connector = ConnectorStore(store).find(options.connector);
    if (!connector)
        return fail(Session::CannotStart, u"cannot read the store: "_s + connector.message());
    if (!*connector)
        return fail(Session::CannotStart,
                    u"no connector named '%1' in the store: add it with airlockctl connector apply "
                    u"before putting the gate in front of its server"_s.arg(options.connector));
    const QString identity = (*connector)->identity.principal;
    store.setActor(!options.actor.isEmpty()
                       ? options.actor
                       : (!identity.isEmpty() ? identity : u"airlock-gate:"_s + options.connector));

    Session::Settings settings;
    settings.connector = options.connector;
    settings.actor = store.actor();
    settings.maxMessageBytes = options.maxMessageBytes;
    settings.serverTimeoutSecs = options.serverTimeoutSecs;
    settings.approvalExpirySecs = options.approvalExpirySecs;
    settings.progressSecs = options.progressSecs;
    RunRecorder::Session run;
    run.connector = options.connector;
    run.label = options.runLabel;
    run.identity = identity.isEmpty() ? store.actor() : identity;
    run.command = (QStringList{options.program} + options.programArguments).join(u' ');

    Session session(store, settings, run);
    // This machine's witness for the store, in the folder every Airlock process shares: a
    // checkpoint only the gate saw still catches a store truncated or rewritten afterwards.
    WitnessWatch witness(store);
    witness.start();
    int exitCode = Session::Ok;
    QObject::connect(&session, &Session::finished, &app, [&](int code) {
        exitCode = code;
        app.quit();
    });
    if (::pipe(g_signalPipe) != 0)
        return fail(Session::CannotStart, u"cannot set up signal handling"_s);
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &session, [&] {
        char byte = 0;
        if (::read(g_signalPipe[0], &byte, 1) != 1)
            return;
        const int number = int(byte);
        const QString name = number == SIGTERM  ? u"SIGTERM"_s
                             : number == SIGINT ? u"SIGINT"_s
                                                : u"SIGHUP"_s;
        session.stop(u"airlock-gate was stopped by %1"_s.arg(name));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (int s : {SIGTERM, SIGINT, SIGHUP})
        sigaction(s, &action, nullptr);
    if (!session.start(options.program, options.programArguments, &error))
        return fail(Session::CannotStart, error);
    app.exec();
    return exitCode;
}
