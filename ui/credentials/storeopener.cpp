#include "storeopener.h"

#include "storekeychain.h"

using namespace Qt::StringLiterals;

namespace airlock {

Result<std::unique_ptr<Store>> StoreOpener::open(StoreUrl url, const Store::Options &options)
{
    keychainProblem_.clear();
    if (url.backend != Backend::Postgres) {
        source_ = PasswordSource::None;
        return Store::open(url, options);
    }
    if (!url.password.isEmpty()) {
        source_ = PasswordSource::Given;
        return Store::open(url, options);
    }

    source_ = PasswordSource::PassFile;
    const auto saved = keychain_.lookUpNow(url);
    if (!saved)
        keychainProblem_ = saved.message();
    else if (saved->has_value() && !(*saved)->isEmpty()) {
        url.password = **saved;
        source_ = PasswordSource::Keychain;
    }

    auto opened = Store::open(url, options);
    if (opened)
        return opened;
    if (source_ == PasswordSource::PassFile) {
        // libpq's words when the server wants a password and none was found anywhere.
        if (!opened.message().contains(u"no password supplied"_s))
            return opened;
        const QString keychain = keychainProblem_.isEmpty()
            ? tr("none is saved in the system keychain")
            : tr("the system keychain is not available (%1)").arg(keychainProblem_);
        return Error{opened.code(),
                     tr("%1\n\nThe server wants a password: %2, and libpq's password file (PGPASSFILE, else "
                        "~/.pgpass) has none for this login. Type it in File ▸ Open Store…, or add it to the "
                        "password file.").arg(opened.message(), keychain)};
    }
    if (source_ != PasswordSource::Keychain)
        return opened;
    // libpq's words for a refused password (password, md5 and SCRAM alike).
    if (opened.message().contains(u"authentication failed"_s)) {
        return Error{opened.code(),
                     tr("The server refused the password saved in the system keychain (%1) for %2. "
                        "Forget it, or save the right one, in File ▸ Open Store…\n\nThe server said: %3")
                         .arg(StoreKeychain::backendName(), StoreKeychain::accountFor(url), opened.message())};
    }
    return Error{opened.code(),
                 tr("%1\n\n(The password came from the system keychain (%2).)")
                     .arg(opened.message(), StoreKeychain::backendName())};
}

} // namespace airlock
