import type { Editor } from '@tiptap/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleComment, CommentThread } from '../../shared/comments/commentSchema';
import { errorMessage } from '../api/ApiCallError';
import { queryKeys } from '../api/queryKeys';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useArticleSession } from '../editor/ArticleSessionContext';
import { useRefetchOnDeskChanges } from '../editor/collab/useRefetchOnDeskChanges';
import { formatShortcut, isMacPlatform } from '../editor/formatShortcut';
import { useDateFormat } from '../i18n/useDateFormat';
import { useCommentComposer } from './CommentComposerContext';
import './comments.css';
import { MentionTextarea } from './MentionTextarea';

/** Finds a thread's anchor in the editor, to select the words it is about. */
function commentRange(editor: Editor, id: string): { from: number; to: number } | null {
  let range: { from: number; to: number } | null = null;
  editor.state.doc.descendants((node, position) => {
    if (node.marks.some((mark) => mark.type.name === 'commentAnchor' && mark.attrs['id'] === id)) {
      range = { from: range?.from ?? position, to: position + node.nodeSize };
    }
    return true;
  });
  return range;
}

interface CommentsPanelProps {
  editor: Editor;
}

/**
 * The article's comment threads beside the text: anchored ones in text order, then those whose
 * words were deleted. Reply, resolve, reopen, @mention; a click selects the words in the text.
 */
export function CommentsPanel({ editor }: CommentsPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { articleId, autosave } = useArticleSession();
  const composer = useCommentComposer();
  const threads = useApiQuery('comments:list', { articleId });
  const people = useApiQuery('comments:people', {}).data?.people ?? [];
  const [message, setMessage] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Joined to a desk, others' comments arrive at any time.
  useRefetchOnDeskChanges(queryKeys.comments(articleId));

  const reload = (): void => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.comments(articleId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.channel('comments:people') });
  };
  const create = useApiMutation('comments:create', { onSettled: reload });
  const reply = useApiMutation('comments:reply', {
    onError: (error) => setMessage(errorMessage(error)),
    onSettled: reload,
  });
  const resolve = useApiMutation('comments:resolve', {
    onError: (error) => setMessage(errorMessage(error)),
    onSettled: reload,
  });

  const submitDraft = async (body: string): Promise<void> => {
    const draft = composer.draft;
    if (!draft || !body.trim()) return;
    // The anchor is saved with the body first, so the library finds the thread's words.
    await autosave.saveNow();
    try {
      await create.mutateAsync({
        articleId,
        id: draft.threadId,
        body,
        quotedText: draft.quotedText,
        quoteId: draft.quoteId,
      });
      composer.finish(editor, true);
      setSelectedId(draft.threadId);
      setMessage(null);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  const select = (thread: CommentThread): void => {
    setSelectedId(thread.id);
    const range = commentRange(editor, thread.id);
    if (range) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };

  const list = threads.data?.threads ?? [];
  const open = list.filter((thread) => !thread.resolved).length;
  const shownMessage = message ?? (threads.error ? errorMessage(threads.error) : null);

  return (
    <section className="comments-panel" aria-label={t('comments.heading')}>
      <div className="factcheck-header">
        <h3>{t('comments.heading')}</h3>
        {/* Nothing open is calm, not a warning: the same colours as the quote count. */}
        <span className={`open-count${open === 0 ? ' is-clear' : ''}`} data-testid="open-comments">
          {t('comments.open', { count: open })}
        </span>
      </div>
      {composer.draft && (
        <Composer
          key={composer.draft.threadId}
          label={t('comments.newThread')}
          quoted={composer.draft.quotedText}
          initialBody={composer.draft.initialBody}
          people={people}
          submitLabel={t('comments.add')}
          busy={create.isPending}
          onSubmit={(body) => void submitDraft(body)}
          onCancel={() => composer.finish(editor, false)}
        />
      )}
      {shownMessage && (
        <p className="history-message" role="status">
          {shownMessage}
        </p>
      )}
      {list.length === 0 && !composer.draft && (
        <p className="comments-empty">
          {t('comments.empty', { keys: formatShortcut('Mod+Alt+M', isMacPlatform()) })}
        </p>
      )}
      <ul className="comment-threads" aria-label={t('comments.threads')}>
        {list.map((thread) => (
          <li
            key={thread.id}
            className={`comment-thread${thread.resolved ? ' resolved' : ''}${thread.orphaned ? ' orphaned' : ''}`}
            aria-current={thread.id === selectedId ? 'true' : undefined}
            data-thread-id={thread.id}
          >
            <button type="button" className="comment-quoted" onClick={() => select(thread)}>
              <span className="comment-quoted-text">«{thread.quotedText}»</span>
            </button>
            {thread.orphaned && <p className="comment-state">{t('comments.orphaned')}</p>}
            {thread.quoteId && <p className="comment-state">{t('comments.onQuote')}</p>}
            <CommentView comment={thread} />
            {thread.replies.map((item) => (
              <CommentView key={item.id} comment={item} isReply />
            ))}
            {thread.resolved && <ResolvedNote person={thread.resolvedBy} at={thread.resolvedAt} />}
            <ThreadActions
              thread={thread}
              people={people}
              busy={reply.isPending || resolve.isPending}
              onReply={(body) => reply.mutateAsync({ threadId: thread.id, body })}
              onResolve={(resolved) => resolve.mutate({ threadId: thread.id, resolved })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function CommentView({ comment, isReply }: { comment: ArticleComment; isReply?: boolean }) {
  const formatDate = useDateFormat();
  return (
    <div className={isReply ? 'comment reply' : 'comment'}>
      <p className="comment-meta">
        <strong>{comment.author}</strong> · {formatDate.dateTime(comment.createdAt)}
      </p>
      <p className="comment-body">{comment.body}</p>
    </div>
  );
}

function ResolvedNote({ person, at }: { person: string; at: number | null }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <p className="comment-state">
      {t('comments.resolvedBy', { person, time: at === null ? '' : formatDate.dateTime(at) })}
    </p>
  );
}

interface ThreadActionsProps {
  thread: CommentThread;
  people: readonly string[];
  busy: boolean;
  onReply: (body: string) => Promise<unknown>;
  onResolve: (resolved: boolean) => void;
}

function ThreadActions({ thread, people, busy, onReply, onResolve }: ThreadActionsProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const send = (): void => {
    if (!body.trim() || busy) return;
    void onReply(body).then(() => setBody(''));
  };
  return (
    <div className="comment-actions">
      <MentionTextarea
        value={body}
        onChange={setBody}
        people={people}
        label={t('comments.reply')}
        placeholder={t('comments.replyPlaceholder')}
        onSubmit={send}
      />
      <div className="comment-buttons">
        <button type="button" disabled={!body.trim() || busy} onClick={send}>
          {t('comments.reply')}
        </button>
        <button type="button" disabled={busy} onClick={() => onResolve(!thread.resolved)}>
          {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
        </button>
      </div>
    </div>
  );
}

interface ComposerProps {
  label: string;
  quoted: string;
  initialBody: string;
  people: readonly string[];
  submitLabel: string;
  busy: boolean;
  onSubmit: (body: string) => void;
  onCancel: () => void;
}

function Composer({
  label,
  quoted,
  initialBody,
  people,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: ComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initialBody);
  return (
    <div className="comment-composer" role="group" aria-label={label}>
      <p className="comment-quoted">
        <span className="comment-quoted-text">«{quoted}»</span>
      </p>
      <MentionTextarea
        value={body}
        onChange={setBody}
        people={people}
        label={label}
        placeholder={t('comments.placeholder')}
        onSubmit={() => onSubmit(body)}
        autoFocus
      />
      <div className="comment-buttons">
        <button type="button" disabled={!body.trim() || busy} onClick={() => onSubmit(body)}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('comments.cancel')}
        </button>
      </div>
    </div>
  );
}
