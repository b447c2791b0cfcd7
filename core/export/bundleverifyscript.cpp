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
declare -a seqs=() prevs=() hashes=()
n=0
while IFS=' ' read -r s p h rest; do
    [[ $s =~ ^[0-9]+$ && $p =~ ^[0-9a-f]{64}$ && $h =~ ^[0-9a-f]{64}$ && -z $rest ]] \
        || fail "hashes.txt line $((n + 1)) is not \"seq prev_hash hash\""
    seqs[n]=$s; prevs[n]=$p; hashes[n]=$h; n=$((n + 1))
done < hashes.txt
[[ $manifest =~ \"events\":\ *([0-9]+) ]] && expected=${BASH_REMATCH[1]} || expected=-1
[ "${#lines[@]}" -eq "$n" ] && [ "$n" -eq "$expected" ] \
    || fail "events.jsonl has ${#lines[@]} lines, hashes.txt $n, the manifest says $expected"
[[ $manifest =~ \"link_before_hash\":\ *\"([0-9a-f]*)\" ]] && link=${BASH_REMATCH[1]} || link=""
for ((i = 0; i < n; i++)); do
    if [ "$i" -eq 0 ]; then
        [ "${prevs[0]}" = "$link" ] || fail "event #${seqs[0]} does not link to link_before_hash"
    else
        [ "${seqs[i]}" -gt "${seqs[i - 1]}" ] || fail "hashes.txt line $((i + 1)): event #${seqs[i]} comes after #${seqs[i - 1]}"
        if [ "${seqs[i]}" -eq $((seqs[i - 1] + 1)) ] && [ "${prevs[i]}" != "${hashes[i - 1]}" ]; then
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

# 3. Each event is in the log the checkpoint commits to: all proofs are walked a level at a
# time, each distinct node hashed once (a run's events share most of their paths).
if [ "$format" -ge 2 ]; then
    declare -a cur=() fn=() sn=() want=() pseq=()
    declare -A node=()
    mapfile -t pseq < <(cut -d' ' -f1 proofs.txt)
    [ "${#pseq[@]}" -eq "$n" ] || fail "proofs.txt has ${#pseq[@]} lines, events.jsonl $n"
    for ((i = 0; i < n; i++)); do
        [ "${pseq[i]}" = "${seqs[i]}" ] || fail "proofs.txt line $((i + 1)) is not event #${seqs[i]}'s proof"
        [ "${seqs[i]}" -le "$size" ] || fail "event #${seqs[i]} is beyond the checkpoint, which covers $size events"
        fn[i]=$((seqs[i] - 1)); sn[i]=$((size - 1))
        h2e "${hashes[i]}"; printf "\\x00$REPLY" > "$tmp/$nb"; batch_in[nb]=$i; nb=$((nb + 1))
        if [ "$nb" -ge 4096 ] || [ "$i" -eq $((n - 1)) ]; then
            run_batch; for ((j = 0; j < nb; j++)); do cur[batch_in[j]]=${batch_out[j]}; done; nb=0
        fi
    done
    hash_nodes() { local j; run_batch; for ((j = 0; j < nb; j++)); do node[${batch_in[j]}]=${batch_out[j]}; done; nb=0; }
    for ((level = 2; level <= 65; level++)); do
        # cut prints a line without a space (an empty path) whole: that is its seq, not a hash.
        mapfile -t sib < <(cut -d' ' -f$level proofs.txt)
        for ((i = 0; i < n; i++)); do [ "${sib[i]}" != "${pseq[i]}" ] || sib[i]=""; done
        printf -v column '%s' "${sib[@]}"
        [ -n "$column" ] || break
        if ! [[ $column =~ ^[0-9a-f]*$ ]]; then
            for ((i = 0; i < n; i++)); do
                [[ ${sib[i]} =~ ^[0-9a-f]*$ ]] || fail "event #${seqs[i]}'s inclusion proof (proofs.txt line $((i + 1))) has a hash that is not hex"
            done
        fi
        for ((i = 0; i < n; i++)); do
            s=${sib[i]}
            want[i]=""
            [ -n "$s" ] || continue
            [ "${#s}" -eq 64 ] || fail "event #${seqs[i]}'s inclusion proof (proofs.txt line $((i + 1))) has a hash that is not 64 hex digits"
            [ "${sn[i]}" -gt 0 ] || fail "event #${seqs[i]}'s inclusion proof (proofs.txt line $((i + 1))) is longer than the tree allows: it does not reach the checkpoint's root"
            if (( (fn[i] & 1) || fn[i] == sn[i] )); then
                key=$s${cur[i]}
                if (( !(fn[i] & 1) )); then
                    while (( !(fn[i] & 1) && fn[i] != 0 )); do fn[i]=$((fn[i] >> 1)); sn[i]=$((sn[i] >> 1)); done
                fi
            else
                key=${cur[i]}$s
            fi
            fn[i]=$((fn[i] >> 1)); sn[i]=$((sn[i] >> 1))
            want[i]=$key
            if [ -z "${node[$key]+x}" ]; then
                node[$key]=""
                h2e "${key:0:64}"; l=$REPLY; h2e "${key:64:64}"
                printf "\\x01$l$REPLY" > "$tmp/$nb"; batch_in[nb]=$key; nb=$((nb + 1))
                [ "$nb" -lt 4096 ] || hash_nodes
            fi
        done
        [ "$nb" -eq 0 ] || hash_nodes
        for ((i = 0; i < n; i++)); do [ -z "${want[i]}" ] || cur[i]=${node[${want[i]}]}; done
    done
    for ((i = 0; i < n; i++)); do
        [ "${sn[i]}" -eq 0 ] && [ "${cur[i]}" = "$root" ] \
            || fail "event #${seqs[i]}'s inclusion proof (proofs.txt line $((i + 1))) does not reach the checkpoint's root"
    done
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
