// A static page of about BASELINE_BYTES bytes (read at build time), so the
// baseline serves as much HTML as the Hallway pages it is compared with.
export const dynamic = "force-static";

const SENTENCE = "A conference trip report, talk by talk, with every session linked to its record. ";

export default function Page() {
  const bytes = Number(process.env.BASELINE_BYTES ?? 45000);
  // The HTML carries the text twice: once as markup, once in the RSC payload.
  const paragraphs = Math.max(1, Math.round(bytes / (2.2 * (SENTENCE.length * 8 + 7))));
  return (
    <main>
      <h1>Baseline</h1>
      {Array.from({ length: paragraphs }, (_, i) => (
        <p key={i}>{SENTENCE.repeat(8)}</p>
      ))}
    </main>
  );
}
