#pragma once

// The Merkle tree over the evidence log, exactly as RFC 9162 §2.1 defines it, so a third
// party can check Airlock's proofs with any RFC 9162 implementation (or a shell script):
//   leaf hash  = SHA-256(0x00 ‖ leaf bytes)
//   node hash  = SHA-256(0x01 ‖ left ‖ right)
//   MTH(D[n])  = the node hash of MTH(D[0:k]) and MTH(D[k:n]), k the largest power of two < n.
// The leaf bytes of event #i (leaf index i - 1) are the 32 raw bytes of its chain hash (the
// stored hex `hash` decoded), so the existing chain becomes the tree's first leaves unchanged
// and each leaf commits to every event before it as well.
// All hashes here are raw 32-byte digests; hex is for people and files.

#include "result.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace airlock::merkle {

QByteArray leafHash(const QByteArray &leafBytes);
QByteArray nodeHash(const QByteArray &left, const QByteArray &right);
// SHA-256 of nothing: the root of the empty tree (RFC 9162 §2.1.1).
QByteArray emptyRoot();
// The leaf hash of an evidence event from its stored hex chain hash.
QByteArray eventLeafHash(const QByteArray &chainHashHex);

// The root of a list of leaf hashes, by the RFC's recursion (for small inputs and tests).
QByteArray rootOf(const QList<QByteArray> &leafHashes);

// The root of a growing log in O(log n) memory: the roots of the perfect subtrees that make
// up the first n leaves (RFC 9162's "compact range" of [0, n)). Adding a leaf merges equal
// sized subtrees; root() folds them right to left. Nothing else of the tree is kept.
class CompactRange
{
public:
    void add(const QByteArray &leafHash);
    qint64 size() const { return size_; }
    QByteArray root() const;

private:
    struct Subtree
    {
        QByteArray hash;
        qint64 leaves;
    };
    QList<Subtree> stack_; // left to right, sizes strictly decreasing powers of two
    qint64 size_ = 0;
};

// Reads the leaf hashes of [begin, end) (0-based), in order; may be called many times with
// ranges a page long. Proof generation streams the log through it: memory O(page + log n).
using LeafReader = std::function<Result<QList<QByteArray>>(qint64 begin, qint64 end)>;

// MTH of leaves [begin, end) read through reader in pages of at most `page` leaves.
Result<QByteArray> subtreeRoot(const LeafReader &reader, qint64 begin, qint64 end, qint64 page = 4096);

// RFC 9162 §2.1.3.1 PATH(m, D[n]): the audit path of leaf `index` in the tree of `size` leaves.
Result<QList<QByteArray>> inclusionProof(const LeafReader &reader, qint64 index, qint64 size);
// RFC 9162 §2.1.4.1 PROOF(m, D[n]): shows the tree of `oldSize` leaves is a prefix of `newSize`.
Result<QList<QByteArray>> consistencyProof(const LeafReader &reader, qint64 oldSize, qint64 newSize);

// The audit paths of many leaves of one tree at once, and its root, reading every leaf once
// in order (a page cache in front of reader), where one inclusionProof() per leaf would read
// the whole tree each time. indices must be sorted, unique and < size; paths[i] is the audit
// path of indices[i], exactly as inclusionProof() gives it.
struct InclusionProofs
{
    QByteArray root;
    QList<QList<QByteArray>> paths;
};
Result<InclusionProofs> inclusionProofs(const LeafReader &reader, const QList<qint64> &indices, qint64 size,
                                        qint64 page = 4096);

// RFC 9162 §2.1.3.2: true when proof shows leafHash at index in the tree of size with root.
bool verifyInclusion(qint64 index, qint64 size, const QByteArray &leafHash,
                     const QList<QByteArray> &proof, const QByteArray &root);
// RFC 9162 §2.1.4.2: true when proof shows oldRoot's tree (oldSize) is a prefix of newRoot's.
bool verifyConsistency(qint64 oldSize, qint64 newSize, const QByteArray &oldRoot,
                       const QByteArray &newRoot, const QList<QByteArray> &proof);

} // namespace airlock::merkle
