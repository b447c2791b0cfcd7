#include "openstoredialog.h"

#include "connectordelegate.h"
#include "store/storeurl.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

OpenStoreDialog::OpenStoreDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Evidence Store"));
    setObjectName(u"openStoreDialog"_s);

    fileChoice_ = new QRadioButton(tr("Local file (SQLite)"), this);
    fileChoice_->setObjectName(u"fileChoice"_s);
    filePath_ = new QLineEdit(this);
    filePath_->setObjectName(u"filePath"_s);
    filePath_->setPlaceholderText(tr("/path/to/evidence.db"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &OpenStoreDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(filePath_, 1);
    fileRow->addWidget(browse);

    serverChoice_ = new QRadioButton(tr("Shared server (PostgreSQL)"), this);
    serverChoice_->setObjectName(u"serverChoice"_s);
    serverUrl_ = new QLineEdit(this);
    serverUrl_->setObjectName(u"serverUrl"_s);
    serverUrl_->setPlaceholderText(u"postgresql://alice@db.example.com:5432/airlock?sslmode=verify-full"_s);

    // keychain: a password typed here is kept apart from the URL, so the recent list (URLs
    // without passwords) and the settings never see it; it goes to the OS keychain or nowhere.
    passwordLabel_ = new QLabel(tr("&Password:"), this);
    password_ = new QLineEdit(this);
    password_->setObjectName(u"serverPassword"_s);
    password_->setEchoMode(QLineEdit::Password);
    password_->setPlaceholderText(tr("leave empty to use the saved one or PGPASSFILE / ~/.pgpass"));
    passwordLabel_->setBuddy(password_);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(passwordLabel_);
    passwordRow->addWidget(password_, 1);
    remember_ = new QCheckBox(tr("&Remember in the system keychain"), this);
    remember_->setObjectName(u"rememberPassword"_s);
    forget_ = new QPushButton(tr("&Forget Saved Password"), this);
    forget_->setObjectName(u"forgetPassword"_s);
    connect(forget_, &QPushButton::clicked, this, &OpenStoreDialog::forgetSavedPassword);
    auto *keychainRow = new QHBoxLayout;
    keychainRow->addWidget(remember_);
    keychainRow->addStretch(1);
    keychainRow->addWidget(forget_);

    passwordNote_ = new QLabel(this);
    passwordNote_->setObjectName(u"passwordNote"_s);
    passwordNote_->setWordWrap(true);
    tlsWarning_ = new QLabel(this);
    tlsWarning_->setObjectName(u"tlsWarning"_s);
    tlsWarning_->setWordWrap(true);
    tlsWarning_->setStyleSheet(u"color: %1;"_s.arg(warningColor(palette()).name()));

    recent_ = new QListWidget(this);
    recent_->setObjectName(u"recentStores"_s);
    recent_->addItems(recent);
    recent_->setMaximumHeight(120);
    connect(recent_, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        const bool server = text.startsWith(u"postgres"_s);
        (server ? serverChoice_ : fileChoice_)->setChecked(true);
        if (server)
            serverUrl_->setText(text);
        else
            filePath_->setText(text.startsWith(u"sqlite://"_s) ? text.mid(9) : text);
    });
    connect(recent_, &QListWidget::itemDoubleClicked, this, [this] {
        if (openButton_->isEnabled())
            accept();
    });

    problem_ = new QLabel(this);
    problem_->setObjectName(u"urlProblem"_s);
    problem_->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    openButton_ = buttons->button(QDialogButtonBox::Open);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fileChoice_);
    layout->addLayout(fileRow);
    layout->addSpacing(8);
    layout->addWidget(serverChoice_);
    layout->addWidget(serverUrl_);
    layout->addLayout(passwordRow);
    layout->addLayout(keychainRow);
    layout->addWidget(passwordNote_);
    layout->addWidget(tlsWarning_);
    layout->addSpacing(8);
    if (!recent.isEmpty()) {
        layout->addWidget(new QLabel(tr("Recent stores:"), this));
        layout->addWidget(recent_);
    } else {
        recent_->hide();
    }
    layout->addWidget(problem_);
    layout->addWidget(buttons);

    // keychain: whether the OS keychain answers, then (a moment after typing stops) whether
    // the URL's store has a password saved in it. Both answer asynchronously.
    keychain_ = new StoreKeychain(this);
    keychain_->setTimeout(5000);
    lookUpDelay_ = new QTimer(this);
    lookUpDelay_->setSingleShot(true);
    lookUpDelay_->setInterval(300);
    connect(lookUpDelay_, &QTimer::timeout, this, &OpenStoreDialog::lookUpSavedPassword);
    keychain_->probe([this](const KeychainStatus &status) {
        keychainStatus_ = status;
        probed_ = true;
        lookUpSavedPassword();
        updateState();
    });

    fileChoice_->setChecked(true);
    connect(fileChoice_, &QRadioButton::toggled, this, &OpenStoreDialog::updateState);
    connect(serverChoice_, &QRadioButton::toggled, this, &OpenStoreDialog::updateState);
    connect(filePath_, &QLineEdit::textChanged, this, &OpenStoreDialog::updateState);
    connect(serverUrl_, &QLineEdit::textChanged, this, &OpenStoreDialog::updateState);
    connect(serverUrl_, &QLineEdit::textChanged, lookUpDelay_, qOverload<>(&QTimer::start));
    connect(password_, &QLineEdit::textChanged, this, &OpenStoreDialog::updateState);
    connect(remember_, &QCheckBox::toggled, this, &OpenStoreDialog::updateState);
    updateState();
    resize(600, sizeHint().height());
}

QString OpenStoreDialog::storeUrl() const
{
    if (!fileChoice_->isChecked())
        return serverUrl_->text().trimmed();
    const QString text = filePath_->text().trimmed();
    if (text.isEmpty())
        return {};
    // A URL typed into the file field is taken as a URL, so its scheme is judged (and an
    // unsupported one named) instead of becoming part of a file name.
    return StoreUrl::hasScheme(text) ? text : u"sqlite://"_s + text;
}

void OpenStoreDialog::accept()
{
    const auto url = StoreUrl::parse(storeUrl());
    if (!url)
        return; // updateState() says why; Open is disabled
    if (url->backend == Backend::Sqlite && !QFileInfo::exists(url->path)) {
        QMessageBox ask(QMessageBox::Question, tr("Create a New Store?"),
                        tr("There is no evidence store at %1.\n\nCreate a new, empty store there? "
                           "If you meant an existing store, check the path for a typo.")
                            .arg(url->path),
                        QMessageBox::NoButton, this);
        ask.setObjectName(u"createStoreQuestion"_s);
        QPushButton *create = ask.addButton(tr("Create New Store"), QMessageBox::AcceptRole);
        create->setObjectName(u"createStoreButton"_s);
        QPushButton *back = ask.addButton(tr("Back"), QMessageBox::RejectRole);
        back->setObjectName(u"createStoreBack"_s);
        ask.setDefaultButton(back);
        ask.exec();
        if (ask.clickedButton() != create) {
            filePath_->setFocus();
            return;
        }
    }
    QDialog::accept();
}

QString OpenStoreDialog::password() const
{
    return serverChoice_->isChecked() && password_->isEnabled() ? password_->text() : QString();
}

bool OpenStoreDialog::rememberPassword() const
{
    return remember_->isEnabled() && remember_->isChecked() && !password().isEmpty();
}

void OpenStoreDialog::lookUpSavedPassword()
{
    lookUpDelay_->stop();
    const auto url = StoreUrl::parse(serverUrl_->text().trimmed());
    const QString account = url ? StoreKeychain::accountFor(*url) : QString();
    if (account != savedFor_)
        forgetResult_.clear();
    savedFor_ = account;
    const int generation = ++lookUpGeneration_;
    if (!probed_ || !keychainStatus_.usable || account.isEmpty() || !url->password.isEmpty()) {
        saved_ = Saved::Unknown;
        updateState();
        return;
    }
    saved_ = Saved::Checking;
    updateState();
    keychain_->lookUp(*url, [this, generation](const Result<std::optional<QString>> &found) {
        if (generation != lookUpGeneration_)
            return; // the URL changed meanwhile: a newer answer is coming
        saved_ = !found ? Saved::Failed : found->has_value() ? Saved::Yes : Saved::No;
        savedProblem_ = found ? QString() : found.message();
        updateState();
    });
}

void OpenStoreDialog::forgetSavedPassword()
{
    const auto url = StoreUrl::parse(serverUrl_->text().trimmed());
    if (!url)
        return;
    forget_->setEnabled(false);
    keychain_->forget(*url, [this](const Status &forgotten) {
        forgetResult_ = forgotten ? tr("The saved password was forgotten.") : forgotten.message();
        lookUpSavedPassword();
    });
}

QString OpenStoreDialog::passwordText(const StoreUrl &url, const QString &passFile) const
{
    const QString fromFile = tr("read from %1 (libpq's password file: PGPASSFILE, else ~/.pgpass)%2")
                                 .arg(passFile, QFileInfo::exists(passFile) ? QString()
                                                                            : tr(", which does not exist yet"));
    const QString backend = keychainStatus_.backend;
    if (!url.password.isEmpty()) {
        return tr("The password in this URL is used for this session only and is never saved. To keep it "
                  "in the system keychain instead, remove it from the URL and type it in the password field.");
    }
    if (!password_->text().isEmpty()) {
        return rememberPassword()
            ? tr("The password typed here will be saved in the system keychain (%1) once the store opens "
                 "with it; it is never written to Airlock's settings.").arg(backend)
            : tr("The password typed here is used for this session only and is never saved.");
    }
    if (!probed_)
        return tr("Checking the system keychain…");
    if (!keychainStatus_.usable) {
        return tr("The system keychain is not available here (%1): the password is not saved and will be %2.")
            .arg(keychainStatus_.problem, fromFile);
    }
    switch (saved_) {
    case Saved::Yes:
        return tr("Password: saved in the system keychain (%1); it will be used.").arg(backend);
    case Saved::No:
        return tr("Password: not saved in the system keychain (%1) for this login; it will be %2. "
                  "Type it above and tick “Remember” to save it.").arg(backend, fromFile);
    case Saved::Failed:
        return tr("The system keychain (%1) could not be read (%2): the password will be %3.")
            .arg(backend, savedProblem_, fromFile);
    case Saved::Checking:
    case Saved::Unknown:
        break;
    }
    return tr("Looking in the system keychain (%1)…").arg(backend);
}

void OpenStoreDialog::updateState()
{
    filePath_->setEnabled(fileChoice_->isChecked());
    serverUrl_->setEnabled(serverChoice_->isChecked());
    const QString url = storeUrl();
    QString problem;
    if (url.isEmpty())
        problem = fileChoice_->isChecked() ? tr("Choose a file.") : tr("Enter the server's URL.");
    else if (auto parsed = StoreUrl::parse(url); !parsed)
        problem = parsed.message();
    else if (serverChoice_->isChecked() && parsed->backend != Backend::Postgres)
        problem =
            tr("Not a server URL: a shared store is named postgresql://user@host:5432/database. "
               "For a file, choose Local file.");
    problem_->setText(problem);
    openButton_->setEnabled(problem.isEmpty());

    const bool server = serverChoice_->isChecked();
    // The server part is about the server's URL even while the file is chosen (shown disabled).
    const auto parsed = StoreUrl::parse(serverUrl_->text().trimmed());
    const StoreUrl serverUrl = parsed && parsed->backend == Backend::Postgres ? *parsed : StoreUrl();
    const bool urlHasPassword = !serverUrl.password.isEmpty();

    // keychain: the password field is for a URL without one; Remember needs a usable keychain.
    passwordLabel_->setEnabled(server && !urlHasPassword);
    password_->setEnabled(server && !urlHasPassword);
    remember_->setEnabled(server && !urlHasPassword && probed_ && keychainStatus_.usable);
    remember_->setToolTip(keychainStatus_.usable
                              ? tr("Saves the password in %1 once the store opens with it.").arg(keychainStatus_.backend)
                              : probed_ ? tr("The system keychain is not available: %1").arg(keychainStatus_.problem)
                                        : tr("Checking the system keychain…"));
    forget_->setEnabled(server && keychainStatus_.usable && saved_ == Saved::Yes);
    forget_->setVisible(keychainStatus_.usable);

    const QString passFile = qEnvironmentVariableIsSet("PGPASSFILE")
        ? qEnvironmentVariable("PGPASSFILE")
        : QDir::home().filePath(u".pgpass"_s);
    QString note = passwordText(serverUrl, passFile);
    if (!forgetResult_.isEmpty())
        note = forgetResult_ + u' ' + note;
    passwordNote_->setText(note);
    passwordNote_->setEnabled(server);

    // The server decides in the end (the status bar shows what it reports once connected);
    // here the URL tells whether a verified TLS session is even asked for.
    QString tls;
    if (server && parsed) {
        const QString options = parsed->options;
        if (options.contains(u"sslmode=disable"_s))
            tls = tr("Warning: sslmode=disable — the connection will not be encrypted.");
        else if (!options.contains(u"sslmode=verify-full"_s) && !options.contains(u"sslmode=verify-ca"_s))
            tls = tr("Warning: without sslmode=verify-full the connection may be unencrypted or reach "
                     "an impostor server. Add ?sslmode=verify-full&sslrootcert=/path/to/root.crt.");
    }
    tlsWarning_->setText(tls);
    tlsWarning_->setVisible(!tls.isEmpty());
}

void OpenStoreDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Evidence store file"), filePath_->text(),
                                                      tr("Airlock stores (*.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        filePath_->setText(path);
}

} // namespace airlock
