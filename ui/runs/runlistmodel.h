#pragma once

#include "store/runstore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QStringList>

namespace airlock {

// The runs list as compact rows: each row is a 40-byte record (times, tokens, status and
// flags, and small indexes into shared tables of workflow, trigger and connector texts), its
// id kept in one shared byte arena. Cell text is built when a view asks for it.
// More rows are asked for (moreWanted) when a view scrolls to the end; the page reads them
// on a worker thread and hands them to appendPage.
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)

public:
    enum Column {
        WorkflowColumn,
        TriggerColumn,
        ConnectorsColumn,
        StatusColumn,
        StartedColumn,
        DurationColumn,
        TokensColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1, StatusRole, FlagsRole };

    explicit RunListModel(QObject *parent = nullptr);

    // Drops every row (a new filter); the next page is the first.
    void clear();
    // Appends a page read after cursor(); hasMore says whether a further page may exist.
    void appendPage(const QList<Run> &runs, bool hasMore);
    RunStore::Cursor cursor() const; // after the last row
    bool hasMore() const { return hasMore_; }
    bool isLoading() const { return loading_; }
    void setLoading(bool loading) { loading_ = loading; }

    // The colour of statuses and flags that say something went wrong (follows the palette).
    void setWarningColor(const QColor &color) { warning_ = color; }

    QString runId(int row) const;
    int rowOfRun(const QString &id) const;
    // Bytes held per row (record + id bytes), for the benchmark's memory figure.
    double bytesPerRow() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString statusText(RunStatus status);
    static QString flagsText(int flags);

Q_SIGNALS:
    void moreWanted();

private:
    struct Row
    {
        qint64 startedMs;
        qint32 durationS; // -1 while running
        quint32 tokensIn;
        quint32 tokensOut;
        quint32 idOffset;
        quint16 workflow;
        quint16 trigger;
        quint16 connectors;
        quint8 idLength;
        quint8 statusAndFlags; // status in the low nibble, flags in the high one
    };
    quint16 intern(const QString &text);

    QList<Row> rows_;
    QByteArray ids_;
    QStringList texts_;
    QHash<QString, quint16> textIndex_;
    QColor warning_;
    bool hasMore_ = false;
    bool loading_ = false;
};

} // namespace airlock
