#pragma once

#include "result.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace airlock::cli {

// Exit codes are part of airlockctl's contract with scripts (README, "Exit codes").
enum Exit : int {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Rejected = 10,
    Expired = 11,
    Withdrawn = 12,
    AlreadyDecided = 13,
    SelfApproval = 14,
    WaitTimedOut = 15,
    Denied = 16,
    IdInUse = 17,          // a client-made id already names another call: nothing was recorded
    StoreUnreachable = 18, // --wait gave up while the store could not be reached
    ChainBroken = 20,
};

// What opening a store file that does not exist does: a command that only reads says so
// (a typo must not look like an empty store, nor leave a new file behind); others create it.
enum class StoreMissing { Create, Refuse };

struct Context
{
    Context(QTextStream &o, QTextStream &e) : out(o), err(e) {}
    QTextStream &out;
    QTextStream &err;
    bool json = false;
    QString storeText; // as given, or empty for the default local store
    bool storeGiven = false; // --store was given (not only AIRLOCK_STORE)
    QString actor;
    bool actorGiven = false; // --as was given (refused on a shared store)
    std::unique_ptr<Store> store;

    // Opens the store named by --store (or the default) as the acting identity.
    int openStore(bool createDefaultFolder = true, StoreMissing missing = StoreMissing::Create);
    // Prints "airlockctl: message" and returns the exit code that fits the error.
    int fail(const Error &e);
    int fail(const Status &s) { return fail(s.error()); }
    // Prints the error and returns the given exit code instead of the default for its kind.
    int failWith(const Error &e, int exitCode);
    int usage(const QString &message);
};

// A command's own options: parses args (everything after the command words) and turns
// unknown options and missing values into a usage error naming them.
class Options
{
public:
    explicit Options(QString commandLine);
    void add(const QString &name, const QString &description, const QString &valueName = {});
    // Returns false and fills *error for unknown options, missing values, wrong positional count.
    bool parse(const QStringList &args, int minPositional, int maxPositional, QString *error);
    bool isSet(const QString &name) const { return parser_.isSet(name); }
    QString value(const QString &name) const { return parser_.value(name); }
    QStringList positional() const { return parser_.positionalArguments(); }

private:
    QString commandLine_;
    QCommandLineParser parser_;
};

int exitFor(ErrorCode code);

int runConnectorCommand(Context &ctx, const QStringList &args);
int runApprovalCommand(Context &ctx, const QStringList &args);
int runRunCommand(Context &ctx, const QStringList &args);
int runGrantCommand(Context &ctx, const QStringList &args);
// "90s", "30m", "4h", "7d" → seconds; nullopt for anything else.
std::optional<int> parseDurationSecs(const QString &text);
int runInit(Context &ctx, const QStringList &args);
int runDemo(Context &ctx, const QStringList &args);
int runVerify(Context &ctx, const QStringList &args);
int runCheckpoint(Context &ctx, const QStringList &args);
int runExport(Context &ctx, const QStringList &args);
int runSimulate(Context &ctx, const QStringList &args);
// roles: admin setup-roles / grant / revoke / roles / whoami
int runAdminCommand(Context &ctx, const QStringList &args);

int dispatch(Context &ctx, const QStringList &args);
QString usageText();

} // namespace airlock::cli
