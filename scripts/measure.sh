#!/usr/bin/env bash
# Re-runs the measurements of issue 14 (src/test/java/truce/model/Measurements.java): seeds 1..N
# (default 2000) of each experiment, one line of figures each. Builds the jar and test classes.
# Usage: scripts/measure.sh [N]   (from the project root)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -Dstyle.color=never -DskipTests package test-compile >/dev/null
exec java -XX:+UseParallelGC -cp target/test-classes:target/truce.jar truce.model.Measurements "$@"
