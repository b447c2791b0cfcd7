#include "approvefordialog.h"

#include "inbox/grantchoice.h"
#include "inbox/inboxmodel.h"
#include "sections/sectionsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

ApproveForDialog::ApproveForDialog(const ApprovalRequest &request, QWidget *parent)
    : QDialog(parent)
    , request_(request)
{
    setObjectName(u"approveForDialog"_s);
    setWindowTitle(tr("Approve for…"));
    auto *v = new QVBoxLayout(this);
    QLabel *intro = makeNoteLabel(u"approveForIntro"_s, this);
    intro->setText(
        tr("Approve %1 on %2 now, and let calls like it run without asking for a while. "
           "The grant is recorded, shown in the connector's Grants tab, and can be revoked "
           "there at any time.")
            .arg(request.tool, request.target));
    v->addWidget(intro);

    thisRun_ = new QRadioButton(tr("In this run only (%1 on any target)").arg(request.tool), this);
    thisRun_->setObjectName(u"grantThisRun"_s);
    toolAndTargets_ =
        new QRadioButton(tr("%1 on targets matching, in any run:").arg(request.tool), this);
    toolAndTargets_->setObjectName(u"grantToolAndTargets"_s);
    pattern_ = new QLineEdit(suggestedTargetPattern(request.target), this);
    pattern_->setObjectName(u"grantPattern"_s);
    pattern_->setToolTip(
        tr("'*' matches one path segment, '**' any number; it must cover %1").arg(request.target));
    if (request.runId.isEmpty()) {
        thisRun_->setEnabled(false);
        thisRun_->setToolTip(tr("This request belongs to no run"));
        toolAndTargets_->setChecked(true);
    } else {
        thisRun_->setChecked(true);
    }
    v->addWidget(thisRun_);
    v->addWidget(toolAndTargets_);
    auto *patternRow = new QHBoxLayout;
    patternRow->addSpacing(24);
    patternRow->addWidget(pattern_);
    v->addLayout(patternRow);

    auto *form = new QFormLayout;
    duration_ = new QComboBox(this);
    duration_->setObjectName(u"grantDuration"_s);
    for (int secs : {15 * 60, 3600, 4 * 3600, 86400, 7 * 86400})
        duration_->addItem(InboxModel::shortDuration(secs), secs);
    duration_->setCurrentIndex(1);
    form->addRow(tr("For:"), duration_);
    note_ = new QLineEdit(this);
    note_->setObjectName(u"grantNote"_s);
    note_->setPlaceholderText(tr("Why (optional, recorded with the grant)"));
    form->addRow(tr("Note:"), note_);
    v->addLayout(form);

    preview_ = makeNoteLabel(u"grantPreview"_s, this);
    v->addWidget(preview_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Approve and grant"));
    buttons_->button(QDialogButtonBox::Ok)->setObjectName(u"confirmGrant"_s);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons_);

    for (QRadioButton *b : {thisRun_, toolAndTargets_})
        connect(b, &QRadioButton::toggled, this, &ApproveForDialog::validate);
    connect(pattern_, &QLineEdit::textChanged, this, &ApproveForDialog::validate);
    connect(duration_, &QComboBox::currentIndexChanged, this, &ApproveForDialog::validate);
    connect(note_, &QLineEdit::textChanged, this, &ApproveForDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

void ApproveForDialog::validate()
{
    GrantChoice choice;
    choice.span =
        thisRun_->isChecked() ? GrantChoice::Span::ThisRun : GrantChoice::Span::ToolAndTargets;
    choice.targetPattern = choice.span == GrantChoice::Span::ThisRun ? u"**"_s : pattern_->text();
    choice.validForSecs = duration_->currentData().toInt();
    choice.note = note_->text();
    pattern_->setEnabled(choice.span == GrantChoice::Span::ToolAndTargets);
    auto g = grantFor(request_, choice);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(g.ok());
    if (!g) {
        grant_.reset();
        preview_->setText(tr("Cannot grant: %1").arg(g.message()));
        applyTone(preview_, Tone::Bad, palette());
        return;
    }
    grant_ = *g;
    preview_->setText(
        choice.span == GrantChoice::Span::ThisRun
            ? tr("%1 will run without asking in run %2 for %3.")
                  .arg(request_.tool, request_.runId, duration_->currentText())
            : tr("%1 on targets matching %2 will run without asking, in any run, for %3.")
                  .arg(request_.tool, g->targetPattern, duration_->currentText()));
    applyTone(preview_, Tone::Normal, palette());
}

} // namespace airlock
