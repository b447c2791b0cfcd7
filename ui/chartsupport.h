#pragma once

// What the Insights screen's charts share: the colours that carry a meaning on the light and
// the dark chart theme, count axes with whole-number ticks, and dates on category axes.

#include <QColor>
#include <QDate>
#include <QList>
#include <QPair>
#include <QPalette>
#include <QString>

class QCategoryAxis;
class QValueAxis;

namespace airlock::charts {

struct Tones
{
    QColor good, caution, bad, neutral, accent;
};
Tones tonesFor(const QPalette &palette, bool dark);
// Distinct colours for categories (Okabe–Ito), without those that fade into the theme.
QList<QColor> categoricalColours(bool dark);

// A count axis from 0 with whole-number ticks at a round step and room above the highest
// bar for its label.
void fitCounts(QValueAxis *axis, int highest);
QValueAxis *countAxis(const QString &title);

QString shortDate(const QDate &date); // "21 Nov"
// Labels a category axis at the given values; leaves it alone when they are already there.
void setLabels(QCategoryAxis *axis, const QList<QPair<qreal, QString>> &labels);
// Labels every step-th day of a days-long axis (bars at 0 … days-1, today last), choosing the
// smallest step of steps whose labels fit whole in width pixels.
void labelDays(QCategoryAxis *axis, const QDate &today, int days, int width,
               std::initializer_list<int> steps);
int widestDateLabel(const QCategoryAxis *axis, const QDate &today, int days);

} // namespace airlock::charts
