#pragma once

#include <QColor>

class QLabel;
class QPalette;
class QTableWidget;

namespace airlock {

// How a piece of detail text should read: plain, dimmed (not applicable, not yet), or marked
// as good / a warning / bad. The colours are chosen for the palette's lightness, so a light
// and a dark system palette both stay readable; callers re-apply them on a palette change.
enum class Tone { Normal, Dim, Good, Warning, Bad };

QColor toneColor(Tone tone, const QPalette &palette);

// Colours label's text for tone, relative to base (the palette the label inherits).
void applyTone(QLabel *label, Tone tone, const QPalette &base);

// Fixes a table's height to show all its rows (at most maxRows, then it scrolls), so short
// tables do not leave an empty box.
void fitTableHeight(QTableWidget *table, int maxRows);

} // namespace airlock
