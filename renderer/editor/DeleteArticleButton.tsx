import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/ApiCallError';
import { useApiMutation } from '../api/useApiMutation';

interface DeleteArticleButtonProps {
  articleId: string;
  onDeleted: (id: string) => void;
}

/** Delete, with a confirmation in place of the button. */
export function DeleteArticleButton({ articleId, onDeleted }: DeleteArticleButtonProps) {
  const { t } = useTranslation();
  const [isConfirming, setIsConfirming] = useState(false);
  const remove = useApiMutation('articles:delete', { onSuccess: () => onDeleted(articleId) });

  if (!isConfirming) {
    return (
      <button type="button" onClick={() => setIsConfirming(true)}>
        {t('editor.delete')}
      </button>
    );
  }
  return (
    <span className="confirm-delete" role="group" aria-label={t('editor.confirmDelete')}>
      <span>{t('editor.confirmDelete')}</span>
      <button
        type="button"
        className="danger"
        disabled={remove.isPending}
        onClick={() => remove.mutate({ id: articleId })}
      >
        {t('editor.confirmYes')}
      </button>
      <button type="button" onClick={() => setIsConfirming(false)}>
        {t('editor.confirmNo')}
      </button>
      {remove.error && (
        <span className="field-problem" role="alert">
          {errorMessage(remove.error)}
        </span>
      )}
    </span>
  );
}
