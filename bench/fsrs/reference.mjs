// Runs the reference optimiser, fsrs-rs through @open-spaced-repetition/binding, on one review log, and
// scores parameter sets with the reference's own evaluation. Prints one JSON object.
//
//   node reference.mjs FILE.csv [--timezone UTC] [--day-starts-at 0] [--score W0,...,W20 ...]
//
// `seconds` covers reading the CSV, converting it to FSRS items and computeParameters (the same span as
// Examloop's `seconds`); the evaluations that follow are not timed. Note that the binding's evaluate() first
// drops outliers and puts the first-long-term-review items before the others, so its recency weights do not follow
// time; Examloop's evaluation (time order, all items) is the other yardstick the benchmark prints. Every --score vector (such as Examloop's
// fitted parameters) is evaluated on the same items, so that both optimisers are scored the same way.
import { readFileSync } from 'node:fs'
import {
  computeParameters, convertCsvToFsrsItems, FSRSBinding,
} from '@open-spaced-repetition/binding'

const argv = process.argv.slice(2)
const file = argv[0]
const option = (name, fallback) => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : fallback
}
const timezone = option('--timezone', 'UTC')
const dayStartsAt = Number(option('--day-starts-at', '0'))
const scored = []
argv.forEach((a, i) => { if (a === '--score') scored.push(argv[i + 1].split(',').map(Number)) })

const formatters = new Map()
function offsetMinutes(ms, zone) {
  if (zone === 'UTC') return 0
  let f = formatters.get(zone)
  if (!f) formatters.set(zone, f = new Intl.DateTimeFormat('ia', { timeZone: zone, timeZoneName: 'shortOffset' }))
  const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value
  if (!name || name === 'GMT' || name === 'UTC') return 0
  const [, sign, h, m = '0'] = name.match(/GMT([+-])(\d{1,2})(?::(\d{2}))?/)
  return (sign === '+' ? 1 : -1) * (Number(h) * 60 + Number(m))
}

// --no-fit W0,...,W20: skip the fit and take these parameters as the reference's (for scoring only).
const given = option('--no-fit')
const started = process.hrtime.bigint()
const csv = readFileSync(file)
const items = convertCsvToFsrsItems(csv, dayStartsAt, timezone, (ms, zone) => offsetMinutes(ms, zone))
const converted = process.hrtime.bigint()
// timeout: how often the binding polls its worker for the result, 500 ms unless given; 1 ms so that the time
// measured is the fit's, not the polling interval's (with the default, a 3 ms fit reports 0.5 s).
const parameters = given ? given.split(',').map(Number)
  : await computeParameters(items, { enableShortTerm: true, timeout: 1 })
const finished = process.hrtime.bigint()

const evaluate = (w) => {
  try {
    const e = new FSRSBinding(w).evaluate(items)
    return { logLoss: e.logLoss, rmseBins: e.rmseBins }
  } catch (error) {
    return { error: String(error) }
  }
}
const fitted = evaluate(parameters)
const defaults = evaluate(undefined)
console.log(JSON.stringify({
  parameters,
  logLoss: fitted.logLoss,
  rmseBins: fitted.rmseBins,
  defaultLogLoss: defaults.logLoss,
  defaultRmseBins: defaults.rmseBins,
  items: items.length,
  seconds: Number(finished - started) / 1e9,
  convertSeconds: Number(converted - started) / 1e9,
  scored: scored.map((w) => ({ parameters: w, ...evaluate(w) })),
}))
