#pragma once

#include "inbox/changediff.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace airlock {

// A proposed change, before and after side by side: unchanged lines face each other, changed
// lines are tinted (red on the before side, green on the after side) and a gap stands where a
// line was added or removed. The two sides scroll together.
class ChangeDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeDiffView)

public:
    explicit ChangeDiffView(QWidget *parent = nullptr);
    void showDiff(const ChangeDiff &diff);

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintMarks();

    ChangeDiff diff_;
    QLabel *summary_ = nullptr;
    QPlainTextEdit *before_ = nullptr;
    QPlainTextEdit *after_ = nullptr;
};

} // namespace airlock
