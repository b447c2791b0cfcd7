#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace airlock {

class ConnectorDetail;
class ConnectorFilter;
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

    // Re-reads the inventory and the selected connector (after any change in the store).
    void reload();
    void selectConnector(const QString &name);
    QString selectedName() const;

Q_SIGNALS:
    void countChanged(int connectors);

private:
    void showSelected();
    void disconnectConnector(const QString &name);
    void transition(const QString &name, int transition, bool reasonRequired);
    void recordReview(const QString &name);
    void editConnector(const QString &name);
    void exportCsv();
    void exportPdfReport();
    void showError(const QString &what, const QString &message);

    Store &store_;
    ConnectorTableModel *model_ = nullptr;
    ConnectorFilter *filter_ = nullptr;
    QTableView *table_ = nullptr;
    QLineEdit *search_ = nullptr;
    QComboBox *status_ = nullptr;
    QLabel *summary_ = nullptr;
    ConnectorDetail *detail_ = nullptr;
};

} // namespace airlock
