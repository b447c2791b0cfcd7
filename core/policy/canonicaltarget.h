#pragma once

#include "result.h"

#include <QString>

namespace airlock {

// The one canonical form of a call's target (DESIGN.md, "Targets have one canonical form"),
// made before any scope rule, trigger, grant or approval is matched, and the form that is
// recorded and shown to the reviewer. A server resolves "..", "%2e%2e" and "//" before it
// acts, so a rule matched on the target as written could be walked out of.
//
//   /srv/docs/a/../b//c           → /srv/docs/b/c         file paths: ".", "..", "//" removed
//   HTTP://Host:80/a/%2e%2e/b%7e  → http://host/b~         URLs (http, https, file): RFC 3986
//   file://localhost/srv/x        → file:///srv/x           normalisation, dot-segments removed
//   crm:public/x/../../private/y  → crm:private/y           after decoding; resource paths
//   42, alice@example.com         → as written              opaque identifiers (no '/')
//
// Refused (InvalidArgument; the message says what was wrong, e.g. "an encoded '/' (%2F) in
// the path"), never matched as written: control
// characters (C0, DEL, C1) and bidirectional formatting characters, backslashes, white space
// at either end, an encoded '/' or '\' in a path, ".." above the root, userinfo in a URL, an
// http(s) URL without a host, a port that is not a number, an IPv4 address in another form
// than four decimal numbers, a file: URL naming another host. An empty target stays empty
// (a call that names no target).
Result<QString> canonicalTarget(const QString &target);

} // namespace airlock
