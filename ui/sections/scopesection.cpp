#include "scopesection.h"

#include "policy/calljudge.h"
#include "sectionsupport.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
enum Column { NumberColumn, EffectColumn, PatternColumn, ColumnCount };
} // namespace

ScopeSection::ScopeSection(QWidget *parent)
    : ConnectorSection(parent)
{
    setObjectName(u"scopeSection"_s);
    auto *layout = new QVBoxLayout(this);

    note_ = new QLabel(this);
    note_->setObjectName(u"scopeNote"_s);
    note_->setWordWrap(true);
    layout->addWidget(note_);

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(u"scopeRules"_s);
    table_->setHorizontalHeaderLabels({tr("#"), tr("Effect"), tr("Pattern")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideMiddle); // a path's both ends say most
    table_->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(EffectColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table_->setAccessibleName(tr("Scope rules"));
    layout->addWidget(table_);

    auto *prompt = new QLabel(tr("&Test a resource path:"), this);
    layout->addSpacing(6);
    layout->addWidget(prompt);
    path_ = new QLineEdit(this);
    path_->setObjectName(u"scopeTestPath"_s);
    path_->setClearButtonEnabled(true);
    path_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    path_->setPlaceholderText(tr("a resource path, e.g. crm:accounts/segment=smb/4711"));
    prompt->setBuddy(path_);
    layout->addWidget(path_);

    result_ = new QLabel(this);
    result_->setObjectName(u"scopeTestResult"_s);
    result_->setWordWrap(true);
    result_->setTextFormat(Qt::PlainText);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(result_);
    layout->addStretch(1);

    connect(path_, &QLineEdit::textChanged, this, &ScopeSection::testPath);
    fillRules();
}

QString ScopeSection::title() const
{
    return tr("Scope");
}

void ScopeSection::showConnector(const ConnectorView &view)
{
    // The typed path stays while the same connector is refreshed; another connector starts
    // with an empty box so an old answer is never shown against new rules.
    if (view.connector.name != connectorName_) {
        connectorName_ = view.connector.name;
        const QSignalBlocker blocker(path_);
        path_->clear();
    }
    connector_ = view.connector;
    rules_ = view.connector.scope;
    fillRules();
}

void ScopeSection::changeEvent(QEvent *event)
{
    ConnectorSection::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        fillRules();
}

void ScopeSection::fillRules()
{
    note_->setText(rules_.isEmpty()
                       ? tr("No scope rules are recorded, so nothing is in scope: every call "
                            "with a target is refused.")
                       : tr("Rules are checked in order: the last matching rule decides; "
                            "anything not included is out of scope."));

    table_->clearContents();
    table_->setRowCount(int(rules_.size()));
    for (int row = 0; row < int(rules_.size()); ++row) {
        const ScopeRule &rule = rules_.at(row);
        const bool include = rule.effect == ScopeRule::Effect::Include;
        auto *number = new QTableWidgetItem(QString::number(row + 1));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *effect = new QTableWidgetItem(include ? tr("include") : tr("exclude"));
        effect->setData(Qt::UserRole, effectWord(rule.effect));
        effect->setForeground(toneColor(include ? Tone::Good : Tone::Bad, palette()));
        auto *pattern = new QTableWidgetItem(rule.pattern);
        pattern->setToolTip(rule.pattern);
        table_->setItem(row, NumberColumn, number);
        table_->setItem(row, EffectColumn, effect);
        table_->setItem(row, PatternColumn, pattern);
    }
    fitTableHeight(table_, 12);
    table_->setVisible(!rules_.isEmpty());

    testPath();
}

void ScopeSection::testPath()
{
    const QString path = path_->text().trimmed();
    QFont font = result_->font();
    font.setBold(!path.isEmpty());
    result_->setFont(font);
    if (path.isEmpty()) {
        result_->setText(
            tr("Type a resource path above to see whether it is in scope and which rule decides."));
        result_->setProperty("inScope", QVariant());
        result_->setProperty("decidingRule", -1);
        applyTone(result_, Tone::Dim, palette());
        table_->clearSelection();
        return;
    }

    // The core's judge decides, on the target made canonical as every call's is; this only
    // puts its answer into words.
    CallToJudge call;
    call.connector = &connector_;
    call.toolRequired = false;
    call.assertedPower = Power::Read;
    call.target = path;
    const CallDecision judged = judgeCall(call);
    const ScopeDecision &decision = judged.scope;
    const int row = decision.ruleIndex;
    QString text;
    if (judged.decision.rule == u"target"_s) {
        text = tr("Refused — %1").arg(judged.decision.reason);
    } else if (row < 0) {
        text = tr("Out of scope — no rule includes it");
    } else {
        const QString number = QString::number(row + 1);
        const QString pattern = rules_.at(row).pattern;
        text = decision.inScope
                   ? tr("In scope — included by rule %1 (%2)").arg(number, pattern)
                   : tr("Out of scope — excluded by rule %1 (%2)").arg(number, pattern);
    }
    if (judged.decision.rule != u"target"_s && judged.target != path)
        text += u'\n' + tr("Judged as %1").arg(judged.target);
    result_->setProperty("canonicalTarget", judged.decision.rule == u"target"_s
                                                ? QVariant()
                                                : QVariant(judged.target));
    result_->setText(text);
    result_->setProperty("inScope", decision.inScope);
    result_->setProperty("decidingRule", row);
    applyTone(result_, decision.inScope ? Tone::Good : Tone::Bad, palette());

    if (row < 0) {
        table_->clearSelection();
        table_->setCurrentItem(nullptr);
    } else {
        table_->selectRow(row);
        table_->scrollToItem(table_->item(row, NumberColumn));
    }
}

} // namespace airlock
