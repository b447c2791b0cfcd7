#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace airlock {

// Chooses an evidence store: a local SQLite file or a shared PostgreSQL server, or one of the
// recent stores. Returns the store URL; it does not open anything itself.
class OpenStoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenStoreDialog)

public:
    explicit OpenStoreDialog(const QStringList &recent, QWidget *parent = nullptr);

    QString storeUrl() const;

private:
    void updateState();
    void browse();

    QRadioButton *fileChoice_ = nullptr;
    QRadioButton *serverChoice_ = nullptr;
    QLineEdit *filePath_ = nullptr;
    QLineEdit *serverUrl_ = nullptr;
    QListWidget *recent_ = nullptr;
    QLabel *problem_ = nullptr;
    QLabel *passwordNote_ = nullptr; // resilience: where the password comes from
    QLabel *tlsWarning_ = nullptr;   // resilience: the URL does not ask for a verified TLS session
    QPushButton *openButton_ = nullptr;
};

} // namespace airlock
