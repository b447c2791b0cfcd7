#include "connectoreditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {
QString modeText(PermissionMode m)
{
    switch (m) {
    case PermissionMode::AlwaysAsk: return ConnectorEditDialog::tr("Always ask — every call waits for a human");
    case PermissionMode::AnyChanges: return ConnectorEditDialog::tr("Any changes — everything but read and search waits");
    case PermissionMode::ImportantActions: return ConnectorEditDialog::tr("Important actions — only calls that match a trigger wait");
    case PermissionMode::NeverAsk: return ConnectorEditDialog::tr("Never ask — earned autonomy, narrow and monitored");
    }
    return {};
}
} // namespace

ConnectorEditDialog::ConnectorEditDialog(const Connector &connector, QWidget *parent)
    : QDialog(parent)
    , original_(connector)
{
    setObjectName(u"connectorEditDialog"_s);
    setWindowTitle(tr("Edit %1").arg(connector.name));

    mode_ = new QComboBox(this);
    mode_->setObjectName(u"editMode"_s);
    for (PermissionMode m : {PermissionMode::AlwaysAsk, PermissionMode::AnyChanges,
                             PermissionMode::ImportantActions, PermissionMode::NeverAsk})
        mode_->addItem(modeText(m), int(m));
    mode_->setCurrentIndex(mode_->findData(int(connector.mode)));

    auto *powerRow = new QHBoxLayout;
    for (Power p : kAllPowers) {
        auto *box = new QCheckBox(wordOf(p), this);
        box->setObjectName(u"editPower_"_s + wordOf(p));
        box->setChecked(connector.powers.has(p));
        powerRow->addWidget(box);
        powers_ << box;
        connect(box, &QCheckBox::toggled, this, &ConnectorEditDialog::updateState);
    }
    powerRow->addStretch(1);

    rules_ = new QTableWidget(0, 2, this);
    rules_->setObjectName(u"editScopeRules"_s);
    rules_->setHorizontalHeaderLabels({tr("Effect"), tr("Pattern")});
    rules_->horizontalHeader()->setStretchLastSection(true);
    rules_->verticalHeader()->setVisible(true);
    rules_->setSelectionBehavior(QAbstractItemView::SelectRows);
    rules_->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const ScopeRule &r : connector.scope)
        addRule(r.effect, r.pattern);
    connect(rules_, &QTableWidget::itemChanged, this, &ConnectorEditDialog::updateState);

    auto *addInclude = new QPushButton(tr("Add include"), this);
    addInclude->setObjectName(u"addInclude"_s);
    connect(addInclude, &QPushButton::clicked, this, [this] { addRule(ScopeRule::Effect::Include, QString()); });
    auto *addExclude = new QPushButton(tr("Add exclude"), this);
    addExclude->setObjectName(u"addExclude"_s);
    connect(addExclude, &QPushButton::clicked, this, [this] { addRule(ScopeRule::Effect::Exclude, QString()); });
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(u"removeRule"_s);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (rules_->currentRow() >= 0)
            rules_->removeRow(rules_->currentRow());
        updateState();
    });
    auto *up = new QPushButton(tr("Up"), this);
    connect(up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    auto *down = new QPushButton(tr("Down"), this);
    connect(down, &QPushButton::clicked, this, [this] { moveRule(1); });
    auto *ruleButtons = new QHBoxLayout;
    for (QPushButton *b : {addInclude, addExclude, remove, up, down})
        ruleButtons->addWidget(b);
    ruleButtons->addStretch(1);

    reason_ = new QLineEdit(this);
    reason_->setObjectName(u"editReason"_s);
    reason_->setPlaceholderText(tr("Why this change? (required, kept as evidence)"));
    connect(reason_, &QLineEdit::textChanged, this, &ConnectorEditDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("Permission mode:"), mode_);
    form->addRow(tr("Powers granted:"), powerRow);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(new QLabel(tr("Scope rules, in order (the last matching rule decides; anything not included "
                               "is out of scope):"),
                            this));
    v->addWidget(rules_, 1);
    v->addLayout(ruleButtons);
    v->addWidget(new QLabel(tr("Reason:"), this));
    v->addWidget(reason_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    save_ = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save_->setObjectName(u"saveEdit"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mode_, &QComboBox::currentIndexChanged, this, &ConnectorEditDialog::updateState);
    v->addWidget(buttons);
    updateState();
    resize(640, 520);
}

void ConnectorEditDialog::addRule(ScopeRule::Effect effect, const QString &pattern)
{
    const int row = rules_->rowCount();
    rules_->insertRow(row);
    auto *combo = new QComboBox(rules_);
    combo->addItem(tr("include"), int(ScopeRule::Effect::Include));
    combo->addItem(tr("exclude"), int(ScopeRule::Effect::Exclude));
    combo->setCurrentIndex(effect == ScopeRule::Effect::Include ? 0 : 1);
    connect(combo, &QComboBox::currentIndexChanged, this, &ConnectorEditDialog::updateState);
    rules_->setCellWidget(row, 0, combo);
    rules_->setItem(row, 1, new QTableWidgetItem(pattern));
    if (pattern.isEmpty()) {
        rules_->setCurrentCell(row, 1);
        rules_->editItem(rules_->item(row, 1));
    }
    updateState();
}

void ConnectorEditDialog::moveRule(int delta)
{
    const int row = rules_->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= rules_->rowCount())
        return;
    const Connector now = edited();
    QList<ScopeRule> rules = now.scope;
    rules.swapItemsAt(row, to);
    rules_->setRowCount(0);
    for (const ScopeRule &r : rules)
        addRule(r.effect, r.pattern);
    rules_->setCurrentCell(to, 1);
    updateState();
}

Connector ConnectorEditDialog::edited() const
{
    Connector c = original_;
    c.mode = PermissionMode(mode_->currentData().toInt());
    c.powers = PowerSet();
    for (int i = 0; i < powers_.size(); ++i) {
        if (powers_.at(i)->isChecked())
            c.powers.add(kAllPowers[std::size_t(i)]);
    }
    c.scope.clear();
    for (int row = 0; row < rules_->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(rules_->cellWidget(row, 0));
        const QString pattern = rules_->item(row, 1) ? rules_->item(row, 1)->text().trimmed() : QString();
        if (pattern.isEmpty() || !combo)
            continue;
        c.scope << ScopeRule{ScopeRule::Effect(combo->currentData().toInt()), pattern};
    }
    return c;
}

QString ConnectorEditDialog::reason() const
{
    return reason_ ? reason_->text().trimmed() : QString();
}

void ConnectorEditDialog::updateState()
{
    if (!save_) // still being built: rules and boxes report changes as they are filled in
        return;
    const Connector c = edited();
    const bool changed = c.mode != original_.mode || c.powers != original_.powers || c.scope != original_.scope;
    save_->setEnabled(changed && !reason().isEmpty());
    save_->setToolTip(!changed ? tr("Nothing changed yet") : reason().isEmpty() ? tr("Give a reason first") : QString());
}

} // namespace airlock
