#include "sectionstyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QTableWidget>

namespace airlock {

namespace {

// Two sets of hues: deep ones that keep contrast on a light window, light ones for a dark
// window. Both pass WCAG AA (4.5:1) against Qt's default light and a typical dark window.
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Normal:
        break;
    case Tone::Dim:
        // Halfway to the background reads as "not here yet" without vanishing.
        return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.45);
    case Tone::Good:
        return dark ? QColor(0x7f, 0xd4, 0x91) : QColor(0x1e, 0x7b, 0x34);
    case Tone::Warning:
        return dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0x8a, 0x53, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    }
    return palette.color(QPalette::WindowText);
}

void applyTone(QLabel *label, Tone tone, const QPalette &base)
{
    if (tone == Tone::Normal) {
        label->setPalette(QPalette()); // nothing set: inherit everything again
        return;
    }
    QPalette palette;
    palette.setColor(QPalette::WindowText, toneColor(tone, base));
    label->setPalette(palette);
}

void fitTableHeight(QTableWidget *table, int maxRows)
{
    // Style defaults (30 px in Fusion) leave one-line rows looking sparse; a line and some air.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    const int rows = qMin(table->rowCount(), maxRows);
    int height = 2 * table->frameWidth();
    if (!table->horizontalHeader()->isHidden())
        height += table->horizontalHeader()->sizeHint().height();
    for (int row = 0; row < rows; ++row)
        height += table->rowHeight(row);
    if (rows == 0)
        height += table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(height);
}

} // namespace airlock
