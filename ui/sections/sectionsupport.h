#pragma once

// Shared by the connector detail sections: tones and highlights that read on light and dark
// palettes alike, what makes a row stand out, and tables and labels set up alike. Their words
// are in sectiontext.h.

#include "domain/evidenceevent.h"
#include "inventory/drift.h"

#include <QColor>
#include <QString>
#include <QStyledItemDelegate>

class QLabel;
class QPalette;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace airlock {

// How a piece of detail text should read: plain, dimmed (not applicable, not yet), or marked
// as good / a warning / bad. The colours are chosen for the palette's lightness, so a light
// and a dark system palette both stay readable; callers re-apply them on a palette change.
enum class Tone { Normal, Dim, Good, Warning, Bad };

QColor toneColor(Tone tone, const QPalette &palette);

// Colours label's text for tone, relative to base (the palette the label inherits).
void applyTone(QLabel *label, Tone tone, const QPalette &base);

// How strongly a row stands out.
enum class Emphasis { None, Warning, Alarm };

// A call the gateway refused, or an event that records a refusal.
bool isBlockedAttempt(const EvidenceEvent &e);
// A blocked attempt is an alarm; a failure, a timeout, a validation error or an error a warning.
Emphasis emphasisOf(const EvidenceEvent &e);
// A change that gives the connector more reach or less oversight than was reviewed.
bool widensReach(const DriftItem &item);

// A background that stands out on the palette's base colour yet keeps its text colour
// readable: the base colour with a share of amber (warning) or red (alarm) mixed in.
QColor emphasisBackground(const QPalette &palette, Emphasis emphasis);

// Marks an item; the section tables' delegate paints it from the palette of the moment, so a
// palette change (light ↔ dark) needs no re-render.
void emphasize(QTableWidgetItem *item, Emphasis emphasis);
// The item's text in bold: the one cell of a row that says why the row stands out.
void setBold(QTableWidgetItem *item);

// Paints emphasized items with the tinted background, and gives rows a little air.
class EmphasisDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmphasisDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int EmphasisRole = Qt::UserRole + 100; // int: Emphasis
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// A read-only, unsorted table with the given headers and the EmphasisDelegate; rows keep the
// order they are added in.
QTableWidget *makeSectionTable(const QString &objectName, const QStringList &headers,
                               QWidget *parent);

// A label for explanations and empty states: wraps, selectable, no rich text.
QLabel *makeNoteLabel(const QString &objectName, QWidget *parent);

// Fixes a table's height to show all its rows (at most maxRows, then it scrolls), so short
// tables do not leave an empty box.
void fitTableHeight(QTableWidget *table, int maxRows);

// Keeps a word-wrapping table's columns at their text's width while they fit, and when they
// do not, narrows the widest ones (their text wraps, never cut mid-word) so that one column,
// the one that says the most, keeps at least a share of the width. Refits when the table is
// resized; call refresh() after the rows change. Users may still drag a column wider.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    ColumnFitter(QTableWidget *table, int mainColumn, qreal mainShare);
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QTableWidget *table_;
    QWidget *viewport_; // compared, never called: it may outlive the table while both are destroyed
    int mainColumn_;
    qreal mainShare_;
    QList<int> natural_; // unwrapped text
    QList<int> minimum_; // the widest piece of text that cannot wrap
};

} // namespace airlock
