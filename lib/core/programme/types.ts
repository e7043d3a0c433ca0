/**
 * The normalized programme: what every schedule parser produces and what the
 * importer saves. A parser knows nothing about the database; the importer
 * knows nothing about file formats.
 *
 * Speakers are listed once per programme and referenced from talks by `key`
 * (unique within the programme), so a person with three talks is one entry.
 * Times are ISO 8601 strings with an offset (or "Z"); `day` is the local
 * calendar date (YYYY-MM-DD) in the conference's time zone, and is set even
 * when a programme gives only the day.
 */

export const TALK_KINDS = ["talk", "keynote", "workshop", "panel", "lightning", "other"] as const;
export type TalkKind = (typeof TALK_KINDS)[number];

export interface Link {
  label: string;
  url: string;
}

export interface ProgrammeConference {
  slug?: string;
  name: string;
  /** The programme's short name ("31c3"), as frab and c3voc files give it. */
  acronym?: string;
  startsOn?: string;
  endsOn?: string;
  timezone?: string;
  location?: string;
  venue?: string;
  url?: string;
  description?: string;
}

export interface ProgrammeSpeaker {
  key: string;
  /** The source's own person id, when it has one. */
  sourceId?: string;
  name: string;
  affiliation?: string;
  role?: string;
  bio?: string;
  links?: Link[];
}

export interface ProgrammeTalk {
  /** The source's guid or id for the session, when it has one. */
  sourceId?: string;
  /**
   * The session's other identifiers in the source, beside sourceId: frab's
   * numeric event id when the guid is the sourceId, its slug. Schedule and
   * recording sites put them in their URLs (`…/events/6264.html`,
   * `media.ccc.de/v/<slug>`), so a writeup's link resolves the talk by them.
   */
  sourceKeys?: string[];
  title: string;
  /** A second title line, as frab/Pentabarf and pretalx have. Optional. */
  subtitle?: string;
  abstract?: string;
  kind: TalkKind;
  level?: string;
  track?: string;
  room?: string;
  day?: string;
  startsAt?: string;
  endsAt?: string;
  url?: string;
  links?: Link[];
  /** Keys into Programme.speakers, in the programme's order. */
  speakerKeys: string[];
}

export interface Programme {
  conference: ProgrammeConference;
  speakers: ProgrammeSpeaker[];
  talks: ProgrammeTalk[];
}
