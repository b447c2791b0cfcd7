#include "connectordetail.h"

#include "connectordelegate.h"
#include "inventory/connectortablemodel.h"
#include "sections/activitysection.h"
#include "sections/driftsection.h"
#include "sections/grantssection.h"
#include "sections/identitysection.h"
#include "sections/overviewsection.h"
#include "sections/powerssection.h"
#include "sections/readinesssection.h"
#include "sections/scopesection.h"
#include "sections/toolssection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

ConnectorDetail::ConnectorDetail(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"connectorDetail"_s);
    auto *stack = new QStackedLayout(this);

    empty_ = new QLabel(tr("Select a connector to see what it may touch, what needs a human, "
                           "which identity it acts as, and what evidence it left."),
                        this);
    static_cast<QLabel *>(empty_)->setWordWrap(true);
    static_cast<QLabel *>(empty_)->setAlignment(Qt::AlignCenter);
    empty_->setContentsMargins(24, 24, 24, 24);
    stack->addWidget(empty_);

    body_ = new QWidget(this);
    auto *v = new QVBoxLayout(body_);
    v->setContentsMargins(12, 8, 12, 8);
    title_ = new QLabel(body_);
    title_->setObjectName(u"detailTitle"_s);
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title_->setFont(f);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subtitle_ = new QLabel(body_);
    subtitle_->setObjectName(u"detailSubtitle"_s);
    subtitle_->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &name, auto signal) {
        auto *b = new QPushButton(text, body_);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, signal] {
            if (hasView_)
                Q_EMIT(this->*signal)(view_.connector.name);
        });
        actions->addWidget(b);
        return b;
    };
    disconnect_ = button(tr("&Disconnect…"), u"disconnectButton"_s, &ConnectorDetail::disconnectRequested);
    disconnect_->setToolTip(tr("Refuse every call through this connector now (Ctrl+D)"));
    disconnect_->setShortcut(QKeySequence(u"Ctrl+D"_s));
    QPalette red = disconnect_->palette();
    red.setColor(QPalette::ButtonText, warningColor(red));
    disconnect_->setPalette(red);
    reconnect_ = button(tr("Re&connect…"), u"reconnectButton"_s, &ConnectorDetail::reconnectRequested);
    pause_ = button(tr("&Pause…"), u"pauseButton"_s, &ConnectorDetail::pauseRequested);
    resume_ = button(tr("Res&ume…"), u"resumeButton"_s, &ConnectorDetail::resumeRequested);
    edit_ = button(tr("&Edit…"), u"editButton"_s, &ConnectorDetail::editRequested);
    edit_->setToolTip(tr("Change the permission mode, powers or scope rules (Ctrl+E)"));
    edit_->setShortcut(QKeySequence(u"Ctrl+E"_s));
    review_ = button(tr("Record &Review…"), u"reviewButton"_s, &ConnectorDetail::reviewRequested);
    retire_ = button(tr("Re&tire…"), u"retireButton"_s, &ConnectorDetail::retireRequested);
    actions->addStretch(1);

    tabs_ = new QTabWidget(body_);
    tabs_->setObjectName(u"detailSections"_s);
    tabs_->setDocumentMode(true);
    sections_ = {new OverviewSection, new ScopeSection,    new PowersSection,    new IdentitySection,
                 new ToolsSection,    new ActivitySection, new ReadinessSection, new DriftSection};
    auto *grants = new GrantsSection;
    connect(grants, &GrantsSection::revokeRequested, this, [this](const QString &id) {
        if (hasView_)
            Q_EMIT revokeGrantRequested(view_.connector.name, id);
    });
    sections_ << grants;
    for (ConnectorSection *s : sections_) {
        auto *scroll = new QScrollArea(tabs_);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(s);
        tabs_->addTab(scroll, s->title());
    }

    v->addWidget(title_);
    v->addWidget(subtitle_);
    v->addLayout(actions);
    v->addWidget(tabs_, 1);
    stack->addWidget(body_);
    clear();
}

void ConnectorDetail::clear()
{
    hasView_ = false;
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(empty_);
}

void ConnectorDetail::showConnector(const ConnectorView &view)
{
    view_ = view;
    hasView_ = true;
    const Connector &c = view.connector;
    title_->setText(c.name);
    subtitle_->setText(tr("%1 · %2 · owned by %3")
                           .arg(c.targetSystem.isEmpty() ? wordOf(c.kind) : c.targetSystem,
                                ConnectorTableModel::statusName(c.status), c.owner.isEmpty() ? tr("nobody") : c.owner));
    const bool live = c.status == ConnectorStatus::Active || c.status == ConnectorStatus::Paused;
    disconnect_->setVisible(live);
    reconnect_->setVisible(c.status == ConnectorStatus::Disconnected);
    pause_->setVisible(c.status == ConnectorStatus::Active);
    resume_->setVisible(c.status == ConnectorStatus::Paused);
    retire_->setVisible(c.status != ConnectorStatus::Retired);
    review_->setEnabled(c.status != ConnectorStatus::Retired);
    edit_->setEnabled(c.status != ConnectorStatus::Retired);
    applyRoles();
    for (ConnectorSection *s : sections_)
        s->showConnector(view);
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(body_);
}

void ConnectorDetail::setRoles(const SessionRoles &roles)
{
    roles_ = roles;
    if (hasView_)
        applyRoles();
}

QString ConnectorDetail::statusChangeRefused(const SessionRoles &roles)
{
    return tr("Your login '%1' has the role %2 on this shared store: pausing, "
              "resuming and disconnecting need the owner or lead role.")
        .arg(roles.login, roles.describe());
}

void ConnectorDetail::applyRoles()
{
    if (!roles_)
        return;
    const SessionRoles &r = *roles_;
    const QString lead = tr("Your login '%1' has the role %2 on this shared store: this needs the "
                            "lead role.").arg(r.login, r.describe());
    const QString status = statusChangeRefused(r);
    for (QPushButton *b : {edit_, review_, retire_}) {
        if (!r.canEditConnectors()) {
            b->setEnabled(false);
            b->setToolTip(lead);
        }
    }
    for (QPushButton *b : {disconnect_, reconnect_, pause_, resume_}) {
        if (!r.canChangeConnectorStatus()) {
            b->setEnabled(false);
            b->setToolTip(status);
        }
    }
}

} // namespace airlock
