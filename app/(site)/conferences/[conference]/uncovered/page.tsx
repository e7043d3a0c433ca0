// ?filter=uncovered, rewritten to this path (next.config.js) so that the page can be cached.
import ConferencePage, { generateMetadata, generateStaticParams, renderConference } from "../page";

export { generateMetadata, generateStaticParams };

export default function UncoveredTalksPage(props: Parameters<typeof ConferencePage>[0]) {
  return renderConference(props, true);
}
