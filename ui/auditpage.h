#pragma once

#include "inventory/governancelog.h"
#include "proof/logaudit.h"
#include "store/evidencechain.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace airlock {

class AuditEventModel;
class ChainVerification;
class CheckpointList;
class Store;

// The Audit screen: the governance record (who changed what on which connector, when and why)
// with filters, keyset paging and CSV export; and verification of the whole evidence chain on
// a worker thread, with progress, cancel, and the first bad link shown among its neighbours.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(Store &store, QWidget *parent = nullptr);
    ~AuditPage() override;

    // Re-reads the record under the current filters, keeping as many rows as are shown.
    void reload();

    // The checkpoints list, from any verification of this store (the main window's too).
    void showLogAudit(const LogAudit &audit);

    // Where "Export CSV…" writes; by default a save dialog. Tests answer it directly.
    void setExportPathProvider(std::function<QString()> provider);

protected:
    void changeEvent(QEvent *event) override;

private:
    GovernanceFilter currentFilter() const;
    void load(int rows);
    void loadMore();
    void updateSummary(const QString &error = QString());
    void reloadConnectors();
    void exportCsv();
    void verify();
    void showProgress(qint64 done, qint64 total);
    void showReport(const EvidenceChain::VerifyReport &report);
    void showVerifyFailure(const QString &message);
    void setVerifying(bool running);
    void applyColors();

    Store &store_;
    AuditEventModel *model_ = nullptr;
    QTableView *table_ = nullptr;
    QComboBox *connector_ = nullptr;
    QLineEdit *actor_ = nullptr;
    QComboBox *kind_ = nullptr;
    QComboBox *period_ = nullptr;
    QLineEdit *search_ = nullptr;
    QTimer *typing_ = nullptr;
    QLabel *summary_ = nullptr;
    QPushButton *more_ = nullptr;
    QPushButton *export_ = nullptr;
    std::function<QString()> exportPath_;
    qint64 lastSeq_ = 0;
    bool hasMore_ = false;

    ChainVerification *verification_ = nullptr;
    QPushButton *verifyButton_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QPushButton *cancel_ = nullptr;
    QLabel *result_ = nullptr;
    CheckpointList *checkpoints_ = nullptr;
    QTableView *context_ = nullptr;
    AuditEventModel *contextModel_ = nullptr;
    qint64 total_ = 0;
    bool broken_ = false;
};

} // namespace airlock
