import { BRAND_RED } from '../app/theme';

/** The 担 seal used in the header and the favicon. */
export function Logo() {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 28,
        height: 28,
        borderRadius: 6,
        background: BRAND_RED,
        color: '#fff',
        fontWeight: 700,
        fontSize: 17,
        lineHeight: 1,
      }}
    >
      担
    </span>
  );
}
