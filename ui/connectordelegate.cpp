#include "connectordelegate.h"

#include "domain/connector.h"
#include "inventory/connectortablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>
#include <QIcon>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace airlock {

QColor warningColor(const QPalette &palette)
{
    // A red that keeps its contrast: darker on light backgrounds, lighter on dark ones.
    return palette.color(QPalette::Base).lightness() > 128 ? QColor(0xc5, 0x22, 0x1f) : QColor(0xff, 0x8a, 0x80);
}

namespace {
// The power glyphs are single-colour SVGs; they are tinted with the cell's text colour so
// they keep their contrast on light and dark palettes and on the selection.
QPixmap powerGlyph(Power p, const QColor &color, qreal dpr)
{
    static const char *const files[] = {"read", "search", "draft", "write", "send", "trigger"};
    static QHash<QString, QPixmap> cache;
    const QString key = u"%1-%2-%3"_s.arg(int(p)).arg(color.rgba()).arg(dpr);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const QIcon icon(u":/icons/power-%1.svg"_s.arg(QLatin1String(files[int(p)])));
    QPixmap pm = icon.pixmap(QSize(16, 16), dpr);
    QPainter tint(&pm);
    tint.setCompositionMode(QPainter::CompositionMode_SourceIn);
    tint.fillRect(pm.rect(), color);
    tint.end();
    cache.insert(key, pm);
    return pm;
}

QIcon statusIcon(int status)
{
    switch (ConnectorStatus(status)) {
    case ConnectorStatus::Active: return QIcon(u":/icons/status-active.svg"_s);
    case ConnectorStatus::Paused: return QIcon(u":/icons/status-paused.svg"_s);
    case ConnectorStatus::Disconnected: return QIcon(u":/icons/status-disconnected.svg"_s);
    case ConnectorStatus::Retired: return QIcon(u":/icons/status-retired.svg"_s);
    }
    return {};
}
constexpr int kIcon = 16;
constexpr int kGap = 3;
} // namespace

void ConnectorDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (index.column()) {
    case ConnectorTableModel::StatusColumn:
        option->icon = statusIcon(index.data(ConnectorTableModel::StatusRole).toInt());
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(kIcon, kIcon);
        break;
    case ConnectorTableModel::NextReviewColumn:
        if (index.data(ConnectorTableModel::OverdueRole).toBool()) {
            option->palette.setColor(QPalette::Text, warningColor(option->palette));
            option->font.setBold(true);
        }
        break;
    case ConnectorTableModel::Blocked7dColumn:
        if (index.data(ConnectorTableModel::BlockedRole).toInt() > 0) {
            option->palette.setColor(QPalette::Text, warningColor(option->palette));
            option->font.setBold(true);
        }
        break;
    case ConnectorTableModel::ReadinessColumn: {
        const auto result = index.data(ConnectorTableModel::ReadinessRole).toInt();
        if (result == 2) { // fail
            option->palette.setColor(QPalette::Text, warningColor(option->palette));
            option->font.setBold(true);
        } else if (result == 1) { // warn
            const bool light = option->palette.color(QPalette::Base).lightness() > 128;
            option->palette.setColor(QPalette::Text, light ? QColor(0x9a, 0x5b, 0x00) : QColor(0xff, 0xc1, 0x07));
        }
        break;
    }
    case ConnectorTableModel::NameColumn:
        option->font.setBold(true);
        break;
    default:
        break;
    }
}

void ConnectorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (index.column() == ConnectorTableModel::ActionColumn) {
        // The kill switch on every row: a real button look, in the warning colour.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        const QString text = index.data().toString();
        if (text.isEmpty())
            return;
        QStyleOptionButton button;
        button.rect = option.rect.adjusted(3, 2, -3, -2);
        button.text = text;
        button.state = killSwitchAllowed() ? QStyle::State_Enabled | QStyle::State_Raised : QStyle::State_Raised;
        button.palette = option.palette;
        if (!killSwitchAllowed())
            button.palette.setCurrentColorGroup(QPalette::Disabled);
        const bool disconnect = index.data(ConnectorTableModel::StatusRole).toInt() != int(ConnectorStatus::Disconnected);
        if (disconnect && killSwitchAllowed())
            button.palette.setColor(QPalette::ButtonText, warningColor(option.palette));
        style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
        return;
    }
    if (index.column() != ConnectorTableModel::PowersColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as usual, then one icon per granted power in risk order.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const int bits = index.data(ConnectorTableModel::PowersRole).toInt();
    int x = opt.rect.left() + 4;
    const int y = opt.rect.top() + (opt.rect.height() - kIcon) / 2;
    const QColor color = opt.palette.color((opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                               : QPalette::Text);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    for (Power p : kAllPowers) {
        if (bits & (1 << int(p))) {
            painter->drawPixmap(QRect(x, y, kIcon, kIcon), powerGlyph(p, color, dpr));
            x += kIcon + kGap;
        }
    }
}

QSize ConnectorDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ConnectorTableModel::PowersColumn)
        size.setWidth(8 + int(kAllPowers.size()) * (kIcon + kGap));
    if (index.column() == ConnectorTableModel::ActionColumn)
        size.setWidth(option.fontMetrics.horizontalAdvance(index.data().toString()) + 28);
    return size;
}

bool ConnectorDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (index.column() == ConnectorTableModel::ActionColumn && !killSwitchAllowed() && event
        && event->type() == QEvent::ToolTip) {
        QToolTip::showText(event->globalPos(), killSwitchRefused_, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace airlock
