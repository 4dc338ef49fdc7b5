/**
 * Errors cross every boundary as data: an exception thrown over IPC loses its
 * fields, so handlers' failures are returned in an envelope instead.
 */

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'no_workspace'
  | 'workspace_unreadable'
  | 'workspace_too_new'
  | 'unknown_method'
  | 'internal';

export interface FieldIssue {
  /** Dotted path of the input field, e.g. "handles.0.handle". */
  field: string;
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** The first field at fault, for callers that show one message. */
  field?: string;
  /** Every field at fault, for forms that show a message beside each. */
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static field(field: string, message: string): ApiError {
    return new ApiError('invalid_input', `${field}: ${message}`, [{ field, message }]);
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.issues.length > 0) {
      body.field = this.issues[0]?.field;
      body.issues = this.issues;
    }
    return body;
  }
}
