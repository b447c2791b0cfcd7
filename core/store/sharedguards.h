#pragma once

#include <QStringList>

namespace airlock {

// The shared-mode guards that keep policy and decisions out of an agent's reach (issue #11),
// applied by setupRoles() beside the identity guards in storeroles.cpp:
//   - tools: an agent records only what a server reports, through airlock_record_tool(),
//     which hashes the reported definition itself and never touches a policy field (power,
//     target arguments, review state, reviewed hash); only a lead changes those, and every
//     change to a tool commits together with an evidence event about its connector;
//   - decisions: an approval leaves 'pending' for approved/rejected only together with its
//     "<id>:decided" evidence event written by the same transaction, at the database's time,
//     in the deciding login's name, with approved_arguments_hash = sha256(approved_arguments);
//   - standing grants: an agent's request is approved under a grant only through
//     airlock_apply_grant(), which checks the grant really covers it.
// Every statement's "%PIN%" is replaced by the caller with the pinned search_path.
QStringList sharedGuardFunctions();
QStringList sharedGuardTriggers();
// Who may call the functions above (run after the table privileges are reset).
QStringList sharedGuardPrivileges();

} // namespace airlock
