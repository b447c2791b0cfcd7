#include "connectortablemodel.h"

#include "clock.h"

#include <QLocale>
#include <limits>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {


const QString kNone = u"—"_s;

QString kindText(ConnectorKind k)
{
    switch (k) {
    case ConnectorKind::DocumentSource:
        return ConnectorTableModel::tr("document source");
    case ConnectorKind::BusinessApp:
        return ConnectorTableModel::tr("business app");
    case ConnectorKind::Database:
        return ConnectorTableModel::tr("database");
    case ConnectorKind::Communication:
        return ConnectorTableModel::tr("communication");
    case ConnectorKind::WorkflowTool:
        return ConnectorTableModel::tr("workflow tool");
    case ConnectorKind::DeviceFacility:
        return ConnectorTableModel::tr("device or facility");
    }
    return wordOf(k);
}

QString statusText(ConnectorStatus s)
{
    switch (s) {
    case ConnectorStatus::Active:
        return ConnectorTableModel::tr("active");
    case ConnectorStatus::Paused:
        return ConnectorTableModel::tr("paused");
    case ConnectorStatus::Disconnected:
        return ConnectorTableModel::tr("disconnected");
    case ConnectorStatus::Retired:
        return ConnectorTableModel::tr("retired");
    }
    return wordOf(s);
}

QString lifecycleText(LifecycleStage l)
{
    switch (l) {
    case LifecycleStage::Requested:
        return ConnectorTableModel::tr("requested");
    case LifecycleStage::InReview:
        return ConnectorTableModel::tr("in review");
    case LifecycleStage::Limited:
        return ConnectorTableModel::tr("limited");
    case LifecycleStage::Monitored:
        return ConnectorTableModel::tr("monitored");
    case LifecycleStage::Reassess:
        return ConnectorTableModel::tr("reassess");
    case LifecycleStage::Reduced:
        return ConnectorTableModel::tr("reduced");
    case LifecycleStage::Retired:
        return ConnectorTableModel::tr("retired");
    }
    return wordOf(l);
}

QString trustText(TrustStage t)
{
    switch (t) {
    case TrustStage::Observe:
        return ConnectorTableModel::tr("observe");
    case TrustStage::Draft:
        return ConnectorTableModel::tr("draft");
    case TrustStage::Propose:
        return ConnectorTableModel::tr("propose");
    case TrustStage::ActWithApproval:
        return ConnectorTableModel::tr("act with approval");
    case TrustStage::ScopedAutonomy:
        return ConnectorTableModel::tr("scoped autonomy");
    }
    return wordOf(t);
}

QString powerText(Power p)
{
    switch (p) {
    case Power::Read:
        return ConnectorTableModel::tr("read");
    case Power::Search:
        return ConnectorTableModel::tr("search");
    case Power::Draft:
        return ConnectorTableModel::tr("draft");
    case Power::Write:
        return ConnectorTableModel::tr("write");
    case Power::Send:
        return ConnectorTableModel::tr("send");
    case Power::Trigger:
        return ConnectorTableModel::tr("trigger");
    }
    return wordOf(p);
}

QString modeText(PermissionMode m)
{
    switch (m) {
    case PermissionMode::AlwaysAsk:
        return ConnectorTableModel::tr("always ask");
    case PermissionMode::AnyChanges:
        return ConnectorTableModel::tr("any changes");
    case PermissionMode::ImportantActions:
        return ConnectorTableModel::tr("important actions");
    case PermissionMode::NeverAsk:
        return ConnectorTableModel::tr("never ask");
    }
    return wordOf(m);
}

QString modeExplanation(PermissionMode m)
{
    switch (m) {
    case PermissionMode::AlwaysAsk:
        return ConnectorTableModel::tr("Every call waits for a human.");
    case PermissionMode::AnyChanges:
        return ConnectorTableModel::tr("Reads and searches run; every change waits for a human.");
    case PermissionMode::ImportantActions:
        return ConnectorTableModel::tr("Only calls that match an approval trigger wait for a human.");
    case PermissionMode::NeverAsk:
        return ConnectorTableModel::tr("Nothing waits for a human: earned autonomy, narrow and monitored.");
    }
    return {};
}

QString identityKindText(IdentityKind k)
{
    switch (k) {
    case IdentityKind::ServicePrincipal:
        return ConnectorTableModel::tr("service principal");
    case IdentityKind::DelegatedUser:
        return ConnectorTableModel::tr("delegated user");
    case IdentityKind::ApiKey:
        return ConnectorTableModel::tr("API key");
    case IdentityKind::OauthApp:
        return ConnectorTableModel::tr("OAuth app");
    case IdentityKind::PlatformManaged:
        return ConnectorTableModel::tr("platform managed");
    }
    return wordOf(k);
}

int powerBits(PowerSet powers)
{
    int bits = 0;
    for (Power p : kAllPowers) {
        if (powers.has(p))
            bits |= 1 << int(p);
    }
    return bits;
}

QString powersText(PowerSet powers)
{
    QStringList words;
    for (Power p : kAllPowers) {
        if (powers.has(p))
            words << powerText(p);
    }
    return words.isEmpty() ? ConnectorTableModel::tr("none") : words.join(u", "_s);
}

QString scopeText(const QList<ScopeRule> &rules)
{
    if (rules.isEmpty())
        return ConnectorTableModel::tr("no rules: nothing in scope");
    int includes = 0;
    QString firstInclude;
    for (const ScopeRule &r : rules) {
        if (r.effect != ScopeRule::Effect::Include)
            continue;
        if (includes++ == 0)
            firstInclude = r.pattern;
    }
    const QString counts = ConnectorTableModel::tr("+%1 −%2 rules").arg(includes).arg(rules.size() - includes);
    return firstInclude.isEmpty() ? counts : counts + u" · "_s + firstInclude;
}

QString dateText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat);
}

QString timeText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QVariant msOf(const QDateTime &t)
{
    // "Never" sorts before every real time.
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

bool isOverdue(const Connector &c)
{
    return c.nextReviewDue.isValid() && c.nextReviewDue < currentTime();
}

} // namespace

ConnectorTableModel::ConnectorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ConnectorTableModel::~ConnectorTableModel() = default;

int ConnectorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int ConnectorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ConnectorTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ConnectorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectorSummary &s = rows_.at(index.row());
    const Connector &c = s.connector;
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        return toolTip(s, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Blocked7dColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case NameRole:
        return c.name;
    case StatusRole:
        return int(c.status);
    case PowersRole:
        return powerBits(c.powers);
    case HighestPowerRole:
        return c.powers.highest() ? int(*c.powers.highest()) : -1;
    case OverdueRole:
        return isOverdue(c);
    case DriftRole:
        return s.driftedTools;
    case BlockedRole:
        return s.blockedLast7Days;
    case PendingApprovalsRole:
        return s.pendingApprovals;
    case SortRole:
        return sortValue(s, index.column());
    case ReadinessRole:
        return int(s.readiness);
    default:
        return {};
    }
}

QString ConnectorTableModel::statusName(ConnectorStatus status)
{
    return statusText(status);
}

QString ConnectorTableModel::actionText(ConnectorStatus status)
{
    switch (status) {
    case ConnectorStatus::Active:
    case ConnectorStatus::Paused: return tr("Disconnect…");
    case ConnectorStatus::Disconnected: return tr("Reconnect…");
    case ConnectorStatus::Retired: return QString();
    }
    return {};
}

QVariant ConnectorTableModel::display(const ConnectorSummary &s, int column) const
{
    const Connector &c = s.connector;
    switch (column) {
    case NameColumn:
        return c.name;
    case TargetColumn:
        return c.targetSystem.isEmpty() ? kindText(c.kind)
                                        : tr("%1 (%2)").arg(c.targetSystem, kindText(c.kind));
    case StatusColumn:
        return statusText(c.status);
    case PowersColumn:
        return powersText(c.powers);
    case ModeColumn:
        return modeText(c.mode);
    case IdentityColumn:
        return identityKindText(c.identity.kind);
    case ScopeColumn:
        return scopeText(c.scope);
    case ReadinessColumn:
        if (s.readinessFailures > 0)
            return s.readinessWarnings > 0 ? tr("%1 fail, %2 warn").arg(s.readinessFailures).arg(s.readinessWarnings)
                                           : tr("%1 fail").arg(s.readinessFailures);
        return s.readinessWarnings > 0 ? tr("%1 warn").arg(s.readinessWarnings) : tr("ready");
    case LastReviewColumn:
        return c.lastReviewAt.isValid() ? dateText(c.lastReviewAt) : tr("never");
    case NextReviewColumn:
        return c.nextReviewDue.isValid() ? dateText(c.nextReviewDue) : kNone;
    case LastActivityColumn:
        return s.lastActivity.isValid() ? timeText(s.lastActivity) : tr("none");
    case Blocked7dColumn:
        return QString::number(s.blockedLast7Days);
    case ActionColumn:
        return actionText(c.status);
    }
    return {};
}

QVariant ConnectorTableModel::toolTip(const ConnectorSummary &s, int column) const
{
    const Connector &c = s.connector;
    switch (column) {
    case NameColumn: {
        QStringList lines{c.purpose.isEmpty() ? tr("No purpose stated.") : c.purpose,
                          tr("Owner: %1").arg(c.owner.isEmpty() ? tr("not stated") : c.owner)};
        if (s.pendingApprovals > 0)
            lines << tr("%n approval request(s) pending", nullptr, s.pendingApprovals);
        if (s.driftedTools > 0)
            lines << tr("%n tool(s) new or changed since the last review", nullptr, s.driftedTools);
        return lines.join(u'\n');
    }
    case TargetColumn:
        return tr("%1\nKind: %2\nTransport: %3")
            .arg(c.targetSystem.isEmpty() ? tr("not stated") : c.targetSystem, kindText(c.kind),
                 c.transport);
    case StatusColumn:
        return tr("%1\nLifecycle: %2\nTrust: %3")
            .arg(statusText(c.status), lifecycleText(c.lifecycle), trustText(c.trust));
    case PowersColumn:
        return c.powers.highest() ? tr("Granted: %1\nHighest: %2")
                                        .arg(powersText(c.powers), powerText(*c.powers.highest()))
                                  : tr("No powers granted: every call is refused.");
    case ModeColumn:
        return QString(modeText(c.mode) + u": "_s + modeExplanation(c.mode));
    case IdentityColumn: {
        QStringList lines{
            identityKindText(c.identity.kind) + u": "_s +
            (c.identity.principal.isEmpty() ? tr("no principal stated") : c.identity.principal)};
        if (!c.identity.onBehalfOf.isEmpty())
            lines << tr("On behalf of: %1").arg(c.identity.onBehalfOf);
        if (c.identity.shared)
            lines << tr("Shared with other systems");
        return lines.join(u'\n');
    }
    case ScopeColumn: {
        if (c.scope.isEmpty())
            return tr("No scope rules: nothing is in scope.");
        QStringList lines;
        for (const ScopeRule &r : c.scope)
            lines << (r.effect == ScopeRule::Effect::Include ? tr("include %1") : tr("exclude %1"))
                         .arg(r.pattern);
        return lines.join(u'\n');
    }
    case ReadinessColumn:
        return s.readinessNotes.isEmpty() ? tr("Every checklist area passes") : s.readinessNotes;
    case LastReviewColumn:
        if (!c.lastReviewAt.isValid())
            return tr("Never reviewed");
        return tr("Reviewed by %1 at %2")
            .arg(c.lastReviewBy.isEmpty() ? tr("unknown") : c.lastReviewBy,
                 timeText(c.lastReviewAt));
    case NextReviewColumn:
        if (!c.nextReviewDue.isValid())
            return tr("No next review set");
        return isOverdue(c) ? tr("Overdue since %1").arg(timeText(c.nextReviewDue))
                            : tr("Due %1").arg(timeText(c.nextReviewDue));
    case LastActivityColumn:
        return s.lastActivity.isValid()
                   ? tr("Last evidence event at %1").arg(timeText(s.lastActivity))
                   : tr("No evidence recorded");
    case Blocked7dColumn:
        return tr("%n blocked attempt(s) in the last 7 days", nullptr, s.blockedLast7Days);
    case ActionColumn:
        return c.status == ConnectorStatus::Disconnected
                   ? tr("Reconnect %1: a deliberate, recorded decision").arg(c.name)
                   : c.status == ConnectorStatus::Retired
                   ? tr("Retired connectors stay disconnected")
                   : tr("Disconnect %1 now: every call through it is refused").arg(c.name);
    }
    return {};
}

QVariant ConnectorTableModel::sortValue(const ConnectorSummary &s, int column) const
{
    const Connector &c = s.connector;
    switch (column) {
    case NameColumn:
        return c.name;
    case TargetColumn:
        return display(s, column);
    case StatusColumn:
        return int(c.status);
    case PowersColumn:
        // The bits rise with risk, so the number orders by the highest power first.
        return powerBits(c.powers);
    case ModeColumn:
        return int(c.mode);
    case IdentityColumn:
        return int(c.identity.kind);
    case ScopeColumn:
        return display(s, column);
    case ReadinessColumn: // worst first when sorted descending
        return int(s.readiness) * 100 + s.readinessFailures * 10 + s.readinessWarnings;
    case LastReviewColumn:
        return msOf(c.lastReviewAt);
    case NextReviewColumn:
        return msOf(c.nextReviewDue);
    case LastActivityColumn:
        return msOf(s.lastActivity);
    case Blocked7dColumn:
        return s.blockedLast7Days;
    case ActionColumn:
        return int(c.status);
    }
    return {};
}

QVariant ConnectorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case TargetColumn:
            return tr("Target");
        case StatusColumn:
            return tr("Status");
        case PowersColumn:
            return tr("Powers");
        case ModeColumn:
            return tr("Mode");
        case IdentityColumn:
            return tr("Identity");
        case ScopeColumn:
            return tr("Scope");
        case ReadinessColumn:
            return tr("Readiness");
        case LastReviewColumn:
            return tr("Last review");
        case NextReviewColumn:
            return tr("Next review");
        case LastActivityColumn:
            return tr("Last activity");
        case Blocked7dColumn:
            return tr("Blocked (7 d)");
        case ActionColumn:
            return tr("Kill switch");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ModeColumn:
            return tr("Permission mode: when a human must approve a call");
        case ScopeColumn:
            return tr("Include and exclude rules, and the first included path");
        case NextReviewColumn:
            return tr("When the next review is due");
        case LastActivityColumn:
            return tr("The connector's newest evidence event");
        case Blocked7dColumn:
            return tr("Blocked attempts in the last 7 days");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> ConnectorTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(StatusRole, "status");
    names.insert(PowersRole, "powers");
    names.insert(HighestPowerRole, "highestPower");
    names.insert(OverdueRole, "overdue");
    names.insert(DriftRole, "drift");
    names.insert(BlockedRole, "blocked");
    names.insert(SortRole, "sort");
    names.insert(ReadinessRole, "readiness");
    names.insert(PendingApprovalsRole, "pendingApprovals");
    return names;
}

void ConnectorTableModel::setSummaries(QList<ConnectorSummary> summaries)
{
    // The same connectors? Then map each incoming summary onto the row it already has.
    QList<int> target;
    bool sameSet = summaries.size() == rows_.size();
    if (sameSet) {
        target.reserve(summaries.size());
        QList<bool> taken(rows_.size(), false);
        for (const ConnectorSummary &s : std::as_const(summaries)) {
            const int row = rowByName_.value(s.connector.name, -1);
            if (row < 0 || taken.at(row)) {
                sameSet = false;
                break;
            }
            taken[row] = true;
            target << row;
        }
    }

    if (!sameSet) {
        beginResetModel();
        rows_ = std::move(summaries);
        rowByName_.clear();
        rowByName_.reserve(rows_.size());
        for (int row = 0; row < rows_.size(); ++row)
            rowByName_.insert(rows_.at(row).connector.name, row);
        endResetModel();
        return;
    }

    QList<bool> changed(rows_.size(), false);
    for (int i = 0; i < summaries.size(); ++i) {
        const int row = target.at(i);
        if (rows_.at(row) != summaries.at(i)) {
            rows_[row] = std::move(summaries[i]);
            changed[row] = true;
        }
    }
    // One dataChanged per run of adjacent changed rows: a live update usually touches one.
    for (int row = 0; row < changed.size(); ++row) {
        if (!changed.at(row))
            continue;
        int last = row;
        while (last + 1 < changed.size() && changed.at(last + 1))
            ++last;
        Q_EMIT dataChanged(index(row, 0), index(last, ColumnCount - 1));
        row = last;
    }
}

const ConnectorSummary *ConnectorTableModel::summaryAt(int row) const
{
    return row >= 0 && row < rows_.size() ? &rows_.at(row) : nullptr;
}

int ConnectorTableModel::rowOf(const QString &name) const
{
    return rowByName_.value(name, -1);
}

} // namespace airlock
