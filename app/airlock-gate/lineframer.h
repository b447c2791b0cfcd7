#pragma once

#include <QByteArray>
#include <QList>

namespace airlock::gate {

// Cuts a byte stream into MCP stdio messages: one per line, '\n' ends it (a '\r' before it
// is dropped). A message longer than the limit is not kept: its first and last bytes are,
// so that the refusal can name the request, and the rest is skipped up to its newline.
class LineFramer
{
public:
    explicit LineFramer(qsizetype maxBytes)
        : maxBytes_(maxBytes)
    {}

    struct Frame
    {
        QByteArray line; // the message, when it fit
        bool oversized = false;
        qsizetype size = 0;    // the message's length in bytes
        QByteArray head, tail; // an oversized message's first and last bytes
    };
    // The frames completed by these bytes, in order.
    QList<Frame> feed(const QByteArray &bytes);
    // At end of input: the unterminated last message, if any (a peer may omit the last '\n').
    QList<Frame> finish();

private:
    Frame take();

    qsizetype maxBytes_;
    QByteArray buffer_;
    bool skipping_ = false;
    qsizetype skippedSize_ = 0;
    QByteArray head_, tail_;
};

} // namespace airlock::gate
