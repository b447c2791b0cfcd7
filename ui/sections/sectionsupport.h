#pragma once

// Shared by the identity, tools, activity, readiness and drift sections: the vocabulary in
// words a reader understands, times in the user's locale, and tables and highlights that
// read on light and dark palettes alike.

#include "domain/identity.h"
#include "domain/power.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStyledItemDelegate>

class QLabel;
class QPalette;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace airlock {

class SectionText
{
    Q_DECLARE_TR_FUNCTIONS(airlock::SectionText)

public:
    static QString power(Power p);
    static QString identityKind(IdentityKind k);
    static QString notRecorded();
    // The user's locale, local time, short format; "Not recorded" for an invalid time.
    static QString time(const QDateTime &t);
    static QString date(const QDateTime &t);
    // "in 3 days", "12 days ago", "today", relative to now.
    static QString relativeDays(const QDateTime &t, const QDateTime &now);
};

// How strongly a row stands out.
enum class Emphasis { None, Warning, Alarm };

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
    int mainColumn_;
    qreal mainShare_;
    QList<int> natural_; // unwrapped text
    QList<int> minimum_; // the widest piece of text that cannot wrap
};

} // namespace airlock
