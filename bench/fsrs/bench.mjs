// Side-by-side benchmark of Examloop's FSRS optimiser and the reference optimiser (fsrs-rs through
// @open-spaced-repetition/binding) on the same review logs. Run through run.sh, which installs the npm packages
// and builds the Examloop jar:
//
//   node bench.mjs --examloop ./examloop --jar examloop.jar --out DIR [--sizes 1000,10000] [--learners 1,2] [--revlogs DIR]
//
// Examloop runs as a user runs it: through the ./examloop launcher (EXAMLOOP_JAR names the copy of the jar that
// is measured; the launcher unpacks it and keeps a class-data archive or AOT cache per command in XDG_CACHE_HOME,
// here a folder of the run's own). The first run after a build, which unpacks the jar and writes that archive (or
// records what the AOT cache is then made from in the background), is timed apart, and the timed runs wait for it.
// For each log: reviews, cards, items; log loss and RMSE(bins) of both fitted parameter sets, both scored by the
// reference's own evaluate() on the reference's items (the same yardstick), and Examloop's own metrics of its fit;
// the time of both (in-process: read + convert + fit, and the whole process); and the ratios.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs'
import { join, basename } from 'node:path'

const argv = process.argv.slice(2)
const opt = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback }
const launcher = opt('--examloop')
const jar = opt('--jar')
const out = opt('--out', 'out/run')
const sizes = opt('--sizes', '1000,10000,100000').split(',').filter(Boolean).map(Number)
const learners = opt('--learners', '1,2').split(',').filter(Boolean).map(Number)
const revlogs = opt('--revlogs')
const here = new URL('.', import.meta.url).pathname
mkdirSync(join(out, 'data'), { recursive: true })

const files = []
for (const size of sizes) {
  for (const learner of learners) {
    const file = join(here, 'out', 'data', `learner${learner}-${size}.csv`)
    if (!existsSync(file)) {
      mkdirSync(join(here, 'out', 'data'), { recursive: true })
      execFileSync('node', [join(here, 'simulate.mjs'), '--reviews', String(size), '--learner', String(learner),
        '--out', file], { stdio: ['ignore', 'ignore', 'inherit'] })
    }
    files.push({ file, kind: 'simulated' })
  }
}
if (revlogs && existsSync(revlogs)) {
  const real = readdirSync(revlogs).filter((f) => f.endsWith('.csv')).sort()
  if (real.length === 0) console.error(`bench: no review logs (*.csv) in ${revlogs}; simulated learners only`)
  for (const f of real) files.push({ file: join(revlogs, f), kind: 'real' })
} else {
  console.error(`bench: ${revlogs ?? 'no folder of real review logs given'} does not exist; simulated learners only`)
}

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9
const launcherEnv = { ...process.env, EXAMLOOP_JAR: jar, XDG_CACHE_HOME: join(out, 'cache') }
const examloopRun = (args) => JSON.parse(execFileSync(launcher, ['fsrs', 'optimize', ...args],
  { maxBuffer: 1 << 26, env: launcherEnv }).toString())
// The first run after a build: unpacks the jar and writes the class-data archive of `fsrs` as it ends (JDK 21–24),
// or records its run, from which the launcher makes the AOT cache in the background (JDK 25+): waited for here,
// so that no timed run shares the CPU with it.
const cacheWork = (dir) => existsSync(dir) && readdirSync(dir, { recursive: true })
  .some((f) => String(f).endsWith('.conf') || String(f).endsWith('.tmp'))
let firstRun = null
if (files.length > 0) {
  const start = process.hrtime.bigint()
  examloopRun(['--revlog', files[0].file, '--json', '--no-progress'])
  const firstSeconds = seconds(start)
  const pause = new Int32Array(new SharedArrayBuffer(4))
  while (cacheWork(join(out, 'cache')) && seconds(start) < 120) Atomics.wait(pause, 0, 0, 50)
  firstRun = { file: basename(files[0].file), seconds: firstSeconds, cacheReadySeconds: seconds(start) }
  writeFileSync(join(out, 'first-run.json'), JSON.stringify(firstRun) + '\n')
  console.error(`bench: first run after the build (unpacks the jar, writes the class-data archive or records the AOT cache's run): ${firstRun.seconds.toFixed(2)} s; archive or cache ready after ${firstRun.cacheReadySeconds.toFixed(2)} s`)
}
const results = []
for (const { file, kind } of files) {
  console.error(`bench: ${basename(file)}…`)
  // The reference first, so that Examloop can score its parameters with its own (time-ordered) evaluation too.
  let start = process.hrtime.bigint()
  const reference0 = JSON.parse(execFileSync('node', [join(here, 'reference.mjs'), file], { maxBuffer: 1 << 26 }).toString())
  const referenceWall = seconds(start)
  start = process.hrtime.bigint()
  const examloopFit = examloopRun(['--revlog', file, '--json', '--no-progress'])
  const examloopWall = seconds(start)
  // The same fit again, now also scoring the reference's parameters with Examloop's evaluation (not timed: the
  // reference's timed process scores nothing but its own fit and the defaults).
  const examloop = examloopRun(['--revlog', file, '--json', '--no-progress', '--score', reference0.parameters.join(',')])
  examloop.seconds = examloopFit.seconds
  // Examloop's parameters scored by the reference's evaluate() (not timed).
  const reference = JSON.parse(execFileSync('node', [join(here, 'reference.mjs'), file, '--score',
    examloop.parameters.join(','), '--no-fit', reference0.parameters.join(',')], { maxBuffer: 1 << 26 }).toString())
  reference.seconds = reference0.seconds
  reference.parameters = reference0.parameters
  const scored = reference.scored[0]
  const row = {
    file: basename(file), kind, reviews: examloop.reviews, cards: examloop.cards,
    items: { examloop: examloop.items, reference: reference.items },
    logLoss: { examloop: scored.logLoss, reference: reference.logLoss, ratio: scored.logLoss / reference.logLoss },
    rmseBins: { examloop: scored.rmseBins, reference: reference.rmseBins, ratio: scored.rmseBins / reference.rmseBins },
    defaults: { logLoss: reference.defaultLogLoss, rmseBins: reference.defaultRmseBins },
    timeOrdered: {
      examloop: { logLoss: examloop.logLoss, rmseBins: examloop.rmseBins, auc: examloop.auc },
      reference: examloop.scored[0],
      defaults: { logLoss: examloop.defaultLogLoss, rmseBins: examloop.defaultRmseBins, auc: examloop.defaultAuc },
      logLossRatio: examloop.logLoss / examloop.scored[0].logLoss,
    },
    seconds: { examloop: examloop.seconds, reference: reference.seconds, ratio: examloop.seconds / reference.seconds },
    wallSeconds: { examloop: examloopWall, reference: referenceWall, ratio: examloopWall / referenceWall },
    parameters: { examloop: examloop.parameters, reference: reference.parameters },
  }
  results.push(row)
  appendFileSync(join(out, 'results.jsonl'), JSON.stringify(row) + '\n')
}

const f4 = (x) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(4))
const pct = (x) => (x === undefined || Number.isNaN(x) ? '—' : (100 * x).toFixed(2) + ' %')
const fs = (x) => x.toFixed(2)
const lines = [
  '| log | reviews | cards | log loss Examloop / fsrs-rs (ratio), time-ordered | log loss, reference evaluate() (ratio) | RMSE(bins) Examloop / fsrs-rs, time-ordered | fit s Examloop / fsrs-rs (ratio) | process s Examloop / fsrs-rs |',
  '|---|---:|---:|---|---|---|---|---|',
]
for (const r of results) {
  lines.push(`| ${r.file} | ${r.reviews.toLocaleString('en')} | ${r.cards.toLocaleString('en')} | ` +
    `${f4(r.timeOrdered.examloop.logLoss)} / ${f4(r.timeOrdered.reference.logLoss)} (${f4(r.timeOrdered.logLossRatio)}) | ` +
    `${f4(r.logLoss.examloop)} / ${f4(r.logLoss.reference)} (${f4(r.logLoss.ratio)}) | ` +
    `${pct(r.timeOrdered.examloop.rmseBins)} / ${pct(r.timeOrdered.reference.rmseBins)} | ` +
    `${fs(r.seconds.examloop)} / ${fs(r.seconds.reference)} (${fs(r.seconds.ratio)}) | ` +
    `${fs(r.wallSeconds.examloop)} / ${fs(r.wallSeconds.reference)} |`)
}
const table = lines.join('\n')
writeFileSync(join(out, 'table.md'), table + '\n')
console.log(table)
const worst = Math.max(...results.map((r) => Math.max(r.logLoss.ratio, r.timeOrdered.logLossRatio)))
const slowest = Math.max(...results.map((r) => r.seconds.ratio))
const slowestWall = Math.max(...results.map((r) => r.wallSeconds.ratio))
console.log(`\nworst log-loss ratio ${f4(worst)} (target ≤ 1.005); slowest time ratio, fit ${fs(slowest)}, ` +
  `whole process ${fs(slowestWall)} (target ≤ 1.00)`)
if (firstRun) console.log(`first run after a build (unpacks the jar, writes the class-data archive or records the AOT cache's run): ${fs(firstRun.seconds)} s on ${firstRun.file}; archive or cache ready after ${fs(firstRun.cacheReadySeconds)} s`)
