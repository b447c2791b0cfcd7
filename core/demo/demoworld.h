#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The demo's world: a small food and kitchen-goods wholesaler ("Brightwater Goods"), its people,
// the six systems it connects, the three workflows that reach them and the customers they serve.

namespace airlock::demo {

// ------------------------------------------------------------------------------ the cast

extern const QString kLead;  // governance lead
extern const QString kOwner; // owner: the kill switch
extern const QString kMaria; // reviewer, support lead
extern const QString kSam;   // reviewer, AP controller
extern const QString kDev;   // integrations developer

// The connected systems, by connector name (their tables are in democonnectors.cpp).
extern const QString kCrm;
extern const QString kDesk;
extern const QString kErp;
extern const QString kChat;
extern const QString kDocs;
extern const QString kFacility;

// ------------------------------------------------------------------------------ workflows

struct Workflow
{
    QString name;
    QString agent;    // the actor its calls are recorded as
    QString identity; // what it acts as
    QString model;
    double inPerMTok;  // USD per million input tokens
    double outPerMTok; // USD per million output tokens
    int tokensIn;      // typical input tokens of one run
    int tokensOut;
};

extern const Workflow kSupport;
extern const Workflow kInvoices;
extern const Workflow kFollowUps;

// ------------------------------------------------------------------------------ accounts

struct Account
{
    QString id, name, contact, plan, since, value, notes;
};

Account account(const QString &id);
QString accountPath(const QString &id);
QJsonObject accountContent(const Account &a, int openTickets);

// One support ticket as the router sees it.
struct Ticket
{
    int offset; // added to the seed's ticket base number
    QString account;
    QString subject;
    QString body;
    int attachments = 0;
};

} // namespace airlock::demo
