#!/usr/bin/env bash
# Builds the fixed baseline that every performance ratio is taken against: the engine with the
# built-in pack 1.0.0, as of commit 97660fb, into sofa-benchmarks/target/baseline/ (its jars and a
# classpath file). The benchmarks load it in a class loader of its own, beside today's engine in
# the same JVM (BaselineEngine). Run from the repository root; needs git and Maven.
set -euo pipefail
commit=97660fb
out=sofa-benchmarks/target/baseline
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
git archive "$commit" | tar -x -C "$src"
(cd "$src" && mvn -B -q package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl sofa-rules -am \
    && mvn -B -q -pl sofa-rules dependency:build-classpath -DexcludeGroupIds=nl.sofa -Dmdep.includeScope=runtime \
        -Dmdep.outputFile="$src/deps.txt")
mkdir -p "$out"
cp "$src"/sofa-core/target/sofa-core-0.1.0-SNAPSHOT.jar "$out/sofa-core-1.0.0-baseline.jar"
cp "$src"/sofa-rules/target/sofa-rules-0.1.0-SNAPSHOT.jar "$out/sofa-rules-1.0.0-baseline.jar"
printf '%s:%s:%s\n' "$PWD/$out/sofa-core-1.0.0-baseline.jar" "$PWD/$out/sofa-rules-1.0.0-baseline.jar" \
    "$(cat "$src/deps.txt")" > "$out/classpath.txt"
echo "baseline (pack 1.0.0, commit $commit) in $out"
