// airlockctl simulate: the living demo. Runs the demo's workflows against a store until told to
// stop (SIGINT/SIGTERM), a number of runs is done, or a duration is up.

#include "cli.h"
#include "output.h"

#include "domain/displaytext.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "demo/simulator.h"
#include "store/connectorstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace airlock::cli {

namespace {

// A signal handler may only write to a pipe; the event loop reads it (the self-pipe trick from
// Qt's "Calling Qt Functions From Unix Signal Handlers").
int signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

class StopSignals
{
public:
    StopSignals()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &oldInt_);
        ::sigaction(SIGTERM, &action, &oldTerm_);
        notifier_ = std::make_unique<QSocketNotifier>(signalPipe[1], QSocketNotifier::Read);
    }
    ~StopSignals()
    {
        ::sigaction(SIGINT, &oldInt_, nullptr);
        ::sigaction(SIGTERM, &oldTerm_, nullptr);
        notifier_.reset();
        for (int &fd : signalPipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    Q_DISABLE_COPY_MOVE(StopSignals)

    QSocketNotifier *notifier() const { return notifier_.get(); }
    // The name of the signal that arrived.
    static QString read()
    {
        char byte = 0;
        if (::read(signalPipe[1], &byte, 1) != 1)
            return u"a signal"_s;
        return int(byte) == SIGINT ? u"SIGINT"_s : u"SIGTERM"_s;
    }

private:
    struct sigaction oldInt_ = {};
    struct sigaction oldTerm_ = {};
    std::unique_ptr<QSocketNotifier> notifier_;
};

bool positiveNumber(const Options &o, const QString &name, double *value)
{
    bool ok = false;
    *value = o.value(name).toDouble(&ok);
    return ok && *value > 0;
}

} // namespace

int runSimulate(Context &ctx, const QStringList &args)
{
    Options o(u"simulate [--seed N] [--interval SECONDS] [--runs N] [--duration SECONDS] "
              u"[--expires-in SECONDS] [--max-waiting N]"_s);
    o.add(u"seed"_s, u"seed of the generator (default: a new one, printed)"_s, u"N"_s);
    o.add(u"interval"_s, u"seconds between two run starts (default 15)"_s, u"SECONDS"_s);
    o.add(u"runs"_s, u"start N runs, then end once they have finished"_s, u"N"_s);
    o.add(u"duration"_s, u"stop after this many seconds"_s, u"SECONDS"_s);
    o.add(u"expires-in"_s, u"how long each request waits for a human (default 600)"_s,
          u"SECONDS"_s);
    o.add(u"max-waiting"_s, u"runs waiting for approval at once (default 3)"_s, u"N"_s);
    QString error;
    if (!o.parse(args, 0, 0, &error))
        return ctx.usage(error);

    Simulator::Options options;
    options.seed = QRandomGenerator::global()->generate();
    if (o.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = o.value(u"seed"_s).toUInt(&ok);
        if (!ok)
            return ctx.usage(
                u"--seed must be a whole number ≥ 0, not '%1'"_s.arg(o.value(u"seed"_s)));
    }
    double number = 0;
    if (o.isSet(u"interval"_s)) {
        if (!positiveNumber(o, u"interval"_s, &number) || number > 86400)
            return ctx.usage(
                u"--interval must be a number of seconds > 0 and ≤ 86400, not '%1'"_s.arg(
                    o.value(u"interval"_s)));
        options.intervalMs = qMax(1, int(number * 1000));
    }
    const auto whole = [&](const QString &name, int *out, int max) {
        bool ok = false;
        *out = o.value(name).toInt(&ok);
        return ok && *out > 0 && *out <= max;
    };
    if (o.isSet(u"runs"_s) && !whole(u"runs"_s, &options.runs, 1000000))
        return ctx.usage(u"--runs must be a whole number > 0, not '%1'"_s.arg(o.value(u"runs"_s)));
    if (o.isSet(u"duration"_s) && !whole(u"duration"_s, &options.durationSecs, 365 * 86400))
        return ctx.usage(u"--duration must be a whole number of seconds > 0, not '%1'"_s.arg(
            o.value(u"duration"_s)));
    if (o.isSet(u"expires-in"_s) && !whole(u"expires-in"_s, &options.expiresInSecs, 30 * 86400))
        return ctx.usage(u"--expires-in must be a whole number of seconds > 0, not '%1'"_s.arg(
            o.value(u"expires-in"_s)));
    if (o.isSet(u"max-waiting"_s) && !whole(u"max-waiting"_s, &options.maxWaiting, 1000))
        return ctx.usage(
            u"--max-waiting must be a whole number > 0, not '%1'"_s.arg(o.value(u"max-waiting"_s)));

    if (int rc = ctx.openStore(); rc != Ok)
        return rc;
    // An empty store gets the demo first (as the console does on first run). Another process
    // may seed it at the same moment: whoever loses finds the demo there and goes on.
    auto connectors = ConnectorStore(*ctx.store).list();
    if (!connectors)
        return ctx.fail(connectors.error());
    if (connectors->isEmpty()) {
        auto seeded = seedDemo(*ctx.store, 1);
        if (seeded)
            (ctx.json ? ctx.err : ctx.out)
                << "seeded the demo into the empty store first" << Qt::endl;
        else if (seeded.code() != ErrorCode::InvalidArgument)
            return ctx.fail(seeded.error());
    }

    Simulator simulator(*ctx.store, options);
    if (Status s = simulator.checkStore(); !s)
        return ctx.failWith(s.error(), Failure);

    QTextStream &lines = ctx.json ? ctx.err : ctx.out;
    QObject::connect(&simulator, &Simulator::progress, &simulator, [&](const QString &line) {
        lines << currentTime().toString(u"HH:mm:ss"_s) << ' ' << displayText(line) << Qt::endl;
    });
    StopSignals stopSignals;
    if (stopSignals.notifier()) {
        QObject::connect(stopSignals.notifier(), &QSocketNotifier::activated, &simulator,
                         [&] { simulator.stop(StopSignals::read()); });
    }
    QEventLoop loop;
    QObject::connect(&simulator, &Simulator::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    simulator.start();
    if (!simulator.isFinished())
        loop.exec();

    const Simulator::Tally &t = simulator.tally();
    if (ctx.json) {
        printJson(ctx.out, QJsonObject{{u"seed"_s, qint64(options.seed)},
                                       {u"runs"_s, t.runs},
                                       {u"succeeded"_s, t.succeeded},
                                       {u"stopped"_s, t.stopped},
                                       {u"blocked"_s, t.blocked},
                                       {u"requests"_s, t.requests},
                                       {u"approved"_s, t.approved},
                                       {u"rejected"_s, t.rejected},
                                       {u"expired"_s, t.expired},
                                       {u"withdrawn"_s, t.withdrawn}});
    } else {
        ctx.out << "simulated " << t.runs << " runs (" << t.succeeded << " succeeded, " << t.stopped
                << " stopped, " << t.blocked << " blocked); " << t.requests
                << " approval requests (" << t.approved << " approved, " << t.rejected
                << " rejected, " << t.expired << " expired, " << t.withdrawn << " withdrawn); seed "
                << options.seed << Qt::endl;
    }
    if (!simulator.outcome())
        return ctx.fail(simulator.outcome());
    return Ok;
}

} // namespace airlock::cli
