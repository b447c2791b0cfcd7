#pragma once

// What the console says about the log against its checkpoints (core/proof/logaudit.h): the
// status bar's line about the newest checkpoint, and the red banner's text when the store no
// longer matches a checkpoint or this machine's witness — truncated, rewritten, forked, or a
// signature that does not verify. The banner names what is wrong and what is missing.

#include "proof/logaudit.h"

#include <QCoreApplication>
#include <QString>

namespace airlock {

class LogStatus
{
    Q_DECLARE_TR_FUNCTIONS(airlock::LogStatus)

public:
    // The checkpoint the status bar names: the newest trusted, valid one of this store (or the
    // witness when it covers more), or none.
    static const AnchorStatus *newestCheckpoint(const LogAudit &audit);

    // "Checkpoint #3: 1,300 events, 8 Dec 2026 01:02, this machine's key — consistent"
    static QString statusText(const LogAudit &audit);
    // Root, full key id, whether this machine trusts the key; and what follows it.
    static QString statusToolTip(const LogAudit &audit);
    // "73 events since checkpoint #3, not yet vouched for" (empty when there are none).
    static QString sinceText(const LogAudit &audit);

    // True when the store contradicts a checkpoint or the witness, a checkpoint's signature does
    // not verify, or the chain is broken: the banner stays up until a pass finds none of these.
    static bool needsBanner(const LogAudit &audit);
    // The banner's rich text: what is wrong, and which events are missing or changed.
    static QString bannerText(const LogAudit &audit);

    // Words for one checkpoint in the Audit list.
    static QString anchorName(const AnchorStatus &anchor); // "#3" or "witness"
    static QString signerText(const AnchorStatus &anchor); // "3fa2b1c04d5e… (this machine)"
    static QString
    stateText(const AnchorStatus &anchor); // "matches" / "truncated: 295 events missing" …
    static QString timeText(const QDateTime &utc);

private:
    static QString vouchingName(const AnchorStatus &anchor);
};

} // namespace airlock
