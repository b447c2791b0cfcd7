#include "checkpointlist.h"

#include "logstatus.h"
#include "sections/sectionsupport.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

enum Column { Number, Events, Root, Signer, Made, Trusted, Matches, ColumnCount };

} // namespace

CheckpointList::CheckpointList(QWidget *parent)
    : QGroupBox(tr("Checkpoints"), parent)
{
    setObjectName(u"checkpointPanel"_s);
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(u"checkpointTable"_s);
    table_->setHorizontalHeaderLabels({tr("No."), tr("Events"), tr("Root"), tr("Signer key"),
                                       tr("Made"), tr("Trusted here"), tr("Store")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    // Every column as wide as its words; the root (a prefix, whole on hover) takes what is left.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(Root, QHeaderView::Stretch);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->setMinimumHeight(table_->horizontalHeader()->sizeHint().height() +
                             4 * table_->verticalHeader()->defaultSectionSize() +
                             2 * table_->frameWidth());
    summary_ = new QLabel(tr("Not yet checked."), this);
    summary_->setObjectName(u"checkpointSummary"_s);
    summary_->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addWidget(summary_);
}

void CheckpointList::showAudit(const LogAudit &audit)
{
    if (audit.report.cancelled)
        return;
    shown_ = audit;
    table_->setRowCount(0);
    // Newest first: the one that vouches for the most is what a reader looks for.
    for (qsizetype i = audit.anchorStatus.size() - 1; i >= 0; --i) {
        const AnchorStatus &a = audit.anchorStatus.at(i);
        const int row = table_->rowCount();
        table_->insertRow(row);
        auto set = [&](int column, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            if (column == Events)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, column, item);
        };
        set(Number, LogStatus::anchorName(a),
            a.witness
                ? tr("This machine's witness: the newest checkpoint it has seen of this store")
                : QString());
        set(Events, QLocale().toString(a.size));
        if (a.checkpoint) {
            set(Root, QString::fromLatin1(a.checkpoint->root.toHex().left(12)) + u"…"_s,
                QString::fromLatin1(a.checkpoint->root.toHex()));
            set(Signer, LogStatus::signerText(a), a.checkpoint->keyId());
            set(Made, LogStatus::timeText(a.checkpoint->time),
                a.checkpoint->time.toUTC().toString(Qt::ISODate));
        } else {
            set(Root, tr("unreadable"));
        }
        set(Trusted, a.trusted ? tr("yes") : tr("no"),
            a.trusted ? tr("Signed by this machine's key or one under trusted-keys/")
                      : tr("This machine does not trust the key: put its public key under "
                           "trusted-keys/ to check it"));
        set(Matches, LogStatus::stateText(a));
    }
    QString summary;
    if (audit.anchorStatus.isEmpty())
        summary = tr("No checkpoint yet: `airlockctl checkpoint` signs one.");
    else
        summary = tr("%n checkpoint(s).", nullptr,
                     int(std::count_if(audit.anchorStatus.cbegin(), audit.anchorStatus.cend(),
                                       [](const AnchorStatus &a) { return a.number > 0; })));
    if (const QString since = LogStatus::sinceText(audit); !since.isEmpty())
        summary += u" "_s + since + u"."_s;
    summary_->setText(summary);
    applyColors();
}

void CheckpointList::showFailure(const QString &message)
{
    summary_->setText(tr("Cannot read the checkpoints: %1").arg(message));
}

void CheckpointList::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

// What does not match, in the bad colour of the current palette (light or dark).
void CheckpointList::applyColors()
{
    for (int row = 0; row < table_->rowCount(); ++row) {
        QTableWidgetItem *state = table_->item(row, Matches);
        QTableWidgetItem *trusted = table_->item(row, Trusted);
        if (!state || !trusted)
            continue;
        const qsizetype index = shown_.anchorStatus.size() - 1 - row;
        const AnchorStatus &a = shown_.anchorStatus.at(index);
        const bool bad = !a.checkpoint || !a.signatureValid || !a.sameStore ||
                         a.state == AnchorStatus::State::Contradicts ||
                         a.state == AnchorStatus::State::Beyond;
        const Tone tone = bad                                       ? Tone::Bad
                          : a.state == AnchorStatus::State::Matches ? Tone::Good
                                                                    : Tone::Dim;
        state->setForeground(toneColor(tone, palette()));
        trusted->setForeground(toneColor(a.trusted ? Tone::Normal : Tone::Warning, palette()));
    }
}

} // namespace airlock
