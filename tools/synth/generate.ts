/**
 * Realistic synthetic data for scale tests and benchmarks, from a seeded PRNG
 * so every run with the same sizes produces the same data.
 *
 * Conferences have several days and tracks; talks have one to three speakers;
 * speakers appear at several conferences (a power law: a few speak often);
 * writeups cover one conference and mention several of its talks by title and
 * some of their speakers by name, at known offsets.
 */

export interface SynthSizes {
  conferences: number;
  talks: number;
  speakers: number;
  writeups: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Ada", "Alan", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Guido", "Hedy", "Ivan", "Jean", "Karen", "Leslie", "Mónica", "Niklaus", "Olga", "Radia", "Sophie", "Tim", "Ursula", "Vint", "Wendy", "Xavier", "Yukihiro", "Zoë", "Anders", "Bjarne", "Carla", "Diogo", "Elena", "Fatima", "Gunnar", "Hiro", "Ingrid", "José", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Søren", "Tomás", "Uma", "Vera", "Wei"];
const LAST = ["Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie", "Allen", "van Rossum", "Lamarr", "Sutherland", "Bartik", "Spärck Jones", "Lamport", "Mónica", "Wirth", "Perlman", "Wilson", "Berners-Lee", "Martin", "Cerf", "Hall", "Leroy", "Matsumoto", "Ng", "Hejlsberg", "Stroustrup", "Rice", "Kowalski", "Okafor", "Nakamura", "Schmidt", "García", "Dubois", "Rossi", "Novak", "Jensen", "Silva", "Müller", "Andersson", "Kim", "Chen", "Patel", "Ivanova", "Haddad", "Mensah", "Costa", "Øberg", "Fischer"];
const TOPICS = ["Kubernetes", "Rust", "WebAssembly", "PostgreSQL", "eBPF", "Observability", "Serverless", "GraphQL", "Accessibility", "Type Systems", "Compilers", "Distributed Tracing", "Service Meshes", "Edge Computing", "Machine Learning", "Supply Chain Security", "Zero Trust", "CRDTs", "Event Sourcing", "Chaos Engineering", "Green Software", "Open Source Funding", "Design Systems", "Developer Experience", "Home Automation", "Retro Computing", "Formal Methods", "Data Mesh", "Stream Processing", "Browser Engines"];
const PATTERNS = [
  (a: string, b: string) => `${a} in Production: Lessons from ${b}`,
  (a: string) => `Scaling ${a} to a Million Users`,
  (a: string, b: string) => `What ${a} Can Learn from ${b}`,
  (a: string) => `${a} from Scratch`,
  (a: string) => `The Hidden Cost of ${a}`,
  (a: string, b: string) => `${a} Meets ${b}`,
  (a: string) => `A Practical Guide to ${a}`,
  (a: string) => `${a}: Past, Present and Future`,
  (a: string, b: string) => `Debugging ${a} with ${b}`,
  (a: string) => `Ten Years of ${a}`,
];
const CITIES = ["Berlin", "Lisbon", "Brussels", "Copenhagen", "Sydney", "Austin", "Montréal", "Kraków", "Nairobi", "Tokyo", "São Paulo", "Edinburgh"];
const SERIES = ["DevConf", "CodeCamp", "InfraSummit", "WebDays", "DataFest", "SecureCon", "OpenSourceWeek", "CloudNative Days", "PyData", "RustFest"];
const PROSE = [
  "The room was packed and the questions afterwards were sharp.",
  "I took more notes in this session than in any other.",
  "The live demo failed once, then worked beautifully.",
  "It changed how I think about our own deployment pipeline.",
  "The slides were dense but the speaker kept a steady pace.",
  "Afterwards we carried on the discussion in the hallway for an hour.",
  "There was a good mix of theory and war stories from real systems.",
];

export interface SynthConference {
  slug: string;
  name: string;
  startsOn: string;
  endsOn: string;
  location: string;
  timezone: string;
}
export interface SynthTalk {
  index: number;
  conference: number;
  slug: string;
  title: string;
  kind: string;
  track: string;
  day: string;
  speakers: number[];
}
export interface SynthSpeaker {
  slug: string;
  name: string;
  affiliation: string;
}
export interface SynthWriteup {
  slug: string;
  title: string;
  conference: number;
  body: string;
  mentions: { kind: "talk" | "speaker"; ref: number; start: number; end: number; text: string }[];
  publishedAt: Date;
}

export function generateCatalog(sizes: SynthSizes, seed = 2017) {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const conferences: SynthConference[] = Array.from({ length: sizes.conferences }, (_, i) => {
    const year = 2010 + (i % 16);
    const month = String(1 + (i % 12)).padStart(2, "0");
    const series = SERIES[i % SERIES.length]!;
    const city = CITIES[Math.floor(i / SERIES.length) % CITIES.length]!;
    return {
      slug: `${series.toLowerCase().replace(/[^a-z]+/g, "-")}-${city.toLowerCase().normalize("NFKD").replace(/[^a-z]+/g, "")}-${year}-${i}`,
      name: `${series} ${city} ${year}${i >= SERIES.length * CITIES.length ? ` #${i}` : ""}`,
      startsOn: `${year}-${month}-10`,
      endsOn: `${year}-${month}-12`,
      location: city,
      timezone: "Europe/Berlin",
    };
  });
  const speakers: SynthSpeaker[] = Array.from({ length: sizes.speakers }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length)) + 1}` : ""}`;
    return { slug: `speaker-${i}`, name, affiliation: pick(["Acme", "Initech", "Globex", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises", "Tyrell"]) };
  });
  const talks: SynthTalk[] = Array.from({ length: sizes.talks }, (_, i) => {
    const conference = i % sizes.conferences;
    const c = conferences[conference]!;
    const a = pick(TOPICS);
    let b = pick(TOPICS);
    if (b === a) b = TOPICS[(TOPICS.indexOf(a) + 1) % TOPICS.length]!;
    const title = `${pick(PATTERNS)(a, b)} (${i})`;
    // A few speakers speak very often: square the random number.
    const count = 1 + Math.floor(rand() * rand() * 3);
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(rand() * rand() * sizes.speakers));
    return {
      index: i,
      conference,
      slug: `talk-${i}`,
      title,
      kind: i % 20 === 0 ? "keynote" : i % 7 === 0 ? "workshop" : "talk",
      track: a,
      day: `${c.startsOn.slice(0, 8)}${String(10 + (i % 3)).padStart(2, "0")}`,
      speakers: [...chosen],
    };
  });
  return { conferences, speakers, talks, rand };
}

/** Writeups are generated lazily, one batch at a time, to keep memory flat. */
export function* generateWriteups(sizes: SynthSizes, catalog: ReturnType<typeof generateCatalog>): Generator<SynthWriteup> {
  const { talks, speakers, conferences, rand } = catalog;
  const talksByConference: number[][] = conferences.map(() => []);
  for (const t of talks) talksByConference[t.conference]!.push(t.index);
  for (let i = 0; i < sizes.writeups; i++) {
    const conference = i % conferences.length;
    const c = conferences[conference]!;
    const pool = talksByConference[conference]!;
    const mentions: SynthWriteup["mentions"] = [];
    let body = `My notes from ${c.name}, written on the train home.\n\n`;
    const n = Math.min(pool.length, 2 + Math.floor(rand() * 5));
    for (let k = 0; k < n; k++) {
      const talk = talks[pool[Math.floor(rand() * pool.length)]!]!;
      body += "## ";
      const start = body.length;
      body += `“${talk.title}”`;
      mentions.push({ kind: "talk", ref: talk.index, start: start + 1, end: body.length - 1, text: talk.title });
      body += "\n\n";
      const speaker = speakers[talk.speakers[0]!]!;
      const at = body.length;
      body += `${speaker.name} `;
      mentions.push({ kind: "speaker", ref: talk.speakers[0]!, start: at, end: at + speaker.name.length, text: speaker.name });
      body += `opened with a story about ${talk.track}. ${PROSE[Math.floor(rand() * PROSE.length)]} ${PROSE[Math.floor(rand() * PROSE.length)]}\n\n`;
    }
    yield {
      slug: `writeup-${i}`,
      title: `${c.name}: day ${1 + (i % 3)} notes (${i})`,
      conference,
      body,
      mentions,
      publishedAt: new Date(Date.parse(`${c.endsOn}T18:00:00Z`) + (i % 1000) * 3_600_000),
    };
  }
}
