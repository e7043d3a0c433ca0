#!/usr/bin/env bash
# One word for the programme (issue 14, item 7): "programme" is the product's
# word, so the schedule parsers, their error type and the names around them
# become programme ones. Run from the repository root after merging every
# branch; it is idempotent (a second run changes nothing). URLs stay:
# /conferences/<slug>/schedule.ics is an iCal export name. Words that name
# other tools' formats stay too (frab's <schedule>, "C3VOC schedule JSON",
# Sessionize, the shared fixtures folder fixtures/schedules).
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

move() { # move FROM TO: git mv when FROM is still there
  if [ -e "$1" ]; then mkdir -p "$(dirname "$2")"; git mv "$1" "$2"; fi
}

# 1. Folders and files.
move lib/core/schedule/parse-schedule.ts lib/core/programme/parse-programme.ts
move lib/core/schedule/schedule-error.ts lib/core/programme/programme-error.ts
if [ -d lib/core/schedule ]; then
  for f in lib/core/schedule/*; do move "$f" "lib/core/programme/$(basename "$f")"; done
fi
move tests/unit/schedule/parse-schedule.test.ts tests/unit/programme/parse-programme.test.ts
if [ -d tests/unit/schedule ]; then
  for f in tests/unit/schedule/*; do move "$f" "tests/unit/programme/$(basename "$f")"; done
fi
move tests/real/schedule/parse-schedule.test.ts tests/real/programme/parse-programme.test.ts
if [ -d tests/real/schedule ]; then
  for f in tests/real/schedule/*; do move "$f" "tests/real/programme/$(basename "$f")"; done
fi
move tests/real/import-real-schedules.test.ts tests/real/import-real-programmes.test.ts
rmdir lib/core/schedule tests/unit/schedule tests/real/schedule 2>/dev/null || true

# 2. Import paths and identifiers, in every tracked text file but this one and the lockfile.
files=$(git ls-files -z -- '*.ts' '*.tsx' '*.mjs' '*.js' '*.cjs' '*.md' '*.json' '*.sh' '*.yml' '*.yaml' '.ci/*' \
  | tr '\0' '\n' | grep -v -e '^tools/rename-programme.sh$' -e '^package-lock.json$' -e '^node_modules/' || true)
[ -n "$files" ] || exit 0
echo "$files" | tr '\n' '\0' | xargs -0 perl -pi -e '
  s{core/schedule/parse-schedule\b}{core/programme/parse-programme}g;
  s{core/schedule/schedule-error\b}{core/programme/programme-error}g;
  s{core/schedule/}{core/programme/}g;
  s{\blib/core/schedule\b}{lib/core/programme}g;
  s{\bunit/schedule/parse-schedule\b}{unit/programme/parse-programme}g;
  s{\breal/schedule/parse-schedule\b}{real/programme/parse-programme}g;
  s{\bunit/schedule/}{unit/programme/}g;
  s{\breal/schedule/}{real/programme/}g;
  s{\bimport-real-schedules\b}{import-real-programmes}g;
  s{(["\x27])\./parse-schedule(["\x27])}{$1./parse-programme$2}g;
  s{(["\x27])\./schedule-error(["\x27])}{$1./programme-error$2}g;
  s{\bScheduleErrorLocation\b}{ProgrammeErrorLocation}g;
  s{\bScheduleError\b}{ProgrammeError}g;
  s{\bscheduleErrorFromZod\b}{programmeErrorFromZod}g;
  s{\bParseScheduleOptions\b}{ParseProgrammeOptions}g;
  s{\bparseSchedule\b}{parseProgramme}g;
  s{\bMAX_SCHEDULE_BYTES\b}{MAX_PROGRAMME_BYTES}g;
  s{\bScheduleFormat\b}{ProgrammeFormat}g;
  s{\bSCHEDULE_FORMATS\b}{PROGRAMME_FORMATS}g;
  s{\breadRealSchedule\b}{readRealProgramme}g;
  s{\brealSchedulePath\b}{realProgrammePath}g;
  s{\breadSchedule\b}{readProgramme}g;
  s{\bschedulePath\b}{programmePath}g;
  s{\bgetConferenceSchedule\b}{getConferenceCalendarTalks}g;
  s{\bloadScheduleCatalog\b}{loadProgrammeCatalog}g;
'

# 3. Relative imports of files that now share lib/core/programme.
for f in lib/core/programme/*.ts; do
  perl -pi -e 's{(from\s+["\x27])\.\./(?:programme|schedule)/}{$1./}g; s{(import\(["\x27])\.\./(?:programme|schedule)/}{$1./}g' "$f"
done
echo "rename-programme: done"
