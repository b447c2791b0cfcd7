#pragma once

#include "connectorsection.h"

class QFrame;
class QLabel;
class QVBoxLayout;

namespace airlock {

// Identity: every identity field of DESIGN's vocabulary, and above them the places where the
// seeds say trust breaks (a shared identity, no credential owner, a stale or expired
// credential, acting as a user without saying which), as the core's identityWarnings() finds
// them now.
class IdentitySection final : public ConnectorSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitySection)

public:
    explicit IdentitySection(QWidget *parent = nullptr);
    void showConnector(const ConnectorView &view) override;
    QString title() const override;

private:
    // The warnings as a list of rows (icon and wrapped text), each named "identityWarning"
    // with its code in the "code" property. Rows of labels rather than a list view: every
    // warning stays in view, wrapped to the panel's width, with no scroll bar to hide one.
    QFrame *warnings_ = nullptr;
    QVBoxLayout *warningRows_ = nullptr;
    QLabel *noWarnings_ = nullptr;
    QLabel *kind_ = nullptr;
    QLabel *principal_ = nullptr;
    QLabel *onBehalfOf_ = nullptr;
    QLabel *approvedBy_ = nullptr;
    QLabel *permissions_ = nullptr;
    QLabel *shared_ = nullptr;
    QLabel *credentialOwner_ = nullptr;
    QLabel *lastRotated_ = nullptr;
    QLabel *expires_ = nullptr;
    QLabel *revokePath_ = nullptr;
};

} // namespace airlock
