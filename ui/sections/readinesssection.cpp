#include "readinesssection.h"

#include "clock.h"
#include "sectionsupport.h"
#include "sectiontext.h"

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
    for (int row = 0; row < checks.size(); ++row) {
        const ReadinessCheck &c = checks.at(row);
        const auto set = [&](int column, const QString &text, const QString &tip) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip);
            item->setData(Qt::UserRole, c.area);
            emphasize(item, emphasisOf(c.result));
            table_->setItem(row, column, item);
            return item;
        };
        set(AreaColumn, ReadinessText::area(c.area), ReadinessText::areaQuestion(c.area));
        QTableWidgetItem *result = set(ResultColumn, ReadinessText::result(c.result), c.reason);
        result->setIcon(resultIcon(c.result));
        if (c.result == ReadinessResult::Fail)
            setBold(result);
        result->setData(Qt::UserRole + 1, wordOf(c.result));
        set(ReasonColumn, c.reason, c.reason);
    }

    const ReadinessResult worst = overall(checks);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    overallIcon_->setPixmap(resultIcon(worst).pixmap(size, size));
    overall_->setText(ReadinessText::overall(checks));
    overall_->setProperty("result", wordOf(worst));
}

QString ReadinessSection::resultText(ReadinessResult result)
{
    return ReadinessText::result(result);
}

QString ReadinessSection::areaText(const QString &area)
{
    return ReadinessText::area(area);
}

QString ReadinessSection::areaQuestion(const QString &area)
{
    return ReadinessText::areaQuestion(area);
}

} // namespace airlock
