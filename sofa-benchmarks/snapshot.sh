#!/usr/bin/env bash
# Keeps today's engine as it is now (the jars of sofa-core and sofa-rules and their dependencies)
# under sofa-benchmarks/target/snapshots/NAME/, so that the next lever can be measured against it
# in the same JVM (LeverRatios loads each snapshot in a class loader of its own, as BaselineEngine
# does with pack 1.0.0). Run from the repository root after
#   mvn -o -q -pl sofa-core,sofa-rules package -DskipTests
set -euo pipefail
name=${1:?usage: snapshot.sh NAME}
out=sofa-benchmarks/target/snapshots/$name
mkdir -p "$out"
cp sofa-core/target/sofa-core-*-SNAPSHOT.jar "$out/sofa-core.jar"
cp sofa-rules/target/sofa-rules-*-SNAPSHOT.jar "$out/sofa-rules.jar"
mvn -o -B -q -pl sofa-rules dependency:build-classpath -DexcludeGroupIds=nl.sofa -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$PWD/$out/deps.txt"
printf '%s:%s:%s\n' "$PWD/$out/sofa-core.jar" "$PWD/$out/sofa-rules.jar" "$(cat "$out/deps.txt")" > "$out/classpath.txt"
echo "snapshot $name in $out"
