#!/usr/bin/env bash
# Builds Tiercel with a JDK 25 found on this machine (JAVA_HOME if it is 25 or newer, else /usr/lib/jvm/*25*).
#   ./build.sh          build every module and the jlink images in distribution/target/images (no tests)
#   ./build.sh test     build and run the whole test suite (unit tests and the program tests in every image)
#   ./build.sh -- ARGS  run ./mvnw ARGS with the JDK found
set -euo pipefail
cd "$(dirname "$0")"

jdk_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

find_jdk() {
    local c
    for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* /usr/lib/jvm/*25*; do
        if [ -n "$c" ] && [ -x "$c/bin/javac" ] && [ "$(jdk_major "$c")" -ge 25 ] 2>/dev/null; then
            echo "$c"
            return 0
        fi
    done
    return 1
}

if ! JAVA_HOME=$(find_jdk); then
    echo "build.sh: no JDK 25 found (looked at JAVA_HOME and /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'apt-get install temurin-25-jdk' (Adoptium) or 'openjdk-25-jdk', or set JAVA_HOME." >&2
    exit 1
fi
export JAVA_HOME

case "${1:-}" in
    test) shift; exec ./mvnw -B -ntp verify "$@" ;;
    --) shift; exec ./mvnw "$@" ;;
    "") exec ./mvnw -B -ntp -q package -DskipTests ;;
    *) echo "usage: ./build.sh [test | -- MAVEN-ARGS]" >&2; exit 2 ;;
esac
