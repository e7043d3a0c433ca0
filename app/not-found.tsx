import { SiteHeader } from "@/components/site-header";
import { NotFoundMessage } from "@/components/ui/not-found-message";

// An address no route matches: outside every area's layout, so it brings the header itself.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="content">
        <NotFoundMessage />
      </main>
    </>
  );
}
