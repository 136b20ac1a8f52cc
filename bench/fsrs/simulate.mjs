// Simulates the review log of one learner whose memory follows FSRS-6 with weights that differ from the
// defaults, using ts-fsrs (npm) as an independent implementation: the learner schedules with ts-fsrs and the
// default weights (as before any optimisation), while recall is drawn from the learner's true weights.
//
//   node simulate.mjs --reviews 10000 --learner 1 --out learner1-10k.csv [--print-truth]
//
// Deterministic: the same arguments give the same file. Days are UTC calendar days (reviews between 07:00 and
// 21:00 UTC), so an optimiser counting days in UTC with days starting at midnight sees them as simulated.
import { writeFileSync } from 'node:fs'
import {
  fsrs, generatorParameters, createEmptyCard, FSRSAlgorithm, default_w, CLAMP_PARAMETERS, State,
} from 'ts-fsrs'

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
  if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true])
  return pairs
}, []))
const target = Number(args.reviews ?? 10000)
const learner = Number(args.learner ?? 1)

function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = mulberry32(0x5eed + learner * 7919 + target)
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())

// The learner's true weights: each default weight moved by a log-normal factor (σ = 0.35), kept in range.
const bounds = CLAMP_PARAMETERS(2, true)
const truthRandom = mulberry32(0xfeed + learner)
const truthNormal = () => Math.sqrt(-2 * Math.log(1 - truthRandom())) * Math.cos(2 * Math.PI * truthRandom())
const trueW = default_w.map((w, i) => {
  const moved = w === 0 ? w : w * Math.exp(0.35 * truthNormal())
  return Math.min(Math.max(moved, bounds[i][0]), bounds[i][1])
})
if (args['print-truth']) {
  console.log(JSON.stringify(trueW))
  process.exit(0)
}
const truth = new FSRSAlgorithm(generatorParameters({ w: trueW, enable_fuzz: false }))
const scheduler = fsrs(generatorParameters({ w: default_w, enable_fuzz: true, request_retention: 0.9 }))

// How this learner rates: first reviews, and recalls.
const firstRatings = [0.15 + 0.1 * truthRandom(), 0.1 + 0.1 * truthRandom(), 0.5, 0.1 + 0.1 * truthRandom()]
const recallRatings = [0, 0.05 + 0.1 * truthRandom(), 0.8, 0.05 + 0.1 * truthRandom()]
function draw(weights) {
  const total = weights.reduce((a, b) => a + b, 0)
  let u = random() * total
  for (let g = 0; g < 4; g++) {
    if ((u -= weights[g]) < 0) return g + 1
  }
  return 3
}

const DAY = 86_400_000
const start = Date.UTC(2025, 0, 6)
const newPerDay = Math.max(1, Math.round(target / 2500))
const skipDay = 0.1 // the learner skips one day in ten
const rows = []
const cards = []
let nextId = 1_736_000_000_000
const dayOf = (ms) => Math.floor(ms / DAY)

function review(c, time) {
  const before = c.card.state
  let grade
  if (c.memory === null) {
    grade = draw(firstRatings)
  } else {
    const elapsed = dayOf(time) - dayOf(c.last)
    const r = truth.forgetting_curve(elapsed, c.memory.stability)
    grade = random() < r ? draw(recallRatings) : 1
  }
  const elapsed = c.memory === null ? 0 : dayOf(time) - dayOf(c.last)
  c.memory = truth.next_state(c.memory, elapsed, grade)
  c.card = scheduler.next(c.card, new Date(time), grade).card
  c.last = time
  rows.push([c.id, time, grade, before, Math.round(2000 + 8000 * random())])
}

for (let day = 0; rows.length < target; day++) {
  const dayStart = start + day * DAY
  for (let n = 0; n < newPerDay; n++) {
    cards.push({ id: nextId++, card: createEmptyCard(new Date(dayStart)), memory: null, last: 0 })
  }
  if (random() < skipDay) continue
  for (const c of cards) {
    if (rows.length >= target) break
    if (c.card.due.getTime() >= dayStart + DAY) continue
    let time = Math.max(c.card.due.getTime(), dayStart + 7 * 3_600_000 + Math.floor(random() * 12 * 3_600_000))
    review(c, time)
    // Same-day learning and relearning steps, a few minutes after they fall due.
    while (rows.length < target && c.card.due.getTime() < dayStart + DAY
        && (c.card.state === State.Learning || c.card.state === State.Relearning)) {
      time = c.card.due.getTime() + Math.floor(random() * 300_000)
      if (time >= dayStart + DAY) break
      review(c, time)
    }
  }
}

rows.sort((a, b) => a[1] - b[1] || a[0] - b[0])
const lines = ['card_id,review_time,review_rating,review_state,review_duration']
for (const r of rows) lines.push(r.join(','))
const out = args.out ?? `learner${learner}-${target}.csv`
writeFileSync(out, lines.join('\n') + '\n')
console.error(`simulate: learner ${learner}: ${rows.length} reviews of ${cards.length} cards over ` +
  `${dayOf(rows[rows.length - 1][1]) - dayOf(start) + 1} days -> ${out}`)
