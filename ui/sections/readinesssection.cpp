#include "readinesssection.h"

#include "clock.h"
#include "sectionsupport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

Emphasis emphasisOf(ReadinessResult result)
{
    switch (result) {
    case ReadinessResult::Pass:
        return Emphasis::None;
    case ReadinessResult::Warn:
        return Emphasis::Warning;
    case ReadinessResult::Fail:
        return Emphasis::Alarm;
    }
    return Emphasis::None;
}

} // namespace

ReadinessSection::ReadinessSection(QWidget *parent)
    : ConnectorSection(parent)
{
    setObjectName(u"readinessSection"_s);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    overallIcon_ = new QLabel(this);
    overallIcon_->setObjectName(u"readinessOverallIcon"_s);
    overallIcon_->setAlignment(Qt::AlignTop);
    top->addWidget(overallIcon_);
    overall_ = makeNoteLabel(u"readinessOverall"_s, this);
    QFont bold = overall_->font();
    bold.setBold(true);
    overall_->setFont(bold);
    top->addWidget(overall_, 1);
    layout->addLayout(top);

    table_ = makeSectionTable(u"readinessTable"_s, {tr("Area"), tr("Result"), tr("Reason")}, this);
    table_->setWordWrap(true);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(AreaColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    layout->addWidget(table_, 1);
}

QString ReadinessSection::title() const
{
    return tr("Readiness");
}

QIcon ReadinessSection::resultIcon(ReadinessResult result) const
{
    switch (result) {
    case ReadinessResult::Pass:
        return style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this);
    case ReadinessResult::Warn:
        return style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    case ReadinessResult::Fail:
        return style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
    }
    return {};
}

void ReadinessSection::showConnector(const ConnectorView &view)
{
    const ReadinessInput input{view.connector, view.tools, view.eventsLast30Days, view.lastActivity,
                               currentTime()};
    const QList<ReadinessCheck> checks = readinessChecklist(input);

    table_->setRowCount(0);
    table_->setRowCount(int(checks.size()));
    QStringList warns;
    QStringList fails;
    for (int row = 0; row < checks.size(); ++row) {
        const ReadinessCheck &c = checks.at(row);
        if (c.result == ReadinessResult::Warn)
            warns << areaText(c.area);
        else if (c.result == ReadinessResult::Fail)
            fails << areaText(c.area);
        const auto set = [&](int column, const QString &text, const QString &tip) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip);
            item->setData(Qt::UserRole, c.area);
            emphasize(item, emphasisOf(c.result));
            table_->setItem(row, column, item);
            return item;
        };
        set(AreaColumn, areaText(c.area), areaQuestion(c.area));
        QTableWidgetItem *result = set(ResultColumn, resultText(c.result), c.reason);
        result->setIcon(resultIcon(c.result));
        if (c.result == ReadinessResult::Fail)
            setBold(result);
        result->setData(Qt::UserRole + 1, wordOf(c.result));
        set(ReasonColumn, c.reason, c.reason);
    }

    const ReadinessResult worst = overall(checks);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    overallIcon_->setPixmap(resultIcon(worst).pixmap(size, size));
    QString text;
    switch (worst) {
    case ReadinessResult::Pass:
        text = tr("Ready: all %1 checks pass.").arg(checks.size());
        break;
    case ReadinessResult::Warn:
        text = tr("Ready with warnings. To look at: %1.").arg(warns.join(u", "_s));
        break;
    case ReadinessResult::Fail:
        text = tr("Not ready. Fails: %1.").arg(fails.join(u", "_s));
        if (!warns.isEmpty())
            text += u' ' + tr("To look at: %1.").arg(warns.join(u", "_s));
        break;
    }
    overall_->setText(text);
    overall_->setProperty("result", wordOf(worst));
}

QString ReadinessSection::resultText(ReadinessResult result)
{
    switch (result) {
    case ReadinessResult::Pass:
        return tr("Pass");
    case ReadinessResult::Warn:
        return tr("Warn");
    case ReadinessResult::Fail:
        return tr("Fail");
    }
    return wordOf(result);
}

QString ReadinessSection::areaText(const QString &area)
{
    if (area == u"purpose")
        return tr("Purpose");
    if (area == u"scope")
        return tr("Scope");
    if (area == u"access_level")
        return tr("Access level");
    if (area == u"identity")
        return tr("Identity");
    if (area == u"permissions")
        return tr("Permissions");
    if (area == u"logging")
        return tr("Logging");
    if (area == u"approval")
        return tr("Approval");
    if (area == u"recovery")
        return tr("Recovery");
    return area;
}

// The seed's question for each area.
QString ReadinessSection::areaQuestion(const QString &area)
{
    if (area == u"purpose")
        return tr("Why does this connector exist?");
    if (area == u"scope")
        return tr("What sources, records, fields, tools, or actions are in scope?");
    if (area == u"access_level")
        return tr("Can the connector read, search, draft, write, send, or trigger?");
    if (area == u"identity")
        return tr("Which account, key, service identity, or authorization does it use?");
    if (area == u"permissions")
        return tr("Does the connector respect user and role boundaries?");
    if (area == u"logging")
        return tr("What connector activity is recorded?");
    if (area == u"approval")
        return tr("Which actions require human or policy approval?");
    if (area == u"recovery")
        return tr("How can the connector be paused, revoked, reduced, or rolled back?");
    return QString();
}

} // namespace airlock
