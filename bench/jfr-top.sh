#!/usr/bin/env bash
# Where a JFR recording's CPU samples are: jdk.ExecutionSample events (Java code running on a CPU)
# aggregated three ways: by library (the frame nearest the leaf whose package is in the list below),
# the top self frames (leaf methods), and Gatehouse's own methods inclusive (on the stack).
#
#   bench/jfr-top.sh recording.jfr [top=20] [thread-prefix]
#
# Samples of threads whose names start with thread-prefix only, when given (e.g. qtp for Jetty's
# request threads). Needs the JDK's jfr tool (JAVA_HOME, else BENCH_JAVA_HOME, else on the PATH) and python3.
set -euo pipefail
file=$1
top=${2:-20}
prefix=${3:-}
jdk=${JAVA_HOME:-${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}
jfr=$jdk/bin/jfr
[[ -x $jfr ]] || jfr=jfr
"$jfr" print --events jdk.ExecutionSample --stack-depth 96 "$file" | TOP=$top PREFIX=$prefix python3 -c '
import os, re, sys
from collections import Counter

top, prefix = int(os.environ["TOP"]), os.environ["PREFIX"]
# first match from the leaf up names the library; order matters only within one frame
libraries = [
    ("signature (RSA/EC: ACCP or the JDK)", r"^(com\.amazon\.corretto\.crypto\.provider\.(Rsa|Evp|Ec)|sun\.security\.(rsa|ec|util\.math)|java\.math\.BigInteger|sun\.security\.provider\.(DSA|NativePRNG))"),
    ("hashes, HMAC, AES (SHA-256 of tokens and secrets, the successor seal)", r"^(com\.amazon\.corretto\.crypto\.provider|sun\.security\.provider\.(SHA|Digest)|com\.sun\.crypto|javax\.crypto|java\.security\.MessageDigest)"),
    ("SQLite (JDBC driver and native)", r"^org\.sqlite"),
    ("PostgreSQL JDBC driver", r"^org\.postgresql"),
    ("JDBI, HikariCP", r"^(org\.jdbi|com\.zaxxer)"),
    ("JSON (Jackson, JSON Smart, Gson in Nimbus)", r"^(com\.fasterxml|net\.minidev|com\.nimbusds\.jose\.shaded)"),
    ("Nimbus OAuth SDK / JOSE", r"^com\.nimbusds"),
    ("logging", r"^(ch\.qos\.logback|org\.slf4j)"),
    ("metrics (Micrometer)", r"^io\.micrometer"),
    ("Jetty, Javalin (HTTP)", r"^(org\.eclipse\.jetty|io\.javalin|jakarta\.servlet)"),
    ("Gatehouse code itself", r"^dev\.gatehouse"),
]
compiled = [(name, re.compile(rx)) for name, rx in libraries]
by_lib, self_frames, gatehouse = Counter(), Counter(), Counter()
total = 0
frames, thread, in_stack = [], "", False

def flush():
    global total
    if not frames or (prefix and not thread.startswith(prefix)):
        return
    total += 1
    self_frames[frames[0]] += 1
    lib = "JDK and other"
    for f in frames:
        hit = next((name for name, rx in compiled if rx.search(f)), None)
        if hit:
            lib = hit
            break
    by_lib[lib] += 1
    for m in set(f for f in frames if f.startswith("dev.gatehouse")):
        gatehouse[m] += 1

for line in sys.stdin:
    s = line.strip()
    if s.startswith("jdk.ExecutionSample"):
        frames, thread, in_stack = [], "", False
    elif s.startswith("sampledThread"):
        m = re.search(r"\"(.*)\"", s)
        thread = m.group(1) if m else ""
    elif s.startswith("stackTrace = ["):
        in_stack = True
    elif in_stack and s == "]":
        in_stack = False
    elif in_stack and s and s != "...":
        frames.append(re.sub(r"\s+line:.*$", "", s))
    elif s == "}":
        flush()
        frames = []

if total == 0:
    print("no execution samples"); sys.exit(0)
print(f"{total} execution samples" + (f" of threads {prefix}*" if prefix else ""))
print("by library (nearest the leaf):")
for name, n in by_lib.most_common():
    print(f"  {100.0 * n / total:5.1f} %  {name}")
print(f"top {top} self frames:")
for f, n in self_frames.most_common(top):
    print(f"  {100.0 * n / total:5.1f} %  {f}")
print(f"top {top} Gatehouse methods, inclusive:")
for f, n in gatehouse.most_common(top):
    print(f"  {100.0 * n / total:5.1f} %  {f}")
'
