#include "runlistmodel.h"

#include "domain/displaytext.h"

#include "runs/narrative.h"
#include "runs/runflags.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace airlock {

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    texts_ << QString();
    textIndex_.insert(QString(), 0);
}

quint16 RunListModel::intern(const QString &text)
{
    const auto it = textIndex_.constFind(text);
    if (it != textIndex_.cend())
        return *it;
    if (texts_.size() >= 0xffff)
        return 0; // more distinct texts than a page of runs can show: shown empty
    const auto index = quint16(texts_.size());
    texts_ << text;
    textIndex_.insert(text, index);
    return index;
}

void RunListModel::clear()
{
    beginResetModel();
    rows_.clear();
    ids_.clear();
    texts_.resize(1);
    textIndex_.clear();
    textIndex_.insert(QString(), 0);
    hasMore_ = false;
    endResetModel();
}

void RunListModel::appendPage(const QList<Run> &runs, bool hasMore)
{
    // Until the rows are in, no one may fetch more: a view (or a tester) asking during the
    // insert would read a page from the old end of the list.
    if (runs.isEmpty()) {
        loading_ = false;
        hasMore_ = hasMore;
        return;
    }
    beginInsertRows({}, int(rows_.size()), int(rows_.size() + runs.size()) - 1);
    rows_.reserve(rows_.size() + runs.size());
    for (const Run &r : runs) {
        const QByteArray id = r.id.toUtf8().left(255);
        Row row;
        row.startedMs = r.startedAt.toMSecsSinceEpoch();
        row.durationS =
            r.endedAt.isValid() ? qint32(qMin<qint64>(r.startedAt.secsTo(r.endedAt), INT_MAX)) : -1;
        row.tokensIn = quint32(qBound<qint64>(0, r.tokensIn, UINT_MAX));
        row.tokensOut = quint32(qBound<qint64>(0, r.tokensOut, UINT_MAX));
        row.idOffset = quint32(ids_.size());
        row.idLength = quint8(id.size());
        // Kept as shown: what a workflow or its trigger wrote, control characters escaped.
        row.workflow = intern(displayText(r.workflow));
        row.trigger = intern(displayText(r.trigger));
        row.connectors = intern(displayText(r.connectors.join(u", "_s)));
        row.statusAndFlags = quint8(int(r.status) | ((r.flags & kAllRunFlags) << 4));
        ids_ += id;
        rows_ << row;
    }
    endInsertRows();
    loading_ = false;
    hasMore_ = hasMore;
}

RunStore::Cursor RunListModel::cursor() const
{
    if (rows_.isEmpty())
        return {};
    return {QDateTime::fromMSecsSinceEpoch(rows_.constLast().startedMs, Qt::UTC),
            runId(int(rows_.size()) - 1)};
}

QString RunListModel::runId(int row) const
{
    if (row < 0 || row >= rows_.size())
        return {};
    const Row &r = rows_.at(row);
    return QString::fromUtf8(ids_.constData() + r.idOffset, r.idLength);
}

int RunListModel::rowOfRun(const QString &id) const
{
    for (int i = 0; i < rows_.size(); ++i) {
        if (runId(i) == id)
            return i;
    }
    return -1;
}

double RunListModel::bytesPerRow() const
{
    return rows_.isEmpty() ? 0.0 : double(sizeof(Row)) + double(ids_.size()) / double(rows_.size());
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RunListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMore_ && !loading_;
}

void RunListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    loading_ = true;
    Q_EMIT moreWanted();
}

QString RunListModel::statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return tr("Running");
    case RunStatus::WaitingApproval:
        return tr("Waiting for approval");
    case RunStatus::Succeeded:
        return tr("Succeeded");
    case RunStatus::Failed:
        return tr("Failed");
    case RunStatus::Blocked:
        return tr("Blocked");
    case RunStatus::Stopped:
        return tr("Stopped");
    }
    return {};
}

QString RunListModel::flagsText(int flags)
{
    QStringList words;
    if (flags & RunBlocked)
        words << tr("blocked");
    if (flags & RunRejected)
        words << tr("rejected");
    if (flags & RunFailed)
        words << tr("failed");
    if (flags & RunStopped)
        words << tr("stopped");
    return words.join(u", "_s);
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row &r = rows_.at(index.row());
    const auto status = RunStatus(r.statusAndFlags & 0x0f);
    const int flags = r.statusAndFlags >> 4;
    switch (role) {
    case RunIdRole:
        return runId(index.row());
    case StatusRole:
        return int(status);
    case FlagsRole:
        return flags;
    case Qt::ForegroundRole:
        if (warning_.isValid() && ((index.column() == StatusColumn &&
                                    (status == RunStatus::Failed || status == RunStatus::Blocked ||
                                     status == RunStatus::Stopped)) ||
                                   (index.column() == FlagsColumn && flags != 0)))
            return warning_;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == TokensColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TokensColumn)
            return tr("%1 in, %2 out")
                .arg(QLocale().toString(r.tokensIn), QLocale().toString(r.tokensOut));
        if (index.column() == TriggerColumn || index.column() == ConnectorsColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case WorkflowColumn:
        return texts_.at(r.workflow);
    case TriggerColumn:
        return texts_.at(r.trigger);
    case ConnectorsColumn:
        return texts_.at(r.connectors);
    case StatusColumn:
        return statusText(status);
    case StartedColumn:
        return QDateTime::fromMSecsSinceEpoch(r.startedMs).toString(u"yyyy-MM-dd HH:mm"_s);
    case DurationColumn:
        return r.durationS < 0 ? tr("running") : durationText(qint64(r.durationS) * 1000);
    case TokensColumn:
        return QLocale().toString(quint64(r.tokensIn) + r.tokensOut);
    case FlagsColumn:
        return flagsText(flags);
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WorkflowColumn:
        return tr("Workflow");
    case TriggerColumn:
        return tr("Trigger");
    case ConnectorsColumn:
        return tr("Connectors");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case TokensColumn:
        return tr("Tokens");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace airlock
