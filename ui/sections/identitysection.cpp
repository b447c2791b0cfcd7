#include "identitysection.h"

#include "clock.h"
#include "inventory/identitywarnings.h"
#include "sectionsupport.h"
#include "sectiontext.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// Shows text, or "Not recorded" set apart (italic, the palette's placeholder colour).
void setValue(QLabel *label, const QString &text)
{
    const bool missing = text.trimmed().isEmpty();
    label->setText(missing ? SectionText::notRecorded() : text.trimmed());
    QFont font = label->font();
    font.setItalic(missing);
    label->setFont(font);
    label->setForegroundRole(missing ? QPalette::PlaceholderText : QPalette::WindowText);
}

} // namespace

IdentitySection::IdentitySection(QWidget *parent)
    : ConnectorSection(parent)
{
    setObjectName(u"identitySection"_s);
    auto *layout = new QVBoxLayout(this);

    warnings_ = new QFrame(this);
    warnings_->setObjectName(u"identityWarnings"_s);
    warnings_->setAccessibleName(tr("Identity warnings"));
    warnings_->setFrameShape(QFrame::StyledPanel);
    warnings_->setBackgroundRole(QPalette::Base);
    warnings_->setAutoFillBackground(true);
    warningRows_ = new QVBoxLayout(warnings_);
    layout->addWidget(warnings_);

    noWarnings_ = makeNoteLabel(u"identityNoWarnings"_s, this);
    noWarnings_->setText(tr("No identity warnings: it is owned, not shared, rotated on time and "
                            "revocable."));
    layout->addWidget(noWarnings_);
    layout->addSpacing(layout->spacing());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addLayout(form);
    const auto field = [this, form](const QString &label, const QString &objectName) {
        auto *value = makeNoteLabel(objectName, this);
        auto *name = new QLabel(label, this);
        name->setBuddy(value);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop); // level with a value's first line
        form->addRow(name, value);
        return value;
    };
    kind_ = field(tr("Kind:"), u"identityKind"_s);
    principal_ = field(tr("Acts as:"), u"identityPrincipal"_s);
    onBehalfOf_ = field(tr("On behalf of:"), u"identityOnBehalfOf"_s);
    approvedBy_ = field(tr("Approved by:"), u"identityApprovedBy"_s);
    permissions_ = field(tr("Permissions:"), u"identityPermissions"_s);
    shared_ = field(tr("Shared:"), u"identityShared"_s);
    credentialOwner_ = field(tr("Credential owner:"), u"identityCredentialOwner"_s);
    lastRotated_ = field(tr("Last rotation:"), u"identityLastRotated"_s);
    expires_ = field(tr("Expires:"), u"identityExpires"_s);
    revokePath_ = field(tr("How to revoke:"), u"identityRevokePath"_s);
    layout->addStretch(1);
}

QString IdentitySection::title() const
{
    return tr("Identity");
}

void IdentitySection::showConnector(const ConnectorView &view)
{
    const Identity &id = view.connector.identity;
    const QDateTime now = currentTime();

    qDeleteAll(warnings_->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QPixmap icon = style()
                             ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                             .pixmap(QSize(iconSize, iconSize), devicePixelRatioF());
    const QList<IdentityWarning> warnings = identityWarnings(id, now);
    for (const IdentityWarning &w : warnings) {
        auto *row = new QWidget(warnings_);
        row->setObjectName(u"identityWarning"_s);
        row->setProperty("code", w.code);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *image = new QLabel(row);
        image->setPixmap(icon);
        image->setAlignment(Qt::AlignTop);
        image->setAccessibleName(tr("Warning"));
        h->addWidget(image);
        auto *text = makeNoteLabel(u"identityWarningText"_s, row);
        text->setText(w.text);
        text->setForegroundRole(QPalette::Text); // on the Base background of the list
        h->addWidget(text, 1);
        warningRows_->addWidget(row);
    }
    warnings_->setVisible(!warnings.isEmpty());
    noWarnings_->setVisible(warnings.isEmpty());

    setValue(kind_, SectionText::identityKind(id.kind));
    setValue(principal_, id.principal);
    setValue(onBehalfOf_, id.onBehalfOf);
    setValue(approvedBy_, id.approvedBy);
    setValue(permissions_, id.permissions);
    setValue(shared_, IdentityText::shared(id.shared));
    setValue(credentialOwner_, id.credentialOwner);
    setValue(lastRotated_, IdentityText::lastRotated(id, now));
    setValue(expires_, IdentityText::expiry(id, now));
    setValue(revokePath_, id.revokePath);
}

} // namespace airlock
