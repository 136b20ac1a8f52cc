#!/usr/bin/env bash
# Fuzzes the pack reader, the review-log reader, the Markdown renderer and the interchange readers (GIFT, Aiken,
# Moodle XML, QTI, CSV, Anki text, exam-simulator JSON, format detection, .apkg) with Jazzer (decision 0067), one target
# after the other, DURATION seconds each (default 3600: an hour each). In the test suite the same @FuzzTest
# methods run only their seeds (src/test/resources/.../<Class>Inputs/<method>/) as regression tests; here
# JAZZER_FUZZ=1 makes Jazzer mutate them. A finding is written by Jazzer beside the seeds as crash-<hash> and
# fails the run: it then runs in every suite as a regression test until it is fixed. Record findings in
# docs/fuzzing.md.
#
# usage: bench/fuzz.sh [Class#method ...]      (default: every target below)
# settings (environment): DURATION=3600, MVN (default: the project's ./mvnw), MVN_ARGS (more Maven arguments,
# such as -o to stay offline)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$here/lib.sh"
JAVA_HOME="$(bench_jdk)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
duration="${DURATION:-3600}"
mvn="${MVN:-$root/mvnw}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    "core:PackReaderFuzzTest#readsAnyQuestionFileIntoAPackOrProblems"
    "core:PackReaderFuzzTest#readsAnyBlueprintIntoAPackOrProblems"
    "core:RevlogReaderFuzzTest#readsAnyTextIntoRowsOrProblems"
    "core:RevlogReaderFuzzTest#parsesAnyBytesQuicklyOrDeclines"
    "app:MarkdownFuzzTest#rendersAnyTextToHtmlWithNothingThatRuns"
    "core:InterchangeFuzzTest#readsAnyGift"
    "core:InterchangeFuzzTest#readsAnyAiken"
    "core:InterchangeFuzzTest#readsAnyMoodleXml"
    "core:InterchangeFuzzTest#readsAnyQti"
    "core:InterchangeFuzzTest#readsAnyCsv"
    "core:InterchangeFuzzTest#readsAnyAnkiText"
    "core:InterchangeFuzzTest#readsAnyExamSimulatorJson"
    "core:InterchangeFuzzTest#tellsTheFormatOfAnyBytesAndReadsThem"
    "app:ApkgFuzzTest#readsAnyPackageIntoCardsOrARefusal"
  )
fi
out="$here/out/fuzz-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
status=0
for target in "${targets[@]}"; do
  module="${target%%:*}"; test="${target#*:}"
  log="$out/${test//[#]/-}.log"
  echo "fuzz: $test ($module) for $duration s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  # SIGINT when the time is up: libFuzzer prints its statistics and stops; the test then passes unless it found
  # something. The @FuzzTest's own maxDuration (1 h) bounds it too.
  code=0
  (cd "$root" && JAZZER_FUZZ=1 timeout -s INT -k 60 "$duration" \
      "$mvn" -B -q ${MVN_ARGS:-} -pl "$module" -am -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false test >"$log" 2>&1) || code=$?
  # A finding: Jazzer's report in the log (the exit code alone cannot tell a finding from the time running out).
  if ! grep -qE "INITED|exec/s|Done [0-9]+ runs" "$log"; then
    # No libFuzzer status at all: the build failed or the target never started; that is not "nothing found".
    echo "fuzz: $test DID NOT FUZZ (exit $code): see $log"
    tail -n 5 "$log"
    status=1
  elif grep -qE "== Java Exception|FuzzerSecurityIssue|crash-[0-9a-f]+|Tests run:.*(Failures|Errors): [1-9]" "$log"; then
    echo "fuzz: $test FOUND something (exit $code): see $log and the crash-* files beside its seeds"
    status=1
  else
    echo "fuzz: $test: nothing found (exit $code)"
  fi
  grep -E "^#[0-9]+ +(DONE|pulse|NEW)|exec/s|stat::number_of_executed_units|cov:" "$log" | tail -n 2 || true
done
echo "fuzz: logs in $out"
exit "$status"
