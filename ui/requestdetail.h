#pragma once

#include "inbox/requestcontext.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace airlock {

class ChangeDiffView;
class RunStrip;

// Everything needed to decide one request, on one scrolling page: the proposed action (the
// exact arguments; before and after side by side for a change), why it needs approval, the
// evidence the agent read (source, time, freshness, content), who is asking and in which
// scope, the run so far, and the time left (ticking). Shows a RequestContext; never queries.
class RequestDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDetail)

public:
    explicit RequestDetail(QWidget *parent = nullptr);
    void showContext(const RequestContext &context, const QDateTime &now);
    void clear(const QString &message = QString());
    bool hasRequest() const { return has_; }
    const RequestContext &context() const { return context_; }
    // Moves the ticking clock (time left, ages).
    void tick(const QDateTime &now);
    // Brings the source evidence into view with every item's content expanded.
    void openEvidence();
    QString timeLeftText() const;

Q_SIGNALS:
    void runRequested(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *section(const QString &title, const QString &objectName, QVBoxLayout **body);
    void render();
    void renderEvidence();
    void renderTimeLeft();

    RequestContext context_;
    QDateTime now_;
    bool has_ = false;
    QScrollArea *scroll_ = nullptr;
    QLabel *empty_ = nullptr;
    QWidget *page_ = nullptr;
    QLabel *title_ = nullptr;
    QLabel *subtitle_ = nullptr;
    QLabel *timeLeft_ = nullptr;
    QFormLayout *action_ = nullptr;
    QPlainTextEdit *arguments_ = nullptr;
    QLabel *changeTitle_ = nullptr;
    ChangeDiffView *change_ = nullptr;
    QLabel *why_ = nullptr;
    QWidget *evidenceSection_ = nullptr;
    QVBoxLayout *evidence_ = nullptr;
    QLabel *evidenceTitle_ = nullptr;
    QList<std::pair<QPlainTextEdit *, QPushButton *>> evidenceContents_;
    QLabel *who_ = nullptr;
    QLabel *scope_ = nullptr;
    RunStrip *strip_ = nullptr;
    QLabel *runText_ = nullptr;
    QPushButton *openRun_ = nullptr;
};

} // namespace airlock
