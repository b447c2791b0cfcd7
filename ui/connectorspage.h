#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace airlock {

struct ConnectorSummary;
class ConnectorDelegate;
class ConnectorDetail;
class ConnectorFilter;
class BackgroundRead;
class ConnectorTableModel;
class Store;

// The Connectors screen: the inventory table (search, status filter, sort) driving the
// detail panel, the kill switch and the other lifecycle actions, and the CSV export. It reads
// and writes through the core; it keeps no state a restart could lose.
class ConnectorsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorsPage)

public:
    explicit ConnectorsPage(Store &store, QWidget *parent = nullptr);

    // Re-reads the inventory (on a worker thread) and the selected connector, after any
    // change in the store. The table keeps its rows and selection while the read runs.
    void reload();
    bool isLoading() const;
    void selectConnector(const QString &name);
    QString selectedName() const;

Q_SIGNALS:
    void countChanged(int connectors);

private:
    void showSelected();
    void applySummaries(const QList<ConnectorSummary> &summaries);
    void disconnectConnector(const QString &name);
    void transition(const QString &name, int transition, bool reasonRequired);
    void recordReview(const QString &name);
    void editConnector(const QString &name);
    void revokeGrant(const QString &connector, const QString &grantId);
    void exportCsv();
    void exportPdfReport();
    void showError(const QString &what, const QString &message);

    Store &store_;
    ConnectorTableModel *model_ = nullptr;
    ConnectorFilter *filter_ = nullptr;
    QTableView *table_ = nullptr;
    ConnectorDelegate *delegate_ = nullptr; // owned by table_
    QLineEdit *search_ = nullptr;
    QComboBox *status_ = nullptr;
    QLabel *summary_ = nullptr;
    ConnectorDetail *detail_ = nullptr;
    BackgroundRead *reader_ = nullptr;
    bool sized_ = false;
};

} // namespace airlock
