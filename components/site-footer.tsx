export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="inner">
        <p>Hallway gathers conference trip reports and links every talk and speaker they mention.</p>
      </div>
    </footer>
  );
}
