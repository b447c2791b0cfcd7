#pragma once

#include "domain/approvalrequest.h"
#include "store/grantstore.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace airlock {

// "Approve for…": approves the request and grants, for a chosen time, approval of calls like
// it — in this run only, or with this tool on targets matching a pattern. Says what the grant
// will cover before it is given, and names what is wrong with a choice that cannot be given.
class ApproveForDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApproveForDialog)

public:
    explicit ApproveForDialog(const ApprovalRequest &request, QWidget *parent = nullptr);
    // The grant chosen; valid once the dialog was accepted.
    std::optional<GrantStore::NewGrant> grant() const { return grant_; }

private:
    void validate();

    ApprovalRequest request_;
    std::optional<GrantStore::NewGrant> grant_;
    QRadioButton *thisRun_ = nullptr;
    QRadioButton *toolAndTargets_ = nullptr;
    QLineEdit *pattern_ = nullptr;
    QComboBox *duration_ = nullptr;
    QLineEdit *note_ = nullptr;
    QLabel *preview_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

} // namespace airlock
