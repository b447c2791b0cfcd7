#include "sectionsupport.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QTableWidget>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

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

bool isBlockedAttempt(const EvidenceEvent &e)
{
    return e.kind == EventKind::Blocked || e.result == EventResult::Blocked;
}

Emphasis emphasisOf(const EvidenceEvent &e)
{
    if (isBlockedAttempt(e))
        return Emphasis::Alarm;
    switch (e.result) {
    case EventResult::Failure:
    case EventResult::Timeout:
    case EventResult::ValidationError:
        return Emphasis::Warning;
    case EventResult::Success:
    case EventResult::Blocked:
    case EventResult::ApprovalNeeded:
        break;
    }
    return e.kind == EventKind::Error ? Emphasis::Warning : Emphasis::None;
}

bool widensReach(const DriftItem &item)
{
    switch (item.kind) {
    case DriftKind::PowersAdded:
    case DriftKind::ScopeWidened:
    case DriftKind::ScopeChanged:
    case DriftKind::ModeRelaxed:
    case DriftKind::IdentityChanged:
    case DriftKind::ToolAdded:
    case DriftKind::ToolChanged:
        return true;
    case DriftKind::TriggersChanged:
        return item.after.isEmpty() || item.what == u"rule order"; // a gate removed or moved
    case DriftKind::ToolPowerChanged: {
        const auto before = parseWord<Power>(item.before);
        const auto after = parseWord<Power>(item.after);
        return !before || !after || *after > *before;
    }
    case DriftKind::PowersRemoved:
    case DriftKind::ScopeNarrowed:
    case DriftKind::ModeTightened:
    case DriftKind::ToolRemoved:
        return false;
    }
    return true;
}

QColor emphasisBackground(const QPalette &palette, Emphasis emphasis)
{
    const QColor base = palette.color(QPalette::Base);
    if (emphasis == Emphasis::None)
        return base;
    // Mixing into the base keeps the palette's own text colour readable: a pale tint under
    // dark text on a light palette, a deep one under light text on a dark palette.
    const QColor accent =
        emphasis == Emphasis::Alarm ? QColor(0xe5, 0x39, 0x35) : QColor(0xf5, 0xa6, 0x23);
    const qreal share = base.lightness() > 128 ? 0.18 : 0.28;
    const auto blend = [share](int from, int to) {
        return int(from + (to - from) * share + 0.5);
    };
    return QColor(blend(base.red(), accent.red()), blend(base.green(), accent.green()),
                  blend(base.blue(), accent.blue()));
}

void emphasize(QTableWidgetItem *item, Emphasis emphasis)
{
    item->setData(EmphasisDelegate::EmphasisRole, int(emphasis));
}

void setBold(QTableWidgetItem *item)
{
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
}

void EmphasisDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto emphasis = Emphasis(index.data(EmphasisRole).toInt());
    if (emphasis != Emphasis::None)
        option->backgroundBrush = emphasisBackground(option->palette, emphasis);
}

QSize EmphasisDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Wrapped rows set close together read as one block; a few pixels keep them apart.
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 6);
}

QTableWidget *makeSectionTable(const QString &objectName, const QStringList &headers,
                               QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSortingEnabled(false);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setItemDelegate(new EmphasisDelegate(table));
    return table;
}

QLabel *makeNoteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
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

ColumnFitter::ColumnFitter(QTableWidget *table, int mainColumn, qreal mainShare)
    : QObject(table)
    , table_(table)
    , viewport_(table->viewport())
    , mainColumn_(mainColumn)
    , mainShare_(mainShare)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    viewport_->installEventFilter(this);
}

namespace {

// The widest piece of text that cannot wrap: line breaks fall between the pieces that
// QTextBoundaryFinder finds (after spaces, hyphens, slashes), as in the item view's own layout.
int widestUnbreakable(const QString &text, const QFontMetrics &metrics)
{
    int widest = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        widest = qMax(widest, metrics.horizontalAdvance(text.mid(start, end - start).trimmed()));
        start = end;
    }
    return widest;
}

} // namespace

void ColumnFitter::refresh()
{
    natural_.clear();
    minimum_.clear();
    const QHeaderView *header = table_->horizontalHeader();
    // Public in QAbstractItemView, protected in QTableView. It measures unwrapped text: the
    // width at which nothing wraps.
    const QAbstractItemView *view = table_;
    const QStyle *style = table_->style();
    // The cell's margins: the focus frame on each side and the grid line, and a few pixels
    // for the text layout's rounding, which would otherwise elide a word that just fits.
    const int padding =
        2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table_) + 1) + 1 + 4;
    const int icon = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table_) +
                     2 * style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table_);
    constexpr int kRowsMeasured = 1000; // as QHeaderView's resizeContentsPrecision
    for (int column = 0; column < table_->columnCount(); ++column) {
        const int natural = qMax(header->sectionSizeHint(column), view->sizeHintForColumn(column));
        int minimum = natural;
        if (table_->wordWrap()) {
            // Header labels do not wrap: a column is never narrower than its label.
            minimum = header->sectionSizeHint(column);
            for (int row = 0; row < qMin(table_->rowCount(), kRowsMeasured); ++row) {
                const QTableWidgetItem *item = table_->item(row, column);
                if (!item)
                    continue;
                const QVariant font = item->data(Qt::FontRole);
                const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : table_->font());
                minimum = qMax(minimum, widestUnbreakable(item->text(), metrics) + padding +
                                            (item->icon().isNull() ? 0 : icon));
            }
        }
        natural_ << natural;
        minimum_ << qMin(minimum, natural);
    }
    fit();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // While the table is being destroyed its viewport still gets events; by then the table
    // is no longer a QTableWidget (qobject_cast asks the object's current, dynamic type), and
    // touching it would be undefined behaviour (UBSan caught it).
    if (watched == viewport_ && event->type() == QEvent::Resize
        && qobject_cast<QTableWidget *>(viewport_->parentWidget()) == table_)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    const int available = table_->viewport()->width();
    if (natural_.size() != table_->columnCount() || available <= 0)
        return;
    const int mainMin = qMax(int(available * mainShare_), minimum_.at(mainColumn_));
    const int budget = available - mainMin;
    // The other columns' widths for a cap: each at its natural width up to the cap, but never
    // below its widest unbreakable piece of text.
    const auto widthsFor = [this](int cap) {
        QList<int> widths;
        for (int column = 0; column < natural_.size(); ++column)
            widths << qMax(minimum_.at(column), qMin(natural_.at(column), cap));
        widths[mainColumn_] = 0;
        return widths;
    };
    const auto total = [](const QList<int> &widths) {
        return std::accumulate(widths.cbegin(), widths.cend(), 0);
    };
    // The largest cap that fits the budget; when even the minimums do not fit, the table
    // scrolls sideways rather than cut a word.
    int low = 0;
    int high = *std::max_element(natural_.cbegin(), natural_.cend());
    while (low < high) {
        const int cap = (low + high + 1) / 2;
        if (total(widthsFor(cap)) <= budget)
            low = cap;
        else
            high = cap - 1;
    }
    const QList<int> widths = widthsFor(low);
    QHeaderView *header = table_->horizontalHeader();
    for (int column = 0; column < widths.size(); ++column) {
        if (column != mainColumn_)
            header->resizeSection(column, widths.at(column));
    }
    header->resizeSection(mainColumn_, qMax(mainMin, available - total(widths)));
}

} // namespace airlock
