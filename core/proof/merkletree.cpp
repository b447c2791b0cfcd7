#include "merkletree.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airlock::merkle {

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// The largest power of two strictly below n (n ≥ 2): the RFC's split point.
qint64 splitOf(qint64 n)
{
    qint64 k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

bool isPowerOfTwo(qint64 n)
{
    return n > 0 && (n & (n - 1)) == 0;
}

Error badRange(const QString &what)
{
    return Error{ErrorCode::InvalidArgument, what};
}

// PATH(m, D[begin:end]) by the RFC's recursion, siblings appended leaf-side first.
Status appendPath(const LeafReader &reader, qint64 m, qint64 begin, qint64 end, QList<QByteArray> &out)
{
    const qint64 n = end - begin;
    if (n <= 1)
        return {};
    const qint64 k = splitOf(n);
    if (m < k) {
        if (Status s = appendPath(reader, m, begin, begin + k, out); !s)
            return s;
        auto sibling = subtreeRoot(reader, begin + k, end);
        if (!sibling)
            return sibling.status();
        out << *sibling;
    } else {
        if (Status s = appendPath(reader, m - k, begin + k, end, out); !s)
            return s;
        auto sibling = subtreeRoot(reader, begin, begin + k);
        if (!sibling)
            return sibling.status();
        out << *sibling;
    }
    return {};
}

// SUBPROOF(m, D[begin:end], b) by the RFC's recursion.
Status appendSubproof(const LeafReader &reader, qint64 m, qint64 begin, qint64 end, bool whole,
                      QList<QByteArray> &out)
{
    const qint64 n = end - begin;
    if (m == n) {
        if (whole)
            return {};
        auto root = subtreeRoot(reader, begin, end);
        if (!root)
            return root.status();
        out << *root;
        return {};
    }
    const qint64 k = splitOf(n);
    if (m <= k) {
        if (Status s = appendSubproof(reader, m, begin, begin + k, whole, out); !s)
            return s;
        auto right = subtreeRoot(reader, begin + k, end);
        if (!right)
            return right.status();
        out << *right;
    } else {
        if (Status s = appendSubproof(reader, m - k, begin + k, end, false, out); !s)
            return s;
        auto left = subtreeRoot(reader, begin, begin + k);
        if (!left)
            return left.status();
        out << *left;
    }
    return {};
}

} // namespace

QByteArray leafHash(const QByteArray &leafBytes)
{
    QByteArray bytes(1, '\x00');
    bytes += leafBytes;
    return sha256(bytes);
}

QByteArray nodeHash(const QByteArray &left, const QByteArray &right)
{
    QByteArray bytes(1, '\x01');
    bytes += left;
    bytes += right;
    return sha256(bytes);
}

QByteArray emptyRoot()
{
    return sha256(QByteArray());
}

QByteArray eventLeafHash(const QByteArray &chainHashHex)
{
    return leafHash(QByteArray::fromHex(chainHashHex));
}

QByteArray rootOf(const QList<QByteArray> &leafHashes)
{
    const qint64 n = leafHashes.size();
    if (n == 0)
        return emptyRoot();
    if (n == 1)
        return leafHashes.constFirst();
    const qint64 k = splitOf(n);
    return nodeHash(rootOf(leafHashes.mid(0, k)), rootOf(leafHashes.mid(k)));
}

void CompactRange::add(const QByteArray &leafHash)
{
    Subtree next{leafHash, 1};
    while (!stack_.isEmpty() && stack_.constLast().leaves == next.leaves) {
        next = {nodeHash(stack_.constLast().hash, next.hash), next.leaves * 2};
        stack_.removeLast();
    }
    stack_ << next;
    ++size_;
}

QByteArray CompactRange::root() const
{
    if (stack_.isEmpty())
        return emptyRoot();
    // The RFC splits at the largest power of two, so the tree of n leaves is the perfect
    // subtrees of n's binary digits, joined from the right.
    QByteArray root = stack_.constLast().hash;
    for (qsizetype i = stack_.size() - 2; i >= 0; --i)
        root = nodeHash(stack_.at(i).hash, root);
    return root;
}

Result<QByteArray> subtreeRoot(const LeafReader &reader, qint64 begin, qint64 end, qint64 page)
{
    if (begin < 0 || end < begin)
        return badRange(u"no leaves [%1, %2)"_s.arg(begin).arg(end));
    CompactRange range;
    for (qint64 from = begin; from < end;) {
        const qint64 to = qMin(end, from + page);
        auto leaves = reader(from, to);
        if (!leaves)
            return leaves.error();
        if (leaves->size() != to - from)
            return Error{ErrorCode::Integrity, u"the log has fewer than %1 leaves (read %2 of [%3, %4))"_s.arg(
                                                   QString::number(to), QString::number(leaves->size()),
                                                   QString::number(from), QString::number(to))};
        for (const QByteArray &leaf : std::as_const(*leaves))
            range.add(leaf);
        from = to;
    }
    return range.root();
}

Result<QList<QByteArray>> inclusionProof(const LeafReader &reader, qint64 index, qint64 size)
{
    if (index < 0 || index >= size)
        return badRange(u"leaf %1 is not in a tree of %2 leaves"_s.arg(index).arg(size));
    QList<QByteArray> proof;
    if (Status s = appendPath(reader, index, 0, size, proof); !s)
        return s.error();
    return proof;
}

Result<QList<QByteArray>> consistencyProof(const LeafReader &reader, qint64 oldSize, qint64 newSize)
{
    if (oldSize < 0 || oldSize > newSize)
        return badRange(u"a tree of %1 leaves cannot be a prefix of one of %2"_s.arg(oldSize).arg(newSize));
    QList<QByteArray> proof;
    if (oldSize == 0 || oldSize == newSize)
        return proof;
    if (Status s = appendSubproof(reader, oldSize, 0, newSize, true, proof); !s)
        return s.error();
    return proof;
}

namespace {

// Serves the in-order reads of inclusionProofs() from whole aligned pages, so a log read as
// thousands of small subtrees still costs one query per page.
class PagedLeaves
{
public:
    PagedLeaves(const LeafReader &reader, qint64 size, qint64 page) : reader_(reader), size_(size), page_(page) {}

    // Where the page holding leaf `at` ends: reads that stop there stay within one page.
    qint64 pageEnd(qint64 at) const { return at - at % page_ + page_; }

    Result<QList<QByteArray>> read(qint64 begin, qint64 end)
    {
        if (begin < from_ || end > from_ + leaves_.size()) {
            const qint64 from = begin - begin % page_;
            const qint64 to = qMin(size_, ((end + page_ - 1) / page_) * page_);
            auto leaves = reader_(from, to);
            if (!leaves)
                return leaves.error();
            from_ = from;
            leaves_ = *leaves;
            if (end > from_ + leaves_.size())
                return Error{ErrorCode::Integrity, u"the log has fewer than %1 leaves (read %2 of [%3, %4))"_s.arg(
                                                       QString::number(to), QString::number(leaves_.size()),
                                                       QString::number(from), QString::number(to))};
        }
        return leaves_.mid(begin - from_, end - begin);
    }

private:
    const LeafReader &reader_;
    qint64 size_;
    qint64 page_;
    qint64 from_ = 0;
    QList<QByteArray> leaves_;
};

// The root of [begin, end); on the way down, each wanted leaf in it (wanted[lo, hi)) gets its
// siblings appended leaf-side first, as PATH(m, D[n]) orders them.
Result<QByteArray> provenRoot(PagedLeaves &leaves, qint64 begin, qint64 end, const QList<qint64> &wanted,
                              qsizetype lo, qsizetype hi, QList<QList<QByteArray>> &paths)
{
    const qint64 n = end - begin;
    if (lo == hi) {
        CompactRange range;
        for (qint64 from = begin; from < end;) {
            const qint64 to = qMin(end, leaves.pageEnd(from));
            auto read = leaves.read(from, to);
            if (!read)
                return read.error();
            for (const QByteArray &leaf : std::as_const(*read))
                range.add(leaf);
            from = to;
        }
        return range.root();
    }
    if (n == 1) {
        auto leaf = leaves.read(begin, end);
        if (!leaf)
            return leaf.error();
        return leaf->constFirst();
    }
    const qint64 mid = begin + splitOf(n);
    const qsizetype split = std::lower_bound(wanted.cbegin() + lo, wanted.cbegin() + hi, mid) - wanted.cbegin();
    auto left = provenRoot(leaves, begin, mid, wanted, lo, split, paths);
    if (!left)
        return left.error();
    auto right = provenRoot(leaves, mid, end, wanted, split, hi, paths);
    if (!right)
        return right.error();
    for (qsizetype i = lo; i < split; ++i)
        paths[i] << *right;
    for (qsizetype i = split; i < hi; ++i)
        paths[i] << *left;
    return nodeHash(*left, *right);
}

} // namespace

Result<InclusionProofs> inclusionProofs(const LeafReader &reader, const QList<qint64> &indices, qint64 size,
                                        qint64 page)
{
    for (qsizetype i = 0; i < indices.size(); ++i) {
        if (indices.at(i) < 0 || indices.at(i) >= size)
            return badRange(u"leaf %1 is not in a tree of %2 leaves"_s.arg(indices.at(i)).arg(size));
        if (i > 0 && indices.at(i) <= indices.at(i - 1))
            return badRange(u"the leaves to prove must be in order, each once"_s);
    }
    InclusionProofs proofs;
    proofs.paths.resize(indices.size());
    if (size == 0) {
        proofs.root = emptyRoot();
        return proofs;
    }
    PagedLeaves leaves(reader, size, qMax<qint64>(1, page));
    auto root = provenRoot(leaves, 0, size, indices, 0, indices.size(), proofs.paths);
    if (!root)
        return root.error();
    proofs.root = *root;
    return proofs;
}

bool verifyInclusion(qint64 index, qint64 size, const QByteArray &leafHash,
                     const QList<QByteArray> &proof, const QByteArray &root)
{
    if (index < 0 || index >= size)
        return false;
    quint64 fn = quint64(index);
    quint64 sn = quint64(size - 1);
    QByteArray r = leafHash;
    for (const QByteArray &p : proof) {
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            if (!(fn & 1)) {
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool verifyConsistency(qint64 oldSize, qint64 newSize, const QByteArray &oldRoot,
                       const QByteArray &newRoot, const QList<QByteArray> &proof)
{
    if (oldSize < 0 || oldSize > newSize)
        return false;
    if (oldSize == newSize)
        return proof.isEmpty() && oldRoot == newRoot;
    if (oldSize == 0)
        return proof.isEmpty(); // the empty tree is a prefix of every tree
    if (proof.isEmpty())
        return false;
    QList<QByteArray> path = proof;
    if (isPowerOfTwo(oldSize))
        path.prepend(oldRoot);
    quint64 fn = quint64(oldSize - 1);
    quint64 sn = quint64(newSize - 1);
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = path.constFirst();
    QByteArray sr = fr;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QByteArray &c = path.at(i);
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && fr == oldRoot && sr == newRoot;
}

} // namespace airlock::merkle
