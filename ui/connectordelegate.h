#pragma once

#include <QStyledItemDelegate>

namespace airlock {

// Paints the Connectors table's semantic roles: power icons in the Powers column, a status
// icon, and overdue reviews and blocked attempts in the palette's warning colour.
class ConnectorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Shared mode: when the login may not pause or disconnect, the kill switch on each row is
    // drawn disabled and its tooltip says why (the database would refuse it anyway).
    void setKillSwitchRefused(const QString &why) { killSwitchRefused_ = why; }
    bool killSwitchAllowed() const { return killSwitchRefused_.isEmpty(); }
    QString killSwitchRefused() const { return killSwitchRefused_; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QString killSwitchRefused_;
};

// The colour that says "attention" on the current palette (readable on light and dark).
QColor warningColor(const QPalette &palette);

} // namespace airlock
