#include "logstatus.h"

#include "proof/signingkey.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

using Kind = EvidenceChain::Finding::Kind;
using State = AnchorStatus::State;

QString num(qint64 n)
{
    return QLocale().toString(n);
}

bool hasFinding(const LogAudit &audit, Kind kind)
{
    return std::any_of(audit.report.findings.cbegin(), audit.report.findings.cend(),
                       [kind](const EvidenceChain::Finding &f) { return f.kind == kind; });
}

// This machine's own public key, to say "this machine" rather than a key id.
QByteArray ownPublicKey()
{
    if (!QFile::exists(SigningKey::defaultPath()))
        return {};
    auto k = SigningKey::load(SigningKey::defaultPath());
    return k ? k->publicKey() : QByteArray();
}

} // namespace

// "checkpoint #3" or "this machine's witness (a checkpoint of 1,373 events)"
QString LogStatus::vouchingName(const AnchorStatus &a)
{
    if (a.number > 0)
        return tr("checkpoint #%1").arg(a.number);
    return tr("this machine's witness (a checkpoint of %1 events seen %2)")
        .arg(num(a.size), a.checkpoint ? timeText(a.checkpoint->time) : QString());
}

QString LogStatus::timeText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

const AnchorStatus *LogStatus::newestCheckpoint(const LogAudit &audit)
{
    const AnchorStatus *newest = nullptr;
    for (const AnchorStatus &a : audit.anchorStatus) {
        if (!a.checkpoint || !a.signatureValid || !a.trusted || !a.sameStore)
            continue;
        // The store's own checkpoint over the witness of the same size: it has a number.
        // Of one size, the store's later checkpoint over an earlier one or the witness.
        if (!newest || a.size > newest->size ||
            (a.size == newest->size && a.number > newest->number))
            newest = &a;
    }
    return newest;
}

QString LogStatus::anchorName(const AnchorStatus &anchor)
{
    return anchor.number > 0 ? u"#%1"_s.arg(anchor.number) : tr("witness");
}

QString LogStatus::signerText(const AnchorStatus &anchor)
{
    if (!anchor.checkpoint)
        return tr("unreadable");
    const QString id = anchor.checkpoint->keyId().left(8);
    if (!ownPublicKey().isEmpty() && anchor.checkpoint->publicKey == ownPublicKey())
        return tr("%1 (this machine)").arg(id);
    return id;
}

QString LogStatus::stateText(const AnchorStatus &anchor)
{
    if (!anchor.checkpoint)
        return tr("cannot be read");
    if (!anchor.signatureValid)
        return tr("signature invalid");
    if (!anchor.sameStore)
        return tr("of another store");
    if (!anchor.trusted)
        return tr("not checked: unknown key");
    switch (anchor.state) {
    case State::Matches:
        return tr("matches");
    case State::Contradicts:
        return tr("rewritten");
    case State::Beyond:
        return tr("events missing");
    case State::NotChecked:
        break;
    }
    return tr("not checked");
}

QString LogStatus::sinceText(const LogAudit &audit)
{
    const AnchorStatus *newest = newestCheckpoint(audit);
    if (!newest) {
        if (audit.size == 0)
            return {};
        return tr("%n event(s) not yet vouched for by any checkpoint", nullptr, int(audit.size));
    }
    if (newest->state != State::Matches || audit.size <= newest->size)
        return {};
    return tr("%n event(s) since %1, not yet vouched for", nullptr, int(audit.size - newest->size))
        .arg(vouchingName(*newest));
}

QString LogStatus::statusText(const LogAudit &audit)
{
    const AnchorStatus *newest = newestCheckpoint(audit);
    if (!newest) {
        const QString since = sinceText(audit);
        return since.isEmpty() ? tr("No checkpoint yet")
                               : tr("No checkpoint yet") + u" · "_s + since;
    }
    // Short, for the status bar: the root, the whole key and the exact time are in the tooltip.
    const Checkpoint &c = *newest->checkpoint;
    const QDateTime local = c.time.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? QLocale().toString(local.time(), QLocale::ShortFormat)
                             : timeText(c.time);
    QString key = c.keyId().left(8);
    if (!ownPublicKey().isEmpty() && c.publicKey == ownPublicKey())
        key = tr("%1 (this machine)").arg(key);
    const QString name =
        newest->number > 0 ? tr("Checkpoint #%1").arg(newest->number) : tr("Witness");
    // When the store does not match, the banner says the rest: the verdict must fit.
    const QString what =
        newest->state == State::Matches
            ? tr("%1 · %2 events · %3 · key %4").arg(name, num(newest->size), when, key)
            : tr("%1 · %2 events").arg(name, num(newest->size));
    QString verdict;
    switch (newest->state) {
    case State::Matches:
        verdict = tr("consistent");
        break;
    case State::Beyond:
        verdict = tr("the store is behind it");
        break;
    case State::Contradicts:
        verdict = tr("the store contradicts it");
        break;
    case State::NotChecked:
        verdict = tr("not checked");
        break;
    }
    QString text = tr("%1 — %2").arg(what, verdict);
    if (newest->state == State::Matches && audit.size > newest->size)
        text += u" · "_s + tr("%n event(s) since, not yet vouched for", nullptr,
                              int(audit.size - newest->size));
    return text;
}

QString LogStatus::statusToolTip(const LogAudit &audit)
{
    const AnchorStatus *newest = newestCheckpoint(audit);
    if (!newest)
        return tr(
            "No trusted checkpoint vouches for this store's log yet. `airlockctl checkpoint` signs "
            "one with this machine's key; every Airlock process then remembers it as a witness.");
    const Checkpoint &c = *newest->checkpoint;
    QString tip =
        tr("Newest checkpoint: %1 events up to #%2\nMerkle root %3\nSigned %4 (UTC %5) by key %6")
            .arg(num(c.size), num(c.headSeq), QString::fromLatin1(c.root.toHex()), timeText(c.time),
                 c.time.toUTC().toString(Qt::ISODate), c.keyId());
    tip += u"\n"_s + tr("The store has %n event(s).", nullptr, int(audit.size));
    if (newest->witness)
        tip += u"\n"_s + tr("This machine remembers it as its witness for this store.");
    return tip;
}

bool LogStatus::needsBanner(const LogAudit &audit)
{
    if (audit.report.cancelled)
        return false;
    for (const EvidenceChain::Finding &f : audit.report.findings) {
        if (f.kind != Kind::UnknownKey)
            return true;
    }
    return false;
}

QString LogStatus::bannerText(const LogAudit &audit)
{
    QString what;
    // A checkpoint or witness the store has fewer events than: the events it vouched for are gone.
    const AnchorStatus *beyond = nullptr;
    const AnchorStatus *contradicted = nullptr;
    const AnchorStatus *badSignature = nullptr;
    for (const AnchorStatus &a : audit.anchorStatus) {
        if (a.state == State::Beyond && (!beyond || a.size > beyond->size))
            beyond = &a;
        if (a.state == State::Contradicts && !contradicted)
            contradicted = &a;
        if ((!a.checkpoint || !a.signatureValid) && !badSignature)
            badSignature = &a;
    }
    if (beyond) {
        what = tr("The store has %1 events but %2 vouches for %3: events #%4–#%5 are missing.")
                   .arg(num(audit.size), vouchingName(*beyond), num(beyond->size),
                        num(audit.size + 1), num(beyond->size));
    } else if (contradicted && hasFinding(audit, Kind::Forked)) {
        what = tr("The store's log forked: its first %1 events no longer match %2, yet a later "
                  "checkpoint "
                  "vouches for them. The log was rewritten and signed again; the original events "
                  "are missing.")
                   .arg(num(contradicted->size), vouchingName(*contradicted));
    } else if (contradicted) {
        what = tr("The store was rewritten: its first %1 events no longer match %2. Events up to "
                  "#%1 were "
                  "changed; the originals are missing.")
                   .arg(num(contradicted->size), vouchingName(*contradicted));
    } else if (audit.changedAtOrBefore > 0) {
        what = tr("The store was rewritten: event #%1 no longer has the hash it had when this "
                  "window verified it. "
                  "Events up to #%1 were changed.")
                   .arg(num(audit.changedAtOrBefore));
    } else if (hasFinding(audit, Kind::OtherStore)) {
        what = tr("This is not the store this machine saw at this address: it was replaced.");
    } else if (badSignature) {
        what = tr("Checkpoint %1 does not carry a valid signature: it was changed or forged after "
                  "it was signed.")
                   .arg(anchorName(*badSignature));
    } else {
        what = tr("The evidence chain is broken at #%1.").arg(num(audit.report.firstBadSeq));
    }
    QString details = audit.report.problem;
    if (details.size() > 400)
        details = details.left(400) + u"…"_s;
    return u"<b>%1</b> %2<br><small>%3</small>"_s.arg(
        what.toHtmlEscaped(),
        tr("Airlock checks again after every change; this banner stays until the store matches "
           "again.")
            .toHtmlEscaped(),
        details.toHtmlEscaped());
}

} // namespace airlock
