#include "cli.h"

#include "domain/displaytext.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace airlock::cli {

int exitFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return Ok;
    case ErrorCode::InvalidArgument: return Usage;
    case ErrorCode::Conflict: return AlreadyDecided;
    case ErrorCode::SelfApproval: return SelfApproval;
    case ErrorCode::Expired: return Expired;
    case ErrorCode::Denied: return Denied;
    case ErrorCode::Integrity: return ChainBroken;
    case ErrorCode::NotFound:
    case ErrorCode::StoreUnavailable: return Failure;
    }
    return Failure;
}

int Context::fail(const Error &e)
{
    // A message may quote stored or given text (a name, a target): it stays one line.
    err << "airlockctl: " << displayText(e.message) << Qt::endl;
    return exitFor(e.code);
}

int Context::failWith(const Error &e, int exitCode)
{
    fail(e);
    return exitCode;
}

int Context::usage(const QString &message)
{
    err << "airlockctl: " << displayText(message) << Qt::endl
        << "Run 'airlockctl --help' for the commands." << Qt::endl;
    return Usage;
}

int Context::openStore(bool createDefaultFolder, StoreMissing missing)
{
    StoreUrl url = StoreUrl::defaultLocal();
    bool isDefault = storeText.isEmpty();
    if (!isDefault) {
        auto parsed = StoreUrl::parse(storeText);
        if (!parsed)
            return usage(parsed.message());
        url = *parsed;
    }
    Store::Options options;
    options.createDirectory = isDefault && createDefaultFolder;
    options.create = missing == StoreMissing::Create;
    auto opened = Store::open(url, options);
    if (!opened && opened.code() == ErrorCode::NotFound && missing == StoreMissing::Refuse) {
        return fail(
            Error{ErrorCode::NotFound,
                  u"%1; 'airlockctl%2 init' creates a new store"_s.arg(
                      opened.message(), isDefault ? QString() : u" --store "_s + url.display())});
    }
    if (!opened)
        return fail(opened.error());
    store = std::move(*opened);
    if (store->isShared()) {
        // Shared mode: the acting identity is the database login, never a name given here.
        if (actorGiven && actor != store->sessionUser()) {
            const QString login = store->sessionUser();
            store.reset();
            return fail(Error{ErrorCode::Denied,
                              u"--as %1 is refused: on this shared store you act as your database "
                              u"login '%2' (connect as another login to act as someone else)"_s.arg(
                                  actor, login)});
        }
        actor = store->actor();
        return Ok;
    }
    store->setActor(actor);
    return Ok;
}

Options::Options(QString commandLine)
    : commandLine_(std::move(commandLine))
{
    parser_.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser_.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
}

void Options::add(const QString &name, const QString &description, const QString &valueName)
{
    parser_.addOption(QCommandLineOption(name, description, valueName));
}

bool Options::parse(const QStringList &args, int minPositional, int maxPositional, QString *error)
{
    if (!parser_.parse(QStringList{u"airlockctl"_s} + args)) {
        *error = parser_.errorText() + u" (usage: airlockctl "_s + commandLine_ + u')';
        return false;
    }
    const auto n = parser_.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        *error = (n < minPositional ? u"missing argument"_s
                                    : u"unexpected argument '%1'"_s.arg(parser_.positionalArguments().at(maxPositional)))
            + u" (usage: airlockctl "_s + commandLine_ + u')';
        return false;
    }
    return true;
}

QString usageText()
{
    return uR"(Usage: airlockctl [--store URL] [--as IDENTITY] [--json] COMMAND ...

Store URLs: sqlite:///path/evidence.db (default: the local store under the user's data
folder) or postgresql://user@host:5432/airlock?sslmode=verify-full. AIRLOCK_STORE sets a
default; --as names the acting identity on a local store (default: your OS user). On a
shared PostgreSQL store (admin setup-roles) you act as your database login; --as is refused.

Commands:
  init                              create the store, or bring its schema up to date
  demo [--seed N]                   fill an empty store with a realistic demo
  connector list
  connector show NAME
  connector apply FILE.json|- [--reason TEXT]
  connector check NAME --target PATH (--power P | --tool T)
  connector disconnect NAME --reason TEXT
  connector reconnect NAME --reason TEXT
  connector pause NAME [--reason TEXT]
  connector resume NAME [--reason TEXT]
  connector retire NAME --reason TEXT
  connector review NAME [--note TEXT]
  run list [--status S] [--workflow W] [--connector C] [--flag F] [--limit N]
  run show ID
  run story ID
  run export-bundle ID --output DIR
  run verify-bundle DIR [--store URL] [--key PEM | --fingerprint HEX]
                                    check a bundle offline; with --store, that the store
                                    still holds its events as signed
  run start --workflow W [--trigger T] [--identity I] [--id ID] [--model M]
  run finish ID --status S [--reason TEXT]
  approval request --connector C --tool T --target X [--power P] [--args JSON]
                   [--change JSON] [--run ID] [--evidence SEQ,...] [--id ID]
                   [--expires-in SECONDS] [--wait [--timeout SECONDS]]
  approval list [--status S]
  approval show ID
  approval decide ID approve|reject [--note TEXT] [--args JSON]
                   [--grant run|tool [--pattern GLOB] [--for DURATION]]
  approval withdraw ID --reason TEXT
  grant list [--connector C [--all]]  active grants (--all: revoked and expired too)
  grant revoke ID --reason TEXT
  verify                            check the whole evidence chain, and the log against
                                    every trusted checkpoint and this machine's witness
  checkpoint                        sign a checkpoint of the log now (key: checkpoint-key.pem
                                    in the user's data folder, made on first use) and print it
  checkpoint list                   the store's checkpoints, oldest first, each checked
  admin setup-roles                 PostgreSQL, as the database owner: create the roles
                                    agent, reviewer, lead, investigator, owner and enforce
                                    them in the database (safe to run again)
  admin grant LOGIN ROLE            give an existing login a role
  admin revoke LOGIN ROLE           take it away
  admin roles                       who has which role
  admin whoami                      your login and roles on this store
  export connectors|runs [--format csv|json] [--output FILE]
  export run ID [--format csv|json] [--output FILE]
  simulate [--seed N] [--interval SECONDS] [--runs N] [--duration SECONDS]
           [--expires-in SECONDS] [--max-waiting N]
                                    run the demo's workflows live (seeding an empty store
                                    first) until SIGINT/SIGTERM, --runs or --duration; its
                                    requests wait for a human; stopping withdraws them

Exit codes: 0 ok (approved, for --wait); 1 failure; 2 usage; 10 rejected; 11 expired;
12 withdrawn; 13 someone else decided first; 14 self-approval refused; 15 gave up waiting
(--timeout; the request is withdrawn); 16 refused by policy; 20 evidence chain broken, or the
log truncated, rewritten or forked against a checkpoint or witness, or a checkpoint signature
invalid or by an unknown key.
)"_s;
}

int dispatch(Context &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(u"no command given"_s);
    const QString command = args.constFirst();
    const QStringList rest = args.mid(1);
    if (command == u"connector"_s)
        return runConnectorCommand(ctx, rest);
    if (command == u"approval"_s)
        return runApprovalCommand(ctx, rest);
    if (command == u"run"_s)
        return runRunCommand(ctx, rest);
    if (command == u"grant"_s)
        return runGrantCommand(ctx, rest);
    if (command == u"init"_s)
        return runInit(ctx, rest);
    if (command == u"demo"_s)
        return runDemo(ctx, rest);
    if (command == u"verify"_s)
        return runVerify(ctx, rest);
    if (command == u"checkpoint"_s)
        return runCheckpoint(ctx, rest);
    if (command == u"export"_s)
        return runExport(ctx, rest);
    if (command == u"simulate"_s)
        return runSimulate(ctx, rest);
    if (command == u"admin"_s)
        return runAdminCommand(ctx, rest);
    return ctx.usage(u"unknown command '%1'"_s.arg(command));
}

} // namespace airlock::cli
