// The engine module's TypeScript types (js/index.d.ts with js/contract.d.ts,
// generated from the engine's Rust types) against real JSON: every acceptance
// case's input and the result `talent-check assess` gives for it, and 300
// seeded random inputs with theirs, written as typed constants and checked
// with `tsc --strict`. Lines marked @ts-expect-error must be type errors
// (tsc fails on one that is not): an in-kind amount is `true`, E is no
// category one can claim to be equivalent to.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI } from './session.mjs';

const CASES = fileURLToPath(new URL('../rules/tests/policy_cases/', import.meta.url));
const MODULE = fileURLToPath(new URL('../js/index.js', import.meta.url));
const TSC = fileURLToPath(new URL('./node_modules/typescript/bin/tsc', import.meta.url));

before(() => {
  assert.ok(existsSync(CLI), `no ${CLI}: run cargo build -p talent-rules`);
});

/** Each input's result, as `talent-check assess --jsonl` prints it. */
const assessAll = (inputs) => {
  const out = execFileSync(CLI, ['assess', '--jsonl'], {
    input: inputs.map((i) => JSON.stringify(i)).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const lines = out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, inputs.length);
  return lines;
};

// mulberry32: the same inputs on every run.
const random = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const generator = (next) => {
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[int(0, xs.length - 1)];
  const maybe = (p, f) => (next() < p ? f() : undefined);
  const date = (y0, y1) => `${int(y0, y1)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const money = (max) => pick([`${int(0, max)}`, `${int(0, max)}.${String(int(0, 99)).padStart(2, '0')}`, int(0, max)]);
  const person = () => ({
    birth_date: date(1955, 2004),
    full_time_degree: maybe(0.9, () => pick(['none', 'junior_college', 'bachelor', 'master', 'doctorate'])),
    title_level: maybe(0.6, () => pick(['none', 'junior', 'intermediate', 'associate_senior', 'senior'])),
    honors: maybe(0.25, () => [pick(['cas_academician', 'cae_academician', 'state_supreme_award', 'national_key_talent_program',
      'national_key_platform_expert', 'state_council_allowance', 'national_technical_expert', 'tianshan_talent_first', 'bingtuan_talent_first'])]),
    part_time_degree: maybe(0.1, () => pick(['bachelor', 'master', 'doctorate'])),
    claimed_equivalent: maybe(0.1, () => pick(['A', 'B', 'C', 'D'])),
    graduation_date: maybe(0.3, () => date(2020, 2026)),
  });
  const employment = () => ({
    mode: pick(['full_time', 'full_time', 'flexible', 'none']),
    start_date: maybe(0.3, () => date(2025, 2027)),
    location: maybe(0.3, () => pick(['elsewhere', 'high_tech_zone', 'economic_development_zone'])),
    employer_type: maybe(0.9, () => pick(['economic_development_zone', 'enterprise', 'agricultural_park', 'secondary_vocational_school',
      'research_institute', 'public_hospital', 'media_institution', 'university_city_college', 'university_city_vocational_college', 'high_tech_zone', 'other'])),
    division_affiliated: maybe(0.5, () => next() < 0.5),
    first_social_insurance_in_city: maybe(0.8, () => next() < 0.8),
    contract_years: maybe(0.8, () => pick([`${int(1, 10)}`, int(1, 10), '2.5'])),
    open_ended_contract: maybe(0.2, () => true),
    flexible_days: maybe(0.3, () => int(0, 365)),
    housing_choice: maybe(0.5, () => pick(['cash', 'turnover_housing'])),
    purchase_price: maybe(0.3, () => money(2000000)),
    bingtuan_support: maybe(0.2, () => money(300000)),
  });
  const personInput = () => ({
    assessment_date: date(2026, 2027),
    person: person(),
    employment: maybe(0.85, employment),
    startup: maybe(0.3, () => ({
      registered_in_city: next() < 0.8,
      legal_representative: next() < 0.8,
      registration_date: maybe(0.8, () => date(2025, 2026)),
      insured_employees: maybe(0.7, () => int(0, 30)),
      tax_paid: maybe(0.7, () => money(500000)),
    })),
    loan: maybe(0.2, () => ({
      principal: money(600000),
      annual_rate: pick(['0.0345', '0.04', 0.031]),
      term_months: int(1, 48),
      repayment: pick(['interest_only', 'equal_installments']),
    })),
  });
  const enterpriseInput = () => ({
    assessment_date: date(2026, 2027),
    enterprise: {
      registered_in_city: maybe(0.9, () => next() < 0.9),
      division_affiliated: maybe(0.5, () => next() < 0.5),
      platform_national: maybe(0.3, () => int(0, 2)),
      platform_regional: maybe(0.3, () => int(0, 3)),
      industrial_institute_years: maybe(0.2, () => int(0, 5)),
      high_tech: maybe(0.3, () => pick(['first', 'renewal'])),
      tech_sme_first: maybe(0.3, () => next() < 0.5),
      specialized: maybe(0.3, () => pick(['little_giant', 'specialized_sme'])),
      specialized_awards_received: maybe(0.2, () => money(300000)),
      key_tech_breakthrough_projects: maybe(0.2, () => int(0, 3)),
      industry_education_investment: maybe(0.2, () => money(5000000)),
      joint_innovation_platforms: maybe(0.2, () => int(0, 3)),
      expert_workstations: maybe(0.2, () => int(0, 3)),
      flexible_hires: maybe(0.4, () => Array.from({ length: int(1, 3) }, (_, i) => ({
        label: `hire ${i + 1}`,
        ...(next() < 0.5 ? { category: pick(['A', 'B', 'C', 'D', 'E']) } : { person: person() }),
        days: int(0, 365),
      }))),
    },
  });
  // Leaves out the fields the draw left undefined, as JSON.stringify would.
  return () => JSON.parse(JSON.stringify(next() < 0.75 ? personInput() : enterpriseInput()));
};

/** Every key path in the results, with `in_kind` and `recipient` values: what the check covered. */
const seen = (value, path = '', into = new Set()) => {
  if (Array.isArray(value)) value.forEach((v) => seen(v, `${path}[]`, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(`${path}.${k}`);
      if (k === 'in_kind' || k === 'recipient') into.add(`${path}.${k}=${JSON.stringify(v)}`);
      seen(v, `${path}.${k}`, into);
    }
  }
  return into;
};

test('every acceptance case and 300 random inputs, and their results, are of the module\'s types under tsc --strict', () => {
  const cases = readdirSync(CASES).filter((n) => n.endsWith('.input.json')).sort();
  assert.ok(cases.length >= 20, `${cases.length} cases`);
  const caseInputs = cases.map((n) => JSON.parse(readFileSync(CASES + n, 'utf8')));
  const draw = generator(random(20251117));
  const randomInputs = Array.from({ length: 300 }, draw);
  const inputs = [...caseInputs, ...randomInputs];
  const results = assessAll(inputs);
  const errors = results.filter((r) => 'error' in r).length;
  assert.ok(errors > 0 && errors < inputs.length / 4, `${errors} of ${inputs.length} inputs refused: some, for the error type, but mostly valid ones`);

  // The results must show what the hand-written types once got wrong, or the check proves little.
  const keys = seen(results);
  for (const k of ['.amount.in_kind=true', '.recipient="enterprise"', '.totals.enterprise', '.totals.talent_later',
    '.benefits[].alternative', '.benefits[].confirm', '.ineligible[].hints', '.criteria_met[].interpretations']) {
    assert.ok([...keys].some((s) => s.endsWith(k)), `no result has ${k}`);
  }

  const name = (i) => (i < cases.length ? cases[i].replace('.input.json', '') : `random ${i - cases.length}`);
  const lines = [
    `import type { Amount, Assessment, AssessError, ErrorKind, Input, Person, Recipient, Totals } from ${JSON.stringify(MODULE)};`,
    `import { assess } from ${JSON.stringify(MODULE)};`,
    '',
    ...inputs.flatMap((input, i) => [
      `// ${name(i)}`,
      `export const input${i}: Input = ${JSON.stringify(input)};`,
      `export const result${i}: ${'error' in results[i] ? 'AssessError' : 'Assessment'} = ${JSON.stringify(results[i])};`,
    ]),
    '',
    '// What assess() returns is one or the other, told apart by `error`.',
    `const r = assess(input0);`,
    `export const category: string | null = 'error' in r ? r.error.kind : r.category;`,
    `export const enterprise: Recipient = 'enterprise';`,
    `export const inKind: Amount = { in_kind: true };`,
    '// @ts-expect-error: an in-kind amount is `true`, not a word',
    `export const inKindWord: Amount = { in_kind: 'yes' };`,
    '// @ts-expect-error: E is no category one can claim to be equivalent to',
    `export const claimedE: Person = { birth_date: '1990-01-01', claimed_equivalent: 'E' };`,
    '// @ts-expect-error: a benefit goes to the talent, the employer or the enterprise',
    `export const nobody: Recipient = 'nobody';`,
    '// @ts-expect-error: the totals always have the enterprise and the later part',
    `export const twoTotals: Totals = { talent: { min: '0.00', max: '0.00' }, employer: { min: '0.00', max: '0.00' } };`,
    `export const kind: ErrorKind = 'too_young';`,
    '// @ts-expect-error: the error kinds are those of docs/contract.md',
    `export const noKind: ErrorKind = 'too_old';`,
    '// @ts-expect-error: an input without its assessment date',
    `export const undated: Input = { person: { birth_date: '1990-01-01' } };`,
    '// @ts-expect-error: no such field in the input',
    `export const unknownField: Input = { assessment_date: '2026-01-01', person: { birth_date: '1990-01-01', age: 36 } };`,
  ];
  const dir = mkdtempSync(join(tmpdir(), 'talent-types-'));
  try {
    writeFileSync(join(dir, 'check.ts'), lines.join('\n') + '\n');
    let out = '';
    try {
      out = execFileSync(process.execPath, [TSC, '--strict', '--noEmit', '--target', 'es2022', '--module', 'esnext',
        '--moduleResolution', 'bundler', '--lib', 'es2022,dom', join(dir, 'check.ts')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    } catch (e) {
      out = `${e.stdout}${e.stderr}`;
      assert.fail(`tsc --strict found type errors:\n${out.slice(0, 4000)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
