import { Link } from 'react-router-dom';

/** A case's number (and title) as a link to its page, or as text where its type has no page yet. */
export function CaseNumber({ path, text }: { path: string | null; text: string }) {
  return path ? <Link to={path}>{text}</Link> : <span>{text}</span>;
}
