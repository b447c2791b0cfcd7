#include "overviewsection.h"

#include "clock.h"
#include "sectionstyle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

constexpr const char *kContext = "airlock::OverviewSection";

// Seed 002's lifecycle path. "maintain" has no stage of its own: it is the steady state of a
// monitored connector, so a monitored connector stands on both monitor and maintain.
constexpr std::array kLifecycleKeys{"request",  "review",   "limit",  "monitor",
                                    "maintain", "reassess", "reduce", "retire"};
constexpr std::array kLifecycleWords{QT_TRANSLATE_NOOP("airlock::OverviewSection", "request"),
                                     QT_TRANSLATE_NOOP("airlock::OverviewSection", "review"),
                                     QT_TRANSLATE_NOOP("airlock::OverviewSection", "limit"),
                                     QT_TRANSLATE_NOOP("airlock::OverviewSection", "monitor"),
                                     QT_TRANSLATE_NOOP("airlock::OverviewSection", "maintain"),
                                     QT_TRANSLATE_NOOP("airlock::OverviewSection", "reassess"),
                                     QT_TRANSLATE_NOOP("airlock::OverviewSection", "reduce"),
                                     QT_TRANSLATE_NOOP("airlock::OverviewSection", "retire")};

// Seed 001's trust path, in TrustStage's order.
constexpr std::array kTrustKeys{"observe", "draft", "propose", "act_with_approval",
                                "scoped_autonomy"};
constexpr std::array kTrustWords{QT_TRANSLATE_NOOP("airlock::OverviewSection", "observe"),
                                 QT_TRANSLATE_NOOP("airlock::OverviewSection", "draft"),
                                 QT_TRANSLATE_NOOP("airlock::OverviewSection", "propose"),
                                 QT_TRANSLATE_NOOP("airlock::OverviewSection", "act with approval"),
                                 QT_TRANSLATE_NOOP("airlock::OverviewSection", "scoped autonomy")};

constexpr std::array kRowNames{QT_TRANSLATE_NOOP("airlock::OverviewSection", "Purpose:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Owner:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Target system:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Status:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Lifecycle stage:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Trust stage:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Disable path:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Rollback plan:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Freshness:")};

constexpr std::array kKindWords{
    QT_TRANSLATE_NOOP("airlock::OverviewSection", "document source"),
    QT_TRANSLATE_NOOP("airlock::OverviewSection", "business app"),
    QT_TRANSLATE_NOOP("airlock::OverviewSection", "database"),
    QT_TRANSLATE_NOOP("airlock::OverviewSection", "communication"),
    QT_TRANSLATE_NOOP("airlock::OverviewSection", "workflow tool"),
    QT_TRANSLATE_NOOP("airlock::OverviewSection", "device or facility")};

// The steps [first, last] of the lifecycle path a stage stands on.
std::pair<int, int> lifecycleSteps(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Requested:
        return {0, 0};
    case LifecycleStage::InReview:
        return {1, 1};
    case LifecycleStage::Limited:
        return {2, 2};
    case LifecycleStage::Monitored:
        return {3, 4};
    case LifecycleStage::Reassess:
        return {5, 5};
    case LifecycleStage::Reduced:
        return {6, 6};
    case LifecycleStage::Retired:
        return {7, 7};
    }
    return {-1, -1};
}

// One step of a path. The current step is drawn on a rounded Highlight background.
class StepLabel final : public QLabel
{
public:
    using QLabel::QLabel;
    void setCurrent(bool current)
    {
        current_ = current;
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (current_) {
            QPainter painter(this);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette().brush(QPalette::Highlight));
            painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        }
        QLabel::paintEvent(event);
    }

private:
    bool current_ = false;
};

} // namespace

// A horizontal row of step labels: steps before the current one read normally, the current
// ones are bold on the palette's highlight, later ones are dimmed.
class StepPath final : public QWidget
{
public:
    StepPath(const QString &name, const QStringList &keys, QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(name + u"Path"_s);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(6);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0) {
                auto *arrow = new QLabel(u"→"_s, this);
                arrow->setAccessibleName(QString()); // decoration
                layout->addWidget(arrow);
                arrows_.append(arrow);
            }
            auto *step = new StepLabel(this);
            step->setObjectName(name + u"Step_"_s + keys.at(i));
            step->setProperty("stepKey", keys.at(i));
            step->setContentsMargins(0, 2, 0, 2);
            layout->addWidget(step);
            steps_.append(step);
        }
        layout->addStretch(1);
    }

    void setTexts(const QStringList &texts)
    {
        for (qsizetype i = 0; i < steps_.size() && i < texts.size(); ++i)
            steps_.at(i)->setText(texts.at(i));
    }

    void setCurrent(int first, int last)
    {
        last_ = last;
        QStringList current;
        for (int i = 0; i < int(steps_.size()); ++i) {
            StepLabel *step = steps_.at(i);
            const bool isCurrent = i >= first && i <= last;
            const char *state = isCurrent ? "current" : (i < first ? "past" : "future");
            step->setProperty("stepState", QString::fromLatin1(state));
            step->setCurrent(isCurrent);
            // Only the highlighted step is padded, so an unhighlighted first step lines up
            // with the text in the rows above and below.
            step->setContentsMargins(isCurrent ? 6 : 0, 2, isCurrent ? 6 : 0, 2);
            QFont font = step->font();
            font.setBold(isCurrent);
            step->setFont(font);
            step->setForegroundRole(isCurrent ? QPalette::HighlightedText : QPalette::WindowText);
            step->setAccessibleName(isCurrent ? QCoreApplication::translate(
                                                    "airlock::OverviewSection", "%1 (current step)")
                                                    .arg(step->text())
                                              : step->text());
            if (isCurrent)
                current << step->property("stepKey").toString();
        }
        setProperty("currentSteps", current);
        restyle();
    }

    // Dimmed colours are computed from the palette, so they are redone when it changes.
    void restyle()
    {
        for (int i = 0; i < int(steps_.size()); ++i)
            applyTone(steps_.at(i), i > last_ ? Tone::Dim : Tone::Normal, palette());
        for (QLabel *arrow : std::as_const(arrows_))
            applyTone(arrow, Tone::Dim, palette());
    }

private:
    QList<StepLabel *> steps_;
    QList<QLabel *> arrows_;
    int last_ = -1; // steps after it are dimmed
};

namespace {

template<std::size_t N> QStringList keyList(const std::array<const char *, N> &keys)
{
    QStringList list;
    for (const char *key : keys)
        list << QString::fromLatin1(key);
    return list;
}

template<std::size_t N> QStringList wordList(const std::array<const char *, N> &words)
{
    QStringList list;
    for (const char *word : words)
        list << QCoreApplication::translate(kContext, word);
    return list;
}

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OverviewSection::OverviewSection(QWidget *parent)
    : ConnectorSection(parent)
{
    setObjectName(u"overviewSection"_s);
    auto *outer = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    outer->addLayout(grid);
    outer->addStretch(1);

    purpose_ = valueLabel(u"overviewPurpose"_s, this);
    owner_ = valueLabel(u"overviewOwner"_s, this);
    target_ = valueLabel(u"overviewTarget"_s, this);
    status_ = valueLabel(u"overviewStatus"_s, this);
    lifecycle_ = new StepPath(u"lifecycle"_s, keyList(kLifecycleKeys), this);
    trust_ = new StepPath(u"trust"_s, keyList(kTrustKeys), this);
    disablePath_ = valueLabel(u"overviewDisablePath"_s, this);
    rollbackPlan_ = valueLabel(u"overviewRollbackPlan"_s, this);
    freshness_ = valueLabel(u"overviewFreshness"_s, this);

    // A grid rather than a form layout: names sit on the first line of a wrapped value.
    const std::array<QWidget *, kRowNames.size()> fields{purpose_,     owner_,        target_,
                                                         status_,      lifecycle_,    trust_,
                                                         disablePath_, rollbackPlan_, freshness_};
    for (int row = 0; row < int(fields.size()); ++row) {
        QWidget *field = fields.at(std::size_t(row));
        const bool path = field == lifecycle_ || field == trust_;
        auto *name = new QLabel(this);
        rowNames_.append(name);
        grid->addWidget(name, row, 0, Qt::AlignLeft | (path ? Qt::AlignVCenter : Qt::AlignTop));
        grid->addWidget(field, row, 1);
    }
    retranslateRowNames();

    lifecycle_->setTexts(wordList(kLifecycleWords));
    trust_->setTexts(wordList(kTrustWords));
    lifecycle_->setCurrent(-1, -1);
    trust_->setCurrent(-1, -1);
}

OverviewSection::~OverviewSection() = default;

void OverviewSection::retranslateRowNames()
{
    for (qsizetype i = 0; i < rowNames_.size(); ++i)
        rowNames_.at(i)->setText(tr(kRowNames.at(std::size_t(i))));
}

QString OverviewSection::title() const
{
    return tr("Overview");
}

void OverviewSection::showConnector(const ConnectorView &view)
{
    connector_ = view.connector;
    render();
}

void OverviewSection::changeEvent(QEvent *event)
{
    ConnectorSection::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        lifecycle_->restyle();
        trust_->restyle();
        if (connector_)
            render();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateRowNames();
        lifecycle_->setTexts(wordList(kLifecycleWords));
        trust_->setTexts(wordList(kTrustWords));
        if (connector_)
            render();
    }
}

// A missing answer is itself a finding: say so, in the warning colour.
void OverviewSection::showText(QLabel *label, const QString &text)
{
    const bool missing = text.trimmed().isEmpty();
    label->setText(missing ? tr("Not recorded") : text);
    label->setProperty("missing", missing);
    applyTone(label, missing ? Tone::Warning : Tone::Normal, palette());
}

void OverviewSection::render()
{
    const Connector &c = *connector_;
    showText(purpose_, c.purpose);
    showText(owner_, c.owner);
    showText(disablePath_, c.disablePath);
    showText(rollbackPlan_, c.rollbackPlan);

    const auto kindIndex = std::size_t(c.kind);
    const QString kind = kindIndex < kKindWords.size() ? tr(kKindWords[kindIndex]) : QString();
    const QString system = c.targetSystem.isEmpty() ? tr("(target not recorded)") : c.targetSystem;
    target_->setText(tr("%1 — %2, via %3").arg(system, kind, transportWords(c.transport)));

    switch (c.status) {
    case ConnectorStatus::Active:
        status_->setText(tr("Active"));
        applyTone(status_, Tone::Normal, palette());
        break;
    case ConnectorStatus::Paused:
        status_->setText(tr("Paused — every call is refused until it is resumed"));
        applyTone(status_, Tone::Warning, palette());
        break;
    case ConnectorStatus::Disconnected:
        status_->setText(tr("Disconnected — every call is refused; reconnecting is a recorded "
                            "decision"));
        applyTone(status_, Tone::Bad, palette());
        break;
    case ConnectorStatus::Retired:
        status_->setText(tr("Retired"));
        applyTone(status_, Tone::Dim, palette());
        break;
    }

    const auto [first, last] = lifecycleSteps(c.lifecycle);
    lifecycle_->setCurrent(first, last);
    trust_->setCurrent(int(c.trust), int(c.trust));
    showFreshness();
}

QString OverviewSection::relativeAge(qint64 secs)
{
    if (secs < 60)
        return tr("just now");
    if (secs < 3600) {
        const qint64 m = secs / 60;
        return m == 1 ? tr("1 minute ago") : tr("%1 minutes ago").arg(m);
    }
    if (secs < 48 * 3600) {
        const qint64 h = secs / 3600;
        return h == 1 ? tr("1 hour ago") : tr("%1 hours ago").arg(h);
    }
    return tr("%1 days ago").arg(secs / 86400);
}

QString OverviewSection::spanWords(qint64 secs)
{
    if (secs >= 2 * 86400 && secs % 86400 == 0)
        return tr("%1 days").arg(secs / 86400);
    if (secs >= 3600)
        return tr("%1 h").arg(QLocale().toString(double(secs) / 3600.0, 'g', 3));
    if (secs >= 60)
        return tr("%1 min").arg(secs / 60);
    return tr("%1 s").arg(secs);
}

QString OverviewSection::transportWords(const QString &transport)
{
    if (transport == u"mcp_stdio")
        return tr("MCP (stdio)");
    if (transport == u"mcp_http" || transport == u"mcp_streamable_http")
        return tr("MCP (HTTP)");
    if (transport == u"mcp_sse")
        return tr("MCP (SSE)");
    return transport;
}

void OverviewSection::showFreshness()
{
    const Connector &c = *connector_;
    const bool limited = c.freshnessLimitSecs > 0;
    const QString limit = limited ? spanWords(c.freshnessLimitSecs) : QString();
    bool stale = false;
    QString text;
    if (!c.lastSyncAt.isValid()) {
        stale = limited;
        text = limited ? tr("stale: never synced, limit %1").arg(limit)
                       : tr("Never synced; no freshness limit recorded");
        freshness_->setToolTip(QString());
    } else {
        const qint64 age = c.lastSyncAt.secsTo(currentTime());
        const QString ago = relativeAge(age);
        stale = limited && age > c.freshnessLimitSecs;
        if (!limited)
            text = tr("last sync %1; no freshness limit recorded").arg(ago);
        else if (stale)
            text = tr("stale: last sync %1, limit %2").arg(ago, limit);
        else
            text = tr("fresh: last sync %1, limit %2").arg(ago, limit);
        freshness_->setToolTip(QLocale().toString(c.lastSyncAt.toLocalTime(), QLocale::LongFormat));
    }
    freshness_->setText(text);
    freshness_->setProperty("stale", stale);
    applyTone(freshness_, stale ? Tone::Warning : Tone::Normal, palette());
}

} // namespace airlock
