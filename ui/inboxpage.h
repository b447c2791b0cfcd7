#pragma once

#include "domain/approvalrequest.h"
#include "store/grantstore.h"

#include "store/storeroles.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QStackedWidget;
class QTableView;
class QTimer;

namespace airlock {

class BackgroundRead;
class InboxFeed;
class InboxModel;
class RequestDetail;
class Store;

// The Inbox screen: the queue of pending requests (soonest to expire and riskiest first)
// beside the detail of the selected one, and the decisions — Approve (A), Edit and approve
// (E), Reject with a reason (R), Approve for… (G) — all reachable from the keyboard (J/K or
// the arrows move, O or Enter opens the evidence). Reads happen on worker threads; a decision
// is one guarded write, and when someone else got there first the page says who and when.
class InboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPage)

public:
    explicit InboxPage(Store &store, QWidget *parent = nullptr);

    // Re-reads the queue (and the selected request) after a change in the store.
    void reload();
    bool isLoading() const;
    InboxModel *model() const { return model_; }
    QString currentRequestId() const { return currentId_; }
    // Selects the request as the reviewer would by clicking it: the decisions then act on it.
    bool selectRequest(const QString &id);
    QString message() const;
    // Whether A/E/R/G (and their buttons) act on the selected request: only once the reviewer
    // chose it (a click, J/K or the arrows, Enter or O), never right after the selection moved
    // by itself because the request they had open left the queue.
    bool decisionsArmed() const { return armed_; }

Q_SIGNALS:
    void pendingCountChanged(int pending);
    void requestsArrived(const QList<airlock::ApprovalRequest> &requests);
    void runRequested(const QString &runId);

private:
    enum Mode { Deciding, Rejecting, Editing };
    void currentChanged();
    void loadContext(const QString &departedId = QString());
    void afterLoad();
    void tick();
    void move(int delta);
    void arm();
    bool explainIfNotChosen();
    QString notChosenWhy() const;
    QString willNotRunWhy() const; // "" when the policy would let an approved call run
    void setMode(Mode mode);
    void updateButtons();
    void approve();
    void startReject();
    void confirmReject();
    void startEdit();
    void validateEdit();
    void confirmEdit();
    void approveFor();
    bool explainIfOwn();
    bool explainIfNotAllowed(); // roles: the login may not decide (shared mode)
    QString notAllowedWhy() const;
    void decide(bool approve, const QString &note, const std::optional<QByteArray> &edited,
                const std::optional<GrantStore::NewGrant> &grant = std::nullopt);
    void showOutcome(const QString &text, int tone);
    void showRefusal(const QString &id, int code, const QString &message);
    QString ownRequestWhy() const; // why the requester's own buttons are off

    Store &store_;
    SessionRoles roles_; // what the login may do (every role outside shared mode)
    InboxModel *model_ = nullptr;
    InboxFeed *feed_ = nullptr;
    BackgroundRead *contextReader_ = nullptr;
    QTableView *table_ = nullptr;
    QLabel *summary_ = nullptr;
    QLabel *message_ = nullptr;
    RequestDetail *detail_ = nullptr;
    QStackedWidget *decision_ = nullptr;
    QPushButton *approve_ = nullptr;
    QPushButton *edit_ = nullptr;
    QPushButton *reject_ = nullptr;
    QPushButton *approveFor_ = nullptr;
    QLineEdit *reason_ = nullptr;
    QPushButton *confirmReject_ = nullptr;
    QPlainTextEdit *editor_ = nullptr;
    QLabel *editError_ = nullptr;
    QPushButton *confirmEdit_ = nullptr;
    QList<QShortcut *> triageKeys_; // active only while deciding (not while typing a reason)
    QList<QShortcut *> formKeys_;   // active only while rejecting or editing
    QTimer *ticker_ = nullptr;
    QString currentId_;
    int currentRow_ = -1;
    QString decidedHere_;   // the request this page just decided: its leaving needs no banner
    bool updating_ = false; // the feed is changing the rows: selection follows in afterLoad()
    bool armed_ = true;     // the reviewer chose the selected request (see decisionsArmed())
    QLabel *decisionNote_ = nullptr; // over the buttons: not chosen yet; approving will not run it
};

} // namespace airlock
