import { useState } from 'react';
import { MESSAGE_PART_LABELS, MESSAGE_PARTS, type RenderedMessage } from '../../../../shared/outreach';
import { count } from '../../format';
import { copyText, MarkedText } from './message-text';

/** Each creator's message as it will be sent, missing fields marked, one at a time; Copy takes one message. */
export function BatchPreview({ messages }: { messages: RenderedMessage[] }) {
  const [index, setIndex] = useState(0);
  const [copied, setCopied] = useState<string | null>(null);
  const message = messages[Math.min(index, messages.length - 1)];
  if (!message) return null;
  const withMissing = messages.filter((m) => m.missing.length > 0).length;

  async function copy(m: RenderedMessage) {
    try {
      await copyText(`Subject: ${m.subject}\n\n${m.body}`);
      setCopied(`Copied the message to ${m.name}.`);
    } catch (err) {
      setCopied((err as Error).message);
    }
  }

  return (
    <section className="section batch-preview" aria-labelledby="batch-preview-title">
      <div className="preview-head">
        <h3 id="batch-preview-title">Preview</h3>
        <label htmlFor="preview-member" className="visually-hidden">
          Message for
        </label>
        <select
          id="preview-member"
          className="input"
          value={message.memberId}
          onChange={(e) => {
            setIndex(messages.findIndex((m) => m.memberId === Number(e.target.value)));
            setCopied(null);
          }}
        >
          {messages.map((m) => (
            <option key={m.memberId} value={m.memberId}>
              {m.name}
              {m.missing.length > 0 ? ` — missing ${m.missing.join(', ')}` : ''}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => void copy(message)}>
          Copy message
        </button>
      </div>
      {withMissing > 0 ? (
        <p className="warning-text">
          {count(withMissing)} of {count(messages.length)} messages have fields with no value, marked below.
        </p>
      ) : null}
      <article className="message" aria-label={`Message to ${message.name}`}>
        <p>
          <span className="muted">To:</span> {message.to ?? <mark className="missing-field">no email</mark>}
        </p>
        <p>
          <span className="muted">Subject:</span> <MarkedText text={message.subject} missing={message.missing} />
        </p>
        {MESSAGE_PARTS.map((part) => (
          <div key={part} className="message-part">
            <span className="part-label">{MESSAGE_PART_LABELS[part]}</span>
            <p className="message-text">
              <MarkedText text={message.parts[part]} missing={message.missing} />
            </p>
          </div>
        ))}
        {message.missing.length > 0 ? <p className="field-error">Missing: {message.missing.join(', ')}</p> : null}
      </article>
      <p className="notice" role="status">
        {copied}
      </p>
    </section>
  );
}
