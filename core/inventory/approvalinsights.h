#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace airlock {

class Store;

// "Approval is a sensor": what the decisions on approval requests say about the workflows.
// Tools approved every time are candidates for a lighter permission mode; tools often rejected
// or corrected show where a workflow is still ambiguous.
struct ApprovalInsights
{
    // How requests ended, per UTC day over the last kApprovalDays (oldest first, ending today),
    // by the day they ended.
    struct Day
    {
        QDate day;
        int approved = 0, rejected = 0, expired = 0, withdrawn = 0;
        int total() const { return approved + rejected + expired + withdrawn; }
    };
    QList<Day> perDay;

    // How long a human took to decide (approve or reject), over the same days: kDecisionBuckets
    // buckets of the time from request to decision.
    struct Bucket
    {
        qint64 upToSecs = 0; // this bucket holds times < upToSecs; the last one has 0 (no bound)
        int approved = 0, rejected = 0;
    };
    QList<Bucket> timeToDecision;
    int decisions = 0;      // approved + rejected over the window
    qint64 medianSecs = -1; // of those decisions' times; -1 without any

    // Per tool over the last kToolWindowDays: how its requests ended, most decisions first.
    struct Tool
    {
        QString connector, tool;
        int approved = 0; // as asked
        int edited = 0;   // approved with corrected arguments
        int rejected = 0;
        int expired = 0; // nobody decided: not counted as a decision
        int decisions() const { return approved + edited + rejected; }
        // Share of decisions that approved the call (edited or not); 0 without decisions.
        double approveRate() const
        {
            return decisions() ? double(approved + edited) / decisions() : 0.0;
        }
        // At least kLighterModeMinimum decisions, every one an approval as asked.
        bool lighterModeCandidate() const;
        // At least kAmbiguousMinimum decisions, kAmbiguousShare or more of them rejected or
        // corrected.
        bool ambiguous() const;
    };
    QList<Tool> tools;
};

inline constexpr int kApprovalDays = 30;
inline constexpr int kToolWindowDays = 90;
inline constexpr int kLighterModeMinimum = 5;
inline constexpr int kAmbiguousMinimum = 3;
inline constexpr double kAmbiguousShare = 0.3;
// Upper bounds of the time-to-decision buckets in seconds: < 1 min, < 5 min, < 15 min, < 1 h,
// < 4 h, and 4 h or more.
inline constexpr qint64 kDecisionBucketBounds[] = {60, 5 * 60, 15 * 60, 3600, 4 * 3600, 0};

// Three grouped queries over the approvals table (never one per tool or per day).
Result<ApprovalInsights> loadApprovalInsights(Store &store);

} // namespace airlock
