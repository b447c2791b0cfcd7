#pragma once

#include "connectorsection.h"
#include "inventory/drift.h"

class QLabel;
class QTableWidget;

namespace airlock {

class ColumnFitter;

// Drift since review: what changed since the last recorded review (powers added, scope
// widened, tools added or changed, mode relaxed, identity changed), side by side, as the
// core's driftSinceReview() measures it against the review's snapshot.
class DriftSection final : public ConnectorSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftSection)

public:
    enum Column { ChangeColumn, WhatColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit DriftSection(QWidget *parent = nullptr);
    void showConnector(const ConnectorView &view) override;
    QString title() const override;

private:
    QLabel *status_ = nullptr;
    QLabel *review_ = nullptr;
    QLabel *note_ = nullptr;
    QTableWidget *table_ = nullptr;
    ColumnFitter *fitter_ = nullptr;
};

} // namespace airlock
