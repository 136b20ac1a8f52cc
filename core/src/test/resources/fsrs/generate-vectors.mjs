// Generates the FSRS-6 differential vectors (vectors.json) from ts-fsrs.
//
// Run it from a folder where ts-fsrs is installed, outside the repository (see README.md):
//   cd /tmp/fsrsgen && npm install ts-fsrs@5.4.2
//   node /path/to/core/src/test/resources/fsrs/generate-vectors.mjs > /path/to/core/src/test/resources/fsrs/vectors.json
//
// Everything here is deterministic: fixed start times, a seeded generator for the random histories, fuzz off.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// ts-fsrs is resolved from the working directory, not from this file's folder, so that it never has to be
// installed inside the repository.
const require = createRequire(join(process.cwd(), 'resolve-from-here.js'))
const tsfsrs = require('ts-fsrs')
const { fsrs, generatorParameters, createEmptyCard, forgetting_curve, State } = tsfsrs
const tsFsrsVersion = JSON.parse(
  readFileSync(join(process.cwd(), 'node_modules', 'ts-fsrs', 'package.json'), 'utf8')
).version

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

// Small deterministic PRNG (mulberry32), so the random histories are the same on every run.
function seeded(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const UNITS = { m: MINUTE, h: HOUR, d: DAY }
function span(text) {
  const match = /^(-?\d+)([mhd])$/.exec(text)
  if (!match) throw new Error(`bad span ${text}`)
  return Number(match[1]) * UNITS[match[2]]
}

// A scripted review time, relative to the card:
//   "due" / "due+2h" / "due-3d"  at (or around) the card's due time
//   "+10m" / "+400d"             after the previous review
//   "next@00:05"                 on the next UTC calendar day at that time of day
function timeOf(spec, card, previous) {
  if (spec.startsWith('due')) {
    const rest = spec.slice(3)
    return card.due.getTime() + (rest ? span(rest.replace('+', '')) : 0)
  }
  if (spec.startsWith('+')) return previous + span(spec.slice(1))
  if (spec.startsWith('next@')) {
    const [hh, mm] = spec.slice(5).split(':').map(Number)
    const d = new Date(previous)
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1, hh, mm)
  }
  throw new Error(`bad time ${spec}`)
}

const iso = (ms) => new Date(ms).toISOString()

function replay(f, name, created, steps) {
  let card = createEmptyCard(new Date(created))
  let previous = created
  const reviews = []
  for (const [spec, rating] of steps) {
    // A review never goes back in time: an early review that would land before the previous one is moved to a
    // minute after it.
    const at = Math.max(timeOf(spec, card, previous), previous + (reviews.length ? MINUTE : 0))
    const when = new Date(at)
    const preview = f.repeat(card, when)
    const { card: next, log } = f.next(card, when, rating)
    reviews.push({
      at: iso(at),
      rating,
      before: {
        state: card.state,
        step: card.learning_steps,
        elapsedDays: log.elapsed_days,
        // The retrievability ts-fsrs used in this review (its forgetting curve at the elapsed days it counted).
        retrievability: card.state === State.New ? 0 : forgetting_curve(f.parameters.w, log.elapsed_days, card.stability),
        // What ts-fsrs's get_retrievability reports at the same instant (it counts whole 24-hour periods).
        reportedRetrievability: f.get_retrievability(card, when, false),
      },
      after: {
        state: next.state,
        step: next.learning_steps,
        stability: next.stability,
        difficulty: next.difficulty,
        due: iso(next.due.getTime()),
        scheduledDays: next.scheduled_days,
      },
      previewDue: [1, 2, 3, 4].map((g) => iso(preview[g].card.due.getTime())),
    })
    card = next
    previous = at
  }
  return { name, created: iso(created), reviews }
}

// Scripted histories: each behaviour the scheduler has, on purpose.
const SCRIPTED = [
  ['good-at-every-due', Array(12).fill(['due', 3])],
  ['easy-first-then-good', [['due', 4], ...Array(7).fill(['due', 3])]],
  ['hard-throughout', Array(10).fill(['due', 2])],
  ['lapse-then-relearning-steps', [
    ['due', 3], ['due', 3], ['due', 3], ['due', 3], ['due+3d', 1], ['+10m', 1], ['+15m', 2], ['+20m', 3],
    ['due', 3], ['due+1d', 1], ['+10m', 4], ['due', 3], ['due', 3]]],
  ['same-day-cramming', [
    ['+0m', 1], ['+1m', 1], ['+2m', 2], ['+6m', 3], ['+3m', 1], ['+1m', 2], ['+7m', 3], ['+10m', 3],
    ['+2h', 1], ['+1m', 3], ['+10m', 4], ['+30m', 2], ['+1m', 1], ['+5h', 3], ['due', 3]]],
  ['long-gaps', [
    ['+0m', 3], ['+10m', 3], ['+700d', 3], ['+1800d', 3], ['+3000d', 1], ['+10m', 3], ['+4000d', 4],
    ['+9000d', 2], ['+20000d', 3]]],
  ['across-utc-midnight', [
    ['+0m', 3], ['next@00:05', 3], ['next@23:55', 2], ['next@00:01', 1], ['+10m', 3], ['next@23:59', 3],
    ['next@00:00', 4], ['due', 3]]],
  ['early-and-late', [
    ['+0m', 4], ['due-6d', 3], ['due+40d', 3], ['due-1d', 2], ['due+200d', 1], ['+10m', 3], ['due-1d', 3],
    ['due+3h', 4], ['due+90d', 3]]],
  ['learning-left-overnight', [
    ['+0m', 3], ['+20h', 1], ['+2d', 3], ['+1d', 3], ['due', 1], ['+3d', 2], ['+1d', 3], ['due', 3]]],
  ['again-everywhere', [
    ['+0m', 1], ['+1m', 1], ['+1d', 1], ['+1m', 4], ['due', 1], ['+10m', 1], ['+10m', 1], ['+1d', 1],
    ['+3d', 3], ['due', 1], ['+1h', 4]]],
  ['easy-to-the-maximum', Array(14).fill(['due', 4])],
]

// Random histories: mixed ratings and irregular gaps drawn from a seeded generator.
function randomSteps(random) {
  const count = 5 + Math.floor(random() * 20)
  const steps = [['+0m', pickRating(random)]]
  for (let i = 1; i < count; i++) steps.push([pickGap(random), pickRating(random)])
  return steps
}

function pickRating(random) {
  const x = random()
  return x < 0.15 ? 1 : x < 0.3 ? 2 : x < 0.85 ? 3 : 4
}

function pickGap(random) {
  const x = random()
  const minutes = (lo, hi) => `${lo + Math.floor(random() * (hi - lo))}m`
  if (x < 0.3) return `due+${minutes(0, 180)}` // on time, a little after
  if (x < 0.45) return `due-${Math.floor(random() * 3)}d` // a little early
  if (x < 0.6) return `due+${1 + Math.floor(random() * 60)}d` // late
  if (x < 0.72) return `+${minutes(1, 60)}` // same session
  if (x < 0.8) return `+${minutes(60, 1200)}` // later the same day, or just past midnight
  if (x < 0.9) return `next@${String(Math.floor(random() * 24)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`
  return `+${100 + Math.floor(random() * 3000)}d` // a long break
}

const CONFIGS = [
  {
    name: 'default',
    options: {},
    scripted: SCRIPTED.map(([name]) => name),
    randomCount: 40,
    seed: 20250101,
  },
  {
    // Tuned weights, two relearning steps (ts-fsrs then caps w17 and w18), a year's maximum interval.
    name: 'tuned',
    options: {
      w: [0.4, 1.1, 3.0, 12.0, 6.8, 0.6, 2.5, 0.01, 1.6, 0.2, 0.9, 1.7, 0.08, 0.3, 1.9, 0.5, 2.2, 0.6, 0.3, 0.1, 0.25],
      request_retention: 0.85,
      learning_steps: ['5m'],
      relearning_steps: ['10m', '1h'],
      maximum_interval: 365,
    },
    scripted: ['lapse-then-relearning-steps', 'same-day-cramming', 'easy-to-the-maximum', 'again-everywhere'],
    randomCount: 20,
    seed: 777,
  },
  {
    // Day-long steps (which send the card to Review with a step still set) and a short maximum interval.
    name: 'day-steps',
    options: {
      request_retention: 0.95,
      learning_steps: ['10m', '1d'],
      relearning_steps: ['1d'],
      maximum_interval: 100,
    },
    scripted: ['lapse-then-relearning-steps', 'learning-left-overnight', 'easy-to-the-maximum', 'again-everywhere'],
    randomCount: 15,
    seed: 4242,
  },
]

const output = { tsFsrsVersion, fsrsVersion: tsfsrs.FSRSVersion, configs: [] }
for (const config of CONFIGS) {
  const params = generatorParameters({ ...config.options, enable_fuzz: false })
  const f = fsrs(params)
  const random = seeded(config.seed)
  const histories = []
  let start = Date.UTC(2024, 0, 1, 8, 0, 0)
  for (const name of config.scripted) {
    const steps = SCRIPTED.find(([n]) => n === name)[1]
    histories.push(replay(f, name, start, steps))
    start += 37 * HOUR + 17 * MINUTE
  }
  for (let i = 0; i < config.randomCount; i++) {
    const created = start + Math.floor(random() * 400) * DAY + Math.floor(random() * DAY / 1000) * 1000
    histories.push(replay(f, `random-${i + 1}`, created, randomSteps(random)))
  }
  output.configs.push({
    name: config.name,
    inputParameters: config.options.w ?? null,
    parameters: Array.from(f.parameters.w),
    desiredRetention: f.parameters.request_retention,
    learningSteps: Array.from(f.parameters.learning_steps),
    relearningSteps: Array.from(f.parameters.relearning_steps),
    maximumInterval: f.parameters.maximum_interval,
    enableFuzz: f.parameters.enable_fuzz,
    histories,
  })
}

// One review per line keeps the file diffable and readable.
const lines = ['{']
lines.push(`  "tsFsrsVersion": ${JSON.stringify(output.tsFsrsVersion)},`)
lines.push(`  "fsrsVersion": ${JSON.stringify(output.fsrsVersion)},`)
lines.push('  "configs": [')
output.configs.forEach((config, ci) => {
  const { histories, ...settings } = config
  lines.push('    {')
  for (const [key, value] of Object.entries(settings)) lines.push(`      ${JSON.stringify(key)}: ${JSON.stringify(value)},`)
  lines.push('      "histories": [')
  histories.forEach((history, hi) => {
    lines.push(`        {"name": ${JSON.stringify(history.name)}, "created": ${JSON.stringify(history.created)}, "reviews": [`)
    history.reviews.forEach((review, ri) => {
      lines.push(`          ${JSON.stringify(review)}${ri < history.reviews.length - 1 ? ',' : ''}`)
    })
    lines.push(`        ]}${hi < histories.length - 1 ? ',' : ''}`)
  })
  lines.push('      ]')
  lines.push(`    }${ci < output.configs.length - 1 ? ',' : ''}`)
})
lines.push('  ]')
lines.push('}')
process.stdout.write(lines.join('\n') + '\n')
