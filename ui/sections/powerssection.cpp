#include "powerssection.h"

#include "policy/policy.h"
#include "sectionsupport.h"
#include "sectiontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

enum PowerColumn { PowerNameColumn, GrantedColumn, VerdictColumn, MeaningColumn, PowerColumns };
enum TriggerColumn { TriggerNumberColumn, TriggerKindColumn, TriggerPatternColumn, TriggerColumns };

constexpr std::array kPowerNames{QT_TRANSLATE_NOOP("airlock::PowersSection", "Read"),
                                 QT_TRANSLATE_NOOP("airlock::PowersSection", "Search"),
                                 QT_TRANSLATE_NOOP("airlock::PowersSection", "Draft"),
                                 QT_TRANSLATE_NOOP("airlock::PowersSection", "Write"),
                                 QT_TRANSLATE_NOOP("airlock::PowersSection", "Send"),
                                 QT_TRANSLATE_NOOP("airlock::PowersSection", "Trigger")};

constexpr std::array kPowerMeanings{
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Look at records, files and messages"),
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Query and list what is there"),
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Prepare a change or message nobody sees yet"),
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Change records in the target system"),
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Send something out (email, chat, webhook)"),
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Start actions elsewhere (workflows, payments)")};

constexpr std::array kStatusWords{QT_TRANSLATE_NOOP("airlock::PowersSection", "active"),
                                  QT_TRANSLATE_NOOP("airlock::PowersSection", "paused"),
                                  QT_TRANSLATE_NOOP("airlock::PowersSection", "disconnected"),
                                  QT_TRANSLATE_NOOP("airlock::PowersSection", "retired")};

template<typename E, std::size_t N>
const char *wordFor(const std::array<const char *, N> &words, E value)
{
    const auto index = std::size_t(value);
    return index < N ? words[index] : "";
}

QTableWidget *makeTable(int columns, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Read-only facts with tooltips: nothing to select or to move a cursor through.
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

} // namespace

PowersSection::PowersSection(QWidget *parent)
    : ConnectorFactsSection(parent)
{
    setObjectName(u"powersSection"_s);
    auto *layout = new QVBoxLayout(this);

    mode_ = new QLabel(this);
    mode_->setObjectName(u"powersMode"_s);
    mode_->setWordWrap(true);
    mode_->setTextFormat(Qt::RichText);
    layout->addWidget(mode_);

    statusNote_ = new QLabel(this);
    statusNote_->setObjectName(u"powersStatusNote"_s);
    statusNote_->setWordWrap(true);
    statusNote_->hide();
    layout->addWidget(statusNote_);

    powers_ = makeTable(PowerColumns, u"powersTable"_s, this);
    powers_->setAccessibleName(tr("Powers and what a call with each gets"));
    for (int column : {PowerNameColumn, GrantedColumn, VerdictColumn})
        powers_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(powers_);

    layout->addSpacing(6);
    triggersCaption_ = new QLabel(this);
    triggersCaption_->setObjectName(u"triggerRulesCaption"_s);
    triggersCaption_->setWordWrap(true);
    layout->addWidget(triggersCaption_);

    triggers_ = makeTable(TriggerColumns, u"triggerRules"_s, this);
    triggers_->setAccessibleName(tr("Trigger rules"));
    for (int column : {TriggerNumberColumn, TriggerKindColumn})
        triggers_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(triggers_);
    layout->addStretch(1);

    render();
}

QString PowersSection::title() const
{
    return tr("Powers and approval");
}

void PowersSection::render()
{
    powers_->setHorizontalHeaderLabels(
        {tr("Power"), tr("Granted"), tr("Under this mode"), tr("What it covers")});
    triggers_->setHorizontalHeaderLabels({tr("#"), tr("Trigger"), tr("Target pattern")});

    const Connector c = connector().value_or(Connector{});
    mode_->setText(tr("Permission mode: <b>%1</b> — %2")
                       .arg(PowersText::mode(c.mode), PowersText::modeMeaning(c.mode)));
    mode_->setVisible(connector().has_value());

    const bool active = c.status == ConnectorStatus::Active;
    statusNote_->setText(tr("This connector is %1, so every call is refused now; the table shows "
                            "what applies once it is active again.")
                             .arg(tr(wordFor(kStatusWords, c.status))));
    applyTone(statusNote_, Tone::Warning, palette());
    statusNote_->setVisible(connector() && !active);

    fillPowers();
    fillTriggers();
}

void PowersSection::fillPowers()
{
    powers_->clearContents();
    if (!connector()) {
        powers_->setRowCount(0);
        fitTableHeight(powers_, int(kAllPowers.size()));
        return;
    }

    const Connector &c = *connector();
    const QColor dim = toneColor(Tone::Dim, palette());
    powers_->setRowCount(int(kAllPowers.size()));
    for (int row = 0; row < int(kAllPowers.size()); ++row) {
        const Power power = kAllPowers.at(std::size_t(row));
        const bool granted = c.powers.has(power);
        const PolicyDecision decision = decideForPower(c, power);
        const QString verdict = PowersText::verdict(decision, triggerRulesAskingFor(c, power));

        auto *name = new QTableWidgetItem(tr(kPowerNames.at(std::size_t(row))));
        name->setData(Qt::UserRole, wordOf(power));
        auto *grantedItem = new QTableWidgetItem(granted ? tr("Yes") : tr("No"));
        grantedItem->setData(Qt::UserRole, granted);
        auto *verdictItem = new QTableWidgetItem(verdict);
        verdictItem->setData(Qt::UserRole, wordOf(decision.verdict));
        verdictItem->setToolTip(decision.reason);
        auto *meaning = new QTableWidgetItem(tr(kPowerMeanings.at(std::size_t(row))));
        if (decision.verdict == Verdict::NeedsApproval)
            setBold(verdictItem);
        if (!granted) {
            for (QTableWidgetItem *item : {name, grantedItem, verdictItem, meaning})
                item->setForeground(dim);
        }
        powers_->setItem(row, PowerNameColumn, name);
        powers_->setItem(row, GrantedColumn, grantedItem);
        powers_->setItem(row, VerdictColumn, verdictItem);
        powers_->setItem(row, MeaningColumn, meaning);
    }
    fitTableHeight(powers_, int(kAllPowers.size()));
}

void PowersSection::fillTriggers()
{
    const QList<TriggerRule> rules = connector() ? connector()->triggers : QList<TriggerRule>();
    const bool important = connector() && connector()->mode == PermissionMode::ImportantActions;
    triggersCaption_->setText(PowersText::triggerRulesCaption(!rules.isEmpty(), important));
    triggersCaption_->setVisible(connector() && (important || !rules.isEmpty()));
    triggers_->setVisible(!rules.isEmpty());

    triggers_->clearContents();
    triggers_->setRowCount(int(rules.size()));
    for (int row = 0; row < int(rules.size()); ++row) {
        const TriggerRule &rule = rules.at(row);
        auto *number = new QTableWidgetItem(QString::number(row + 1));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *kind = new QTableWidgetItem(PowersText::trigger(rule.trigger));
        kind->setData(Qt::UserRole, wordOf(rule.trigger));
        auto *pattern = new QTableWidgetItem(rule.pattern);
        pattern->setToolTip(rule.pattern);
        triggers_->setItem(row, TriggerNumberColumn, number);
        triggers_->setItem(row, TriggerKindColumn, kind);
        triggers_->setItem(row, TriggerPatternColumn, pattern);
    }
    fitTableHeight(triggers_, 8);
}

} // namespace airlock
