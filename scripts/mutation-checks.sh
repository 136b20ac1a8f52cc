#!/usr/bin/env bash
# Proves that two contract tests can fail: each check breaks the application on purpose (a one-line change
# made with sed), runs the test that guards that behaviour, expects it to FAIL, and puts the code back (also on
# Ctrl-C or error). Prints one line per check; exits non-zero if a broken application passed its test.
#
#   1. AttemptApiContract#keepsTheScoreConsistentWithTheSavedAnswersWhenSavesRaceTheSubmit: a save that races
#      the submit is answered 500 instead of 409. The savers run in virtual threads; their statuses are
#      collected and asserted in the test thread (an assertion inside the thread used to be swallowed).
#   2. ReviewLoopApiContract#filtersTheBoardAndPutsTheWeakestFirst: the board's zone filter returns nothing. The
#      test asserts the red card is in the filtered list (a check of each element alone passed an empty list).
#
# usage: scripts/mutation-checks.sh    (about 2 minutes a check on a 2-CPU machine; needs PostgreSQL like the tests)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -n "$jdk" ] && [ -x "$jdk/bin/javac" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    export JAVA_HOME="$jdk"; break
  fi
done
export PATH="$JAVA_HOME/bin:$PATH"

attempts=app/src/main/java/dev/examloop/exam/Attempts.java
cards=app/src/main/java/dev/examloop/review/Cards.java
restore() { git checkout -q -- "$attempts" "$cards"; }
if ! git diff --quiet -- "$attempts" "$cards"; then
  echo "mutation-checks: $attempts or $cards has uncommitted changes; commit or stash them first" >&2
  exit 2
fi
trap restore EXIT

failed=0
check() { # name, file, sed expression, test (Class#method)
  local name="$1" file="$2" expression="$3" test="$4"
  sed -i "$expression" "$file"
  if git diff --quiet -- "$file"; then
    echo "MUTATION NOT APPLIED  $name: the sed expression no longer matches $file"; failed=1; restore; return
  fi
  if ./mvnw -B -q -o -pl app -am -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
      "-Dtest=$test" test >/tmp/mutation-check.log 2>&1; then
    echo "SURVIVED  $name: $test passed with the code broken (log: /tmp/mutation-check.log)"; failed=1
  else
    if grep -q "Tests run:.*Failures: [1-9]" /tmp/mutation-check.log; then
      echo "KILLED    $name: $test failed, as it must"
    else
      echo "ERROR     $name: the build failed before the test ran (log: /tmp/mutation-check.log)"; failed=1
    fi
  fi
  restore
}

# 1. A save after the submit answers 500 (an IllegalStateException) instead of a 409.
check "saves racing the submit answer 500" "$attempts" \
  '0,/^        if (!row.inProgress()) {$/s//        if (!row.inProgress()) { if (n > 0) throw new IllegalStateException("mutant");/' \
  'AttemptApiTest*#keepsTheScoreConsistentWithTheSavedAnswersWhenSavesRaceTheSubmit'
# 2. The zone filter of the board returns no card.
check "the zone filter returns nothing" "$cards" \
  's/^        cards.sort(WEAKEST_FIRST);$/        if (zone != null) cards.clear(); cards.sort(WEAKEST_FIRST);/' \
  'ReviewLoopApiTest*#filtersTheBoardAndPutsTheWeakestFirst'
exit "$failed"
