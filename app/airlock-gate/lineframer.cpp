#include "lineframer.h"

namespace airlock::gate {

namespace {
constexpr qsizetype kKeep = 512; // bytes kept from each end of an oversized message
}

LineFramer::Frame LineFramer::take()
{
    Frame f;
    if (skipping_) {
        f.oversized = true;
        f.size = skippedSize_ + buffer_.size();
        f.head = head_;
        tail_ += buffer_;
        f.tail = tail_.right(kKeep);
        skipping_ = false;
        skippedSize_ = 0;
        head_.clear();
        tail_.clear();
    } else {
        if (buffer_.endsWith('\r'))
            buffer_.chop(1);
        f.line = buffer_;
        f.size = buffer_.size();
    }
    buffer_.clear();
    return f;
}

QList<LineFramer::Frame> LineFramer::feed(const QByteArray &bytes)
{
    QList<Frame> frames;
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', from);
        const qsizetype end = nl < 0 ? bytes.size() : nl;
        buffer_.append(bytes.constData() + from, end - from);
        if (!skipping_ && buffer_.size() > maxBytes_) {
            skipping_ = true;
            head_ = buffer_.left(kKeep);
            skippedSize_ = buffer_.size();
            tail_ = buffer_.right(kKeep);
            buffer_.clear();
        } else if (skipping_ && buffer_.size() > kKeep) {
            skippedSize_ += buffer_.size();
            tail_ = QByteArray(tail_ + buffer_).right(kKeep);
            buffer_.clear();
        }
        if (nl < 0)
            break;
        frames << take();
        from = nl + 1;
    }
    return frames;
}

QList<LineFramer::Frame> LineFramer::finish()
{
    if (buffer_.isEmpty() && !skipping_)
        return {};
    return {take()};
}

} // namespace airlock::gate
