#!/usr/bin/env bash
# Scheduling benchmark: the storage scheduler on a 48-hour schedule at 15 minutes, a 2,520-step
# schedule, and 100 batteries under one site capacity; OR-Tools (the scheduler's solver) and, on
# the first problem, ojAlgo on the very same program; then 20 heat buffers choosing between off and
# on (operation modes) by the OptaPlanner mode scheduler, and by the mixed-integer program. Each answer is checked against the domain's
# hard constraints; the gap is the proven bound on the distance to the cheapest schedule.
#   mvn -B -DskipTests install && bootstrap/bench/scheduling.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../../adapters/planner"
RUNS=${1:-20}
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt > /dev/null
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  io.gridflex.adapter.planner.lp.SchedulingBench "$RUNS"
