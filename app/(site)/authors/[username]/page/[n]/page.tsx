// ?page=N, rewritten to this path (next.config.js) so that the page can be cached.
export { default, generateMetadata, generateStaticParams } from "../../page";
