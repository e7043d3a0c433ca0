/**
 * A mention suggestion as the editor shows it: the words, why they were
 * matched, and what accepting would link to. Shared by the server code that
 * builds it and the editor island that renders it.
 */
export interface SuggestionView {
  kind: "talk" | "speaker";
  id: string;
  start: number;
  end: number;
  text: string;
  reason: string;
  /** What accepting links to: "Docker 500: Going Fast… (DockerCon Europe 2017)" */
  label: string;
  href: string;
}
