#pragma once

#include "credentials/storekeychain.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimer;

namespace airlock {

// Chooses an evidence store: a local SQLite file or a shared PostgreSQL server, or one of the
// recent stores. Returns the store URL (and a typed password, kept apart from it); it does not
// open anything itself. For a server it says where the password will come from: the URL, the
// password typed here, the OS keychain, or PGPASSFILE / ~/.pgpass; nothing here is written to
// the settings.
class OpenStoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenStoreDialog)

public:
    explicit OpenStoreDialog(const QStringList &recent, QWidget *parent = nullptr);

    QString storeUrl() const;
    // Open: a file that does not exist is created only after the user says so (a typo must
    // not open a new, empty inbox); "No" keeps the dialog open.
    void accept() override;
    // keychain: the password typed for a server, and whether to save it in the keychain once
    // the store opened with it.
    QString password() const;
    bool rememberPassword() const;
    const KeychainStatus &keychainStatus() const { return keychainStatus_; }

private:
    void updateState();
    void browse();
    // keychain: asks whether the URL's store has a saved password (the latest answer wins).
    void lookUpSavedPassword();
    void forgetSavedPassword();
    QString passwordText(const StoreUrl &url, const QString &passFile) const;

    QRadioButton *fileChoice_ = nullptr;
    QRadioButton *serverChoice_ = nullptr;
    QLineEdit *filePath_ = nullptr;
    QLineEdit *serverUrl_ = nullptr;
    QListWidget *recent_ = nullptr;
    QLabel *problem_ = nullptr;
    QLabel *passwordNote_ = nullptr; // resilience: where the password comes from
    QLabel *tlsWarning_ = nullptr;   // resilience: the URL does not ask for a verified TLS session
    QPushButton *openButton_ = nullptr;

    // keychain
    QLabel *passwordLabel_ = nullptr;
    QLineEdit *password_ = nullptr;
    QCheckBox *remember_ = nullptr;
    QPushButton *forget_ = nullptr;
    QTimer *lookUpDelay_ = nullptr;
    StoreKeychain *keychain_ = nullptr;
    KeychainStatus keychainStatus_;
    bool probed_ = false;
    enum class Saved { Unknown, Checking, Yes, No, Failed };
    Saved saved_ = Saved::Unknown;
    QString savedFor_;   // the keychain account saved_ is about
    QString savedProblem_;
    QString forgetResult_;
    int lookUpGeneration_ = 0;
};

} // namespace airlock
