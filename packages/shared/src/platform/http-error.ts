/** The body of every error the API answers with (DESIGN.md §4). */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: { fields?: Array<{ path: string; message: string }>; [key: string]: unknown };
}
