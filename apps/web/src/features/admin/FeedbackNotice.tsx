import { Notice } from '../../components/Notice.js';

/** The outcome of the last admin call, if any, as a dismissable notice. */
export function FeedbackNotice({
  notice,
  onDismiss,
}: {
  notice: { tone: 'error' | 'success'; text: string } | null;
  onDismiss: () => void;
}) {
  if (!notice) return null;

  return (
    <Notice tone={notice.tone} onDismiss={onDismiss}>
      {notice.text}
    </Notice>
  );
}
