#include "storekeychain.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// A read of this entry tells whether the keychain answers; it is never written.
const QString kProbeAccount = u"airlock-keychain-probe"_s;

// One QtKeychain job seen through to its end or to the timeout, whichever comes first. The job
// deletes itself when QtKeychain is done with it (a job deleted while libsecret still holds it
// would be used after free), so after a timeout it is only disconnected, never deleted.
class PendingJob final : public QObject
{
public:
    PendingJob(QKeychain::Job *job, int timeoutMs, QObject *owner,
               std::function<void(QKeychain::Job *)> finished, std::function<void()> timedOut)
        : QObject(owner)
        , finished_(std::move(finished))
        , timedOut_(std::move(timedOut))
    {
        job->setAutoDelete(true);
        // Never QSettings: QtKeychain would keep the password there in plain text.
        job->setInsecureFallback(false);
        connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
            if (answered_)
                return; // too late: the timeout answered
            answered_ = true;
            deleteLater();
            finished_(j);
        });
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this] {
            if (answered_)
                return;
            answered_ = true;
            deleteLater();
            timedOut_();
        });
        timer->start(timeoutMs);
        job->start();
    }

private:
    std::function<void(QKeychain::Job *)> finished_;
    std::function<void()> timedOut_;
    bool answered_ = false; // exactly one answer, whichever comes first
};

// Waits in a local event loop (no user input, so nothing re-enters the caller) for an
// operation that always answers, at the latest when its PendingJob times out.
template<typename T, typename Start>
T waitFor(Start start)
{
    QEventLoop loop;
    std::optional<T> answer;
    start([&](const T &value) {
        answer = value;
        loop.quit();
    });
    if (!answer)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *answer;
}

QString programOf(uint pid)
{
    const QString exe = QFileInfo(u"/proc/%1/exe"_s.arg(pid)).symLinkTarget();
    if (!exe.isEmpty())
        return QFileInfo(exe).fileName();
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    if (comm.open(QIODevice::ReadOnly))
        return QString::fromUtf8(comm.readAll()).trimmed();
    return {};
}

QString friendlyName(const QString &program)
{
    if (program.startsWith(u"gnome-keyring"_s))
        return u"GNOME Keyring"_s;
    if (program.startsWith(u"kwalletd"_s) || program == u"ksecretd"_s)
        return u"KWallet"_s;
    if (program.compare(u"keepassxc"_s, Qt::CaseInsensitive) == 0)
        return u"KeePassXC"_s;
    return program;
}

} // namespace

StoreKeychain::StoreKeychain(QObject *parent)
    : QObject(parent)
{
}

QString StoreKeychain::serviceName()
{
    return u"Airlock evidence store"_s;
}

QString StoreKeychain::accountFor(const StoreUrl &url)
{
    if (url.backend != Backend::Postgres)
        return {};
    return u"%1@%2:%3/%4"_s.arg(url.user, url.host, QString::number(url.port), url.database);
}

QString StoreKeychain::backendName()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return tr("the system keychain");
    QDBusConnectionInterface *daemon = bus.interface();
    for (const QString &service : {u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s, u"org.kde.kwalletd5"_s}) {
        const auto registered = daemon->isServiceRegistered(service);
        if (!registered.isValid() || !registered.value())
            continue;
        const auto pid = daemon->servicePid(service);
        const QString program = pid.isValid() ? friendlyName(programOf(pid.value())) : QString();
        if (!program.isEmpty())
            return program;
        return service.startsWith(u"org.kde"_s) ? u"KWallet"_s : tr("Secret Service");
    }
    // Not running yet: the bus starts it on first use (D-Bus activation).
    return tr("Secret Service");
}

void StoreKeychain::probe(const StatusCallback &done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(kProbeAccount);
    new PendingJob(
        job, timeoutMs_, this,
        [done](QKeychain::Job *j) {
            KeychainStatus status;
            status.usable = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
            if (status.usable)
                status.backend = backendName();
            else
                status.problem = j->errorString().isEmpty() ? tr("no keychain service is available")
                                                            : j->errorString();
            done(status);
        },
        [done, why = noAnswer()] {
            done({false, {}, why});
        });
}

void StoreKeychain::lookUp(const StoreUrl &url, const PasswordCallback &done)
{
    const QString account = accountFor(url);
    if (account.isEmpty()) {
        done(Error{ErrorCode::InvalidArgument, tr("only a PostgreSQL store has a password")});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(account);
    new PendingJob(
        job, timeoutMs_, this,
        [done](QKeychain::Job *j) {
            if (j->error() == QKeychain::NoError) {
                done(std::optional<QString>(static_cast<QKeychain::ReadPasswordJob *>(j)->textData()));
            } else if (j->error() == QKeychain::EntryNotFound) {
                done(std::optional<QString>());
            } else {
                const ErrorCode code = j->error() == QKeychain::AccessDenied || j->error() == QKeychain::AccessDeniedByUser
                    ? ErrorCode::Denied
                    : ErrorCode::StoreUnavailable;
                done(Error{code, j->errorString()});
            }
        },
        [done, why = noAnswer()] {
            done(Error{ErrorCode::StoreUnavailable,
                       why});
        });
}

void StoreKeychain::save(const StoreUrl &url, const QString &password, const DoneCallback &done)
{
    const QString account = accountFor(url);
    if (account.isEmpty() || password.isEmpty()) {
        done(Status::failure(ErrorCode::InvalidArgument,
                             account.isEmpty() ? tr("only a PostgreSQL store has a password")
                                               : tr("an empty password is not saved")));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(account);
    job->setTextData(password);
    new PendingJob(
        job, timeoutMs_, this,
        [done](QKeychain::Job *j) {
            done(j->error() == QKeychain::NoError
                     ? Status()
                     : Status::failure(ErrorCode::StoreUnavailable,
                                       tr("the keychain did not save the password: %1").arg(j->errorString())));
        },
        [done, why = noAnswer()] {
            done(Status::failure(ErrorCode::StoreUnavailable,
                                 why));
        });
}

void StoreKeychain::forget(const StoreUrl &url, const DoneCallback &done)
{
    const QString account = accountFor(url);
    if (account.isEmpty()) {
        done(Status::failure(ErrorCode::InvalidArgument, tr("only a PostgreSQL store has a password")));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(account);
    new PendingJob(
        job, timeoutMs_, this,
        [done](QKeychain::Job *j) {
            done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound
                     ? Status()
                     : Status::failure(ErrorCode::StoreUnavailable,
                                       tr("the keychain did not forget the password: %1").arg(j->errorString())));
        },
        [done, why = noAnswer()] {
            done(Status::failure(ErrorCode::StoreUnavailable,
                                 why));
        });
}

KeychainStatus StoreKeychain::probeNow()
{
    return waitFor<KeychainStatus>([this](const StatusCallback &done) { probe(done); });
}

Result<std::optional<QString>> StoreKeychain::lookUpNow(const StoreUrl &url)
{
    return waitFor<Result<std::optional<QString>>>([&](const PasswordCallback &done) { lookUp(url, done); });
}

Status StoreKeychain::saveNow(const StoreUrl &url, const QString &password)
{
    return waitFor<Status>([&](const DoneCallback &done) { save(url, password, done); });
}

Status StoreKeychain::forgetNow(const StoreUrl &url)
{
    return waitFor<Status>([&](const DoneCallback &done) { forget(url, done); });
}

QString StoreKeychain::noAnswer() const
{
    const int seconds = (timeoutMs_ + 999) / 1000; // "1 second", never "0 seconds"
    return tr("the keychain did not answer within %n second(s)", nullptr, seconds);
}

} // namespace airlock
