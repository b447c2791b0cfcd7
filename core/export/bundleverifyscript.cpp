#include "evidencebundle.h"

// verify.sh, as the bundle carries it. Bash, coreutils and openssl only (no xxd, no python):
// binary inputs are written with printf's \x escapes, and the many small hashes of the proofs
// are batched, one sha256sum per 4096 files, a level of all proofs at a time.

namespace airlock {

QByteArray bundleVerifyScript()
{
    return QByteArrayLiteral(R"SH(#!/usr/bin/env bash
# Checks this Airlock evidence bundle offline, with bash, coreutils and openssl alone, and
# without the rest of the log. Usage (in the bundle's folder, or with its path):
#   bash verify.sh                        trust the key shipped in signer.pem (its fingerprint is printed)
#   bash verify.sh --fingerprint HEX      the checkpoint must be signed by the key with this fingerprint
#   bash verify.sh --key SIGNER.pem       ... by this public key (your own copy, not the bundle's)
# A key's fingerprint is the hex SHA-256 of its 32 raw bytes, the `key` line of a checkpoint:
#   openssl pkey -pubin -in SIGNER.pem -outform DER | tail -c 32 | sha256sum
# What it proves:
#  1. checkpoint.sig is the signer's Ed25519 signature of checkpoint.txt
#     (openssl pkeyutl -verify -pubin -inkey signer.pem -rawin -in checkpoint.txt -sigfile checkpoint.sig);
#  2. each line of events.jsonl is exactly the bytes its hash covers:
#     sha256(prev_hash || line) = hash (hashes.txt: "seq prev_hash hash"), and consecutive events link;
#  3. each event is in the log the checkpoint commits to: its leaf sha256(0x00 || the 32 bytes of
#     hash) with its audit path (proofs.txt: "seq sibling...") reaches checkpoint.txt's root
#     (RFC 9162 2.1.3.2, in the tree of the checkpoint's size);
#  4. SHA256SUMS: nothing else of the folder changed.
# Exit 0 when all hold; otherwise 1, with a line "FAILED: ..." naming the first thing wrong.
set -uo pipefail
export LC_ALL=C
pin_key="" pin_fp=""
while [ $# -gt 0 ]; do
    case "$1" in
        --key) pin_key=${2:-}; shift 2 || shift ;;
        --fingerprint) pin_fp=${2:-}; shift 2 || shift ;;
        -h|--help) while IFS= read -r l; do [[ $l == \#* ]] || break; echo "${l#\#}"; done < "$0"; exit 0 ;;
        *) echo "usage: bash verify.sh [--fingerprint HEX | --key SIGNER.pem]" >&2; exit 2 ;;
    esac
done
if [ -n "$pin_key" ] && [ "${pin_key#/}" = "$pin_key" ]; then pin_key=$PWD/$pin_key; fi
pin_fp=${pin_fp,,}; pin_fp=${pin_fp//:/}
cd -- "$(dirname -- "$0")" || exit 1
fail() { echo "FAILED: $*"; exit 1; }
# What SHA256SUMS records for a file differs from the file: used only to say which file changed.
changed() { local want; want=$(while read -r h f; do [ "$f" = "$1" ] && echo "$h"; done < SHA256SUMS 2>/dev/null)
            [ -n "$want" ] && [ "$want" != "$(sha256sum < "$1" | cut -d' ' -f1)" ]; }
# Hex to printf escapes, for one 64-digit hash: \xab\xcd...
h2e() { printf -v REPLY '\\x%s' "${1:0:2}" "${1:2:2}" "${1:4:2}" "${1:6:2}" "${1:8:2}" "${1:10:2}" \
    "${1:12:2}" "${1:14:2}" "${1:16:2}" "${1:18:2}" "${1:20:2}" "${1:22:2}" "${1:24:2}" "${1:26:2}" \
    "${1:28:2}" "${1:30:2}" "${1:32:2}" "${1:34:2}" "${1:36:2}" "${1:38:2}" "${1:40:2}" "${1:42:2}" \
    "${1:44:2}" "${1:46:2}" "${1:48:2}" "${1:50:2}" "${1:52:2}" "${1:54:2}" "${1:56:2}" "${1:58:2}" \
    "${1:60:2}" "${1:62:2}"; }
# The same for many: 64-digit hex lines in, escaped lines out, three processes for any number.
hexesc() { fold -w2 | paste -d '\\x' /dev/null /dev/null - \
    | paste -d '\0' - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -; }
[ -f manifest.json ] || fail "a file of the bundle is missing: manifest.json"
manifest=$(<manifest.json)
[[ $manifest =~ \"format\":\ *\"airlock-evidence-bundle/([0-9]+)\" ]] || fail "manifest.json is not an Airlock evidence bundle's"
format=${BASH_REMATCH[1]}
files="events.jsonl hashes.txt SHA256SUMS"
[ "$format" -ge 2 ] && files="$files checkpoint.txt checkpoint.sig signer.pem proofs.txt"
for f in $files; do [ -f "$f" ] || fail "a file of the bundle is missing: $f"; done
# Hashing many small inputs: one file each, one sha256sum for a batch (a process per hash is
# a thousand times slower). The batch folder lives in memory where there is one.
tmp=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d) || fail "cannot make a temporary folder"
trap 'rm -rf -- "$tmp"' EXIT
declare -a batch_in=() batch_out=()
nb=0
run_batch() { local -a names=(); local j
    for ((j = 0; j < nb; j++)); do names[j]=$tmp/$j; done
    mapfile -t batch_out < <(sha256sum -- "${names[@]}")
    for ((j = 0; j < nb; j++)); do batch_out[j]=${batch_out[j]%% *}; done; }

# 1. The checkpoint and its signer.
if [ "$format" -ge 2 ]; then
    der=$(openssl pkey -pubin -in signer.pem -outform DER 2>/dev/null | od -An -v -tx1 | tr -d ' \n')
    [ "${#der}" -eq 88 ] && [ "${der:0:24}" = "302a300506032b6570032100" ] \
        || fail "signer.pem is not an Ed25519 public key (PEM)"
    fingerprint=$(openssl pkey -pubin -in signer.pem -outform DER | tail -c 32 | sha256sum | cut -d' ' -f1)
    verify_key=signer.pem
    if [ -n "$pin_key" ]; then
        pinned=$(openssl pkey -pubin -in "$pin_key" -outform DER 2>/dev/null | tail -c 32 | sha256sum | cut -d' ' -f1)
        [ -n "$pinned" ] && [ "$pinned" != "$(printf '' | sha256sum | cut -d' ' -f1)" ] \
            || fail "$pin_key is not a public key openssl can read"
        verify_key=$pin_key
    else
        pinned=$pin_fp
    fi
    if [ -n "$pinned" ] && [ "$fingerprint" != "$pinned" ]; then
        fail "the checkpoint is signed with key $fingerprint, not the key you trust ($pinned): signer.pem was replaced"
    fi
    mapfile -t ck < checkpoint.txt
    [ "${ck[0]:-}" = "airlock checkpoint 1" ] && [ "${#ck[@]}" -eq 7 ] || fail "checkpoint.txt is not an Airlock checkpoint"
    [[ ${ck[6]} =~ ^key\ ([0-9a-f]{64})$ ]] || fail "checkpoint.txt has no key line"
    [ "${BASH_REMATCH[1]}" = "$fingerprint" ] || fail "checkpoint.txt names key ${BASH_REMATCH[1]}, but signer.pem is key $fingerprint"
    if ! openssl pkeyutl -verify -pubin -inkey "$verify_key" -rawin -in checkpoint.txt -sigfile checkpoint.sig >/dev/null 2>&1; then
        changed checkpoint.txt && fail "checkpoint text changed: checkpoint.txt is not what was signed (its signature does not verify)"
        changed checkpoint.sig && fail "signature invalid: checkpoint.sig changed since export"
        fail "signature invalid: checkpoint.sig is not key $fingerprint's signature of checkpoint.txt"
    fi
    [[ ${ck[2]} =~ ^size\ ([0-9]+)$ ]] || fail "checkpoint.txt has no size line"; size=${BASH_REMATCH[1]}
    [[ ${ck[3]} =~ ^root\ ([0-9a-f]{64})$ ]] || fail "checkpoint.txt has no root line"; root=${BASH_REMATCH[1]}
    echo "checkpoint: signature verified with key $fingerprint${pinned:+ (the key you pinned)}; it commits to a log of $size events, root $root (${ck[5]#time })"
    [ -n "$pinned" ] || echo "  (key not pinned: compare the fingerprint above with the signer's, or run: bash verify.sh --fingerprint HEX)"
else
    [ -z "$pin_key$pin_fp" ] || fail "no checkpoint: nothing in this bundle is signed, so it cannot be checked against the key you trust"
    echo "no checkpoint (a bundle of format /$format): the chain of this run only, not signed"
fi

# 2. Every event's bytes, and the links between them.
mapfile -t lines < events.jsonl
# Columns of hashes.txt, each checked before use: a sequence number is used in arithmetic,
# where bash would evaluate anything else as an expression.
mapfile -t seqs < <(cut -d' ' -f1 hashes.txt)
mapfile -t prevs < <(cut -s -d' ' -f2 hashes.txt)
mapfile -t hashes < <(cut -s -d' ' -f3 hashes.txt)
mapfile -t extra < <(cut -s -d' ' -f4- hashes.txt)
n=${#seqs[@]}
printf -v column '%s ' "${seqs[@]}"
[[ $column =~ ^((0|[1-9][0-9]{0,17})\ )*$ ]] || fail "hashes.txt: a sequence number is not a number"
printf -v column '%s' "${prevs[@]}" "${hashes[@]}"
printf -v more '%s' "${extra[@]}"
[ "${#prevs[@]}" -eq "$n" ] && [ "${#hashes[@]}" -eq "$n" ] && [ "${#column}" -eq $((128 * n)) ] \
    && [[ $column =~ ^[0-9a-f]*$ ]] && [ -z "$more" ] \
    || fail "hashes.txt: a line is not \"seq prev_hash hash\""
[[ $manifest =~ \"events\":\ *([0-9]+) ]] && expected=${BASH_REMATCH[1]} || expected=-1
[ "${#lines[@]}" -eq "$n" ] && [ "$n" -eq "$expected" ] \
    || fail "events.jsonl has ${#lines[@]} lines, hashes.txt $n, the manifest says $expected"
[[ $manifest =~ \"link_before_hash\":\ *\"([0-9a-f]*)\" ]] && link=${BASH_REMATCH[1]} || link=""
for ((i = 0; i < n; i++)); do
    if [ "$i" -eq 0 ]; then
        [ "${prevs[0]}" = "$link" ] || fail "event #${seqs[0]} does not link to link_before_hash"
    else
        (( seqs[i] > seqs[i - 1] )) || fail "hashes.txt line $((i + 1)): event #${seqs[i]} comes after #${seqs[i - 1]}"
        if (( seqs[i] == seqs[i - 1] + 1 )) && [ "${prevs[i]}" != "${hashes[i - 1]}" ]; then
            fail "event #${seqs[i]} does not link to event #${seqs[i - 1]}"
        fi
    fi
done
check_events() { local j i
    run_batch
    for ((j = 0; j < nb; j++)); do i=${batch_in[j]}
        [ "${batch_out[j]}" = "${hashes[i]}" ] \
            || fail "line $((i + 1)) (event #${seqs[i]}): its bytes changed, they do not hash to its recorded hash"
    done; nb=0; }
for ((i = 0; i < n; i++)); do
    printf '%s%s' "${prevs[i]}" "${lines[i]}" > "$tmp/$nb"; batch_in[nb]=$i; nb=$((nb + 1))
    [ "$nb" -lt 4096 ] || check_events
done
[ "$nb" -eq 0 ] || check_events
echo "events: the bytes of all $n events hash to their recorded hashes, and consecutive events link"

# 3. Each event is in the log the checkpoint commits to. All proofs are walked a level at a
# time, each distinct node hashed once; events whose walks have met (same node, same place in
# the tree, same rest of the path) go on as one, so a run's events, which share most of their
# paths, cost little more than one path each.
if [ "$format" -ge 2 ]; then
    # Node hashes are kept as printf escapes (cur), ready to be written as the next input.
    declare -a cur=() fn=() sn=() rest=() act=() keep=() next=() pl=() sib=() esc=()
    run_batch_escaped() { local -a names=(); local j
        for ((j = 0; j < nb; j++)); do names[j]=$tmp/$j; done
        mapfile -t batch_out < <(sha256sum -- "${names[@]}" | cut -d' ' -f1 | hexesc)
        for ((j = 0; j < nb; j++)); do cur[batch_in[j]]=${batch_out[j]}; done; nb=0; }
    all=$(<proofs.txt)
    [[ $all != *[!0-9a-f\ $'\n']* ]] || fail "proofs.txt holds something other than sequence numbers and hex hashes"
    mapfile -t pl < proofs.txt
    [ "${#pl[@]}" -eq "$n" ] || fail "proofs.txt has ${#pl[@]} lines, events.jsonl $n"
    mapfile -t esc < <(printf '%s\n' "${hashes[@]}" | hexesc)
    for ((i = 0; i < n; i++)); do
        # By offsets, not patterns: ${x#* } on a long line costs bash time quadratic in its length.
        line=${pl[i]}; w=${#seqs[i]}
        [ "${line:0:w}" = "${seqs[i]}" ] && { [ "${#line}" -eq "$w" ] || [ "${line:w:1}" = " " ]; } \
            || fail "proofs.txt line $((i + 1)) is not event #${seqs[i]}'s proof"
        (( seqs[i] <= size )) || fail "event #${seqs[i]} is beyond the checkpoint, which covers $size events"
        rest[i]=${line:w+1}
        fn[i]=$((seqs[i] - 1)); sn[i]=$((size - 1)); act[i]=$i
        printf "\\x00${esc[i]}" > "$tmp/$nb"; batch_in[nb]=$i; nb=$((nb + 1))
        [ "$nb" -lt 4096 ] || run_batch_escaped
    done
    [ "$nb" -eq 0 ] || run_batch_escaped
    h2e "$root"; root_escaped=$REPLY
    bad=-1
    while [ "${#act[@]}" -gt 0 ]; do
        # An event whose walk has met the one before it (same node, same place, same rest of
        # the path) has that one's outcome: the earlier event stands for both.
        keep=(); k=-1
        for i in "${act[@]}"; do
            if [ "$k" -lt 0 ] || [ "${cur[i]}" != "${cur[k]}" ] || [ "${fn[i]}" != "${fn[k]}" ] \
                || [ "${sn[i]}" != "${sn[k]}" ] || [ "${rest[i]}" != "${rest[k]}" ]; then
                keep+=("$i"); k=$i
            fi
        done
        next=(); sib=()
        for i in "${keep[@]}"; do
            r=${rest[i]}
            if [ -z "$r" ]; then
                # The path is walked: it must end at the root, at the top of the tree.
                if [ "${sn[i]}" -ne 0 ] || [ "${cur[i]}" != "$root_escaped" ]; then
                    [ "$bad" -ge 0 ] && [ "$bad" -lt "$i" ] || bad=$i
                fi
                continue
            fi
            s=${r:0:64}; rest[i]=${r:65}
            [ "${#s}" -eq 64 ] && [[ $s != *" "* ]] && { [ "${#r}" -eq 64 ] || [ "${r:64:1}" = " " ]; } || fail "event #${seqs[i]}'s inclusion proof (proofs.txt line $((i + 1))) has a hash that is not 64 hex digits"
            [ "${sn[i]}" -gt 0 ] || fail "event #${seqs[i]}'s inclusion proof (proofs.txt line $((i + 1))) is longer than the tree allows: it does not reach the checkpoint's root"
            next+=("$i"); sib+=("$s")
        done
        [ "${#next[@]}" -gt 0 ] || break
        mapfile -t esc < <(printf '%s\n' "${sib[@]}" | hexesc)
        j=0
        for i in "${next[@]}"; do
            if (( (fn[i] & 1) || fn[i] == sn[i] )); then
                printf "\\x01${esc[j]}${cur[i]}" > "$tmp/$nb"
                while (( !(fn[i] & 1) && fn[i] != 0 )); do fn[i]=$((fn[i] >> 1)); sn[i]=$((sn[i] >> 1)); done
            else
                printf "\\x01${cur[i]}${esc[j]}" > "$tmp/$nb"
            fi
            fn[i]=$((fn[i] >> 1)); sn[i]=$((sn[i] >> 1)); j=$((j + 1))
            batch_in[nb]=$i; nb=$((nb + 1))
            [ "$nb" -lt 4096 ] || run_batch_escaped
        done
        [ "$nb" -eq 0 ] || run_batch_escaped
        act=("${next[@]}")
    done
    [ "$bad" -lt 0 ] || fail "event #${seqs[bad]}'s inclusion proof (proofs.txt line $((bad + 1))) does not reach the checkpoint's root"
    echo "proofs: all $n events are in the log of $size events the checkpoint commits to (RFC 9162 inclusion proofs)"
fi

# 4. Nothing else of the folder changed.
while read -r h f; do
    [ -f "$f" ] || fail "a file of the bundle is missing: $f"
    [ "$(sha256sum < "$f" | cut -d' ' -f1)" = "$h" ] || fail "$f does not match its SHA256SUMS entry"
done < SHA256SUMS
echo "OK: $n events verified"
)SH");
}

} // namespace airlock
