#include "powerssection.h"

#include "policy/policy.h"
#include "sectionstyle.h"

#include <QEvent>
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

constexpr std::array kModeNames{QT_TRANSLATE_NOOP("airlock::PowersSection", "Always ask"),
                                QT_TRANSLATE_NOOP("airlock::PowersSection", "Any changes"),
                                QT_TRANSLATE_NOOP("airlock::PowersSection", "Important actions"),
                                QT_TRANSLATE_NOOP("airlock::PowersSection", "Never ask")};

constexpr std::array kModeMeanings{
    QT_TRANSLATE_NOOP("airlock::PowersSection", "every call needs a human."),
    QT_TRANSLATE_NOOP("airlock::PowersSection",
                      "reads and searches run; every other call needs a human."),
    QT_TRANSLATE_NOOP("airlock::PowersSection",
                      "only important calls need a human: a send, a change not marked "
                      "non-destructive, or a target that matches a trigger rule below."),
    QT_TRANSLATE_NOOP("airlock::PowersSection",
                      "every granted, in-scope call runs without a human (earned autonomy: keep "
                      "it narrow and monitored).")};

constexpr std::array kTriggerNames{
    QT_TRANSLATE_NOOP("airlock::PowersSection", "External send"),
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Destructive change"),
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Privileged change"),
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Production write"),
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Customer-visible edit"),
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Purchase"),
    QT_TRANSLATE_NOOP("airlock::PowersSection", "Access beyond normal scope")};

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

// A path the pattern matches, for asking decide() about a trigger rule's targets: each run
// of '*' becomes one segment name. Empty when that does not give a match.
QString sampleTarget(const QString &pattern)
{
    QString sample;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != u'*') {
            sample += pattern.at(i);
            continue;
        }
        sample += u'x';
        while (i + 1 < pattern.size() && pattern.at(i + 1) == u'*')
            ++i;
    }
    return globMatch(pattern, sample) ? sample : QString();
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
    : ConnectorSection(parent)
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

void PowersSection::showConnector(const ConnectorView &view)
{
    connector_ = view.connector;
    render();
}

void PowersSection::changeEvent(QEvent *event)
{
    ConnectorSection::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        render();
}

void PowersSection::render()
{
    powers_->setHorizontalHeaderLabels(
        {tr("Power"), tr("Granted"), tr("Under this mode"), tr("What it covers")});
    triggers_->setHorizontalHeaderLabels({tr("#"), tr("Trigger"), tr("Target pattern")});

    const Connector c = connector_.value_or(Connector{});
    mode_->setText(tr("Permission mode: <b>%1</b> — %2")
                       .arg(tr(wordFor(kModeNames, c.mode)), tr(wordFor(kModeMeanings, c.mode))));
    mode_->setVisible(connector_.has_value());

    const bool active = c.status == ConnectorStatus::Active;
    statusNote_->setText(tr("This connector is %1, so every call is refused now; the table shows "
                            "what applies once it is active again.")
                             .arg(tr(wordFor(kStatusWords, c.status))));
    applyTone(statusNote_, Tone::Warning, palette());
    statusNote_->setVisible(connector_ && !active);

    fillPowers();
    fillTriggers();
}

void PowersSection::fillPowers()
{
    powers_->clearContents();
    if (!connector_) {
        powers_->setRowCount(0);
        fitTableHeight(powers_, int(kAllPowers.size()));
        return;
    }

    // Only the powers and the mode should matter here, so the probe is active and its scope
    // covers everything; a call without a tool and without a target is judged by power alone.
    Connector probe = *connector_;
    probe.status = ConnectorStatus::Active;
    probe.scope = {ScopeRule{ScopeRule::Effect::Include, u"**"_s}};

    const QColor dim = toneColor(Tone::Dim, palette());
    powers_->setRowCount(int(kAllPowers.size()));
    for (int row = 0; row < int(kAllPowers.size()); ++row) {
        const Power power = kAllPowers.at(std::size_t(row));
        const bool granted = probe.powers.has(power);

        PolicyRequest request;
        request.connector = &probe;
        request.power = power;
        const PolicyDecision decision = decide(request);

        QString verdict;
        QString why = decision.reason;
        switch (decision.verdict) {
        case Verdict::Allow: {
            verdict = tr("Runs automatically");
            // Under important_actions a trigger rule can still ask for a human on some
            // targets: ask decide() again with a target each rule matches.
            QStringList rules;
            for (qsizetype i = 0; i < probe.triggers.size(); ++i) {
                request.target = sampleTarget(probe.triggers.at(i).pattern);
                if (!request.target.isEmpty() && decide(request).verdict == Verdict::NeedsApproval)
                    rules << QString::number(i + 1);
            }
            if (rules.size() == 1)
                verdict = tr("Runs automatically, except on targets of trigger rule %1")
                              .arg(rules.constFirst());
            else if (rules.size() > 1)
                verdict = tr("Runs automatically, except on targets of trigger rules %1")
                              .arg(rules.join(u", "));
            break;
        }
        case Verdict::NeedsApproval:
            verdict = tr("Needs a human");
            break;
        case Verdict::Deny:
            verdict = decision.rule == u"powers" ? tr("Blocked: not granted") : tr("Blocked");
            break;
        }

        auto *name = new QTableWidgetItem(tr(kPowerNames.at(std::size_t(row))));
        name->setData(Qt::UserRole, wordOf(power));
        auto *grantedItem = new QTableWidgetItem(granted ? tr("Yes") : tr("No"));
        grantedItem->setData(Qt::UserRole, granted);
        auto *verdictItem = new QTableWidgetItem(verdict);
        verdictItem->setData(Qt::UserRole, wordOf(decision.verdict));
        verdictItem->setToolTip(why);
        auto *meaning = new QTableWidgetItem(tr(kPowerMeanings.at(std::size_t(row))));
        if (decision.verdict == Verdict::NeedsApproval) {
            QFont bold = verdictItem->font();
            bold.setBold(true);
            verdictItem->setFont(bold);
        }
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
    const QList<TriggerRule> rules = connector_ ? connector_->triggers : QList<TriggerRule>();
    const bool important = connector_ && connector_->mode == PermissionMode::ImportantActions;
    if (rules.isEmpty()) {
        triggersCaption_->setText(
            tr("No trigger rules are recorded: under important actions, only sends and changes "
               "not marked non-destructive need a human."));
    } else if (important) {
        triggersCaption_->setText(
            tr("Trigger rules: a call whose target matches one of these needs a human."));
    } else {
        triggersCaption_->setText(tr("Trigger rules (they decide only under important actions, "
                                     "not under the current mode):"));
    }
    triggersCaption_->setVisible(connector_ && (important || !rules.isEmpty()));
    triggers_->setVisible(!rules.isEmpty());

    triggers_->clearContents();
    triggers_->setRowCount(int(rules.size()));
    for (int row = 0; row < int(rules.size()); ++row) {
        const TriggerRule &rule = rules.at(row);
        auto *number = new QTableWidgetItem(QString::number(row + 1));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *kind = new QTableWidgetItem(tr(wordFor(kTriggerNames, rule.trigger)));
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
