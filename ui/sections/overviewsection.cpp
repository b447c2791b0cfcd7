#include "overviewsection.h"

#include "clock.h"
#include "sectionsupport.h"
#include "sectiontext.h"

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

// The paths' steps, in OverviewText::lifecycleSteps() and trustSteps() order.
constexpr std::array kLifecycleKeys{"request",  "review",   "limit",  "monitor",
                                    "maintain", "reassess", "reduce", "retire"};
constexpr std::array kTrustKeys{"observe", "draft", "propose", "act_with_approval",
                                "scoped_autonomy"};

constexpr std::array kRowNames{QT_TRANSLATE_NOOP("airlock::OverviewSection", "Purpose:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Owner:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Target system:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Status:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Lifecycle stage:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Trust stage:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Disable path:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Rollback plan:"),
                               QT_TRANSLATE_NOOP("airlock::OverviewSection", "Freshness:")};

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

} // namespace

OverviewSection::OverviewSection(QWidget *parent)
    : ConnectorFactsSection(parent)
{
    setObjectName(u"overviewSection"_s);
    auto *outer = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    outer->addLayout(grid);
    outer->addStretch(1);

    purpose_ = makeNoteLabel(u"overviewPurpose"_s, this);
    owner_ = makeNoteLabel(u"overviewOwner"_s, this);
    target_ = makeNoteLabel(u"overviewTarget"_s, this);
    status_ = makeNoteLabel(u"overviewStatus"_s, this);
    lifecycle_ = new StepPath(u"lifecycle"_s, keyList(kLifecycleKeys), this);
    trust_ = new StepPath(u"trust"_s, keyList(kTrustKeys), this);
    disablePath_ = makeNoteLabel(u"overviewDisablePath"_s, this);
    rollbackPlan_ = makeNoteLabel(u"overviewRollbackPlan"_s, this);
    freshness_ = makeNoteLabel(u"overviewFreshness"_s, this);

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

    lifecycle_->setTexts(OverviewText::lifecycleSteps());
    trust_->setTexts(OverviewText::trustSteps());
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

void OverviewSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        lifecycle_->restyle();
        trust_->restyle();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateRowNames();
        lifecycle_->setTexts(OverviewText::lifecycleSteps());
        trust_->setTexts(OverviewText::trustSteps());
    }
    ConnectorFactsSection::changeEvent(event); // renders the connector again
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
    if (!connector())
        return;
    const Connector &c = *connector();
    showText(purpose_, c.purpose);
    showText(owner_, c.owner);
    showText(disablePath_, c.disablePath);
    showText(rollbackPlan_, c.rollbackPlan);

    target_->setText(OverviewText::target(c));

    status_->setText(OverviewText::status(c.status));
    switch (c.status) {
    case ConnectorStatus::Active:
        applyTone(status_, Tone::Normal, palette());
        break;
    case ConnectorStatus::Paused:
        applyTone(status_, Tone::Warning, palette());
        break;
    case ConnectorStatus::Disconnected:
        applyTone(status_, Tone::Bad, palette());
        break;
    case ConnectorStatus::Retired:
        applyTone(status_, Tone::Dim, palette());
        break;
    }

    const auto [first, last] = OverviewText::lifecycleStepsOf(c.lifecycle);
    lifecycle_->setCurrent(first, last);
    trust_->setCurrent(int(c.trust), int(c.trust));
    showFreshness();
}

void OverviewSection::showFreshness()
{
    const Connector &c = *connector();
    const auto freshness = OverviewText::freshness(c, currentTime(), OverviewText::SyncTime::Ago);
    freshness_->setText(freshness.text);
    freshness_->setToolTip(c.lastSyncAt.isValid()
                               ? QLocale().toString(c.lastSyncAt.toLocalTime(), QLocale::LongFormat)
                               : QString());
    freshness_->setProperty("stale", freshness.stale);
    applyTone(freshness_, freshness.stale ? Tone::Warning : Tone::Normal, palette());
}

} // namespace airlock
