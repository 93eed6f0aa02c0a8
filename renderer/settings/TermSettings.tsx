import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../shared/api/apiContract';
import { errorMessage } from '../api/ApiCallError';
import { queryKeys } from '../api/queryKeys';
import { invalidateLibrary } from '../api/updateArticleCache';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import './settings.css';

/** A change waiting for the person's yes: a merge or a delete, with the articles it touches. */
type Pending =
  | { action: 'merge'; kind: TermKind; from: string; to: string; count: number }
  | { action: 'delete'; kind: TermKind; name: string; count: number };

type TermKind = ApiInput<'terms:rename'>['kind'];

const kinds = ['rubric', 'tag'] as const satisfies readonly TermKind[];

/**
 * Settings → Rubrics and tags: each list with how many articles carry each name; rename in
 * place (Enter keeps, Escape drops), a rename into a name in use merges after a yes that says
 * how many articles are retagged, and delete after a yes with the same count.
 */
export function TermSettings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lists = useApiQuery('terms:list', {});
  const [editing, setEditing] = useState<{ kind: TermKind; name: string; value: string } | null>(
    null,
  );
  const [pending, setPending] = useState<Pending | null>(null);
  const confirmBox = useRef<HTMLDivElement>(null);
  // The question opens below the lists, often below the fold of the Settings dialog: bring it
  // and its buttons into view, or the click on «Удалить» seems to do nothing.
  useEffect(() => {
    if (pending) confirmBox.current?.scrollIntoView({ block: 'nearest' });
  }, [pending]);
  const onChanged = (next: { rubrics: unknown; tags: unknown }): void => {
    queryClient.setQueryData(queryKeys.call('terms:list', {}), next);
    // Filters, suggestions and the export dialog read `lists:get`; rows and open articles
    // carry the old names.
    invalidateLibrary(queryClient);
    void queryClient.invalidateQueries({ queryKey: queryKeys.channel('articles:get') });
    setEditing(null);
    setPending(null);
  };
  const rename = useApiMutation('terms:rename', { onSuccess: onChanged });
  const remove = useApiMutation('terms:delete', { onSuccess: onChanged });
  const problem = rename.error ?? remove.error;

  const confirmRename = (kind: TermKind, from: string, value: string): void => {
    const to = value.trim();
    if (!to || to === from) {
      setEditing(null);
      return;
    }
    const names = kind === 'rubric' ? lists.data?.rubrics : lists.data?.tags;
    const existing = names?.find((term) => term.name === to);
    if (existing) {
      const count = names?.find((term) => term.name === from)?.count ?? 0;
      setPending({ action: 'merge', kind, from, to, count });
      return;
    }
    rename.mutate({ kind, from, to });
  };

  return (
    <fieldset className="desk-settings" aria-labelledby="term-settings-title">
      <legend id="term-settings-title">{t('terms.title')}</legend>
      <p className="settings-note">{t('terms.hint')}</p>
      <div className="term-lists">
        {kinds.map((kind) => {
          const terms = (kind === 'rubric' ? lists.data?.rubrics : lists.data?.tags) ?? [];
          return (
            <section key={kind} aria-labelledby={`term-list-${kind}`}>
              <h3 id={`term-list-${kind}`} className="settings-subheading">
                {t(`terms.${kind}s`)}
              </h3>
              {lists.data && terms.length === 0 && (
                <p className="settings-note">{t('terms.empty')}</p>
              )}
              <ul className="term-list" aria-labelledby={`term-list-${kind}`}>
                {terms.map((term) => {
                  const isEditing = editing?.kind === kind && editing.name === term.name;
                  return (
                    <li key={term.name}>
                      {isEditing ? (
                        <input
                          className="term-name-input"
                          aria-label={t('terms.newName', { name: term.name })}
                          value={editing.value}
                          autoFocus
                          onChange={(event) =>
                            setEditing({ ...editing, value: event.target.value })
                          }
                          onKeyDown={(event) => {
                            if (event.key === 'Enter') {
                              event.preventDefault();
                              confirmRename(kind, term.name, editing.value);
                            } else if (event.key === 'Escape') {
                              // Escape cancels the rename, not the whole Settings dialog.
                              event.preventDefault();
                              event.stopPropagation();
                              setEditing(null);
                            }
                          }}
                        />
                      ) : (
                        <span className="term-name">{term.name}</span>
                      )}
                      <span className="settings-note term-count">
                        {t('terms.count', { count: term.count })}
                      </span>
                      {!isEditing && (
                        <span className="term-actions">
                          <button
                            type="button"
                            className="link-button"
                            aria-label={t('terms.rename', { name: term.name })}
                            onClick={() => {
                              setPending(null);
                              setEditing({ kind, name: term.name, value: term.name });
                            }}
                          >
                            {t('terms.renameShort')}
                          </button>
                          <button
                            type="button"
                            className="link-button"
                            aria-label={t('terms.delete', { name: term.name })}
                            onClick={() => {
                              setEditing(null);
                              setPending({
                                action: 'delete',
                                kind,
                                name: term.name,
                                count: term.count,
                              });
                            }}
                          >
                            {t('terms.deleteShort')}
                          </button>
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
      {pending && (
        <div
          ref={confirmBox}
          className="term-confirm"
          role="alertdialog"
          aria-labelledby="term-confirm-text"
        >
          <p id="term-confirm-text">
            {pending.action === 'merge'
              ? t(`terms.confirmMerge.${pending.kind}`, {
                  from: pending.from,
                  to: pending.to,
                  count: pending.count,
                })
              : t(`terms.confirmDelete.${pending.kind}`, {
                  name: pending.name,
                  count: pending.count,
                })}
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className={pending.action === 'delete' ? 'danger' : 'primary'}
              disabled={rename.isPending || remove.isPending}
              onClick={() =>
                pending.action === 'merge'
                  ? rename.mutate({ kind: pending.kind, from: pending.from, to: pending.to })
                  : remove.mutate({ kind: pending.kind, name: pending.name })
              }
            >
              {pending.action === 'merge' ? t('terms.merge') : t('terms.deleteShort')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('terms.cancel')}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p role="alert" className="settings-note">
          {errorMessage(problem)}
        </p>
      )}
    </fieldset>
  );
}
