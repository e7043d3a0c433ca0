import { serializeJsonLd } from "@/lib/core/seo/json-ld";

export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd({ "@context": "https://schema.org", ...data }) }} />;
}
