#include "changediffview.h"

#include "domain/displaytext.h"

#include "sections/sectionsupport.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

constexpr int kMaxVisibleLines = 18;

QColor tint(const QPalette &palette, const QColor &colour, qreal share)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(float(base.redF() * (1 - share) + colour.redF() * share),
                            float(base.greenF() * (1 - share) + colour.greenF() * share),
                            float(base.blueF() * (1 - share) + colour.blueF() * share));
}

QPlainTextEdit *makeSide(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}

} // namespace

ChangeDiffView::ChangeDiffView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"changeDiff"_s);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    summary_ = makeNoteLabel(u"changeSummary"_s, this);
    auto *beforeTitle = new QLabel(tr("Before"), this);
    auto *afterTitle = new QLabel(tr("After"), this);
    QFont bold = beforeTitle->font();
    bold.setBold(true);
    beforeTitle->setFont(bold);
    afterTitle->setFont(bold);
    before_ = makeSide(u"changeBefore"_s, this);
    after_ = makeSide(u"changeAfter"_s, this);
    grid->addWidget(summary_, 0, 0, 1, 2);
    grid->addWidget(beforeTitle, 1, 0);
    grid->addWidget(afterTitle, 1, 1);
    grid->addWidget(before_, 2, 0);
    grid->addWidget(after_, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    // The sides hold the same number of lines, so one scroll position fits both.
    for (auto [a, b] : {std::pair{before_, after_}, std::pair{after_, before_}}) {
        connect(a->verticalScrollBar(), &QScrollBar::valueChanged, b->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(a->horizontalScrollBar(), &QScrollBar::valueChanged, b->horizontalScrollBar(),
                &QScrollBar::setValue);
    }
}

void ChangeDiffView::showDiff(const ChangeDiff &diff)
{
    diff_ = diff;
    QStringList left, right;
    for (const ChangeDiff::Line &l : diff.lines) {
        // One display line per diff line (the sides stay aligned), control characters escaped.
        left << displayText(l.before);
        right << displayText(l.after);
    }
    before_->setPlainText(diff.hasBefore ? left.join(u'\n')
                                         : tr("(nothing: this change creates it)"));
    after_->setPlainText(diff.hasAfter ? right.join(u'\n')
                                       : tr("(nothing: this change deletes it)"));
    const int differing = diff.differingLines();
    QString text = differing == 0   ? tr("Before and after are the same.")
                   : differing == 1 ? tr("1 line differs")
                                    : tr("%1 lines differ").arg(differing);
    if (!diff.changedPaths.isEmpty() && differing > 0) {
        QStringList shown = diff.changedPaths.mid(0, 8);
        text += tr("; changed: %1").arg(displayText(shown.join(u", "_s)));
        if (diff.changedPaths.size() > shown.size())
            text += tr(" and %1 more").arg(diff.changedPaths.size() - shown.size());
    }
    summary_->setText(text);
    const int lines = std::min<int>(kMaxVisibleLines, std::max<int>(3, int(diff.lines.size())));
    const int height = before_->fontMetrics().lineSpacing() * lines + 16;
    before_->setFixedHeight(height);
    after_->setFixedHeight(height);
    paintMarks();
}

void ChangeDiffView::paintMarks()
{
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Base).lightnessF() < 0.5;
    const QColor removed = tint(p, QColor(0xd9, 0x30, 0x25), dark ? 0.35 : 0.18);
    const QColor added = tint(p, QColor(0x1e, 0x9e, 0x40), dark ? 0.35 : 0.18);
    const QColor gap = tint(p, p.color(QPalette::Text), 0.06);
    auto mark = [](QPlainTextEdit *edit, const QList<std::pair<int, QColor>> &rows) {
        QList<QTextEdit::ExtraSelection> selections;
        for (const auto &[row, colour] : rows) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(edit->document()->findBlockByNumber(row));
            s.format.setBackground(colour);
            s.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections << s;
        }
        edit->setExtraSelections(selections);
    };
    QList<std::pair<int, QColor>> left, right;
    for (int row = 0; row < diff_.lines.size(); ++row) {
        switch (diff_.lines.at(row).kind) {
        case ChangeDiff::Kind::Same:
            break;
        case ChangeDiff::Kind::Changed:
            left.append({row, removed});
            right.append({row, added});
            break;
        case ChangeDiff::Kind::Removed:
            left.append({row, removed});
            right.append({row, gap});
            break;
        case ChangeDiff::Kind::Added:
            left.append({row, gap});
            right.append({row, added});
            break;
        }
    }
    mark(before_, diff_.hasBefore ? left : QList<std::pair<int, QColor>>());
    mark(after_, diff_.hasAfter ? right : QList<std::pair<int, QColor>>());
}

void ChangeDiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintMarks();
}

} // namespace airlock
