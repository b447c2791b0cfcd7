#include "chartsupport.h"

#include "connectordelegate.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace airlock::charts {

Tones tonesFor(const QPalette &palette, bool dark)
{
    // They follow the status icons (resources/icons/status-*.svg) on light backgrounds.
    if (dark)
        return {QColor(0x81, 0xc9, 0x95), QColor(0xfb, 0xbc, 0x04), warningColor(palette),
                QColor(0x9a, 0xa0, 0xa6), QColor(0x8a, 0xb4, 0xf8)};
    return {QColor(0x1e, 0x8e, 0x3e), QColor(0xe3, 0x74, 0x00), warningColor(palette),
            QColor(0x80, 0x86, 0x8b), QColor(0x1a, 0x73, 0xe8)};
}

QList<QColor> categoricalColours(bool dark)
{
    if (dark)
        return {QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0xc4, 0x8c),
                QColor(0xf0, 0xe4, 0x42), QColor(0xcc, 0x79, 0xa7), QColor(0xff, 0x7f, 0x50),
                QColor(0xb0, 0xb0, 0xb0), QColor(0xa6, 0xd8, 0x54)};
    return {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
            QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
            QColor(0x66, 0x66, 0x66), QColor(0x8b, 0x6f, 0x00)};
}

void fitCounts(QValueAxis *axis, int highest)
{
    int step = 1;
    for (int base = 1; step * 6 < highest; base *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * base;
            if (step * 6 >= highest)
                break;
        }
    }
    const int top = (highest / step + 1) * step;
    axis->setRange(0, top);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
}

QValueAxis *countAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(u"%d"_s);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setMinorTickCount(0);
    fitCounts(axis, 0);
    return axis;
}

QString shortDate(const QDate &date)
{
    // The Insights screen's translation context, where this string has always been.
    return QLocale().toString(date, QCoreApplication::translate("airlock::InsightsPage", "d MMM",
                                                                "short date on chart axes"));
}

void setLabels(QCategoryAxis *axis, const QList<QPair<qreal, QString>> &labels)
{
    const QStringList old = axis->categoriesLabels();
    QStringList texts;
    for (const auto &label : labels)
        texts << label.second;
    if (old == texts)
        return;
    for (const QString &label : old)
        axis->remove(label);
    for (const auto &[at, label] : labels)
        axis->append(label, at);
}

int widestDateLabel(const QCategoryAxis *axis, const QDate &today, int days)
{
    const QFontMetrics metrics(axis->labelsFont());
    int widest = 0;
    for (int d = 0; d < days; ++d)
        widest = std::max(widest, metrics.horizontalAdvance(shortDate(today.addDays(-d))));
    return widest;
}

void labelDays(QCategoryAxis *axis, const QDate &today, int days, int width,
               std::initializer_list<int> steps)
{
    // QtCharts gives each label of a category axis the axis width / (labels + 1) and cuts
    // what does not fit, so the labels thin out until they fit whole.
    const int widest = widestDateLabel(axis, today, days);
    const int last = days - 1;
    int step = *std::prev(steps.end());
    for (int s : steps) {
        if (width / (last / s + 2) >= widest + 12) {
            step = s;
            break;
        }
    }
    QList<QPair<qreal, QString>> labels;
    for (int d = last % step; d <= last; d += step)
        labels.append({qreal(d), shortDate(today.addDays(d - last))});
    setLabels(axis, labels);
}

} // namespace airlock::charts
