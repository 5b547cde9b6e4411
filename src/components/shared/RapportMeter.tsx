import { RAPPORT_MAX, rapportLevel } from '../../lib/roleplay/engine';
import { ui } from '../../lib/i18n';

/** Trust shown three ways: words, a signed number, and a bar. Never colour alone. The bar's width comes
 * from CSS by value, so no inline styles are needed (a strict Content-Security-Policy stays possible). */
export function RapportMeter({ rapport }: { rapport: number }) {
  const level = ui.roleplay.rapportLevels[rapportLevel(rapport)];
  const text = ui.roleplay.rapportValue(level, rapport, RAPPORT_MAX);
  return (
    <div className="rapport">
      <span className="rapport-label">{ui.roleplay.rapport}:</span> <span className="rapport-text">{text}</span>
      <span className="rapport-bar" aria-hidden="true">
        <span className="rapport-fill" data-rapport={rapport} />
        <span className="rapport-zero" />
      </span>
    </div>
  );
}
