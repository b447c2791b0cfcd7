#include "disconnectdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
QListWidget *listOf(const QStringList &lines, const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->addItems(lines);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMaximumHeight(qMin(24 + 22 * int(lines.size()), 150));
    list->setVisible(!lines.isEmpty());
    return list;
}
} // namespace

DisconnectDialog::DisconnectDialog(const DisconnectImpact &impact, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"disconnectDialog"_s);
    setWindowTitle(tr("Disconnect %1").arg(impact.connector));
    auto *layout = new QVBoxLayout(this);

    auto *what = new QLabel(tr("<b>Disconnect %1?</b> Every call through it will be refused at once, "
                               "by every console, gateway and script that uses this store. "
                               "Reconnecting later is a separate, recorded decision.")
                                .arg(impact.connector.toHtmlEscaped()),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);

    QStringList approvals;
    for (const ApprovalRequest &r : impact.pendingApprovals)
        approvals << tr("%1 on %2 — requested by %3").arg(r.tool, r.target, r.requestedBy);
    layout->addWidget(new QLabel(approvals.isEmpty()
                                     ? tr("No pending approval requests will be affected.")
                                     : tr("%n pending approval request(s) will be withdrawn:", nullptr,
                                          int(approvals.size())),
                                 this));
    layout->addWidget(listOf(approvals, u"withdrawnApprovals"_s, this));

    QStringList runs;
    for (const Run &r : impact.runsInFlight)
        runs << tr("%1 (%2), started %3").arg(r.workflow, wordOf(r.status),
                                              QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat));
    layout->addWidget(new QLabel(runs.isEmpty() ? tr("No runs are in flight on it.")
                                                : tr("%n run(s) in flight will be refused their next call:",
                                                     nullptr, int(runs.size())),
                                 this));
    layout->addWidget(listOf(runs, u"runsInFlight"_s, this));

    QStringList tools;
    for (const Tool &t : impact.tools)
        tools << u"%1 (%2)"_s.arg(t.name, wordOf(t.effectivePower()));
    layout->addWidget(new QLabel(tools.isEmpty() ? tr("It has no recorded tools.")
                                                 : tr("These tools stop working: %1").arg(tools.join(u", ")),
                                 this));
    layout->itemAt(layout->count() - 1)->widget()->setProperty("wordWrap", true);

    layout->addWidget(new QLabel(tr("Reason (kept as evidence):"), this));
    reason_ = new QPlainTextEdit(this);
    reason_->setObjectName(u"disconnectReason"_s);
    reason_->setTabChangesFocus(true);
    reason_->setMaximumHeight(70);
    layout->addWidget(reason_);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    disconnect_ = buttons->addButton(tr("&Disconnect"), QDialogButtonBox::DestructiveRole);
    disconnect_->setObjectName(u"confirmDisconnect"_s);
    disconnect_->setEnabled(false);
    connect(reason_, &QPlainTextEdit::textChanged, this,
            [this] { disconnect_->setEnabled(!reason().isEmpty()); });
    connect(disconnect_, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reason_->setFocus();
    resize(560, sizeHint().height());
}

QString DisconnectDialog::reason() const
{
    return reason_->toPlainText().trimmed();
}

} // namespace airlock
