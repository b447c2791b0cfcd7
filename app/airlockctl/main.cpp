// airlockctl: the command line for scripts, workflows and CI. Argument parsing only; the
// work is done by airlock_core.

#include "cli.h"
#include "output.h"

#include "localidentity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"airlock"_s);
    QCoreApplication::setApplicationName(u"airlock"_s); // shares the console's data folder
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRLOCK_VERSION));

    // Every character reaches the terminal through a guard (output.h, TerminalSink).
    airlock::cli::TerminalSink stdoutSink(stdout);
    airlock::cli::TerminalSink stderrSink(stderr);
    QTextStream out(&stdoutSink);
    QTextStream err(&stderrSink);
    airlock::cli::Context ctx{out, err};
    ctx.storeText = qEnvironmentVariable("AIRLOCK_STORE");
    ctx.actor = airlock::osUserName();

    // Global options may stand anywhere (before or after the command words).
    const QStringList all = app.arguments().mid(1);
    QStringList args;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &opt = all.at(i);
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= all.size() || all.at(i + 1).startsWith(u"--"_s))
                return std::nullopt;
            return all.at(++i);
        };
        if (opt == u"--"_s) {
            args += all.mid(i + 1);
            break;
        }
        if (opt == u"--help"_s || opt == u"-h"_s) {
            out << airlock::cli::usageText();
            return 0;
        }
        if (opt == u"--version"_s) {
            out << "airlockctl " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (opt == u"--json"_s) {
            ctx.json = true;
        } else if (opt == u"--store"_s) {
            const auto v = value();
            if (!v || v->isEmpty())
                return ctx.usage(u"--store needs a URL"_s);
            ctx.storeText = *v;
            ctx.storeGiven = true;
        } else if (opt == u"--as"_s) {
            const auto v = value();
            if (!v || v->trimmed().isEmpty())
                return ctx.usage(u"--as needs an identity"_s);
            ctx.actor = v->trimmed();
            ctx.actorGiven = true;
        } else {
            args << opt;
        }
    }
    return airlock::cli::dispatch(ctx, args);
}
