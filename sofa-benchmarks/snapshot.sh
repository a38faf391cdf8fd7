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
# The module's own jar, not its -sources or -javadoc jar (which a build may have left beside it).
jar_of() {
    local jars=("$1"/target/"$1"-*-SNAPSHOT.jar) jar
    for jar in "${jars[@]}"; do
        case $jar in *-sources.jar|*-javadoc.jar) ;; *) [[ -f $jar ]] && { echo "$jar"; return; } ;; esac
    done
    echo "snapshot.sh: no jar of $1 in $1/target: build it first" >&2
    return 1
}
cp "$(jar_of sofa-core)" "$out/sofa-core.jar"
cp "$(jar_of sofa-rules)" "$out/sofa-rules.jar"
# sofa-rules names sofa-drl-compiler (optional), which is not in ~/.m2: jar:jar puts both modules'
# jars in the reactor so that the class path resolves (neither is rebuilt).
mvn -o -B -q -pl sofa-drl-compiler,sofa-rules jar:jar dependency:build-classpath -DexcludeGroupIds=nl.sofa -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$PWD/$out/deps.txt"
printf '%s:%s:%s\n' "$PWD/$out/sofa-core.jar" "$PWD/$out/sofa-rules.jar" "$(cat "$out/deps.txt")" > "$out/classpath.txt"
echo "snapshot $name in $out"
