// Types of the engine module (js/index.js): the JSON contract of
// docs/contract.md. Money and decimals are strings ("180000.00"), dates
// "YYYY-MM-DD"; ids are the contract's snake_case ids.

/**
 * Loads the wasm: a URL, a Response, the bytes, or a compiled module; by default the file beside the module.
 * Await it once before anything else: the other functions throw an Error saying so until it has finished.
 */
export function init(source?: { module_or_path: RequestInfo | URL | Response | BufferSource | WebAssembly.Module }): Promise<unknown>;

/** The policy the results follow: "师市党办发〔2025〕17号". Throws before init(). */
export function policyVersion(): string;

/** The version of the JSON contract ("1"). Throws before init(). */
export function contractVersion(): string;

export type Money = string;
export type Category = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Person {
  birth_date: string;
  full_time_degree?: string;
  part_time_degree?: string;
  title_level?: string;
  honors?: string[];
  claimed_equivalent?: Category;
  graduation_date?: string;
}

export interface Employment {
  mode?: 'full_time' | 'flexible' | 'none';
  start_date?: string;
  location?: string;
  employer_type?: string;
  division_affiliated?: boolean;
  first_social_insurance_in_city?: boolean;
  contract_years?: string | number;
  open_ended_contract?: boolean;
  flexible_days?: number;
  housing_choice?: 'cash' | 'turnover_housing';
  purchase_price?: Money | number;
  bingtuan_support?: Money | number;
}

/** One assessment: a person (with employment, start-up, loan) or an enterprise. */
export interface Input {
  assessment_date: string;
  person?: Person;
  employment?: Employment;
  startup?: Record<string, unknown>;
  loan?: Record<string, unknown>;
  enterprise?: Record<string, unknown>;
}

export type Amount =
  | { exact: Money }
  | { range: { min: Money; max: Money } }
  | { up_to: Money }
  | { in_kind: string };

export interface Benefit {
  id: string;
  clause: string;
  recipient: 'talent' | 'employer';
  amount: Amount;
  schedule?: Array<{ from_month: number; to_month: number; per_month: Money } | { year: number; amount: Money }>;
  calculation?: string;
  steps?: Array<{ kind: string } & Record<string, unknown>>;
  interpretations: string[];
  apply_to?: string[];
}

export interface Span { min: Money; max: Money }

export interface Assessment {
  policy: string;
  assessment_date: string;
  category: Category | null;
  category_valid_until?: string;
  criteria_met: Array<{ id: string; category: Category; clause: string; valid_until?: string }>;
  benefits: Benefit[];
  ineligible: Array<{ id: string; clause: string; reasons: string[] }>;
  referrals: Array<{ id: string; clause: string } & Record<string, unknown>>;
  apply_to: string[];
  funding?: { bingtuan: Money; city: Money };
  totals: { talent: Span; employer: Span };
  interpretations: string[];
  [more: string]: unknown;
}

export interface AssessError {
  error: { path: string; kind: string; message: string; expected?: string[]; limit?: string };
}

/** The result of one input (an object or its JSON text), or `{ error }`. Throws before init(). */
export function assess(input: Input | string): Assessment | AssessError;

/** The unit a typed number is read in: `rate` is a fraction (0.0345, or "3.45 %"), `percent` a percentage (3.45). */
export type NumberUnit = 'yuan' | 'years' | 'months' | 'days' | 'people' | 'percent' | 'rate' | 'count';

/**
 * A number as people type it ("30万", "3年", "36个月", "3.45 %", full-width digits, thousands
 * separators) in `unit`, as the decimal text the contract takes ("300000"; "3年" in months is "36");
 * null when it is no number. Throws for an unknown unit, and before init().
 */
export function readNumber(text: string, unit: NumberUnit): string | null;
