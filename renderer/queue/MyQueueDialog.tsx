import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../shared/article/articleSchema';
import type { MyQueue } from '../../shared/desk/queueSchemas';
import { Dialog } from '../dialog/Dialog';
import './queue.css';

interface MyQueueDialogProps {
  queue: MyQueue;
  isAlone: boolean;
  onOpen: (id: string) => void;
  onClose: () => void;
}

/** What waits for this workstation's person: assigned articles, their open quotes, mentions. */
export function MyQueueDialog({ queue, isAlone, onOpen, onClose }: MyQueueDialogProps) {
  const { t } = useTranslation();
  const open = (id: string): void => {
    onOpen(id);
    onClose();
  };
  const headline = (article: ArticleSummary): string => article.headline || t('library.untitled');
  return (
    <Dialog
      title={t('queue.title', { name: queue.me.name })}
      onClose={onClose}
      className="my-queue"
    >
      {isAlone && <p className="queue-hint">{t('queue.alone', { name: queue.me.name })}</p>}
      <section aria-labelledby="queue-assigned">
        <h3 id="queue-assigned">
          {t('queue.assigned')} <span className="count">{queue.counts.assigned}</span>
        </h3>
        {queue.assigned.length === 0 ? (
          <p className="queue-empty">{t('queue.empty')}</p>
        ) : (
          <ul className="queue-list">
            {queue.assigned.map((article) => (
              <li key={article.id}>
                <button type="button" className="link-button" onClick={() => open(article.id)}>
                  {headline(article)}
                </button>{' '}
                <span className="queue-status">{t(`status.${article.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="queue-quotes">
        <h3 id="queue-quotes">
          {t('queue.quotes')} <span className="count">{queue.counts.quotes}</span>
        </h3>
        <p className="queue-hint">{t('queue.quotesHint')}</p>
        {queue.quotes.length === 0 ? (
          <p className="queue-empty">{t('queue.empty')}</p>
        ) : (
          <ul className="queue-list">
            {queue.quotes.map(({ article, open: count }) => (
              <li key={article.id}>
                <button type="button" className="link-button" onClick={() => open(article.id)}>
                  {headline(article)}
                </button>{' '}
                <span className="queue-status">{t('queue.openQuotes', { count })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="queue-mentions">
        <h3 id="queue-mentions">
          {t('queue.mentions')} <span className="count">{queue.counts.mentions}</span>
        </h3>
        {queue.mentions.length === 0 ? (
          <p className="queue-empty">{t('queue.empty')}</p>
        ) : (
          <ul className="queue-list">
            {queue.mentions.map((mention) => (
              <li key={mention.commentId}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => open(mention.articleId)}
                >
                  {mention.headline || t('library.untitled')}
                </button>{' '}
                <span className="queue-status">
                  {t('queue.mentionBy', { by: mention.by, excerpt: mention.excerpt })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('queue.close')}
        </button>
      </div>
    </Dialog>
  );
}
