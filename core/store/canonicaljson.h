#pragma once

#include "domain/evidenceevent.h"
#include "result.h"

#include <QByteArray>
#include <QJsonValue>

namespace airlock {

// The genesis link: the previous hash of event #1.
inline const QByteArray kGenesisHash(64, '0');

// The exact bytes an evidence event's hash covers: one line of JSON with a fixed key order
// (seq, event_id, at, kind, actor, connector, run_id, tool, power, target, result, summary,
// payload), integers in decimal, strings escaped per RFC 8259 and otherwise raw UTF-8.
// A third party recomputes a hash with: printf '%s%s' "$prev_hash" "$line" | sha256sum
QByteArray canonicalEventBytes(const EvidenceEvent &event);

// hex(sha256(prevHash ‖ canonicalEventBytes(event)))
QByteArray chainHash(const QByteArray &prevHash, const EvidenceEvent &event);

QByteArray sha256Hex(const QByteArray &bytes);

// Compact JSON with object keys sorted, so equal arguments hash equally.
QByteArray canonicalJson(const QJsonValue &value);
// Parses text as JSON (any value) and returns its canonical form; an error names the offset.
Result<QByteArray> canonicalizeJsonText(const QByteArray &text, const QString &what);

} // namespace airlock
