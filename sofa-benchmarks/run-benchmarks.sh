#!/usr/bin/env bash
# Reproduces every figure of docs/performance.md. Run from the repository root after
#   mvn -B -q package -DskipTests
# on an otherwise idle machine. Takes about 25 minutes on two cores; results go to target/perf/.
set -euo pipefail
out=sofa-benchmarks/target/perf
mkdir -p "$out"
bench=sofa-benchmarks/target/benchmarks.jar
sofa=sofa-examples/target/sofa.jar
example=sofa-examples/situations/ending-transfer.json

java -version 2>&1 | head -1 | tee "$out/machine.txt"
nproc | sed 's/^/cores: /' | tee -a "$out/machine.txt"

# 1. JMH: warm evaluation (with allocation), latency percentiles, batch throughput, scaling,
#    engine build in fresh forks, JSON reading and writing.
java -jar "$bench" 'nl\.sofa\.benchmarks\.(Evaluate|Latency|Batch|Scaling|Startup|Json)Benchmark' \
    -prof gc -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt"

# 2. Start-up in 20 fresh processes: JVM start to a ready engine and to the first advice.
java -cp "$bench" nl.sofa.benchmarks.StartupMain --repeat 20 | tee "$out/startup.txt"

# 3. The command line on one situation, 10 runs (wall time of the whole process).
for i in $(seq 10); do
    /usr/bin/time -f "%e" java -jar "$sofa" evaluate "$example" 2>&1 >/dev/null
done | sort -n | tee "$out/cli-evaluate.txt"

# 4. The command line on a 100,000-line ndjson batch in a 128 MB heap, on 2 threads.
java -cp "$bench" nl.sofa.benchmarks.NdjsonFile 100000 "$out/batch.ndjson"
/usr/bin/time -f "wall %e s, max RSS %M KB" java -Xmx128m -jar "$sofa" evaluate --ndjson --threads 2 \
    "$out/batch.ndjson" 2>"$out/cli-batch.txt" | wc -l | sed 's/^/advice lines: /' | tee -a "$out/cli-batch.txt"
cat "$out/cli-batch.txt"

# 5. Loading the example pack from DRL and from its precompiled jar (cold forks and warm).
java -jar "$bench" 'nl\.sofa\.benchmarks\.PackLoadBenchmark' | tee "$out/pack-load-cold.txt"
java -jar "$bench" 'nl\.sofa\.benchmarks\.PackLoadBenchmark' -bm avgt -tu ms -wi 3 -w 4s -i 5 -r 4s -f 1 \
    | tee "$out/pack-load-warm.txt"
