#include "toolssection.h"

#include "domain/displaytext.h"

#include "sectionsupport.h"
#include "sectiontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// Tool servers write descriptions of any length; the table shows the first line, shortened,
// and the tooltip all of it.
QString shortDescription(const QString &description)
{
    constexpr int kMaxChars = 140;
    QString line = description.trimmed().section(u'\n', 0, 0).trimmed();
    if (line.size() <= kMaxChars)
        return line;
    line.truncate(kMaxChars);
    const qsizetype space = line.lastIndexOf(u' ');
    if (space > kMaxChars / 2)
        line.truncate(space);
    return line + u'…';
}

QString hintValue(const std::optional<bool> &value)
{
    return value ? (*value ? u"true"_s : u"false"_s) : ToolsSection::tr("absent");
}

} // namespace

ToolsSection::ToolsSection(QWidget *parent)
    : ConnectorSection(parent)
{
    setObjectName(u"toolsSection"_s);
    auto *layout = new QVBoxLayout(this);
    summary_ = makeNoteLabel(u"toolsSummary"_s, this);
    layout->addWidget(summary_);

    table_ = makeSectionTable(u"toolsTable"_s,
                              {tr("Tool"), tr("Review"), tr("Description"), tr("Annotations"),
                               tr("Derived power"), tr("Effective power")},
                              this);
    // Few rows, so they may wrap and grow to their text.
    table_->setWordWrap(true);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fitter_ = new ColumnFitter(table_, DescriptionColumn, 0.28);
    table_->horizontalHeaderItem(AnnotationsColumn)
        ->setToolTip(tr("MCP annotations are untrusted hints from the tool server. A hint "
                        "that is absent takes MCP's default: not read-only, destructive, not "
                        "idempotent, open-world."));
    table_->horizontalHeaderItem(DerivedPowerColumn)
        ->setToolTip(tr("The power derived from the tool's definition and annotations"));
    table_->horizontalHeaderItem(EffectivePowerColumn)
        ->setToolTip(tr("The power the policy applies: the derived one, unless a lead set "
                        "another"));
    layout->addWidget(table_, 1);
}

QString ToolsSection::title() const
{
    return tr("Tools");
}

void ToolsSection::showConnector(const ConnectorView &view)
{
    table_->setRowCount(0);
    table_->setRowCount(int(view.tools.size()));
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    int blocked = 0;
    for (int row = 0; row < view.tools.size(); ++row) {
        const Tool &t = view.tools.at(row);
        const ToolAnnotations &a = t.annotations;

        const QString noClaims = ToolText::noClaims(a);
        const QString annotations =
            noClaims.isEmpty() ? ToolText::claims(a).join(u", "_s) : noClaims;

        QString effective = SectionText::power(t.effectivePower());
        QString effectiveTip;
        if (t.powerOverride) {
            effective = tr("%1 (set by a lead)").arg(effective);
            effectiveTip = tr("A lead set this power; the annotations suggest %1.")
                               .arg(SectionText::power(t.derivedPower));
        }
        const bool granted = view.connector.powers.has(t.effectivePower());
        if (!granted) {
            effective = tr("%1 (not granted)").arg(effective);
            effectiveTip = tr("The connector is not granted %1, so every call of this tool is "
                              "refused.")
                               .arg(SectionText::power(t.effectivePower()));
        }

        const QString review = ToolText::reviewState(t.reviewState);
        QString reviewTip;
        switch (t.reviewState) {
        case ToolReviewState::Reviewed:
            reviewTip = tr("Its definition is the one that was reviewed.");
            break;
        case ToolReviewState::New:
            reviewTip = tr("First seen %1. Every call is refused until a lead reviews it.")
                            .arg(SectionText::time(t.firstSeen));
            break;
        case ToolReviewState::Changed:
            reviewTip = tr("Its definition changed since the last review (reviewed %1, now %2). "
                           "Every call is refused until a lead reviews it again.")
                            .arg(t.reviewedHash.left(12), t.definitionHash.left(12));
            break;
        }
        if (t.hasDrifted())
            ++blocked;

        const auto set = [&](int column, const QString &text, const QString &tip) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            emphasize(item, t.hasDrifted() ? Emphasis::Alarm : Emphasis::None);
            table_->setItem(row, column, item);
            return item;
        };
        // A server names and describes its tools: shown with control characters escaped.
        set(NameColumn, displayText(t.name), displayText(t.name));
        set(DescriptionColumn, displayText(shortDescription(t.description)),
            displayText(t.description.trimmed(), TextShape::Block));
        set(AnnotationsColumn, annotations,
            tr("readOnlyHint: %1, destructiveHint: %2, idempotentHint: %3, openWorldHint: %4")
                .arg(hintValue(a.readOnly), hintValue(a.destructive), hintValue(a.idempotent),
                     hintValue(a.openWorld)));
        set(DerivedPowerColumn, SectionText::power(t.derivedPower), QString());
        QTableWidgetItem *effectiveItem = set(EffectivePowerColumn, effective, effectiveTip);
        if (!granted && !t.hasDrifted())
            emphasize(effectiveItem, Emphasis::Warning);
        QTableWidgetItem *reviewItem = set(ReviewColumn, review, reviewTip);
        if (t.hasDrifted()) {
            reviewItem->setIcon(warning);
            setBold(reviewItem);
        }
    }

    if (view.tools.isEmpty())
        summary_->setText(tr("No tools recorded yet: the gateway records each tool the first "
                             "time the server lists it."));
    else if (blocked == 0)
        summary_->setText(
            view.tools.size() == 1
                ? tr("1 tool, reviewed.")
                : tr("%1 tools, all reviewed.").arg(QLocale().toString(qint64(view.tools.size()))));
    else
        // One and many spelled out, so English reads right without a catalog.
        summary_->setText(tr("%1; %2").arg(
            view.tools.size() == 1
                ? tr("1 tool")
                : tr("%1 tools").arg(QLocale().toString(qint64(view.tools.size()))),
            blocked == 1 ? tr("1 new or changed since review: blocked until reviewed.")
                         : tr("%1 new or changed since review: blocked until reviewed.")
                               .arg(QLocale().toString(blocked))));
    table_->setVisible(!view.tools.isEmpty());
    fitter_->refresh();
}

} // namespace airlock
