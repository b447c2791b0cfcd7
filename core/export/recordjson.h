#pragma once

#include "domain/approvalgrant.h"
#include "domain/approvalrequest.h"
#include "domain/evidenceevent.h"
#include "domain/run.h"

#include <QJsonObject>

namespace airlock {

// Runs, evidence events, approval requests and grants as JSON objects with DESIGN's field names:
// the one shape used by `airlockctl --json` and by exports.
QJsonObject runToJson(const Run &r);
QJsonObject eventToJson(const EvidenceEvent &e);
QJsonObject requestToJson(const ApprovalRequest &r);
QJsonObject grantToJson(const ApprovalGrant &g);

} // namespace airlock
