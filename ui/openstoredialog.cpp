#include "openstoredialog.h"

#include "store/storeurl.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
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
    // Passwords are never written to settings: the recent list keeps URLs without them.
    passwordNote_ = new QLabel(this);
    passwordNote_->setObjectName(u"passwordNote"_s);
    passwordNote_->setWordWrap(true);
    tlsWarning_ = new QLabel(this);
    tlsWarning_->setObjectName(u"tlsWarning"_s);
    tlsWarning_->setWordWrap(true);
    tlsWarning_->setStyleSheet(u"color: #b71c1c;"_s);

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

    fileChoice_->setChecked(true);
    connect(fileChoice_, &QRadioButton::toggled, this, &OpenStoreDialog::updateState);
    connect(serverChoice_, &QRadioButton::toggled, this, &OpenStoreDialog::updateState);
    connect(filePath_, &QLineEdit::textChanged, this, &OpenStoreDialog::updateState);
    connect(serverUrl_, &QLineEdit::textChanged, this, &OpenStoreDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

QString OpenStoreDialog::storeUrl() const
{
    if (fileChoice_->isChecked())
        return filePath_->text().trimmed().isEmpty() ? QString() : u"sqlite://"_s + filePath_->text().trimmed();
    return serverUrl_->text().trimmed();
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
    problem_->setText(problem);
    openButton_->setEnabled(problem.isEmpty());

    const bool server = serverChoice_->isChecked();
    const auto parsed = StoreUrl::parse(url);
    const QString passFile = qEnvironmentVariableIsSet("PGPASSFILE")
        ? qEnvironmentVariable("PGPASSFILE")
        : QDir::home().filePath(u".pgpass"_s);
    QString passwordText;
    if (server && parsed && !parsed->password.isEmpty())
        passwordText = tr("The password in this URL is used for this session only and is never saved. "
                          "To connect again without typing it, put it in %1 (the OS keychain is not used "
                          "by this build).").arg(passFile);
    else
        passwordText = tr("Passwords are never stored by Airlock: the server's password is read from %1 "
                          "(PGPASSFILE or ~/.pgpass; the OS keychain is not used by this build)%2.")
                           .arg(passFile, QFileInfo::exists(passFile) ? QString() : tr(", which does not exist yet"));
    passwordNote_->setText(passwordText);
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
